// AccountSession against an in-process reference portal whose clock the test moves, and the
// real OS keychain (scripts/test.sh provides a Secret Service; without a session bus the
// tests that need one skip themselves).
#include "portal/portalfixture.h"

#include "portal/accountsession.h"
#include "portal/syncengine.h"
#include "server/auth/totp.h"
#include "store/cachedatabase.h"
#include "store/transactionrepository.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <vector>

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kTestService = QStringLiteral("Comptoir-tests");

#define SKIP_WITHOUT_KEYCHAIN()                                                                                        \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                                 \
            WARN("Skipped: no D-Bus session bus, so no Secret Service (run through scripts/test.sh)");                 \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

QString password()
{
    return QString::fromLatin1(kDemoPassword);
}

QString codeAt(const QDateTime& when)
{
    return totp::code(*totp::base32Decode(QString::fromLatin1(kDemoTotpSecret)), when.toSecsSinceEpoch());
}

// One account on the fixture's portal: a client, the keychain, a session with the portal's
// clock. The keychain entry is removed when the test ends, whatever happened.
struct Account {
    PortalFixture& portal;
    CacheIdentity identity;
    CredentialStore keychain{kTestService};
    PortalClient client;
    AccountSession session;

    Account(PortalFixture& p, const char* role)
        : portal(p),
          identity{p.baseUrl().chopped(QStringLiteral("/api/v1").size()), p.emailOf(role)},
          client(QUrl(identity.portalUrl)),
          session(client, keychain, identity, [&p] { return p.clock; })
    {
        keychain.remove(identity);
    }
    ~Account() { keychain.remove(identity); }

    std::optional<StoredCredentials> saved()
    {
        QString error;
        auto s = keychain.load(identity, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return s;
    }
    // A second run of the program: a fresh client and session on the same keychain.
    struct Later {
        PortalClient client;
        AccountSession session;
        explicit Later(Account& a)
            : client(QUrl(a.identity.portalUrl)),
              session(client, a.keychain, a.identity, [&p = a.portal] { return p.clock; })
        {
        }
    };
    std::unique_ptr<Later> later() { return std::make_unique<Later>(*this); }
    int status(const QByteArray& token) { return portal.get(QStringLiteral("/me"), token).status; }
};

void requireOk(const AccountSession::Result& r)
{
    INFO(r.message.toStdString());
    REQUIRE(r.ok());
    CHECK(r.message.isEmpty());
    CHECK(r.warning.isEmpty());
}

SyncEngine::Result syncInto(CacheDatabase& cache, PortalClient& client)
{
    SyncEngine::Options o;
    o.backoffBaseMs = 1;
    o.backoffMaxMs = 5;
    return SyncEngine(cache, client, o).run();
}

} // namespace

TEST_CASE("Session: remember nothing leaves the keychain alone, remember the token drops an earlier password", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "bookkeeper");

    // Something remembered before; a sign-in without "remember me" does not touch it.
    const StoredCredentials earlier{QStringLiteral("earlier-token"), p.clock.addDays(1), QStringLiteral("earlier-password")};
    REQUIRE(a.keychain.save(a.identity, earlier).ok);
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::None));
    CHECK(a.status(a.client.token()) == 200);
    CHECK(a.session.expiresAt() == p.clock.addSecs(12 * 3600));
    CHECK_FALSE(a.session.canRenew());
    auto s = a.saved();
    REQUIRE(s);
    CHECK(s->token == earlier.token);
    CHECK(s->password == earlier.password);

    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::Token));
    s = a.saved();
    REQUIRE(s);
    CHECK(s->token.toLatin1() == a.client.token());
    CHECK(s->tokenExpiresAt == p.clock.addSecs(12 * 3600));
    CHECK(s->password.isEmpty());
    CHECK_FALSE(a.session.canRenew());

    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::TokenAndPassword));
    s = a.saved();
    REQUIRE(s);
    CHECK(s->token.toLatin1() == a.client.token());
    CHECK(s->password == password());
    CHECK(a.session.canRenew());
}

TEST_CASE("Session: a remembered token is used until it expires, then the saved password signs in again", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "admin");
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::TokenAndPassword));
    const QByteArray first = a.client.token();

    p.clock = p.clock.addSecs(11 * 3600);
    auto run2 = a.later();
    requireOk(run2->session.resume());
    CHECK(run2->client.token() == first); // no new sign-in while the token is good
    CHECK(run2->session.canRenew());

    p.clock = p.clock.addSecs(2 * 3600); // past the 12 hours
    CHECK(a.status(first) == 401);
    auto run3 = a.later();
    requireOk(run3->session.resume());
    const QByteArray second = run3->client.token();
    CHECK(second != first);
    CHECK(a.status(second) == 200);
    const auto s = a.saved();
    REQUIRE(s);
    CHECK(s->token.toLatin1() == second);
    CHECK(s->tokenExpiresAt == p.clock.addSecs(12 * 3600));
    CHECK(s->password == password()); // still saved for next time
}

TEST_CASE("Session: an expired token without a saved password asks for the password", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "bookkeeper");
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::Token));
    p.clock = p.clock.addSecs(13 * 3600);
    auto later = a.later();
    const auto r = later->session.resume();
    REQUIRE_FALSE(r.ok());
    CHECK(r.failure == AccountSession::Result::Failure::Portal);
    CHECK(r.portal.kind == PortalError::Kind::Unauthorized);
    CHECK(r.portal.code == QLatin1String("session_expired"));
    CHECK(AccountSession::sessionEnded(r.portal));
    CHECK(r.message.contains(QStringLiteral("has expired")));
    CHECK(r.message.contains(QStringLiteral("Sign in again")));
    CHECK(later->client.token().isEmpty());
    CHECK_FALSE(later->session.canRenew());
    CHECK(later->session.renew().failure == AccountSession::Result::Failure::Portal);
}

TEST_CASE("Session: with two-step verification the saved password alone is not enough", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "partner");
    const auto noCode = a.session.signIn(password(), {}, AccountSession::Remember::TokenAndPassword);
    CHECK(noCode.portal.code == QLatin1String("totp_required"));
    CHECK_FALSE(a.saved().has_value());
    requireOk(a.session.signIn(password(), codeAt(p.clock), AccountSession::Remember::TokenAndPassword));

    p.clock = p.clock.addSecs(13 * 3600);
    auto later = a.later();
    const auto r = later->session.resume();
    REQUIRE_FALSE(r.ok());
    CHECK(r.portal.code == QLatin1String("totp_required"));
    CHECK(r.message.contains(QStringLiteral("two-step code")));
    CHECK(r.message.contains(QStringLiteral("saved password alone is not enough")));
    REQUIRE(a.saved().has_value()); // nothing wrong with the saved sign-in

    auto withCode = a.later();
    requireOk(withCode->session.resume(codeAt(p.clock)));
    CHECK(a.status(withCode->client.token()) == 200);
}

TEST_CASE("Session: a session that ends during a sync is renewed with the saved password", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "admin");
    QTemporaryDir dir;
    auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("c.sqlite")));
    REQUIRE(opened);
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::TokenAndPassword));

    // The portal forgot the session (signed out elsewhere, or restarted).
    REQUIRE(p.request("DELETE", QStringLiteral("/session"), {}, a.client.token()).status == 204);
    auto r = syncInto(*opened.database, a.client);
    REQUIRE_FALSE(r.ok);
    CHECK(AccountSession::sessionEnded(r.error));
    REQUIRE(a.session.canRenew());
    requireOk(a.session.renew());
    r = syncInto(*opened.database, a.client);
    INFO(r.error.message.toStdString());
    CHECK(r.ok);

    // The session expires between two syncs of the same run.
    p.clock = p.clock.addSecs(13 * 3600);
    r = syncInto(*opened.database, a.client);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.code == QLatin1String("session_expired"));
    CHECK(AccountSession::sessionEnded(r.error));
    requireOk(a.session.renew());
    CHECK(syncInto(*opened.database, a.client).ok);
    const auto s = a.saved();
    REQUIRE(s);
    CHECK(s->token.toLatin1() == a.client.token());
    CHECK(s->tokenExpiresAt == p.clock.addSecs(12 * 3600));
}

TEST_CASE("Session: a saved password the portal no longer accepts is removed at once", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "bookkeeper");
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::TokenAndPassword));
    const QString changed = QStringLiteral("Nieuw-Wachtwoord#7");
    const auto put = p.request("PUT", QStringLiteral("/me/password"),
                               QJsonDocument(QJsonObject{{QStringLiteral("current_password"), password()},
                                                         {QStringLiteral("new_password"), changed}})
                                   .toJson(),
                               a.client.token());
    INFO(put.body.toStdString());
    REQUIRE(put.status == 204);

    p.clock = p.clock.addSecs(13 * 3600);
    auto later = a.later();
    const auto r = later->session.resume();
    REQUIRE_FALSE(r.ok());
    CHECK(r.portal.code == QLatin1String("invalid_credentials"));
    CHECK(r.message.contains(QStringLiteral("no longer accepts the password saved")));
    CHECK_FALSE(a.saved().has_value());
    CHECK_FALSE(later->session.canRenew());

    // Later runs do not try it again (each try would count towards the lockout).
    for (int i = 0; i < 8; ++i) {
        auto again = a.later();
        CHECK(again->session.resume().failure == AccountSession::Result::Failure::NothingSaved);
    }
    auto fresh = a.later();
    requireOk(fresh->session.signIn(changed, {}, AccountSession::Remember::None)); // not locked
}

TEST_CASE("Session: signing out ends the portal session and forgets the sign-in, also when the portal is unreachable", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "manager");
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::TokenAndPassword));
    const QByteArray token = a.client.token();

    // Signed out from a later run, which has only the keychain's token.
    auto later = a.later();
    requireOk(later->session.signOut());
    CHECK(a.status(token) == 401);
    CHECK_FALSE(a.saved().has_value());
    CHECK(later->client.token().isEmpty());
    CHECK(later->session.resume().failure == AccountSession::Result::Failure::NothingSaved);
    requireOk(later->session.signOut()); // nothing saved: fine

    // Signed in without "remember me", then out: the client's token ends too.
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::None));
    const QByteArray unremembered = a.client.token();
    requireOk(a.session.signOut());
    CHECK(a.status(unremembered) == 401);

    // A portal that cannot be reached does not keep the sign-in in the keychain.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
    const CacheIdentity offline{QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()), a.identity.accountEmail};
    closed.close();
    CredentialStore keychain(kTestService);
    REQUIRE(keychain.save(offline, {QStringLiteral("some-token"), p.clock.addDays(1), password()}).ok);
    PortalClient client{QUrl(offline.portalUrl)};
    AccountSession session(client, keychain, offline, [&p] { return p.clock; });
    const auto out = session.signOut();
    INFO(out.message.toStdString());
    CHECK(out.ok());
    QString error;
    CHECK_FALSE(keychain.load(offline, &error).has_value());
    CHECK(error.isEmpty());
    keychain.remove(offline);
}

TEST_CASE("Session: nothing saved, wrong password and a locked account give messages to act on", "[session][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    Account a(p, "admin");
    const auto nothing = a.session.resume();
    CHECK(nothing.failure == AccountSession::Result::Failure::NothingSaved);
    CHECK(nothing.message.contains(a.identity.accountEmail));
    CHECK(nothing.message.contains(QStringLiteral("no saved sign-in")));

    AccountSession::Result r;
    for (int i = 0; i < 7; ++i) {
        r = a.session.signIn(QStringLiteral("Comptoir!2025"), {}, AccountSession::Remember::TokenAndPassword);
        REQUIRE_FALSE(r.ok());
        if (i < 6) {
            CHECK(r.portal.code == QLatin1String("invalid_credentials"));
            CHECK(r.message == QStringLiteral("The e-mail address or password is wrong."));
        }
    }
    CHECK(r.portal.kind == PortalError::Kind::Locked);
    CHECK(r.portal.retryAfterSeconds == 15 * 60);
    CHECK(r.message.contains(QStringLiteral("Try again in 15 minutes")));
    p.clock = p.clock.addSecs(5 * 60);
    r = a.session.signIn(password(), {}, AccountSession::Remember::Token);
    CHECK(r.portal.kind == PortalError::Kind::Locked);
    CHECK(r.message.contains(QStringLiteral("Try again in 10 minutes")));
    CHECK_FALSE(a.saved().has_value()); // failures remember nothing
    p.clock = p.clock.addSecs(10 * 60);
    requireOk(a.session.signIn(password(), {}, AccountSession::Remember::Token));
}
