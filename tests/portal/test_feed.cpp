#include "portalfixture.h"

#include "server/portaldatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <map>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// id → the item as the portal's database holds it now.
std::map<QString, QByteArray> truth(PortalFixture& p, const char* table = "transactions")
{
    std::map<QString, QByteArray> out;
    QSqlQuery q(p.service().database().db());
    REQUIRE(q.exec(QStringLiteral("SELECT id, json FROM %1").arg(QLatin1String(table))));
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toString().toUtf8();
    return out;
}

QByteArray compact(const QJsonValue& v)
{
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

struct Walk {
    std::map<QString, QByteArray> latest; // id → the last version seen in the walk
    int pages = 0;
    int retries = 0;
    QByteArray bodies; // every page body, in order
};

// Follows the feed to its end, retrying a page that failed (as a client must), and calls
// `between` after every page.
Walk walk(PortalFixture& p, const QString& feed, const QByteArray& token, int limit,
          const std::function<void(int page)>& between = {})
{
    Walk w;
    QString cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        const auto r = p.get(QStringLiteral("/%1?limit=%2&cursor=%3").arg(feed).arg(limit).arg(cursor), token);
        if (r.status != 200 || r.cut || !r.json.contains(QLatin1String("items"))) {
            ++w.retries;
            continue;
        }
        ++w.pages;
        w.bodies += r.body;
        for (const QJsonValue& v : r.json.value(QLatin1String("items")).toArray())
            w.latest[v.toObject().value(QLatin1String("id")).toString()] = compact(v);
        cursor = r.json.value(QLatin1String("next_cursor")).toString();
        if (!r.json.value(QLatin1String("has_more")).toBool())
            break; // the end of the walk
        if (between)
            between(w.pages);
    }
    return w;
}

std::map<QString, QByteArray> normalised(const std::map<QString, QByteArray>& m)
{
    std::map<QString, QByteArray> out;
    for (const auto& [id, json] : m)
        out[id] = QJsonDocument(QJsonDocument::fromJson(json).object()).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace

TEST_CASE("Portal feed: following next_cursor yields every transaction exactly, page by page", "[portal]")
{
    PortalFixture p;
    const QByteArray token = p.signIn(p.emailOf("admin"));
    const Walk w = walk(p, QStringLiteral("transactions"), token, 777);
    const auto db = truth(p);
    REQUIRE(db.size() > 2000);
    CHECK(w.pages == int((db.size() + 776) / 777));
    CHECK(normalised(w.latest) == normalised(db));

    // Asking again from the last cursor gives nothing new, and has_more false.
    QString cursor;
    for (int i = 0;; ++i) {
        const auto r = p.get(QStringLiteral("/transactions?limit=5000&cursor=") + cursor, token);
        REQUIRE(r.status == 200);
        cursor = r.json.value(QLatin1String("next_cursor")).toString();
        if (!r.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    const auto after = p.get(QStringLiteral("/transactions?cursor=") + cursor, token);
    CHECK(after.json.value(QLatin1String("items")).toArray().isEmpty());
    CHECK_FALSE(after.json.value(QLatin1String("has_more")).toBool());
    CHECK(after.json.value(QLatin1String("next_cursor")).toString() == cursor);
}

TEST_CASE("Portal feed: complete while live transactions arrive and transactions change", "[portal]")
{
    PortalFixture p;
    const QByteArray token = p.signIn(p.emailOf("admin"));
    // Half-way, resolve a manual intervention (most likely one the walk has passed).
    const auto findPending = [&] {
        for (const auto& [id, json] : truth(p))
            if (json.contains("\"status\":\"manual_intervention\""))
                return id;
        return QString();
    };
    QString pending;
    const Walk w = walk(p, QStringLiteral("transactions"), token, 500, [&](int page) {
        for (int i = 0; i < 60; ++i) { // more than 50: the live traffic also resolves one
            p.clock = p.clock.addSecs(1);
            p.service().addLiveTransaction();
        }
        if (page == 3) {
            for (int i = 0; i < 1000 && (pending = findPending()).isEmpty(); ++i)
                p.service().addLiveTransaction(); // live traffic makes a few
            REQUIRE_FALSE(pending.isEmpty());
            const QByteArray current = truth(p)[pending];
            const qint64 version = QJsonDocument::fromJson(current).object().value(QLatin1String("version")).toInteger();
            const auto r = p.request("POST", QStringLiteral("/transactions/%1/manual-status").arg(pending),
                                     R"({"status":"success"})", token,
                                     {{"If-Match", '"' + QByteArray::number(version) + '"'}});
            REQUIRE(r.status == 200);
        }
    });
    // Every transaction at its latest version as of the end of the walk.
    const auto db = truth(p);
    CHECK(normalised(w.latest) == normalised(db));
    CHECK(w.latest.at(pending).contains("\"status_origin\":\"manual\""));
    CHECK(db.size() > 0);
}

TEST_CASE("Portal feed: the same seed gives byte-identical answers", "[portal]")
{
    PortalFixture a(QString(), 10, 100, 11);
    PortalFixture b(QString(), 10, 100, 11);
    PortalFixture c(QString(), 10, 100, 12);
    const Walk wa = walk(a, QStringLiteral("transactions"), a.signIn(a.emailOf("admin")), 400);
    const Walk wb = walk(b, QStringLiteral("transactions"), b.signIn(b.emailOf("admin")), 400);
    const Walk wc = walk(c, QStringLiteral("transactions"), c.signIn(c.emailOf("admin")), 400);
    CHECK(wa.bodies == wb.bodies);
    CHECK(wa.bodies != wc.bodies);
    const Walk pa = walk(a, QStringLiteral("periods"), a.signIn(a.emailOf("admin")), 400);
    const Walk pb = walk(b, QStringLiteral("periods"), b.signIn(b.emailOf("admin")), 400);
    CHECK(pa.bodies == pb.bodies);
    for (const char* path : {"/locations", "/terminals", "/merchant", "/users", "/groups"}) {
        INFO(path);
        CHECK(a.get(QLatin1String(path), a.signIn(a.emailOf("admin"))).body ==
              b.get(QLatin1String(path), b.signIn(b.emailOf("admin"))).body);
    }
}

TEST_CASE("Portal feed: with injected errors and cut connections a retrying client still gets everything", "[portal]")
{
    PortalFixture p(QStringLiteral("error-rate=0.2,drop-rate=0.15,seed=5"));
    QByteArray token;
    for (int i = 0; i < 50 && token.isEmpty(); ++i) { // sign-in itself may meet a fault
        const auto r = p.request("POST", QStringLiteral("/session"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("email"), p.emailOf("admin")},
                                                           {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}})
                                     .toJson());
        if (r.status == 201)
            token = r.json.value(QLatin1String("token")).toString().toLatin1();
    }
    REQUIRE_FALSE(token.isEmpty());
    const Walk w = walk(p, QStringLiteral("transactions"), token, 300);
    CHECK(w.retries > 3); // the faults did happen
    CHECK(normalised(w.latest) == normalised(truth(p)));
}
