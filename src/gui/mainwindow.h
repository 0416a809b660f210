#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace comptoir {

class CacheDatabase;
class OverviewPage;
class TransactionsPage;

// The application's main window on one open cache: a navigation list on the left that
// switches between the pages, and a status bar that says whose data this is and where it
// comes from. The cache must outlive the window.
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

    // Writes one PNG of the window per page into `dir` ("overview.png", ...); returns the
    // files written. For the documentation and for looking at the app in CI.
    QStringList saveScreenshots(const QString& dir);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcons();
    void updateStatusBar();
    void saveSettings() const;

    CacheDatabase& m_cache;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    TransactionsPage* m_transactions = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_location = nullptr;
};

} // namespace comptoir
