#pragma once

#include <QList>
#include <QMainWindow>
#include <QStringList>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace comptoir {

class CacheDatabase;
class DayClosesPage;
class LocationsPage;
class DashboardPage;
class FilterBar;
class ReceiptsPage;
class SettingsPage;
class SyncController;
class TransactionsPage;

// The application's main window on one open cache: a navigation list on the left that
// switches between the pages the signed-in user may see, and a status bar that says whose
// data this is and where it comes from: the account, online or offline, when it was last
// synced, a sync under way (with a cancel button) and local edits that need the user. The
// cache must outlive the window; so must the SyncController given to it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The pages in navigation order; the values are persisted (the last page shown).
    enum class Page { Dashboard = 0, Transactions = 1, DayCloses = 2, Locations = 3, Receipts = 4, Settings = 5 };

    explicit MainWindow(CacheDatabase& cache, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Whether the page is offered (it exists and the user's permissions allow it).
    bool isPageAvailable(Page page) const;
    DashboardPage* dashboardPage() const { return m_dashboard; }
    FilterBar* dashboardFilterBar() const { return m_dashboardFilters; }
    TransactionsPage* transactionsPage() const { return m_transactions; }
    DayClosesPage* dayClosesPage() const { return m_dayCloses; }
    LocationsPage* locationsPage() const { return m_locations; }
    ReceiptsPage* receiptsPage() const { return m_receipts; }
    SettingsPage* settingsPage() const { return m_settings; }

    // Connects the window to the account's background sync (null: a cache without a
    // portal, e.g. a file opened with --cache and no saved sign-in).
    void setSyncController(SyncController* sync);
    // Re-reads the cache into every page and the status bar (after a sync or an edit).
    void reload();

    // Writes one PNG of the window per available page into `dir` ("dashboard.png", ...);
    // returns the files written. For the documentation and for looking at the app in CI.
    QStringList saveScreenshots(const QString& dir, const QString& suffix = {});

signals:
    void signInRequested(const QString& reason);
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct PageEntry {
        Page page;
        const char* name; // its icon :/icons/<name>.svg and its screenshot <name>.png
        QWidget* widget;
    };

    void addPage(Page page, const char* name, QWidget* widget);
    const PageEntry* entry(Page page) const;
    void retranslateUi();
    void updateIcons();
    void updateStatusBar();
    void updateSyncStatus();
    void updatePermissions();
    void createMenus();
    void showOutbox();
    void showPeriod(const QString& periodId);
    void showTransactionsOfPeriod(const QString& periodId);
    void localEditMade();
    void connectDashboard();
    void saveSettings() const;

    CacheDatabase& m_cache;
    QList<PageEntry> m_entries;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    DashboardPage* m_dashboard = nullptr;
    FilterBar* m_dashboardFilters = nullptr;
    TransactionsPage* m_transactions = nullptr;
    DayClosesPage* m_dayCloses = nullptr;
    LocationsPage* m_locations = nullptr;
    ReceiptsPage* m_receipts = nullptr;
    SettingsPage* m_settings = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_lastSynced = nullptr;
    QWidget* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QToolButton* m_cancelSync = nullptr;
    QToolButton* m_outboxButton = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_portalMenu = nullptr;
    QMenu* m_intervalMenu = nullptr;
    QActionGroup* m_intervalGroup = nullptr;
    QList<QAction*> m_pageActions; // in m_entries order
    QAction* m_quit = nullptr;
    QAction* m_export = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_outboxAction = nullptr;
    QAction* m_signOut = nullptr;
    QTimer* m_clock = nullptr;
    SyncController* m_sync = nullptr;
};

} // namespace comptoir
