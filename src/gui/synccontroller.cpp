#include "synccontroller.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace comptoir {

namespace {
const QString kIntervalKey = QStringLiteral("Sync/intervalMinutes");
constexpr int kDefaultIntervalMinutes = 15;
} // namespace

SyncController::SyncController(Account account, QObject* parent) : QObject(parent), m_account(std::move(account))
{
    qRegisterMetaType<comptoir::SyncEngine::Result>();
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    if (m_shared)
        m_shared->cancel = true;
    m_future.waitForFinished();
}

int SyncController::savedIntervalMinutes()
{
    return std::clamp(QSettings().value(kIntervalKey, kDefaultIntervalMinutes).toInt(), 0, 24 * 60);
}

void SyncController::saveIntervalMinutes(int minutes)
{
    QSettings().setValue(kIntervalKey, std::clamp(minutes, 0, 24 * 60));
}

void SyncController::setToken(const QByteArray& token)
{
    m_account.token = token;
    if (m_connection == Connection::SignedOut)
        setConnection(Connection::Unknown);
}

void SyncController::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::max(0, minutes);
    if (m_intervalMinutes == 0)
        m_timer.stop();
    else
        m_timer.start(m_intervalMinutes * 60 * 1000);
}

void SyncController::setConnection(Connection c)
{
    if (c == m_connection)
        return;
    m_connection = c;
    emit connectionChanged(c);
}

void SyncController::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void SyncController::syncNow()
{
    if (m_running || m_account.token.isEmpty())
        return;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    emit started();
    const Account account = m_account;
    const SyncEngine::Options options = m_options;
    QPointer<SyncController> self(this);
    m_future = QtConcurrent::run([account, options, shared, self] {
        SyncEngine::Result result;
        CacheDatabase::Options open;
        open.identity = account.identity;
        CacheDatabase::OpenResult cache = CacheDatabase::open(account.cachePath, open);
        if (!cache) {
            result.error.kind = PortalError::Kind::BadAnswer;
            result.error.message = cache.message;
        } else {
            PortalClient client(account.portal);
            client.setToken(account.token);
            SyncEngine engine(*cache.database, client, options, [&](const SyncEngine::Progress& p) {
                QMetaObject::invokeMethod(self, [self, p] {
                    if (self)
                        emit self->progress(p.stage, p.transactions, p.periods);
                }, Qt::QueuedConnection);
                return !shared->cancel.load();
            });
            result = engine.run();
        }
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->done(result);
        }, Qt::QueuedConnection);
    });
}

void SyncController::done(const SyncEngine::Result& result)
{
    m_running = false;
    m_shared.reset();
    m_last = result;
    switch (result.error.kind) {
    case PortalError::Kind::None:
        setConnection(Connection::Online);
        break;
    case PortalError::Kind::Unreachable:
    case PortalError::Kind::Tls:
        setConnection(Connection::Offline);
        break;
    case PortalError::Kind::Unauthorized:
    case PortalError::Kind::Locked:
        setConnection(Connection::SignedOut);
        break;
    default:
        setConnection(Connection::Online); // it answered
        break;
    }
    emit finished(result);
}

} // namespace comptoir
