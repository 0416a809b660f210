// The dashboard's figures (store/dashboardquery): periods and KPI ranges, values for fixed
// data, and every figure equal to a brute-force SQL aggregation over the raw transactions
// for many random filters.
#include "storefixtures.h"

#include "store/dashboardquery.h"
#include "store/locationrepository.h"
#include "store/transactionrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <map>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("DashboardQuery: periods and the KPIs' comparison ranges")
{
    CHECK(periodStart(QDate(2026, 12, 3), Granularity::Week) == QDate(2026, 11, 30)); // a Thursday → Monday
    CHECK(periodStart(QDate(2026, 11, 30), Granularity::Week) == QDate(2026, 11, 30));
    CHECK(periodStart(QDate(2026, 12, 6), Granularity::Week) == QDate(2026, 11, 30)); // Sunday
    CHECK(periodStart(QDate(2026, 12, 31), Granularity::Month) == QDate(2026, 12, 1));
    CHECK(periodEnd(QDate(2026, 2, 1), Granularity::Month) == QDate(2026, 2, 28));
    CHECK(periodEnd(QDate(2028, 2, 1), Granularity::Month) == QDate(2028, 2, 29));
    CHECK(periodEnd(QDate(2026, 11, 30), Granularity::Week) == QDate(2026, 12, 6));
    CHECK(periodCount(QDate(2026, 1, 1), QDate(2026, 12, 31), Granularity::Day) == 365);
    CHECK(periodCount(QDate(2026, 1, 1), QDate(2026, 12, 31), Granularity::Month) == 12);
    CHECK(periodCount(QDate(2026, 11, 29), QDate(2026, 11, 30), Granularity::Week) == 2); // Sunday, Monday
    CHECK(periodCount(QDate(2025, 12, 31), QDate(2026, 1, 1), Granularity::Month) == 2);

    // Tuesday 1 December 2026.
    const QDate today(2026, 12, 1);
    KpiRanges day = kpiRanges(KpiPeriod::Today, today);
    CHECK(day.current == DateRange { today, today });
    CHECK(day.previous == DateRange { QDate(2026, 11, 30), QDate(2026, 11, 30) });
    CHECK(day.lastYear == DateRange { QDate(2025, 12, 2), QDate(2025, 12, 2) }); // also a Tuesday
    CHECK(day.lastYear.from.dayOfWeek() == today.dayOfWeek());
    KpiRanges week = kpiRanges(KpiPeriod::ThisWeek, today);
    CHECK(week.current == DateRange { QDate(2026, 11, 30), today });
    CHECK(week.previous == DateRange { QDate(2026, 11, 23), QDate(2026, 11, 24) });
    CHECK(week.lastYear == DateRange { QDate(2025, 12, 1), QDate(2025, 12, 2) });
    KpiRanges month = kpiRanges(KpiPeriod::ThisMonth, today);
    CHECK(month.current == DateRange { today, today });
    CHECK(month.previous == DateRange { QDate(2026, 11, 1), QDate(2026, 11, 1) });
    CHECK(month.lastYear == DateRange { QDate(2025, 12, 1), QDate(2025, 12, 1) });
    // The 31st: the month before has fewer days, so all of them.
    month = kpiRanges(KpiPeriod::ThisMonth, QDate(2026, 3, 31));
    CHECK(month.previous == DateRange { QDate(2026, 2, 1), QDate(2026, 2, 28) });
    CHECK(month.lastYear == DateRange { QDate(2025, 3, 1), QDate(2025, 3, 31) });
    month = kpiRanges(KpiPeriod::ThisMonth, QDate(2028, 2, 29));
    CHECK(month.lastYear == DateRange { QDate(2027, 2, 1), QDate(2027, 2, 28) });
}

TEST_CASE("DashboardQuery: a filter keeps to the permitted locations")
{
    TransactionFilter f;
    bool nothing = true;
    CHECK(withinPermitted(f, std::nullopt, nothing) == f);
    CHECK_FALSE(nothing);
    CHECK(withinPermitted(f, QStringList { QStringLiteral("a"), QStringLiteral("b") }, nothing).locationIds
        == QStringList { QStringLiteral("a"), QStringLiteral("b") });
    CHECK_FALSE(nothing);
    f.locationIds = { QStringLiteral("b"), QStringLiteral("c") };
    CHECK(withinPermitted(f, QStringList { QStringLiteral("a"), QStringLiteral("b") }, nothing).locationIds
        == QStringList { QStringLiteral("b") });
    CHECK_FALSE(nothing);
    f.locationIds = { QStringLiteral("c") };
    withinPermitted(f, QStringList { QStringLiteral("a") }, nothing);
    CHECK(nothing);
    withinPermitted({}, QStringList {}, nothing);
    CHECK(nothing);

    TransactionFilter raw;
    raw.text = QStringLiteral("R1");
    raw.minAmountMinor = 5;
    raw.processors = { QStringLiteral("CCV") };
    raw.periodId = QStringLiteral("p");
    raw.hours = { 9 };
    TransactionFilter part;
    part.hours = { 9 };
    CHECK(dashboardPart(raw) == part);
}

namespace {

Transaction tx(const QString& id, QDate day, int hour, int terminal, qint64 cents, PaymentMethod method,
    TransactionStatus status = TransactionStatus::Success, StatusOrigin origin = StatusOrigin::Automatic)
{
    Transaction t;
    t.id = id;
    t.businessDay = day;
    // Brussels is UTC+1 in winter: the local hour is one more than UTC's.
    t.createdAt = QDateTime(day, QTime(hour - 1, 15), Qt::UTC);
    t.amount = Money::eur(cents);
    t.type = cents < 0 ? TransactionType::Refund : TransactionType::Sale;
    t.terminalId = kTerminals[terminal];
    t.locationId = kLocations[terminal / 2];
    t.method = method;
    t.status = status;
    t.statusOrigin = origin;
    t.version = 1;
    return t;
}

} // namespace

TEST_CASE("DashboardQuery: the figures of a few known transactions")
{
    TempCache c;
    addSites(*c);
    // Monday 2 to Sunday 15 February 2026, and a year earlier.
    const QDate mon(2026, 2, 2);
    using M = PaymentMethod;
    using S = TransactionStatus;
    const std::vector<Transaction> rows {
        tx(QStringLiteral("a"), mon, 9, 0, 1000, M::Bancontact), tx(QStringLiteral("b"), mon, 9, 1, 2550, M::Visa),
        tx(QStringLiteral("c"), mon, 14, 2, 400, M::Bancontact),
        tx(QStringLiteral("d"), mon.addDays(1), 10, 0, -300, M::Bancontact), // a refund
        tx(QStringLiteral("e"), mon.addDays(1), 10, 3, 1200, M::Visa, S::Failed),
        tx(QStringLiteral("f"), mon.addDays(5), 16, 2, 5000, M::Mastercard, S::Chargeback),
        tx(QStringLiteral("g"), mon.addDays(7), 11, 3, 750, M::Payconiq, S::Success, StatusOrigin::Manual),
        tx(QStringLiteral("h"), mon.addDays(8), 11, 0, 990, M::Bancontact, S::Declined),
        tx(QStringLiteral("i"), mon.addDays(8), 12, 1, 660, M::Visa, S::Refunded),
        tx(QStringLiteral("ly"), mon.addDays(7 - 364), 9, 0, 4321, M::Bancontact), // 52 weeks before Monday 9th
    };
    TransactionRepository(*c).upsert(rows);

    DashboardRequest r;
    r.filter.from = mon;
    r.filter.to = mon.addDays(13);
    r.granularity = Granularity::Day;
    r.today = mon.addDays(8); // Tuesday 10 February
    const DashboardFigures f = DashboardQuery(*c).compute(r);

    CHECK(f.range == DateRange { mon, mon.addDays(13) });
    CHECK(f.total.count == 9);
    CHECK(f.total.salesCount == 4);
    CHECK(f.total.salesMinor == 1000 + 2550 + 400 + 750);
    CHECK(f.total.refundCount == 1);
    CHECK(f.total.refundsMinor == -300);
    CHECK(f.total.turnoverMinor() == 4400);
    CHECK(f.total.chargebackCount == 1);
    CHECK(f.total.chargebackMinor == 5000);
    CHECK(f.total.refundedCount == 1);
    CHECK(f.total.refundedMinor == 660);
    CHECK(f.total.averageTicketMinor() == 1175); // 4700 / 4

    // Every day of the range, empty ones too.
    REQUIRE(f.series.size() == 14);
    CHECK(f.series[0].start == mon);
    CHECK(f.series[0].totals.turnoverMinor() == 3950);
    CHECK(f.series[0].totals.count == 3);
    CHECK(f.series[1].totals.turnoverMinor() == -300);
    CHECK(f.series[1].totals.count == 2);
    CHECK(f.series[1].totals.unsuccessfulCount() == 1);
    CHECK(f.series[2].totals == DashboardTotals {});
    CHECK(f.series[5].totals.chargebackMinor == 5000);
    CHECK(f.series[8].totals.refundedCount == 1);

    // By week: Monday 2 and Monday 9, and by month: February only, clipped to the range.
    r.granularity = Granularity::Week;
    DashboardFigures weeks = DashboardQuery(*c).compute(r);
    REQUIRE(weeks.series.size() == 2);
    CHECK(weeks.series[0].days == DateRange { mon, mon.addDays(6) });
    CHECK(weeks.series[0].totals.turnoverMinor() == 3650);
    CHECK(weeks.series[1].totals.turnoverMinor() == 750);
    r.granularity = Granularity::Month;
    DashboardFigures months = DashboardQuery(*c).compute(r);
    REQUIRE(months.series.size() == 1);
    CHECK(months.series[0].start == QDate(2026, 2, 1));
    CHECK(months.series[0].days == DateRange { mon, mon.addDays(13) });
    CHECK(months.series[0].totals == f.total);

    // Methods by turnover: Visa 2550, Bancontact 1100, Payconiq 750, then Mastercard (a
    // chargeback only, no turnover).
    REQUIRE(f.methods.size() == 4);
    CHECK(f.methods[0].method == M::Visa);
    CHECK(f.methods[0].totals.turnoverMinor() == 2550);
    CHECK(f.methods[0].totals.count == 3);
    CHECK(f.methods[1].method == M::Bancontact);
    CHECK(f.methods[1].totals.turnoverMinor() == 1100);
    CHECK(f.methods[2].method == M::Payconiq);
    CHECK(f.methods[3].method == M::Mastercard);

    // Locations: loc-1 (terminals 0, 1) 1000 + 2550 - 300, loc-2 400 + 750.
    REQUIRE(f.locations.size() == 2);
    CHECK(f.locations[0].locationId == kLocations[0]);
    CHECK(f.locations[0].totals.turnoverMinor() == 3250);
    CHECK(f.locations[1].totals.turnoverMinor() == 1150);
    CHECK(f.locationNames.value(kLocations[1]) == QStringLiteral("Boulangerie Namur"));

    // Hours on the Brussels clock.
    CHECK(f.hours[9].turnoverMinor() == 3550);
    CHECK(f.hours[9].salesCount == 2);
    CHECK(f.hours[10].count == 2);
    CHECK(f.hours[10].turnoverMinor() == -300);
    CHECK(f.hours[14].turnoverMinor() == 400);
    CHECK(f.hours[8] == DashboardTotals {});

    // Weekdays: Mondays 3950 + 750, Tuesdays -300 (and 990, 660 unsuccessful).
    CHECK(f.weekdays[0].turnoverMinor() == 4700);
    CHECK(f.weekdays[1].turnoverMinor() == -300);
    CHECK(f.weekdays[1].count == 4);
    CHECK(f.weekdays[5].chargebackCount == 1);
    CHECK(f.weekdayDays == std::array<int, 7> { 2, 2, 2, 2, 2, 2, 2 });

    // Statuses, in enum order, set by hand apart.
    using Row = DashboardFigures::StatusRow;
    CHECK(f.statuses
        == QList<Row> { { S::Success, StatusOrigin::Automatic, 4, 1000 + 2550 + 400 - 300 },
            { S::Success, StatusOrigin::Manual, 1, 750 }, { S::Failed, StatusOrigin::Automatic, 1, 1200 },
            { S::Declined, StatusOrigin::Automatic, 1, 990 }, { S::Refunded, StatusOrigin::Automatic, 1, 660 },
            { S::Chargeback, StatusOrigin::Automatic, 1, 5000 } });

    // KPIs on Tuesday 10 February: today (no turnover: a decline and a refunded payment),
    // this week (Monday 9 and Tuesday 10) against 2-3 February and 52 weeks before.
    REQUIRE(f.kpis.size() == 3);
    CHECK(f.kpis[0].period == KpiPeriod::Today);
    CHECK(f.kpis[0].current.count == 2);
    CHECK(f.kpis[0].current.turnoverMinor() == 0);
    CHECK(f.kpis[0].previous.turnoverMinor() == 750);
    CHECK(f.kpis[1].current.turnoverMinor() == 750);
    CHECK(f.kpis[1].previous.turnoverMinor() == 3650);
    CHECK(f.kpis[1].lastYear.turnoverMinor() == 4321);
    CHECK(f.kpis[1].lastYear.salesCount == 1);
    CHECK(f.kpis[0].lastYear == DashboardTotals {});
    CHECK(f.kpis[2].current.turnoverMinor() == 4400); // 1-10 February
    CHECK(f.kpis[2].previous == DashboardTotals {}); // 1-10 January
    CHECK(f.kpis[2].lastYear.turnoverMinor() == 4321); // 1-10 February 2025
    CHECK(f.kpis[2].current.averageTicketMinor() == 1175);

    // At 10:xx today's KPI compares up to 10:59: Monday 9th had nothing before 11:00.
    // Today itself is all of it: nothing can be later than now (and the hour may come from
    // another clock than the shop's).
    r.nowHour = 10;
    const DashboardFigures morning = DashboardQuery(*c).compute(r);
    CHECK(morning.kpis[0].untilHour == 10);
    CHECK(morning.kpis[0].previous == DashboardTotals {});
    CHECK(morning.kpis[0].current == f.kpis[0].current);
    r.nowHour = 11;
    CHECK(DashboardQuery(*c).compute(r).kpis[0].previous.turnoverMinor() == 750);
    r.nowHour.reset();

    // The KPIs follow the filter except for its dates; the figures follow all of it.
    r.filter.methods = { M::Visa };
    r.granularity = Granularity::Day;
    const DashboardFigures visa = DashboardQuery(*c).compute(r);
    CHECK(visa.total.turnoverMinor() == 2550);
    CHECK(visa.kpis[2].current.turnoverMinor() == 2550);
    CHECK(visa.kpis[1].lastYear == DashboardTotals {});

    // Only permitted locations count, anywhere.
    r.filter = {};
    r.permittedLocations = QStringList { kLocations[1] };
    const DashboardFigures loc2 = DashboardQuery(*c).compute(r);
    CHECK(loc2.filter.locationIds == QStringList { kLocations[1] });
    CHECK(loc2.total.turnoverMinor() == 1150);
    REQUIRE(loc2.locations.size() == 1);
    CHECK(loc2.kpis[1].lastYear == DashboardTotals {});
    // An open range is closed by the data: loc-2 traded from 2 to 9 February.
    CHECK(loc2.range == DateRange { mon, mon.addDays(7) });
    r.permittedLocations = QStringList {};
    const DashboardFigures none = DashboardQuery(*c).compute(r);
    CHECK(none.nothingPermitted);
    CHECK(none.total == DashboardTotals {});
    CHECK(none.kpis.isEmpty());
}

namespace {

// Brute force: the raw rows matching `f` (toSql, the Transactions page's own path), grouped
// by `group` (an SQL expression) and then by status and sign, summed into totals here.
std::map<qint64, DashboardTotals> bruteForce(CacheDatabase& c, const TransactionFilter& f, const QString& group)
{
    const SqlCondition cond = toSql(f);
    QSqlQuery q(c.db());
    REQUIRE(q.prepare(
        QStringLiteral("SELECT %1, status, amount_minor < 0, COUNT(*), SUM(amount_minor) FROM transactions %2 "
                       "GROUP BY 1, 2, 3")
            .arg(group, cond.where)));
    for (const QVariant& v : cond.binds)
        q.addBindValue(v);
    REQUIRE(q.exec());
    std::map<qint64, DashboardTotals> out;
    while (q.next()) {
        DashboardTotals& t = out[q.value(0).toLongLong()];
        const auto status = TransactionStatus(q.value(1).toInt());
        const bool negative = q.value(2).toBool();
        const qint64 n = q.value(3).toLongLong(), sum = q.value(4).toLongLong();
        t.count += n;
        if (status == TransactionStatus::Success)
            (negative ? t.refundCount : t.salesCount) += n, (negative ? t.refundsMinor : t.salesMinor) += sum;
        if (status == TransactionStatus::Chargeback)
            t.chargebackCount += n, t.chargebackMinor += sum;
        if (status == TransactionStatus::Refunded)
            t.refundedCount += n, t.refundedMinor += sum;
    }
    return out;
}

DashboardTotals bruteTotal(CacheDatabase& c, const TransactionFilter& f)
{
    const auto groups = bruteForce(c, f, QStringLiteral("0"));
    return groups.empty() ? DashboardTotals {} : groups.begin()->second;
}

template <typename T> QList<T> someOf(std::mt19937_64& rng, const QList<T>& all, int max)
{
    QList<T> out;
    const int n = std::uniform_int_distribution<int>(1, max)(rng);
    for (int i = 0; i < n; ++i) {
        const T& v = all[std::uniform_int_distribution<qsizetype>(0, all.size() - 1)(rng)];
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

} // namespace

TEST_CASE("DashboardQuery: every figure equals a brute-force aggregation over the raw rows, for random filters")
{
    TempCache c;
    addSites(*c);
    Location kolkata = *LocationRepository(*c).get(kLocations[1]);
    kolkata.timeZone = QStringLiteral("Asia/Kolkata");
    LocationRepository(*c).upsert(kolkata);
    // March-April 2026, and a third of it 52 weeks earlier so that last year's KPIs have data;
    // then a round of updates (new statuses, amounts, hours), as a sync brings them.
    TransactionRepository repo(*c);
    std::mt19937_64 rng(6006);
    std::vector<Transaction> rows;
    for (int i = 0; i < 4000; ++i) {
        Transaction t = randomTransaction(rng, i);
        if (i % 3 == 0) {
            t.businessDay = t.businessDay.addDays(-364);
            t.createdAt = t.createdAt.addDays(-364);
        }
        rows.push_back(t);
    }
    repo.upsert(rows);
    for (int i = 0; i < 600; ++i) {
        Transaction t = rows[std::size_t(std::uniform_int_distribution<int>(0, 3999)(rng))];
        t.version = 5 + i;
        t.status = kAllStatuses[std::uniform_int_distribution<int>(0, 7)(rng)];
        t.statusOrigin
            = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? StatusOrigin::Manual : StatusOrigin::Automatic;
        t.createdAt = t.createdAt.addSecs(std::uniform_int_distribution<int>(-7200, 7200)(rng));
        if (std::uniform_int_distribution<int>(0, 4)(rng) == 0)
            t.amount = Money::eur(-t.amount.minor());
        repo.upsert(t);
    }

    const QList<QString> locations { kLocations[0], kLocations[1] };
    const QList<QString> terminals { kTerminals[0], kTerminals[1], kTerminals[2], kTerminals[3] };
    const QList<TransactionStatus> statuses(std::begin(kAllStatuses), std::end(kAllStatuses));
    const QList<PaymentMethod> methods(std::begin(kAllMethods), std::end(kAllMethods));
    const auto coin = [&](int oneIn) { return std::uniform_int_distribution<int>(1, oneIn)(rng) == 1; };
    int withData = 0;
    for (int round = 0; round < 150; ++round) {
        DashboardRequest r;
        TransactionFilter& f = r.filter;
        if (coin(3)) {
            f.from = QDate(2025, 2, 20).addDays(std::uniform_int_distribution<int>(0, 450)(rng));
            f.to = f.from.addDays(std::uniform_int_distribution<int>(0, 120)(rng));
        } else if (coin(2)) {
            f.from = QDate(2026, 3, 1).addDays(std::uniform_int_distribution<int>(0, 60)(rng)); // open end
        }
        if (coin(3))
            f.locationIds = someOf(rng, locations, 1);
        if (coin(3))
            f.terminalIds = someOf(rng, terminals, 2);
        if (coin(3))
            f.statuses = someOf(rng, statuses, 3);
        if (coin(3))
            f.methods = someOf(rng, methods, 4);
        if (coin(5))
            f.origins = { coin(2) ? StatusOrigin::Manual : StatusOrigin::Automatic };
        if (coin(5))
            f.hours = someOf(rng, QList<int> { 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 3 }, 4);
        if (coin(5))
            f.weekdays = someOf(rng, QList<int> { 1, 2, 3, 4, 5, 6, 7 }, 3);
        if (coin(6))
            r.permittedLocations = someOf(rng, locations, 1);
        r.granularity = Granularity(std::uniform_int_distribution<int>(0, 2)(rng));
        r.today = QDate(2026, 3, 1).addDays(std::uniform_int_distribution<int>(0, 62)(rng));
        if (coin(2))
            r.nowHour = std::uniform_int_distribution<int>(0, 23)(rng);
        INFO("round " << round);

        const DashboardFigures got = DashboardQuery(*c).compute(r);
        bool nothing = false;
        const TransactionFilter effective = withinPermitted(r.filter, r.permittedLocations, nothing);
        REQUIRE(got.filter == effective);
        REQUIRE(got.nothingPermitted == nothing);
        if (nothing) {
            CHECK(got.total == DashboardTotals {});
            continue;
        }

        const DashboardTotals total = bruteTotal(*c, effective);
        REQUIRE(got.total == total);
        withData += total.count > 0 ? 1 : 0;

        // The series: every period of the range, each the sum of its days.
        const auto byDay = bruteForce(*c, effective, QStringLiteral("business_day"));
        DateRange range { effective.from, effective.to };
        if (!range.from.isValid())
            range.from = byDay.empty() ? range.to : QDate::fromJulianDay(byDay.begin()->first);
        if (!range.to.isValid())
            range.to = byDay.empty() ? range.from : QDate::fromJulianDay(byDay.rbegin()->first);
        if (!range.from.isValid())
            range = { r.today, r.today };
        REQUIRE(got.range == range);
        REQUIRE(got.series.size() == periodCount(range.from, range.to, r.granularity));
        DashboardTotals seriesSum;
        for (qsizetype i = 0; i < got.series.size(); ++i) {
            const DashboardFigures::Period& p = got.series[i];
            REQUIRE(p.days.from == (i == 0 ? range.from : got.series[i - 1].days.to.addDays(1)));
            REQUIRE(periodStart(p.days.from, r.granularity) == p.start);
            REQUIRE(periodStart(p.days.to, r.granularity) == p.start);
            DashboardTotals want;
            for (const auto& [day, t] : byDay)
                if (day >= p.days.from.toJulianDay() && day <= p.days.to.toJulianDay())
                    want += t;
            REQUIRE(p.totals == want);
            seriesSum += p.totals;
        }
        REQUIRE(got.series.constLast().days.to == range.to);
        REQUIRE(seriesSum == total);

        // Methods, locations, hours, weekdays.
        const auto byMethod = bruteForce(*c, effective, QStringLiteral("method"));
        REQUIRE(got.methods.size() == qsizetype(byMethod.size()));
        for (const auto& m : got.methods)
            REQUIRE(m.totals == byMethod.at(qint64(m.method)));
        for (qsizetype i = 1; i < got.methods.size(); ++i)
            REQUIRE(got.methods[i - 1].totals.turnoverMinor() >= got.methods[i].totals.turnoverMinor());
        const auto byLocation
            = bruteForce(*c, effective, QStringLiteral("CASE location_id WHEN 'loc-1' THEN 1 ELSE 2 END"));
        REQUIRE(got.locations.size() == qsizetype(byLocation.size()));
        for (const auto& l : got.locations)
            REQUIRE(l.totals == byLocation.at(l.locationId == kLocations[0] ? 1 : 2));
        const auto byHour = bruteForce(*c, effective, QStringLiteral("local_hour"));
        for (int h = 0; h < 24; ++h)
            REQUIRE(got.hours[std::size_t(h)] == (byHour.count(h) ? byHour.at(h) : DashboardTotals {}));
        const auto byWeekday = bruteForce(*c, effective, QStringLiteral("business_day % 7"));
        for (int w = 0; w < 7; ++w)
            REQUIRE(got.weekdays[std::size_t(w)] == (byWeekday.count(w) ? byWeekday.at(w) : DashboardTotals {}));

        // Statuses, by origin.
        {
            const SqlCondition cond = toSql(effective);
            QSqlQuery q((*c).db());
            REQUIRE(
                q.prepare(QStringLiteral("SELECT status, status_origin, COUNT(*), SUM(amount_minor) FROM transactions "
                                         "%1 GROUP BY 1, 2 ORDER BY 1, 2")
                              .arg(cond.where)));
            for (const QVariant& v : cond.binds)
                q.addBindValue(v);
            REQUIRE(q.exec());
            QList<DashboardFigures::StatusRow> want;
            while (q.next())
                want.append({ TransactionStatus(q.value(0).toInt()), StatusOrigin(q.value(1).toInt()),
                    q.value(2).toLongLong(), q.value(3).toLongLong() });
            REQUIRE(got.statuses == want);
        }

        // The KPIs: the filter without its dates, over each comparison range.
        REQUIRE(got.kpis.size() == 3);
        for (const DashboardFigures::Kpi& k : got.kpis) {
            REQUIRE(k.ranges.current == kpiRanges(k.period, r.today).current);
            TransactionFilter kf = effective;
            const TransactionFilter whole = effective;
            // Today so far: the same hours of the earlier days.
            const bool sameHours = k.period == KpiPeriod::Today && r.nowHour && *r.nowHour < 23;
            REQUIRE(k.untilHour == (sameHours ? r.nowHour : std::nullopt));
            if (sameHours) {
                QList<int> hours;
                for (int h = 0; h <= *r.nowHour; ++h)
                    if (kf.hours.isEmpty() || kf.hours.contains(h))
                        hours.append(h);
                kf.hours = hours.isEmpty() ? QList<int> { -1 } : hours;
            }
            const auto within = [&](const DateRange& d) {
                kf.from = d.from;
                kf.to = d.to;
                return bruteTotal(*c, kf);
            };
            TransactionFilter today = whole;
            today.from = k.ranges.current.from;
            today.to = k.ranges.current.to;
            REQUIRE(k.current == bruteTotal(*c, today));
            REQUIRE(k.previous == within(k.ranges.previous));
            REQUIRE(k.lastYear == within(k.ranges.lastYear));
        }
    }
    CHECK(withData > 100); // the filters were not all empty
}
