#pragma once

#include "core/entities.h"
#include "gui/datepresets.h"
#include "store/transactionfilter.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
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

    // Who makes local edits (the signed-in e-mail address); empty: the page is read-only.
    void setActor(const QString& actor);
    // Asks which status a manual-intervention transaction gets (nullopt: cancelled). By
    // default a dialog; tests replace it.
    using StatusChooser = std::function<std::optional<TransactionStatus>(const Transaction&)>;
    void setStatusChooser(StatusChooser chooser) { m_chooseStatus = std::move(chooser); }
    // Re-reads the cache with the current filters (after a sync or an edit).
    void reload();

signals:
    // A local edit was made (the main window then syncs).
    void edited();

public slots:
    // Applies the controls now (the search field otherwise waits for a pause in typing).
    void applyFilter();
    // "Set status…" on the selected manual-intervention transaction.
    void setManualStatus();

private:
    void showError(const QString& message);
    void updateEmptyState();
    void sizeColumns();
    void updateActions();
    std::optional<Transaction> selectedTransaction() const;
    std::optional<TransactionStatus> askStatus(const Transaction& t);

    TransactionTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    TotalsStrip* m_totals = nullptr;
    QComboBox* m_dates = nullptr;
    QComboBox* m_locations = nullptr;
    QComboBox* m_statuses = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_setStatus = nullptr;
    CacheDatabase& m_cache;
    QString m_actor;
    StatusChooser m_chooseStatus;
    QTimer* m_searchDelay = nullptr;
    TransactionFilter m_applied;
    bool m_error = false; // m_message shows a loading error
    bool m_columnsSized = false;
    bool m_forceReload = false;
};

} // namespace comptoir
