#pragma once

#include "gui/dashboard/chartcard.h"
#include "store/dashboardquery.h"
#include "store/transactionfilter.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QThreadPool;
class QGridLayout;
class QVBoxLayout;
class QToolButton;

namespace comptoir {

class CacheDatabase;

namespace dashboard {
class KpiTile;
}

// The Dashboard: how today, this week and this month are going (the KPI strip) and where
// the money comes from (turnover and number of transactions by day, week or month, payment
// methods, locations, hours and weekdays, failed and declined transactions and those
// resolved by hand, refunds and chargebacks) for the shared filter, within the locations
// the user may see. Every figure comes from the hourly rollup (DashboardQuery), computed on
// a worker thread with a connection of its own and shown in one go. Clicking a bar, a
// slice or a KPI asks for the transactions behind it (openTransactions).
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    // The charts. Element indexes are those of the chart's bars (bottom to top for
    // horizontal ones) or slices; sets those of its bar sets.
    enum class Chart { Turnover, Transactions, Methods, Locations, Hours, Weekdays, Statuses, Refunds, Count };
    // The most bars a time series shows per granularity: more would not be readable.
    static constexpr int kMaxDays = 92;
    static constexpr int kMaxWeeks = 106;
    // Locations shown one by one; the rest as one bar.
    static constexpr int kMaxLocationBars = 10;

    explicit DashboardPage(CacheDatabase& cache, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // The shared filter (dates, locations, terminals, methods, statuses, origins, hours,
    // weekdays). What the rollups cannot answer (text, amounts, processors, a day close)
    // is not used here, and the page says so.
    void setFilter(const TransactionFilter& filter);
    TransactionFilter filter() const { return m_filter; }
    // Re-reads the permissions and every figure (after a sync or an edit).
    void reload();
    // The main window's filter bar for the dashboard, shown under the title.
    void setFilterBar(QWidget* bar);

    // The day the KPIs are about and the hour it is (tests; by default the current date and
    // hour at each refresh, so that today so far compares with the same hours of other days).
    void setClock(QDate today, std::optional<int> hour = std::nullopt)
    {
        m_fixedToday = today;
        m_fixedHour = hour;
    }
    Granularity granularity() const { return m_granularity; }
    // The page's own day/week/month switch; a granularity that would give too many bars
    // for the filter's days falls back to the finest that fits.
    void setGranularity(Granularity g);
    bool isGranularityAllowed(Granularity g) const;

    // The filter that shows exactly the transactions behind an element of a chart, or of a
    // KPI tile (its period's successful transactions); nullopt for an empty one.
    std::optional<TransactionFilter> filterFor(Chart chart, int set, int index) const;
    std::optional<TransactionFilter> filterForKpi(KpiPeriod period) const;
    // The hover text of an element: what it is, with exact amounts and counts.
    QString toolTipFor(Chart chart, int set, int index) const;

    // For the main window and tests.
    bool isBusy() const { return m_running; }
    const DashboardFigures& figures() const { return m_figures; }
    dashboard::ChartCard* card(Chart chart) const { return m_cards[int(chart)]; }
    dashboard::KpiTile* kpiTile(KpiPeriod period) const { return m_kpis[int(period)]; }
    QWidget* content() const { return m_content; } // everything below the toolbar, unscrolled
    QString message() const; // shown instead of the figures, or empty
    QString notice() const; // the line under the toolbar
    void setFileChooser(const dashboard::ChartCard::FileChooser& chooser);

signals:
    // A bar, slice or KPI was clicked: show these transactions.
    void openTransactions(const TransactionFilter& filter);
    // New figures are shown (or the message that says why there are none).
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome;
    struct Worker;
    QVBoxLayout* m_layout = nullptr;
    QGridLayout* m_kpiGrid = nullptr;
    int m_kpiColumns = 3;
    void relayoutKpis();

    void retranslateUi();
    void refresh();
    void start();
    void finished(const Outcome& outcome);
    void showFigures();
    void showMessage(const QString& text, bool offerRebuild);
    void rebuildTotals();
    void updateGranularityButtons();
    void updateStatusLine();
    void setNotice(const QString& text, bool error);
    Granularity autoGranularity(const DateRange& range) const;
    QDate today() const;
    DateRange expectedRange() const;

    // The chart's elements, aligned with their bars or slices (rebuilt by showFigures()).
    struct LocationBar {
        QStringList ids;
        DashboardTotals totals;
        QString name;
    };
    QList<PaymentMethod> m_methodSlices;
    QList<LocationBar> m_locationBars;
    QList<int> m_hourBars;
    QList<DashboardFigures::StatusRow> m_statusBars;

    CacheDatabase& m_cache;
    // The worker thread and its own read-only connection, kept between refreshes: a warm
    // page cache (a new connection costs some 30 ms more over 5 million transactions).
    QThreadPool* m_pool = nullptr;
    std::shared_ptr<Worker> m_worker;
    TransactionFilter m_filter;
    Granularity m_granularity = Granularity::Day;
    bool m_userGranularity = false; // chosen on the switch, kept while it fits
    QDate m_fixedToday;
    std::optional<int> m_fixedHour;
    std::optional<QStringList> m_permitted; // nullopt: every location
    bool m_allowed = true;
    DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_running = false;
    bool m_pending = false;
    QString m_error;

    QButtonGroup* m_granularityGroup = nullptr;
    QToolButton* m_granularityButtons[3] = {};
    QLabel* m_showBy = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    dashboard::KpiTile* m_kpis[3] = {};
    dashboard::ChartCard* m_cards[int(Chart::Count)] = {};
    QLabel* m_messageText = nullptr;
    QPushButton* m_rebuild = nullptr;
    QLabel* m_title = nullptr;
};

} // namespace comptoir
