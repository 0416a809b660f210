// The Locations & terminals page on a cache with the store fixtures' two locations (loc-1
// "Bakkerij Gent" with term-1 "Kassa 1" and term-2 "Kassa 2", loc-2 "Boulangerie Namur" with
// term-3 and term-4), driven as a user does: through its actions, its menu and drops, with
// the dialogs replaced by answers the test gives.
#include "guifixtures.h"
#include "gui/locationspage.h"
#include "gui/preferences.h"

#include "portal/syncengine.h"
#include "server/democache.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/storefixtures.h"
#include "store/terminalrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

namespace {

using Column = LocationTreeModel::Column;
const QString kActor = QStringLiteral("anais@bakkerij-janssens.be");

// What the page asked and told, and what the "user" answers.
struct Dialogs {
    QStringList askedLabels;
    QString askedCurrent;
    int askedMaxLength = 0;
    std::optional<QString> name;
    QStringList confirmTexts;
    bool confirmAnswer = true;
    QStringList refusals;

    void install(LocationsPage& page)
    {
        page.setDialogs({ [this](const QString&, const QString& label, const QString& current, int maxLength) {
                             askedLabels.append(label);
                             askedCurrent = current;
                             askedMaxLength = maxLength;
                             return name;
                         },
            [this](const QString&, const QString& text, const QString&) {
                confirmTexts.append(text);
                return confirmAnswer;
            },
            [this](const QString&, const QString& message) { refusals.append(message); } });
    }
};

struct Sites : TempCache {
    Sites() { addSites(**this); }
};

QStringList topLevelNames(const QAbstractItemModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

QStringList childNames(const QAbstractItemModel* model, int locationRow)
{
    QStringList names;
    const QModelIndex parent = model->index(locationRow, 0);
    for (int row = 0; row < model->rowCount(parent); ++row)
        names.append(model->index(row, 0, parent).data().toString());
    return names;
}

QModelIndex shown(const LocationsPage& page, const QModelIndex& source)
{
    return static_cast<const QSortFilterProxyModel*>(page.view()->model())->mapFromSource(source);
}

QList<OutboxEntry> outboxOf(CacheDatabase& cache)
{
    return Outbox(cache).entries();
}

QMap<QString, QAction*> moveTargets(const LocationsPage& page)
{
    QMap<QString, QAction*> out;
    for (QAction* a : page.moveMenu()->actions())
        if (a->data().isValid())
            out.insert(a->data().toString(), a);
    return out;
}

} // namespace

TEST_CASE("Locations page: the tree shows each location with its terminals and their details")
{
    Sites c;
    {
        Terminal old = *TerminalRepository(*c).get(kTerminals[1]);
        old.id = QStringLiteral("term-old");
        old.name = QStringLiteral("Kassa 0");
        old.serial = QStringLiteral("SN0999");
        old.active = false;
        old.deactivatedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        TerminalRepository(*c).upsert(old);
    }
    LocationsPage page(*c, kActor);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.view()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setClock([] { return QDateTime(QDate(2026, 5, 1), QTime(15, 30), Qt::UTC); });

    const LocationTreeModel* model = page.model();
    CHECK(topLevelNames(model) == QStringList { QStringLiteral("Bakkerij Gent"), QStringLiteral("Boulangerie Namur") });
    // Active terminals first, the deactivated one last.
    CHECK(childNames(model, 0)
        == QStringList { QStringLiteral("Kassa 1"), QStringLiteral("Kassa 2"), QStringLiteral("Kassa 0") });
    CHECK(childNames(model, 1) == QStringList { QStringLiteral("Kassa 3"), QStringLiteral("Kassa 4") });
    CHECK(page.view()->isExpanded(page.view()->model()->index(0, 0)));

    const QModelIndex kassa1 = model->terminalIndex(kTerminals[0]);
    const auto text = [&](const QModelIndex& i, Column c) { return i.siblingAtColumn(int(c)).data().toString(); };
    CHECK(text(kassa1, Column::Model) == QStringLiteral("CCV Duo Base A80-A35"));
    CHECK(text(kassa1, Column::Serial) == QStringLiteral("SN1000"));
    CHECK(text(kassa1, Column::AppVersions) == QStringLiteral("SalesPoint 4.12.1"));
    // Last seen at 12:00 UTC, three and a half hours ago: today, at that local time.
    const QString time = QLocale().toString(
        QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC).toLocalTime().time(), QLocale::ShortFormat);
    CHECK(text(kassa1, Column::LastSeen) == QStringLiteral("Today, ") + time);
    CHECK(text(kassa1, Column::State) == QStringLiteral("Active"));
    CHECK(kassa1.data(LocationTreeModel::ActiveRole).toBool());

    const QModelIndex old = model->terminalIndex(QStringLiteral("term-old"));
    CHECK(text(old, Column::State) == QStringLiteral("Deactivated"));
    CHECK_FALSE(old.data(LocationTreeModel::ActiveRole).toBool());
    CHECK(text(model->locationIndex(kLocations[0]), Column::State) == QStringLiteral("2 active"));
    CHECK(model->locationIndex(kLocations[0], int(Column::State)).data(Qt::ToolTipRole).toString()
        == QStringLiteral("2 active, 1 deactivated"));
    CHECK(text(model->locationIndex(kLocations[1]), Column::State) == QStringLiteral("2 active"));
    CHECK(model->locationIndex(kLocations[0])
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Veldstraat 1, 9000 Gent")));

    // The page explains that locations are not created here.
    auto* info = page.findChild<QLabel*>(QStringLiteral("noNewLocationInfo"));
    REQUIRE(info);
    CHECK(info->text().contains(QStringLiteral("There is no “New location”")));
    CHECK(info->text().contains(QStringLiteral("ordered for a new address")));
    auto* summary = page.findChild<QLabel*>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("Locations: 2 · active terminals: 4 · deactivated: 1"));

    // The details panel follows the selection.
    auto* details = page.findChild<QLabel*>(QStringLiteral("details"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("Select a location or a terminal")));
    REQUIRE(page.select(kTerminals[0]));
    CHECK(page.selectedIds() == QStringList { kTerminals[0] });
    CHECK(details->text().contains(QStringLiteral("SN1000")));
    CHECK(details->text().contains(QStringLiteral("Terminal at Bakkerij Gent")));
    REQUIRE(page.select(kLocations[1]));
    CHECK(details->text().contains(QStringLiteral("Rue de Fer 12")));
    CHECK(details->text().contains(QStringLiteral("Europe/Brussels")));

    SECTION("last seen: relative when recent, the date otherwise")
    {
        const QDateTime now(QDate(2026, 5, 10), QTime(12, 0), Qt::UTC);
        CHECK(LocationTreeModel::lastSeenText(now.addSecs(-20), now) == QStringLiteral("Just now"));
        CHECK(LocationTreeModel::lastSeenText(now.addSecs(-12 * 60), now) == QStringLiteral("12 min ago"));
        const QDateTime yesterday = now.toLocalTime().addDays(-1);
        CHECK(LocationTreeModel::lastSeenText(yesterday.toUTC(), now)
            == QStringLiteral("Yesterday, ") + QLocale().toString(yesterday.time(), QLocale::ShortFormat));
        const QDateTime longAgo = now.addDays(-20);
        CHECK(LocationTreeModel::lastSeenText(longAgo, now)
            == QLocale().toString(longAgo.toLocalTime(), QLocale::ShortFormat));
        CHECK(LocationTreeModel::lastSeenText(QDateTime(), now) == QStringLiteral("Never"));
    }
    SECTION("the search shows matching terminals, and a matching location with all of its terminals")
    {
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("search"));
        REQUIRE(search);
        const QAbstractItemModel* view = page.view()->model();
        search->setText(QStringLiteral("namur"));
        CHECK(topLevelNames(view) == QStringList { QStringLiteral("Boulangerie Namur") });
        CHECK(childNames(view, 0) == QStringList { QStringLiteral("Kassa 3"), QStringLiteral("Kassa 4") });
        search->setText(QStringLiteral("SN1001"));
        CHECK(topLevelNames(view) == QStringList { QStringLiteral("Bakkerij Gent") });
        CHECK(childNames(view, 0) == QStringList { QStringLiteral("Kassa 2") });
        search->clear();
        auto* showDeactivated = page.findChild<QCheckBox*>(QStringLiteral("showDeactivated"));
        REQUIRE(showDeactivated);
        showDeactivated->setChecked(false);
        CHECK(childNames(view, 0) == QStringList { QStringLiteral("Kassa 1"), QStringLiteral("Kassa 2") });
        // Selecting a hidden terminal shows it again.
        REQUIRE(page.select(QStringLiteral("term-old")));
        CHECK(showDeactivated->isChecked());
    }
}

TEST_CASE("Locations page: renaming a terminal or a location is a local edit")
{
    Sites c;
    LocationsPage page(*c, kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QSignalSpy edited(&page, &LocationsPage::edited);

    REQUIRE(page.select(kTerminals[1]));
    REQUIRE(page.renameAction()->isVisible());
    REQUIRE(page.renameAction()->isEnabled());
    CHECK(page.renameAction()->shortcut() == QKeySequence(Qt::Key_F2));

    SECTION("a new name is saved, audited and queued for the portal")
    {
        dialogs.name = QStringLiteral("  Kassa   toog ");
        page.renameAction()->trigger();
        REQUIRE(dialogs.askedLabels.size() == 1);
        CHECK(dialogs.askedCurrent == QStringLiteral("Kassa 2"));
        CHECK(dialogs.askedMaxLength == 40);
        CHECK(dialogs.refusals.isEmpty());
        CHECK(TerminalRepository(*c).get(kTerminals[1])->name == QStringLiteral("Kassa toog"));
        const QList<OutboxEntry> queued = outboxOf(*c);
        REQUIRE(queued.size() == 1);
        CHECK(queued.first().kind == OutboxEntry::kRenameTerminal);
        CHECK(queued.first().entityId == kTerminals[1]);
        CHECK(queued.first().actor == kActor);
        CHECK(edited.size() == 1);

        // The tree shows it at once, marked as waiting for the portal, still selected.
        const QModelIndex item = page.model()->terminalIndex(kTerminals[1]);
        CHECK(item.data().toString() == QStringLiteral("Kassa toog"));
        CHECK(item.data(Qt::FontRole).value<QFont>().italic());
        CHECK(item.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Waiting for the portal")));
        CHECK(item.data(LocationTreeModel::PendingRole).toString()
            == QStringLiteral("Rename terminal “Kassa 2” to “Kassa toog”"));
        CHECK_FALSE(page.model()->terminalIndex(kTerminals[0]).data(Qt::FontRole).value<QFont>().italic());
        CHECK(page.selectedIds() == QStringList { kTerminals[1] });
    }
    SECTION("a refused name is explained and nothing is queued")
    {
        dialogs.name = QStringLiteral("kassa 1"); // taken by another active terminal
        page.renameAction()->trigger();
        REQUIRE(dialogs.refusals.size() == 1);
        CHECK(dialogs.refusals.first().contains(QStringLiteral("Another active terminal is already called")));
        CHECK(TerminalRepository(*c).get(kTerminals[1])->name == QStringLiteral("Kassa 2"));
        CHECK(outboxOf(*c).isEmpty());
        CHECK(edited.isEmpty());
    }
    SECTION("cancelling or keeping the name changes nothing")
    {
        dialogs.name = std::nullopt;
        page.renameAction()->trigger();
        dialogs.name = QStringLiteral("Kassa 2");
        page.renameAction()->trigger();
        CHECK(dialogs.askedLabels.size() == 2);
        CHECK(outboxOf(*c).isEmpty());
        CHECK(edited.isEmpty());
    }
    SECTION("a location")
    {
        REQUIRE(page.select(kLocations[0]));
        REQUIRE(page.renameAction()->isEnabled());
        CHECK_FALSE(page.deactivateAction()->isEnabled());
        CHECK_FALSE(page.moveAction()->isEnabled());
        dialogs.name = QStringLiteral("Bakkerij Gent Centrum");
        page.renameAction()->trigger();
        CHECK(dialogs.askedMaxLength == 80);
        CHECK(LocationRepository(*c).get(kLocations[0])->name == QStringLiteral("Bakkerij Gent Centrum"));
        REQUIRE(outboxOf(*c).size() == 1);
        CHECK(outboxOf(*c).first().kind == OutboxEntry::kRenameLocation);
        CHECK(edited.size() == 1);
        CHECK(page.model()->locationIndex(kLocations[0]).data(Qt::FontRole).value<QFont>().italic());
    }
}

TEST_CASE("Locations page: a terminal dropped onto another location moves there")
{
    Sites c;
    LocationsPage page(*c, kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QSignalSpy edited(&page, &LocationsPage::edited);
    LocationTreeModel* model = page.model();

    const QModelIndex kassa1 = model->terminalIndex(kTerminals[0]);
    CHECK(model->flags(kassa1) & Qt::ItemIsDragEnabled);
    CHECK(model->flags(model->locationIndex(kLocations[1])) & Qt::ItemIsDropEnabled);
    CHECK_FALSE(model->flags(model->locationIndex(kLocations[1])) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(model->mimeData({ kassa1 }));
    REQUIRE(mime);
    REQUIRE(mime->hasFormat(LocationTreeModel::kMimeType));
    // Dropped elsewhere: refused.
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->locationIndex(kLocations[0])));
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->terminalIndex(kTerminals[2])));
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model->locationIndex(kLocations[1])));
    CHECK_FALSE(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->terminalIndex(kTerminals[2])));
    QCoreApplication::processEvents();
    CHECK(edited.isEmpty());

    SECTION("onto the location")
    {
        CHECK(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->locationIndex(kLocations[1])));
        CHECK(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->locationIndex(kLocations[1])));
    }
    SECTION("between its terminals, through the view's model")
    {
        QAbstractItemModel* view = page.view()->model();
        const QModelIndex target = shown(page, model->locationIndex(kLocations[1]));
        std::unique_ptr<QMimeData> viewMime(view->mimeData({ shown(page, kassa1) }));
        REQUIRE(viewMime);
        CHECK(view->canDropMimeData(viewMime.get(), Qt::MoveAction, 1, 0, target));
        CHECK(view->dropMimeData(viewMime.get(), Qt::MoveAction, 1, 0, target));
    }
    // The move is made once the drop has finished.
    REQUIRE(edited.wait(2000));
    CHECK(edited.size() == 1);
    CHECK(dialogs.refusals.isEmpty());
    CHECK(TerminalRepository(*c).get(kTerminals[0])->locationId == kLocations[1]);
    const QList<OutboxEntry> queued = outboxOf(*c);
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().kind == OutboxEntry::kMoveTerminal);
    CHECK(queued.first().entityId == kTerminals[0]);
    CHECK(queued.first().payload.value(QLatin1String("location_id")).toString() == kLocations[1]);
    CHECK(childNames(model, 1)
        == QStringList { QStringLiteral("Kassa 1"), QStringLiteral("Kassa 3"), QStringLiteral("Kassa 4") });
    CHECK(page.selectedIds() == QStringList { kTerminals[0] });
    CHECK(model->terminalIndex(kTerminals[0]).data(Qt::FontRole).value<QFont>().italic());
}

TEST_CASE("Locations page: the Move to menu moves the selected terminals")
{
    Sites c;
    LocationsPage page(*c, kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QSignalSpy edited(&page, &LocationsPage::edited);

    CHECK_FALSE(page.moveAction()->isEnabled()); // nothing selected
    REQUIRE(page.select(kTerminals[2]));
    REQUIRE(page.moveAction()->isEnabled());
    QMap<QString, QAction*> targets = moveTargets(page);
    REQUIRE(targets.size() == 2);
    CHECK(targets.value(kLocations[1])->isChecked()); // where it is
    CHECK_FALSE(targets.value(kLocations[1])->isEnabled());
    REQUIRE(targets.value(kLocations[0])->isEnabled());
    CHECK(targets.value(kLocations[0])->text() == QStringLiteral("Bakkerij Gent"));
    targets.value(kLocations[0])->trigger();
    CHECK(edited.size() == 1);
    CHECK(TerminalRepository(*c).get(kTerminals[2])->locationId == kLocations[0]);
    REQUIRE(outboxOf(*c).size() == 1);
    CHECK(outboxOf(*c).first().kind == OutboxEntry::kMoveTerminal);

    // Both terminals of Gent's... now three; two of them at once.
    QItemSelection both;
    for (const QString& id : { kTerminals[0], kTerminals[1] }) {
        const QModelIndex i = shown(page, page.model()->terminalIndex(id));
        both.select(i, i.siblingAtColumn(int(Column::Count) - 1));
    }
    page.view()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect);
    CHECK_FALSE(page.renameAction()->isEnabled()); // one at a time
    CHECK_FALSE(page.deactivateAction()->isEnabled());
    targets = moveTargets(page);
    REQUIRE(targets.value(kLocations[1])->isEnabled());
    targets.value(kLocations[1])->trigger();
    CHECK(edited.size() == 2);
    CHECK(TerminalRepository(*c).get(kTerminals[0])->locationId == kLocations[1]);
    CHECK(TerminalRepository(*c).get(kTerminals[1])->locationId == kLocations[1]);
    CHECK(outboxOf(*c).size() == 3); // one edit per terminal
    CHECK(page.selectedIds() == QStringList { kTerminals[0], kTerminals[1] });
}

TEST_CASE("Locations page: a move needs the Terminals grant on both locations")
{
    Sites c;
    // Terminals at Gent only; Namur only for renaming it.
    setPermissions(*c,
        { { QStringLiteral("locations"), { kLocations[0], kLocations[1] } },
            { QStringLiteral("terminals"), { kLocations[0] } } });
    LocationsPage page(*c, kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QSignalSpy edited(&page, &LocationsPage::edited);
    LocationTreeModel* model = page.model();
    REQUIRE(model->rowCount() == 2);

    // Not offered: Namur is not in the menu, the action has nowhere to go.
    REQUIRE(page.select(kTerminals[0]));
    CHECK(page.moveAction()->isVisible());
    CHECK_FALSE(page.moveAction()->isEnabled());
    CHECK_FALSE(moveTargets(page).contains(kLocations[1]));
    CHECK(page.renameAction()->isEnabled());

    // Refused as a drop.
    std::unique_ptr<QMimeData> mime(model->mimeData({ model->terminalIndex(kTerminals[0]) }));
    REQUIRE(mime);
    CHECK_FALSE(model->flags(model->locationIndex(kLocations[1])) & Qt::ItemIsDropEnabled);
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->locationIndex(kLocations[1])));
    CHECK_FALSE(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->locationIndex(kLocations[1])));
    // Namur's terminals cannot be dragged away, renamed or deactivated.
    CHECK_FALSE(model->flags(model->terminalIndex(kTerminals[2])) & Qt::ItemIsDragEnabled);
    REQUIRE(page.select(kTerminals[2]));
    CHECK_FALSE(page.renameAction()->isEnabled());
    CHECK_FALSE(page.deactivateAction()->isEnabled());
    CHECK_FALSE(page.moveAction()->isEnabled());
    // ...but Namur itself can be renamed.
    REQUIRE(page.select(kLocations[1]));
    CHECK(page.renameAction()->isEnabled());

    // A move asked for anyway (a drop from an older view) is refused with a reason.
    page.moveTerminals({ kTerminals[0] }, kLocations[1]);
    REQUIRE(dialogs.refusals.size() == 1);
    CHECK(dialogs.refusals.first().contains(QStringLiteral("do not allow moving “Kassa 1” to “Boulangerie Namur”")));
    QCoreApplication::processEvents();
    CHECK(edited.isEmpty());
    CHECK(outboxOf(*c).isEmpty());
    CHECK(TerminalRepository(*c).get(kTerminals[0])->locationId == kLocations[0]);
}

TEST_CASE("Locations page: deactivating a terminal asks first and says what it frees")
{
    Sites c;
    LocationsPage page(*c, kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QSignalSpy edited(&page, &LocationsPage::edited);

    REQUIRE(page.select(kTerminals[1]));
    REQUIRE(page.deactivateAction()->isEnabled());
    CHECK(page.deactivateAction()->shortcut() == QKeySequence(QKeySequence::Delete));

    dialogs.confirmAnswer = false;
    page.deactivateAction()->trigger();
    REQUIRE(dialogs.confirmTexts.size() == 1);
    const QString text = dialogs.confirmTexts.first();
    CHECK(text.contains(QStringLiteral(
        "Deactivate the terminal “Kassa 2” (CCV Duo Base A80-A35, serial number SN1001) at Bakkerij Gent?")));
    CHECK(text.contains(QStringLiteral("frees the name “Kassa 2”")));
    CHECK(text.contains(QStringLiteral("a replacement terminal can then sign in under this name and take over this "
                                       "terminal's transaction history")));
    CHECK(text.contains(QStringLiteral("cannot be undone from Comptoir")));
    CHECK(TerminalRepository(*c).get(kTerminals[1])->active);
    CHECK(outboxOf(*c).isEmpty());
    CHECK(edited.isEmpty());

    dialogs.confirmAnswer = true;
    page.deactivateAction()->trigger();
    CHECK(dialogs.confirmTexts.size() == 2);
    CHECK(dialogs.refusals.isEmpty());
    CHECK_FALSE(TerminalRepository(*c).get(kTerminals[1])->active);
    REQUIRE(outboxOf(*c).size() == 1);
    CHECK(outboxOf(*c).first().kind == OutboxEntry::kDeactivateTerminal);
    CHECK(outboxOf(*c).first().entityId == kTerminals[1]);
    CHECK(edited.size() == 1);

    const QModelIndex item = page.model()->terminalIndex(kTerminals[1]);
    CHECK(item.siblingAtColumn(int(Column::State)).data().toString() == QStringLiteral("Deactivated"));
    CHECK_FALSE(item.data(LocationTreeModel::ActiveRole).toBool());
    CHECK(page.selectedIds() == QStringList { kTerminals[1] });
    // Nothing more to do with it; its name is free for another terminal.
    CHECK_FALSE(page.deactivateAction()->isEnabled());
    CHECK_FALSE(page.renameAction()->isEnabled());
    REQUIRE(page.select(kTerminals[0]));
    dialogs.name = QStringLiteral("Kassa 2");
    page.renameAction()->trigger();
    CHECK(dialogs.refusals.isEmpty());
    CHECK(TerminalRepository(*c).get(kTerminals[0])->name == QStringLiteral("Kassa 2"));
}

TEST_CASE("Locations page: only permitted locations and actions are shown")
{
    Sites c;

    SECTION("a never-synced cache shows everything")
    {
        CHECK(LocationsPage::isPermitted(std::nullopt));
        LocationsPage page(*c, kActor);
        CHECK(page.model()->rowCount() == 2);
        CHECK(page.renameAction()->isVisible());
        CHECK(page.moveAction()->isVisible());
        CHECK(page.deactivateAction()->isVisible());
    }
    SECTION("without the Locations grant a location cannot be renamed")
    {
        setPermissions(
            *c, { { QStringLiteral("terminals"), { kLocations[0] } }, { QStringLiteral("transactions"), kLocations } });
        CHECK(LocationsPage::isPermitted(SyncEngine::cachedPermissions(*c)));
        LocationsPage page(*c, kActor);
        Dialogs dialogs;
        dialogs.install(page);
        // Namur is only granted for transactions: not on this page.
        CHECK(topLevelNames(page.model()) == QStringList { QStringLiteral("Bakkerij Gent") });
        REQUIRE(page.select(kLocations[0]));
        CHECK(page.renameAction()->isVisible()); // for the terminals
        CHECK_FALSE(page.renameAction()->isEnabled());
        page.renameSelected();
        CHECK(dialogs.askedLabels.isEmpty());
        CHECK_FALSE(page.model()->mayRenameLocation(kLocations[0]));
        REQUIRE(page.select(kTerminals[0]));
        CHECK(page.renameAction()->isEnabled());
        CHECK(page.deactivateAction()->isEnabled());
    }
    SECTION("only the Locations grant: no terminal actions at all")
    {
        setPermissions(*c, { { QStringLiteral("locations"), { kLocations[1] } } });
        LocationsPage page(*c, kActor);
        CHECK(topLevelNames(page.model()) == QStringList { QStringLiteral("Boulangerie Namur") });
        CHECK(page.renameAction()->isVisible());
        CHECK_FALSE(page.moveAction()->isVisible());
        CHECK_FALSE(page.deactivateAction()->isVisible());
        CHECK_FALSE(page.model()->flags(page.model()->terminalIndex(kTerminals[2])) & Qt::ItemIsDragEnabled);
    }
    SECTION("neither grant: the page is not for this user")
    {
        setPermissions(*c, { { QStringLiteral("transactions"), kLocations } });
        CHECK_FALSE(LocationsPage::isPermitted(SyncEngine::cachedPermissions(*c)));
        LocationsPage page(*c, kActor);
        CHECK(page.model()->rowCount() == 0);
        CHECK_FALSE(page.renameAction()->isVisible());
        CHECK_FALSE(page.moveAction()->isVisible());
    }
    SECTION("an administrator may do everything")
    {
        setPermissions(*c, {}, true, kActor);
        LocationsPage page(*c, kActor);
        CHECK(page.model()->rowCount() == 2);
        REQUIRE(page.select(kLocations[1]));
        CHECK(page.renameAction()->isEnabled());
    }
    SECTION("nobody signed in: the page only shows")
    {
        LocationsPage page(*c, QString());
        CHECK(page.model()->rowCount() == 2);
        CHECK_FALSE(page.renameAction()->isVisible());
        CHECK_FALSE(page.deactivateAction()->isVisible());
        CHECK_FALSE(page.model()->flags(page.model()->terminalIndex(kTerminals[0])) & Qt::ItemIsDragEnabled);
    }
}

TEST_CASE("Locations page: reload keeps expansion and selection and marks pending edits")
{
    Sites c;
    LocationsPage page(*c, kActor);
    QTreeView* view = page.view();
    view->collapse(shown(page, page.model()->locationIndex(kLocations[1])));
    REQUIRE(page.select(kTerminals[1]));

    // Someone else's edit, e.g. from the transactions page or a sync.
    REQUIRE_FALSE(LocalEdits(*c, kActor).renameLocation(kLocations[1], QStringLiteral("Boulangerie Namur Gare")));
    LocationRepository(*c).upsert({ QStringLiteral("loc-3"), QStringLiteral("Atelier Liège"),
        QStringLiteral("Rue Léopold 3"), QStringLiteral("4000"), QStringLiteral("Liège"), QStringLiteral("BE"),
        QStringLiteral("Europe/Brussels"), 1 });
    page.reload();

    CHECK(topLevelNames(page.model())
        == QStringList { QStringLiteral("Atelier Liège"), QStringLiteral("Bakkerij Gent"),
            QStringLiteral("Boulangerie Namur Gare") });
    CHECK(page.selectedIds() == QStringList { kTerminals[1] });
    CHECK(view->isExpanded(shown(page, page.model()->locationIndex(kLocations[0]))));
    CHECK_FALSE(view->isExpanded(shown(page, page.model()->locationIndex(kLocations[1]))));
    CHECK(view->isExpanded(shown(page, page.model()->locationIndex(QStringLiteral("loc-3"))))); // new: open
    const QModelIndex renamed = page.model()->locationIndex(kLocations[1]);
    CHECK(renamed.data(Qt::FontRole).value<QFont>().italic());
    CHECK(renamed.data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Rename location “Boulangerie Namur” to “Boulangerie Namur Gare”")));
}

TEST_CASE("Locations page: F2 renames and Del deactivates the selection")
{
    Sites c;
    LocationsPage page(*c, kActor);
    Dialogs dialogs;
    dialogs.install(page);
    dialogs.confirmAnswer = false;
    page.resize(1000, 600);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.select(kTerminals[0]));
    page.view()->setFocus();

    QTest::keyClick(page.view(), Qt::Key_F2);
    CHECK(dialogs.askedLabels.size() == 1);
    QTest::keyClick(page.view(), Qt::Key_Delete);
    CHECK(dialogs.confirmTexts.size() == 1);
    CHECK(outboxOf(*c).isEmpty());

    // In the search field, Delete edits the text.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("search"));
    REQUIRE(search);
    QTest::keySequence(&page, QKeySequence(QKeySequence::Find));
    REQUIRE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Kassa"));
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    CHECK(search->text() == QStringLiteral("assa"));
    CHECK(dialogs.confirmTexts.size() == 1);
}

TEST_CASE("Locations page: the real dialogs rename and ask before deactivating")
{
    Sites c;
    LocationsPage page(*c, kActor);
    REQUIRE(page.select(kTerminals[0]));

    // The rename dialog: the current name, at most 40 characters.
    int maxLength = 0;
    QTimer::singleShot(0, &page, [&maxLength] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* edit = dialog->findChild<QLineEdit*>())
            maxLength = edit->maxLength();
        dialog->setTextValue(dialog->textValue() + QStringLiteral(" bis"));
        dialog->accept();
    });
    page.renameAction()->trigger();
    CHECK(maxLength == 40);
    CHECK(TerminalRepository(*c).get(kTerminals[0])->name == QStringLiteral("Kassa 1 bis"));

    // The confirmation: Cancel is the default; "Deactivate" deactivates.
    QString defaultButton;
    QTimer::singleShot(0, &page, [&defaultButton] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (box->defaultButton())
            defaultButton = box->defaultButton()->text();
        for (QAbstractButton* b : box->buttons())
            if (b->text() == QStringLiteral("Deactivate"))
                b->click();
    });
    page.deactivateAction()->trigger();
    CHECK(defaultButton == QStringLiteral("Cancel"));
    CHECK_FALSE(TerminalRepository(*c).get(kTerminals[0])->active);
    CHECK(outboxOf(*c).size() == 2);
}

// Not run by ctest: writes the page with demo data to $COMPTOIR_SCREENSHOTS (light and dark).
TEST_CASE("Locations page: screenshot", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
    if (dir.isEmpty()) {
        WARN("Set COMPTOIR_SCREENSHOTS to a directory to write the screenshots.");
        return;
    }
    TempCache c;
    DemoOptions options;
    options.seed = 1;
    options.country = QStringLiteral("BE");
    options.locations = 4;
    options.terminals = 9;
    options.days = 3;
    options.endDate = QDate(2026, 11, 20);
    const DemoGenerator generator(options);
    fillDemoCache(*c, generator);
    // One edit waiting for the portal.
    const Terminal first = TerminalRepository(*c).all().first();
    REQUIRE_FALSE(LocalEdits(*c, kActor).renameTerminal(first.id, first.name + QStringLiteral(" 2")));

    LocationsPage page(*c, kActor);
    page.setClock([] { return QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC); });
    page.resize(1100, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QString deactivated;
    for (const Terminal& t : TerminalRepository(*c).all())
        if (!t.active)
            deactivated = t.id;
    REQUIRE(page.select(first.id));
    QTest::qWait(100);
    REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("locations.png"))));

    const QPalette dark = preferences::darkPalette(); // the Dark appearance of Settings
    const QPalette light = QApplication::palette();
    QApplication::setPalette(dark);
    REQUIRE(page.select(deactivated));
    QTest::qWait(100);
    REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("locations-dark.png"))));
    QApplication::setPalette(light);
}
