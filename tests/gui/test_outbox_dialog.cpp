// The outbox dialog on a cache synced with an in-process reference portal: a conflict (the
// same location renamed here and on the portal), a refusal (a terminal name already taken on
// the portal) and a change still waiting, settled by clicking as a user does.
#include "client/syncclient.h"

#include "core/apijson.h"
#include "gui/outboxdialog.h"
#include "server/portaldatabase.h"
#include "store/auditlog.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/terminalrepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QJsonObject portalItem(PortalFixture& p, const QByteArray& token, const QString& collection, const QString& id)
{
    const auto r = p.get(QLatin1Char('/') + collection, token);
    REQUIRE(r.status == 200);
    for (const QJsonValue& v : r.json.value(QLatin1String("items")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    FAIL("not on the portal: " << id.toStdString());
    return {};
}

// A colleague changes something on the portal.
void portalRename(
    PortalFixture& p, const QByteArray& token, const QString& collection, const QString& id, const QString& name)
{
    const QByteArray etag = '"'
        + QByteArray::number(portalItem(p, token, collection, id).value(QLatin1String("version")).toInteger()) + '"';
    const auto r = p.request("PATCH", QStringLiteral("/%1/%2").arg(collection, id),
        QJsonDocument(QJsonObject { { QStringLiteral("name"), name } }).toJson(), token, { { "If-Match", etag } });
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
}

// A synced cache with three changes in its outbox: a conflict, a refusal, one waiting.
struct ThreeChanges {
    PortalFixture portal;
    Client client { portal, "admin" };
    QByteArray colleague;
    Location renamed; // renamed "Gent Centrum" here, "Gent Station" on the portal
    Terminal refused; // renamed "Kassa 9" here; another terminal took that name on the portal
    Location waiting; // renamed "Brugge Markt" here, not sent yet
    Terminal moved; // with `terminalConflict`: moved here, renamed "Kassa Terras" on the portal
    qint64 conflictSeq = 0;
    qint64 rejectedSeq = 0;
    qint64 pendingSeq = 0;
    qint64 terminalConflictSeq = 0;

    explicit ThreeChanges(bool terminalConflict = false)
    {
        REQUIRE(client.sync().ok);
        colleague = portal.signIn(portal.emailOf("admin"));
        const QList<Location> locations = LocationRepository(*client.cache).all();
        REQUIRE(locations.size() >= 2);
        renamed = locations.at(0);
        waiting = locations.at(1);
        QList<Terminal> active;
        for (const Terminal& t : TerminalRepository(*client.cache).all())
            if (t.active)
                active.append(t);
        REQUIRE(active.size() >= 2);
        refused = active.at(0);

        LocalEdits edits(*client.cache, client.email);
        REQUIRE_FALSE(edits.renameLocation(renamed.id, QStringLiteral("Gent Centrum")));
        REQUIRE_FALSE(edits.renameTerminal(refused.id, QStringLiteral("Kassa 9")));
        portalRename(portal, colleague, QStringLiteral("locations"), renamed.id, QStringLiteral("Gent Station"));
        portalRename(portal, colleague, QStringLiteral("terminals"), active.at(1).id, QStringLiteral("Kassa 9"));
        if (terminalConflict) {
            REQUIRE(active.size() >= 3);
            moved = active.at(2);
            const QString target = moved.locationId == renamed.id ? waiting.id : renamed.id;
            REQUIRE_FALSE(edits.moveTerminal(moved.id, target));
            portalRename(portal, colleague, QStringLiteral("terminals"), moved.id, QStringLiteral("Kassa Terras"));
        }
        const SyncEngine::Result r = client.sync();
        REQUIRE(r.ok);
        REQUIRE(r.outbox.conflicts == (terminalConflict ? 2 : 1));
        REQUIRE(r.outbox.rejected == 1);
        // Made after the sync, so still waiting.
        REQUIRE_FALSE(edits.renameLocation(waiting.id, QStringLiteral("Brugge Markt")));

        Outbox outbox(*client.cache);
        conflictSeq = outbox.entries(OutboxEntry::State::Conflict).first().seq;
        if (terminalConflict)
            terminalConflictSeq = outbox.entries(OutboxEntry::State::Conflict).last().seq;
        rejectedSeq = outbox.entries(OutboxEntry::State::Rejected).first().seq;
        pendingSeq = outbox.entries(OutboxEntry::State::Pending).first().seq;
    }
    Outbox outbox() { return Outbox(*client.cache); }
};

// The dialog, shown, with its parts found by name.
struct Dialog {
    OutboxDialog dialog;
    QTreeWidget* list = nullptr;
    QStackedWidget* details = nullptr;
    QTableWidget* comparison = nullptr;
    QPushButton* keepMine = nullptr;
    QPushButton* takePortals = nullptr;
    QPushButton* dismiss = nullptr;
    QLabel* rejectedText = nullptr;

    Dialog(CacheDatabase& cache, const QString& actor)
        : dialog(cache, actor)
    {
        list = dialog.findChild<QTreeWidget*>(QStringLiteral("entries"));
        details = dialog.findChild<QStackedWidget*>(QStringLiteral("details"));
        comparison = dialog.findChild<QTableWidget*>(QStringLiteral("comparison"));
        keepMine = dialog.findChild<QPushButton*>(QStringLiteral("keepMine"));
        takePortals = dialog.findChild<QPushButton*>(QStringLiteral("takePortals"));
        dismiss = dialog.findChild<QPushButton*>(QStringLiteral("dismiss"));
        rejectedText = dialog.findChild<QLabel*>(QStringLiteral("rejectedText"));
        for (QObject* o :
            std::initializer_list<QObject*> { list, details, comparison, keepMine, takePortals, dismiss, rejectedText })
            REQUIRE(o);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }

    // Clicks the row of an entry, as a user does.
    void click(qint64 seq)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toLongLong() == seq) {
                list->scrollToItem(item);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
                REQUIRE(dialog.selectedSeq() == seq);
                return;
            }
        }
        FAIL("not listed: " << seq);
    }
    QString stateOf(qint64 seq) const
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == seq)
                return list->topLevelItem(i)->text(1);
        return {};
    }
    // The comparison's rows: field label → (your change, on the portal now, highlighted).
    struct Row {
        QString mine, portal;
        bool highlighted = false;
    };
    std::map<QString, Row> rows() const
    {
        std::map<QString, Row> out;
        for (int r = 0; r < comparison->rowCount(); ++r)
            out[comparison->item(r, 0)->text()] = { comparison->item(r, 1)->text(), comparison->item(r, 2)->text(),
                comparison->item(r, 1)->font().bold() };
        return out;
    }
    void screenshot(const char* name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // Active, so that the cursor shows where typing goes; and the layout settled.
        dialog.activateWindow();
        (void)QTest::qWaitForWindowActive(&dialog, 1000);
        QTest::qWait(50);
        CHECK(dialog.grab().save(QDir(dir).filePath(QLatin1String(name))));
    }
};

} // namespace

TEST_CASE("Outbox dialog: a conflict shows both versions and keeping my change sends it again", "[outbox]")
{
    ThreeChanges c;
    CHECK(OutboxDialog::attentionCount(*c.client.cache) == 2);
    Dialog d(*c.client.cache, c.client.email);
    QSignalSpy changed(&d.dialog, &OutboxDialog::changed);

    REQUIRE(d.list->topLevelItemCount() == 3);
    CHECK(d.stateOf(c.conflictSeq) == QStringLiteral("Conflict: choose a version"));
    CHECK(d.stateOf(c.rejectedSeq) == QStringLiteral("Refused by the portal"));
    CHECK(d.stateOf(c.pendingSeq) == QStringLiteral("Waiting to be sent"));
    CHECK(d.list->topLevelItem(0)->text(0).contains(QStringLiteral("Gent Centrum")));
    // It opens on the first change that needs the user.
    CHECK(d.dialog.selectedSeq() == c.conflictSeq);

    d.click(c.pendingSeq);
    d.click(c.conflictSeq);
    REQUIRE(d.details->currentWidget()->isAncestorOf(d.comparison));
    CHECK(d.keepMine->isVisible());
    CHECK(d.takePortals->isVisible());
    const auto rows = d.rows();
    REQUIRE(rows.count(QStringLiteral("Name")) == 1);
    CHECK(rows.at(QStringLiteral("Name")).mine == QStringLiteral("Gent Centrum"));
    CHECK(rows.at(QStringLiteral("Name")).portal == QStringLiteral("Gent Station"));
    CHECK(rows.at(QStringLiteral("Name")).highlighted);

    QTest::mouseClick(d.keepMine, Qt::LeftButton);
    CHECK(changed.count() == 1);
    const std::optional<OutboxEntry> kept = c.outbox().get(c.conflictSeq);
    REQUIRE(kept);
    CHECK(kept->state == OutboxEntry::State::Pending);
    CHECK(LocationRepository(*c.client.cache).get(c.renamed.id)->name == QStringLiteral("Gent Centrum"));
    // The list follows, and the entry stays selected, now waiting.
    CHECK(d.stateOf(c.conflictSeq) == QStringLiteral("Waiting to be sent"));
    CHECK(d.dialog.selectedSeq() == c.conflictSeq);
    CHECK_FALSE(d.keepMine->isVisible());
    CHECK(OutboxDialog::attentionCount(*c.client.cache) == 1);

    // The next sync brings it to the portal.
    const SyncEngine::Result r = c.client.sync();
    REQUIRE(r.ok);
    CHECK(portalItem(c.portal, c.colleague, QStringLiteral("locations"), c.renamed.id)
              .value(QLatin1String("name"))
              .toString()
        == QStringLiteral("Gent Centrum"));
}

TEST_CASE(
    "Outbox dialog: a terminal in conflict shows each field by name with only the differences highlighted", "[outbox]")
{
    ThreeChanges c(true);
    CHECK(OutboxDialog::attentionCount(*c.client.cache) == 3);
    Dialog d(*c.client.cache, c.client.email);
    d.click(c.terminalConflictSeq);
    const auto rows = d.rows();
    REQUIRE(rows.size() == 3);
    const auto locationName = [&](const QString& id) { return LocationRepository(*c.client.cache).get(id)->name; };
    const OutboxEntry entry = *c.outbox().get(c.terminalConflictSeq);
    // Moved here: the location is shown by its name, the name is the one it had then.
    CHECK(rows.at(QStringLiteral("Location")).mine
        == locationName(entry.payload.value(QLatin1String("location_id")).toString()));
    CHECK(rows.at(QStringLiteral("Location")).portal == locationName(c.moved.locationId));
    CHECK(rows.at(QStringLiteral("Location")).highlighted);
    CHECK(rows.at(QStringLiteral("Name")).mine == c.moved.name);
    CHECK(rows.at(QStringLiteral("Name")).portal == QStringLiteral("Kassa Terras"));
    CHECK(rows.at(QStringLiteral("Name")).highlighted);
    CHECK(rows.at(QStringLiteral("State")).mine == QStringLiteral("Active"));
    CHECK(rows.at(QStringLiteral("State")).portal == QStringLiteral("Active"));
    CHECK_FALSE(rows.at(QStringLiteral("State")).highlighted);
    d.screenshot("outbox-conflict.png");
}

TEST_CASE("Outbox dialog: a manual status in conflict shows both statuses with who set them and when", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    // A sale whose terminal lost the till: it waits on the portal for a status set by hand.
    QSqlQuery q(p.service().database().db());
    REQUIRE(q.exec(QStringLiteral("SELECT json FROM transactions WHERE status = 'success' ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    auto t = api::transactionFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()).value;
    REQUIRE(t);
    t->status = TransactionStatus::ManualIntervention;
    t->statusOrigin = StatusOrigin::Automatic;
    ++t->version;
    p.service().database().putTransaction(*t);
    REQUIRE(c.sync().ok);

    // Here: success. On the portal, a colleague chose failed first.
    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).setManualStatus(t->id, TransactionStatus::Success));
    const auto set
        = p.request("POST", QStringLiteral("/transactions/%1/manual-status").arg(t->id), R"({"status":"failed"})",
            p.signIn(p.emailOf("admin")), { { "If-Match", '"' + QByteArray::number(t->version) + '"' } });
    REQUIRE(set.status == 200);
    REQUIRE(c.sync().outbox.conflicts == 1);
    const OutboxEntry conflict = Outbox(*c.cache).entries(OutboxEntry::State::Conflict).first();

    Dialog d(*c.cache, c.email);
    d.click(conflict.seq);
    const auto rows = d.rows();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(QStringLiteral("Status")).mine == QStringLiteral("Success"));
    CHECK(rows.at(QStringLiteral("Status")).portal == QStringLiteral("Failed"));
    CHECK(rows.at(QStringLiteral("Status")).highlighted);
    CHECK(rows.at(QStringLiteral("Set by")).mine == c.email);
    CHECK(rows.at(QStringLiteral("Set by")).portal == p.emailOf("admin"));
    // When, in local time as the rest of the app shows it.
    const QDateTime at = api::timeFromJson(conflict.portalVersion.value(QLatin1String("manual_status_at"))).value();
    CHECK(rows.at(QStringLiteral("Set on")).portal == QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    CHECK(rows.at(QStringLiteral("Set on")).mine
        == QLocale().toString(conflict.createdAt.toLocalTime(), QLocale::ShortFormat));
}

TEST_CASE("Outbox dialog: using the portal's version drops my change", "[outbox]")
{
    ThreeChanges c;
    Dialog d(*c.client.cache, c.client.email);
    QSignalSpy changed(&d.dialog, &OutboxDialog::changed);
    d.click(c.conflictSeq);
    QTest::mouseClick(d.takePortals, Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK_FALSE(c.outbox().get(c.conflictSeq));
    CHECK(d.list->topLevelItemCount() == 2);
    CHECK(LocationRepository(*c.client.cache).get(c.renamed.id)->name == QStringLiteral("Gent Station"));
    const QList<AuditEntry> audit = AuditLog(*c.client.cache).entries(QStringLiteral("location"), c.renamed.id);
    REQUIRE_FALSE(audit.isEmpty());
    CHECK(audit.last().action == QStringLiteral("location.rename.dropped"));
}

TEST_CASE("Outbox dialog: a refused change shows the portal's reason and dismissing removes it", "[outbox]")
{
    ThreeChanges c;
    Dialog d(*c.client.cache, c.client.email);
    QSignalSpy changed(&d.dialog, &OutboxDialog::changed);
    d.click(c.rejectedSeq);
    REQUIRE(d.details->currentWidget()->isAncestorOf(d.dismiss));
    CHECK(d.dismiss->isVisible());
    CHECK(d.rejectedText->text().contains(QStringLiteral("Another active terminal already has this name")));
    CHECK_FALSE(d.keepMine->isVisible());

    QTest::mouseClick(d.dismiss, Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK_FALSE(c.outbox().get(c.rejectedSeq));
    CHECK(d.list->topLevelItemCount() == 2);
    CHECK(d.stateOf(c.rejectedSeq).isEmpty());
    CHECK(OutboxDialog::attentionCount(*c.client.cache) == 1);
    // The terminal keeps the portal's name.
    CHECK(TerminalRepository(*c.client.cache).get(c.refused.id)->name == c.refused.name);
}

TEST_CASE("Outbox dialog: closing without choosing leaves every change as it was", "[outbox]")
{
    ThreeChanges c;
    const QList<OutboxEntry> before = c.outbox().entries();
    {
        Dialog d(*c.client.cache, c.client.email);
        QSignalSpy changed(&d.dialog, &OutboxDialog::changed);
        d.click(c.conflictSeq);
        QTest::keyClick(&d.dialog, Qt::Key_Escape);
        CHECK_FALSE(d.dialog.isVisible());
        CHECK(changed.isEmpty());
    }
    const QList<OutboxEntry> after = c.outbox().entries();
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after.at(i).seq == before.at(i).seq);
        CHECK(after.at(i).state == before.at(i).state);
    }
}

TEST_CASE("Outbox dialog: an empty outbox says everything reached the portal", "[outbox]")
{
    auto opened = CacheDatabase::openInMemory();
    REQUIRE(opened);
    CHECK(OutboxDialog::attentionCount(*opened.database) == 0);
    Dialog d(*opened.database, QStringLiteral("anna@shop.example"));
    CHECK(d.list->topLevelItemCount() == 0);
    const auto* summary = d.dialog.findChild<QLabel*>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("Every change you made has reached the portal."));
}
