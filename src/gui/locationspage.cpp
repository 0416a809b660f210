#include "locationspage.h"

#include "gui/dateformats.h"
#include "gui/pagetitle.h"
#include "portal/syncengine.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProxyStyle>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QVersionNumber>

#include <algorithm>

namespace comptoir {

namespace {

using Column = LocationTreeModel::Column;

constexpr int col(Column c)
{
    return static_cast<int>(c);
}

// As the portal and the repositories allow.
constexpr int kMaxLocationName = 80;
constexpr int kMaxTerminalName = 40;
constexpr int kTickMs = 60'000;

// The app that takes the payments comes first in a terminal's list of versions.
bool isPaymentApp(const QString& app)
{
    return app == QLatin1String("SalesPoint") || app == QLatin1String("Payment app");
}

QStringList appsInOrder(const QMap<QString, QString>& versions)
{
    QStringList apps = versions.keys();
    std::stable_sort(apps.begin(), apps.end(), [](const QString& a, const QString& b) {
        if (isPaymentApp(a) != isPaymentApp(b))
            return isPaymentApp(a);
        return QString::localeAwareCompare(a, b) < 0;
    });
    return apps;
}

// The newest version of each app among the active terminals shown, to point out the ones
// that lag behind. Versions that are not dotted numbers ("QT000550") are left alone.
QHash<QString, QVersionNumber> newestVersions(const LocationTreeModel::Snapshot& snapshot)
{
    QHash<QString, QVersionNumber> newest;
    for (const LocationTreeModel::Site& site : snapshot.sites)
        for (const Terminal& t : site.terminals) {
            if (!t.active)
                continue;
            for (auto it = t.appVersions.begin(); it != t.appVersions.end(); ++it) {
                const QVersionNumber v = QVersionNumber::fromString(it.value());
                if (v.isNull())
                    continue;
                QVersionNumber& best = newest[it.key()];
                if (best.isNull() || v > best)
                    best = v;
            }
        }
    return newest;
}

// "2 active, 1 deactivated"
QString terminalCounts(const LocationTreeModel::Site& site)
{
    const auto active
        = std::count_if(site.terminals.begin(), site.terminals.end(), [](const Terminal& t) { return t.active; });
    const auto inactive = site.terminals.size() - active;
    const QString activeText = LocationTreeModel::tr("%n active", "terminals", int(active));
    return inactive == 0 ? activeText
                         : LocationTreeModel::tr("%1, %n deactivated", "terminals", int(inactive)).arg(activeText);
}

QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// A colour between the text and the background: labels and hints, on light and dark palettes.
QColor quietColor(const QPalette& palette)
{
    const QColor fg = palette.color(QPalette::WindowText);
    const QColor bg = palette.color(QPalette::Window);
    return QColor::fromRgbF(0.6f * fg.redF() + 0.4f * bg.redF(), 0.6f * fg.greenF() + 0.4f * bg.greenF(),
        0.6f * fg.blueF() + 0.4f * bg.blueF());
}

// Deactivated terminals in the palette's quiet text colour.
class LocationItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A little air between the rows (a style sheet would do it, but would also pin the
    // view to the palette it was polished with).
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(6, 4);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(LocationTreeModel::ActiveRole).toBool())
            option->palette.setColor(QPalette::Text, quietColor(option->palette));
    }
};

// A tool button whose label already ends in "▾": the style's own small menu arrow goes.
class NoMenuArrowStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
        const QWidget* widget) const override
    {
        if (const auto* button = qstyleoption_cast<const QStyleOptionToolButton*>(option);
            button && control == CC_ToolButton) {
            QStyleOptionToolButton plain(*button);
            plain.features &= ~QStyleOptionToolButton::HasMenu;
            QProxyStyle::drawComplexControl(control, &plain, painter, widget);
            return;
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }
};

// The search field and "Show deactivated terminals". A terminal shows when it matches or
// its location does; a location when it matches or one of its terminals shows.
class LocationFilter : public QSortFilterProxyModel {
public:
    explicit LocationFilter(QObject* parent)
        : QSortFilterProxyModel(parent)
    {
        setRecursiveFilteringEnabled(true);
    }

    void setText(const QString& text)
    {
        m_text = text.simplified();
        invalidateFilter();
    }
    void setShowDeactivated(bool show)
    {
        m_showDeactivated = show;
        invalidateFilter();
    }
    bool showsDeactivated() const { return m_showDeactivated; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const bool terminal = index.data(LocationTreeModel::IsTerminalRole).toBool();
        if (terminal && !m_showDeactivated && !index.data(LocationTreeModel::ActiveRole).toBool())
            return false;
        if (m_text.isEmpty() || matches(index))
            return true;
        return terminal && matches(parent);
    }

private:
    bool matches(const QModelIndex& index) const
    {
        return index.data(LocationTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

    QString m_text;
    bool m_showDeactivated = true;
};

} // namespace

// ---------------------------------------------------------------------------------------
// LocationTreeModel

LocationTreeModel::LocationTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void LocationTreeModel::setSnapshot(Snapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

void LocationTreeModel::setNow(const QDateTime& now)
{
    m_snapshot.now = now;
    for (int row = 0; row < m_snapshot.sites.size(); ++row) {
        const QModelIndex location = index(row, 0);
        const int terminals = rowCount(location);
        if (terminals > 0)
            emit dataChanged(index(0, col(Column::LastSeen), location),
                index(terminals - 1, col(Column::LastSeen), location), { Qt::DisplayRole });
    }
}

QModelIndex LocationTreeModel::locationIndex(const QString& locationId, int column) const
{
    for (int row = 0; row < m_snapshot.sites.size(); ++row)
        if (m_snapshot.sites.at(row).location.id == locationId)
            return index(row, column);
    return {};
}

QModelIndex LocationTreeModel::terminalIndex(const QString& terminalId, int column) const
{
    for (int l = 0; l < m_snapshot.sites.size(); ++l) {
        const QList<Terminal>& terminals = m_snapshot.sites.at(l).terminals;
        for (int row = 0; row < terminals.size(); ++row)
            if (terminals.at(row).id == terminalId)
                return createIndex(row, column, quintptr(l + 1));
    }
    return {};
}

const Location* LocationTreeModel::locationAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != 0)
        return nullptr;
    return &m_snapshot.sites.at(index.row()).location;
}

const Terminal* LocationTreeModel::terminalAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    return &m_snapshot.sites.at(qsizetype(index.internalId() - 1)).terminals.at(index.row());
}

const Location* LocationTreeModel::location(const QString& locationId) const
{
    for (const Site& site : m_snapshot.sites)
        if (site.location.id == locationId)
            return &site.location;
    return nullptr;
}

bool LocationTreeModel::mayRenameLocation(const QString& locationId) const
{
    return !m_snapshot.readOnly
        && (!m_snapshot.permissions || m_snapshot.permissions->allows(Menu::Locations, locationId));
}

bool LocationTreeModel::mayChangeTerminalsAt(const QString& locationId) const
{
    return !m_snapshot.readOnly
        && (!m_snapshot.permissions || m_snapshot.permissions->allows(Menu::Terminals, locationId));
}

bool LocationTreeModel::mayMove(const Terminal& terminal, const QString& targetLocationId) const
{
    return location(targetLocationId) && mayChangeTerminalsAt(terminal.locationId)
        && mayChangeTerminalsAt(targetLocationId);
}

QString LocationTreeModel::lastSeenText(const QDateTime& lastSeen, const QDateTime& now)
{
    if (!lastSeen.isValid())
        return tr("Never");
    const QLocale locale;
    const QDateTime local = lastSeen.toLocalTime();
    const qint64 seconds = lastSeen.secsTo(now);
    if (seconds < -300 || !now.isValid()) // the terminal's clock is ahead: say when, not how long ago
        return shortDateTime(local, locale);
    if (seconds < 60)
        return tr("Just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("Today, %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday, %1").arg(time);
    return shortDateTime(local, locale);
}

QString LocationTreeModel::appVersionsText(const QMap<QString, QString>& versions, const QString& separator)
{
    QStringList parts;
    for (const QString& app : appsInOrder(versions))
        parts.append(tr("%1 %2", "app name and version").arg(app, versions.value(app)));
    return parts.join(separator);
}

QModelIndex LocationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LocationTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LocationTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_snapshot.sites.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_snapshot.sites.at(parent.row()).terminals.size());
}

int LocationTreeModel::columnCount(const QModelIndex&) const
{
    return col(Column::Count);
}

QVariant LocationTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (index.internalId() == 0)
        return locationData(m_snapshot.sites.at(index.row()), index.column(), role);
    const Site& site = m_snapshot.sites.at(qsizetype(index.internalId() - 1));
    return terminalData(site, site.terminals.at(index.row()), index.column(), role);
}

QVariant LocationTreeModel::locationData(const Site& site, int column, int role) const
{
    const Location& l = site.location;
    const QString pending = m_snapshot.pending.value(l.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == col(Column::Name))
            return l.name;
        if (column == col(Column::State)) // the deactivated ones are in the tooltip and the details
            return tr("%n active", "terminals",
                int(std::count_if(
                    site.terminals.begin(), site.terminals.end(), [](const Terminal& t) { return t.active; })));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!pending.isEmpty())
            lines.append((m_snapshot.conflicts.contains(l.id) ? tr("In conflict with a change on the portal:")
                                                              : tr("Waiting for the portal:"))
                + QLatin1Char('\n') + pending);
        if (column == col(Column::Name)) {
            const QString city = QStringList { l.postalCode, l.city }.join(QLatin1Char(' ')).trimmed();
            lines.prepend(QStringList { l.street, city }.join(QStringLiteral(", ")));
        } else if (column == col(Column::State)) {
            lines.prepend(terminalCounts(site));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("\n\n")));
    }
    case Qt::FontRole: {
        if (column != col(Column::Name) && pending.isEmpty())
            return {};
        QFont font;
        font.setBold(column == col(Column::Name));
        font.setItalic(!pending.isEmpty());
        return font;
    }
    case IdRole:
    case LocationIdRole:
        return l.id;
    case IsTerminalRole:
        return false;
    case ActiveRole:
        return true;
    case PendingRole:
        return pending;
    case SearchTextRole:
        return QStringList { l.name, l.street, l.postalCode, l.city }.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant LocationTreeModel::terminalData(const Site& site, const Terminal& t, int column, int role) const
{
    const QString pending = m_snapshot.pending.value(t.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(column)) {
        case Column::Name:
            return t.name;
        case Column::Model:
            return t.model;
        case Column::Serial:
            return t.serial;
        case Column::AppVersions:
            return appVersionsText(t.appVersions);
        case Column::LastSeen:
            return lastSeenText(t.lastSeen, m_snapshot.now);
        case Column::State:
            return t.active ? tr("Active") : tr("Deactivated");
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!pending.isEmpty())
            lines.append((m_snapshot.conflicts.contains(t.id) ? tr("In conflict with a change on the portal:")
                                                              : tr("Waiting for the portal:"))
                + QLatin1Char('\n') + pending);
        if (column == col(Column::AppVersions) && !t.appVersions.isEmpty())
            lines.append(appVersionsText(t.appVersions, QStringLiteral("\n")));
        else if (column == col(Column::LastSeen) && t.lastSeen.isValid())
            lines.append(QLocale().toString(t.lastSeen.toLocalTime(), QLocale::LongFormat));
        else if (column == col(Column::State) && !t.active && t.deactivatedAt.isValid())
            lines.append(
                tr("Deactivated on %1").arg(shortDateTime(t.deactivatedAt.toLocalTime())));
        else if (column == col(Column::Name))
            lines.append(tr("At %1").arg(site.location.name));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("\n\n")));
    }
    case Qt::FontRole:
        if (pending.isEmpty())
            return {};
        {
            QFont font;
            font.setItalic(true);
            return font;
        }
    case IdRole:
        return t.id;
    case LocationIdRole:
        return t.locationId;
    case IsTerminalRole:
        return true;
    case ActiveRole:
        return t.active;
    case PendingRole:
        return pending;
    case SearchTextRole:
        return QStringList { t.name, t.model, t.serial }.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant LocationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Model:
        return tr("Model");
    case Column::Serial:
        return tr("Serial number");
    case Column::AppVersions:
        return tr("App versions");
    case Column::LastSeen:
        return tr("Last seen");
    case Column::State:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags LocationTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (const Location* l = locationAt(index)) {
        if (mayChangeTerminalsAt(l->id))
            f |= Qt::ItemIsDropEnabled;
    } else if (const Terminal* t = terminalAt(index)) {
        f |= Qt::ItemNeverHasChildren;
        if (mayChangeTerminalsAt(t->locationId))
            f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

Qt::DropActions LocationTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions LocationTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LocationTreeModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData* LocationTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& index : indexes)
        if (const Terminal* t = terminalAt(index); t && (flags(index) & Qt::ItemIsDragEnabled) && !ids.contains(t->id))
            ids.append(t->id);
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(kMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList LocationTreeModel::terminalIds(const QMimeData* data)
{
    if (!data || !data->hasFormat(kMimeType))
        return {};
    return QString::fromUtf8(data->data(kMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString LocationTreeModel::dropTarget(const QMimeData* data, Qt::DropAction action, const QModelIndex& parent) const
{
    // Onto a location, or between its terminals (then the parent is the location too).
    const Location* target = locationAt(parent);
    if (!target || action != Qt::MoveAction)
        return {};
    const QStringList ids = terminalIds(data);
    bool moves = false;
    for (const QString& id : ids) {
        const Terminal* t = terminalAt(terminalIndex(id));
        if (!t || !mayMove(*t, target->id))
            return {};
        moves = moves || t->locationId != target->id;
    }
    return moves ? target->id : QString();
}

bool LocationTreeModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent) const
{
    return !dropTarget(data, action, parent).isEmpty();
}

bool LocationTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent)
{
    const QString target = dropTarget(data, action, parent);
    if (target.isEmpty())
        return false;
    QStringList moving;
    for (const QString& id : terminalIds(data))
        if (const Terminal* t = terminalAt(terminalIndex(id)); t && t->locationId != target)
            moving.append(id);
    emit moveRequested(moving, target);
    return true;
}

// ---------------------------------------------------------------------------------------
// LocationsPage

LocationsPage::LocationsPage(CacheDatabase& cache, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_actor(std::move(actor))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_model = new LocationTreeModel(this);
    auto* filter = new LocationFilter(this);
    filter->setSourceModel(m_model);
    m_proxy = filter;
    // The page makes the move after the drop has finished: a refusal opens a message box,
    // which must not run inside the view's drop handling.
    connect(m_model, &LocationTreeModel::moveRequested, this, &LocationsPage::moveTerminals, Qt::QueuedConnection);

    // What this page cannot do, said once.
    m_infoIcon = new QLabel(this);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("noNewLocationInfo"));
    m_info->setWordWrap(true);
    auto* info = new QHBoxLayout;
    info->addWidget(m_infoIcon, 0, Qt::AlignTop);
    info->addWidget(m_info, 1);

    // Actions: the toolbar, the context menu and the keyboard.
    m_rename = new QAction(this);
    m_rename->setObjectName(QStringLiteral("renameAction"));
    m_rename->setShortcut(Qt::Key_F2);
    m_moveMenu = new QMenu(this);
    m_moveMenu->setObjectName(QStringLiteral("moveMenu"));
    m_move = new QAction(this);
    m_move->setObjectName(QStringLiteral("moveAction"));
    m_move->setMenu(m_moveMenu);
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_deactivate = new QAction(this);
    m_deactivate->setObjectName(QStringLiteral("deactivateAction"));
    m_deactivate->setShortcut(QKeySequence::Delete);
    for (QAction* a : { m_rename, m_move, m_deactivate }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_rename, &QAction::triggered, this, &LocationsPage::renameSelected);
    connect(m_move, &QAction::triggered, this, &LocationsPage::popUpMoveMenu);
    connect(m_deactivate, &QAction::triggered, this, &LocationsPage::deactivateSelected);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_rename);
    toolbar->addAction(m_move);
    toolbar->addAction(m_deactivate);
    // The toolbar says "Move to ▾" and opens the menu at once; the context menu shows
    // "Move to" as a submenu.
    if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(m_move))) {
        button->setPopupMode(QToolButton::InstantPopup);
        auto* style = new NoMenuArrowStyle;
        style->setParent(button);
        button->setStyle(style);
    }

    m_showDeactivated = new QCheckBox(this);
    m_showDeactivated->setObjectName(QStringLiteral("showDeactivated"));
    m_showDeactivated->setChecked(true);
    connect(m_showDeactivated, &QCheckBox::toggled, this, &LocationsPage::applyFilter);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &LocationsPage::applyFilter);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(toolbar);
    bar->addStretch(1);
    bar->addWidget(m_showDeactivated);
    bar->addSpacing(12);
    bar->addWidget(m_search);

    // The tree.
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("locationTree"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new LocationItemDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(col(Column::AppVersions), QHeaderView::Stretch);
    header->setSectionsMovable(true);
    const QFontMetrics fm = m_view->fontMetrics();
    // Sized to the contents at the first load (sizeColumns()); the user may resize them.
    header->setMinimumSectionSize(fm.averageCharWidth() * 8);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LocationsPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (!m_restoring && m_search->text().trimmed().isEmpty())
            m_expanded.insert(index.data(LocationTreeModel::IdRole).toString());
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (!m_restoring && m_search->text().trimmed().isEmpty())
            m_expanded.remove(index.data(LocationTreeModel::IdRole).toString());
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();

    // The details of the selection, beside the tree.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse); // a serial number can be copied
    m_details->setContentsMargins(12, 8, 12, 8);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::StyledPanel);
    detailsScroll->setMinimumWidth(fm.averageCharWidth() * 34);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 800, fm.averageCharWidth() * 42 });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto* layout = new QVBoxLayout(this);
    m_title = createPageTitle(QString(), this);
    layout->addWidget(m_title);
    retranslateUi();
    layout->addLayout(info);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    // "12 min ago" stays true as time passes.
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_model->setNow(m_clock());
        updateDetails();
    });
    m_tick->start();

    setFocusProxy(m_view);
    updatePaletteDependent();
    reload();
}

LocationsPage::~LocationsPage() = default;

bool LocationsPage::isPermitted(const std::optional<PermissionSet>& permissions)
{
    return !permissions || permissions->allows(Menu::Locations) || permissions->allows(Menu::Terminals);
}

void LocationsPage::setActor(const QString& actor)
{
    m_actor = actor;
    reload();
}

void LocationsPage::setDialogs(Dialogs dialogs)
{
    m_dialogs = std::move(dialogs);
}

void LocationsPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_model->setNow(m_clock());
    updateDetails();
}

void LocationsPage::reload()
{
    const QStringList selected = selectedIds();
    const QString current = m_view->currentIndex().data(LocationTreeModel::IdRole).toString();

    LocationTreeModel::Snapshot s;
    s.now = m_clock();
    s.readOnly = m_actor.isEmpty();
    try {
        s.permissions = SyncEngine::cachedPermissions(m_cache);
        QHash<QString, qsizetype> siteOf;
        for (const Location& l : LocationRepository(m_cache).all()) {
            // Only the locations this page is for: where the user may rename the location or
            // change its terminals. (The cache also holds those seen for other menus.)
            if (s.permissions && !s.permissions->allows(Menu::Locations, l.id)
                && !s.permissions->allows(Menu::Terminals, l.id))
                continue;
            siteOf.insert(l.id, s.sites.size());
            s.sites.append({ l, {} });
        }
        for (const Terminal& t : TerminalRepository(m_cache).all())
            if (const auto it = siteOf.constFind(t.locationId); it != siteOf.cend())
                s.sites[*it].terminals.append(t);
        const Outbox outbox(m_cache);
        for (const OutboxEntry& e : outbox.entries()) {
            // A rejected edit has been undone in the cache already: nothing waits.
            if (e.state == OutboxEntry::State::Rejected)
                continue;
            if (e.entity() != QLatin1String("location") && e.entity() != QLatin1String("terminal"))
                continue;
            QString& text = s.pending[e.entityId];
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += outbox.describe(e);
            if (e.state == OutboxEntry::State::Conflict)
                s.conflicts.insert(e.entityId);
        }
    } catch (const StoreError& e) {
        showError(e.message());
        return; // what is shown stays
    }
    std::sort(s.sites.begin(), s.sites.end(), [](const LocationTreeModel::Site& a, const LocationTreeModel::Site& b) {
        return QString::localeAwareCompare(a.location.name, b.location.name) < 0;
    });
    for (LocationTreeModel::Site& site : s.sites)
        std::sort(site.terminals.begin(), site.terminals.end(), [](const Terminal& a, const Terminal& b) {
            if (a.active != b.active)
                return a.active;
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    for (const LocationTreeModel::Site& site : s.sites)
        if (!m_knownLocations.contains(site.location.id)) {
            m_knownLocations.insert(site.location.id); // new here: shown open
            m_expanded.insert(site.location.id);
        }
    m_message->hide();
    if (s.sites.isEmpty()) {
        m_message->setText(s.permissions
                ? tr("Your user groups give you no locations to manage here.")
                : tr("There are no locations in the cache yet. They arrive with the next sync."));
        m_message->show();
    }

    m_model->setSnapshot(std::move(s));
    restoreExpansion();
    if (!m_columnsSized && m_proxy->rowCount() > 0)
        sizeColumns();
    selectIds(selected, current, false);
    updateActions();
    updateDetails();
    updateSummary();
}

void LocationsPage::sizeColumns()
{
    // To the contents, within reason; the app versions take what is left (and are in the
    // details panel in full).
    const int maximum = m_view->fontMetrics().averageCharWidth() * 30;
    // Names: bold locations one level in, terminals two (measured here: the view's own
    // measure misses the bold font).
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(m_view->font());
    int name = m_view->header()->sectionSizeHint(col(Column::Name));
    for (const LocationTreeModel::Site& site : m_model->snapshot().sites) {
        name = std::max(name, boldMetrics.horizontalAdvance(site.location.name) + m_view->indentation());
        for (const Terminal& t : site.terminals)
            name = std::max(name, metrics.horizontalAdvance(t.name) + 2 * m_view->indentation());
    }
    m_view->header()->resizeSection(
        col(Column::Name), std::min(name + metrics.averageCharWidth() * 3, metrics.averageCharWidth() * 44));
    for (Column c : { Column::Model, Column::Serial, Column::LastSeen, Column::State }) {
        m_view->resizeColumnToContents(col(c));
        m_view->header()->resizeSection(col(c), std::min(m_view->header()->sectionSize(col(c)), maximum));
    }
    m_columnsSized = true;
}

void LocationsPage::restoreExpansion()
{
    m_restoring = true;
    const bool searching = !m_search->text().trimmed().isEmpty();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        m_view->setExpanded(index, searching || m_expanded.contains(index.data(LocationTreeModel::IdRole).toString()));
    }
    m_restoring = false;
}

QModelIndex LocationsPage::sourceIndexOf(const QString& id) const
{
    const QModelIndex terminal = m_model->terminalIndex(id);
    return terminal.isValid() ? terminal : m_model->locationIndex(id);
}

bool LocationsPage::selectIds(const QStringList& ids, const QString& current, bool reveal)
{
    if (reveal)
        for (const QString& id : ids) {
            const QModelIndex source = sourceIndexOf(id);
            if (!source.isValid() || m_proxy->mapFromSource(source).isValid())
                continue;
            m_search->clear();
            if (!source.data(LocationTreeModel::ActiveRole).toBool())
                m_showDeactivated->setChecked(true);
        }
    QItemSelection selection;
    QModelIndex currentIndex;
    for (const QString& id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(sourceIndexOf(id));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(col(Column::Count) - 1));
        if (index.parent().isValid())
            m_view->expand(index.parent());
        if (!currentIndex.isValid() || id == current)
            currentIndex = index;
    }
    QItemSelectionModel* model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (currentIndex.isValid()) {
        model->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(currentIndex);
    }
    return !selection.isEmpty();
}

bool LocationsPage::select(const QString& id)
{
    return selectIds({ id }, id, true);
}

QStringList LocationsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : selectedSourceRows())
        ids.append(index.data(LocationTreeModel::IdRole).toString());
    return ids;
}

QModelIndexList LocationsPage::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows(0))
        rows.append(m_proxy->mapToSource(index));
    // In the tree's order, not the order of clicking.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) {
        const auto key = [](const QModelIndex& i) {
            return i.parent().isValid() ? std::pair(i.parent().row(), i.row() + 1) : std::pair(i.row(), 0);
        };
        return key(a) < key(b);
    });
    return rows;
}

QList<Terminal> LocationsPage::selectedTerminals() const
{
    QList<Terminal> out;
    for (const QModelIndex& index : selectedSourceRows())
        if (const Terminal* t = m_model->terminalAt(index))
            out.append(*t);
    return out;
}

void LocationsPage::applyFilter()
{
    auto* filter = static_cast<LocationFilter*>(m_proxy);
    const QStringList selected = selectedIds();
    filter->setShowDeactivated(m_showDeactivated->isChecked());
    filter->setText(m_search->text());
    restoreExpansion();
    selectIds(selected, QString(), false);
    updateActions();
    updateDetails();
}

void LocationsPage::updateActions()
{
    const LocationTreeModel::Snapshot& s = m_model->snapshot();
    const bool anyLocations = !s.permissions || s.permissions->allows(Menu::Locations);
    const bool anyTerminals = !s.permissions || s.permissions->allows(Menu::Terminals);
    // Not shown at all what the user's groups never allow; disabled what they allow elsewhere.
    m_rename->setVisible(!s.readOnly && (anyLocations || anyTerminals));
    m_move->setVisible(!s.readOnly && anyTerminals);
    m_deactivate->setVisible(!s.readOnly && anyTerminals);

    const QModelIndexList rows = selectedSourceRows();
    bool rename = false;
    bool deactivate = false;
    if (rows.size() == 1) {
        if (const Location* l = m_model->locationAt(rows.first())) {
            rename = m_model->mayRenameLocation(l->id);
        } else if (const Terminal* t = m_model->terminalAt(rows.first())) {
            rename = t->active && m_model->mayChangeTerminalsAt(t->locationId);
            deactivate = rename;
        }
    }
    m_rename->setEnabled(rename);
    m_deactivate->setEnabled(deactivate);
    rebuildMoveMenu();
}

void LocationsPage::rebuildMoveMenu()
{
    if (m_moveMenu->isVisible())
        return; // not under the user's pointer; the next selection change rebuilds it
    m_moveMenu->clear();
    const QList<Terminal> terminals = selectedTerminals();
    const bool onlyTerminals = !terminals.isEmpty() && terminals.size() == selectedSourceRows().size();
    bool any = false;
    if (onlyTerminals)
        for (const LocationTreeModel::Site& site : m_model->snapshot().sites) {
            const QString id = site.location.id;
            if (!m_model->mayChangeTerminalsAt(id))
                continue; // a location the user may not move terminals to is not offered
            const bool allThere = std::all_of(
                terminals.begin(), terminals.end(), [&id](const Terminal& t) { return t.locationId == id; });
            const bool allowed = std::all_of(
                terminals.begin(), terminals.end(), [&](const Terminal& t) { return m_model->mayMove(t, id); });
            QAction* a = m_moveMenu->addAction(escapedForMenu(site.location.name));
            a->setData(id);
            a->setCheckable(true);
            a->setChecked(allThere);
            a->setEnabled(allowed && !allThere);
            any = any || (allowed && !allThere);
            connect(a, &QAction::triggered, this, [this, id] { moveSelectedTo(id); });
        }
    m_move->setEnabled(onlyTerminals && any);
}

void LocationsPage::popUpMoveMenu()
{
    updateActions();
    if (!m_move->isEnabled())
        return;
    const QRect rect = m_view->visualRect(m_view->currentIndex());
    const QPoint at = rect.isValid() ? rect.bottomLeft() : QPoint(0, 0);
    m_moveMenu->popup(m_view->viewport()->mapToGlobal(at));
}

void LocationsPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_proxy->mapToSource(m_view->indexAt(pos));
    if (!index.isValid())
        return;
    updateActions();
    QMenu menu(this);
    if (m_model->locationAt(index)) {
        if (m_rename->isEnabled())
            menu.addAction(m_rename);
    } else if (const Terminal* t = m_model->terminalAt(index); t && m_model->mayChangeTerminalsAt(t->locationId)) {
        menu.addAction(m_rename);
        menu.addAction(m_move);
        menu.addSeparator();
        menu.addAction(m_deactivate);
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void LocationsPage::renameSelected()
{
    updateActions();
    const QModelIndexList rows = selectedSourceRows();
    if (!m_rename->isEnabled() || rows.size() != 1)
        return;
    std::optional<QString> refused;
    QString id;
    QString title;
    if (const Location* found = m_model->locationAt(rows.first())) {
        const Location l = *found; // the snapshot may change while the dialog is open
        title = tr("Rename location");
        const std::optional<QString> name = askName(title,
            tr("New name for the location “%1” (at most %2 characters):").arg(l.name).arg(kMaxLocationName), l.name,
            kMaxLocationName);
        if (!name || name->simplified() == l.name)
            return;
        id = l.id;
        try {
            refused = LocalEdits(m_cache, m_actor).renameLocation(l.id, *name);
        } catch (const StoreError& e) {
            refused = e.message();
        }
    } else if (const Terminal* found = m_model->terminalAt(rows.first())) {
        const Terminal t = *found;
        const Location* at = m_model->location(t.locationId);
        title = tr("Rename terminal");
        const std::optional<QString> name = askName(title,
            tr("New name for the terminal “%1” at %2 (at most %3 characters). No other active terminal may have "
               "the same name.")
                .arg(t.name, at ? at->name : t.locationId)
                .arg(kMaxTerminalName),
            t.name, kMaxTerminalName);
        if (!name || name->simplified() == t.name)
            return;
        id = t.id;
        try {
            refused = LocalEdits(m_cache, m_actor).renameTerminal(t.id, *name);
        } catch (const StoreError& e) {
            refused = e.message();
        }
    }
    if (refused) {
        refuse(title, *refused);
        return;
    }
    afterEdit({ id });
}

void LocationsPage::moveSelectedTo(const QString& locationId)
{
    QStringList ids;
    for (const Terminal& t : selectedTerminals())
        ids.append(t.id);
    moveTerminals(ids, locationId);
}

void LocationsPage::moveTerminals(const QStringList& terminalIds, const QString& locationId)
{
    // Copies: a dialog below runs the event loop, and a sync may reload the model meanwhile.
    QList<Terminal> terminals;
    for (const QString& id : terminalIds)
        if (const Terminal* t = m_model->terminalAt(m_model->terminalIndex(id)); t && t->locationId != locationId)
            terminals.append(*t);
    const Location* target = m_model->location(locationId);
    const QString targetName = target ? target->name : locationId;
    QStringList moved;
    std::optional<QString> refused;
    for (const Terminal& t : std::as_const(terminals)) {
        if (!m_model->mayMove(t, locationId)) {
            refused = tr("Your user groups do not allow moving “%1” to “%2”.").arg(t.name, targetName);
            break;
        }
        try {
            refused = LocalEdits(m_cache, m_actor).moveTerminal(t.id, locationId);
        } catch (const StoreError& e) {
            refused = e.message();
        }
        if (refused)
            break;
        moved.append(t.id);
    }
    if (!moved.isEmpty()) {
        m_expanded.insert(locationId); // show where they went
        afterEdit(moved);
    }
    if (refused)
        refuse(tr("Move terminal"), *refused);
}

void LocationsPage::deactivateSelected()
{
    updateActions();
    const QModelIndexList rows = selectedSourceRows();
    if (!m_deactivate->isEnabled() || rows.size() != 1)
        return;
    const Terminal* found = m_model->terminalAt(rows.first());
    if (!found)
        return;
    const Terminal t = *found;
    const Location* at = m_model->location(t.locationId);
    const QString what = t.serial.isEmpty() ? t.model : tr("%1, serial number %2").arg(t.model, t.serial);
    const QString text = tr("Deactivate the terminal “%1” (%2) at %3?").arg(t.name, what, at ? at->name : t.locationId)
        + QStringLiteral("\n\n")
        + tr("Deactivating frees the name “%1”: a replacement terminal can then sign in under this name and take over "
             "this terminal's transaction history.")
              .arg(t.name)
        + QStringLiteral("\n\n") + tr("A deactivation cannot be undone from Comptoir.");
    if (!confirm(tr("Deactivate terminal"), text, tr("Deactivate")))
        return;
    std::optional<QString> refused;
    try {
        refused = LocalEdits(m_cache, m_actor).deactivateTerminal(t.id);
    } catch (const StoreError& e) {
        refused = e.message();
    }
    if (refused) {
        refuse(tr("Deactivate terminal"), *refused);
        return;
    }
    afterEdit({ t.id });
}

void LocationsPage::afterEdit(const QStringList& selectIdsAfter)
{
    reload();
    selectIds(selectIdsAfter, selectIdsAfter.value(0), false);
    updateActions();
    updateDetails();
    emit edited();
}

std::optional<QString> LocationsPage::askName(
    const QString& title, const QString& label, const QString& current, int maxLength)
{
    if (m_dialogs.askName)
        return m_dialogs.askName(title, label, current, maxLength);
    QInputDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(label);
    dialog.setTextValue(current);
    dialog.setOkButtonText(tr("Rename"));
    if (auto* edit = dialog.findChild<QLineEdit*>())
        edit->setMaxLength(maxLength);
    if (auto* text = dialog.findChild<QLabel*>())
        text->setWordWrap(true);
    dialog.resize(
        std::max(dialog.sizeHint().width(), fontMetrics().averageCharWidth() * 60), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

bool LocationsPage::confirm(const QString& title, const QString& text, const QString& confirmText)
{
    if (m_dialogs.confirm)
        return m_dialogs.confirm(title, text, confirmText);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton* yes = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void LocationsPage::refuse(const QString& title, const QString& message)
{
    if (m_dialogs.refused) {
        m_dialogs.refused(title, message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void LocationsPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

void LocationsPage::updateSummary()
{
    int active = 0;
    int inactive = 0;
    const QList<LocationTreeModel::Site>& sites = m_model->snapshot().sites;
    for (const LocationTreeModel::Site& site : sites)
        for (const Terminal& t : site.terminals)
            (t.active ? active : inactive) += 1;
    m_summary->setText(
        tr("Locations: %1 · active terminals: %2 · deactivated: %3").arg(sites.size()).arg(active).arg(inactive));
}

void LocationsPage::updateDetails()
{
    m_details->setText(detailsHtml());
}

QString LocationsPage::detailsHtml() const
{
    const QString quiet = quietColor(palette()).name();
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const auto note
        = [&](const QString& text) { return QStringLiteral("<p style=\"color:%1\">%2</p>").arg(quiet, esc(text)); };
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty())
        return note(tr("Select a location or a terminal to see its details."));
    if (rows.size() > 1) {
        QString html = QStringLiteral("<p><b>%1</b></p><ul style=\"margin-left:-24px\">")
                           .arg(esc(tr("%1 selected").arg(rows.size())));
        for (const QModelIndex& row : rows)
            html += QStringLiteral("<li>%1</li>").arg(esc(row.data(Qt::DisplayRole).toString()));
        return html + QStringLiteral("</ul>");
    }

    const QModelIndex row = rows.first();
    const LocationTreeModel::Snapshot& s = m_model->snapshot();
    QString table;
    const auto field = [&](const QString& label, const QString& valueHtml) {
        table += QStringLiteral(
            "<tr><td style=\"color:%1; padding-right:12px; white-space:nowrap\">%2</td><td>%3</td></tr>")
                     .arg(quiet, esc(label), valueHtml);
    };
    QString title;
    QString subtitle;
    QStringList notes;
    const QString pending = row.data(LocationTreeModel::PendingRole).toString();
    const QString id = row.data(LocationTreeModel::IdRole).toString();

    if (const Location* l = m_model->locationAt(row)) {
        title = l->name;
        subtitle = tr("Location");
        QStringList address;
        if (!l->street.isEmpty())
            address.append(esc(l->street));
        const QString city = QStringList { l->postalCode, l->city }.join(QLatin1Char(' ')).trimmed();
        if (!city.isEmpty())
            address.append(esc(city + (l->country.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l->country))));
        field(tr("Address"), address.join(QStringLiteral("<br>")));
        field(tr("Time zone"), esc(l->timeZone));
        for (const LocationTreeModel::Site& site : s.sites)
            if (site.location.id == l->id)
                field(tr("Terminals"), esc(terminalCounts(site)));
        if (!s.readOnly && !m_model->mayRenameLocation(l->id))
            notes.append(tr("Your user groups do not allow renaming this location."));
        if (!s.readOnly && !m_model->mayChangeTerminalsAt(l->id))
            notes.append(tr("Your user groups do not allow changing the terminals of this location."));
    } else if (const Terminal* t = m_model->terminalAt(row)) {
        const Location* at = m_model->location(t->locationId);
        title = t->name;
        subtitle = tr("Terminal at %1").arg(at ? at->name : t->locationId);
        const QLocale locale;
        field(tr("Status"),
            t->active ? esc(tr("Active"))
                      : esc(t->deactivatedAt.isValid()
                              ? tr("Deactivated on %1")
                                    .arg(shortDateTime(t->deactivatedAt.toLocalTime(), locale))
                              : tr("Deactivated")));
        field(tr("Model"), esc(t->model));
        field(tr("Serial number"), esc(t->serial));
        field(tr("Last seen"),
            esc(t->lastSeen.isValid() ? shortDateTime(t->lastSeen.toLocalTime(), locale)
                                      : tr("Never")));
        // Each app on its line; a version older than on the other terminals says so.
        const QHash<QString, QVersionNumber> newest = newestVersions(s);
        QStringList apps;
        for (const QString& app : appsInOrder(t->appVersions)) {
            const QString version = t->appVersions.value(app);
            QString line = esc(tr("%1 %2", "app name and version").arg(app, version))
                               .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
            const QVersionNumber v = QVersionNumber::fromString(version);
            if (t->active && !v.isNull() && newest.contains(app) && v < newest.value(app))
                line += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                            .arg(quiet, esc(tr("(%1 elsewhere)").arg(newest.value(app).toString())));
            apps.append(line);
        }
        field(tr("Apps"), apps.isEmpty() ? esc(tr("None reported")) : apps.join(QStringLiteral("<br>")));
        if (!t->active)
            notes.append(
                tr("Its name is free: a replacement terminal can sign in under it and take over its history."));
        else if (!s.readOnly && !m_model->mayChangeTerminalsAt(t->locationId))
            notes.append(tr("Your user groups do not allow changing the terminals of this location."));
    }

    QString html
        = QStringLiteral("<p style=\"margin-bottom:0\"><span style=\"font-size:large; font-weight:bold\">%1</span>"
                         "<br><span style=\"color:%2\">%3</span></p>")
              .arg(esc(title), quiet, esc(subtitle));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:8px\">%1</table>").arg(table);
    if (!pending.isEmpty()) {
        const bool conflict = s.conflicts.contains(id);
        html += QStringLiteral("<p><i>%1</i><br>%2</p>")
                    .arg(esc(conflict ? tr("In conflict with a change on the portal — see “Changes waiting for the "
                                           "portal”:")
                                      : tr("Waiting for the portal:")),
                        esc(pending).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    for (const QString& n : std::as_const(notes))
        html += note(n);
    return html;
}

void LocationsPage::updatePaletteDependent()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_infoIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    QPalette quiet = m_summary->palette();
    quiet.setColor(QPalette::WindowText, quietColor(palette()));
    m_summary->setPalette(quiet);
    updateDetails();
}

void LocationsPage::retranslateUi()
{
    m_title->setText(tr("Locations & terminals"));
    m_title->setAccessibleName(m_title->text());
    m_info->setText(tr("There is no “New location”: CCV creates a location when a terminal is ordered for a new "
                       "address. You can rename locations, and move a terminal to another location by dragging it "
                       "there or with “Move to”."));
    m_rename->setText(tr("Rename…"));
    m_rename->setToolTip(tr("Rename the selected location or terminal (F2)"));
    m_move->setText(tr("Move to"));
    m_move->setToolTip(tr("Move the selected terminals to another location (Ctrl+M), or drag them there"));
    // The toolbar says "Move to ▾" and opens the menu at once; the context menu shows
    // "Move to" as a submenu.
    m_move->setIconText(tr("Move to ▾"));
    m_deactivate->setText(tr("Deactivate…"));
    m_deactivate->setToolTip(tr("Deactivate the selected terminal, so that a replacement can take over its name (Del)"));
    m_showDeactivated->setText(tr("Show deactivated terminals"));
    m_search->setPlaceholderText(tr("Find a location or terminal"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
}

void LocationsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updatePaletteDependent();
    if (event->type() == QEvent::LanguageChange && m_title) {
        retranslateUi();
        reload(); // the tree's texts, the details and the summary in the new language
    }
}

} // namespace comptoir
