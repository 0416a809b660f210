#pragma once

#include "store/transactionfilter.h"
#include "store/transactionrepository.h"

#include <QFrame>
#include <QList>

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

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* addField(const QString& objectName);
    void showTotals();

    TransactionRepository m_repository;
    TransactionTotals m_totals;
    QList<QLabel*> m_captions;
    QLabel* m_count = nullptr;
    QLabel* m_gross = nullptr;
    QLabel* m_refunds = nullptr;
    QLabel* m_net = nullptr;
};

} // namespace comptoir
