#include "hourlyrollup.h"

#include "scopedtransaction.h"
#include "sql.h"
#include "statement.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace comptoir {

namespace {

void putU16(QByteArray& out, unsigned v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void putI64(char* p, qint64 value)
{
    auto v = std::uint64_t(value);
    for (int b = 0; b < 8; ++b, v >>= 8)
        p[b] = char(v & 0xff);
}

unsigned readU16(const char* p)
{
    return unsigned(static_cast<unsigned char>(p[0])) | (unsigned(static_cast<unsigned char>(p[1])) << 8);
}

[[noreturn]] void overflow()
{
    throw StoreError(QCoreApplication::translate("HourlyRollup",
        "A total in the cache no longer fits in 64 bits. "
        "Sync again to rebuild the cache."));
}

// A cell's key as one number, in the canonical order: terminal, currency, method,
// status, origin, hour, sign.
std::uint64_t packKey(unsigned terminal, unsigned currency, unsigned method, unsigned status, unsigned origin,
    unsigned hour, bool negative)
{
    return (std::uint64_t(terminal) << 48) | (std::uint64_t(currency) << 40) | (std::uint64_t(method) << 32)
        | (std::uint64_t(status) << 24) | (std::uint64_t(origin) << 16) | (std::uint64_t(hour) << 8)
        | (negative ? 1u : 0u);
}

struct PackedCell {
    std::uint64_t key;
    qint64 count;
    qint64 amount;
};

} // namespace

// ---------------------------------------------------------------------------------------
// HourlyCellsView

bool HourlyCellsView::parse(QByteArrayView bytes)
{
    m_terminals.clear();
    m_currencies.clear();
    m_cells = nullptr;
    m_cellCount = 0;
    const char* p = bytes.data();
    const char* end = p + bytes.size();
    const auto need = [&](qsizetype n) { return end - p >= n; };
    if (!need(1))
        return false;
    const unsigned format = static_cast<unsigned char>(*p++);
    if (format != kWideFormat && format != kNarrowFormat)
        return false;
    m_narrow = format == kNarrowFormat;
    const int cellBytes = m_narrow ? kNarrowCellBytes : kWideCellBytes;
    if (!need(2))
        return false;
    const unsigned terminals = readU16(p);
    p += 2;
    for (unsigned i = 0; i < terminals; ++i) {
        if (!need(2))
            return false;
        const unsigned length = readU16(p);
        p += 2;
        if (!need(length))
            return false;
        m_terminals.emplace_back(p, qsizetype(length));
        p += length;
    }
    if (!need(1))
        return false;
    const unsigned currencies = static_cast<unsigned char>(*p++);
    if (!need(qsizetype(currencies) * 3))
        return false;
    for (unsigned i = 0; i < currencies; ++i, p += 3)
        m_currencies.emplace_back(p, 3);
    if (!need(4))
        return false;
    const std::uint64_t cells = std::uint64_t(readU16(p)) | (std::uint64_t(readU16(p + 2)) << 16);
    p += 4;
    if (std::uint64_t(end - p) != cells * std::uint64_t(cellBytes) || (m_narrow && terminals > 256))
        return false;
    m_cells = p;
    m_cellCount = int(cells);
    // Every index in range and every hour a real one, so readers may index arrays with them.
    for (int i = 0; i < m_cellCount; ++i) {
        const auto* c = reinterpret_cast<const unsigned char*>(m_cells) + std::size_t(i) * std::size_t(cellBytes);
        const bool ok = m_narrow
            ? c[0] < terminals && c[1] < currencies && c[2] <= 63 && c[3] <= 63 && c[4] <= 63 && (c[5] >> 1) <= 23
            : (unsigned(c[0]) | (unsigned(c[1]) << 8)) < terminals && c[2] < currencies && c[3] <= 63 && c[4] <= 63
                && c[5] <= 63 && c[6] <= 23 && c[7] <= 1;
        if (!ok) {
            m_cells = nullptr;
            m_cellCount = 0;
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------
// Merging

std::optional<QByteArray> mergeHourlyCells(QByteArrayView existing, std::span<const HourlyDelta> deltas)
{
    HourlyCellsView view;
    if (!existing.isEmpty() && !view.parse(existing))
        return std::nullopt;

    // The merged dictionaries: what the row had and what the deltas name, sorted bytewise.
    // Deltas come grouped by terminal, so each distinct id is converted once.
    std::vector<QByteArray> terminals;
    std::vector<QByteArray> currencies;
    terminals.reserve(std::size_t(view.terminalCount()) + 4);
    for (int i = 0; i < view.terminalCount(); ++i)
        terminals.push_back(view.terminalUtf8(i).toByteArray());
    for (int i = 0; i < view.currencyCount(); ++i)
        currencies.push_back(view.currencyCode(i).toByteArray());
    std::vector<int> deltaTerminal(deltas.size()), deltaCurrency(deltas.size()); // into the lists below
    std::vector<QByteArray> newTerminals, newCurrencies;
    const auto distinct = [](std::vector<QByteArray>& list, const QByteArray& v) {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i] == v)
                return int(i);
        list.push_back(v);
        return int(list.size() - 1);
    };
    for (std::size_t i = 0; i < deltas.size(); ++i) {
        const HourlyDelta& d = deltas[i];
        if (i > 0 && d.terminalId == deltas[i - 1].terminalId)
            deltaTerminal[i] = deltaTerminal[i - 1];
        else
            deltaTerminal[i] = distinct(newTerminals, d.terminalId.toUtf8());
        if (i > 0 && d.currency == deltas[i - 1].currency)
            deltaCurrency[i] = deltaCurrency[i - 1];
        else
            deltaCurrency[i] = distinct(newCurrencies, d.currency.toLatin1().leftJustified(3, ' ', true));
    }
    const auto unite = [](std::vector<QByteArray>& dict, const std::vector<QByteArray>& more) {
        bool added = false;
        for (const QByteArray& v : more)
            if (!std::binary_search(dict.begin(), dict.end(), v)) {
                dict.push_back(v);
                added = true;
            }
        if (added)
            std::sort(dict.begin(), dict.end());
    };
    // A damaged-but-parsable row could list a terminal twice; sorting keeps it canonical.
    if (!std::is_sorted(terminals.begin(), terminals.end()))
        std::sort(terminals.begin(), terminals.end());
    if (!std::is_sorted(currencies.begin(), currencies.end()))
        std::sort(currencies.begin(), currencies.end());
    unite(terminals, newTerminals);
    unite(currencies, newCurrencies);
    const auto indexOf = [](const std::vector<QByteArray>& dict, const QByteArray& v) {
        return unsigned(std::lower_bound(dict.begin(), dict.end(), v) - dict.begin());
    };
    std::vector<unsigned> newTerminalIndex(newTerminals.size()), newCurrencyIndex(newCurrencies.size());
    for (std::size_t i = 0; i < newTerminals.size(); ++i)
        newTerminalIndex[i] = indexOf(terminals, newTerminals[i]);
    for (std::size_t i = 0; i < newCurrencies.size(); ++i)
        newCurrencyIndex[i] = indexOf(currencies, newCurrencies[i]);

    std::vector<PackedCell> cells;
    cells.reserve(std::size_t(view.cellCount()) + deltas.size());
    std::vector<unsigned> terminalMap(std::size_t(view.terminalCount()));
    std::vector<unsigned> currencyMap(std::size_t(view.currencyCount()));
    for (int i = 0; i < view.terminalCount(); ++i)
        terminalMap[std::size_t(i)] = indexOf(terminals, view.terminalUtf8(i).toByteArray());
    for (int i = 0; i < view.currencyCount(); ++i)
        currencyMap[std::size_t(i)] = indexOf(currencies, view.currencyCode(i).toByteArray());
    for (int i = 0; i < view.cellCount(); ++i) {
        const HourlyCell c = view.cell(i);
        cells.push_back({ packKey(terminalMap[std::size_t(c.terminal)], currencyMap[std::size_t(c.currency)],
                              unsigned(c.method), unsigned(c.status), unsigned(c.origin), unsigned(c.hour), c.negative),
            c.count, c.amountMinor });
    }
    for (std::size_t i = 0; i < deltas.size(); ++i) {
        const HourlyDelta& d = deltas[i];
        cells.push_back(
            { packKey(newTerminalIndex[std::size_t(deltaTerminal[i])], newCurrencyIndex[std::size_t(deltaCurrency[i])],
                  unsigned(d.method) & 63, unsigned(d.status) & 63, unsigned(d.origin) & 63,
                  unsigned(std::clamp(d.hour, 0, 23)), d.negative),
                d.count, d.amountMinor });
    }
    std::stable_sort(
        cells.begin(), cells.end(), [](const PackedCell& a, const PackedCell& b) { return a.key < b.key; });

    // Sum equal keys; drop cells left empty.
    std::vector<PackedCell> merged;
    merged.reserve(cells.size());
    for (const PackedCell& c : cells) {
        if (!merged.empty() && merged.back().key == c.key) {
            PackedCell& m = merged.back();
            if (__builtin_add_overflow(m.count, c.count, &m.count)
                || __builtin_add_overflow(m.amount, c.amount, &m.amount))
                overflow();
        } else {
            merged.push_back(c);
        }
    }
    merged.erase(
        std::remove_if(merged.begin(), merged.end(), [](const PackedCell& c) { return c.count == 0 && c.amount == 0; }),
        merged.end());
    if (merged.empty())
        return QByteArray();

    // Only the terminals and currencies still used; removing entries keeps the order.
    std::vector<char> terminalUsed(terminals.size()), currencyUsed(currencies.size());
    for (const PackedCell& c : merged) {
        terminalUsed[std::size_t(c.key >> 48)] = 1;
        currencyUsed[std::size_t((c.key >> 40) & 0xff)] = 1;
    }
    std::vector<unsigned> terminalIndex(terminals.size()), currencyIndex(currencies.size());
    unsigned usedTerminals = 0, usedCurrencies = 0;
    for (std::size_t i = 0; i < terminals.size(); ++i)
        terminalIndex[i] = terminalUsed[i] ? usedTerminals++ : 0;
    for (std::size_t i = 0; i < currencies.size(); ++i)
        currencyIndex[i] = currencyUsed[i] ? usedCurrencies++ : 0;
    if (usedTerminals > 0xffff || usedCurrencies > 0xff)
        overflow();

    // Narrow cells whenever every one fits.
    bool narrow = usedTerminals <= 256;
    for (const PackedCell& c : merged)
        narrow = narrow && c.count >= 0 && c.count <= 0xffff && c.amount >= std::numeric_limits<qint32>::min()
            && c.amount <= std::numeric_limits<qint32>::max();
    const int cellBytes = narrow ? HourlyCellsView::kNarrowCellBytes : HourlyCellsView::kWideCellBytes;

    QByteArray out;
    out.reserve(8 + qsizetype(merged.size()) * cellBytes + qsizetype(usedTerminals) * 16);
    out.append(char(narrow ? HourlyCellsView::kNarrowFormat : HourlyCellsView::kWideFormat));
    putU16(out, usedTerminals);
    for (std::size_t i = 0; i < terminals.size(); ++i) {
        if (!terminalUsed[i])
            continue;
        const QByteArray& t = terminals[i];
        const qsizetype length = std::min<qsizetype>(t.size(), 0xffff);
        putU16(out, unsigned(length));
        out.append(t.constData(), length);
    }
    out.append(char(usedCurrencies));
    for (std::size_t i = 0; i < currencies.size(); ++i)
        if (currencyUsed[i])
            out.append(currencies[i].constData(), 3);
    const auto n = std::uint32_t(merged.size());
    putU16(out, n & 0xffff);
    putU16(out, n >> 16);
    const qsizetype start = out.size();
    out.resize(start + qsizetype(merged.size()) * cellBytes);
    char* p = out.data() + start;
    for (const PackedCell& c : merged) {
        const unsigned terminal = terminalIndex[std::size_t(c.key >> 48)];
        if (narrow) {
            p[0] = char(terminal);
            p[1] = char(currencyIndex[std::size_t((c.key >> 40) & 0xff)]);
            p[2] = char((c.key >> 32) & 0xff);
            p[3] = char((c.key >> 24) & 0xff);
            p[4] = char((c.key >> 16) & 0xff);
            p[5] = char((((c.key >> 8) & 0xff) << 1) | (c.key & 1));
            p[6] = char(c.count & 0xff);
            p[7] = char((c.count >> 8) & 0xff);
            const auto amount = std::uint32_t(qint32(c.amount));
            for (int b = 0; b < 4; ++b)
                p[8 + b] = char((amount >> (8 * b)) & 0xff);
            p += cellBytes;
            continue;
        }
        p[0] = char(terminal & 0xff);
        p[1] = char(terminal >> 8);
        p[2] = char(currencyIndex[std::size_t((c.key >> 40) & 0xff)]);
        p[3] = char((c.key >> 32) & 0xff);
        p[4] = char((c.key >> 24) & 0xff);
        p[5] = char((c.key >> 16) & 0xff);
        p[6] = char((c.key >> 8) & 0xff);
        p[7] = char(c.key & 0xff);
        putI64(p + 8, c.count);
        putI64(p + 16, c.amount);
        p += cellBytes;
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Filtering and reading

namespace {
template <typename T> std::uint64_t maskOf(const QList<T>& values)
{
    if (values.isEmpty())
        return ~std::uint64_t(0);
    std::uint64_t m = 0;
    for (const T& v : values) {
        const int i = static_cast<int>(v);
        if (i >= 0 && i < 64)
            m |= std::uint64_t(1) << i;
    }
    return m;
}
} // namespace

HourlyCellFilter::HourlyCellFilter(const TransactionFilter& f)
    : m_methods(maskOf(f.methods))
    , m_statuses(maskOf(f.statuses))
    , m_origins(maskOf(f.origins))
    , m_hours(maskOf(f.hours))
    , m_allTerminals(f.terminalIds.isEmpty())
{
    for (const QString& t : f.terminalIds)
        m_terminals.push_back(t.toUtf8());
}

void HourlyCellFilter::beginRow(const HourlyCellsView& row)
{
    if (m_allTerminals)
        return;
    m_terminalOk.assign(std::size_t(row.terminalCount()), 0);
    for (int i = 0; i < row.terminalCount(); ++i)
        for (const QByteArray& t : m_terminals)
            if (row.terminalUtf8(i) == t)
                m_terminalOk[std::size_t(i)] = 1;
}

HourlyRowCursor::HourlyRowCursor(const QSqlDatabase& db, const TransactionFilter& filter)
{
    // Only what the row key answers: days, weekdays, locations.
    TransactionFilter rows;
    rows.from = filter.from;
    rows.to = filter.to;
    rows.weekdays = filter.weekdays;
    rows.locationIds = filter.locationIds;
    const SqlCondition c = toSql(rows, true);
    m_statement = Statement::prepare(db,
        QStringLiteral("SELECT business_day, location_id, cells FROM tx_hourly_rollup ") + c.where
            + QStringLiteral(" ORDER BY business_day, location_id"));
    int i = 0;
    for (const QVariant& v : c.binds) {
        if (v.typeId() == QMetaType::QString)
            m_statement->bind(i++, v.toString());
        else
            m_statement->bind(i++, v.toLongLong());
    }
}

HourlyRowCursor::~HourlyRowCursor() = default;

bool HourlyRowCursor::next()
{
    if (!m_statement->next())
        return false;
    m_day = m_statement->int64At(0);
    m_location = m_statement->bytesAt(1);
    if (!m_view.parse(m_statement->bytesAt(2))) {
        const QString location = QString::fromUtf8(m_location);
        while (m_statement->next()) { }
        throw StoreError(QCoreApplication::translate("HourlyRollup",
            "The cache's hourly totals for %1 at location %2 are damaged. "
            "Rebuild the totals to repair them.")
                             .arg(QDate::fromJulianDay(m_day).toString(Qt::ISODate), location));
    }
    return true;
}

// ---------------------------------------------------------------------------------------
// Rebuilding

namespace {
const QString kGroupColumns = QStringLiteral(
    "SELECT business_day, location_id, terminal_id, currency, method, status, status_origin, local_hour, "
    "CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END AS negative, COUNT(*), SUM(amount_minor) FROM transactions ");
const QString kGroupBy = QStringLiteral(
    " GROUP BY business_day, location_id, terminal_id, currency, method, status, status_origin, local_hour, negative "
    "ORDER BY business_day, location_id");

HourlyDelta groupAt(const Statement& q)
{
    HourlyDelta c;
    c.terminalId = q.textAt(2);
    c.currency = q.textAt(3);
    c.method = int(q.int64At(4));
    c.status = int(q.int64At(5));
    c.origin = int(q.int64At(6));
    c.hour = int(q.int64At(7));
    c.negative = q.int64At(8) != 0;
    c.count = q.int64At(9);
    c.amountMinor = q.int64At(10);
    return c;
}
} // namespace

void rebuildHourlyRow(const QSqlDatabase& db, qint64 julianDay, const QString& locationId)
{
    auto groups = Statement::prepare(
        db, kGroupColumns + QStringLiteral("WHERE business_day = ? AND location_id = ?") + kGroupBy);
    groups->bind(0, julianDay);
    groups->bind(1, locationId);
    std::vector<HourlyDelta> cells;
    while (groups->next())
        cells.push_back(groupAt(*groups));
    const std::optional<QByteArray> blob = mergeHourlyCells({}, cells);
    if (blob && !blob->isEmpty()) {
        auto write = Statement::prepare(db,
            QStringLiteral("INSERT INTO tx_hourly_rollup (business_day, location_id, cells) "
                           "VALUES (?,?,?) ON CONFLICT (business_day, location_id) "
                           "DO UPDATE SET cells = excluded.cells"));
        write->bind(0, julianDay);
        write->bind(1, locationId);
        write->bindBlob(2, *blob);
        write->exec();
    } else {
        sql::exec(db, QStringLiteral("DELETE FROM tx_hourly_rollup WHERE business_day = ? AND location_id = ?"),
            { julianDay, locationId });
    }
}

qint64 rebuildHourlyRollup(const QSqlDatabase& db)
{
    ScopedTransaction tx(db);
    sql::exec(db, QStringLiteral("DELETE FROM tx_hourly_rollup"));
    QSqlQuery range = sql::exec(db, QStringLiteral("SELECT MIN(business_day), MAX(business_day) FROM transactions"));
    qint64 rows = 0;
    if (range.next() && !range.value(0).isNull()) {
        const qint64 first = range.value(0).toLongLong();
        const qint64 last = range.value(1).toLongLong();
        auto groups = Statement::prepare(
            db, kGroupColumns + QStringLiteral("WHERE business_day >= ? AND business_day <= ?") + kGroupBy);
        auto insert = Statement::prepare(
            db, QStringLiteral("INSERT INTO tx_hourly_rollup (business_day, location_id, cells) VALUES (?,?,?)"));
        std::vector<HourlyDelta> cells;
        qint64 day = 0;
        QString location;
        QByteArray locationUtf8;
        const auto flush = [&] {
            if (cells.empty())
                return;
            const std::optional<QByteArray> blob = mergeHourlyCells({}, cells);
            cells.clear();
            if (!blob || blob->isEmpty())
                return;
            insert->bind(0, day);
            insert->bind(1, location);
            insert->bindBlob(2, *blob);
            insert->exec();
            ++rows;
        };
        constexpr qint64 kChunkDays = 16; // bounded memory for SQLite's GROUP BY
        for (qint64 from = first; from <= last; from += kChunkDays) {
            groups->bind(0, from);
            groups->bind(1, std::min(last, from + kChunkDays - 1));
            while (groups->next()) {
                const qint64 d = groups->int64At(0);
                const QByteArray l = groups->utf8At(1);
                if (d != day || l != locationUtf8) {
                    flush();
                    day = d;
                    locationUtf8 = l;
                    location = QString::fromUtf8(l);
                }
                cells.push_back(groupAt(*groups));
            }
            flush();
        }
    }
    tx.commit();
    return rows;
}

void fillLocalHours(const QSqlDatabase& db)
{
    QSqlQuery range = sql::exec(db, QStringLiteral("SELECT MIN(business_day), MAX(business_day) FROM transactions"));
    if (!range.next() || range.value(0).isNull())
        return;
    const qint64 firstDay = range.value(0).toLongLong();
    const qint64 lastDay = range.value(1).toLongLong();
    // The instants those business days can hold, in any zone.
    constexpr qint64 kEpochDay = 2440588; // 1 January 1970
    const QDateTime first = QDateTime::fromMSecsSinceEpoch((firstDay - kEpochDay - 2) * 86400000, Qt::UTC);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch((lastDay - kEpochDay + 2) * 86400000, Qt::UTC);

    // Locations by zone.
    QHash<QString, QStringList> byZone;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, time_zone FROM locations"));
        while (q.next())
            byZone[q.value(1).toString()].append(q.value(0).toString());
    }
    if (byZone.isEmpty())
        return;
    const auto literal = [](QString s) { return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\''); };
    // Floor division on whole seconds, so instants before 1970 get their hour too.
    const auto hourOf = [](int offset) {
        return QStringLiteral("((((CASE WHEN created_at >= 0 THEN created_at / 1000 ELSE (created_at - 999) / 1000 END)"
                              " + %1) % 86400 + 86400) % 86400) / 3600")
            .arg(offset);
    };
    // One expression: per zone, per interval of constant offset between its transitions (an
    // unknown zone is UTC, as BusinessDayCalendar treats it). Transactions at a location the
    // cache does not know keep hour 0 (the repository refuses such rows).
    QString value = QStringLiteral("CASE");
    for (auto it = byZone.cbegin(); it != byZone.cend(); ++it) {
        QStringList ids;
        for (const QString& id : it.value())
            ids.append(literal(id));
        const QTimeZone zone(it.key().toUtf8());
        struct Interval {
            qint64 fromMs;
            int offsetSecs;
        };
        std::vector<Interval> intervals{{first.toMSecsSinceEpoch(), zone.isValid() ? zone.offsetFromUtc(first) : 0}};
        if (zone.isValid() && zone.hasTransitions()) {
            for (const QTimeZone::OffsetData& t : zone.transitions(first, last)) {
                const qint64 at = t.atUtc.toMSecsSinceEpoch();
                if (at <= intervals.back().fromMs)
                    intervals.back().offsetSecs = t.offsetFromUtc;
                else if (t.offsetFromUtc != intervals.back().offsetSecs)
                    intervals.push_back({at, t.offsetFromUtc});
            }
        }
        QString hour;
        if (intervals.size() == 1) {
            hour = hourOf(intervals.front().offsetSecs);
        } else {
            hour = QStringLiteral("CASE");
            for (std::size_t i = 0; i + 1 < intervals.size(); ++i)
                hour += QStringLiteral(" WHEN created_at < %1 THEN %2")
                            .arg(intervals[i + 1].fromMs)
                            .arg(hourOf(intervals[i].offsetSecs));
            hour += QStringLiteral(" ELSE %1 END").arg(hourOf(intervals.back().offsetSecs));
        }
        value += QStringLiteral(" WHEN location_id IN (%1) THEN %2").arg(ids.join(QLatin1Char(',')), hour);
    }
    value += QStringLiteral(" ELSE 0 END");

    // In chunks of days through the day index, so that no statement holds millions of rows.
    auto update = Statement::prepare(
        db, QStringLiteral("UPDATE transactions SET local_hour = %1 WHERE business_day >= ? AND business_day <= ?").arg(value));
    constexpr qint64 kChunkDays = 16;
    for (qint64 from = firstDay; from <= lastDay; from += kChunkDays) {
        update->bind(0, from);
        update->bind(1, std::min(lastDay, from + kChunkDays - 1));
        update->exec();
    }
}

} // namespace comptoir
