#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace comptoir {

class CacheDatabase;
class OverviewPage;
class SyncController;
class TransactionsPage;

// The application's main window on one open cache: a navigation list on the left that
// switches between the pages, and a status bar that says whose data this is and where it
// comes from: the account, online or offline, when it was last synced, a sync under way
// (with a cancel button) and local edits that need the user. The cache must outlive the
// window; so must the SyncController given to it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The pages in navigation order.
    enum class Page { Overview = 0, Transactions = 1 };

    explicit MainWindow(CacheDatabase& cache, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    OverviewPage* overviewPage() const { return m_overview; }
    TransactionsPage* transactionsPage() const { return m_transactions; }

    // Connects the window to the account's background sync (null: a cache without a
    // portal, e.g. a file opened with --cache and no saved sign-in).
    void setSyncController(SyncController* sync);
    // Re-reads the cache into every page and the status bar (after a sync or an edit).
    void reload();

    // Writes one PNG of the window per page into `dir` ("overview.png", ...); returns the
    // files written. For the documentation and for looking at the app in CI.
    QStringList saveScreenshots(const QString& dir);

signals:
    void signInRequested(const QString& reason);
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcons();
    void updateStatusBar();
    void updateSyncStatus();
    void createMenus();
    void showOutbox();
    void localEditMade();
    void saveSettings() const;

    CacheDatabase& m_cache;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    TransactionsPage* m_transactions = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_lastSynced = nullptr;
    QWidget* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QToolButton* m_outboxButton = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_outboxAction = nullptr;
    QAction* m_signOut = nullptr;
    QTimer* m_clock = nullptr;
    SyncController* m_sync = nullptr;
};

} // namespace comptoir
