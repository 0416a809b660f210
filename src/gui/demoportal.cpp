#include "demoportal.h"

#include "portal/portalclient.h"
#include "portal/syncengine.h"
#include "server/faults.h"
#include "server/portalhttpserver.h"
#include "server/portalservice.h"
#include "store/cachedatabase.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <limits>
#include <mutex>

#ifndef COMPTOIR_VERSION
#error "COMPTOIR_VERSION must be defined by the build"
#endif

Q_LOGGING_CATEGORY(lcDemo, "comptoir.demo")

namespace comptoir {

namespace {

const QString kDemoMetaKey = QStringLiteral("demo_portal");

// Which build and options made the stored portal data: data from another version of
// Comptoir (whose generator may differ), other options or another day is rebuilt.
QString buildStamp(const DemoOptions& o)
{
    return QStringLiteral("comptoir %1; demo data %2; seed %3; %4; %5 locations; %6 terminals; %7 days; %8 per day; "
                          "through %9")
        .arg(QStringLiteral(COMPTOIR_VERSION))
        .arg(DemoGenerator::kDataVersion)
        .arg(o.seed)
        .arg(o.country)
        .arg(o.locations)
        .arg(o.terminals)
        .arg(o.days)
        .arg(o.transactionsPerDay)
        .arg(o.endDate.toString(Qt::ISODate));
}

bool removeCacheFiles(const QString& path)
{
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    return ok;
}

} // namespace

// What the GUI thread and the workers share: the stage, progress and the request to stop.
struct DemoPortal::Worker {
    enum Stage { Preparing, Syncing };
    std::atomic<int> stage{Preparing};
    std::atomic<qint64> synced{0};
    std::atomic<bool> cancel{false};
    QElapsedTimer clock;
};

DemoOptions DemoPortal::defaultOptions(QDate endDate)
{
    DemoOptions o;
    o.seed = 1;
    o.country = QStringLiteral("BE");
    o.locations = 4;
    o.terminals = 9;
    o.days = 400;
    o.transactionsPerDay = 600;
    o.endDate = endDate;
    // Today's data stops at the moment the portal is seeded; live transactions follow.
    if (endDate == QDate::currentDate())
        o.now = QDateTime::currentDateTimeUtc();
    return o;
}

QString DemoPortal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

DemoPortal::DemoPortal(const DemoOptions& options, const QString& directory, QObject* parent)
    : QObject(parent), m_options(options), m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
    const DemoGenerator generator(m_options);
    for (const User& u : generator.users())
        if (u.administrator && m_adminEmail.isEmpty())
            m_adminEmail = u.email;
    m_account.identity = {QStringLiteral("comptoir-demo:seed-%1").arg(m_options.seed), m_adminEmail};
    m_account.cachePath = QDir(m_directory).filePath(QStringLiteral("demo-%1.sqlite").arg(m_options.seed));
    connect(&m_live, &QTimer::timeout, this, [this] {
        if (m_service)
            m_service->addLiveTransaction();
    });
}

DemoPortal::~DemoPortal()
{
    if (m_worker)
        m_worker->cancel = true;
    delete m_dialog;
}

bool DemoPortal::isDemoCache(const CacheDatabase& cache)
{
    try {
        return cache.meta(kDemoMetaKey) == QLatin1String("1");
    } catch (const StoreError&) {
        return false;
    }
}

void DemoPortal::setLiveTransactionsPerMinute(int perMinute)
{
    m_livePerMinute = std::max(0, perMinute);
    if (m_livePerMinute == 0)
        m_live.stop();
    else if (m_server)
        m_live.start(std::max(1, 60000 / m_livePerMinute));
}

std::unique_ptr<CacheDatabase> DemoPortal::takeCache()
{
    return std::move(m_cache);
}

void DemoPortal::showProgress(QWidget* parent)
{
    m_dialog = new QProgressDialog(parent);
    m_dialog->setWindowTitle(tr("Comptoir"));
    m_dialog->setLabelText(tr("Preparing the demo portal…"));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, 0);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setMinimumWidth(m_dialog->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 52);
    const std::shared_ptr<Worker> worker = m_worker;
    connect(m_dialog, &QProgressDialog::canceled, this, [worker] { worker->cancel = true; });
    auto* timer = new QTimer(m_dialog);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, m_dialog, [dialog = m_dialog.data(), worker] {
        if (worker->cancel) {
            dialog->setLabelText(tr("Stopping…"));
        } else if (worker->stage == Worker::Preparing) {
            dialog->setLabelText(tr("Preparing the demo portal…"));
        } else {
            const int synced = int(std::min<qint64>(worker->synced, std::numeric_limits<int>::max()));
            dialog->setLabelText(tr("Signing in to the demo portal and syncing…\n%Ln transactions received", nullptr, synced));
        }
    });
    timer->start();
    m_dialog->show();
}

void DemoPortal::start(QWidget* dialogParent, bool progress)
{
    if (m_running)
        return;
    m_running = true;
    m_seeded = false;
    m_synced = 0;
    auto worker = std::make_shared<Worker>();
    m_worker = worker;
    worker->clock.start();
    if (progress)
        showProgress(dialogParent);

    // 1. On a worker thread: the portal's data, seeded unless stored data is up to date.
    const QString dataDir = QDir(m_directory).filePath(QStringLiteral("portal-%1").arg(m_options.seed));
    const QString cachePath = m_account.cachePath;
    const DemoOptions options = m_options;
    struct Prepared {
        QString error;
        bool seeded = false;
    };
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, dataDir] {
        const Prepared p = watcher->result();
        watcher->deleteLater();
        if (!p.error.isEmpty())
            return finish(p.error, false);
        if (m_worker->cancel)
            return finish({}, true);
        m_seeded = p.seeded;
        // 2. Serve it from this thread.
        PortalOptions o;
        o.dataDir = dataDir;
        o.demo = m_options;
        QString error;
        m_service = PortalService::open(o, &error);
        if (!m_service)
            return finish(tr("The demo portal cannot start: %1").arg(error), false);
        m_server = std::make_unique<PortalHttpServer>(*m_service, FaultInjector());
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            return finish(tr("The demo portal cannot listen on this computer's loopback address."), false);
        m_account.portal = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        setLiveTransactionsPerMinute(m_livePerMinute);
        qCInfo(lcDemo) << "Demo portal listening on" << m_account.portal.toString();
        serve();
    });
    watcher->setFuture(QtConcurrent::run([dataDir, cachePath, options]() -> Prepared {
        Prepared p;
        const QString stampPath = QDir(dataDir).filePath(QStringLiteral("comptoir-demo.stamp"));
        QFile stamp(stampPath);
        const bool current = stamp.open(QIODevice::ReadOnly) && QString::fromUtf8(stamp.readAll()) == buildStamp(options);
        stamp.close();
        if (current)
            return p;
        // Other data: the portal and the cache synced from it start again together.
        if (!QDir(dataDir).removeRecursively() || !removeCacheFiles(cachePath)) {
            p.error = tr("The old demo data in %1 cannot be replaced. Close the other Comptoir windows and try again.")
                          .arg(QDir::toNativeSeparators(QFileInfo(dataDir).absolutePath()));
            return p;
        }
        PortalOptions o;
        o.dataDir = dataDir;
        o.demo = options;
        QString error;
        if (!PortalService::open(o, &error)) {
            p.error = tr("The demo portal cannot be prepared: %1").arg(error);
            return p;
        }
        QFile out(stampPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(buildStamp(options).toUtf8()) < 0) {
            p.error = tr("The demo data cannot be written to %1.").arg(QDir::toNativeSeparators(dataDir));
            return p;
        }
        p.seeded = true;
        return p;
    }));
}

void DemoPortal::serve()
{
    // 3. On a worker thread: sign in and sync, as with any portal.
    const std::shared_ptr<Worker> worker = m_worker;
    worker->stage = Worker::Syncing;
    const SyncController::Account account = m_account;
    const QString email = m_adminEmail;
    struct Synced {
        QString error;
        bool cancelled = false;
        QByteArray token;
        qint64 transactions = 0;
    };
    auto* watcher = new QFutureWatcher<Synced>(this);
    connect(watcher, &QFutureWatcher<Synced>::finished, this, [this, watcher] {
        const Synced s = watcher->result();
        watcher->deleteLater();
        m_synced = s.transactions;
        m_account.token = s.token;
        finish(s.error, s.cancelled);
    });
    watcher->setFuture(QtConcurrent::run([account, email, worker]() -> Synced {
        Synced s;
        CacheDatabase::Options open;
        open.identity = account.identity;
        CacheDatabase::OpenResult cache = CacheDatabase::open(account.cachePath, open);
        if (!cache) {
            s.error = cache.message;
            return s;
        }
        try {
            cache.database->setMeta(kDemoMetaKey, QStringLiteral("1"));
        } catch (const StoreError& e) {
            s.error = e.message();
            return s;
        }
        PortalClient client(account.portal);
        const PortalClient::SignIn signIn = client.signIn(email, QString::fromLatin1(kDemoPassword));
        if (signIn.error.kind != PortalError::Kind::None) {
            s.error = signIn.error.message;
            return s;
        }
        s.token = signIn.token;
        SyncEngine engine(*cache.database, client, SyncEngine::Options{}, [&](const SyncEngine::Progress& p) {
            worker->synced = p.transactions;
            return !worker->cancel.load();
        });
        const SyncEngine::Result r = engine.run();
        s.transactions = r.totals.transactions;
        s.cancelled = r.cancelled;
        if (!r.ok && !r.cancelled)
            s.error = r.error.message;
        return s;
    }));
}

void DemoPortal::finish(const QString& error, bool cancelled)
{
    m_startMs = m_worker ? m_worker->clock.elapsed() : 0;
    m_worker.reset();
    delete m_dialog;
    m_running = false;
    if (cancelled)
        return emit this->cancelled();
    if (!error.isEmpty())
        return emit failed(error);
    CacheDatabase::Options open;
    open.identity = m_account.identity;
    CacheDatabase::OpenResult opened = CacheDatabase::open(m_account.cachePath, open);
    if (!opened)
        return emit failed(opened.message);
    m_cache = std::move(opened.database);
    qCInfo(lcDemo).nospace() << "Demo ready in " << m_startMs << " ms (portal " << (m_seeded ? "seeded" : "reused")
                             << ", " << m_synced << " transactions synced)";
    emit ready();
}

} // namespace comptoir
