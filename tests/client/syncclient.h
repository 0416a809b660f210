#pragma once
// A cache and a portal client signed in to a PortalFixture, for the sync and outbox tests.
#include "portal/portalfixture.h"

#include "portal/syncengine.h"
#include "store/cachedatabase.h"
#include "store/transactionrepository.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>
#include <memory>

namespace comptoir::test {

struct Client {
    QString email;
    QTemporaryDir dir;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<PortalClient> portal;

    Client(PortalFixture& p, const char* role)
    {
        auto r = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        REQUIRE(r);
        cache = std::move(r.database);
        portal = std::make_unique<PortalClient>(QUrl(p.baseUrl().chopped(QStringLiteral("/api/v1").size())));
        email = p.emailOf(role);
        portal->setToken(p.signIn(email));
    }
    SyncEngine::Result sync(SyncEngine::ProgressCallback progress = {})
    {
        SyncEngine::Options o;
        o.backoffBaseMs = 2; // tests do not wait long between retries
        o.backoffMaxMs = 20;
        o.maxAttempts = 40;
        o.pageSize = 700;
        SyncEngine engine(*cache, *portal, o, std::move(progress));
        return engine.run();
    }
    // Closes and opens the cache again, as a restart of the app does.
    void restart()
    {
        cache.reset();
        auto r = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        REQUIRE(r);
        cache = std::move(r.database);
    }
};

inline std::map<QString, Transaction> cachedTransactions(CacheDatabase& c)
{
    std::map<QString, Transaction> out;
    TransactionRepository repo(c);
    TransactionCursor cursor;
    for (;;) {
        const QList<Transaction> page = repo.page({}, cursor, 5000);
        if (page.isEmpty())
            break;
        for (const Transaction& t : page)
            out[t.id] = t;
        cursor = TransactionRepository::cursorOf(page.last());
    }
    return out;
}

} // namespace comptoir::test
