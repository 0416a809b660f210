// Transactions page benchmarks (issue 5) on a cache of 1,000,000 transactions (10 locations,
// 24 terminals, one year up to today): the first rows after opening the page, applying
// filters, the totals strip and scrolling (one fetchMore of the next page).
// Targets on the 2-core reference machine: first rows <= 150 ms, any filter <= 200 ms,
// totals <= 200 ms, no scroll step over 50 ms.
#include "gui/filterbar.h"
#include "gui/totalsstrip.h"
#include "gui/transactionspage.h"
#include "gui/transactiontablemodel.h"
#include "server/democache.h"
#include "store/cachedatabase.h"
#include "store/transactionrepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace comptoir;

namespace {

constexpr int kTransactions = 1'000'000;

// The cache is built once per day (its last day is today, so "Today" has rows) under
// build-bench/bench-data/ and reused afterwards.
CacheDatabase& cache()
{
    static std::unique_ptr<CacheDatabase> db = [] {
        const QString dir = QStringLiteral(COMPTOIR_BENCH_DATA_DIR);
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(
            QStringLiteral("transactions-1m-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
        const bool fresh = !QFile::exists(path);
        auto opened = CacheDatabase::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.message));
        if (fresh) {
            DemoOptions o;
            o.seed = 42;
            o.locations = 10;
            o.terminals = 24;
            o.days = 365;
            o.transactionsPerDay = kTransactions / 365 + 1;
            o.endDate = QDate::currentDate();
            o.now = QDateTime::currentDateTimeUtc();
            fillDemoCache(*opened.database, DemoGenerator(o));
        }
        return std::move(opened.database);
    }();
    return *db;
}

struct Page {
    Page()
    {
        QSettings().clear();
        page = std::make_unique<TransactionsPage>(cache());
        page->resize(1200, 800);
        page->show();
        QApplication::processEvents();
    }
    std::unique_ptr<TransactionsPage> page;
};

// Opening the page: constructing it and showing its first rows and totals.
void BM_OpenTransactionsPage(benchmark::State& state)
{
    const auto preset = static_cast<DatePreset>(state.range(0));
    cache();
    for (auto _ : state) {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("TransactionsPage/filters/preset"), static_cast<int>(preset));
        QElapsedTimer timer;
        timer.start();
        TransactionsPage page(cache());
        page.resize(1200, 800);
        page.show();
        QApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (page.model()->rowCount() == 0)
            state.SkipWithError("no rows shown");
        state.SetIterationTime(ms / 1000.0);
        state.counters["rows"] = page.model()->rowCount();
    }
}
BENCHMARK(BM_OpenTransactionsPage)
    ->Arg(int(DatePreset::Today))
    ->Arg(int(DatePreset::ThisMonth))
    ->Arg(int(DatePreset::All))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

// Filters a user applies, each from the page showing everything.
TransactionFilter filterNo(int n)
{
    TransactionFilter f;
    const QDate today = QDate::currentDate();
    switch (n) {
    case 0: // one location, all time
        f.locationIds = {QStringLiteral("loc-0003")};
        break;
    case 1: // failed and declined, this year
        f.from = QDate(today.year(), 1, 1);
        f.to = today;
        f.statuses = {TransactionStatus::Failed, TransactionStatus::Declined};
        break;
    case 2: // one terminal, one method, last month
        f.from = QDate(today.year(), today.month(), 1).addMonths(-1);
        f.to = QDate(today.year(), today.month(), 1).addDays(-1);
        f.terminalIds = {QStringLiteral("term-0005")};
        f.methods = {PaymentMethod::Visa};
        break;
    case 3: // the last four card digits, all time
        f.text = QStringLiteral("4242");
        break;
    case 4: // a reference, all time
        f.text = QStringLiteral("R12345");
        break;
    case 5: // amounts between 100 and 250 euros, set by hand, all time
        f.minAmountMinor = 10000;
        f.maxAmountMinor = 25000;
        f.origins = {StatusOrigin::Manual};
        break;
    case 6: // another processor, this year
        f.from = QDate(today.year(), 1, 1);
        f.to = today;
        f.processors = {QStringLiteral("Edenred")};
        break;
    default: // a custom week
        f.from = today.addDays(-40);
        f.to = today.addDays(-34);
        break;
    }
    return f;
}

void BM_ApplyFilter(benchmark::State& state)
{
    Page p;
    const TransactionFilter f = filterNo(int(state.range(0)));
    for (auto _ : state) {
        p.page->showFilter(TransactionFilter{}); // back to everything (not timed)
        QApplication::processEvents();
        while (p.page->totalsStrip()->isBusy())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QElapsedTimer timer;
        timer.start();
        p.page->showFilter(f);
        QApplication::processEvents();
        // Until the totals are shown too (those of raw rows come from a worker).
        while (p.page->totalsStrip()->isBusy())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["rows"] = p.page->model()->rowCount();
        state.counters["matching"] = double(p.page->totalsStrip()->totals().count);
    }
}
BENCHMARK(BM_ApplyFilter)->DenseRange(0, 7)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

// The totals strip alone, for the whole history and for a filter the rollup cannot answer.
void BM_Totals(benchmark::State& state)
{
    TransactionRepository repo(cache());
    TransactionFilter f;
    if (state.range(0) == 1)
        f.text = QStringLiteral("4242");
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.totals(f));
}
BENCHMARK(BM_Totals)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Scrolling: each fetchMore of the next page, 100 pages deep. The time is until the page's
// rows are in the list; "blocked" is how long the screen's thread was busy with it (in time
// order the page is read right there; in another order a worker reads it).
void BM_ScrollStep(benchmark::State& state)
{
    const auto key = static_cast<TransactionSort::Key>(state.range(0));
    Page p;
    p.page->showFilter(TransactionFilter{});
    TransactionTableModel* model = p.page->model();
    model->setSortOrder({key, true});
    const auto settle = [&] {
        while (model->isFetching())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    };
    settle();
    double slowest = 0, blockedMost = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        model->fetchMore(QModelIndex());
        QApplication::processEvents();
        blockedMost = std::max(blockedMost, double(timer.nsecsElapsed()) / 1e6);
        settle();
        const double s = double(timer.nsecsElapsed()) / 1e9;
        slowest = std::max(slowest, s);
        state.SetIterationTime(s);
    }
    state.counters["slowest_ms"] = slowest * 1000;
    state.counters["blocked_max_ms"] = blockedMost;
    state.counters["rows"] = model->rowCount();
}
BENCHMARK(BM_ScrollStep)
    ->Arg(int(TransactionSort::Key::Time))
    ->Arg(int(TransactionSort::Key::Amount))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(100);

// Sorting the whole history by another column: until the first page in the new order is
// shown (read on the worker).
void BM_SortWholeHistory(benchmark::State& state)
{
    Page p;
    p.page->showFilter(TransactionFilter{});
    TransactionTableModel* model = p.page->model();
    const auto key = static_cast<TransactionSort::Key>(state.range(0));
    for (auto _ : state) {
        model->setSortOrder({});
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        model->setSortOrder({key, false});
        model->fetchMore(QModelIndex());
        while (model->isFetching() || model->rowCount() == 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_SortWholeHistory)
    ->Arg(int(TransactionSort::Key::Amount))
    ->Arg(int(TransactionSort::Key::Location))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-bench"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
