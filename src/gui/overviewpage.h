#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace comptoir {

class CacheDatabase;

// The Overview page: turnover and number of transactions per day and location over the
// last two weeks, straight from the daily rollup (no raw rows are read).
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kDays = 14;
    // Persisted (column layouts in settings): append new columns before Count, never reorder.
    enum class Column { Day, Location, Transactions, Turnover, Count };

    explicit OverviewPage(CacheDatabase& cache, QWidget* parent = nullptr);

    // Reloads the kDays business days up to and including `today`.
    void refresh(QDate today = QDate::currentDate());
    QTreeWidget* tree() const { return m_tree; }

private:
    CacheDatabase& m_cache;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace comptoir
