#pragma once

#include "portal/syncengine.h"
#include "store/cachedatabase.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

namespace comptoir {

// Keeps the open account's cache in step with its portal, in the background: every N
// minutes and on "Sync now". The sync runs on a worker thread with its own database
// connection (SyncEngine; local edits are pushed first), so the window stays responsive;
// the pages re-read the cache when it has finished. One sync at a time.
class SyncController : public QObject {
    Q_OBJECT

public:
    struct Account {
        QUrl portal;           // where to reach it
        CacheIdentity identity; // whose cache
        QString cachePath;
        QByteArray token;
    };
    enum class Connection { Unknown, Online, Offline, SignedOut };

    explicit SyncController(Account account, QObject* parent = nullptr);
    ~SyncController() override; // stops a running sync and waits for it

    const Account& account() const { return m_account; }
    void setToken(const QByteArray& token);
    // 0 turns background sync off.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }
    void setOptions(const SyncEngine::Options& options) { m_options = options; }

    bool isRunning() const { return m_running; }
    Connection connection() const { return m_connection; }
    const SyncEngine::Result& lastResult() const { return m_last; }

    // The background interval's setting (minutes), shared by all accounts.
    static int savedIntervalMinutes();
    static void saveIntervalMinutes(int minutes);

public slots:
    void syncNow();
    // Stops after the page being applied; what was committed stays.
    void cancel();

signals:
    void started();
    void progress(const QString& stage, qint64 transactions, qint64 periods);
    void finished(const comptoir::SyncEngine::Result& result);
    void connectionChanged(comptoir::SyncController::Connection connection);

private:
    void setConnection(Connection c);
    void done(const SyncEngine::Result& result);

    struct Shared {
        std::atomic<bool> cancel{false};
    };
    Account m_account;
    SyncEngine::Options m_options;
    QTimer m_timer;
    int m_intervalMinutes = 0;
    bool m_running = false;
    Connection m_connection = Connection::Unknown;
    SyncEngine::Result m_last;
    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_future;
};

} // namespace comptoir

Q_DECLARE_METATYPE(comptoir::SyncEngine::Result)
