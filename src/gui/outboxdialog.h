#pragma once

#include "store/outbox.h"

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace comptoir {

class CacheDatabase;

// "Changes waiting for the portal": the local edits the portal has not taken yet (the
// outbox), each with its state — waiting to be sent, in conflict with a change made on the
// portal meanwhile, or refused by the portal — and what the user can do about it. A conflict
// shows the user's change and the portal's version side by side, the fields that differ
// highlighted, with "Keep my change" and "Use the portal's version"; a refusal shows the
// portal's reason and can be dismissed. Closing the dialog leaves everything as it is.
class OutboxDialog : public QDialog {
    Q_OBJECT

public:
    // `actor`: the signed-in user's e-mail address (the changes they made are shown as theirs).
    OutboxDialog(CacheDatabase& cache, QString actor, QWidget* parent = nullptr);
    ~OutboxDialog() override;

    // Conflicts and refusals: the changes that need the user (for a badge in the status bar).
    static int attentionCount(CacheDatabase& cache);

    // Reads the outbox again, keeping the selection where the entry is still there.
    void refresh();
    // Selects an entry by its seq; false when it is not listed.
    bool selectEntry(qint64 seq);
    std::optional<qint64> selectedSeq() const;

signals:
    // The user settled a conflict or dismissed a refusal: the cache changed and there may be
    // something to send.
    void changed();

private:
    void showSelected();
    void showConflict(const OutboxEntry& entry);
    void keepMine();
    void takePortals();
    void dismiss();
    // Runs one outbox action on the selected entry; reports a cache failure in the dialog.
    template <typename Action> void act(Action action);
    void showError(const QString& message);
    QString stateText(OutboxEntry::State state) const;

    CacheDatabase& m_cache;
    QString m_actor;
    QList<OutboxEntry> m_entries;

    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QStackedWidget* m_details = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_pendingText = nullptr;
    QLabel* m_conflictText = nullptr;
    QTableWidget* m_comparison = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takePortals = nullptr;
    QLabel* m_rejectedText = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace comptoir
