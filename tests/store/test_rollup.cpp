#include "storefixtures.h"

#include "store/auditlog.h"
#include "store/hourlyrollup.h"
#include "store/locationrepository.h"
#include "store/rollup.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transactionrepository.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <map>
#include <tuple>

using namespace comptoir;
using namespace comptoir::test;

namespace {

using Key = std::tuple<qint64, QString, QString, int, int, int, QString>;
using Values = std::tuple<qint64, qint64, qint64, qint64>;

std::map<Key, Values> readGroups(CacheDatabase& c, const QString& statement)
{
    std::map<Key, Values> out;
    QSqlQuery q(c.db());
    REQUIRE(q.exec(statement));
    while (q.next())
        out[{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
             q.value(4).toInt(), q.value(5).toInt(), q.value(6).toString()}] = {
            q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong()};
    return out;
}

std::map<Key, Values> rollupTable(CacheDatabase& c)
{
    return readGroups(c, QStringLiteral("SELECT business_day, location_id, terminal_id, method, status, status_origin, "
                                        "currency, tx_count, amount_minor, refund_count, refund_minor FROM tx_daily_rollup"));
}

std::map<Key, Values> locationRollupTable(CacheDatabase& c)
{
    return readGroups(c, QStringLiteral("SELECT business_day, location_id, '', method, status, status_origin, "
                                        "currency, tx_count, amount_minor, refund_count, refund_minor "
                                        "FROM tx_location_rollup"));
}

std::map<Key, Values> bruteForceByLocation(CacheDatabase& c)
{
    return readGroups(c, QStringLiteral(
                             "SELECT business_day, location_id, '', method, status, status_origin, currency, "
                             "COUNT(*), SUM(amount_minor), SUM(CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) FROM transactions "
                             "GROUP BY business_day, location_id, method, status, status_origin, currency"));
}

// The brute-force truth: aggregate the raw rows.
std::map<Key, Values> bruteForce(CacheDatabase& c)
{
    return readGroups(c, QStringLiteral(
                             "SELECT business_day, location_id, terminal_id, method, status, status_origin, currency, "
                             "COUNT(*), SUM(amount_minor), SUM(CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) FROM transactions "
                             "GROUP BY business_day, location_id, terminal_id, method, status, status_origin, currency"));
}

QList<QByteArray> hourlyBlobs(CacheDatabase& c)
{
    QList<QByteArray> out;
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("SELECT business_day, location_id, cells FROM tx_hourly_rollup "
                                  "ORDER BY business_day, location_id")));
    while (q.next())
        out.append(q.value(0).toByteArray() + '|' + q.value(1).toByteArray() + '|' + q.value(2).toByteArray());
    return out;
}

TransactionFilter randomFilter(std::mt19937_64& rng)
{
    const auto coin = [&] { return std::uniform_int_distribution<int>(0, 1)(rng) == 1; };
    TransactionFilter f;
    if (coin()) {
        f.from = QDate(2026, 3, 1).addDays(std::uniform_int_distribution<int>(0, 40)(rng));
        f.to = f.from.addDays(std::uniform_int_distribution<int>(0, 30)(rng));
    }
    if (coin())
        f.locationIds = {kLocations[std::uniform_int_distribution<int>(0, 1)(rng)]};
    if (coin())
        f.terminalIds = {kTerminals[0], kTerminals[3]};
    if (coin())
        f.statuses = {TransactionStatus::Success, TransactionStatus::ManualIntervention};
    if (coin())
        f.methods = {PaymentMethod::Bancontact, PaymentMethod::Visa, PaymentMethod::MealVoucher};
    if (coin())
        f.origins = {StatusOrigin::Manual};
    if (coin())
        f.weekdays = { std::uniform_int_distribution<int>(1, 7)(rng), std::uniform_int_distribution<int>(1, 7)(rng) };
    return f;
}

} // namespace

TEST_CASE("Rollup: equals a brute-force aggregation after thousands of random inserts, updates and deletes")
{
    // Both write paths: SQLite's C API, and the portable Qt Sql one other databases use.
    const bool portable = GENERATE(false, true);
    INFO("portable statements: " << portable);
    Statement::setPortableOnly(portable);
    struct Restore {
        ~Restore() { Statement::setPortableOnly(false); }
    } restore;
    TempCache c;
    addSites(*c);
    // The second location in another zone: its hours are not Brussels' (UTC+5:30).
    Location kolkata = *LocationRepository(*c).get(kLocations[1]);
    kolkata.timeZone = QStringLiteral("Asia/Kolkata");
    LocationRepository(*c).upsert(kolkata);
    TransactionRepository repo(*c);
    AuditLog audit(*c);
    std::mt19937_64 rng(20261122);
    std::vector<Transaction> live;
    int serial = 0;

    for (int round = 0; round < 40; ++round) {
        std::vector<Transaction> batch;
        const int inserts = std::uniform_int_distribution<int>(20, 150)(rng);
        for (int i = 0; i < inserts; ++i)
            batch.push_back(randomTransaction(rng, serial++));
        // Updates in the same batch: new versions with another status, amount or day.
        for (int i = 0; i < 40 && !live.empty(); ++i) {
            Transaction t = live[std::uniform_int_distribution<std::size_t>(0, live.size() - 1)(rng)];
            t.version += std::uniform_int_distribution<int>(-1, 2)(rng); // some stale ones
            t.status = kAllStatuses[std::uniform_int_distribution<int>(0, 7)(rng)];
            if (std::uniform_int_distribution<int>(0, 3)(rng) == 0)
                t.amount = Money::eur(-t.amount.minor());
            if (std::uniform_int_distribution<int>(0, 5)(rng) == 0)
                t.businessDay = t.businessDay.addDays(1);
            if (std::uniform_int_distribution<int>(0, 5)(rng) == 0) // another hour
                t.createdAt = t.createdAt.addSecs(std::uniform_int_distribution<int>(-30000, 30000)(rng));
            if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) { // moved with its terminal
                const int terminal = std::uniform_int_distribution<int>(0, 3)(rng);
                t.terminalId = kTerminals[terminal];
                t.locationId = kLocations[terminal / 2];
            }
            batch.push_back(t);
        }
        repo.upsert(batch);
        for (const Transaction& t : batch) {
            auto it = std::find_if(live.begin(), live.end(), [&](const Transaction& x) { return x.id == t.id; });
            if (it == live.end())
                live.push_back(t);
            else if (t.version > it->version)
                *it = t;
        }
        // Manual statuses through the application.
        for (Transaction& t : live) {
            if (t.status == TransactionStatus::ManualIntervention && std::uniform_int_distribution<int>(0, 1)(rng)) {
                const auto status = std::uniform_int_distribution<int>(0, 1)(rng) ? TransactionStatus::Success
                                                                                : TransactionStatus::Failed;
                REQUIRE_FALSE(repo.setManualStatus(t.id, status, QStringLiteral("tester"),
                                                   QDateTime::currentDateTimeUtc(), audit));
                t = *repo.get(t.id);
            }
        }
        // Deletes.
        for (int i = 0; i < 10 && !live.empty(); ++i) {
            const std::size_t at = std::uniform_int_distribution<std::size_t>(0, live.size() - 1)(rng);
            REQUIRE(repo.remove(live[at].id));
            live.erase(live.begin() + std::ptrdiff_t(at));
        }
        INFO("round " << round);
        REQUIRE(rollupTable(*c) == bruteForce(*c));
        REQUIRE(locationRollupTable(*c) == bruteForceByLocation(*c));
        REQUIRE(hourlyTable(*c) == bruteForceHourly(*c));
    }
    CHECK(repo.count() == qint64(live.size()));
    CHECK(live.size() > 2000);
    CHECK(audit.verify().intact);

    // Totals for random filters agree whether they come from the rollup or raw rows.
    Rollup rollup(*c);
    for (int i = 0; i < 200; ++i) {
        const TransactionFilter f = randomFilter(rng);
        REQUIRE(f.isRollupCompatible());
        const TransactionTotals fromRollup = repo.totals(f);
        TransactionFilter raw = f;
        raw.minAmountMinor = std::numeric_limits<qint64>::min(); // forces the raw-row path
        const TransactionTotals fromRows = repo.totals(raw);
        REQUIRE(fromRollup == fromRows);
        qint64 count = 0;
        for (const RollupRow& r : rollup.aggregate(f, Rollup::Day | Rollup::Location))
            count += r.count;
        REQUIRE(count == fromRows.count);
        qint64 perTerminal = 0;
        for (const RollupRow& r : rollup.aggregate(f, Rollup::Terminal | Rollup::Method))
            perTerminal += r.count;
        REQUIRE(perTerminal == fromRows.count);
    }

    // Totals with hours come from the hourly rollup and agree with raw rows too.
    for (int i = 0; i < 100; ++i) {
        TransactionFilter f = randomFilter(rng);
        f.hours = { std::uniform_int_distribution<int>(0, 23)(rng), std::uniform_int_distribution<int>(0, 23)(rng) };
        if (std::uniform_int_distribution<int>(0, 1)(rng))
            f.weekdays = { std::uniform_int_distribution<int>(1, 7)(rng) };
        REQUIRE_FALSE(f.isRollupCompatible());
        REQUIRE(f.isHourlyRollupCompatible());
        TransactionFilter raw = f;
        raw.minAmountMinor = std::numeric_limits<qint64>::min();
        REQUIRE(repo.totals(f) == repo.totals(raw));
    }

    // A rebuild from raw rows gives the same tables, the hourly one byte for byte.
    const auto before = rollupTable(*c);
    const auto beforeByLocation = locationRollupTable(*c);
    const QList<QByteArray> beforeHourly = hourlyBlobs(*c);
    CHECK(beforeHourly.size() > 100);
    repo.rebuildRollup();
    CHECK(rollupTable(*c) == before);
    CHECK(locationRollupTable(*c) == beforeByLocation);
    CHECK(hourlyBlobs(*c) == beforeHourly);
}

TEST_CASE("Rollup: aggregates by the requested dimensions")
{
    TempCache c;
    addSites(*c);
    TransactionRepository repo(*c);
    const auto tx = [](const char* id, int day, int terminal, qint64 cents, TransactionStatus s) {
        Transaction t;
        t.id = QString::fromLatin1(id);
        t.businessDay = QDate(2026, 6, day);
        t.createdAt = QDateTime(t.businessDay, QTime(10, 0), Qt::UTC);
        t.amount = Money::eur(cents);
        t.terminalId = kTerminals[terminal];
        t.locationId = kLocations[terminal / 2];
        t.method = PaymentMethod::Bancontact;
        t.status = s;
        t.version = 1;
        return t;
    };
    const std::vector<Transaction> rows{
        tx("a", 1, 0, 1000, TransactionStatus::Success), tx("b", 1, 1, 250, TransactionStatus::Success),
        tx("c", 1, 2, 700, TransactionStatus::Failed),   tx("d", 2, 3, -300, TransactionStatus::Success),
        tx("e", 2, 0, 1500, TransactionStatus::Success),
    };
    repo.upsert(rows);
    Rollup rollup(*c);
    const QList<RollupRow> byDayLocation = rollup.aggregate({}, Rollup::Day | Rollup::Location);
    REQUIRE(byDayLocation.size() == 4);
    CHECK(byDayLocation[0].day == QDate(2026, 6, 1));
    CHECK(byDayLocation[0].locationId == kLocations[0]);
    CHECK(byDayLocation[0].count == 2);
    CHECK(byDayLocation[0].amountMinor == 1250);
    CHECK(byDayLocation[3].refundCount == 1);
    CHECK(byDayLocation[3].refundMinor == -300);

    const QList<RollupRow> total = rollup.aggregate({}, 0);
    REQUIRE(total.size() == 1);
    CHECK(total[0].count == 5);
    CHECK(total[0].amountMinor == 3150);

    const TransactionTotals t = repo.totals({});
    CHECK(t.count == 5);
    CHECK(t.successCount == 4);
    CHECK(t.grossSalesMinor == 2750);
    CHECK(t.refundsMinor == -300);
    CHECK(t.netMinor() == 2450);

    TransactionFilter none;
    none.from = QDate(2027, 1, 1);
    CHECK(rollup.aggregate(none, 0).isEmpty());
    CHECK(repo.totals(none) == TransactionTotals{});
}

TEST_CASE("HourlyRollup: cells round-trip narrow or wide, and damaged rows are refused or repaired")
{
    // `negative`: the cell of refunds (amounts < 0), whatever the sign of the change.
    const auto delta = [](const char* terminal, int hour, qint64 count, qint64 amount, bool negative = false) {
        HourlyDelta d;
        d.terminalId = QString::fromLatin1(terminal);
        d.currency = QStringLiteral("EUR");
        d.method = int(PaymentMethod::Bancontact);
        d.status = int(TransactionStatus::Success);
        d.origin = int(StatusOrigin::Automatic);
        d.hour = hour;
        d.negative = negative;
        d.count = count;
        d.amountMinor = amount;
        return d;
    };
    // Terminals come out sorted, each cell once, refunds apart.
    std::vector<HourlyDelta> deltas { delta("t-2", 9, 2, 1500), delta("t-1", 23, 1, 250),
        delta("t-2", 9, 1, -300, true), delta("t-2", 9, 1, 100) };
    const std::optional<QByteArray> narrow = mergeHourlyCells({}, deltas);
    REQUIRE(narrow);
    HourlyCellsView v;
    REQUIRE(v.parse(*narrow));
    CHECK(v.isNarrow());
    REQUIRE(v.terminalCount() == 2);
    CHECK(v.terminalUtf8(0) == "t-1");
    REQUIRE(v.cellCount() == 3);
    CHECK(v.cell(0).terminal == 0);
    CHECK(v.cell(0).hour == 23);
    CHECK(v.cell(1).count == 3);
    CHECK(v.cell(1).amountMinor == 1600);
    CHECK(v.cell(2).negative);
    CHECK(v.cell(2).amountMinor == -300);
    CHECK(narrow->size() == 1 + 2 + 2 * (2 + 3) + 1 + 3 + 4 + 3 * HourlyCellsView::kNarrowCellBytes);

    // A sum beyond 32 bits makes the row wide; taking it away makes it narrow again, the
    // same bytes as before.
    const std::vector<HourlyDelta> big { delta("t-1", 23, 1, 5'000'000'000) };
    const std::optional<QByteArray> wide = mergeHourlyCells(*narrow, big);
    REQUIRE(wide);
    REQUIRE(v.parse(*wide));
    CHECK_FALSE(v.isNarrow());
    CHECK(v.cell(0).amountMinor == 5'000'000'250);
    const std::vector<HourlyDelta> back { delta("t-1", 23, -1, -5'000'000'000) };
    CHECK(mergeHourlyCells(*wide, back) == narrow);
    // Emptied: nothing left.
    const std::vector<HourlyDelta> none { delta("t-2", 9, -3, -1600), delta("t-1", 23, -1, -250),
        delta("t-2", 9, -1, 300, true) };
    CHECK(mergeHourlyCells(*narrow, none) == QByteArray());
    // Counts over 65,535 are wide too.
    const std::vector<HourlyDelta> many { delta("t-1", 12, 70000, 70000) };
    REQUIRE(v.parse(*mergeHourlyCells({}, many)));
    CHECK_FALSE(v.isNarrow());
    CHECK(v.cell(0).count == 70000);

    // Damaged: cut short, an unknown format, an index out of range.
    CHECK_FALSE(v.parse(narrow->left(narrow->size() - 1)));
    QByteArray unknown = *narrow;
    unknown[0] = 7;
    CHECK_FALSE(v.parse(unknown));
    QByteArray badIndex = *narrow;
    badIndex[badIndex.size() - 3 * HourlyCellsView::kNarrowCellBytes] = 5; // terminal 5 of 2
    CHECK_FALSE(v.parse(badIndex));
    CHECK_FALSE(mergeHourlyCells(badIndex, deltas));

    // In a cache: reading a damaged row says what to do; the next write to it repairs it
    // from the transactions.
    TempCache c;
    addSites(*c);
    TransactionRepository repo(*c);
    std::mt19937_64 rng(5);
    std::vector<Transaction> rows;
    for (int i = 0; i < 300; ++i)
        rows.push_back(randomTransaction(rng, i));
    repo.upsert(rows);
    const Transaction& victim = rows.front();
    QSqlQuery q((*c).db());
    REQUIRE(
        q.prepare(QStringLiteral("UPDATE tx_hourly_rollup SET cells = ? WHERE business_day = ? AND location_id = ?")));
    q.addBindValue(QByteArray("\x02garbage"));
    q.addBindValue(victim.businessDay.toJulianDay());
    q.addBindValue(victim.locationId);
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
    TransactionFilter all;
    all.hours = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23 };
    try {
        repo.totals(all);
        FAIL("a damaged row was read");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("damaged")));
        CHECK(e.message().contains(victim.businessDay.toString(Qt::ISODate)));
    }
    Transaction more = randomTransaction(rng, 1000);
    more.businessDay = victim.businessDay;
    more.locationId = victim.locationId;
    more.terminalId = victim.terminalId;
    repo.upsert(more);
    CHECK(hourlyTable(*c) == bruteForceHourly(*c));
}
