#pragma once

#include "core/entities.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace comptoir {

class CacheDatabase;

// The pane beside the transaction list: every field of the selected transaction (times in
// its location's zone, with UTC on hover), who set a manual status and when, its day close
// (with a link to it), what is waiting for the portal, and its history of changes made in
// Comptoir from the audit log.
class TransactionDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit TransactionDetailPane(CacheDatabase& cache, QWidget* parent = nullptr);

    // Shows a transaction (re-read from the cache), or "nothing selected".
    void showTransaction(const std::optional<Transaction>& transaction);
    // Whether "Set status…" is offered (the user may resolve this transaction).
    void setCanSetStatus(bool can);
    std::optional<Transaction> transaction() const { return m_transaction; }

    // For tests: the pane's text as shown.
    QString plainText() const;
    QPushButton* setStatusButton() const { return m_setStatus; }
    QPushButton* showPeriodButton() const { return m_showPeriod; }

signals:
    void setStatusRequested();
    void showPeriodRequested(const QString& periodId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void updateButtons();
    void retranslateUi();

    CacheDatabase& m_cache;
    std::optional<Transaction> m_transaction;
    bool m_canSetStatus = false;
    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_setStatus = nullptr;
    QPushButton* m_showPeriod = nullptr;
};

} // namespace comptoir
