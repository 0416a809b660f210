#include "demosession.h"

#include "server/democache.h"
#include "store/cachedatabase.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>

#ifndef COMPTOIR_VERSION
#error "COMPTOIR_VERSION must be defined by the build"
#endif

Q_LOGGING_CATEGORY(lcDemo, "comptoir.demo")

namespace comptoir {

namespace {

// Meta keys of a demo cache. demo_complete is written last, after every transaction.
const QString kCompleteKey = QStringLiteral("demo_complete");
const QString kEndDateKey = QStringLiteral("demo_end_date");
const QString kBuildKey = QStringLiteral("demo_build");

// Which build and options made a demo cache: a cache from another version of Comptoir
// (whose generator may differ) or with other options is rebuilt.
QString buildStamp(const DemoOptions& o)
{
    return QStringLiteral("comptoir %1; demo data %9; cache schema %2; seed %3; %4; %5 locations; %6 terminals; "
                          "%7 days; %8 per day")
        .arg(QStringLiteral(COMPTOIR_VERSION))
        .arg(kCacheSchemaVersion)
        .arg(o.seed)
        .arg(o.country)
        .arg(o.locations)
        .arg(o.terminals)
        .arg(o.days)
        .arg(o.transactionsPerDay)
        .arg(DemoGenerator::kDataVersion);
}

bool removeCacheFiles(const QString& path)
{
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

} // namespace

// What the GUI thread and the worker share: progress and the request to stop.
struct DemoSession::Worker {
    std::atomic<qint64> written{0};
    std::atomic<bool> cancel{false};
    QElapsedTimer clock;
};

DemoOptions DemoSession::defaultOptions(QDate endDate)
{
    DemoOptions o;
    o.seed = 1;
    o.country = QStringLiteral("BE");
    o.locations = 4;
    o.terminals = 9;
    o.days = 400;
    o.transactionsPerDay = 600;
    o.endDate = endDate;
    // Demo data for today stops at the moment it is made, as after a sync.
    if (endDate == QDate::currentDate())
        o.now = QDateTime::currentDateTimeUtc();
    return o;
}

QString DemoSession::defaultPath(const DemoOptions& options)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo/demo-%1.sqlite").arg(options.seed);
}

DemoSession::DemoSession(const DemoOptions& options, const QString& path, QObject* parent)
    : QObject(parent), m_options(options), m_path(path.isEmpty() ? defaultPath(options) : path)
{
}

DemoSession::~DemoSession()
{
    if (m_worker)
        m_worker->cancel = true; // the worker stops at its next batch; it owns its connection
    delete m_dialog;
}

bool DemoSession::isDemoCache(const CacheDatabase& cache)
{
    try {
        return !cache.meta(kBuildKey).isEmpty();
    } catch (const StoreError&) {
        return false;
    }
}

bool DemoSession::isUpToDate(const CacheDatabase& cache, const DemoOptions& options)
{
    try {
        return cache.meta(kCompleteKey) == QLatin1String("1") &&
               cache.meta(kEndDateKey) == options.endDate.toString(Qt::ISODate) &&
               cache.meta(kBuildKey) == buildStamp(options);
    } catch (const StoreError&) {
        return false;
    }
}

DemoSession::BuildResult DemoSession::build(const QString& path, const DemoOptions& options,
                                            const std::function<bool(qint64)>& progress)
{
    BuildResult result;
    if (!removeCacheFiles(path)) {
        result.error = tr("The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    CacheDatabase::OpenResult opened = CacheDatabase::open(path);
    if (!opened) {
        result.error = opened.message;
        return result;
    }
    CacheDatabase& cache = *opened.database;
    try {
        const DemoGenerator generator(options);
        bool stopped = false;
        const DemoCacheStats stats = fillDemoCache(cache, generator, [&](qint64 written) {
            stopped = progress && !progress(written);
            return !stopped;
        });
        result.transactions = stats.transactions;
        if (stopped) {
            result.cancelled = true;
            return result;
        }
        cache.setMeta(kEndDateKey, options.endDate.toString(Qt::ISODate));
        cache.setMeta(kBuildKey, buildStamp(options));
        cache.setMeta(kCompleteKey, QStringLiteral("1"));
    } catch (const StoreError& e) {
        result.error = e.message();
    } catch (const std::exception& e) {
        result.error = tr("The demo data could not be prepared: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return result;
}

bool DemoSession::openExisting()
{
    if (!QFile::exists(m_path))
        return false;
    CacheDatabase::OpenResult opened = CacheDatabase::open(m_path);
    if (!opened || !isUpToDate(*opened.database, m_options))
        return false;
    m_cache = std::move(opened.database);
    return true;
}

void DemoSession::start(QWidget* dialogParent, bool showProgress)
{
    if (m_running)
        return;
    m_running = true;
    m_built = false;
    if (openExisting()) {
        qCInfo(lcDemo) << "Reusing the demo data in" << m_path;
        QMetaObject::invokeMethod(this, [this] {
            m_running = false;
            emit ready();
        }, Qt::QueuedConnection);
        return;
    }

    auto worker = std::make_shared<Worker>();
    m_worker = worker;
    worker->clock.start();
    const qint64 estimate = qint64(m_options.days) * m_options.transactionsPerDay;

    if (showProgress) {
        m_dialog = new QProgressDialog(dialogParent);
        m_dialog->setWindowTitle(tr("Comptoir"));
        m_dialog->setLabelText(tr("Preparing demo data…"));
        m_dialog->setCancelButtonText(tr("Cancel"));
        m_dialog->setRange(0, int(std::min<qint64>(estimate, std::numeric_limits<int>::max())));
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumWidth(m_dialog->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
        connect(m_dialog, &QProgressDialog::canceled, this, [worker] { worker->cancel = true; });
        auto* timer = new QTimer(m_dialog);
        timer->setInterval(100);
        connect(timer, &QTimer::timeout, m_dialog, [dialog = m_dialog.data(), worker] {
            const qint64 written = worker->written;
            dialog->setValue(int(std::min<qint64>(written, dialog->maximum() - 1)));
            dialog->setLabelText(worker->cancel ? tr("Stopping…")
                                                : tr("Preparing demo data…\n%Ln transactions written", nullptr,
                                                     int(std::min<qint64>(written, std::numeric_limits<int>::max()))));
        });
        timer->start();
        m_dialog->setValue(0);
        m_dialog->show();
    }

    auto* watcher = new QFutureWatcher<BuildResult>(this);
    connect(watcher, &QFutureWatcher<BuildResult>::finished, this, [this, watcher] {
        const BuildResult result = watcher->result();
        watcher->deleteLater();
        finishBuild(result);
    });
    const QString path = m_path;
    const DemoOptions options = m_options;
    watcher->setFuture(QtConcurrent::run([path, options, worker] {
        return build(path, options, [worker](qint64 written) {
            worker->written = written;
            return !worker->cancel;
        });
    }));
}

void DemoSession::finishBuild(const BuildResult& result)
{
    m_buildMs = m_worker ? m_worker->clock.elapsed() : 0;
    m_worker.reset();
    m_transactions = result.transactions;
    delete m_dialog;
    m_running = false;
    if (result.cancelled) {
        emit cancelled();
        return;
    }
    if (!result.error.isEmpty()) {
        emit failed(result.error);
        return;
    }
    CacheDatabase::OpenResult opened = CacheDatabase::open(m_path);
    if (!opened) {
        emit failed(opened.message);
        return;
    }
    m_cache = std::move(opened.database);
    m_built = true;
    qCInfo(lcDemo).nospace() << "Built the demo data (" << m_transactions << " transactions) in "
                             << m_buildMs << " ms: " << m_path;
    emit ready();
}

std::unique_ptr<CacheDatabase> DemoSession::takeCache()
{
    return std::move(m_cache);
}

} // namespace comptoir
