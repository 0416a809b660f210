// The sync engine against a real reference portal over loopback HTTP.
#include "syncclient.h"

#include "core/apijson.h"
#include "portal/periodreports.h"
#include "portal/syncengine.h"
#include "server/portaldatabase.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/rollup.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>
#include <tuple>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// The portal's truth, as the user may see it: id → (version, json), optionally for one location.
std::map<QString, Transaction> portalTransactions(PortalFixture& p, const QString& onlyLocation = {})
{
    std::map<QString, Transaction> out;
    QSqlQuery q(p.service().database().db());
    REQUIRE(q.exec(QStringLiteral("SELECT json FROM transactions")));
    while (q.next()) {
        auto t = api::transactionFromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        REQUIRE(t.value);
        if (onlyLocation.isEmpty() || t.value->locationId == onlyLocation)
            out[t.value->id] = *t.value;
    }
    return out;
}

// Counts and sums per day, location and status, from the portal's rows and from the
// cache's rollup.
using Key = std::tuple<QDate, QString, int>;
std::map<Key, std::pair<qint64, qint64>> byDayLocationStatus(const std::map<QString, Transaction>& rows)
{
    std::map<Key, std::pair<qint64, qint64>> out;
    for (const auto& [id, t] : rows) {
        auto& v = out[{t.businessDay, t.locationId, int(t.status)}];
        ++v.first;
        v.second += t.amount.minor();
    }
    return out;
}

std::map<Key, std::pair<qint64, qint64>> rollupOf(CacheDatabase& c)
{
    std::map<Key, std::pair<qint64, qint64>> out;
    for (const RollupRow& r : Rollup(c).aggregate({}, Rollup::Day | Rollup::Location | Rollup::Status))
        out[{r.day, r.locationId, r.status}] = {r.count, r.amountMinor};
    return out;
}

} // namespace

TEST_CASE("Sync: a full sync reproduces the portal exactly, and an incremental one only fetches what changed", "[sync]")
{
    PortalFixture p;
    Client c(p, "admin");
    const auto first = c.sync();
    INFO(first.error.message.toStdString());
    REQUIRE(first.ok);
    auto truth = portalTransactions(p);
    CHECK(first.totals.transactions == qint64(truth.size()));
    CHECK(cachedTransactions(*c.cache) == truth);
    CHECK(rollupOf(*c.cache) == byDayLocationStatus(truth));
    CHECK(LocationRepository(*c.cache).all().size() == 3);
    CHECK(TerminalRepository(*c.cache).all().size() == 6);
    CHECK_FALSE(PeriodRepository(*c.cache).list().isEmpty());
    CHECK_FALSE(c.cache->meta(SyncEngine::kLastSynced).isEmpty());

    // New payments and a change on the portal: the next sync brings exactly those.
    QSqlQuery maxSeq(p.service().database().db());
    REQUIRE(maxSeq.exec(QStringLiteral("SELECT MAX(seq) FROM transactions")));
    REQUIRE(maxSeq.next());
    const qint64 before = maxSeq.value(0).toLongLong();
    for (int i = 0; i < 120; ++i) {
        p.clock = p.clock.addSecs(20);
        p.service().addLiveTransaction();
    }
    const auto second = c.sync();
    REQUIRE(second.ok);
    truth = portalTransactions(p);
    QSqlQuery changed(p.service().database().db());
    REQUIRE(changed.exec(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE seq > %1").arg(before)));
    REQUIRE(changed.next());
    CHECK(changed.value(0).toLongLong() >= 120); // new ones, and resolutions by the live traffic
    CHECK(second.totals.transactions == changed.value(0).toLongLong());
    CHECK(cachedTransactions(*c.cache) == truth);
    CHECK(rollupOf(*c.cache) == byDayLocationStatus(truth));

    const auto third = c.sync();
    REQUIRE(third.ok);
    CHECK(third.totals.transactions == 0);
}

TEST_CASE("Sync: with injected errors and cut connections, syncs converge to the same result", "[sync]")
{
    PortalFixture p(QStringLiteral("error-rate=0.15,drop-rate=0.1,seed=3"));
    QByteArray token;
    for (int i = 0; i < 50 && token.isEmpty(); ++i) {
        const auto r = p.request("POST", QStringLiteral("/session"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("email"), p.emailOf("admin")},
                                                           {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}})
                                     .toJson());
        if (r.status == 201)
            token = r.json.value(QLatin1String("token")).toString().toLatin1();
    }
    REQUIRE_FALSE(token.isEmpty());
    QTemporaryDir dir;
    auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
    REQUIRE(opened);
    PortalClient client(QUrl(p.baseUrl().chopped(QStringLiteral("/api/v1").size())));
    client.setToken(token);
    SyncEngine::Options o;
    o.backoffBaseMs = 1;
    o.backoffMaxMs = 5;
    o.maxAttempts = 60;
    o.pageSize = 400;
    const auto r = SyncEngine(*opened.database, client, o).run();
    INFO(r.error.message.toStdString());
    REQUIRE(r.ok);
    const auto truth = portalTransactions(p);
    CHECK(cachedTransactions(*opened.database) == truth);
    CHECK(rollupOf(*opened.database) == byDayLocationStatus(truth));
}

TEST_CASE("Sync: interrupted after any page, the next run resumes with no gaps and no duplicates", "[sync]")
{
    PortalFixture p;
    Client c(p, "admin");
    int pages = 0;
    const auto stopped = c.sync([&](const SyncEngine::Progress& progress) {
        return progress.transactions == 0 || ++pages < 3; // stop after three transaction pages
    });
    CHECK(stopped.cancelled);
    CHECK_FALSE(stopped.ok);
    const qint64 partial = TransactionRepository(*c.cache).count();
    CHECK(partial == 3 * 700);
    CHECK_FALSE(c.cache->meta(SyncEngine::kTransactionsCursor).isEmpty());

    const auto resumed = c.sync();
    REQUIRE(resumed.ok);
    const auto truth = portalTransactions(p);
    CHECK(resumed.totals.transactions == qint64(truth.size()) - partial);
    CHECK(cachedTransactions(*c.cache) == truth);
    CHECK(rollupOf(*c.cache) == byDayLocationStatus(truth));
}

TEST_CASE("Sync: a store manager's cache never contains another location's rows", "[sync]")
{
    PortalFixture p;
    Client c(p, "manager");
    const auto r = c.sync();
    INFO(r.error.message.toStdString());
    REQUIRE(r.ok);
    const QList<Location> locations = LocationRepository(*c.cache).all();
    REQUIRE(locations.size() == 1);
    const QString mine = locations.first().id;
    CHECK(cachedTransactions(*c.cache) == portalTransactions(p, mine));
    for (const Terminal& t : TerminalRepository(*c.cache).all())
        CHECK(t.locationId == mine);
    for (const Period& per : PeriodRepository(*c.cache).list({}, {}, 100000))
        CHECK(per.locationId == mine);
    for (const char* table : {"transactions", "periods", "terminals", "receipt_layouts", "tx_daily_rollup", "tx_location_rollup"}) {
        INFO(table);
        QSqlQuery q(c.cache->db());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE location_id <> ?").arg(QLatin1String(table)).replace(QStringLiteral("?"), QLatin1Char('\'') + mine + QLatin1Char('\''))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
}

TEST_CASE("Sync: an expired session stops the sync with a message to sign in again", "[sync]")
{
    PortalFixture p;
    Client c(p, "bookkeeper");
    p.clock = p.clock.addSecs(24 * 3600);
    const auto r = c.sync();
    CHECK_FALSE(r.ok);
    CHECK(r.error.kind == PortalError::Kind::Unauthorized);
    CHECK(r.error.message.contains(QStringLiteral("Sign in again")));
}

TEST_CASE("Sync: a day-close report is fetched when first opened, then opens offline from the cache", "[sync][reports]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    std::optional<Period> closed, open;
    for (const Period& per : PeriodRepository(*c.cache).list({}, {}, 100000)) {
        if (per.isClosed() && !closed)
            closed = per;
        if (!per.isClosed() && !open)
            open = per;
    }
    REQUIRE(closed);
    CHECK_FALSE(PeriodRepository(*c.cache).pdf(closed->id));

    PortalClient offline(QUrl(QStringLiteral("http://127.0.0.1:1")));
    RetryPolicy once{1, 1, 1};
    const auto notYet = PeriodReports(*c.cache, &offline, once).report(closed->id, Language::Fr);
    CHECK_FALSE(notYet.pdf);
    CHECK(notYet.error.kind == PortalError::Kind::Unreachable);

    const auto fetched = PeriodReports(*c.cache, c.portal.get()).report(closed->id, Language::Fr);
    REQUIRE(fetched.pdf);
    CHECK_FALSE(fetched.fromCache);
    CHECK(fetched.pdf->startsWith("%PDF-"));
    CHECK(*fetched.pdf == p.get(QStringLiteral("/periods/%1/report?lang=fr").arg(closed->id), c.portal->token()).body);

    c.restart();
    const auto kept = PeriodReports(*c.cache, &offline, once).report(closed->id, Language::Fr);
    REQUIRE(kept.pdf);
    CHECK(kept.fromCache);
    CHECK(*kept.pdf == *fetched.pdf);
    CHECK(PeriodReports(*c.cache, nullptr).report(closed->id, Language::Nl).pdf == fetched.pdf);

    if (open) {
        const auto refused = PeriodReports(*c.cache, c.portal.get()).report(open->id, Language::Nl);
        CHECK_FALSE(refused.pdf);
        CHECK(refused.error.message.contains(QStringLiteral("still open")));
    }
}
