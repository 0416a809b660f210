#pragma once

#include "gui/datepresets.h"
#include "store/transactionfilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace comptoir {

class CacheDatabase;
class TotalsStrip;
class TransactionTableModel;

// The Transactions page: a row of filters (period, location, status, search), the
// transaction list (newest first, loaded page by page) and the totals of the filter.
class TransactionsPage : public QWidget {
    Q_OBJECT

public:
    explicit TransactionsPage(CacheDatabase& cache, QWidget* parent = nullptr);

    // The filter the controls describe, with dates relative to `today`.
    TransactionFilter filterFor(QDate today) const;
    const TransactionFilter& appliedFilter() const { return m_applied; }

    void setDatePreset(DatePreset preset);
    DatePreset datePreset() const;

    TransactionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TotalsStrip* totalsStrip() const { return m_totals; }
    QLineEdit* searchEdit() const { return m_search; }

public slots:
    // Applies the controls now (the search field otherwise waits for a pause in typing).
    void applyFilter();

private:
    void showError(const QString& message);
    void updateEmptyState();
    void sizeColumns();

    TransactionTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    TotalsStrip* m_totals = nullptr;
    QComboBox* m_dates = nullptr;
    QComboBox* m_locations = nullptr;
    QComboBox* m_statuses = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchDelay = nullptr;
    TransactionFilter m_applied;
    bool m_error = false; // m_message shows a loading error
    bool m_columnsSized = false;
};

} // namespace comptoir
