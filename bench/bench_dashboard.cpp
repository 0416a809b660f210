// Dashboard benchmarks (issue 6): every figure the Dashboard page shows (DashboardQuery::
// compute: KPIs, the series, methods, locations, hours, weekdays, statuses, refunds and
// chargebacks) over 5,000,000 cached transactions at 50 locations, three years of history.
// Target on the 2-core reference machine: any refresh <= 100 ms.
//
// The cache is built once (about a minute: the demo generator and a full write with the
// rollups) into COMPTOIR_BENCH_DASHBOARD_DB, by default
// /tmp/comptoir-bench-dashboard-5m.sqlite, and reused by later runs; a cache of an older
// schema is upgraded on first open (the upgrade is timed and printed).
#include "server/democache.h"
#include "server/demogenerator.h"
#include "store/cachedatabase.h"
#include "store/dashboardquery.h"
#include "store/terminalrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace comptoir;

namespace {

const QDate kEnd(2026, 11, 30);

DemoOptions options()
{
    DemoOptions o;
    o.seed = 7;
    o.country = QStringLiteral("BE");
    o.locations = 50;
    o.terminals = 120;
    o.days = 1095;
    o.transactionsPerDay = 4566; // 5.0 million
    o.endDate = kEnd;
    return o;
}

QString databasePath()
{
    const QString env = qEnvironmentVariable("COMPTOIR_BENCH_DASHBOARD_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/comptoir-bench-dashboard-5m.sqlite") : env;
}

// Opens the benchmark cache, building it first when it is not there.
std::unique_ptr<CacheDatabase> openCache()
{
    const QString path = databasePath();
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "building %s (5 million transactions, once)...\n", qPrintable(path));
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        {
            auto r = CacheDatabase::open(partial);
            if (!r)
                qFatal("%s", qPrintable(r.message));
            fillDemoCache(*r.database, DemoGenerator(options()));
        }
        if (!QFile::rename(partial, path))
            qFatal("cannot move %s into place", qPrintable(partial));
    }
    QElapsedTimer timer;
    timer.start();
    auto r = CacheDatabase::open(path);
    if (!r)
        qFatal("%s", qPrintable(r.message));
    std::fprintf(
        stderr, "opened %s in %lld ms (schema %d)\n", qPrintable(path), timer.elapsed(), r.database->schemaVersion());
    return std::move(r.database);
}

CacheDatabase& cache()
{
    static std::unique_ptr<CacheDatabase> c = openCache();
    return *c;
}

void report(benchmark::State& state, const DashboardFigures& f)
{
    state.counters["transactions"] = double(f.total.count);
    state.counters["periods"] = double(f.series.size());
    state.counters["locations"] = double(f.locations.size());
}

void run(benchmark::State& state, const DashboardRequest& request)
{
    DashboardQuery query(cache());
    DashboardFigures f;
    for (auto _ : state) {
        f = query.compute(request);
        benchmark::DoNotOptimize(f.total.count);
    }
    report(state, f);
}

DashboardRequest request(QDate from, QDate to, Granularity g)
{
    DashboardRequest r;
    r.filter.from = from;
    r.filter.to = to;
    r.granularity = g;
    r.today = kEnd;
    r.nowHour = 15; // as the page asks during the day: today so far against the same hours
    return r;
}

// The widest question: the whole history (no dates), every location, by month.
void BM_AllHistoryByMonth(benchmark::State& state)
{
    run(state, request({}, {}, Granularity::Month));
}
BENCHMARK(BM_AllHistoryByMonth)->Unit(benchmark::kMillisecond)->UseRealTime();

// The whole history filtered to two terminals and three methods, successful only.
void BM_AllHistoryTerminalsMethods(benchmark::State& state)
{
    DashboardRequest r = request({}, {}, Granularity::Month);
    const QList<Terminal> terminals = TerminalRepository(cache()).all();
    r.filter.terminalIds = { terminals.at(0).id, terminals.at(7).id };
    r.filter.methods = { PaymentMethod::Bancontact, PaymentMethod::Visa, PaymentMethod::Mastercard };
    r.filter.statuses = { TransactionStatus::Success };
    run(state, r);
}
BENCHMARK(BM_AllHistoryTerminalsMethods)->Unit(benchmark::kMillisecond)->UseRealTime();

// The last two years by week (104 weeks, the most weeks the page shows).
void BM_TwoYearsByWeek(benchmark::State& state)
{
    run(state, request(kEnd.addDays(-727), kEnd, Granularity::Week));
}
BENCHMARK(BM_TwoYearsByWeek)->Unit(benchmark::kMillisecond)->UseRealTime();

// The last 92 days by day (the most days the page shows), at ten locations.
void BM_QuarterByDayTenLocations(benchmark::State& state)
{
    DashboardRequest r = request(kEnd.addDays(-91), kEnd, Granularity::Day);
    QSqlQuery q(cache().db());
    q.exec(QStringLiteral("SELECT id FROM locations ORDER BY id LIMIT 10"));
    while (q.next())
        r.filter.locationIds.append(q.value(0).toString());
    run(state, r);
}
BENCHMARK(BM_QuarterByDayTenLocations)->Unit(benchmark::kMillisecond)->UseRealTime();

// This month by day: what the page opens on.
void BM_ThisMonthByDay(benchmark::State& state)
{
    run(state, request(QDate(kEnd.year(), kEnd.month(), 1), kEnd, Granularity::Day));
}
BENCHMARK(BM_ThisMonthByDay)->Unit(benchmark::kMillisecond)->UseRealTime();

// A bar of the hour profile clicked: the whole history at 12:00-13:00 on Saturdays.
void BM_AllHistoryOneHourSaturdays(benchmark::State& state)
{
    DashboardRequest r = request({}, {}, Granularity::Month);
    r.filter.hours = { 12 };
    r.filter.weekdays = { 6 };
    run(state, r);
}
BENCHMARK(BM_AllHistoryOneHourSaturdays)->Unit(benchmark::kMillisecond)->UseRealTime();

// The widest question on a connection opened for it (cold page cache): what the page's
// first refresh costs, before its worker's connection is warm.
void BM_OpenAndAllHistory(benchmark::State& state)
{
    cache();
    const DashboardRequest r = request({}, {}, Granularity::Month);
    DashboardFigures f;
    for (auto _ : state) {
        CacheDatabase::Options o;
        o.readOnly = true;
        auto opened = CacheDatabase::open(databasePath(), o);
        if (!opened) {
            state.SkipWithError(qPrintable(opened.message));
            break;
        }
        f = DashboardQuery(*opened.database).compute(r);
    }
    report(state, f);
}
BENCHMARK(BM_OpenAndAllHistory)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    cache(); // build or upgrade before any timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
