#include "transactionrepository.h"

#include "auditlog.h"
#include "hourlyrollup.h"
#include "scopedtransaction.h"
#include "sql.h"
#include "statement.h"
#include "storeerror.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace comptoir {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, business_day, amount_minor, currency, type, method, issuer, processor, status, "
    "status_origin, manual_by, manual_at, location_id, terminal_id, period_id, masked_pan, auth_code, "
    "reference, version, local_hour");
constexpr int kColumnCount = 21; // the columns in kColumns

// What an existing row contributes to the rollups (read back before it changes).
const QString kRollupColumns = QStringLiteral(
    "business_day, location_id, terminal_id, method, status, status_origin, currency, amount_minor, local_hour");

// The daily rollups' key columns of one group.
struct RollupKey {
    qint64 day;
    QString location;
    QString terminal;
    int method;
    int status;
    int origin;
    QString currency;
};

struct RollupDelta {
    qint64 count = 0;
    qint64 amount = 0;
    qint64 refundCount = 0;
    qint64 refundAmount = 0;
    bool isZero() const { return count == 0 && amount == 0 && refundCount == 0 && refundAmount == 0; }
};

// The two daily rollup tables: per terminal, and per location (the same keys without the
// terminal).
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

void applyDeltas(
    const QSqlDatabase& db, const RollupTable& table, const std::vector<std::pair<RollupKey, RollupDelta>>& deltas)
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
        if (d.isZero())
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

// The rollup deltas of a batch, for all three rollups at once. Each transaction written
// (+1) or replaced (-1) adds to one fine group: business day × (location, terminal) ×
// currency × method × status × origin × hour × sign, keyed by small integers so that a
// row costs one hash lookup of its terminal and one of an integer key. The daily rollups'
// deltas and the hourly rollup's are sums of these groups.
class BatchDeltas {
public:
    // `zones`: the calendar of each known location, for the hour of new rows.
    explicit BatchDeltas(const QHash<QString, BusinessDayCalendar*>& zones)
        : m_zones(zones)
    {
    }

    struct Site {
        QString location;
        QString terminal;
        BusinessDayCalendar* calendar = nullptr;
        int next = -1; // the next site with the same terminal
        bool written = false; // a row was written with it (not only read back)
    };

    int site(const QString& location, const QString& terminal)
    {
        auto it = m_siteOfTerminal.constFind(terminal);
        int i = it == m_siteOfTerminal.constEnd() ? -1 : *it;
        for (int at = i; at >= 0; at = m_sites[std::size_t(at)].next)
            if (m_sites[std::size_t(at)].location == location)
                return at;
        Site s { location, terminal, m_zones.value(location, nullptr), i };
        m_sites.push_back(std::move(s));
        const int added = int(m_sites.size() - 1);
        m_siteOfTerminal.insert(terminal, added);
        return added;
    }

    // The hour on the location's wall clock (UTC for a location the cache does not know:
    // such a batch is refused anyway).
    int hourOf(int site, qint64 utcMsecs)
    {
        BusinessDayCalendar* c = m_sites[std::size_t(site)].calendar;
        if (c)
            return c->hourOfMsecs(utcMsecs);
        const qint64 secs = utcMsecs >= 0 ? utcMsecs / 1000 : (utcMsecs - 999) / 1000;
        return int((((secs % 86400) + 86400) % 86400) / 3600);
    }

    int currency(const Currency& c)
    {
        if (c == Currency::eur()) { // the common case, without building the code
            if (m_eur < 0)
                m_eur = currency(QStringLiteral("EUR"));
            return m_eur;
        }
        return currency(c.code());
    }
    int currency(const QString& code)
    {
        for (std::size_t i = 0; i < m_currencies.size(); ++i)
            if (m_currencies[i] == code)
                return int(i);
        m_currencies.push_back(code);
        return int(m_currencies.size() - 1);
    }

    void add(qint64 day, int site, int currency, int method, int status, int origin, int hour, qint64 amount, int sign)
    {
        const Key k { day, std::uint32_t(site),
            (std::uint64_t(std::uint16_t(currency)) << 40) | (std::uint64_t(std::uint8_t(method)) << 32)
                | (std::uint64_t(std::uint8_t(status)) << 24) | (std::uint64_t(std::uint8_t(origin)) << 16)
                | (std::uint64_t(std::uint8_t(hour)) << 8) | (amount < 0 ? 1u : 0u) };
        if (sign > 0)
            m_sites[std::size_t(site)].written = true;
        Delta& d = m_groups[k];
        d.count += sign;
        d.amount += sign * amount;
    }

    const std::vector<Site>& sites() const { return m_sites; }
    bool isEmpty() const { return m_groups.empty(); }

    // Adds the deltas to tx_daily_rollup, tx_location_rollup and tx_hourly_rollup.
    void apply(const QSqlDatabase& db) const;

private:
    struct Key {
        qint64 day;
        std::uint32_t site;
        std::uint64_t rest; // currency | method | status | origin | hour | negative
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept
        {
            std::uint64_t h = (std::uint64_t(k.day) << 20 ^ k.site) * 0x9E3779B97F4A7C15ULL;
            h ^= k.rest + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2);
            h ^= h >> 31;
            h *= 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 29;
            return std::size_t(h);
        }
    };
    struct Delta {
        qint64 count = 0;
        qint64 amount = 0;
    };

    const QHash<QString, BusinessDayCalendar*>& m_zones;
    std::vector<Site> m_sites;
    QHash<QString, int> m_siteOfTerminal;
    std::vector<QString> m_currencies;
    int m_eur = -1;
    std::unordered_map<Key, Delta, KeyHash> m_groups;
};

void BatchDeltas::apply(const QSqlDatabase& db) const
{
    if (m_groups.empty())
        return;
    // Sites in (location, terminal) order and locations in order, so that the groups come
    // out in the tables' key order: each table is written front to back.
    std::vector<int> bySite(m_sites.size());
    for (std::size_t i = 0; i < bySite.size(); ++i)
        bySite[i] = int(i);
    std::sort(bySite.begin(), bySite.end(), [this](int a, int b) {
        const Site& x = m_sites[std::size_t(a)];
        const Site& y = m_sites[std::size_t(b)];
        return x.location != y.location ? x.location < y.location : x.terminal < y.terminal;
    });
    std::vector<int> siteRank(m_sites.size()), locationRank(m_sites.size());
    int locations = -1;
    for (std::size_t r = 0; r < bySite.size(); ++r) {
        const int s = bySite[r];
        siteRank[std::size_t(s)] = int(r);
        if (r == 0 || m_sites[std::size_t(bySite[r - 1])].location != m_sites[std::size_t(s)].location)
            ++locations;
        locationRank[std::size_t(s)] = locations;
    }

    struct Entry {
        qint64 day;
        int siteRank;
        std::uint64_t rest;
        int site;
        Delta delta;
    };
    std::vector<Entry> entries;
    entries.reserve(m_groups.size());
    for (const auto& [k, d] : m_groups)
        if (d.count != 0 || d.amount != 0)
            entries.push_back({ k.day, siteRank[k.site], k.rest, int(k.site), d });
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.siteRank != b.siteRank)
            return a.siteRank < b.siteRank;
        return a.rest < b.rest;
    });
    const auto fields = [](std::uint64_t rest, int& currency, int& method, int& status, int& origin) {
        currency = int((rest >> 40) & 0xffff);
        method = int((rest >> 32) & 0xff);
        status = int((rest >> 24) & 0xff);
        origin = int((rest >> 16) & 0xff);
    };

    // Per terminal: consecutive entries that differ only in hour and sign.
    std::vector<std::pair<RollupKey, RollupDelta>> perTerminal;
    std::map<std::tuple<qint64, int, std::uint64_t>, RollupDelta> perLocationMap;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const bool negative = (e.rest & 1) != 0;
        const std::uint64_t group = e.rest >> 16;
        if (perTerminal.empty() || i == 0 || entries[i - 1].day != e.day || entries[i - 1].siteRank != e.siteRank
            || (entries[i - 1].rest >> 16) != group) {
            const Site& s = m_sites[std::size_t(e.site)];
            int currency, method, status, origin;
            fields(e.rest, currency, method, status, origin);
            perTerminal.push_back({ RollupKey { e.day, s.location, s.terminal, method, status, origin,
                                        m_currencies[std::size_t(currency)] },
                {} });
        }
        RollupDelta& d = perTerminal.back().second;
        d.count += e.delta.count;
        d.amount += e.delta.amount;
        RollupDelta& l = perLocationMap[{ e.day, locationRank[std::size_t(e.site)], group }];
        l.count += e.delta.count;
        l.amount += e.delta.amount;
        if (negative) {
            d.refundCount += e.delta.count;
            d.refundAmount += e.delta.amount;
            l.refundCount += e.delta.count;
            l.refundAmount += e.delta.amount;
        }
    }
    std::vector<std::pair<RollupKey, RollupDelta>> perLocation;
    perLocation.reserve(perLocationMap.size());
    {
        std::vector<int> siteOfLocation(std::size_t(locations + 1));
        for (std::size_t s = 0; s < m_sites.size(); ++s)
            siteOfLocation[std::size_t(locationRank[s])] = int(s);
        for (const auto& [k, d] : perLocationMap) {
            int currency, method, status, origin;
            fields(std::get<2>(k) << 16, currency, method, status, origin);
            perLocation.push_back({ RollupKey { std::get<0>(k),
                                        m_sites[std::size_t(siteOfLocation[std::size_t(std::get<1>(k))])].location,
                                        QString(), method, status, origin, m_currencies[std::size_t(currency)] },
                d });
        }
    }
    applyDeltas(db, RollupTable{QStringLiteral("tx_daily_rollup"), true}, perTerminal);
    applyDeltas(db, RollupTable{QStringLiteral("tx_location_rollup"), false}, perLocation);

    // Hourly: one row per business day × location, its cells merged with the deltas.
    auto select = Statement::prepare(
        db, QStringLiteral("SELECT cells FROM tx_hourly_rollup WHERE business_day = ? AND location_id = ?"));
    auto write = Statement::prepare(db,
        QStringLiteral("INSERT INTO tx_hourly_rollup (business_day, location_id, cells) "
                       "VALUES (?,?,?) ON CONFLICT (business_day, location_id) "
                       "DO UPDATE SET cells = excluded.cells"));
    std::unique_ptr<Statement> erase;
    std::vector<HourlyDelta> cells;
    QByteArray existing;
    for (std::size_t i = 0; i < entries.size();) {
        const qint64 day = entries[i].day;
        const int location = locationRank[std::size_t(entries[i].site)];
        const QString& locationId = m_sites[std::size_t(entries[i].site)].location;
        cells.clear();
        for (; i < entries.size() && entries[i].day == day && locationRank[std::size_t(entries[i].site)] == location;
             ++i) {
            const Entry& e = entries[i];
            HourlyDelta c;
            c.terminalId = m_sites[std::size_t(e.site)].terminal;
            int currency;
            fields(e.rest, currency, c.method, c.status, c.origin);
            c.currency = m_currencies[std::size_t(currency)];
            c.hour = int((e.rest >> 8) & 0xff);
            c.negative = (e.rest & 1) != 0;
            c.count = e.delta.count;
            c.amountMinor = e.delta.amount;
            cells.push_back(std::move(c));
        }
        select->bind(0, day);
        select->bind(1, locationId);
        existing.clear();
        if (select->next()) {
            existing = select->bytesAt(0).toByteArray();
            while (select->next()) { }
        }
        std::optional<QByteArray> merged = mergeHourlyCells(existing, cells);
        if (!merged) {
            // A damaged row: the transactions already hold this batch, so the row is
            // recomputed from them.
            rebuildHourlyRow(db, day, locationId);
            continue;
        }
        if (merged->isEmpty()) {
            if (!erase)
                erase = Statement::prepare(
                    db, QStringLiteral("DELETE FROM tx_hourly_rollup WHERE business_day = ? AND location_id = ?"));
            erase->bind(0, day);
            erase->bind(1, locationId);
            erase->exec();
            continue;
        }
        write->bind(0, day);
        write->bind(1, locationId);
        write->bindBlob(2, *merged);
        write->exec();
    }
}

// Binds the columns in kColumns order; with `idLast` the id goes after the others
// (for "UPDATE ... SET <the others> WHERE id = ?").
void bindRow(Statement& q, const Transaction& t, int localHour, bool idLast = false)
{
    int i = 0;
    if (!idLast)
        q.bind(i++, t.id);
    q.bind(i++, qint64(t.createdAt.toMSecsSinceEpoch()));
    q.bind(i++, qint64(t.businessDay.toJulianDay()));
    q.bind(i++, qint64(t.amount.minor()));
    q.bind(i++, t.amount.currency().code());
    q.bind(i++, static_cast<int>(t.type));
    q.bind(i++, static_cast<int>(t.method));
    q.bind(i++, t.issuer);
    q.bind(i++, t.processor);
    q.bind(i++, static_cast<int>(t.status));
    q.bind(i++, static_cast<int>(t.statusOrigin));
    q.bind(i++, t.manualStatusBy);
    q.bind(i++, t.manualStatusAt);
    q.bind(i++, t.locationId);
    q.bind(i++, t.terminalId);
    q.bind(i++, t.periodId);
    q.bind(i++, t.maskedCardNumber);
    q.bind(i++, t.authorisationCode);
    q.bind(i++, t.reference);
    q.bind(i++, t.version);
    q.bind(i++, localHour);
    if (idLast)
        q.bind(i++, t.id);
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

QHash<QString, BusinessDayCalendar*> TransactionRepository::loadZones(QSet<QString>& locationIds)
{
    QHash<QString, BusinessDayCalendar*> zones;
    for (auto q = Statement::prepare(m_cache.db(), QStringLiteral("SELECT id, time_zone FROM locations")); q->next();) {
        const QString id = q->textAt(0);
        const QString zone = q->textAt(1);
        std::shared_ptr<BusinessDayCalendar>& calendar = m_calendars[zone];
        if (!calendar)
            calendar = std::make_shared<BusinessDayCalendar>(zone.toUtf8());
        zones.insert(id, calendar.get());
        locationIds.insert(id);
    }
    return zones;
}

TransactionRepository::UpsertStats TransactionRepository::upsert(std::span<const Transaction> batch)
{
    UpsertStats stats;
    if (batch.empty())
        return stats;
    QSqlDatabase db = m_cache.db();
    ScopedTransaction tx(db);

    // New rows (the common case in a sync) cost one insert; a row that is already cached
    // is detected by the insert changing nothing, and only then read back.
    auto insert = Statement::prepare(db,
        QStringLiteral("INSERT INTO transactions (") + kColumns
            + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                             "ON CONFLICT (id) DO NOTHING"));
    std::unique_ptr<Statement> lookup;
    std::unique_ptr<Statement> replace;

    // Every row must name a cached location and terminal: the foreign keys of the
    // transactions table, checked here per batch rather than by SQLite per row.
    QSet<QString> locations, terminals;
    const QHash<QString, BusinessDayCalendar*> zones = loadZones(locations);
    for (auto q = Statement::prepare(db, QStringLiteral("SELECT id FROM terminals")); q->next();)
        terminals.insert(q->textAt(0));
    BatchDeltas deltas(zones);

    for (const Transaction& t : batch) {
        const int site = deltas.site(t.locationId, t.terminalId);
        const int hour = deltas.hourOf(site, t.createdAt.toMSecsSinceEpoch());
        bindRow(*insert, t, hour);
        if (insert->exec() == 1) {
            ++stats.inserted;
            deltas.add(t.businessDay.toJulianDay(), site, deltas.currency(t.amount.currency()), int(t.method),
                int(t.status), int(t.statusOrigin), hour, qint64(t.amount.minor()), +1);
            continue;
        }
        if (!lookup)
            lookup = Statement::prepare(db,
                QStringLiteral("SELECT version, ") + kRollupColumns
                    + QStringLiteral(" FROM transactions WHERE id = ?"));
        lookup->bind(0, t.id);
        if (!lookup->next())
            throw StoreError(QCoreApplication::translate("TransactionRepository",
                                                         "Transaction %1 could not be saved in the cache.")
                                 .arg(t.id));
        const qint64 cachedVersion = lookup->int64At(0);
        if (cachedVersion >= t.version) {
            while (lookup->next()) { }
            ++stats.unchanged;
            continue;
        }
        const qint64 oldDay = lookup->int64At(1);
        const int oldSite = deltas.site(lookup->textAt(2), lookup->textAt(3));
        const int oldMethod = int(lookup->int64At(4)), oldStatus = int(lookup->int64At(5)),
                  oldOrigin = int(lookup->int64At(6));
        const int oldCurrency = deltas.currency(lookup->textAt(7));
        const qint64 oldAmount = lookup->int64At(8);
        const int oldHour = int(lookup->int64At(9));
        while (lookup->next()) { }
        if (!replace)
            replace = Statement::prepare(db,
                QStringLiteral("UPDATE transactions SET created_at = ?, business_day = ?, amount_minor = ?, "
                               "currency = ?, type = ?, method = ?, issuer = ?, processor = ?, status = ?, "
                               "status_origin = ?, manual_by = ?, manual_at = ?, location_id = ?, "
                               "terminal_id = ?, period_id = ?, masked_pan = ?, auth_code = ?, "
                               "reference = ?, version = ?, local_hour = ? WHERE id = ?"));
        bindRow(*replace, t, hour, true);
        replace->exec();
        deltas.add(oldDay, oldSite, oldCurrency, oldMethod, oldStatus, oldOrigin, oldHour, oldAmount, -1);
        deltas.add(t.businessDay.toJulianDay(), site, deltas.currency(t.amount.currency()), int(t.method),
            int(t.status), int(t.statusOrigin), hour, qint64(t.amount.minor()), +1);
        ++stats.updated;
    }
    // Each row written marked its (location, terminal) pair, so checking the distinct pairs
    // checks every row (a few dozen lookups per batch instead of two per row).
    for (const BatchDeltas::Site& s : deltas.sites()) {
        if (!s.written || (locations.contains(s.location) && terminals.contains(s.terminal)))
            continue;
        const auto row = std::find_if(batch.begin(), batch.end(),
            [&](const Transaction& t) { return t.locationId == s.location && t.terminalId == s.terminal; });
        throw StoreError(QCoreApplication::translate("TransactionRepository",
            "Transaction %1 belongs to a location or terminal that is not "
            "in the cache (%2, %3). Sync again to fetch them.")
                             .arg(row->id, s.location, s.terminal));
    }
    deltas.apply(db);
    tx.commit();
    return stats;
}

bool TransactionRepository::remove(const QString& id)
{
    QSqlDatabase db = m_cache.db();
    ScopedTransaction tx(db);
    auto old = Statement::prepare(
        db, QStringLiteral("SELECT ") + kRollupColumns + QStringLiteral(" FROM transactions WHERE id = ?"));
    old->bind(0, id);
    if (!old->next())
        return false;
    const QHash<QString, BusinessDayCalendar*> noZones;
    BatchDeltas deltas(noZones);
    deltas.add(old->int64At(0), deltas.site(old->textAt(1), old->textAt(2)), deltas.currency(old->textAt(6)),
        int(old->int64At(3)), int(old->int64At(4)), int(old->int64At(5)), int(old->int64At(8)), old->int64At(7), -1);
    while (old->next()) { }
    sql::exec(db, QStringLiteral("DELETE FROM transactions WHERE id = ?"), {id});
    deltas.apply(db);
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
    if (!filter.isRollupCompatible() && filter.isHourlyRollupCompatible()) {
        // Hours: the hourly rollup knows them.
        TransactionTotals t;
        HourlyRowCursor rows(m_cache.db(), filter);
        HourlyCellFilter cells(filter);
        const int success = static_cast<int>(TransactionStatus::Success);
        while (rows.next()) {
            const HourlyCellsView& row = rows.cells();
            cells.beginRow(row);
            for (int i = 0; i < row.cellCount(); ++i) {
                const HourlyCell c = row.cell(i);
                if (!cells.matches(c))
                    continue;
                t.count += c.count;
                if (c.status != success)
                    continue;
                t.successCount += c.count;
                (c.negative ? t.refundsMinor : t.grossSalesMinor) += c.amountMinor;
            }
        }
        return t;
    }
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
    rows += rebuildHourlyRollup(db);
    tx.commit();
    return rows;
}

} // namespace comptoir
