#include "gui/demosession.h"
#include "store/cachedatabase.h"
#include "store/transactionrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

DemoOptions smallOptions(QDate endDate = QDate(2026, 5, 13))
{
    DemoOptions o = DemoSession::defaultOptions(endDate);
    o.locations = 2;
    o.terminals = 3;
    o.days = 5;
    o.transactionsPerDay = 60;
    return o;
}

// Runs a session to its end; returns whether it got ready.
bool run(DemoSession& session)
{
    QSignalSpy ready(&session, &DemoSession::ready);
    QSignalSpy failed(&session, &DemoSession::failed);
    session.start(nullptr, false);
    const bool ended = ready.wait(120'000) || !failed.isEmpty();
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    CHECK(failed.isEmpty());
    return ended && ready.size() == 1;
}

} // namespace

TEST_CASE("DemoSession: builds the demo cache on a worker thread once, then reuses it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo-1.sqlite"));

    qint64 firstCount = 0;
    {
        DemoSession session(smallOptions(), path);
        REQUIRE(run(session));
        CHECK(session.wasBuilt());
        std::unique_ptr<CacheDatabase> cache = session.takeCache();
        REQUIRE(cache);
        CHECK(DemoSession::isDemoCache(*cache));
        CHECK(DemoSession::isUpToDate(*cache, smallOptions()));
        CHECK(cache->meta(QStringLiteral("demo_complete")) == QStringLiteral("1"));
        CHECK(cache->meta(QStringLiteral("demo_end_date")) == QStringLiteral("2026-05-13"));
        firstCount = TransactionRepository(*cache).count();
        CHECK(firstCount == session.transactionsWritten());
        CHECK(firstCount > 0);
    }
    SECTION("the same day and options: reused at once")
    {
        DemoSession session(smallOptions(), path);
        REQUIRE(run(session));
        CHECK_FALSE(session.wasBuilt());
        CHECK(TransactionRepository(*session.takeCache()).count() == firstCount);
    }
    SECTION("another day: rebuilt up to that day")
    {
        DemoSession session(smallOptions(QDate(2026, 5, 14)), path);
        REQUIRE(run(session));
        CHECK(session.wasBuilt());
        CHECK(session.takeCache()->meta(QStringLiteral("demo_end_date")) == QStringLiteral("2026-05-14"));
    }
    SECTION("other options: rebuilt")
    {
        DemoOptions o = smallOptions();
        o.transactionsPerDay = 30;
        DemoSession session(o, path);
        REQUIRE(run(session));
        CHECK(session.wasBuilt());
        CHECK(TransactionRepository(*session.takeCache()).count() < firstCount);
    }
    SECTION("an incomplete cache (the build was interrupted): rebuilt")
    {
        {
            auto opened = CacheDatabase::open(path);
            REQUIRE(opened);
            opened.database->setMeta(QStringLiteral("demo_complete"), QStringLiteral("0"));
        }
        DemoSession session(smallOptions(), path);
        REQUIRE(run(session));
        CHECK(session.wasBuilt());
        CHECK(TransactionRepository(*session.takeCache()).count() == firstCount); // deterministic
    }
    SECTION("a file that is no cache at all: replaced")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a database");
        f.close();
        DemoSession session(smallOptions(), path);
        REQUIRE(run(session));
        CHECK(session.wasBuilt());
    }
}

TEST_CASE("DemoSession: a build can be stopped, and the cache is then not complete")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    int calls = 0;
    const DemoSession::BuildResult r = DemoSession::build(path, smallOptions(), [&](qint64) { return ++calls < 1; });
    CHECK(r.cancelled);
    CHECK(r.error.isEmpty());
    auto opened = CacheDatabase::open(path);
    REQUIRE(opened);
    CHECK_FALSE(DemoSession::isUpToDate(*opened.database, smallOptions()));
}
