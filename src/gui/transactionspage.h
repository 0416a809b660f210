#pragma once

#include "core/entities.h"
#include "gui/datepresets.h"
#include "store/transactionfilter.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace comptoir {

class CacheDatabase;
class FilterBar;
class TotalsStrip;
class TransactionDetailPane;
class TransactionTableModel;

// The Transactions page: the filter bar, the transaction list (loaded page by page,
// sortable by any column), the selected transaction's details beside it and the totals
// of the filter below. Set status… resolves a manual-intervention transaction; Copy puts
// the selected rows on the clipboard for a spreadsheet. The filters, the columns, the sort
// and the split are remembered.
class TransactionsPage : public QWidget {
    Q_OBJECT

public:
    explicit TransactionsPage(CacheDatabase& cache, QWidget* parent = nullptr);
    ~TransactionsPage() override;

    // The filter the controls describe, with dates relative to `today`.
    TransactionFilter filterFor(QDate today) const;
    const TransactionFilter& appliedFilter() const { return m_applied; }
    // Shows exactly this filter (a dashboard click, a day close's transactions).
    void showFilter(const TransactionFilter& filter);

    void setDatePreset(DatePreset preset);
    DatePreset datePreset() const;

    TransactionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TotalsStrip* totalsStrip() const { return m_totals; }
    FilterBar* filterBar() const { return m_filters; }
    TransactionDetailPane* detailPane() const { return m_detail; }
    QLineEdit* searchEdit() const;
    QAction* copyAction() const { return m_copy; }
    QAction* detailsAction() const { return m_showDetails; }

    // Who makes local edits (the signed-in e-mail address); empty: the page is read-only.
    void setActor(const QString& actor);
    // Asks which status a manual-intervention transaction gets (nullopt: cancelled). By
    // default a dialog; tests replace it.
    using StatusChooser = std::function<std::optional<TransactionStatus>(const Transaction&)>;
    void setStatusChooser(StatusChooser chooser) { m_chooseStatus = std::move(chooser); }
    // Re-reads the cache with the current filters (after a sync or an edit).
    void reload();
    // Re-reads the choices the filters offer (after a sync).
    void reloadChoices();

    // The selected rows as tab-separated text (what Copy puts on the clipboard).
    QString selectedRowsAsText() const;

signals:
    // A local edit was made (the main window then syncs).
    void edited();
    // The user asked for a transaction's day close.
    void showPeriodRequested(const QString& periodId);
    // The user changed the filters (the main window keeps the dashboard in step).
    void filterChanged();

public slots:
    // Applies the controls now (the search field otherwise waits for a pause in typing).
    void applyFilter();
    // "Set status…" on the selected manual-intervention transaction.
    void setManualStatus();
    void copySelection();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showError(const QString& message);
    void updateEmptyState();
    void sizeColumns();
    void updateActions();
    void saveLayout() const;
    void restoreLayout();
    bool canSetStatus(const Transaction& t) const;
    std::optional<Transaction> selectedTransaction() const;
    std::optional<TransactionStatus> askStatus(const Transaction& t);

    CacheDatabase& m_cache;
    TransactionTableModel* m_model = nullptr;
    FilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_splitter = nullptr;
    TransactionDetailPane* m_detail = nullptr;
    TotalsStrip* m_totals = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_setStatus = nullptr;
    QAction* m_showPeriod = nullptr;
    QAction* m_showDetails = nullptr;
    QTimer* m_saveLayoutTimer = nullptr;
    QString m_actor;
    StatusChooser m_chooseStatus;
    TransactionFilter m_applied;
    bool m_error = false; // m_message shows a loading error
    bool m_columnsSized = false;
    bool m_forceReload = false;
    bool m_restoring = false;
};

} // namespace comptoir
