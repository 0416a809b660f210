// CredentialStore against the real OS keychain. scripts/test.sh runs the tests inside a
// private D-Bus session with an unlocked gnome-keyring; where no session bus is set (plain
// ctest on a headless machine) the keychain tests skip themselves with a warning. With a
// session bus set, a keychain that fails is a test failure.
#include <catch2/catch.hpp>

#include "portal/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <vector>

using namespace comptoir;

namespace {

// Tests use their own service name so that a developer's real "Comptoir" entries are never
// touched, and each test case its own accounts (ctest runs test cases in parallel).
const QString kTestService = QStringLiteral("Comptoir-tests");

bool sessionBusSet()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

#define SKIP_WITHOUT_KEYCHAIN()                                                                                        \
    do {                                                                                                               \
        if (!sessionBusSet()) {                                                                                        \
            WARN("Skipped: no D-Bus session bus, so no Secret Service (run through scripts/test.sh)");                 \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

CacheIdentity account(const char* portal, const char* email)
{
    return { QString::fromUtf8(portal), QString::fromUtf8(email) };
}

QString uniqueToken(const char* prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Removes the listed accounts when the test ends, whatever happened.
struct Cleanup {
    CredentialStore& store;
    std::vector<CacheIdentity> accounts;
    ~Cleanup()
    {
        for (const auto& a : accounts)
            store.remove(a);
    }
};

const QDateTime kExpiry(QDate(2031, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);
const QString kPassword = QStringLiteral("Crème brûlée ☕🥐 — ñ€ \"quoted\" \\ end");

// Saves, and on failure shows the keychain's message.
void requireSaved(CredentialStore& store, const CacheIdentity& account, const StoredCredentials& credentials)
{
    const auto result = store.save(account, credentials);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.error.isEmpty());
}

// Runs one hidden test case of this executable in a fresh process (no keychain connection
// made yet, so the test case can choose its own D-Bus address).
void runInChildProcess(const QString& testName)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { testName });
    REQUIRE(child.waitForStarted(10'000));
    const bool ended = child.waitForFinished(90'000);
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO(output.toStdString());
    if (!ended)
        child.kill();
    REQUIRE(ended);
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
}

} // namespace

TEST_CASE("A saved sign-in comes back whole: token, expiry to the millisecond, password", "[credentials][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    CredentialStore store(kTestService);
    const auto anna = account("https://portal.example.test", "anna+roundtrip@shop.test");
    Cleanup cleanup { store, { anna } };

    const StoredCredentials saved { uniqueToken("tok-"), kExpiry, kPassword };
    const auto result = store.save(anna, saved);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.error.isEmpty());

    QString error = QStringLiteral("stale");
    const auto loaded = store.load(anna, &error);
    INFO(error.toStdString());
    REQUIRE(loaded.has_value());
    CHECK(error.isEmpty());
    CHECK(loaded->token == saved.token);
    CHECK(loaded->tokenExpiresAt == kExpiry);
    CHECK(loaded->tokenExpiresAt.toMSecsSinceEpoch() == kExpiry.toMSecsSinceEpoch());
    CHECK(loaded->tokenExpiresAt.timeSpec() == Qt::UTC);
    CHECK(loaded->password == kPassword);

    // The account key ignores case and surrounding spaces of the e-mail and the URL.
    const auto sameAnna = account(" HTTPS://Portal.Example.test ", "Anna+Roundtrip@SHOP.test ");
    CHECK(CredentialStore::keyFor(sameAnna) == CredentialStore::keyFor(anna));
    const auto again = store.load(sameAnna, &error);
    REQUIRE(again.has_value());
    CHECK(again->token == saved.token);

    // Saving again replaces; a token without expiry comes back without one.
    const StoredCredentials replaced { uniqueToken("tok2-"), QDateTime(), QString() };
    requireSaved(store, anna, replaced);
    const auto reloaded = store.load(anna, &error);
    REQUIRE(reloaded.has_value());
    CHECK(reloaded->token == replaced.token);
    CHECK_FALSE(reloaded->tokenExpiresAt.isValid());
    CHECK(reloaded->password.isEmpty());
}

TEST_CASE("Accounts never mix: one e-mail on two portals, two e-mails on one portal", "[credentials][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    CredentialStore store(kTestService);
    const auto onA = account("https://portal-a.example.test", "ben+mix@shop.test");
    const auto onB = account("https://portal-b.example.test", "ben+mix@shop.test");
    const auto otherOnA = account("https://portal-a.example.test", "carla+mix@shop.test");
    Cleanup cleanup { store, { onA, onB, otherOnA } };

    requireSaved(store, onA, { QStringLiteral("token-ben-a"), kExpiry, QStringLiteral("pw-ben-a") });
    requireSaved(store, onB, { QStringLiteral("token-ben-b"), kExpiry.addDays(1), QString() });
    requireSaved(store, otherOnA, { QStringLiteral("token-carla-a"), kExpiry.addDays(2), QStringLiteral("pw-carla") });

    const auto a = store.load(onA);
    const auto b = store.load(onB);
    const auto c = store.load(otherOnA);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    REQUIRE(c.has_value());
    CHECK(a->token == QStringLiteral("token-ben-a"));
    CHECK(a->password == QStringLiteral("pw-ben-a"));
    CHECK(b->token == QStringLiteral("token-ben-b"));
    CHECK(b->tokenExpiresAt == kExpiry.addDays(1));
    CHECK(b->password.isEmpty());
    CHECK(c->token == QStringLiteral("token-carla-a"));
    CHECK(c->password == QStringLiteral("pw-carla"));

    // Signing one out leaves the others alone.
    REQUIRE(store.remove(onA).ok);
    CHECK_FALSE(store.load(onA).has_value());
    CHECK(store.load(onB).has_value());
    CHECK(store.load(otherOnA).has_value());

    // Another service name is another application's keychain space.
    CredentialStore otherApp(kTestService + QStringLiteral("-other"));
    QString error;
    CHECK_FALSE(otherApp.load(onB, &error).has_value());
    CHECK(error.isEmpty());
}

TEST_CASE("Signing out removes the sign-in, and removing twice or what never was is fine", "[credentials][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    CredentialStore store(kTestService);
    const auto dora = account("https://portal.example.test", "dora+remove@shop.test");
    const auto never = account("https://portal.example.test", "never+remove@shop.test");
    Cleanup cleanup { store, { dora } };

    requireSaved(store, dora, { uniqueToken("tok-"), kExpiry, kPassword });
    REQUIRE(store.load(dora).has_value());

    auto removed = store.remove(dora);
    INFO(removed.error.toStdString());
    REQUIRE(removed.ok);
    QString error = QStringLiteral("stale");
    CHECK_FALSE(store.load(dora, &error).has_value());
    CHECK(error.isEmpty()); // nothing stored is not an error

    removed = store.remove(dora);
    INFO(removed.error.toStdString());
    CHECK(removed.ok);
    CHECK(removed.error.isEmpty());
    CHECK(store.remove(never).ok);
    CHECK_FALSE(store.load(never, &error).has_value());
    CHECK(error.isEmpty());
}

TEST_CASE("Saving without a password keeps no password, even over one saved before", "[credentials][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    CredentialStore store(kTestService);
    const auto emil = account("https://portal.example.test", "emil+nopassword@shop.test");
    Cleanup cleanup { store, { emil } };

    requireSaved(store, emil, { QStringLiteral("token-only"), kExpiry, QString() });
    auto loaded = store.load(emil);
    REQUIRE(loaded.has_value());
    CHECK(loaded->token == QStringLiteral("token-only"));
    CHECK(loaded->password.isEmpty());

    // The user first asked to remember the password, then no longer.
    requireSaved(store, emil, { QStringLiteral("token-1"), kExpiry, kPassword });
    REQUIRE(store.load(emil)->password == kPassword);
    requireSaved(store, emil, { QStringLiteral("token-2"), kExpiry, QString() });
    loaded = store.load(emil);
    REQUIRE(loaded.has_value());
    CHECK(loaded->token == QStringLiteral("token-2"));
    CHECK(loaded->password.isEmpty());
}

TEST_CASE("A damaged keychain entry is reported, not guessed at", "[credentials][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    CredentialStore store(kTestService);
    const auto fay = account("https://portal.example.test", "fay+damaged@shop.test");
    Cleanup cleanup { store, { fay } };

    // Something else wrote under our key.
    QKeychain::WritePasswordJob job(kTestService);
    job.setAutoDelete(false);
    job.setKey(CredentialStore::keyFor(fay));
    job.setTextData(QStringLiteral("not json at all"));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(CredentialStore::kDefaultTimeout, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    INFO(job.errorString().toStdString());
    REQUIRE(job.error() == QKeychain::NoError);

    QString error;
    CHECK_FALSE(store.load(fay, &error).has_value());
    CHECK(error.contains(QStringLiteral("fay+damaged@shop.test")));
    CHECK(error.contains(QStringLiteral("Sign in again")));

    // Saving over it repairs it.
    requireSaved(store, fay, { QStringLiteral("fresh"), kExpiry, QString() });
    const auto loaded = store.load(fay, &error);
    REQUIRE(loaded.has_value());
    CHECK(loaded->token == QStringLiteral("fresh"));
}

TEST_CASE("The secret never lands in a plain file", "[credentials][keychain]")
{
    SKIP_WITHOUT_KEYCHAIN();
    CredentialStore store(kTestService);
    const auto gus = account("https://portal.example.test", "gus+files@shop.test");
    Cleanup cleanup { store, { gus } };

    const QString token = uniqueToken("secret-token-");
    const QString password
        = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-é🥐");
    requireSaved(store, gus, { token, kExpiry, password });
    REQUIRE(store.load(gus).has_value()); // it is stored, somewhere
    REQUIRE(store.load(gus)->token == token);

    // Where a plain copy would go: Qt's standard locations (test mode: under ~/.qttest),
    // QSettings files, and — when HOME is a throw-away directory as in scripts/test.sh — the
    // whole HOME, gnome-keyring's keyring file included (it is encrypted, so the token must not
    // show there either).
    QStringList roots;
    const QString home = QDir::homePath();
    const QString testHome = qEnvironmentVariable("COMPTOIR_TEST_HOME");
    const bool homeIsThrowAway = (!testHome.isEmpty() && QDir(testHome).canonicalPath() == QDir(home).canonicalPath())
        || QDir(home).canonicalPath().startsWith(QDir(QDir::tempPath()).canonicalPath() + QLatin1Char('/'));
    if (homeIsThrowAway)
        roots << home;
    for (const auto location : { QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
             QStandardPaths::AppConfigLocation, QStandardPaths::ConfigLocation, QStandardPaths::GenericConfigLocation,
             QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation })
        roots << QStandardPaths::writableLocation(location);
    roots << QFileInfo(QSettings().fileName()).absolutePath();
    roots.removeDuplicates();

    const QList<QByteArray> needles = { token.toUtf8(), password.toUtf8(),
        QByteArray(reinterpret_cast<const char*>(token.utf16()), token.size() * 2) };
    int scanned = 0;
    QStringList leaks;
    for (const QString& root : roots) {
        if (root.isEmpty() || !QFileInfo(root).isDir()
            || (root != home && homeIsThrowAway && root.startsWith(home + QLatin1Char('/'))))
            continue; // missing, or already scanned as part of HOME
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QByteArray& needle : needles)
                if (content.contains(needle))
                    leaks << file.fileName();
        }
    }
    INFO("scanned " << scanned << " files under " << roots.join(QStringLiteral(", ")).toStdString());
    INFO("leaked into: " << leaks.join(QStringLiteral(", ")).toStdString());
    CHECK(leaks.isEmpty());
    if (homeIsThrowAway)
        CHECK(scanned > 0);

    // QtKeychain's insecure fallback (a QSettings named after the service) stays unused.
    QSettings fallback(kTestService);
    CHECK(fallback.allKeys().isEmpty());
}

TEST_CASE("Without a Secret Service, the store fails quickly with a message", "[credentials]")
{
    // In a child process whose D-Bus address leads nowhere, whatever this process can reach.
    runInChildProcess(QStringLiteral("child: no session bus"));
}

TEST_CASE("A keychain that never answers makes the store give up after its timeout", "[credentials]")
{
    runInChildProcess(QStringLiteral("child: silent session bus"));
}

// Hidden: run by the two tests above in a fresh process.
TEST_CASE("child: no session bus", "[.][child]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(dir.filePath(QStringLiteral("no-bus"))));

    CredentialStore store(kTestService);
    const auto hal = account("https://portal.example.test", "hal+nobus@shop.test");
    QElapsedTimer clock;
    clock.start();
    const auto saved = store.save(hal, { QStringLiteral("token"), kExpiry, kPassword });
    const auto elapsedMs = clock.elapsed();
    INFO(saved.error.toStdString());
    if (saved.ok) { // some platform reached a keychain after all
        store.remove(hal);
        SUCCEED("Skipped: a keychain is reachable even without a session bus");
        return;
    }
    CHECK(saved.error.contains(QStringLiteral("system keychain")));
    CHECK(saved.error.contains(QStringLiteral("not available")));
    CHECK(elapsedMs < CredentialStore::kDefaultTimeout.count() + 2'000);

    QString error;
    CHECK_FALSE(store.load(hal, &error).has_value());
    CHECK(error.contains(QStringLiteral("system keychain")));
    const auto removed = store.remove(hal);
    CHECK_FALSE(removed.ok);
    CHECK(removed.error.contains(QStringLiteral("system keychain")));
}

TEST_CASE("child: silent session bus", "[.][child]")
{
    // A "bus" that accepts the connection and then never says a word.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QLocalServer silent;
    REQUIRE(silent.listen(dir.filePath(QStringLiteral("bus"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(silent.fullServerName()));

    CredentialStore store(kTestService);
    store.setTimeout(std::chrono::milliseconds(1'500));
    const auto ida = account("https://portal.example.test", "ida+silent@shop.test");
    QElapsedTimer clock;
    clock.start();
    const auto saved = store.save(ida, { QStringLiteral("token"), kExpiry, kPassword });
    const auto elapsedMs = clock.elapsed();
    INFO(saved.error.toStdString());
    REQUIRE_FALSE(saved.ok);
    CHECK(elapsedMs >= 1'400);
    CHECK(elapsedMs < 6'000);
    CHECK(saved.error.contains(QStringLiteral("did not answer within 2 second")));

    QString error;
    CHECK_FALSE(store.load(ida, &error).has_value());
    CHECK(error.contains(QStringLiteral("did not answer")));
    CHECK_FALSE(store.remove(ida).ok);
}
