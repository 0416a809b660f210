#pragma once

#include "store/transactionfilter.h"
#include "store/transactionrepository.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace comptoir {

class CacheDatabase;

// The line under the transaction list: how many transactions the filter matches, and its
// gross sales, refunds and net turnover (TransactionRepository::totals). Totals the rollup
// answers come at once; those that need the raw rows (a search, an amount range, a
// processor) are added up on a worker thread with its own connection, while the list is
// read on the GUI thread — on two cores, side by side — and show "…" until they arrive.
class TotalsStrip : public QFrame {
    Q_OBJECT

public:
    explicit TotalsStrip(CacheDatabase& cache, QWidget* parent = nullptr);

    void setFilter(const TransactionFilter& filter);
    const TransactionTotals& totals() const { return m_totals; }
    // Whether totals are being added up on the worker.
    bool isBusy() const { return m_busy; }

signals:
    void loadFailed(const QString& message);
    // The totals of the last filter are shown.
    void totalsShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addField(const QString& objectName);
    void showTotals();
    void updateCaptions();

    TransactionRepository m_repository;
    CacheDatabase& m_cache;
    TransactionTotals m_totals;
    quint64 m_generation = 0; // the filter whose totals the worker's answer must be for
    bool m_busy = false;
    QList<QLabel*> m_captions;
    QLabel* m_count = nullptr;
    QLabel* m_gross = nullptr;
    QLabel* m_refunds = nullptr;
    QLabel* m_net = nullptr;
};

} // namespace comptoir
