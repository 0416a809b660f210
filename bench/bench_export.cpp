// Export benchmarks (issue 7). Targets on the 2-core reference machine: exporting 1,000,000
// transactions to xlsx within 1.3 × the time of a bare libxlsxwriter program writing the same
// cells in the same run, with peak memory at most 100 MB; one day-close PDF within 100 ms.
//
//   BM_StreamOnly   reading alone: TransactionStream over every row.
//   BM_ExportXlsx   TransactionExport::run() over the whole cache (1,000,290 transactions,
//                   10 locations, 24 terminals, a year): the stream from SQLite, names, time
//                   zones, the summaries, libxlsxwriter in constant-memory mode, the zip, the
//                   rename. Peak memory: this process's VmHWM, reset before the iteration
//                   through /proc/self/clear_refs (nothing else is held in memory then).
//   BM_BareXlsx     the same cells (values, formats, sheet limits) written by libxlsxwriter
//                   alone from an in-memory table prepared outside the timing — what the
//                   export costs over libxlsxwriter itself is the ratio export_over_bare.
//   BM_CliExportXlsx `comptoir-cli export` of the same cache as a child process, end to end;
//                   its peak memory is the child's VmHWM sampled every 10 ms.
//   BM_ExportCsv    the same export to CSV.
//   BM_DayClosePdf  one day-close PDF of the busiest period of the cache: loading it from the
//                   cache (loadDayClose) and rendering (DayCloseReport::render).
//
// The cache is built once under build-bench/bench-data/ (COMPTOIR_BENCH_DATA overrides) and
// reused; the files written go to a temporary folder on the same disk.
#include "reports/daycloseloader.h"
#include "reports/dayclosereport.h"
#include "reports/reportlanguage.h"
#include "reports/transactionexport.h"
#include "server/democache.h"
#include "server/demogenerator.h"
#include "store/accountrepository.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/sql.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"
#include "store/transactionstream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace comptoir;

namespace {

[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_export: %s\n", qPrintable(why));
    std::exit(1);
}

DemoOptions benchData()
{
    DemoOptions o;
    o.seed = 42;
    o.country = QStringLiteral("BE");
    o.locations = 10;
    o.terminals = 24;
    o.days = 365;
    o.transactionsPerDay = 1'000'000 / 365 + 1;
    o.endDate = QDate(2026, 10, 31);
    o.now = QDateTime(QDate(2026, 10, 31), QTime(21, 0), Qt::UTC);
    return o;
}

QString dataDir()
{
    return qEnvironmentVariableIsEmpty("COMPTOIR_BENCH_DATA") ? QStringLiteral(COMPTOIR_BENCH_DATA_DIR)
                                                              : qEnvironmentVariable("COMPTOIR_BENCH_DATA");
}

// The cache with a million transactions, built once.
const QString& cachePath()
{
    static const QString path = [] {
        const DemoOptions o = benchData();
        QDir().mkpath(dataDir());
        const QString file = QDir(dataDir()).filePath(QStringLiteral("export-cache-v%1-seed%2-%3x%4x%5x%6.sqlite")
                                                          .arg(DemoGenerator::kDataVersion)
                                                          .arg(o.seed)
                                                          .arg(o.locations)
                                                          .arg(o.terminals)
                                                          .arg(o.days)
                                                          .arg(o.transactionsPerDay));
        if (!QFile::exists(file)) {
            std::fprintf(stderr, "bench_export: writing the cache %s (once)\n", qPrintable(file));
            const QString partial = file + QStringLiteral(".partial");
            QFile::remove(partial);
            {
                auto r = CacheDatabase::open(partial);
                if (!r)
                    die(r.message);
                fillDemoCache(*r.database, DemoGenerator(o));
                QSqlQuery(r.database->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            if (!QFile::rename(partial, file))
                die(QStringLiteral("cannot move the cache to %1").arg(file));
        }
        // In the page cache, so that no benchmark times a cold virtual disk.
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            while (!f.read(1 << 20).isEmpty()) { }
        return file;
    }();
    return path;
}

QTemporaryDir& outDir()
{
    static QTemporaryDir d(QDir(dataDir()).filePath(QStringLiteral("export-out-XXXXXX")));
    return d;
}

// Peak resident memory since the last reset, in bytes (VmHWM).
qint64 peakRss(const QString& status = QStringLiteral("/proc/self/status"))
{
    QFile f(status);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double g_exportSeconds = 0; // the last BM_ExportXlsx iteration, for the ratio

void BM_ExportXlsx(benchmark::State& state)
{
    auto opened = CacheDatabase::open(cachePath());
    if (!opened)
        die(opened.message);
    const QString path = outDir().filePath(QStringLiteral("export.xlsx"));
    qint64 rows = 0, peak = 0;
    for (auto _ : state) {
        QFile::remove(path);
        resetPeakRss();
        ExportRequest req;
        req.language = Language::En;
        req.outputPath = path;
        QElapsedTimer t;
        t.start();
        const ExportResult r = TransactionExport::run(*opened.database, req);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        peak = peakRss();
        if (!r.ok())
            state.SkipWithError(qPrintable(r.message));
        rows = r.transactions;
        g_exportSeconds = seconds;
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"]
        = benchmark::Counter(double(rows) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MB"] = double(peak) / (1024.0 * 1024.0);
    state.counters["file_MB"] = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

// ---------------------------------------------------------------------------------------
// The bare program: the same cells from memory.

struct BareTable {
    std::vector<std::string> strings; // interned texts (names), index 0 is ""
    std::string arena; // unique texts, '\0'-terminated
    struct Row {
        double when;
        double setAt; // NaN: none
        double amount;
        int period;
        std::uint16_t location, terminal, type, method, issuer, status, origin, setBy, processor, currency;
        std::uint32_t card, auth, reference, id; // offsets into the arena
    };
    std::vector<Row> rows;
    std::vector<QByteArray> headers;
};

// Prepared once, outside the timings, from the same cache: every cell value the export
// writes, already resolved (names in English, local times as Excel serials).
const BareTable& bareTable()
{
    static const BareTable table = [] {
        BareTable b;
        auto opened = CacheDatabase::open(cachePath());
        if (!opened)
            die(opened.message);
        CacheDatabase& cache = *opened.database;
        QHash<QByteArray, std::uint16_t> interned;
        b.strings.emplace_back();
        const auto intern = [&](const QByteArray& s) -> std::uint16_t {
            if (s.isEmpty())
                return 0;
            auto it = interned.constFind(s);
            if (it == interned.cend()) {
                it = interned.insert(s, std::uint16_t(b.strings.size()));
                b.strings.emplace_back(s.constData(), std::size_t(s.size()));
            }
            return *it;
        };
        const auto unique = [&](const QByteArray& s) {
            const auto at = std::uint32_t(b.arena.size());
            b.arena.append(s.constData(), std::size_t(s.size()));
            b.arena.push_back('\0');
            return at;
        };
        const ReportLanguage en(Language::En);
        QHash<QByteArray, QPair<QByteArray, QTimeZone>> locations;
        for (const Location& l : LocationRepository(cache).all())
            locations.insert(l.id.toUtf8(), { l.name.toUtf8(), QTimeZone(l.timeZone.toUtf8()) });
        QHash<QByteArray, QByteArray> terminals;
        for (const Terminal& t : TerminalRepository(cache).all())
            terminals.insert(t.id.toUtf8(), t.name.toUtf8());
        QHash<QByteArray, int> periods;
        {
            QSqlQuery q = sql::exec(cache.db(), QStringLiteral("SELECT id, sequence FROM periods"));
            while (q.next())
                periods.insert(q.value(0).toString().toUtf8(), q.value(1).toInt());
        }
        const auto serial = [](const QDateTime& local) {
            const QDateTime wall(local.date(), local.time(), Qt::UTC);
            return double(wall.toSecsSinceEpoch()) / 86400.0 + 25569.0;
        };
        b.rows.reserve(1'100'000);
        b.arena.reserve(60'000'000);
        TransactionStream s(cache, {});
        while (s.next()) {
            const StoredTransaction& t = s.row();
            const auto& [name, zone] = locations.value(t.locationId);
            BareTable::Row r {};
            r.when = serial(QDateTime::fromMSecsSinceEpoch(t.createdAtMsecs, Qt::UTC).toTimeZone(zone));
            r.setAt = t.manualAtMsecs
                ? serial(QDateTime::fromMSecsSinceEpoch(t.manualAtMsecs, Qt::UTC).toTimeZone(zone))
                : NAN;
            r.amount = double(t.amountMinor) / 100.0;
            r.period = periods.value(t.periodId);
            r.location = intern(name);
            r.terminal = intern(terminals.value(t.terminalId));
            r.type = intern(en.name(TransactionType(t.type)).toUtf8());
            r.method = intern(en.name(PaymentMethod(t.method)).toUtf8());
            r.issuer = intern(t.issuer);
            r.status = intern(en.name(TransactionStatus(t.status)).toUtf8());
            r.origin = intern(en.name(StatusOrigin(t.origin)).toUtf8());
            r.setBy = intern(t.manualBy);
            r.processor = intern(t.processor);
            r.currency = intern(t.currency);
            r.card = unique(t.maskedCardNumber);
            r.auth = unique(t.authorisationCode);
            r.reference = unique(t.reference);
            r.id = unique(t.id);
            b.rows.push_back(r);
        }
        for (const char* h : { "Date and time (local time of each location)", "Location", "Terminal", "Period", "Type",
                 "Payment method", "Issuer", "Status", "Status set", "Set by", "Set at", "Amount", "Currency",
                 "Card number", "Authorisation code", "Reference", "Processor", "Transaction ID" })
            b.headers.emplace_back(h);
        return b;
    }();
    return table;
}

void BM_BareXlsx(benchmark::State& state)
{
    const BareTable& b = bareTable();
    const QByteArray path = QFile::encodeName(outDir().filePath(QStringLiteral("bare.xlsx")));
    constexpr lxw_row_t kRowsPerSheet = 1048575;
    for (auto _ : state) {
        QFile::remove(QString::fromLocal8Bit(path));
        QElapsedTimer t;
        t.start();
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(path.constData(), &options);
        lxw_format* header = workbook_add_format(wb);
        format_set_bold(header);
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "dd/mm/yyyy hh:mm:ss");
        lxw_format* money = workbook_add_format(wb);
        format_set_num_format(money, "\"€\"#,##0.00;-\"€\"#,##0.00");
        lxw_format* integer = workbook_add_format(wb);
        format_set_num_format(integer, "0");
        lxw_worksheet* ws = nullptr;
        lxw_row_t row = 0;
        int sheet = 0;
        const auto text = [&](lxw_col_t col, std::uint16_t s) {
            if (s)
                worksheet_write_string(ws, row, col, b.strings[s].c_str(), nullptr);
        };
        const auto unique = [&](lxw_col_t col, std::uint32_t at) {
            if (b.arena[at])
                worksheet_write_string(ws, row, col, b.arena.data() + at, nullptr);
        };
        for (const BareTable::Row& r : b.rows) {
            if (!ws || row >= kRowsPerSheet) {
                ws = workbook_add_worksheet(
                    wb, sheet == 0 ? "Transactions" : ("Transactions " + std::to_string(sheet + 1)).c_str());
                ++sheet;
                worksheet_freeze_panes(ws, 1, 0);
                for (std::size_t c = 0; c < b.headers.size(); ++c)
                    worksheet_write_string(ws, 0, lxw_col_t(c), b.headers[c].constData(), header);
                row = 0;
            }
            ++row;
            worksheet_write_number(ws, row, 0, r.when, date);
            text(1, r.location);
            text(2, r.terminal);
            if (r.period)
                worksheet_write_number(ws, row, 3, r.period, integer);
            text(4, r.type);
            text(5, r.method);
            text(6, r.issuer);
            text(7, r.status);
            text(8, r.origin);
            text(9, r.setBy);
            if (!std::isnan(r.setAt))
                worksheet_write_number(ws, row, 10, r.setAt, date);
            worksheet_write_number(ws, row, 11, r.amount, money);
            text(12, r.currency);
            unique(13, r.card);
            unique(14, r.auth);
            unique(15, r.reference);
            text(16, r.processor);
            unique(17, r.id);
        }
        worksheet_autofilter(ws, 0, 0, row, 17);
        if (workbook_close(wb) != LXW_NO_ERROR)
            state.SkipWithError("workbook_close failed");
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        if (g_exportSeconds > 0)
            state.counters["export_over_bare"] = g_exportSeconds / seconds;
    }
    state.counters["rows"] = double(b.rows.size());
    state.counters["file_MB"] = double(QFileInfo(QString::fromLocal8Bit(path)).size()) / (1024.0 * 1024.0);
}

void BM_CliExportXlsx(benchmark::State& state)
{
    const QString path = outDir().filePath(QStringLiteral("cli.xlsx"));
    qint64 peak = 0;
    for (auto _ : state) {
        QFile::remove(path);
        QProcess p;
        p.setProgram(QStringLiteral(COMPTOIR_CLI_EXE));
        p.setArguments({ QStringLiteral("export"), QStringLiteral("--cache"), cachePath(), QStringLiteral("--from"),
            QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), path });
        QElapsedTimer t;
        t.start();
        p.start();
        if (!p.waitForStarted())
            die(QStringLiteral("comptoir-cli did not start"));
        const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
        peak = 0;
        // VmHWM only grows: the last sample before the child exits is its peak (within 10 ms).
        while (!p.waitForFinished(10))
            peak = std::max(peak, peakRss(status));
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        if (p.exitCode() != 0)
            state.SkipWithError(qPrintable(QString::fromUtf8(p.readAllStandardError())));
    }
    state.counters["peak_rss_MB"] = double(peak) / (1024.0 * 1024.0);
}

void BM_ExportCsv(benchmark::State& state)
{
    auto opened = CacheDatabase::open(cachePath());
    if (!opened)
        die(opened.message);
    const QString path = outDir().filePath(QStringLiteral("export.csv"));
    qint64 rows = 0, peak = 0;
    for (auto _ : state) {
        QFile::remove(path);
        resetPeakRss();
        ExportRequest req;
        req.format = ExportFormat::Csv;
        req.language = Language::Nl;
        req.outputPath = path;
        QElapsedTimer t;
        t.start();
        const ExportResult r = TransactionExport::run(*opened.database, req);
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        peak = peakRss();
        if (!r.ok())
            state.SkipWithError(qPrintable(r.message));
        rows = r.transactions;
    }
    state.counters["rows_per_s"]
        = benchmark::Counter(double(rows) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MB"] = double(peak) / (1024.0 * 1024.0);
}

void BM_DayClosePdf(benchmark::State& state)
{
    auto opened = CacheDatabase::open(cachePath());
    if (!opened)
        die(opened.message);
    CacheDatabase& cache = *opened.database;
    // The busiest closed period, and the one with most statuses set by hand.
    QSqlQuery q = sql::exec(cache.db(),
        QStringLiteral("SELECT period_id, COUNT(*) FROM transactions GROUP BY period_id "
                       "ORDER BY COUNT(*) DESC LIMIT 1"));
    if (!q.next())
        die(QStringLiteral("no periods"));
    const QString periodId = q.value(0).toString();
    const qint64 count = q.value(1).toLongLong();
    DayCloseReport::render(*loadDayClose(cache, periodId), Language::Nl); // fonts loaded once, as in a running app
    qint64 bytes = 0;
    for (auto _ : state) {
        const std::optional<DayCloseData> data = loadDayClose(cache, periodId);
        const QByteArray pdf = DayCloseReport::render(*data, Language::Nl);
        bytes = pdf.size();
        benchmark::DoNotOptimize(pdf.constData());
    }
    state.counters["transactions"] = double(count);
    state.counters["pdf_KiB"] = double(bytes) / 1024.0;
}

// Reading alone: the stream of every transaction from SQLite, nothing written.
void BM_StreamOnly(benchmark::State& state)
{
    auto opened = CacheDatabase::open(cachePath());
    if (!opened)
        die(opened.message);
    qint64 rows = 0;
    for (auto _ : state) {
        TransactionStream s(*opened.database, {});
        rows = 0;
        qint64 sum = 0;
        while (s.next()) {
            ++rows;
            sum += s.row().amountMinor;
        }
        benchmark::DoNotOptimize(sum);
    }
    state.counters["rows_per_s"]
        = benchmark::Counter(double(rows) * double(state.iterations()), benchmark::Counter::kIsRate);
}

// In this order: the in-process exports measure their peak memory before the bare
// program's table (about 100 MB) is built.
BENCHMARK(BM_StreamOnly)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExportXlsx)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportCsv)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DayClosePdf)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BareXlsx)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CliExportXlsx)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    // Day-close PDFs are drawn with QPainter: a GUI application without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    cachePath(); // built before any timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
