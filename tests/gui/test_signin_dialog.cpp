// The sign-in dialog driven as a user does (typing, clicking, Enter) against an in-process
// reference portal over loopback HTTP, and the real OS keychain for "remember me" (scripts/
// test.sh provides a Secret Service; without a session bus those tests skip themselves).
#include "gui/signindialog.h"
#include "portal/credentialstore.h"
#include "portal/portalfixture.h"
#include "server/auth/totp.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

#include <catch2/catch.hpp>

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

// The portal's own address (what a user types), without the API's path.
QString portalAddress(PortalFixture& p)
{
    return p.baseUrl().chopped(QStringLiteral("/api/v1").size());
}

// The dialog, shown, with its fields found by name as a test sees them.
struct Dialog {
    CredentialStore keychain { kTestService };
    SignInDialog dialog { keychain };
    QLineEdit* url = nullptr;
    QLineEdit* email = nullptr;
    QLineEdit* passwordField = nullptr;
    QLineEdit* code = nullptr;
    QCheckBox* rememberMe = nullptr;
    QCheckBox* rememberPassword = nullptr;
    QLabel* message = nullptr;
    QPushButton* signIn = nullptr;

    Dialog()
    {
        url = dialog.findChild<QLineEdit*>(QStringLiteral("portalUrl"));
        email = dialog.findChild<QLineEdit*>(QStringLiteral("email"));
        passwordField = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        code = dialog.findChild<QLineEdit*>(QStringLiteral("totpCode"));
        rememberMe = dialog.findChild<QCheckBox*>(QStringLiteral("rememberMe"));
        rememberPassword = dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        message = dialog.findChild<QLabel*>(QStringLiteral("message"));
        signIn = dialog.findChild<QPushButton*>(QStringLiteral("signIn"));
        REQUIRE(url);
        REQUIRE(email);
        REQUIRE(passwordField);
        REQUIRE(code);
        REQUIRE(rememberMe);
        REQUIRE(rememberPassword);
        REQUIRE(message);
        REQUIRE(signIn);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow(); // where the platform can: typing goes where the cursor is
        (void)QTest::qWaitForWindowActive(&dialog, 1000);
    }

    void fill(const QString& address, const QString& mail, const QString& pass)
    {
        for (QLineEdit* edit : { url, email, passwordField })
            edit->clear();
        QTest::keyClicks(url, address);
        QTest::keyClicks(email, mail);
        QTest::keyClicks(passwordField, pass);
    }
    void clickSignIn() { QTest::mouseClick(signIn, Qt::LeftButton); }
    // Where the cursor is in the dialog (also when the test's window is not the active one).
    bool focused(const QWidget* w) const { return dialog.focusWidget() == w; }
    bool accepted() const { return dialog.result() == QDialog::Accepted && !dialog.isVisible(); }
    bool stillOpen() const { return dialog.isVisible() && dialog.result() != QDialog::Accepted; }
    QString shown() const { return message->isVisibleTo(&dialog) ? message->text() : QString(); }
    // The form is usable again once the portal has answered.
    bool formEnabled() const { return url->isEnabled() && passwordField->isEnabled() && signIn->isEnabled(); }
    // For the documentation: COMPTOIR_SCREENSHOT_DIR=dir saves the dialog as it looks now.
    void screenshot(const char* name)
    {
        const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // Active, so that the cursor shows where typing goes; and the layout settled.
        dialog.activateWindow();
        (void)QTest::qWaitForWindowActive(&dialog, 1000);
        QTest::qWait(50);
        CHECK(dialog.grab().save(QDir(dir).filePath(QLatin1String(name))));
    }
};

// A loopback port that was free a moment ago and where nobody listens now.
quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

TEST_CASE(
    "Sign-in dialog: the right password signs in by pressing Enter and returns the account and a token", "[signin]")
{
    PortalFixture p;
    Dialog d;
    const QString email = p.emailOf("bookkeeper");
    CHECK(d.focused(d.url));
    // Pasted with the API's path and a trailing slash: Comptoir keeps the portal's address.
    d.fill(p.baseUrl() + QLatin1Char('/'), QLatin1Char(' ') + email, password());
    QTest::keyClick(d.passwordField, Qt::Key_Return);

    REQUIRE(d.accepted());
    CHECK(d.dialog.account() == CacheIdentity { portalAddress(p), email });
    CHECK_FALSE(d.dialog.token().isEmpty());
    CHECK(p.get(QStringLiteral("/me"), d.dialog.token()).status == 200);
    CHECK(d.dialog.tokenExpiresAt() == p.clock.addSecs(12 * 3600));
    CHECK(d.dialog.user().value(QLatin1String("email")).toString() == email);
    CHECK(d.dialog.remember() == AccountSession::Remember::None);
    CHECK(d.passwordField->text().isEmpty()); // not kept in the dialog longer than needed
}

TEST_CASE("Sign-in dialog: a prefilled account puts the cursor in the password and shows why", "[signin]")
{
    Dialog d;
    d.dialog.setAccount({ QStringLiteral("https://portal.example.com"), QStringLiteral("anna@shop.example") });
    d.dialog.setMessage(QStringLiteral("Your session has ended. Sign in again."));
    CHECK(d.url->text() == QStringLiteral("https://portal.example.com"));
    CHECK(d.email->text() == QStringLiteral("anna@shop.example"));
    CHECK(d.focused(d.passwordField));
    CHECK(d.shown() == QStringLiteral("Your session has ended. Sign in again."));
    CHECK_FALSE(d.code->isVisible());

    // "Also remember my password" only goes with "Remember me".
    CHECK_FALSE(d.rememberPassword->isEnabled());
    d.rememberMe->click();
    CHECK(d.rememberPassword->isEnabled());
    d.rememberPassword->click();
    CHECK(d.dialog.remember() == AccountSession::Remember::TokenAndPassword);
    d.rememberMe->click();
    CHECK_FALSE(d.rememberPassword->isEnabled());
    CHECK_FALSE(d.rememberPassword->isChecked());
    CHECK(d.dialog.remember() == AccountSession::Remember::None);

    // Cancel closes without a sign-in.
    QTest::keyClick(&d.dialog, Qt::Key_Escape);
    CHECK(d.dialog.result() == QDialog::Rejected);
    CHECK_FALSE(d.dialog.isVisible());
    CHECK(d.dialog.token().isEmpty());
}

TEST_CASE("Sign-in dialog: a wrong password says so and the dialog stays open to try again", "[signin]")
{
    PortalFixture p;
    Dialog d;
    d.fill(portalAddress(p), p.emailOf("admin"), QStringLiteral("Not-the-password1!"));
    d.clickSignIn();

    CHECK(d.stillOpen());
    CHECK(d.formEnabled());
    CHECK(d.shown().contains(QStringLiteral("The e-mail address or password is wrong.")));
    CHECK(d.focused(d.passwordField));
    CHECK(d.passwordField->selectedText() == QStringLiteral("Not-the-password1!"));
    CHECK(d.dialog.token().isEmpty());
    d.screenshot("signin-wrong-password.png");

    // Typing the right one over it signs in.
    QTest::keyClicks(d.passwordField, password());
    d.clickSignIn();
    CHECK(d.accepted());
}

TEST_CASE("Sign-in dialog: the two-step user is asked for a code and signs in with the right one", "[signin]")
{
    PortalFixture p;
    Dialog d;
    CHECK_FALSE(d.code->isVisible());
    d.fill(portalAddress(p), p.emailOf("partner"), password());
    d.clickSignIn();

    REQUIRE(d.stillOpen());
    CHECK(d.code->isVisible());
    CHECK(d.focused(d.code));
    CHECK(d.shown().contains(QStringLiteral("two-step verification")));
    d.screenshot("signin.png");

    // No code, or not six digits: asked again without bothering the portal.
    d.clickSignIn();
    CHECK(d.shown() == QStringLiteral("Enter the six-digit code from your authenticator app."));
    QTest::keyClicks(d.code, QStringLiteral("123"));
    d.clickSignIn();
    CHECK(d.shown().contains(QStringLiteral("six digits")));

    // A wrong code.
    d.code->clear();
    QTest::keyClicks(d.code, codeAt(p.clock.addSecs(3600)));
    d.clickSignIn();
    REQUIRE(d.stillOpen());
    CHECK(d.shown().contains(QStringLiteral("wrong or was already used")));
    CHECK(d.code->isVisible());

    // The right one, typed as the app shows it ("123 456").
    d.code->clear();
    const QString right = codeAt(p.clock);
    QTest::keyClicks(d.code, right.left(3) + QLatin1Char(' ') + right.mid(3));
    d.clickSignIn();
    REQUIRE(d.accepted());
    CHECK(p.get(QStringLiteral("/me"), d.dialog.token()).status == 200);
}

TEST_CASE("Sign-in dialog: a code field asked for one account goes away when the e-mail address changes", "[signin]")
{
    PortalFixture p;
    Dialog d;
    d.fill(portalAddress(p), p.emailOf("partner"), password());
    d.clickSignIn();
    REQUIRE(d.code->isVisible());
    QTest::keyClicks(d.email, QStringLiteral("x"));
    CHECK_FALSE(d.code->isVisible());
}

TEST_CASE("Sign-in dialog: a locked account says how many minutes to wait", "[signin]")
{
    PortalFixture p;
    const QString email = p.emailOf("manager");
    for (int i = 0; i < 7; ++i)
        p.request("POST", QStringLiteral("/session"),
            QStringLiteral(R"({"email":"%1","password":"Wrong-password1!"})").arg(email).toUtf8());

    Dialog d;
    d.fill(portalAddress(p), email, password());
    d.clickSignIn();
    REQUIRE(d.stillOpen());
    CHECK(d.shown().contains(QStringLiteral("Try again in 15 minutes")));

    // The password stays typed in: trying again later is one click.
    p.clock = p.clock.addSecs(5 * 60);
    d.clickSignIn();
    CHECK(d.shown().contains(QStringLiteral("Try again in 10 minutes")));

    p.clock = p.clock.addSecs(11 * 60);
    d.clickSignIn();
    CHECK(d.accepted());
}

TEST_CASE("Sign-in dialog: a portal that cannot be reached is reported and the form can be used again", "[signin]")
{
    Dialog d;
    d.fill(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("anna@shop.example"), password());
    d.clickSignIn();
    REQUIRE(d.stillOpen());
    CHECK(d.formEnabled());
    CHECK(d.shown().contains(QStringLiteral("The portal cannot be reached")));
    CHECK(d.focused(d.url));
}

TEST_CASE("Sign-in dialog: https to a portal without TLS is refused and never falls back", "[signin]")
{
    PortalFixture p;
    Dialog d;
    QString address = portalAddress(p);
    address.replace(QStringLiteral("http://"), QStringLiteral("https://"));
    d.fill(address, p.emailOf("admin"), password());
    d.clickSignIn();
    REQUIRE(d.stillOpen());
    CHECK(d.shown().contains(QStringLiteral("secure")));
    CHECK(d.dialog.token().isEmpty());
}

TEST_CASE("Sign-in dialog: a bad address or e-mail address is refused without contacting the portal", "[signin]")
{
    // Something listens where the addresses point: any connection would show up here.
    QTcpServer listener;
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(listener.serverPort());
    Dialog d;

    const auto refused = [&](const QString& address, const QString& email, const QString& pass, const QString& says) {
        d.fill(address, email, pass);
        d.clickSignIn();
        INFO(address.toStdString() << " " << email.toStdString() << " → " << d.shown().toStdString());
        CHECK(d.stillOpen());
        CHECK(d.shown().contains(says));
        CHECK_FALSE(listener.waitForNewConnection(50));
    };
    refused(QString(), QStringLiteral("anna@shop.example"), password(), QStringLiteral("Enter the portal's address"));
    refused(QStringLiteral("ftp://127.0.0.1:") + port, QStringLiteral("anna@shop.example"), password(),
        QStringLiteral("is not a portal address"));
    refused(QStringLiteral("http://"), QStringLiteral("anna@shop.example"), password(),
        QStringLiteral("is not a portal address"));
    refused(QStringLiteral("my portal"), QStringLiteral("anna@shop.example"), password(),
        QStringLiteral("is not a portal address"));
    CHECK(d.focused(d.url));
    refused(
        QStringLiteral("http://127.0.0.1:") + port, QString(), password(), QStringLiteral("Enter the e-mail address"));
    refused(QStringLiteral("http://127.0.0.1:") + port, QStringLiteral("anna.shop.example"), password(),
        QStringLiteral("is not an e-mail address"));
    refused(QStringLiteral("http://127.0.0.1:") + port, QStringLiteral("anna@shop"), password(),
        QStringLiteral("is not an e-mail address"));
    CHECK(d.focused(d.email));
    refused(QStringLiteral("http://127.0.0.1:") + port, QStringLiteral("anna@shop.example"), QString(),
        QStringLiteral("Enter your password."));
    CHECK(d.focused(d.passwordField));
}

TEST_CASE("Sign-in dialog: portal addresses are kept in one form", "[signin]")
{
    using D = SignInDialog;
    CHECK(D::normalizedPortalUrl(QStringLiteral(" Portal.Example.COM/ "))
        == QStringLiteral("https://portal.example.com"));
    CHECK(D::normalizedPortalUrl(QStringLiteral("http://127.0.0.1:8080/api/v1/"))
        == QStringLiteral("http://127.0.0.1:8080"));
    CHECK(D::normalizedPortalUrl(QStringLiteral("HTTPS://portal.example.com/myccv"))
        == QStringLiteral("https://portal.example.com/myccv"));
    CHECK_FALSE(D::normalizedPortalUrl(QStringLiteral("ftp://portal.example.com")));
    CHECK_FALSE(D::normalizedPortalUrl(QStringLiteral("https://anna:secret@portal.example.com")));
    CHECK_FALSE(D::normalizedPortalUrl(QStringLiteral("https://portal.example.com/?x=1")));
    CHECK_FALSE(D::normalizedPortalUrl(QStringLiteral("https://")));
    CHECK_FALSE(D::normalizedPortalUrl(QStringLiteral("   ")));
}

TEST_CASE("Sign-in dialog: remember me keeps the token in the keychain and without it nothing is stored",
    "[signin][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    PortalFixture p;
    const CacheIdentity account { portalAddress(p), p.emailOf("admin") };
    CredentialStore keychain(kTestService);
    keychain.remove(account);
    struct Cleanup {
        CredentialStore& keychain;
        CacheIdentity account;
        ~Cleanup() { keychain.remove(account); }
    } cleanup { keychain, account };
    const auto saved = [&] {
        QString error;
        const std::optional<StoredCredentials> s = keychain.load(account, &error);
        INFO(error.toStdString());
        CHECK(error.isEmpty());
        return s;
    };

    {
        Dialog d;
        d.fill(account.portalUrl, account.accountEmail, password());
        d.clickSignIn();
        REQUIRE(d.accepted());
        CHECK_FALSE(saved());
    }
    {
        Dialog d;
        d.fill(account.portalUrl, account.accountEmail, password());
        d.rememberMe->click();
        d.clickSignIn();
        REQUIRE(d.accepted());
        CHECK(d.dialog.remember() == AccountSession::Remember::Token);
        const std::optional<StoredCredentials> s = saved();
        REQUIRE(s);
        CHECK(s->token.toLatin1() == d.dialog.token());
        CHECK(s->tokenExpiresAt == d.dialog.tokenExpiresAt());
        CHECK(s->password.isEmpty());
    }
    {
        Dialog d;
        d.fill(account.portalUrl, account.accountEmail, password());
        d.rememberMe->click();
        d.rememberPassword->click();
        d.clickSignIn();
        REQUIRE(d.accepted());
        const std::optional<StoredCredentials> s = saved();
        REQUIRE(s);
        CHECK(s->token.toLatin1() == d.dialog.token());
        CHECK(s->password == password());
    }
}
