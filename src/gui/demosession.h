#pragma once

#include "server/demogenerator.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace comptoir {

class CacheDatabase;

// Opens the demo data: a cache filled by DemoGenerator, kept under AppDataLocation/demo
// and reused while it is complete, from this build and up to date (generated through
// today). Otherwise it is deleted and rebuilt on a worker thread behind a progress
// dialog, which keeps the user interface responsive.
class DemoSession : public QObject {
    Q_OBJECT

public:
    // What `comptoir --demo` shows: a Belgian merchant with four shops, 400 days of history.
    static DemoOptions defaultOptions(QDate endDate = QDate::currentDate());
    // AppDataLocation/demo/demo-<seed>.sqlite
    static QString defaultPath(const DemoOptions& options);

    // `path` empty: defaultPath(options).
    explicit DemoSession(const DemoOptions& options = defaultOptions(), const QString& path = QString(),
                         QObject* parent = nullptr);
    ~DemoSession() override;

    const DemoOptions& options() const { return m_options; }
    QString path() const { return m_path; }

    // Reuses the cache at once when it is up to date, else builds it on a worker thread,
    // with a progress dialog (parented to `dialogParent`, may be null) when `showProgress`.
    // Ends with ready(), failed() or cancelled(), always from the event loop.
    void start(QWidget* dialogParent = nullptr, bool showProgress = true);
    // The opened cache, once ready() was emitted.
    std::unique_ptr<CacheDatabase> takeCache();
    bool isRunning() const { return m_running; }
    bool wasBuilt() const { return m_built; }          // false: an existing cache was reused
    qint64 buildMilliseconds() const { return m_buildMs; }
    qint64 transactionsWritten() const { return m_transactions; }

    // Whether a cache holds demo data (as opposed to a portal account's).
    static bool isDemoCache(const CacheDatabase& cache);
    // Whether an open cache holds complete demo data of this build for `options`.
    static bool isUpToDate(const CacheDatabase& cache, const DemoOptions& options);

    struct BuildResult {
        QString error;        // for the user; empty on success
        bool cancelled = false;
        qint64 transactions = 0;
    };
    // Deletes whatever is at `path` and builds a complete demo cache there, on the calling
    // thread (with its own database connection). `progress` gets the number of
    // transactions written so far; returning false stops (cancelled, left incomplete).
    static BuildResult build(const QString& path, const DemoOptions& options,
                             const std::function<bool(qint64)>& progress = {});

signals:
    void ready();
    void failed(const QString& message);
    void cancelled();

private:
    void finishBuild(const BuildResult& result);
    bool openExisting();

    struct Worker; // shared with the worker thread
    DemoOptions m_options;
    QString m_path;
    std::unique_ptr<CacheDatabase> m_cache;
    std::shared_ptr<Worker> m_worker;
    QPointer<QProgressDialog> m_dialog;
    bool m_running = false;
    bool m_built = false;
    qint64 m_buildMs = 0;
    qint64 m_transactions = 0;
};

} // namespace comptoir
