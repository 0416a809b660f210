#pragma once

#include "gui/synccontroller.h"
#include "server/demogenerator.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

class QProgressDialog;
class QWidget;

namespace comptoir {

class CacheDatabase;
class PortalHttpServer;
class PortalService;

// What `comptoir --demo` runs: a reference portal (comptoir-portal) in this process, on a
// free loopback port, with seeded demo data that keeps growing while the app runs (a few
// live transactions a minute). The app signs in to it as the demo administrator and syncs
// into a demo cache exactly as it does with a real portal — through the Portal API.
//
// The portal's data and the cache are kept under AppDataLocation/demo and reused while
// they are from this build and up to date (seeded through today); otherwise both are
// deleted and built again, on worker threads, behind a progress dialog.
class DemoPortal : public QObject {
    Q_OBJECT

public:
    // A Belgian merchant with four shops and 400 days of history.
    static DemoOptions defaultOptions(QDate endDate = QDate::currentDate());
    // AppDataLocation/demo
    static QString defaultDirectory();

    explicit DemoPortal(const DemoOptions& options = defaultOptions(), const QString& directory = QString(),
                        QObject* parent = nullptr);
    ~DemoPortal() override;

    // Prepares the portal, starts serving, signs in and syncs. Ends with ready(), failed()
    // or cancelled(), always from the event loop.
    void start(QWidget* dialogParent = nullptr, bool showProgress = true);
    std::unique_ptr<CacheDatabase> takeCache();

    // Once ready: the account, for background syncs.
    SyncController::Account account() const { return m_account; }
    QString adminEmail() const { return m_adminEmail; }
    bool wasSeeded() const { return m_seeded; }        // false: the stored portal data was reused
    qint64 transactionsSynced() const { return m_synced; }
    qint64 startMilliseconds() const { return m_startMs; }
    void setLiveTransactionsPerMinute(int perMinute);

    static bool isDemoCache(const CacheDatabase& cache);

signals:
    void ready();
    void failed(const QString& message);
    void cancelled();

private:
    struct Worker;
    void serve();
    void finish(const QString& error, bool cancelled);
    void showProgress(QWidget* parent);

    DemoOptions m_options;
    QString m_directory;
    QString m_adminEmail;
    std::unique_ptr<PortalService> m_service;
    std::unique_ptr<PortalHttpServer> m_server;
    QTimer m_live;
    int m_livePerMinute = 4;
    SyncController::Account m_account;
    std::unique_ptr<CacheDatabase> m_cache;
    std::shared_ptr<Worker> m_worker;
    QPointer<QProgressDialog> m_dialog;
    bool m_running = false;
    bool m_seeded = false;
    qint64 m_synced = 0;
    qint64 m_startMs = 0;
};

} // namespace comptoir
