#include "transactionrepository.h"

#include "auditlog.h"
#include "scopedtransaction.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <unordered_map>

namespace comptoir {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, business_day, amount_minor, currency, type, method, issuer, processor, status, "
    "status_origin, manual_by, manual_at, location_id, terminal_id, period_id, masked_pan, auth_code, "
    "reference, version");

// The rollup's key columns of one transaction.
struct RollupKey {
    qint64 day;
    QString location;
    QString terminal;
    int method;
    int status;
    int origin;
    QString currency;
    bool operator==(const RollupKey&) const = default;
};

struct RollupKeyHash {
    std::size_t operator()(const RollupKey& k) const noexcept
    {
        return qHashMulti(0, k.day, k.location, k.terminal, k.method, k.status, k.origin, k.currency);
    }
};

struct RollupDelta {
    qint64 count = 0;
    qint64 amount = 0;
    qint64 refundCount = 0;
    qint64 refundAmount = 0;
};

using Deltas = std::unordered_map<RollupKey, RollupDelta, RollupKeyHash>;

// What the rollup needs to know about a cached row.
struct Cached {
    qint64 version;
    RollupKey key;
    qint64 amount;
};

void add(Deltas& d, const RollupKey& key, qint64 amount, int sign)
{
    RollupDelta& r = d[key];
    r.count += sign;
    r.amount += sign * amount;
    if (amount < 0) {
        r.refundCount += sign;
        r.refundAmount += sign * amount;
    }
}

RollupKey keyOf(const Transaction& t)
{
    return {t.businessDay.toJulianDay(), t.locationId, t.terminalId, static_cast<int>(t.method),
            static_cast<int>(t.status), static_cast<int>(t.statusOrigin), t.amount.currency().code()};
}

void applyDeltas(const QSqlDatabase& db, const Deltas& deltas)
{
    QSqlQuery up = sql::prepare(
        db, QStringLiteral("INSERT INTO tx_daily_rollup (business_day, location_id, terminal_id, method, status, "
                           "status_origin, currency, tx_count, amount_minor, refund_count, refund_minor) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                           "ON CONFLICT (business_day, location_id, terminal_id, method, status, status_origin, currency) "
                           "DO UPDATE SET tx_count = tx_daily_rollup.tx_count + excluded.tx_count, "
                           "amount_minor = tx_daily_rollup.amount_minor + excluded.amount_minor, "
                           "refund_count = tx_daily_rollup.refund_count + excluded.refund_count, "
                           "refund_minor = tx_daily_rollup.refund_minor + excluded.refund_minor"));
    QSqlQuery prune;
    bool prunePrepared = false;
    for (const auto& [k, d] : deltas) {
        if (d.count == 0 && d.amount == 0 && d.refundCount == 0 && d.refundAmount == 0)
            continue;
        sql::bind(up, 0, k.day);
        sql::bind(up, 1, k.location);
        sql::bind(up, 2, k.terminal);
        sql::bind(up, 3, k.method);
        sql::bind(up, 4, k.status);
        sql::bind(up, 5, k.origin);
        sql::bind(up, 6, k.currency);
        sql::bind(up, 7, d.count);
        sql::bind(up, 8, d.amount);
        sql::bind(up, 9, d.refundCount);
        sql::bind(up, 10, d.refundAmount);
        sql::exec(up);
        if (d.count < 0) { // a group may have emptied: keep the rollup free of zero rows
            if (!prunePrepared) {
                prune = sql::prepare(db, QStringLiteral(
                                             "DELETE FROM tx_daily_rollup WHERE business_day = ? AND location_id = ? "
                                             "AND terminal_id = ? AND method = ? AND status = ? AND status_origin = ? "
                                             "AND currency = ? AND tx_count = 0"));
                prunePrepared = true;
            }
            sql::bind(prune, 0, k.day);
            sql::bind(prune, 1, k.location);
            sql::bind(prune, 2, k.terminal);
            sql::bind(prune, 3, k.method);
            sql::bind(prune, 4, k.status);
            sql::bind(prune, 5, k.origin);
            sql::bind(prune, 6, k.currency);
            sql::exec(prune);
        }
    }
}

// Cached versions and rollup keys of the given ids, looked up in chunks.
QHash<QString, Cached> cachedRows(const QSqlDatabase& db, std::span<const Transaction> batch)
{
    QHash<QString, Cached> out;
    constexpr std::size_t kChunk = 400;
    for (std::size_t start = 0; start < batch.size(); start += kChunk) {
        const std::size_t n = std::min(kChunk, batch.size() - start);
        QString marks;
        marks.reserve(int(n) * 2);
        for (std::size_t i = 0; i < n; ++i)
            marks += i == 0 ? QLatin1String("?") : QLatin1String(",?");
        QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT id, version, business_day, location_id, terminal_id, "
                                                      "method, status, status_origin, currency, amount_minor "
                                                      "FROM transactions WHERE id IN (") +
                                           marks + QLatin1Char(')'));
        for (std::size_t i = 0; i < n; ++i)
            sql::bind(q, int(i), batch[start + i].id);
        sql::exec(q);
        while (q.next()) {
            Cached c{q.value(1).toLongLong(),
                     {q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                      q.value(6).toInt(), q.value(7).toInt(), q.value(8).toString()},
                     q.value(9).toLongLong()};
            out.insert(q.value(0).toString(), c);
        }
    }
    return out;
}

// Binds the columns in kColumns order; with `idLast` the id goes after the others
// (for "UPDATE ... SET <the others> WHERE id = ?").
void bindRow(QSqlQuery& q, const Transaction& t, bool idLast = false)
{
    const int o = idLast ? -1 : 0;
    sql::bind(q, idLast ? 19 : 0, t.id);
    sql::bind(q, o + 1, t.createdAt.toMSecsSinceEpoch());
    sql::bind(q, o + 2, t.businessDay.toJulianDay());
    sql::bind(q, o + 3, qint64(t.amount.minor()));
    sql::bind(q, o + 4, t.amount.currency().code());
    sql::bind(q, o + 5, static_cast<int>(t.type));
    sql::bind(q, o + 6, static_cast<int>(t.method));
    sql::bind(q, o + 7, t.issuer);
    sql::bind(q, o + 8, t.processor);
    sql::bind(q, o + 9, static_cast<int>(t.status));
    sql::bind(q, o + 10, static_cast<int>(t.statusOrigin));
    sql::bind(q, o + 11, t.manualStatusBy);
    sql::bind(q, o + 12, sql::fromTime(t.manualStatusAt));
    sql::bind(q, o + 13, t.locationId);
    sql::bind(q, o + 14, t.terminalId);
    sql::bind(q, o + 15, t.periodId);
    sql::bind(q, o + 16, t.maskedCardNumber);
    sql::bind(q, o + 17, t.authorisationCode);
    sql::bind(q, o + 18, t.reference);
    sql::bind(q, o + 19, t.version);
}

template <typename E> E enumOr(int v, E fallback)
{
    return enumFromInt<E>(v).value_or(fallback);
}

Transaction rowToTransaction(const QSqlQuery& q)
{
    Transaction t;
    t.id = q.value(0).toString();
    t.createdAt = sql::toTime(q.value(1));
    t.businessDay = sql::toDay(q.value(2));
    t.amount = Money(q.value(3).toLongLong(), Currency::fromCode(q.value(4).toString()).value_or(Currency::eur()));
    t.type = enumOr(q.value(5).toInt(), TransactionType::Sale);
    t.method = enumOr(q.value(6).toInt(), PaymentMethod::Other);
    t.issuer = q.value(7).toString();
    t.processor = q.value(8).toString();
    t.status = enumOr(q.value(9).toInt(), TransactionStatus::Processing);
    t.statusOrigin = enumOr(q.value(10).toInt(), StatusOrigin::Automatic);
    t.manualStatusBy = q.value(11).toString();
    t.manualStatusAt = sql::toTime(q.value(12));
    t.locationId = q.value(13).toString();
    t.terminalId = q.value(14).toString();
    t.periodId = q.value(15).toString();
    t.maskedCardNumber = q.value(16).toString();
    t.authorisationCode = q.value(17).toString();
    t.reference = q.value(18).toString();
    t.version = q.value(19).toLongLong();
    return t;
}

QJsonObject statusJson(const Transaction& t)
{
    QJsonObject o{{QStringLiteral("status"), toCode(t.status)}, {QStringLiteral("status_origin"), toCode(t.statusOrigin)}};
    if (t.statusOrigin == StatusOrigin::Manual) {
        o.insert(QStringLiteral("manual_by"), t.manualStatusBy);
        o.insert(QStringLiteral("manual_at"), t.manualStatusAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

} // namespace

TransactionRepository::UpsertStats TransactionRepository::upsert(std::span<const Transaction> batch)
{
    UpsertStats stats;
    if (batch.empty())
        return stats;
    QSqlDatabase db = m_cache.db();
    ScopedTransaction tx(db);

    QHash<QString, Cached> cached = cachedRows(db, batch);
    Deltas deltas;
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO transactions (") + kColumns +
                                            QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery replace;
    bool replacePrepared = false;

    for (const Transaction& t : batch) {
        const RollupKey key = keyOf(t);
        auto it = cached.find(t.id);
        if (it == cached.end()) {
            bindRow(insert, t);
            sql::exec(insert);
            ++stats.inserted;
        } else if (it->version >= t.version) {
            ++stats.unchanged;
            continue;
        } else {
            if (!replacePrepared) {
                replace = sql::prepare(
                    db, QStringLiteral("UPDATE transactions SET created_at = ?, business_day = ?, amount_minor = ?, "
                                       "currency = ?, type = ?, method = ?, issuer = ?, processor = ?, status = ?, "
                                       "status_origin = ?, manual_by = ?, manual_at = ?, location_id = ?, "
                                       "terminal_id = ?, period_id = ?, masked_pan = ?, auth_code = ?, "
                                       "reference = ?, version = ? WHERE id = ?"));
                replacePrepared = true;
            }
            bindRow(replace, t, true);
            sql::exec(replace);
            add(deltas, it->key, it->amount, -1);
            ++stats.updated;
        }
        add(deltas, key, t.amount.minor(), +1);
        cached.insert(t.id, Cached{t.version, key, t.amount.minor()}); // a later duplicate in the batch
    }
    applyDeltas(db, deltas);
    tx.commit();
    return stats;
}

bool TransactionRepository::remove(const QString& id)
{
    QSqlDatabase db = m_cache.db();
    ScopedTransaction tx(db);
    const std::optional<Transaction> old = get(id);
    if (!old)
        return false;
    sql::exec(db, QStringLiteral("DELETE FROM transactions WHERE id = ?"), {id});
    Deltas deltas;
    add(deltas, keyOf(*old), old->amount.minor(), -1);
    applyDeltas(db, deltas);
    tx.commit();
    return true;
}

std::optional<Transaction> TransactionRepository::get(const QString& id) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM transactions WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    return rowToTransaction(q);
}

qint64 TransactionRepository::count() const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT COUNT(*) FROM transactions"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Transaction> TransactionRepository::page(const TransactionFilter& filter, const TransactionCursor& after,
                                               int limit) const
{
    SqlCondition c = toSql(filter);
    QString where = c.where;
    if (!after.isNull()) {
        where += where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))");
        c.binds << after.createdAtMsecs << after.createdAtMsecs << after.id;
    }
    QSqlQuery q = sql::prepare(m_cache.db(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM transactions ") +
                                                 where + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?"));
    int i = 0;
    for (const QVariant& v : std::as_const(c.binds))
        sql::bind(q, i++, v);
    sql::bind(q, i, limit);
    sql::exec(q);
    QList<Transaction> out;
    out.reserve(limit);
    while (q.next())
        out.append(rowToTransaction(q));
    return out;
}

TransactionTotals TransactionRepository::totals(const TransactionFilter& filter) const
{
    const bool rollup = filter.isRollupCompatible();
    const SqlCondition c = toSql(filter, rollup);
    const int success = static_cast<int>(TransactionStatus::Success);
    const QString select =
        rollup ? QStringLiteral("SELECT COALESCE(SUM(tx_count),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN tx_count ELSE 0 END),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN amount_minor - refund_minor ELSE 0 END),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN refund_minor ELSE 0 END),0) "
                                "FROM tx_daily_rollup ")
                     .arg(success)
               : QStringLiteral("SELECT COUNT(*), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN 1 ELSE 0 END),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 AND amount_minor > 0 THEN amount_minor ELSE 0 END),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 AND amount_minor < 0 THEN amount_minor ELSE 0 END),0) "
                                "FROM transactions ")
                     .arg(success);
    QSqlQuery q = sql::prepare(m_cache.db(), select + c.where);
    int i = 0;
    for (const QVariant& v : c.binds)
        sql::bind(q, i++, v);
    sql::exec(q);
    TransactionTotals t;
    if (q.next()) {
        t.count = q.value(0).toLongLong();
        t.successCount = q.value(1).toLongLong();
        t.grossSalesMinor = q.value(2).toLongLong();
        t.refundsMinor = q.value(3).toLongLong();
    }
    return t;
}

std::optional<QString> TransactionRepository::setManualStatus(const QString& id, TransactionStatus status,
                                                              const QString& actor, const QDateTime& at,
                                                              AuditLog& audit)
{
    if (status != TransactionStatus::Success && status != TransactionStatus::Failed)
        return QCoreApplication::translate("TransactionRepository",
                                           "A manual status can only be “Success” or “Failed”.");
    ScopedTransaction tx(m_cache.db());
    std::optional<Transaction> old = get(id);
    if (!old)
        return QCoreApplication::translate("TransactionRepository", "Transaction %1 is not in the cache.").arg(id);
    if (old->status != TransactionStatus::ManualIntervention)
        return QCoreApplication::translate("TransactionRepository",
                                           "Only a transaction waiting for a manual intervention can get a manual "
                                           "status; this one is “%1”.")
            .arg(displayName(old->status));
    Transaction t = *old;
    t.status = status;
    t.statusOrigin = StatusOrigin::Manual;
    t.manualStatusBy = actor;
    t.manualStatusAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    t.version = old->version + 1; // local version; the portal's answer replaces it on sync
    upsert(t);
    audit.append(actor, QStringLiteral("transaction.manual_status"), QStringLiteral("transaction"), id,
                 statusJson(*old), statusJson(t), at);
    tx.commit();
    return std::nullopt;
}

qint64 TransactionRepository::rebuildRollup()
{
    QSqlDatabase db = m_cache.db();
    ScopedTransaction tx(db);
    sql::exec(db, QStringLiteral("DELETE FROM tx_daily_rollup"));
    QSqlQuery q = sql::exec(
        db, QStringLiteral(
                "INSERT INTO tx_daily_rollup (business_day, location_id, terminal_id, method, status, status_origin, "
                "currency, tx_count, amount_minor, refund_count, refund_minor) "
                "SELECT business_day, location_id, terminal_id, method, status, status_origin, currency, COUNT(*), "
                "SUM(amount_minor), SUM(CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) FROM transactions "
                "GROUP BY business_day, location_id, terminal_id, method, status, status_origin, currency"));
    const qint64 rows = q.numRowsAffected();
    tx.commit();
    return rows;
}

} // namespace comptoir
