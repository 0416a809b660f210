// Cache benchmarks (issue 2): upsert 1,000,000 transactions with rollup maintenance, then
// aggregate one year by day × location from the rollup.
// Targets on the 2-core reference machine: >= 300,000 rows/s; year aggregation <= 20 ms.
#include "server/demogenerator.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/terminalrepository.h"
#include "store/rollup.h"
#include "store/scopedtransaction.h"
#include "store/transactionrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

using namespace comptoir;

namespace {

constexpr int kTransactions = 1'000'000;

DemoOptions options()
{
    DemoOptions o;
    o.seed = 42;
    o.country = QStringLiteral("BE");
    o.locations = 10;
    o.terminals = 24;
    o.days = 365;
    o.transactionsPerDay = kTransactions / 365 + 1;
    o.endDate = QDate(2026, 10, 31);
    return o;
}

// Generated once, outside the timings.
struct Data {
    std::unique_ptr<DemoGenerator> generator;
    std::vector<Transaction> transactions;
};

Data& data()
{
    static Data d = [] {
        Data x;
        x.generator = std::make_unique<DemoGenerator>(options());
        x.transactions.reserve(kTransactions + kTransactions / 10);
        x.generator->generate([&](const Transaction& t) { x.transactions.push_back(t); }, [](const Period&) {});
        if (x.transactions.size() > std::size_t(kTransactions))
            x.transactions.resize(kTransactions);
        return x;
    }();
    return d;
}

std::unique_ptr<CacheDatabase> newCache(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto r = CacheDatabase::open(path);
    if (!r)
        qFatal("%s", qPrintable(r.message));
    LocationRepository locations(*r.database);
    for (const Location& l : data().generator->locations())
        locations.upsert(l);
    TerminalRepository terminals(*r.database);
    for (const Terminal& t : data().generator->terminals())
        terminals.upsert(t);
    // For experiments only: statements to run first, separated by ';'.
    for (const QString& s : qEnvironmentVariable("BENCH_PRE_SQL").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QSqlQuery q(r.database->db());
        if (!q.exec(s))
            qFatal("%s", qPrintable(q.lastError().text()));
    }
    return std::move(r.database);
}

QTemporaryDir& tempDir()
{
    static QTemporaryDir d;
    return d;
}

// Upsert a million transactions in pages of 5,000 (as a sync applies them), each page in
// one database transaction, the rollup kept exact as it goes.
void BM_UpsertMillion(benchmark::State& state)
{
    const std::vector<Transaction>& all = data().transactions;
    const QString path = tempDir().filePath(QStringLiteral("upsert.sqlite"));
    for (auto _ : state) {
        state.PauseTiming();
        auto cache = newCache(path);
        TransactionRepository repo(*cache);
        state.ResumeTiming();
        constexpr std::size_t kPage = 5000;
        for (std::size_t i = 0; i < all.size(); i += kPage) {
            const std::size_t n = std::min(kPage, all.size() - i);
            repo.upsert(std::span<const Transaction>(all.data() + i, n));
        }
        state.PauseTiming();
        if (repo.count() != qint64(all.size()))
            state.SkipWithError("row count mismatch");
        cache.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = double(all.size());
    state.counters["rows_per_s"] = benchmark::Counter(double(all.size()) * double(state.iterations()),
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_UpsertMillion)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Re-applying the same million rows at a newer version: every row is an update that
// moves rollup counts.
void BM_UpdateMillion(benchmark::State& state)
{
    std::vector<Transaction> all = data().transactions;
    for (Transaction& t : all) {
        ++t.version;
        if (t.status == TransactionStatus::ManualIntervention)
            t.status = TransactionStatus::Success;
    }
    const QString path = tempDir().filePath(QStringLiteral("upsert.sqlite"));
    auto r = CacheDatabase::open(path);
    TransactionRepository repo(*r.database);
    for (auto _ : state) {
        constexpr std::size_t kPage = 5000;
        for (std::size_t i = 0; i < all.size(); i += kPage)
            repo.upsert(std::span<const Transaction>(all.data() + i, std::min(kPage, all.size() - i)));
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(all.size()) * double(state.iterations()),
                                                      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_UpdateMillion)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// One year by day × location from the rollup of the cache written above.
void BM_AggregateYearByDayLocation(benchmark::State& state)
{
    const QString path = tempDir().filePath(QStringLiteral("upsert.sqlite"));
    auto r = CacheDatabase::open(path);
    Rollup rollup(*r.database);
    TransactionFilter year;
    year.to = options().endDate;
    year.from = year.to.addDays(-364);
    std::size_t rows = 0;
    for (auto _ : state) {
        const QList<RollupRow> result = rollup.aggregate(year, Rollup::Day | Rollup::Location);
        rows = std::size_t(result.size());
        benchmark::DoNotOptimize(rows);
    }
    state.counters["result_rows"] = double(rows);
    state.counters["rollup_rows"] = double(rollup.rowCount());
}
BENCHMARK(BM_AggregateYearByDayLocation)->Unit(benchmark::kMillisecond)->UseRealTime();

// The totals strip for a year (from the rollup).
void BM_TotalsYear(benchmark::State& state)
{
    const QString path = tempDir().filePath(QStringLiteral("upsert.sqlite"));
    auto r = CacheDatabase::open(path);
    TransactionRepository repo(*r.database);
    TransactionFilter year;
    year.to = options().endDate;
    year.from = year.to.addDays(-364);
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.totals(year));
}
BENCHMARK(BM_TotalsYear)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    data(); // generate before any timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
