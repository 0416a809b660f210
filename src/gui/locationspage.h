#pragma once

#include "core/entities.h"
#include "core/permissionset.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace comptoir {

class CacheDatabase;

// The merchant's locations as a two-level tree: each location with its terminals. It
// adapts what LocationRepository and TerminalRepository returned (a snapshot; it stores
// nothing itself) and knows what the user may change, so that terminals can be dragged onto
// another location they may be moved to. A drop only asks for the move (moveRequested);
// LocationsPage makes it.
class LocationTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    // Persisted (column layouts in settings): append new columns before Count, never reorder.
    enum class Column { Name, Model, Serial, AppVersions, LastSeen, State, Count };
    enum Role {
        IdRole = Qt::UserRole + 1, // location or terminal id
        IsTerminalRole, // bool
        LocationIdRole, // a terminal's location; a location's own id
        ActiveRole, // bool; locations are always active
        PendingRole, // QString: the edits waiting for the portal, empty when none
        SearchTextRole, // QString: what a search looks in (names, address, model, serial)
    };
    // Drag data: the dragged terminals' ids, one per line (UTF-8).
    static inline const QString kMimeType = QStringLiteral("application/x-comptoir-terminal-ids");

    struct Site {
        Location location;
        QList<Terminal> terminals; // active first, then by name
    };
    struct Snapshot {
        QList<Site> sites; // by name; only the locations the page shows
        std::optional<PermissionSet> permissions; // nullopt: a never-synced cache, everything allowed
        bool readOnly = false; // nobody signed in: no edits at all
        QHash<QString, QString> pending; // entity id → its edits waiting for the portal (translated)
        QSet<QString> conflicts; // entity ids with an edit in conflict
        QDateTime now; // for "last seen"
    };

    explicit LocationTreeModel(QObject* parent = nullptr);

    void setSnapshot(Snapshot snapshot);
    const Snapshot& snapshot() const { return m_snapshot; }
    // Moves "now" on, so "5 min ago" stays true.
    void setNow(const QDateTime& now);

    QModelIndex locationIndex(const QString& locationId, int column = 0) const;
    QModelIndex terminalIndex(const QString& terminalId, int column = 0) const;
    const Location* locationAt(const QModelIndex& index) const; // null for a terminal row
    const Terminal* terminalAt(const QModelIndex& index) const; // null for a location row
    const Location* location(const QString& locationId) const;

    // What the user may do, per the snapshot's permissions.
    bool mayRenameLocation(const QString& locationId) const;
    bool mayChangeTerminalsAt(const QString& locationId) const;
    bool mayMove(const Terminal& terminal, const QString& targetLocationId) const;

    // "Just now", "12 min ago", "Today, 14:05", "Yesterday, 21:15", else the local date and time.
    static QString lastSeenText(const QDateTime& lastSeen, const QDateTime& now);
    // "SalesPoint 4.14.2, PayGear 5.3.1, …": the payment app first, then by name.
    static QString appVersionsText(
        const QMap<QString, QString>& versions, const QString& separator = QStringLiteral(", "));

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    // Only onto a location (or between its terminals) the user may move every dragged
    // terminal to, and not all of them there already.
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

signals:
    void moveRequested(const QStringList& terminalIds, const QString& locationId);

private:
    static QStringList terminalIds(const QMimeData* data);
    QString dropTarget(const QMimeData* data, Qt::DropAction action, const QModelIndex& parent) const;
    QVariant locationData(const Site& site, int column, int role) const;
    QVariant terminalData(const Site& site, const Terminal& terminal, int column, int role) const;

    Snapshot m_snapshot;
};

// The "Locations & terminals" page: the locations the user may see with their terminals
// (model, serial, app versions, last seen, active or deactivated) and a details panel.
// Locations and terminals can be renamed; terminals moved to another location (drag and
// drop or "Move to") and deactivated. Every edit goes through LocalEdits — cache, audit log
// and outbox at once — and items with an edit still waiting for the portal are shown in
// italics. Actions the user's groups do not grant are not shown, or disabled where they are
// granted for other locations. There is no "New location": CCV creates one when a terminal
// is ordered for a new address, which the page says.
class LocationsPage : public QWidget {
    Q_OBJECT

public:
    // `actor`: the signed-in user's e-mail address; empty: nobody is signed in and the page
    // only shows.
    LocationsPage(CacheDatabase& cache, QString actor, QWidget* parent = nullptr);
    ~LocationsPage() override;

    // Whether the page is for this user at all (Locations or Terminals on some location);
    // nullopt, a never-synced cache, may see everything.
    static bool isPermitted(const std::optional<PermissionSet>& permissions);

    // Re-reads the cache (after a sync or an edit), keeping expansion and selection.
    void reload();
    void setActor(const QString& actor);

    // The dialogs the page opens. Tests replace them; members left empty open the real ones.
    struct Dialogs {
        // title, label, current name, maximum length → the new name, nullopt when cancelled
        std::function<std::optional<QString>(const QString&, const QString&, const QString&, int)> askName;
        // title, text, the confirming button's text → confirmed
        std::function<bool(const QString&, const QString&, const QString&)> confirm;
        // title, message: an edit was refused
        std::function<void(const QString&, const QString&)> refused;
    };
    void setDialogs(Dialogs dialogs);
    // "Now" for "last seen"; the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    QTreeView* view() const { return m_view; }
    LocationTreeModel* model() const { return m_model; }
    QAction* renameAction() const { return m_rename; }
    QAction* moveAction() const { return m_move; } // its menu lists the permitted locations
    QAction* deactivateAction() const { return m_deactivate; }
    QMenu* moveMenu() const { return m_moveMenu; }

    // Selects a location or terminal by id (shown if filtered out); false when not listed.
    bool select(const QString& id);
    QStringList selectedIds() const;

    // What the actions do, on the selection.
    void renameSelected();
    void deactivateSelected();
    void moveSelectedTo(const QString& locationId);
    // Moves terminals (a drop, the "Move to" menu); each move is its own edit.
    void moveTerminals(const QStringList& terminalIds, const QString& locationId);

signals:
    // A local edit was made: there is something to send to the portal.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateDetails();
    void updateSummary();
    void updatePaletteDependent();
    void rebuildMoveMenu();
    void showContextMenu(const QPoint& pos);
    void popUpMoveMenu();
    void applyFilter();
    void restoreExpansion();
    void sizeColumns();
    void showError(const QString& message);
    void afterEdit(const QStringList& selectIdsAfter);
    // Selects these rows (those shown; `reveal` clears filters that hide them).
    bool selectIds(const QStringList& ids, const QString& current, bool reveal);
    std::optional<QString> askName(const QString& title, const QString& label, const QString& current, int maxLength);
    bool confirm(const QString& title, const QString& text, const QString& confirmText);
    void refuse(const QString& title, const QString& message);

    QModelIndex sourceIndexOf(const QString& id) const;
    QList<Terminal> selectedTerminals() const;
    QModelIndexList selectedSourceRows() const; // in the tree's order
    QString detailsHtml() const;

    CacheDatabase& m_cache;
    QString m_actor;
    Dialogs m_dialogs;
    std::function<QDateTime()> m_clock;
    QSet<QString> m_knownLocations; // seen at an earlier reload: their expansion is the user's
    QSet<QString> m_expanded; // location ids the user keeps open
    bool m_restoring = false; // expanding rows ourselves, not the user
    bool m_columnsSized = false;

    LocationTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_infoIcon = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showDeactivated = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_move = nullptr;
    QAction* m_deactivate = nullptr;
    QMenu* m_moveMenu = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace comptoir
