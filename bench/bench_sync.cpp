// Sync benchmark (issue 4): a full sync of 1,000,000 transactions from a comptoir-portal on
// loopback into a fresh cache. Targets on the 2-core reference machine: within 15 s, and at
// most 300 MB peak resident memory on the syncing side.
//
// The portal is the real `comptoir-portal` executable, in its own process, as a merchant's
// portal would be; its data (10 locations, 24 terminals, one year, fixed seed and clock) is
// generated once into a data folder that later runs reopen. Set-up, not timed: seeding, the
// portal's WAL checkpointed into its database file, that file read once (page cache).
// Two benchmarks, each into a new cache file every iteration:
//   BM_SyncEngine  SyncEngine::run() in this process (reference data, the transaction feed,
//                  the period feed) with the default options; the session is signed in
//                  beforehand. Peak memory is this process's VmHWM, reset before each
//                  iteration through /proc/self/clear_refs, so the portal is never counted.
//   BM_CliSync     `comptoir-cli sync` as a child process, end to end as a user runs it:
//                  start-up, sign-in, sync, exit. Peak memory is the child's VmHWM, sampled
//                  every 10 ms (see runCli for why not wait4's ru_maxrss).
// Every iteration checks that the cache then holds as many transactions and periods as the
// generator produced. Counters: cpu_s (the syncing side's CPU time, all threads),
// portal_cpu_s, peak_rss_MB, rows_per_s (transactions per wall-clock second) and load_1m
// (the load average when the iteration started; the benchmark itself adds about 2).
//
// The portal's data folder is build-bench/bench-data/… (COMPTOIR_BENCH_DATA overrides the
// parent folder). The first run seeds it (about 10 s for 1,000,000 transactions).
#include "portal/portalclient.h"
#include "portal/syncengine.h"
#include "server/demogenerator.h"
#include "store/cachedatabase.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace comptoir;

namespace {

// One year for 10 locations and 24 terminals, just over 1,000,000 transactions. The clock is
// fixed so that the same folder always holds the same data.
DemoOptions benchData()
{
    DemoOptions o;
    o.seed = 42;
    o.country = QStringLiteral("BE");
    o.locations = 10;
    o.terminals = 24;
    o.days = 365;
    o.transactionsPerDay = 2742; // 1,000,290 transactions
    o.now = QDateTime(QDate(2026, 10, 31), QTime(20, 0), Qt::UTC);
    o.endDate = o.now.toTimeZone(QTimeZone("Europe/Brussels")).date(); // as comptoir-portal derives it
    return o;
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    std::exit(1);
}

// Peak resident memory of a process since the last reset, in bytes (VmHWM); -1 when gone.
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

// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0).
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// CPU time of this process so far (all threads, user + system).
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The machine is shared: record how busy it was when a run started.
double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

struct Expected {
    qint64 transactions = 0;
    qint64 periods = 0;
    QString adminEmail;
};

// What the portal holds, from the generator itself (counted, not stored).
const Expected& expected()
{
    static const Expected e = [] {
        Expected x;
        const DemoGenerator g(benchData());
        x.adminEmail = g.users().first().email;
        g.generate([&](const Transaction&) { ++x.transactions; }, [&](const Period&) { ++x.periods; });
        return x;
    }();
    return e;
}

// comptoir-portal in a child process, started once for all benchmarks.
class Portal {
public:
    static Portal& instance()
    {
        if (!s_instance)
            s_instance.reset(new Portal);
        return *s_instance;
    }
    static void shutdown() { s_instance.reset(); } // before the QCoreApplication goes
    QUrl url() const { return m_url; }
    double seedSeconds() const { return m_seedSeconds; } // 0 when the data folder was reused
    // CPU time the portal process has used so far (user + system).
    double cpuSeconds() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray stat = f.readAll();
        // Fields after the command name (which ends with the last ')'): utime is the 12th, stime the 13th.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    ~Portal() { stop(); }

private:
    Portal()
    {
        const DemoOptions o = benchData();
        const QString parent = qEnvironmentVariableIsEmpty("COMPTOIR_BENCH_DATA") ? QStringLiteral(COMPTOIR_BENCH_DATA_DIR)
                                                                                 : qEnvironmentVariable("COMPTOIR_BENCH_DATA");
        m_dir = QDir(parent).filePath(QStringLiteral("sync-portal-v%1-seed%2-%3x%4x%5x%6")
                                          .arg(DemoGenerator::kDataVersion)
                                          .arg(o.seed)
                                          .arg(o.locations)
                                          .arg(o.terminals)
                                          .arg(o.days)
                                          .arg(o.transactionsPerDay));
        const QString file = QDir(m_dir).filePath(QStringLiteral("portal.sqlite"));
        if (!QFile::exists(file)) {
            std::fprintf(stderr, "bench_sync: seeding the portal's data in %s (once; it takes a while)\n", qPrintable(m_dir));
            QElapsedTimer t;
            t.start();
            start();
            m_seedSeconds = double(t.elapsed()) / 1000.0;
            stop();
        }
        // Set-up, not timed: the portal's file as a long-running portal has it — its WAL
        // checkpointed into the database (comptoir-portal exits on SIGTERM without closing it)
        // and in the page cache, so the portal is not timed reading a cold virtual disk.
        {
            const QString connection = QStringLiteral("bench-sync-checkpoint");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(file);
                if (!db.open())
                    die(QStringLiteral("cannot open %1").arg(file));
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                while (!f.read(1 << 20).isEmpty()) {
                }
        }
        start();
    }

    void start()
    {
        const DemoOptions o = benchData();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(COMPTOIR_PORTAL_EXE));
        m_process->setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), m_dir,
                                 QStringLiteral("--seed"), QString::number(o.seed), QStringLiteral("--country"), o.country,
                                 QStringLiteral("--locations"), QString::number(o.locations), QStringLiteral("--terminals"),
                                 QString::number(o.terminals), QStringLiteral("--days"), QString::number(o.days),
                                 QStringLiteral("--tx-per-day"), QString::number(o.transactionsPerDay), QStringLiteral("--now"),
                                 o.now.toString(Qt::ISODate)});
        m_process->setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        m_process->start();
        if (!m_process->waitForStarted())
            die(QStringLiteral("cannot start %1").arg(m_process->program()));
        while (!m_process->canReadLine()) {
            if (m_process->state() != QProcess::Running || t.elapsed() > 30 * 60 * 1000)
                die(QStringLiteral("comptoir-portal did not start (exit code %1)").arg(m_process->exitCode()));
            m_process->waitForReadyRead(1000);
        }
        const QByteArray line = m_process->readLine().trimmed();
        if (!line.startsWith("listening on "))
            die(QStringLiteral("unexpected output from comptoir-portal: %1").arg(QString::fromUtf8(line)));
        m_url = QUrl(QString::fromUtf8(line.mid(13)));
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    static inline std::unique_ptr<Portal> s_instance;
    std::unique_ptr<QProcess> m_process;
    QString m_dir;
    QUrl m_url;
    double m_seedSeconds = 0;
};

struct CacheCounts {
    qint64 transactions = -1;
    qint64 periods = -1;
};

CacheCounts countCache(const QString& path)
{
    CacheDatabase::Options options;
    options.readOnly = true;
    auto opened = CacheDatabase::open(path, options);
    if (!opened)
        return {};
    CacheCounts c;
    QSqlQuery t = sql::exec(opened.database->db(), QStringLiteral("SELECT COUNT(*) FROM transactions"));
    c.transactions = t.next() ? t.value(0).toLongLong() : -1;
    QSqlQuery p = sql::exec(opened.database->db(), QStringLiteral("SELECT COUNT(*) FROM periods"));
    c.periods = p.next() ? p.value(0).toLongLong() : -1;
    return c;
}

bool checkCache(benchmark::State& state, const QString& path)
{
    const CacheCounts c = countCache(path);
    if (c.transactions != expected().transactions || c.periods != expected().periods) {
        state.SkipWithError(qPrintable(QStringLiteral("the cache holds %1 transactions and %2 periods; the portal has %3 and %4")
                                           .arg(c.transactions)
                                           .arg(c.periods)
                                           .arg(expected().transactions)
                                           .arg(expected().periods)));
        return false;
    }
    return true;
}

void setCounters(benchmark::State& state, double seconds, qint64 peakBytes)
{
    state.counters["transactions"] = double(expected().transactions);
    state.counters["periods"] = double(expected().periods);
    state.counters["rows_per_s"] = double(expected().transactions) / seconds;
    state.counters["peak_rss_MB"] = double(peakBytes) / (1024.0 * 1024.0);
    if (Portal::instance().seedSeconds() > 0)
        state.counters["portal_seed_s"] = Portal::instance().seedSeconds();
}

void BM_SyncEngine(benchmark::State& state)
{
    const Expected& e = expected();
    Portal& portal = Portal::instance();
    PortalClient client(portal.url());
    const PortalClient::SignIn s = client.signIn(e.adminEmail, QString::fromLatin1(kDemoPassword));
    if (s.error.kind != PortalError::Kind::None) {
        state.SkipWithError(qPrintable(QStringLiteral("sign-in failed: ") + s.error.message));
        return;
    }
    const bool resettable = resetPeakRss();
    state.counters["peak_rss_reset"] = resettable ? 1 : 0; // 0: the peak since process start
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        CacheDatabase::Options options;
        options.identity = CacheIdentity{portal.url().toString(QUrl::StripTrailingSlash), e.adminEmail};
        resetPeakRss();

        // Stage times from the progress callback (the stage names are untranslated here).
        QElapsedTimer t;
        QString stage;
        qint64 feedsStart = -1, periodsStart = -1;
        const double portalCpu = portal.cpuSeconds();
        const double cpu = cpuSeconds();
        state.counters["load_1m"] = loadAverage();
        t.start();
        SyncEngine::Result result;
        {
            auto opened = CacheDatabase::open(path, options);
            if (!opened) {
                state.SkipWithError(qPrintable(opened.message));
                return;
            }
            SyncEngine engine(*opened.database, client, SyncEngine::Options{}, [&](const SyncEngine::Progress& p) {
                if (p.stage != stage) {
                    stage = p.stage;
                    if (stage == QLatin1String("Transactions") && feedsStart < 0)
                        feedsStart = t.nsecsElapsed();
                    else if (stage == QLatin1String("Day closes") && periodsStart < 0)
                        periodsStart = t.nsecsElapsed();
                }
                return true;
            });
            result = engine.run();
        } // the cache is closed (final checkpoint) inside the timed part
        const qint64 elapsed = t.nsecsElapsed();
        const qint64 peak = peakRss();
        const double seconds = double(elapsed) / 1e9;
        state.SetIterationTime(seconds);
        state.counters["cpu_s"] = cpuSeconds() - cpu;
        state.counters["portal_cpu_s"] = portal.cpuSeconds() - portalCpu;
        if (!result.ok) {
            state.SkipWithError(qPrintable(QStringLiteral("sync failed: ") + result.error.message));
            return;
        }
        if (!checkCache(state, path))
            return;
        setCounters(state, seconds, peak);
        if (feedsStart >= 0 && periodsStart >= feedsStart) {
            state.counters["before_feeds_s"] = double(feedsStart) / 1e9; // open, (outbox,) reference data
            state.counters["transactions_s"] = double(periodsStart - feedsStart) / 1e9;
            state.counters["periods_s"] = double(elapsed - periodsStart) / 1e9;
        }
    }
}
BENCHMARK(BM_SyncEngine)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// Runs `comptoir-cli sync` and waits for it; returns its exit status and resource usage.
struct ChildRun {
    int status = -1;
    rusage usage{}; // for the CPU time
    qint64 peakBytes = 0;
    double seconds = 0;
    QByteArray errors;
};

ChildRun runCli(const QStringList& arguments, const QByteArray& input, const QString& errorFile)
{
    ChildRun run;
    int in[2];
    if (pipe(in) != 0)
        die(QStringLiteral("pipe failed"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const QByteArray errorPath = QFile::encodeName(errorFile);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    QList<QByteArray> args{QByteArrayLiteral(COMPTOIR_CLI_EXE)};
    for (const QString& a : arguments)
        args.append(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(in[0]);
    if (spawned != 0)
        die(QStringLiteral("cannot start %1").arg(QString::fromLocal8Bit(argv[0])));
    if (write(in[1], input.constData(), std::size_t(input.size())) != input.size())
        die(QStringLiteral("cannot write the password to comptoir-cli"));
    close(in[1]);
    // The child's peak memory: wait4's ru_maxrss would not do, since Linux carries the
    // parent's high-water mark (this benchmark's, with its own sync) over into a spawned
    // child. VmHWM of the child's own address space is sampled instead, every 10 ms and as
    // long as it runs; it only grows, so the last sample is the peak within 10 ms.
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0)
        die(QStringLiteral("pidfd_open failed"));
    const QString status = QStringLiteral("/proc/%1/status").arg(pid);
    for (;;) {
        run.peakBytes = std::max(run.peakBytes, peakRss(status));
        pollfd exited{pidfd, POLLIN, 0};
        if (poll(&exited, 1, 10) > 0)
            break;
    }
    close(pidfd);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    while (wait4(pid, &run.status, 0, &run.usage) < 0)
        if (errno != EINTR)
            die(QStringLiteral("wait4 failed"));
    QFile errors(errorFile);
    if (errors.open(QIODevice::ReadOnly))
        run.errors = errors.readAll();
    return run;
}

void BM_CliSync(benchmark::State& state)
{
    const Expected& e = expected();
    Portal& portal = Portal::instance();
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        state.counters["load_1m"] = loadAverage();
        const double portalCpu = portal.cpuSeconds();
        const ChildRun run = runCli({QStringLiteral("sync"), QStringLiteral("--portal"), portal.url().toString(),
                                     QStringLiteral("--email"), e.adminEmail, QStringLiteral("--password-stdin"),
                                     QStringLiteral("--cache"), path},
                                    QByteArray(kDemoPassword) + '\n', dir.filePath(QStringLiteral("stderr.txt")));
        state.SetIterationTime(run.seconds);
        if (!WIFEXITED(run.status) || WEXITSTATUS(run.status) != 0) {
            state.SkipWithError(qPrintable(QStringLiteral("comptoir-cli sync failed: ") + QString::fromUtf8(run.errors)));
            return;
        }
        if (!checkCache(state, path))
            return;
        setCounters(state, run.seconds, run.peakBytes);
        state.counters["cpu_s"] = double(run.usage.ru_utime.tv_sec + run.usage.ru_stime.tv_sec) +
                                  double(run.usage.ru_utime.tv_usec + run.usage.ru_stime.tv_usec) / 1e6;
        state.counters["portal_cpu_s"] = portal.cpuSeconds() - portalCpu;
    }
}
BENCHMARK(BM_CliSync)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    Portal::shutdown();
    return 0;
}
