#include "transactionrepository.h"

#include "auditlog.h"
#include "scopedtransaction.h"
#include "sql.h"
#include "statement.h"
#include "storeerror.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <unordered_map>

namespace comptoir {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, business_day, amount_minor, currency, type, method, issuer, processor, status, "
    "status_origin, manual_by, manual_at, location_id, terminal_id, period_id, masked_pan, auth_code, "
    "reference, version");
constexpr int kColumnCount = 20; // the columns in kColumns

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
    static const QString eur = Currency::eur().code(); // saves an allocation per row
    const Currency currency = t.amount.currency();
    return {t.businessDay.toJulianDay(), t.locationId, t.terminalId, static_cast<int>(t.method),
            static_cast<int>(t.status), static_cast<int>(t.statusOrigin),
            currency == Currency::eur() ? eur : currency.code()};
}

// The two rollup tables: per terminal, and per location (the same keys without the
// terminal). Both are adjusted by the same deltas.
struct RollupTable {
    QString name;
    bool perTerminal;
    QString keyColumns() const
    {
        return perTerminal ? QStringLiteral("business_day, location_id, terminal_id, method, status, status_origin, currency")
                           : QStringLiteral("business_day, location_id, method, status, status_origin, currency");
    }
};

int bindKey(Statement& q, const RollupKey& k, bool perTerminal)
{
    int i = 0;
    q.bind(i++, k.day);
    q.bind(i++, k.location);
    if (perTerminal)
        q.bind(i++, k.terminal);
    q.bind(i++, k.method);
    q.bind(i++, k.status);
    q.bind(i++, k.origin);
    q.bind(i++, k.currency);
    return i;
}

void applyDeltas(const QSqlDatabase& db, const RollupTable& table, const Deltas& deltas)
{
    const QString keys = table.keyColumns();
    const QString marks = table.perTerminal ? QStringLiteral("?,?,?,?,?,?,?") : QStringLiteral("?,?,?,?,?,?");
    auto up = Statement::prepare(
        db, QStringLiteral("INSERT INTO %1 (%2, tx_count, amount_minor, refund_count, refund_minor) "
                           "VALUES (%3,?,?,?,?) ON CONFLICT (%2) DO UPDATE SET "
                           "tx_count = %1.tx_count + excluded.tx_count, "
                           "amount_minor = %1.amount_minor + excluded.amount_minor, "
                           "refund_count = %1.refund_count + excluded.refund_count, "
                           "refund_minor = %1.refund_minor + excluded.refund_minor")
                .arg(table.name, keys, marks));
    std::unique_ptr<Statement> prune;
    for (const auto& [k, d] : deltas) {
        if (d.count == 0 && d.amount == 0 && d.refundCount == 0 && d.refundAmount == 0)
            continue;
        int i = bindKey(*up, k, table.perTerminal);
        up->bind(i++, d.count);
        up->bind(i++, d.amount);
        up->bind(i++, d.refundCount);
        up->bind(i++, d.refundAmount);
        up->exec();
        if (d.count < 0) { // a group may have emptied: keep the rollup free of zero rows
            if (!prune) {
                QString where = keys;
                where.replace(QLatin1String(", "), QLatin1String(" = ? AND "));
                prune = Statement::prepare(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND tx_count = 0")
                                                   .arg(table.name, where));
            }
            bindKey(*prune, k, table.perTerminal);
            prune->exec();
        }
    }
}

void applyDeltas(const QSqlDatabase& db, const Deltas& perTerminal)
{
    Deltas perLocation;
    for (const auto& [k, d] : perTerminal) {
        RollupKey lk = k;
        lk.terminal.clear();
        RollupDelta& r = perLocation[lk];
        r.count += d.count;
        r.amount += d.amount;
        r.refundCount += d.refundCount;
        r.refundAmount += d.refundAmount;
    }
    applyDeltas(db, RollupTable{QStringLiteral("tx_daily_rollup"), true}, perTerminal);
    applyDeltas(db, RollupTable{QStringLiteral("tx_location_rollup"), false}, perLocation);
}

// Binds the columns in kColumns order; with `idLast` the id goes after the others
// (for "UPDATE ... SET <the others> WHERE id = ?").
void bindRow(Statement& q, const Transaction& t, bool idLast = false)
{
    const int o = idLast ? -1 : 0;
    q.bind(idLast ? 19 : 0, t.id);
    q.bind(o + 1, qint64(t.createdAt.toMSecsSinceEpoch()));
    q.bind(o + 2, qint64(t.businessDay.toJulianDay()));
    q.bind(o + 3, qint64(t.amount.minor()));
    q.bind(o + 4, t.amount.currency().code());
    q.bind(o + 5, static_cast<int>(t.type));
    q.bind(o + 6, static_cast<int>(t.method));
    q.bind(o + 7, t.issuer);
    q.bind(o + 8, t.processor);
    q.bind(o + 9, static_cast<int>(t.status));
    q.bind(o + 10, static_cast<int>(t.statusOrigin));
    q.bind(o + 11, t.manualStatusBy);
    q.bind(o + 12, t.manualStatusAt);
    q.bind(o + 13, t.locationId);
    q.bind(o + 14, t.terminalId);
    q.bind(o + 15, t.periodId);
    q.bind(o + 16, t.maskedCardNumber);
    q.bind(o + 17, t.authorisationCode);
    q.bind(o + 18, t.reference);
    q.bind(o + 19, t.version);
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

    // New rows (the common case in a sync) cost one insert; a row that is already cached
    // is detected by the insert changing nothing, and only then read back.
    auto insert = Statement::prepare(db, QStringLiteral("INSERT INTO transactions (") + kColumns +
                                             QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                                            "ON CONFLICT (id) DO NOTHING"));
    std::unique_ptr<Statement> lookup;
    std::unique_ptr<Statement> replace;
    Deltas deltas;

    // Every row must name a cached location and terminal: the foreign keys of the
    // transactions table, checked here per batch rather than by SQLite per row.
    QSet<QString> locations, terminals;
    for (auto q = Statement::prepare(db, QStringLiteral("SELECT id FROM locations")); q->next();)
        locations.insert(q->textAt(0));
    for (auto q = Statement::prepare(db, QStringLiteral("SELECT id FROM terminals")); q->next();)
        terminals.insert(q->textAt(0));

    for (const Transaction& t : batch) {
        bindRow(*insert, t);
        if (insert->exec() == 1) {
            ++stats.inserted;
            add(deltas, keyOf(t), qint64(t.amount.minor()), +1);
            continue;
        }
        if (!lookup)
            lookup = Statement::prepare(db, QStringLiteral("SELECT version, business_day, location_id, terminal_id, "
                                                           "method, status, status_origin, currency, amount_minor "
                                                           "FROM transactions WHERE id = ?"));
        lookup->bind(0, t.id);
        if (!lookup->next())
            throw StoreError(QCoreApplication::translate("TransactionRepository",
                                                         "Transaction %1 could not be saved in the cache.")
                                 .arg(t.id));
        const qint64 cachedVersion = lookup->int64At(0);
        const RollupKey old{lookup->int64At(1), lookup->textAt(2), lookup->textAt(3), int(lookup->int64At(4)),
                            int(lookup->int64At(5)), int(lookup->int64At(6)), lookup->textAt(7)};
        const qint64 oldAmount = lookup->int64At(8);
        while (lookup->next()) {
        }
        if (cachedVersion >= t.version) {
            ++stats.unchanged;
            continue;
        }
        if (!replace)
            replace = Statement::prepare(
                db, QStringLiteral("UPDATE transactions SET created_at = ?, business_day = ?, amount_minor = ?, "
                                   "currency = ?, type = ?, method = ?, issuer = ?, processor = ?, status = ?, "
                                   "status_origin = ?, manual_by = ?, manual_at = ?, location_id = ?, "
                                   "terminal_id = ?, period_id = ?, masked_pan = ?, auth_code = ?, "
                                   "reference = ?, version = ? WHERE id = ?"));
        bindRow(*replace, t, true);
        replace->exec();
        add(deltas, old, oldAmount, -1);
        add(deltas, keyOf(t), qint64(t.amount.minor()), +1);
        ++stats.updated;
    }
    // Each row written added its key to the deltas, so checking the distinct keys checks
    // every row (a few hundred lookups per batch instead of two per row).
    for (const auto& [key, delta] : deltas) {
        if (locations.contains(key.location) && terminals.contains(key.terminal))
            continue;
        const auto row = std::find_if(batch.begin(), batch.end(), [&](const Transaction& t) {
            return t.locationId == key.location && t.terminalId == key.terminal;
        });
        throw StoreError(QCoreApplication::translate("TransactionRepository",
                                                     "Transaction %1 belongs to a location or terminal that is not "
                                                     "in the cache (%2, %3). Sync again to fetch them.")
                             .arg(row != batch.end() ? row->id : QString(), key.location, key.terminal));
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

void TransactionRepository::replace(const Transaction& t)
{
    ScopedTransaction tx(m_cache.db());
    remove(t.id);
    upsert(t);
    tx.commit();
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

TransactionFilter TransactionRepository::withPeriodDays(TransactionFilter f) const
{
    if (f.periodId.isEmpty())
        return f;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT opened_at, closed_at FROM periods WHERE id = ?"),
                            {f.periodId});
    if (!q.next())
        return f;
    // Business days are local dates: a day either side of the UTC dates covers any zone.
    const QDate first = sql::toTime(q.value(0)).date().addDays(-1);
    const QDate last = q.value(1).isNull() ? QDate(9999, 12, 31) : sql::toTime(q.value(1)).date().addDays(1);
    if (!f.from.isValid() || f.from < first)
        f.from = first;
    if (!f.to.isValid() || f.to > last)
        f.to = last;
    return f;
}

QList<Transaction> TransactionRepository::page(const TransactionFilter& filter, const TransactionCursor& after,
                                               int limit) const
{
    return page(filter, TransactionSort{}, after, limit).rows;
}

namespace {
// The SQL of a sort key over the transactions table (never NULL, so comparisons hold).
// "CASE column WHEN 'id' THEN 0 … END": each id's place when the rows of `table` are sorted
// by name as the user reads them. Locations and terminals are few, so this is much cheaper
// than looking each transaction's name up (a correlated subquery per row).
QString nameRank(const CacheDatabase& cache, const QString& table, const QString& column)
{
    QSqlQuery q = sql::exec(cache.db(), QStringLiteral("SELECT id, name FROM %1").arg(table));
    QList<std::pair<QString, QString>> rows;
    while (q.next())
        rows.append({q.value(1).toString(), q.value(0).toString()});
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        const int c = QString::localeAwareCompare(a.first, b.first);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    if (rows.isEmpty())
        return QStringLiteral("0");
    QString sql = QStringLiteral("CASE ") + column;
    for (qsizetype i = 0; i < rows.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QString(rows.at(i).second).replace(QLatin1Char('\''), QStringLiteral("''"))).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(rows.size());
}

QString sortExpression(const CacheDatabase& cache, TransactionSort::Key key)
{
    using Key = TransactionSort::Key;
    switch (key) {
    case Key::Time:
        break;
    case Key::Amount:
        return QStringLiteral("amount_minor");
    case Key::Location:
        return nameRank(cache, QStringLiteral("locations"), QStringLiteral("location_id"));
    case Key::Terminal:
        return nameRank(cache, QStringLiteral("terminals"), QStringLiteral("terminal_id"));
    case Key::Type:
        return QStringLiteral("type");
    case Key::Method:
        return QStringLiteral("method");
    case Key::Status:
        return QStringLiteral("status");
    case Key::Origin:
        return QStringLiteral("status_origin");
    case Key::Reference:
        return QStringLiteral("reference");
    case Key::Card:
        return QStringLiteral("substr(masked_pan, -4)");
    case Key::Period:
        // The portal's period ids: a terminal's periods in number order.
        return QStringLiteral("period_id");
    }
    return {};
}
} // namespace

TransactionPage TransactionRepository::page(const TransactionFilter& filter, const TransactionSort& sort,
                                            const TransactionCursor& after, int limit) const
{
    TransactionFilter bounded = withPeriodDays(filter);
    const QString key = sortExpression(m_cache, sort.key);
    const bool byTime = key.isEmpty();
    // In time order the cursor is where the next page starts on the index: it replaces the
    // date bound on that side (which it lies within). With both, SQLite would start every
    // page at the date bound and walk to the cursor — quadratic while scrolling.
    if (byTime && !after.isNull()) {
        if (sort.descending)
            bounded.to = QDate();
        else
            bounded.from = QDate();
    }
    SqlCondition c = toSql(bounded);
    QString where = c.where;
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (!after.isNull()) {
        where += where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ");
        const QString less = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
        if (byTime) {
            // A row value on the index's columns: SQLite starts the index range at it.
            where += QStringLiteral("(business_day, created_at, id) %1 (?, ?, ?)").arg(less);
            c.binds << after.businessDay << after.createdAtMsecs << after.id;
        } else {
            where += QStringLiteral("(%1, business_day, created_at, id) %2 (?, ?, ?, ?)").arg(key, less);
            c.binds << after.sortValue << after.businessDay << after.createdAtMsecs << after.id;
        }
    }
    QString order = QStringLiteral(" ORDER BY ");
    if (!key.isEmpty())
        order += key + dir + QStringLiteral(", ");
    order += QStringLiteral("business_day") + dir + QStringLiteral(", created_at") + dir + QStringLiteral(", id") + dir;
    const QString select = QStringLiteral("SELECT ") + kColumns +
                           (key.isEmpty() ? QString() : QStringLiteral(", ") + key + QStringLiteral(" AS sort_key"));
    // The first page of a search for a reference or card digits, or of an amount range, over
    // more than a couple of months: few rows match and no index finds them, so the table is
    // read in storage order (about half the time of walking the time index over a million
    // rows). Later pages start at their cursor on the index.
    const bool selective = !bounded.text.trimmed().isEmpty() || bounded.minAmountMinor || bounded.maxAmountMinor;
    const bool wide = !bounded.from.isValid() || !bounded.to.isValid() || bounded.from.daysTo(bounded.to) > 62;
    const QString from = byTime && after.isNull() && selective && wide
                             ? QStringLiteral(" FROM transactions") + m_cache.dialect().tableScanHint() + QLatin1Char(' ')
                             : QStringLiteral(" FROM transactions ");
    QSqlQuery q = sql::prepare(m_cache.db(), select + from + where + order + QStringLiteral(" LIMIT ?"));
    int i = 0;
    for (const QVariant& v : std::as_const(c.binds))
        sql::bind(q, i++, v);
    sql::bind(q, i, limit);
    sql::exec(q);
    TransactionPage out;
    out.rows.reserve(limit);
    QVariant lastKey;
    while (q.next()) {
        out.rows.append(rowToTransaction(q));
        if (!key.isEmpty())
            lastKey = q.value(kColumnCount);
    }
    if (!out.rows.isEmpty()) {
        out.last = cursorOf(out.rows.constLast());
        out.last.sortValue = lastKey;
    }
    return out;
}

TransactionTotals TransactionRepository::totals(const TransactionFilter& filter) const
{
    const bool rollup = filter.isRollupCompatible();
    const SqlCondition c = toSql(withPeriodDays(filter), rollup);
    const int success = static_cast<int>(TransactionStatus::Success);
    const QString select =
        rollup ? QStringLiteral("SELECT COALESCE(SUM(tx_count),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN tx_count ELSE 0 END),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN amount_minor - refund_minor ELSE 0 END),0), "
                                "COALESCE(SUM(CASE WHEN status = %1 THEN refund_minor ELSE 0 END),0) "
                                "FROM %2 ")
                     .arg(success)
                     .arg(filter.terminalIds.isEmpty() ? QStringLiteral("tx_location_rollup")
                                                       : QStringLiteral("tx_daily_rollup"))
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
    // The version stays the portal's: any newer version from the portal replaces this local
    // edit, and the outbox sends it with If-Match on this version.
    replace(t);
    audit.append(actor, QStringLiteral("transaction.manual_status"), QStringLiteral("transaction"), id,
                 statusJson(*old), statusJson(t), at);
    tx.commit();
    return std::nullopt;
}

qint64 TransactionRepository::rebuildRollup()
{
    QSqlDatabase db = m_cache.db();
    ScopedTransaction tx(db);
    qint64 rows = 0;
    for (const RollupTable& table : {RollupTable{QStringLiteral("tx_daily_rollup"), true},
                                     RollupTable{QStringLiteral("tx_location_rollup"), false}}) {
        sql::exec(db, QStringLiteral("DELETE FROM ") + table.name);
        QSqlQuery q = sql::exec(
            db, QStringLiteral("INSERT INTO %1 (%2, tx_count, amount_minor, refund_count, refund_minor) "
                               "SELECT %2, COUNT(*), SUM(amount_minor), SUM(CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) FROM transactions "
                               "GROUP BY %2")
                    .arg(table.name, table.keyColumns()));
        rows += q.numRowsAffected();
    }
    tx.commit();
    return rows;
}

} // namespace comptoir
