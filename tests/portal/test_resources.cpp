#include "portalfixture.h"

#include "core/apijson.h"
#include "reports/logoimage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QByteArray body(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList idsOf(const QJsonArray& items, const char* field = "id")
{
    QStringList out;
    for (const QJsonValue& v : items)
        out.append(v.toObject().value(QLatin1String(field)).toString());
    return out;
}

// Every item of a feed, following next_cursor to the end.
QJsonArray walk(PortalFixture& p, const QString& feed, const QByteArray& token, int limit = 500)
{
    QJsonArray all;
    QString cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto r = p.get(QStringLiteral("/%1?limit=%2&cursor=%3").arg(feed).arg(limit).arg(cursor), token);
        REQUIRE(r.status == 200);
        for (const QJsonValue& v : r.json.value(QLatin1String("items")).toArray())
            all.append(v);
        cursor = r.json.value(QLatin1String("next_cursor")).toString();
        if (!r.json.value(QLatin1String("has_more")).toBool())
            break;
    }
    return all;
}
} // namespace

TEST_CASE("Portal permissions: a store manager never receives another location's data", "[portal]")
{
    PortalFixture p;
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    const QByteArray manager = p.signIn(p.emailOf("manager"));
    const QByteArray bookkeeper = p.signIn(p.emailOf("bookkeeper"));

    const QStringList allLocations = idsOf(p.get(QStringLiteral("/locations"), admin).json.value(QLatin1String("items")).toArray());
    REQUIRE(allLocations.size() == 3);
    const QStringList managerLocations =
        idsOf(p.get(QStringLiteral("/locations"), manager).json.value(QLatin1String("items")).toArray());
    REQUIRE(managerLocations.size() == 1);
    const QString mine = managerLocations.first();

    // Terminals, transactions, periods: only the manager's location.
    for (const QString& id :
         idsOf(p.get(QStringLiteral("/terminals"), manager).json.value(QLatin1String("items")).toArray(), "location_id"))
        CHECK(id == mine);
    const QJsonArray txs = walk(p, QStringLiteral("transactions"), manager);
    REQUIRE(txs.size() > 100);
    for (const QString& id : idsOf(txs, "location_id"))
        REQUIRE(id == mine);
    const QJsonArray periods = walk(p, QStringLiteral("periods"), manager);
    REQUIRE_FALSE(periods.isEmpty());
    for (const QString& id : idsOf(periods, "location_id"))
        REQUIRE(id == mine);
    // The administrator sees more; the manager's rows are exactly the admin's rows there.
    const QJsonArray adminTxs = walk(p, QStringLiteral("transactions"), admin, 5000);
    int atMine = 0;
    for (const QJsonValue& v : adminTxs)
        atMine += v.toObject().value(QLatin1String("location_id")).toString() == mine ? 1 : 0;
    CHECK(atMine == txs.size());
    CHECK(adminTxs.size() > txs.size());

    // Receipt layouts of other locations do not exist for the manager; users are forbidden.
    for (const QString& other : allLocations) {
        const int status = p.get(QStringLiteral("/receipt-layouts/%1").arg(other), manager).status;
        CHECK(status == (other == mine ? 200 : 404));
    }
    CHECK(p.get(QStringLiteral("/users"), manager).status == 403);
    CHECK(p.get(QStringLiteral("/groups"), manager).status == 403);
    CHECK(p.get(QStringLiteral("/users"), admin).json.value(QLatin1String("items")).toArray().size() == 4);

    // A period or transaction of another location is "not found" for the manager.
    for (const QJsonValue& v : adminTxs) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("location_id")).toString() == mine)
            continue;
        const auto r = p.request("POST", QStringLiteral("/transactions/%1/manual-status").arg(t.value(QLatin1String("id")).toString()),
                                 body({{QStringLiteral("status"), QStringLiteral("success")}}), manager, {{"If-Match", "\"1\""}});
        CHECK(r.status == 404);
        break;
    }

    // The bookkeeper reads transactions everywhere but may not rename anything.
    CHECK(walk(p, QStringLiteral("transactions"), bookkeeper, 5000).size() == adminTxs.size());
    const auto rename = p.request("PATCH", QStringLiteral("/locations/%1").arg(mine), body({{QStringLiteral("name"), QStringLiteral("X")}}),
                                  bookkeeper, {{"If-Match", "\"1\""}});
    CHECK(rename.status == 403);
    // "me" lists the grants per menu.
    const QJsonArray grants = p.get(QStringLiteral("/me"), manager).json.value(QLatin1String("permissions")).toArray();
    REQUIRE_FALSE(grants.isEmpty());
    for (const QJsonValue& g : grants)
        CHECK(g.toObject().value(QLatin1String("location_ids")).toArray() == QJsonArray{mine});
}

TEST_CASE("Portal resources: locations are renamed but never created; versions guard every change", "[portal]")
{
    PortalFixture p;
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    const QJsonObject location = p.get(QStringLiteral("/locations"), admin).json.value(QLatin1String("items")).toArray().first().toObject();
    const QString id = location.value(QLatin1String("id")).toString();
    const QByteArray etag = '"' + QByteArray::number(location.value(QLatin1String("version")).toInteger()) + '"';

    const auto create = p.request("POST", QStringLiteral("/locations"), body({{QStringLiteral("name"), QStringLiteral("Nieuw")}}), admin);
    CHECK(create.status == 405);
    CHECK(create.json.value(QLatin1String("message")).toString().contains(QStringLiteral("terminal is ordered")));

    const QByteArray rename = body({{QStringLiteral("name"), QStringLiteral("Bakkerij Centrum")}});
    CHECK(p.request("PATCH", QStringLiteral("/locations/") + id, rename, admin).status == 428);
    const auto stale = p.request("PATCH", QStringLiteral("/locations/") + id, rename, admin, {{"If-Match", "\"999\""}});
    CHECK(stale.status == 412);
    CHECK(stale.json.value(QLatin1String("current")).toObject().value(QLatin1String("name")) == location.value(QLatin1String("name")));
    const auto renamed = p.request("PATCH", QStringLiteral("/locations/") + id, rename, admin, {{"If-Match", etag}});
    CHECK(renamed.status == 200);
    CHECK(renamed.json.value(QLatin1String("name")).toString() == QLatin1String("Bakkerij Centrum"));
    CHECK(renamed.headers.value("etag") != etag);
    CHECK(p.request("PATCH", QStringLiteral("/locations/") + id, rename, admin, {{"If-Match", etag}}).status == 412);
    CHECK(p.request("PATCH", QStringLiteral("/locations/loc-9999"), rename, admin, {{"If-Match", etag}}).status == 404);
}

TEST_CASE("Portal resources: terminals move, rename and deactivate; a freed name can be taken over", "[portal]")
{
    PortalFixture p;
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    const QJsonArray terminals = p.get(QStringLiteral("/terminals"), admin).json.value(QLatin1String("items")).toArray();
    QJsonObject a, b;
    for (const QJsonValue& v : terminals) {
        const QJsonObject t = v.toObject();
        if (!t.value(QLatin1String("active")).toBool())
            continue;
        if (a.isEmpty())
            a = t;
        else if (b.isEmpty())
            b = t;
    }
    REQUIRE_FALSE(b.isEmpty());
    const auto etag = [](const QJsonObject& t) { return '"' + QByteArray::number(t.value(QLatin1String("version")).toInteger()) + '"'; };
    const QString aId = a.value(QLatin1String("id")).toString(), bId = b.value(QLatin1String("id")).toString();
    const QString aName = a.value(QLatin1String("name")).toString();

    const auto taken = p.request("PATCH", QStringLiteral("/terminals/") + bId, body({{QStringLiteral("name"), aName}}), admin,
                                 {{"If-Match", etag(b)}});
    CHECK(taken.status == 409);
    CHECK(taken.json.value(QLatin1String("error")).toString() == QLatin1String("name_taken"));

    const auto off = p.request("POST", QStringLiteral("/terminals/%1/deactivate").arg(aId), {}, admin, {{"If-Match", etag(a)}});
    REQUIRE(off.status == 200);
    CHECK_FALSE(off.json.value(QLatin1String("active")).toBool());
    CHECK(off.json.value(QLatin1String("deactivated_at")).toString() == api::timeToJson(p.clock));
    const auto replaced = p.request("PATCH", QStringLiteral("/terminals/") + bId, body({{QStringLiteral("name"), aName}}), admin,
                                    {{"If-Match", etag(b)}});
    CHECK(replaced.status == 200);
    CHECK(replaced.json.value(QLatin1String("name")).toString() == aName);

    const QString elsewhere = [&] {
        for (const QJsonValue& l : p.get(QStringLiteral("/locations"), admin).json.value(QLatin1String("items")).toArray())
            if (l.toObject().value(QLatin1String("id")) != replaced.json.value(QLatin1String("location_id")))
                return l.toObject().value(QLatin1String("id")).toString();
        return QString();
    }();
    const auto moved = p.request("PATCH", QStringLiteral("/terminals/") + bId, body({{QStringLiteral("location_id"), elsewhere}}),
                                 admin, {{"If-Match", replaced.headers.value("etag")}});
    CHECK(moved.status == 200);
    CHECK(moved.json.value(QLatin1String("location_id")).toString() == elsewhere);
    CHECK(p.request("POST", QStringLiteral("/terminals/%1/deactivate").arg(aId), {}, admin, {{"If-Match", off.headers.value("etag")}})
              .status == 409);
}

TEST_CASE("Portal resources: manual status only for a manual intervention", "[portal]")
{
    PortalFixture p(QString(), 30, 400);
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    const QJsonArray all = walk(p, QStringLiteral("transactions"), admin, 5000);
    QJsonObject pending, done;
    for (const QJsonValue& v : all) {
        const QJsonObject t = v.toObject();
        const QString status = t.value(QLatin1String("status")).toString();
        if (status == QLatin1String("manual_intervention") && pending.isEmpty())
            pending = t;
        if (status == QLatin1String("success") && done.isEmpty())
            done = t;
    }
    REQUIRE_FALSE(pending.isEmpty());
    const auto etag = [](const QJsonObject& t) { return '"' + QByteArray::number(t.value(QLatin1String("version")).toInteger()) + '"'; };
    const QString path = QStringLiteral("/transactions/%1/manual-status");
    CHECK(p.request("POST", path.arg(done.value(QLatin1String("id")).toString()), body({{QStringLiteral("status"), QStringLiteral("failed")}}),
                    admin, {{"If-Match", etag(done)}})
              .status == 409);
    CHECK(p.request("POST", path.arg(pending.value(QLatin1String("id")).toString()),
                    body({{QStringLiteral("status"), QStringLiteral("refunded")}}), admin, {{"If-Match", etag(pending)}})
              .status == 422);
    const auto set = p.request("POST", path.arg(pending.value(QLatin1String("id")).toString()),
                               body({{QStringLiteral("status"), QStringLiteral("failed")}}), admin, {{"If-Match", etag(pending)}});
    REQUIRE(set.status == 200);
    CHECK(set.json.value(QLatin1String("status")).toString() == QLatin1String("failed"));
    CHECK(set.json.value(QLatin1String("status_origin")).toString() == QLatin1String("manual"));
    CHECK(set.json.value(QLatin1String("manual_status_by")).toString() == p.emailOf("admin"));
    CHECK(set.json.value(QLatin1String("version")).toInteger() == pending.value(QLatin1String("version")).toInteger() + 1);
}

namespace {
QJsonObject receiptLine(const QString& text)
{
    return { { QStringLiteral("text"), text }, { QStringLiteral("align"), QStringLiteral("left") },
        { QStringLiteral("bold"), false }, { QStringLiteral("double_height"), false } };
}

QJsonObject withFooter(QJsonObject layout, const char* language, const QJsonArray& footer)
{
    QJsonObject texts = layout.value(QLatin1String("texts")).toObject();
    QJsonObject one = texts.value(QLatin1String(language)).toObject();
    one.insert(QStringLiteral("footer"), footer);
    texts.insert(QLatin1String(language), one);
    layout.insert(QStringLiteral("texts"), texts);
    return layout;
}

QString pngOf(int width, int height)
{
    QImage mono(width, height, QImage::Format_Mono);
    mono.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    mono.fill(1);
    return QString::fromLatin1(LogoProcessing::encodePng(mono).toBase64());
}
} // namespace

TEST_CASE("Portal resources: receipt layouts with ETag and If-Match; Verifone locations refused", "[portal]")
{
    PortalFixture p;
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    const QJsonArray terminals = p.get(QStringLiteral("/terminals"), admin).json.value(QLatin1String("items")).toArray();
    QString paxLocation;
    for (const QJsonValue& v : terminals)
        if (!v.toObject().value(QLatin1String("model")).toString().contains(QLatin1String("Verifone")) &&
            v.toObject().value(QLatin1String("active")).toBool())
            paxLocation = v.toObject().value(QLatin1String("location_id")).toString();
    REQUIRE_FALSE(paxLocation.isEmpty());
    const QString path = QStringLiteral("/receipt-layouts/%1").arg(paxLocation);
    const auto current = p.get(path, admin);
    REQUIRE(current.status == 200);
    const QByteArray etag = current.headers.value("etag");
    REQUIRE_FALSE(etag.isEmpty());
    const auto parsed = api::receiptLayoutFromJson(current.json);
    REQUIRE(parsed.value);
    CHECK(parsed.value->locationId == paxLocation);
    CHECK_FALSE(parsed.value->textsFor(Language::Fr).footer.isEmpty());

    QJsonObject layout = current.json;
    layout.insert(QStringLiteral("paper_width_mm"), 58);
    layout.insert(QStringLiteral("font"), QStringLiteral("normal"));
    layout = withFooter(
        layout, "fr", { receiptLine(QStringLiteral("Échange sous 14 jours")), receiptLine(QStringLiteral("Merci !")) });
    CHECK(p.request("PUT", path, body(layout), admin).status == 428);
    CHECK(p.request("PUT", path, body(layout), admin, {{"If-Match", "\"0\""}}).status == 412);
    const auto saved = p.request("PUT", path, body(layout), admin, {{"If-Match", etag}});
    REQUIRE(saved.status == 200);
    CHECK(saved.headers.value("etag") != etag);
    CHECK(p.get(path, admin).json == layout);
    const auto stale = p.request("PUT", path, body(layout), admin, { { "If-Match", etag } });
    CHECK(stale.status == 412);
    CHECK(stale.json.value(QLatin1String("current")).toObject() == layout); // what the portal has now
    const QByteArray now = saved.headers.value("etag");

    // The line limit follows the paper and the text size: 32 characters on 58 mm in normal
    // text, 48 on 80 mm, 64 on 80 mm in small text.
    const auto put = [&](const QJsonObject& o) {
        return p.request("PUT", path, body(o), admin, { { "If-Match", now } });
    };
    const QJsonObject long33 = withFooter(layout, "nl", { receiptLine(QString(33, QLatin1Char('x'))) });
    const auto tooLong = put(long33);
    CHECK(tooLong.status == 422);
    CHECK(tooLong.json.value(QLatin1String("error")).toString() == QLatin1String("line_too_long"));
    QJsonObject wide = long33;
    wide.insert(QStringLiteral("paper_width_mm"), 80);
    QJsonObject wide64 = withFooter(wide, "en", { receiptLine(QString(64, QLatin1Char('y'))) });
    CHECK(put(wide64).json.value(QLatin1String("error")).toString() == QLatin1String("line_too_long"));
    wide64.insert(QStringLiteral("font"), QStringLiteral("small"));
    const auto small = put(wide64);
    CHECK(small.status == 200);
    const QByteArray afterSmall = small.headers.value("etag");
    const auto putNow = [&](const QJsonObject& o) {
        return p.request("PUT", path, body(o), admin, { { "If-Match", afterSmall } });
    };

    QJsonObject nine = layout;
    QJsonArray lines;
    for (int i = 0; i < 9; ++i)
        lines.append(receiptLine(QStringLiteral("line %1").arg(i)));
    CHECK(putNow(withFooter(nine, "en", lines)).json.value(QLatin1String("error")).toString()
        == QLatin1String("too_many_lines"));
    const auto emoji = putNow(withFooter(layout, "en", { receiptLine(QStringLiteral("Thanks 😀")) }));
    CHECK(emoji.status == 422);
    CHECK(emoji.json.value(QLatin1String("error")).toString() == QLatin1String("unprintable_character"));
    QJsonObject badLogo = layout;
    badLogo.insert(QStringLiteral("logo_png"), QString::fromLatin1(QByteArray("GIF89a not a png").toBase64()));
    CHECK(putNow(badLogo).json.value(QLatin1String("error")).toString() == QLatin1String("invalid_logo"));
    QJsonObject wideLogo = layout; // 58 mm paper prints 384 dots
    wideLogo.insert(QStringLiteral("logo_png"), pngOf(400, 100));
    CHECK(putNow(wideLogo).json.value(QLatin1String("error")).toString() == QLatin1String("invalid_logo"));
    QJsonObject goodLogo = layout;
    goodLogo.insert(QStringLiteral("logo_png"), pngOf(384, 100));
    CHECK(putNow(goodLogo).status == 200);
    CHECK(p.request("PUT", path,
               QByteArrayLiteral("{\"paper_width_mm\": 58, \"font\": \"normal\", \"texts\": {}, "
                                 "\"print_customer_receipt_by_default\": true, \"colour\": 1}"),
               admin, { { "If-Match", "*" } })
              .status
        == 400);

    // A location whose terminals are all Verifone (its PAX terminals deactivated): its
    // receipt is read, never written.
    for (const QJsonValue& v : terminals) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("location_id")).toString() != paxLocation
            || !t.value(QLatin1String("active")).toBool()
            || t.value(QLatin1String("model")).toString().contains(QLatin1String("Verifone")))
            continue;
        REQUIRE(p.request("POST",
                     QStringLiteral("/terminals/%1/deactivate").arg(t.value(QLatin1String("id")).toString()), {}, admin,
                     { { "If-Match", '"' + QByteArray::number(t.value(QLatin1String("version")).toInteger()) + '"' } })
                    .status
            == 200);
    }
    const auto verifone = p.get(path, admin);
    REQUIRE(verifone.status == 200);
    const auto refused
        = p.request("PUT", path, body(verifone.json), admin, { { "If-Match", verifone.headers.value("etag") } });
    CHECK(refused.status == 409);
    CHECK(refused.json.value(QLatin1String("error")).toString() == QLatin1String("verifone_receipts"));
}

TEST_CASE("Portal resources: bad input gets a 4xx JSON error, never a 500", "[portal]")
{
    PortalFixture p;
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    struct Case {
        const char* what;
        QByteArray method;
        QString path;
        QByteArray body;
        int status;
    };
    const Case cases[] = {
        { "bad cursor", "GET", QStringLiteral("/transactions?cursor=abc"), {}, 400 },
        { "forged cursor", "GET", QStringLiteral("/transactions?cursor=c1.!!!"), {}, 400 },
        { "limit too big", "GET", QStringLiteral("/transactions?limit=5001"), {}, 400 },
        { "limit zero", "GET", QStringLiteral("/transactions?limit=0"), {}, 400 },
        { "limit text", "GET", QStringLiteral("/periods?limit=lots"), {}, 400 },
        { "unknown resource", "GET", QStringLiteral("/invoices"), {}, 404 },
        { "outside the API", "GET", QStringLiteral("/../etc/passwd"), {}, 404 },
        { "unknown transaction", "POST", QStringLiteral("/transactions/tx-nope/manual-status"),
            "{\"status\":\"success\"}", 404 },
        { "malformed JSON", "PATCH", QStringLiteral("/locations/loc-0001"), "{\"name\": ", 400 },
        { "wrong type", "PATCH", QStringLiteral("/locations/loc-0001"), "{\"name\": 5}", 422 },
        { "unknown field", "PATCH", QStringLiteral("/terminals/term-0001"), "{\"colour\": \"red\"}", 400 },
        { "oversized body", "PUT", QStringLiteral("/receipt-layouts/loc-0001"),
            "{\"logo_png\": \"" + QByteArray(1100 * 1024, 'x') + "\"}", 413 },
        { "receipt layout of a language (API v1 before issue 8)", "GET", QStringLiteral("/receipt-layouts/loc-0001/nl"),
            {}, 404 },
        { "bad language", "GET", QStringLiteral("/periods/per-x/report?lang=de"), {}, 400 },
        { "wrong method", "DELETE", QStringLiteral("/locations"), {}, 405 },
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto r = p.request(c.method, c.path, c.body, admin);
        CHECK(r.status == c.status);
        CHECK_FALSE(r.json.value(QLatin1String("error")).toString().isEmpty());
        CHECK_FALSE(r.json.value(QLatin1String("message")).toString().isEmpty());
    }
}

TEST_CASE("Portal resources: the day-close report of a closed period is a PDF", "[portal]")
{
    PortalFixture p;
    const QByteArray admin = p.signIn(p.emailOf("admin"));
    const QJsonArray periods = walk(p, QStringLiteral("periods"), admin, 5000);
    QString closed, open;
    for (const QJsonValue& v : periods) {
        const QJsonObject o = v.toObject();
        (o.value(QLatin1String("closed_at")).isNull() ? open : closed) = o.value(QLatin1String("id")).toString();
    }
    REQUIRE_FALSE(closed.isEmpty());
    REQUIRE_FALSE(open.isEmpty());
    const auto pdf = p.get(QStringLiteral("/periods/%1/report?lang=fr").arg(closed), admin);
    CHECK(pdf.status == 200);
    CHECK(pdf.headers.value("content-type") == "application/pdf");
    CHECK(pdf.body.startsWith("%PDF-"));
    CHECK(p.get(QStringLiteral("/periods/%1/report").arg(open), admin).status == 409);
}
