#include "core/apijson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {
Transaction sample()
{
    Transaction t;
    t.id = QStringLiteral("tx-0000000042");
    t.createdAt = QDateTime(QDate(2026, 11, 21), QTime(23, 15, 2, 7), Qt::UTC);
    t.businessDay = QDate(2026, 11, 22);
    t.amount = Money::eur(-1999);
    t.type = TransactionType::Refund;
    t.method = PaymentMethod::MealVoucher;
    t.issuer = QStringLiteral("Pluxee");
    t.processor = QStringLiteral("Pluxee");
    t.status = TransactionStatus::Success;
    t.statusOrigin = StatusOrigin::Manual;
    t.manualStatusBy = QStringLiteral("Anaïs \"Ana\" Dubois\\\n");
    t.manualStatusAt = QDateTime(QDate(2026, 11, 21), QTime(23, 40), Qt::UTC);
    t.locationId = QStringLiteral("loc-0001");
    t.terminalId = QStringLiteral("term-0002");
    t.periodId = QStringLiteral("per-term-0002-00017");
    t.maskedCardNumber = QStringLiteral("**** **** **** 4242");
    t.authorisationCode = QStringLiteral("A1B2C3");
    t.reference = QStringLiteral("R00001234");
    t.version = 3;
    return t;
}

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json, &e);
    INFO(e.errorString().toStdString());
    REQUIRE(d.isObject());
    return d.object();
}
} // namespace

TEST_CASE("API JSON: a transaction round-trips exactly and is written byte-identically")
{
    const Transaction t = sample();
    const QByteArray json = api::toJson(t);
    CHECK(json == api::toJson(t));
    CHECK(json.startsWith("{\"id\":\"tx-0000000042\",\"created_at\":\"2026-11-21T23:15:02.007Z\""));
    const auto back = api::transactionFromJson(parse(json));
    INFO(back.error.toStdString());
    REQUIRE(back.value);
    CHECK(*back.value == t);

    Transaction automatic = t;
    automatic.statusOrigin = StatusOrigin::Automatic;
    automatic.manualStatusBy.clear();
    automatic.manualStatusAt = {};
    const QByteArray a = api::toJson(automatic);
    CHECK(a.contains("\"manual_status_by\":null,\"manual_status_at\":null"));
    CHECK(api::transactionFromJson(parse(a)).value == automatic);
}

TEST_CASE("API JSON: malformed transactions are refused with the field named")
{
    const QJsonObject good = parse(api::toJson(sample()));
    struct Case {
        const char* field;
        QJsonValue value;
    };
    const Case cases[] = {
        {"amount_minor", QJsonValue(12.5)},
        {"amount_minor", QJsonValue(QStringLiteral("1999"))},
        {"created_at", QJsonValue(QStringLiteral("2026-11-21 23:15"))},
        {"created_at", QJsonValue(QStringLiteral("2026-11-21T23:15:02+01:00"))},
        {"status", QJsonValue(QStringLiteral("paid"))},
        {"method", QJsonValue(42)},
        {"id", QJsonValue(QJsonValue::Null)},
        {"business_day", QJsonValue(QStringLiteral("2026-02-30"))},
        {"currency", QJsonValue(QStringLiteral("XXX"))},
        {"version", QJsonValue(QJsonValue::Undefined)},
    };
    for (const Case& c : cases) {
        INFO(c.field);
        QJsonObject o = good;
        if (c.value.isUndefined())
            o.remove(QLatin1String(c.field));
        else
            o.insert(QLatin1String(c.field), c.value);
        const auto r = api::transactionFromJson(o);
        CHECK_FALSE(r.value);
        CHECK(r.error.startsWith(QLatin1String(c.field)));
    }
    QJsonObject extra = good;
    extra.insert(QStringLiteral("loyalty_points"), 12); // newer portals may add fields
    CHECK(api::transactionFromJson(extra).value);
}

TEST_CASE("API JSON: locations, terminals, periods, layouts, users and groups round-trip")
{
    const Location l{QStringLiteral("loc-1"), QStringLiteral("Bakkerij « Gent »"), QStringLiteral("Veldstraat 1"),
                     QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE"),
                     QStringLiteral("Europe/Brussels"), 4};
    CHECK(api::locationFromJson(api::toJsonObject(l)).value == l);
    QJsonObject badZone = api::toJsonObject(l);
    badZone.insert(QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus"));
    CHECK_FALSE(api::locationFromJson(badZone).value);

    Terminal t;
    t.id = QStringLiteral("term-1");
    t.name = QStringLiteral("Kassa 1");
    t.model = QStringLiteral("CCV Duo Base A80-A35");
    t.serial = QStringLiteral("1850123456");
    t.locationId = l.id;
    t.active = false;
    t.deactivatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    t.appVersions = {{QStringLiteral("SalesPoint"), QStringLiteral("4.12.1")}};
    t.lastSeen = QDateTime(QDate(2026, 1, 2), QTime(3, 0), Qt::UTC);
    t.version = 2;
    CHECK(api::terminalFromJson(api::toJsonObject(t)).value == t);

    const Period p{QStringLiteral("per-1"), t.id, l.id, 17, t.lastSeen, {}, 12, Money::eur(12345), false, 1};
    CHECK(api::periodFromJson(api::toJsonObject(p)).value == p);

    ReceiptLayout r;
    r.locationId = l.id;
    r.paperWidth = PaperWidth::Mm80;
    r.font = ReceiptFont::Small;
    r.printCustomerReceiptByDefault = false;
    r.logoPng = QByteArray("\x89PNG\r\n", 6);
    r.textsFor(Language::Fr) = { { { QStringLiteral("Chez Léa"), TextAlignment::Center, true, true } },
        { { QStringLiteral("Merci !"), TextAlignment::Right, false, false },
            { QString(), TextAlignment::Left, false, true } } };
    r.textsFor(Language::En).header = { { QStringLiteral("Welcome"), TextAlignment::Left, true, false } };
    CHECK(api::receiptLayoutFromJson(api::toJsonObject(r)).value == r);
    // The shape of docs/portal-api.md.
    const QJsonObject rj = api::toJsonObject(r);
    CHECK(rj.value(QLatin1String("paper_width_mm")).toInt() == 80);
    CHECK(rj.value(QLatin1String("font")).toString() == QLatin1String("small"));
    const QJsonObject line = rj.value(QLatin1String("texts"))
                                 .toObject()
                                 .value(QLatin1String("fr"))
                                 .toObject()
                                 .value(QLatin1String("header"))
                                 .toArray()
                                 .first()
                                 .toObject();
    CHECK(line
        == QJsonObject { { QStringLiteral("text"), QStringLiteral("Chez Léa") },
            { QStringLiteral("align"), QStringLiteral("center") }, { QStringLiteral("bold"), true },
            { QStringLiteral("double_height"), true } });
    // Refused: a paper width that does not exist, an unknown alignment, a logo that is not base64.
    for (const auto& [key, bad] : std::initializer_list<std::pair<const char*, QJsonValue>> { { "paper_width_mm", 76 },
             { "font", QStringLiteral("huge") }, { "logo_png", QStringLiteral("not base64!") },
             { "texts",
                 QJsonObject { { QStringLiteral("nl"),
                     QJsonObject {
                         { QStringLiteral("header"),
                             QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("x") },
                                 { QStringLiteral("align"), QStringLiteral("middle") },
                                 { QStringLiteral("bold"), false }, { QStringLiteral("double_height"), false } } } },
                         { QStringLiteral("footer"), QJsonArray {} } } } } },
             { "texts",
                 QJsonObject { { QStringLiteral("nl"),
                     QJsonObject { { QStringLiteral("header"), QJsonArray { QStringLiteral("plain text") } },
                         { QStringLiteral("footer"), QJsonArray {} } } } } } }) {
        INFO(key);
        QJsonObject o = rj;
        o.insert(QLatin1String(key), bad);
        CHECK_FALSE(api::receiptLayoutFromJson(o).value.has_value());
    }

    const User u{QStringLiteral("usr-1"), QStringLiteral("els@x.be"), QStringLiteral("Els"), false, true, true,
                 {QStringLiteral("grp-1")}};
    CHECK(api::userFromJson(api::toJsonObject(u)).value == u);
    const Group g{QStringLiteral("grp-1"), QStringLiteral("Gent"),
                  {{Menu::Transactions, l.id}, {Menu::Export, QString()}}};
    CHECK(api::groupFromJson(api::toJsonObject(g)).value == g);
    const Merchant m{QStringLiteral("m-1"), QStringLiteral("Janssens BV"), QStringLiteral("BE"),
                     QStringLiteral("BE0123.456.789")};
    CHECK(api::merchantFromJson(api::toJsonObject(m)).value == m);
}
