#pragma once

#include "store/dashboardquery.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace comptoir::dashboard {

// One tile of the KPI strip: a period (today, this week, this month) with its turnover,
// number of successful transactions and average ticket, each against the previous period
// and the same period a year earlier with the change in percent. Clicking it asks for the
// period's successful transactions.
class KpiTile : public QFrame {
    Q_OBJECT

public:
    explicit KpiTile(KpiPeriod period, QWidget* parent = nullptr);

    KpiPeriod period() const { return m_period; }
    void setKpi(const DashboardFigures::Kpi& kpi);
    void clear();

    // The change from `before` to `now` in tenths of a percent (of |before|), rounded half
    // to even; nullopt when `before` is 0 (nothing to compare with).
    static std::optional<qint64> changePermille(qint64 now, qint64 before);
    // "+12,3%" / "−4,0%" / "±0,0%", or "—" without a comparison.
    static QString changeText(std::optional<qint64> permille);

    // For tests: the texts shown, by row (0 turnover, 1 transactions, 2 average ticket) and
    // column (0 value, 1 against the previous period, 2 against last year).
    QString text(int row, int column) const;

signals:
    void activated(KpiPeriod period);

protected:
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void setChange(QLabel* label, std::optional<qint64> permille, const QString& tooltip);

    KpiPeriod m_period;
    std::optional<DashboardFigures::Kpi> m_kpi;
    QLabel* m_title = nullptr;
    QLabel* m_dates = nullptr;
    QLabel* m_captions[3] = {};
    QLabel* m_values[3] = {};
    QLabel* m_previous[3] = {};
    QLabel* m_lastYear[3] = {};
    QLabel* m_previousHeader = nullptr;
    QLabel* m_lastYearHeader = nullptr;
};

} // namespace comptoir::dashboard
