// Local edits through the outbox against a real reference portal over loopback HTTP:
// pushed in order with If-Match, surviving restarts, conflicts for the user to settle,
// rejections undone.
#include "syncclient.h"

#include "core/apijson.h"
#include "server/portaldatabase.h"
#include "store/auditlog.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/receiptlayoutrepository.h"
#include "store/terminalrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QJsonObject portalGet(PortalFixture& p, const QByteArray& token, const QString& path)
{
    const auto r = p.get(path, token);
    REQUIRE(r.status == 200);
    return r.json;
}

QJsonObject portalLocation(PortalFixture& p, const QByteArray& token, const QString& id)
{
    for (const QJsonValue& v : portalGet(p, token, QStringLiteral("/locations")).value(QLatin1String("items")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    FAIL("location not on the portal");
    return {};
}

QJsonObject portalTerminal(PortalFixture& p, const QByteArray& token, const QString& id)
{
    for (const QJsonValue& v : portalGet(p, token, QStringLiteral("/terminals")).value(QLatin1String("items")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    FAIL("terminal not on the portal");
    return {};
}

QByteArray etag(const QJsonObject& o)
{
    return '"' + QByteArray::number(o.value(QLatin1String("version")).toInteger()) + '"';
}

// Someone else changes something on the portal.
void portalPatch(PortalFixture& p, const QByteArray& token, const QString& path, const QJsonObject& body, const QByteArray& ifMatch)
{
    const auto r = p.request("PATCH", path, QJsonDocument(body).toJson(), token, {{"If-Match", ifMatch}});
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
}

// The portal gets a sale whose terminal lost contact with the till: it waits for someone
// to set its status by hand. Returns it as the client has it after a sync.
std::optional<Transaction> waitingForManualStatus(PortalFixture& p, Client& c)
{
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
    return TransactionRepository(*c.cache).get(t->id);
}

} // namespace

TEST_CASE("Outbox: an edit made offline stays through restarts and reaches the portal on the next sync", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    const Location location = LocationRepository(*c.cache).all().first();

    // Offline: the portal cannot be reached.
    PortalClient offline(QUrl(QStringLiteral("http://127.0.0.1:1")));
    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).renameLocation(location.id, QStringLiteral("  Gent  Centrum ")));
    CHECK(LocationRepository(*c.cache).get(location.id)->name == QStringLiteral("Gent Centrum"));
    SyncEngine::Options quick;
    quick.maxAttempts = 2;
    quick.backoffBaseMs = 1;
    const SyncEngine::Result failed = SyncEngine(*c.cache, offline, quick).run();
    CHECK_FALSE(failed.ok);
    CHECK(failed.error.kind == PortalError::Kind::Unreachable);
    CHECK(Outbox(*c.cache).count(OutboxEntry::State::Pending) == 1);
    CHECK(LocationRepository(*c.cache).get(location.id)->name == QStringLiteral("Gent Centrum"));

    c.restart();
    REQUIRE(Outbox(*c.cache).entries().size() == 1);
    const OutboxEntry queued = Outbox(*c.cache).entries().first();
    CHECK(queued.kind == OutboxEntry::kRenameLocation);
    CHECK(queued.ifMatch == etag(portalLocation(p, c.portal->token(), location.id)));
    CHECK(Outbox(*c.cache).describe(queued).contains(QStringLiteral("Gent Centrum")));
    const auto audit = AuditLog(*c.cache).entries(QStringLiteral("location"), location.id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().actor == c.email);

    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.accepted == 1);
    CHECK(Outbox(*c.cache).entries().isEmpty());
    const QJsonObject onPortal = portalLocation(p, c.portal->token(), location.id);
    CHECK(onPortal.value(QLatin1String("name")).toString() == QStringLiteral("Gent Centrum"));
    const auto cached = LocationRepository(*c.cache).get(location.id);
    CHECK(cached->name == QStringLiteral("Gent Centrum"));
    CHECK(cached->version == onPortal.value(QLatin1String("version")).toInteger());
}

TEST_CASE("Outbox: every kind of edit is pushed in order, two edits of one terminal included", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    const QList<Location> locations = LocationRepository(*c.cache).all();
    REQUIRE(locations.size() >= 2);
    // A location with a PAX terminal keeps it (receipts come from the portal there); two
    // other active terminals get moved, renamed and deactivated.
    const QList<Terminal> terminals = TerminalRepository(*c.cache).all();
    std::optional<Terminal> keeper, mover, retired;
    for (const Terminal& t : terminals)
        if (t.active && t.isPax() && !keeper)
            keeper = t;
    REQUIRE(keeper);
    for (const Terminal& t : terminals) {
        if (!t.active || t.id == keeper->id)
            continue;
        if (!mover)
            mover = t;
        else if (!retired)
            retired = t;
    }
    REQUIRE(mover);
    REQUIRE(retired);
    const QString target = locations.at(0).id == mover->locationId ? locations.at(1).id : locations.at(0).id;
    const std::optional<Transaction> waiting = waitingForManualStatus(p, c);
    REQUIRE(waiting);
    const std::optional<ReceiptLayout> layout = ReceiptLayoutRepository(*c.cache).get(keeper->locationId);
    REQUIRE(layout);

    LocalEdits edits(*c.cache, c.email);
    REQUIRE_FALSE(edits.renameTerminal(mover->id, QStringLiteral("Kassa Noord")));
    REQUIRE_FALSE(edits.moveTerminal(mover->id, target));
    REQUIRE_FALSE(edits.deactivateTerminal(retired->id));
    REQUIRE_FALSE(edits.setManualStatus(waiting->id, TransactionStatus::Success));
    ReceiptLayout changed = *layout;
    changed.textsFor(Language::Fr).footer
        = { { QStringLiteral("Échange sous 14 jours"), TextAlignment::Center, true, false },
              { QStringLiteral("Merci et à bientôt !"), TextAlignment::Left, false, true } };
    REQUIRE_FALSE(edits.saveReceiptLayout(changed));
    REQUIRE(Outbox(*c.cache).count(OutboxEntry::State::Pending) == 5);
    // The cache shows every edit at once.
    CHECK(TransactionRepository(*c.cache).get(waiting->id)->statusOrigin == StatusOrigin::Manual);
    CHECK(TerminalRepository(*c.cache).get(mover->id)->locationId == target);

    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.accepted == 5);
    CHECK(r.outbox.conflicts == 0);
    CHECK(r.outbox.rejected == 0);
    CHECK(Outbox(*c.cache).entries().isEmpty());

    const QByteArray token = c.portal->token();
    const QJsonObject moved = portalTerminal(p, token, mover->id);
    CHECK(moved.value(QLatin1String("name")).toString() == QStringLiteral("Kassa Noord"));
    CHECK(moved.value(QLatin1String("location_id")).toString() == target);
    CHECK_FALSE(portalTerminal(p, token, retired->id).value(QLatin1String("active")).toBool());
    const auto resolved = TransactionRepository(*c.cache).get(waiting->id);
    CHECK(resolved->status == TransactionStatus::Success);
    CHECK(resolved->statusOrigin == StatusOrigin::Manual);
    CHECK(resolved->manualStatusBy == c.email);
    CHECK(resolved->version == waiting->version + 1); // the portal's new version
    const QJsonObject portalLayout = portalGet(p, token, QStringLiteral("/receipt-layouts/%1").arg(layout->locationId));
    CHECK(api::receiptLayoutFromJson(portalLayout).value->textsFor(Language::Fr) == changed.textsFor(Language::Fr));
    // What the cache has now is exactly the portal's.
    CHECK(api::toJsonObject(*TerminalRepository(*c.cache).get(mover->id)) == moved);
    CHECK(ReceiptLayoutRepository(*c.cache).get(layout->locationId)->etag.toLatin1()
        == p.get(QStringLiteral("/receipt-layouts/%1").arg(layout->locationId), token).headers.value("etag"));
    CHECK(ReceiptLayoutRepository(*c.cache).get(layout->locationId)->sameContent(changed));
}

TEST_CASE("Outbox: a conflict shows both versions, and the user's choice wins", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    const Location location = LocationRepository(*c.cache).all().first();
    const QByteArray colleague = p.signIn(p.emailOf("admin"));

    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).renameLocation(location.id, QStringLiteral("Mine")));
    portalPatch(p, colleague, QStringLiteral("/locations/") + location.id, {{QStringLiteral("name"), QStringLiteral("Theirs")}},
                etag(portalLocation(p, colleague, location.id)));

    SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.conflicts == 1);
    const QList<OutboxEntry> conflicts = Outbox(*c.cache).entries(OutboxEntry::State::Conflict);
    REQUIRE(conflicts.size() == 1);
    const OutboxEntry& conflict = conflicts.first();
    CHECK(conflict.payload.value(QLatin1String("name")).toString() == QStringLiteral("Mine"));
    CHECK(conflict.portalVersion.value(QLatin1String("name")).toString() == QStringLiteral("Theirs"));
    CHECK(conflict.before.value(QLatin1String("name")).toString() == location.name);
    CHECK_FALSE(conflict.message.isEmpty());
    // Until the user chooses, the portal keeps its version.
    CHECK(portalLocation(p, colleague, location.id).value(QLatin1String("name")).toString() == QStringLiteral("Theirs"));

    SECTION("Keep mine: sent again on top of the portal's version")
    {
        AuditLog audit(*c.cache);
        Outbox(*c.cache).keepMine(conflict.seq, QDateTime::currentDateTimeUtc(), audit);
        CHECK(LocationRepository(*c.cache).get(location.id)->name == QStringLiteral("Mine"));
        r = c.sync();
        REQUIRE(r.ok);
        CHECK(r.outbox.accepted == 1);
        CHECK(Outbox(*c.cache).entries().isEmpty());
        CHECK(portalLocation(p, colleague, location.id).value(QLatin1String("name")).toString() == QStringLiteral("Mine"));
        CHECK(LocationRepository(*c.cache).get(location.id)->name == QStringLiteral("Mine"));
    }
    SECTION("Take the portal's: the edit is dropped and recorded")
    {
        AuditLog audit(*c.cache);
        Outbox(*c.cache).takePortals(conflict.seq, QDateTime::currentDateTimeUtc(), audit);
        CHECK(Outbox(*c.cache).entries().isEmpty());
        CHECK(LocationRepository(*c.cache).get(location.id)->name == QStringLiteral("Theirs"));
        const auto entries = AuditLog(*c.cache).entries(QStringLiteral("location"), location.id);
        REQUIRE(entries.size() == 2);
        CHECK(entries.last().action == QStringLiteral("location.rename.dropped"));
        REQUIRE(c.sync().ok);
        CHECK(portalLocation(p, colleague, location.id).value(QLatin1String("name")).toString() == QStringLiteral("Theirs"));
        CHECK(AuditLog(*c.cache).verify().intact);
    }
}

TEST_CASE("Outbox: a refused edit is undone in the cache and shown until dismissed", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    QList<Terminal> active;
    for (const Terminal& t : TerminalRepository(*c.cache).all())
        if (t.active)
            active.append(t);
    REQUIRE(active.size() >= 2);
    const Terminal mine = active.at(0);
    const Terminal other = active.at(1);
    const QByteArray colleague = p.signIn(p.emailOf("admin"));

    // Offline, the user gives terminal A a name; meanwhile a colleague gave it to terminal B.
    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).renameTerminal(mine.id, QStringLiteral("Kassa 9")));
    portalPatch(p, colleague, QStringLiteral("/terminals/") + other.id, {{QStringLiteral("name"), QStringLiteral("Kassa 9")}},
                etag(portalTerminal(p, colleague, other.id)));

    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.rejected == 1);
    CHECK(TerminalRepository(*c.cache).get(mine.id)->name == mine.name);     // undone
    CHECK(TerminalRepository(*c.cache).get(other.id)->name == QStringLiteral("Kassa 9")); // the portal's
    const QList<OutboxEntry> rejected = Outbox(*c.cache).entries(OutboxEntry::State::Rejected);
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().message.contains(QStringLiteral("Another active terminal")));
    const auto audit = AuditLog(*c.cache).entries(QStringLiteral("terminal"), mine.id);
    REQUIRE(audit.size() == 2);
    CHECK(audit.last().action == QStringLiteral("terminal.rename.rejected"));
    CHECK(audit.last().after().value(QLatin1String("name")).toString() == mine.name);

    // A rejected edit is not sent again.
    const SyncEngine::Result again = c.sync();
    REQUIRE(again.ok);
    CHECK(again.outbox.rejected == 0);
    Outbox(*c.cache).dismiss(rejected.first().seq);
    CHECK(Outbox(*c.cache).entries().isEmpty());
    CHECK(portalTerminal(p, colleague, mine.id).value(QLatin1String("name")).toString() == mine.name);
}

TEST_CASE("Outbox: a manual status the portal already settled is refused and the portal's status shown", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    const std::optional<Transaction> waiting = waitingForManualStatus(p, c);
    REQUIRE(waiting);
    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).setManualStatus(waiting->id, TransactionStatus::Success));

    // On the portal, a colleague sets it to failed first.
    const QByteArray colleague = p.signIn(p.emailOf("admin"));
    const auto set = p.request("POST", QStringLiteral("/transactions/%1/manual-status").arg(waiting->id),
                               R"({"status":"failed"})", colleague,
                               {{"If-Match", '"' + QByteArray::number(waiting->version) + '"'}});
    REQUIRE(set.status == 200);

    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    // The If-Match makes it a conflict first; settled by the portal's status, nothing is lost.
    REQUIRE(r.outbox.conflicts == 1);
    const OutboxEntry conflict = Outbox(*c.cache).entries(OutboxEntry::State::Conflict).first();
    CHECK(conflict.portalVersion.value(QLatin1String("status")).toString() == QStringLiteral("failed"));
    CHECK(TransactionRepository(*c.cache).get(waiting->id)->status == TransactionStatus::Failed); // the feed brought it

    SECTION("Keeping mine is refused by the portal, and undone to the portal's status")
    {
        AuditLog audit(*c.cache);
        Outbox(*c.cache).keepMine(conflict.seq, QDateTime::currentDateTimeUtc(), audit);
        CHECK(TransactionRepository(*c.cache).get(waiting->id)->status == TransactionStatus::Success);
        const SyncEngine::Result again = c.sync();
        REQUIRE(again.ok);
        CHECK(again.outbox.rejected == 1);
        const auto t = TransactionRepository(*c.cache).get(waiting->id);
        CHECK(t->status == TransactionStatus::Failed);
        CHECK(t->manualStatusBy == p.emailOf("admin"));
        CHECK(cachedTransactions(*c.cache).at(waiting->id).version == waiting->version + 1);
    }
}

TEST_CASE("Outbox: an edit whose answer was lost is recognised on the portal, not reported as a conflict", "[outbox]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    const Location location = LocationRepository(*c.cache).all().first();
    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).renameLocation(location.id, QStringLiteral("Brugge Markt")));
    // The same request reached the portal once already (its answer never came back).
    const OutboxEntry e = Outbox(*c.cache).entries().first();
    portalPatch(p, c.portal->token(), QStringLiteral("/locations/") + location.id, e.payload, e.ifMatch);

    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.accepted == 1);
    CHECK(r.outbox.conflicts == 0);
    CHECK(Outbox(*c.cache).entries().isEmpty());
    CHECK(LocationRepository(*c.cache).get(location.id)->name == QStringLiteral("Brugge Markt"));
}

TEST_CASE("Outbox: an edit a user's groups do not allow is refused with a message", "[outbox]")
{
    PortalFixture p;
    Client c(p, "bookkeeper");
    REQUIRE(c.sync().ok);
    const QList<Location> locations = LocationRepository(*c.cache).all();
    REQUIRE_FALSE(locations.isEmpty());
    // The bookkeeper's cache would allow the edit; the portal decides.
    REQUIRE_FALSE(LocalEdits(*c.cache, c.email).renameLocation(locations.first().id, QStringLiteral("Boekhouding")));
    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.rejected == 1);
    CHECK(LocationRepository(*c.cache).get(locations.first().id)->name == locations.first().name);
    CHECK(Outbox(*c.cache).entries(OutboxEntry::State::Rejected).first().message.contains(QStringLiteral("user groups")));
}
