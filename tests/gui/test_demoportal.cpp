// The demo: an in-process reference portal, signed in to and synced through the Portal API;
// and the background sync the main window shows.
#include "gui/demoportal.h"
#include "gui/mainwindow.h"
#include "gui/synccontroller.h"
#include "gui/transactionspage.h"
#include "gui/transactiontablemodel.h"
#include "server/portaldatabase.h"
#include "core/apijson.h"
#include "portal/portalfixture.h"
#include "store/cachedatabase.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

DemoOptions smallOptions(QDate endDate = QDate(2026, 5, 13))
{
    DemoOptions o = DemoPortal::defaultOptions(endDate);
    o.locations = 2;
    o.terminals = 3;
    o.days = 5;
    o.transactionsPerDay = 60;
    return o;
}

bool run(DemoPortal& demo)
{
    QSignalSpy ready(&demo, &DemoPortal::ready);
    QSignalSpy failed(&demo, &DemoPortal::failed);
    demo.setLiveTransactionsPerMinute(0);
    demo.start(nullptr, false);
    for (int i = 0; i < 240 && ready.isEmpty() && failed.isEmpty(); ++i)
        ready.wait(500);
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    CHECK(failed.isEmpty());
    return ready.size() == 1;
}

SyncEngine::Result runSync(SyncController& sync)
{
    QSignalSpy finished(&sync, &SyncController::finished);
    sync.syncNow();
    REQUIRE(finished.wait(60'000));
    return finished.first().first().value<SyncEngine::Result>();
}

} // namespace

TEST_CASE("Demo portal: seeded once, served on loopback, signed in to and synced like any portal")
{
    QTemporaryDir dir;
    qint64 first = 0;
    {
        DemoPortal demo(smallOptions(), dir.path());
        REQUIRE(run(demo));
        CHECK(demo.wasSeeded());
        const SyncController::Account account = demo.account();
        CHECK(account.portal.host() == QStringLiteral("127.0.0.1"));
        CHECK_FALSE(account.token.isEmpty());
        std::unique_ptr<CacheDatabase> cache = demo.takeCache();
        REQUIRE(cache);
        CHECK(DemoPortal::isDemoCache(*cache));
        CHECK(cache->identity()->accountEmail == demo.adminEmail());
        first = TransactionRepository(*cache).count();
        CHECK(first > 0);
        CHECK(first == demo.transactionsSynced());
        CHECK(LocationRepository(*cache).all().size() == 2);
    }
    SECTION("the same day: the stored portal is reused and the sync only fetches what changed")
    {
        DemoPortal demo(smallOptions(), dir.path());
        REQUIRE(run(demo));
        CHECK_FALSE(demo.wasSeeded());
        CHECK(demo.transactionsSynced() == 0);
        CHECK(TransactionRepository(*demo.takeCache()).count() == first);
    }
    SECTION("another day: portal and cache are built again")
    {
        DemoPortal demo(smallOptions(QDate(2026, 5, 14)), dir.path());
        REQUIRE(run(demo));
        CHECK(demo.wasSeeded());
        CHECK(demo.transactionsSynced() == TransactionRepository(*demo.takeCache()).count());
    }
}

TEST_CASE("Background sync: online, offline and signed out, as the status bar shows them")
{
    test::PortalFixture p;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    const QUrl url(p.baseUrl().chopped(QStringLiteral("/api/v1").size()));
    const CacheIdentity identity{url.toString(), p.emailOf("admin")};
    CacheDatabase::Options options;
    options.identity = identity;
    auto opened = CacheDatabase::open(path, options);
    REQUIRE(opened);
    CacheDatabase& cache = *opened.database;

    SyncController sync({url, identity, path, p.signIn(identity.accountEmail)});
    MainWindow window(cache);
    window.setSyncController(&sync);
    auto* connection = window.findChild<QLabel*>(QStringLiteral("connection"));
    auto* lastSynced = window.findChild<QLabel*>(QStringLiteral("lastSynced"));
    REQUIRE(connection);
    REQUIRE(lastSynced);
    CHECK(lastSynced->text() == QStringLiteral("Never synced"));

    QSignalSpy progress(&sync, &SyncController::progress);
    SyncEngine::Result r = runSync(sync);
    CHECK(r.ok);
    CHECK(progress.size() > 0);
    CHECK(sync.connection() == SyncController::Connection::Online);
    CHECK(connection->text().contains(QStringLiteral("Online")));
    CHECK(lastSynced->text() == QStringLiteral("Last synced just now"));
    CHECK(TransactionRepository(cache).count() == r.totals.transactions);

    SECTION("a local edit the portal refuses is undone and shown as needing attention")
    {
        QList<Terminal> active;
        for (const Terminal& t : TerminalRepository(cache).all())
            if (t.active)
                active.append(t);
        REQUIRE(active.size() >= 2);
        // A colleague gave the name to another terminal on the portal first.
        const QByteArray colleague = p.signIn(identity.accountEmail);
        const auto other = p.get(QStringLiteral("/terminals"), colleague);
        QByteArray etag;
        for (const QJsonValue& v : other.json.value(QLatin1String("items")).toArray())
            if (v.toObject().value(QLatin1String("id")).toString() == active.at(1).id)
                etag = '"' + QByteArray::number(v.toObject().value(QLatin1String("version")).toInteger()) + '"';
        REQUIRE(p.request("PATCH", QStringLiteral("/terminals/") + active.at(1).id, R"({"name":"Kassa 9"})", colleague,
                          {{"If-Match", etag}}).status == 200);
        REQUIRE_FALSE(LocalEdits(cache, identity.accountEmail).renameTerminal(active.at(0).id, QStringLiteral("Kassa 9")));
        auto* button = window.findChild<QToolButton*>(QStringLiteral("outboxButton"));
        REQUIRE(button);
        CHECK(button->isHidden());
        r = runSync(sync);
        REQUIRE(r.ok);
        CHECK(r.outbox.rejected == 1);
        CHECK_FALSE(button->isHidden());
        CHECK(button->text().contains(QStringLiteral("1 change")));
        CHECK(TerminalRepository(cache).get(active.at(0).id)->name == active.at(0).name);
    }
    SECTION("the portal cannot be reached: offline, the cache stays as it was")
    {
        SyncEngine::Options quick;
        quick.maxAttempts = 1;
        SyncController offline({QUrl(QStringLiteral("http://127.0.0.1:1")), identity, path, "token"});
        offline.setOptions(quick);
        const qint64 before = TransactionRepository(cache).count();
        r = runSync(offline);
        CHECK_FALSE(r.ok);
        CHECK(offline.connection() == SyncController::Connection::Offline);
        CHECK(TransactionRepository(cache).count() == before);
    }
    SECTION("the session ended: signed out, and the window asks to sign in again")
    {
        QSignalSpy asked(&window, &MainWindow::signInRequested);
        sync.setToken("not-a-token");
        r = runSync(sync);
        CHECK(r.error.kind == PortalError::Kind::Unauthorized);
        CHECK(sync.connection() == SyncController::Connection::SignedOut);
        CHECK(connection->text() == QStringLiteral("Signed out"));
        CHECK(asked.size() == 1);
    }
}

TEST_CASE("Transactions page: a manual-intervention transaction gets its status by hand and the portal takes it")
{
    test::PortalFixture p;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    const QUrl url(p.baseUrl().chopped(QStringLiteral("/api/v1").size()));
    const CacheIdentity identity{url.toString(), p.emailOf("admin")};
    CacheDatabase::Options options;
    options.identity = identity;
    auto opened = CacheDatabase::open(path, options);
    REQUIRE(opened);
    CacheDatabase& cache = *opened.database;

    // On the portal: a sale whose terminal lost the till, waiting for someone.
    QSqlQuery q(p.service().database().db());
    REQUIRE(q.exec(QStringLiteral("SELECT json FROM transactions WHERE status = 'success' ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    auto waiting = api::transactionFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()).value;
    REQUIRE(waiting);
    waiting->status = TransactionStatus::ManualIntervention;
    ++waiting->version;
    p.service().database().putTransaction(*waiting);

    SyncController sync({url, identity, path, p.signIn(identity.accountEmail)});
    MainWindow window(cache);
    window.setSyncController(&sync);
    REQUIRE(runSync(sync).ok);

    TransactionsPage* page = window.transactionsPage();
    page->setDatePreset(DatePreset::ThisYear);
    page->searchEdit()->setText(waiting->reference);
    page->applyFilter();
    REQUIRE(page->model()->rowCount() == 1);
    page->detailsAction()->setChecked(true); // the pane beside the list, where Set status… is
    auto* button = page->findChild<QPushButton*>(QStringLiteral("setStatus"));
    REQUIRE(button);
    CHECK_FALSE(button->isVisibleTo(page)); // nothing selected
    page->view()->selectRow(0);
    CHECK(button->isVisibleTo(page));
    CHECK(button->isEnabled());

    int asked = 0;
    page->setStatusChooser([&](const Transaction& t) -> std::optional<TransactionStatus> {
        ++asked;
        CHECK(t.id == waiting->id);
        return TransactionStatus::Failed;
    });
    QSignalSpy edited(page, &TransactionsPage::edited);
    QSignalSpy finished(&sync, &SyncController::finished);
    button->click();
    CHECK(asked == 1);
    CHECK(edited.size() == 1);
    const auto local = TransactionRepository(cache).get(waiting->id);
    CHECK(local->status == TransactionStatus::Failed);
    CHECK(local->statusOrigin == StatusOrigin::Manual);
    CHECK(local->manualStatusBy == identity.accountEmail);
    // The edit triggers a sync that pushes it.
    REQUIRE(finished.wait(60'000));
    CHECK(finished.first().first().value<SyncEngine::Result>().outbox.accepted == 1);
    CHECK(Outbox(cache).entries().isEmpty());
    const auto onPortal = p.get(QStringLiteral("/transactions?limit=5000"), p.signIn(identity.accountEmail));
    bool found = false;
    for (const QJsonValue& v : onPortal.json.value(QLatin1String("items")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == waiting->id) {
            found = true;
            CHECK(v.toObject().value(QLatin1String("status")).toString() == QStringLiteral("failed"));
            CHECK(v.toObject().value(QLatin1String("manual_status_by")).toString() == identity.accountEmail);
        }
    CHECK(found);
    // Once resolved it cannot be set again.
    page->view()->selectRow(0);
    CHECK_FALSE(button->isVisibleTo(page));
}
