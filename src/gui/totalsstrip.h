#pragma once

#include "store/transactionfilter.h"
#include "store/transactionrepository.h"

#include <QFrame>

class QLabel;

namespace comptoir {

class CacheDatabase;

// The line under the transaction list: how many transactions the filter matches, and its
// gross sales, refunds and net turnover (TransactionRepository::totals).
class TotalsStrip : public QFrame {
    Q_OBJECT

public:
    explicit TotalsStrip(CacheDatabase& cache, QWidget* parent = nullptr);

    void setFilter(const TransactionFilter& filter);
    const TransactionTotals& totals() const { return m_totals; }

signals:
    void loadFailed(const QString& message);

private:
    QLabel* addField(const QString& caption, const QString& objectName);
    void showTotals();

    TransactionRepository m_repository;
    TransactionTotals m_totals;
    QLabel* m_count = nullptr;
    QLabel* m_gross = nullptr;
    QLabel* m_refunds = nullptr;
    QLabel* m_net = nullptr;
};

} // namespace comptoir
