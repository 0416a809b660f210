#include "portalfixture.h"

#include "server/auth/totp.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QByteArray body(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QByteArray credentials(const QString& email, const QString& password, const QString& totp = {})
{
    QJsonObject o{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!totp.isEmpty())
        o.insert(QStringLiteral("totp"), totp);
    return body(o);
}
} // namespace

TEST_CASE("Portal sign-in: the error table", "[portal]")
{
    PortalFixture p;
    const QString admin = p.emailOf("admin");
    const QString partner = p.emailOf("partner");
    const QString good = QString::fromLatin1(kDemoPassword);
    const QByteArray secret = *totp::base32Decode(QString::fromLatin1(kDemoTotpSecret));
    const QString rightCode = totp::code(secret, p.clock.toSecsSinceEpoch());
    const QString staleCode = totp::code(secret, p.clock.toSecsSinceEpoch() - 120);

    struct Case {
        const char* what;
        QByteArray body;
        int status;
        const char* error;
    };
    const Case cases[] = {
        {"right password", credentials(admin, good), 201, ""},
        {"e-mail in capitals", credentials(admin.toUpper(), good), 201, ""},
        {"wrong password", credentials(admin, QStringLiteral("comptoir!2026")), 401, "invalid_credentials"},
        {"unknown user", credentials(QStringLiteral("nobody@nowhere.be"), good), 401, "invalid_credentials"},
        {"two-step without code", credentials(partner, good), 401, "totp_required"},
        {"two-step wrong code", credentials(partner, good, QStringLiteral("000000")), 401, "totp_invalid"},
        {"two-step stale code", credentials(partner, good, staleCode), 401, "totp_invalid"},
        {"two-step right code", credentials(partner, good, rightCode), 201, ""},
        {"two-step code used again", credentials(partner, good, rightCode), 401, "totp_invalid"},
        {"missing password", body({{QStringLiteral("email"), admin}}), 422, "missing_field"},
        {"password is a number", body({{QStringLiteral("email"), admin}, {QStringLiteral("password"), 12345678}}), 422,
         "invalid_field"},
        {"unknown field", body({{QStringLiteral("email"), admin}, {QStringLiteral("password"), good}, {QStringLiteral("remember"), true}}),
         400, "unknown_field"},
        {"not JSON", QByteArray("email=admin&password=x"), 400, "bad_json"},
        {"JSON array", QByteArray("[1,2]"), 400, "bad_json"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto r = p.request("POST", QStringLiteral("/session"), c.body);
        CHECK(r.status == c.status);
        if (c.status == 201) {
            CHECK(r.json.value(QLatin1String("token")).toString().size() >= 40);
            CHECK(r.json.value(QLatin1String("expires_at")).toString().endsWith(QLatin1Char('Z')));
        } else {
            CHECK(r.json.value(QLatin1String("error")).toString() == QLatin1String(c.error));
            CHECK_FALSE(r.json.value(QLatin1String("message")).toString().isEmpty());
        }
    }
}

TEST_CASE("Portal sign-in: seven wrong sign-ins lock the account for 15 minutes", "[portal]")
{
    PortalFixture p;
    const QString manager = p.emailOf("manager");
    const QByteArray wrong = credentials(manager, QStringLiteral("Wrong!2026"));
    const QByteArray right = credentials(manager, QString::fromLatin1(kDemoPassword));

    // A success resets the count: six wrong, one right, six wrong again is not locked.
    for (int i = 0; i < 6; ++i)
        REQUIRE(p.request("POST", QStringLiteral("/session"), wrong).status == 401);
    REQUIRE(p.request("POST", QStringLiteral("/session"), right).status == 201);
    for (int i = 0; i < 6; ++i)
        REQUIRE(p.request("POST", QStringLiteral("/session"), wrong).status == 401);
    const auto seventh = p.request("POST", QStringLiteral("/session"), wrong);
    CHECK(seventh.status == 423);
    CHECK(seventh.json.value(QLatin1String("error")).toString() == QLatin1String("account_locked"));
    CHECK(seventh.headers.value("retry-after") == "900");

    // The right password during the lock still fails, and says how long to wait.
    p.clock = p.clock.addSecs(10 * 60);
    const auto during = p.request("POST", QStringLiteral("/session"), right);
    CHECK(during.status == 423);
    CHECK(during.headers.value("retry-after") == "300");
    CHECK(during.json.value(QLatin1String("message")).toString().contains(QStringLiteral("5 more minutes")));

    // Other accounts are not affected.
    CHECK(p.request("POST", QStringLiteral("/session"), credentials(p.emailOf("admin"), QString::fromLatin1(kDemoPassword))).status == 201);

    // After the 15 minutes the right password works and the count starts again.
    p.clock = p.clock.addSecs(5 * 60);
    CHECK(p.request("POST", QStringLiteral("/session"), right).status == 201);
    for (int i = 0; i < 6; ++i)
        REQUIRE(p.request("POST", QStringLiteral("/session"), wrong).status == 401);
}

TEST_CASE("Portal sign-in: tokens, expiry, sign-out and password changes", "[portal]")
{
    PortalFixture p;
    const QByteArray token = p.signIn(p.emailOf("bookkeeper"));
    CHECK(p.get(QStringLiteral("/me"), token).status == 200);
    CHECK(p.get(QStringLiteral("/me"), {}).json.value(QLatin1String("error")).toString() == QLatin1String("unauthenticated"));
    CHECK(p.get(QStringLiteral("/me"), "not-a-token").status == 401);

    p.clock = p.clock.addSecs(13 * 3600);
    const auto expired = p.get(QStringLiteral("/me"), token);
    CHECK(expired.status == 401);
    CHECK(expired.json.value(QLatin1String("error")).toString() == QLatin1String("session_expired"));

    const QByteArray again = p.signIn(p.emailOf("bookkeeper"));
    const auto weak = p.request("PUT", QStringLiteral("/me/password"),
                                body({{QStringLiteral("current_password"), QString::fromLatin1(kDemoPassword)},
                                      {QStringLiteral("new_password"), QStringLiteral("short")}}),
                                again);
    CHECK(weak.status == 422);
    CHECK(weak.json.value(QLatin1String("error")).toString() == QLatin1String("weak_password"));
    CHECK(weak.json.value(QLatin1String("problems")).toArray().size() >= 3);
    const auto wrongCurrent = p.request("PUT", QStringLiteral("/me/password"),
                                        body({{QStringLiteral("current_password"), QStringLiteral("Nope!2026x")},
                                              {QStringLiteral("new_password"), QStringLiteral("Boekhoud#2027")}}),
                                        again);
    CHECK(wrongCurrent.status == 403);
    const auto changed = p.request("PUT", QStringLiteral("/me/password"),
                                   body({{QStringLiteral("current_password"), QString::fromLatin1(kDemoPassword)},
                                         {QStringLiteral("new_password"), QStringLiteral("Boekhoud#2027")}}),
                                   again);
    CHECK(changed.status == 204);
    CHECK(p.request("POST", QStringLiteral("/session"), credentials(p.emailOf("bookkeeper"), QString::fromLatin1(kDemoPassword))).status == 401);
    CHECK(p.request("POST", QStringLiteral("/session"), credentials(p.emailOf("bookkeeper"), QStringLiteral("Boekhoud#2027"))).status == 201);

    CHECK(p.request("DELETE", QStringLiteral("/session"), {}, again).status == 204);
    CHECK(p.get(QStringLiteral("/me"), again).status == 401);
}
