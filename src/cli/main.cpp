// comptoir-cli: the command-line tool for bookkeepers and scripts. Links no widgets.
// Exit codes (shared by every command): 0 ok, 2 usage, 3 authentication (also: no saved
// sign-in), 4 network (TLS included), 5 local data or I/O (the system keychain included).
#include "commands/bookkeepingcommands.h"
#include "core/translations.h"
#include "portal/accountsession.h"
#include "portal/credentialstore.h"
#include "portal/portalclient.h"
#include "portal/syncengine.h"
#include "server/democache.h"
#include "server/demogenerator.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>
#include <termios.h>
#include <unistd.h>

using namespace comptoir;

namespace {

enum ExitCode { Ok = 0, Usage = 2, Authentication = 3, Network = 4, LocalData = 5 };

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}


int usage(QCommandLineParser& parser, const QString& problem)
{
    err() << problem << '\n' << parser.helpText();
    err().flush();
    return Usage;
}

std::unique_ptr<CacheDatabase> openExisting(const QString& path, int& exitCode)
{
    if (!QFile::exists(path)) {
        err() << QCoreApplication::translate("comptoir-cli", "There is no cache at %1. Sync first, or give the right --cache file.").arg(path) << '\n';
        exitCode = LocalData;
        return {};
    }
    CacheDatabase::Options options;
    auto r = CacheDatabase::open(path, options);
    if (!r) {
        err() << r.message << '\n';
        exitCode = LocalData;
        return {};
    }
    return std::move(r.database);
}

int auditCheck(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Checks that the audit log of a cache is complete and unaltered, and reports "
                                   "the first entry that is not."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("audit-check"), QCoreApplication::translate("comptoir-cli", "The command."));
    p.addOption({QStringLiteral("cache"), QCoreApplication::translate("comptoir-cli", "The cache file."), QCoreApplication::translate("comptoir-cli", "FILE")});
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.isSet(QStringLiteral("cache")))
        return usage(p, QCoreApplication::translate("comptoir-cli", "Give the cache file with --cache FILE."));
    int code = Ok;
    auto cache = openExisting(p.value(QStringLiteral("cache")), code);
    if (!cache)
        return code;
    const AuditLog::Verification v = AuditLog(*cache).verify();
    if (!v.intact) {
        err() << QCoreApplication::translate("comptoir-cli", "The audit log is broken at entry %1: %2").arg(*v.firstBrokenSeq).arg(v.problem) << '\n';
        return LocalData;
    }
    out() << QCoreApplication::translate("comptoir-cli", "The audit log is intact: %n entries checked.", nullptr, int(v.checked)) << '\n';
    return Ok;
}

int demoCache(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Writes a cache filled with realistic demo data, as a full sync from the demo "
                                   "portal would. For trying Comptoir out and for benchmarks."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("demo-cache"), QCoreApplication::translate("comptoir-cli", "The command."));
    p.addOptions({
        {QStringLiteral("out"), QCoreApplication::translate("comptoir-cli", "The cache file to create (must not exist)."), QCoreApplication::translate("comptoir-cli", "FILE")},
        {QStringLiteral("seed"), QCoreApplication::translate("comptoir-cli", "Random seed (default 1)."), QCoreApplication::translate("comptoir-cli", "N"), QStringLiteral("1")},
        {QStringLiteral("country"), QCoreApplication::translate("comptoir-cli", "BE or NL (default BE)."), QCoreApplication::translate("comptoir-cli", "CC"), QStringLiteral("BE")},
        {QStringLiteral("locations"), QCoreApplication::translate("comptoir-cli", "Number of locations (default 4)."), QCoreApplication::translate("comptoir-cli", "N"), QStringLiteral("4")},
        {QStringLiteral("terminals"), QCoreApplication::translate("comptoir-cli", "Number of terminals (default 9)."), QCoreApplication::translate("comptoir-cli", "N"), QStringLiteral("9")},
        {QStringLiteral("days"), QCoreApplication::translate("comptoir-cli", "Days of history (default 90)."), QCoreApplication::translate("comptoir-cli", "N"), QStringLiteral("90")},
        {QStringLiteral("tx-per-day"), QCoreApplication::translate("comptoir-cli", "Transactions per day (default 600)."), QCoreApplication::translate("comptoir-cli", "N"), QStringLiteral("600")},
        {QStringLiteral("end"), QCoreApplication::translate("comptoir-cli", "Last business day, YYYY-MM-DD (default today)."), QCoreApplication::translate("comptoir-cli", "DATE")},
    });
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    if (!p.isSet(QStringLiteral("out")))
        return usage(p, QCoreApplication::translate("comptoir-cli", "Give the file to create with --out FILE."));
    DemoOptions o;
    bool ok = true;
    const auto number = [&](const char* name, int min, int max) {
        bool good = false;
        const int v = p.value(QLatin1String(name)).toInt(&good);
        if (!good || v < min || v > max) {
            err() << QCoreApplication::translate("comptoir-cli", "--%1 must be a whole number from %2 to %3.").arg(QLatin1String(name)).arg(min).arg(max) << '\n';
            ok = false;
        }
        return v;
    };
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        err() << QCoreApplication::translate("comptoir-cli", "--seed must be a whole number.") << '\n';
        return Usage;
    }
    o.locations = number("locations", 1, 200);
    o.terminals = number("terminals", 1, 2000);
    o.days = number("days", 1, 3660);
    o.transactionsPerDay = number("tx-per-day", 1, 1000000);
    o.country = p.value(QStringLiteral("country")).toUpper();
    if (o.country != QLatin1String("BE") && o.country != QLatin1String("NL")) {
        err() << QCoreApplication::translate("comptoir-cli", "--country must be BE or NL.") << '\n';
        ok = false;
    }
    o.endDate = p.isSet(QStringLiteral("end")) ? QDate::fromString(p.value(QStringLiteral("end")), Qt::ISODate)
                                                : QDate::currentDate();
    if (!p.isSet(QStringLiteral("end")))
        o.now = QDateTime::currentDateTimeUtc(); // today's data stops now, as after a sync
    if (!o.endDate.isValid()) {
        err() << QCoreApplication::translate("comptoir-cli", "--end must be a date like 2026-11-22.") << '\n';
        ok = false;
    }
    if (ok && o.terminals < o.locations) {
        err() << QCoreApplication::translate("comptoir-cli", "Every location needs a terminal: give at least as many --terminals as --locations.") << '\n';
        ok = false;
    }
    if (!ok)
        return Usage;

    const QString path = p.value(QStringLiteral("out"));
    if (QFile::exists(path)) {
        err() << QCoreApplication::translate("comptoir-cli", "%1 already exists; choose a new file name.").arg(path) << '\n';
        return LocalData;
    }
    // Written under a temporary name and renamed when complete: never a half cache.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    try {
        {
            auto r = CacheDatabase::open(partial);
            if (!r) {
                err() << r.message << '\n';
                return LocalData;
            }
            const bool tty = isatty(fileno(stderr));
            const qint64 expected = qint64(o.days) * o.transactionsPerDay;
            const DemoCacheStats stats = fillDemoCache(*r.database, DemoGenerator(o), [&](qint64 n) {
                if (tty) {
                    err() << '\r' << QCoreApplication::translate("comptoir-cli", "%1 of about %2 transactions").arg(n).arg(expected);
                    err().flush();
                }
                return true;
            });
            if (tty)
                err() << '\n';
            r.database->setMeta(QStringLiteral("demo_complete"), QStringLiteral("1"));
            out() << QCoreApplication::translate("comptoir-cli", "Wrote %1 transactions and %2 day closes to %3.").arg(stats.transactions).arg(stats.periods).arg(path)
                  << '\n';
        }
        if (!QFile::rename(partial, path)) {
            err() << QCoreApplication::translate("comptoir-cli", "The cache could not be moved to %1.").arg(path) << '\n';
            return LocalData;
        }
    } catch (const StoreError& e) {
        err() << e.message() << '\n';
        QFile::remove(partial);
        return LocalData;
    }
    return Ok;
}


int exitCodeFor(const PortalError& e)
{
    switch (e.kind) {
    case PortalError::Kind::Unauthorized:
    case PortalError::Kind::Locked:
    case PortalError::Kind::Forbidden: return Authentication;
    case PortalError::Kind::Unreachable:
    case PortalError::Kind::Tls:
    case PortalError::Kind::Server: return Network;
    default: return LocalData;
    }
}

void addAccountOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("portal"), QCoreApplication::translate("comptoir-cli", "The portal's address, e.g. https://portal.example."), QCoreApplication::translate("comptoir-cli", "URL")},
        {QStringLiteral("email"), QCoreApplication::translate("comptoir-cli", "The account's e-mail address."), QCoreApplication::translate("comptoir-cli", "EMAIL")},
    });
}

// The account named by --portal and --email, or a usage message in `problem`.
std::optional<CacheIdentity> accountFrom(const QCommandLineParser& p, QString* problem)
{
    const QUrl url(p.value(QStringLiteral("portal")).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        *problem = QCoreApplication::translate("comptoir-cli", "Give the portal's address with --portal, like https://portal.example.");
        return std::nullopt;
    }
    const QString email = p.value(QStringLiteral("email")).trimmed();
    if (!email.contains(QLatin1Char('@'))) {
        *problem = QCoreApplication::translate("comptoir-cli", "Give the account's e-mail address with --email.");
        return std::nullopt;
    }
    return CacheIdentity{url.toString(QUrl::StripTrailingSlash), email};
}

// One line from standard input; on a terminal without echo, after a prompt.
QString readPassword()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        err() << QCoreApplication::translate("comptoir-cli", "Password: ");
        err().flush();
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << '\n';
        err().flush();
    }
    return password;
}

// Says why signing in (or resuming a saved sign-in) failed; returns the exit code.
int reportSignIn(const AccountSession::Result& r, const CacheIdentity& account)
{
    using Failure = AccountSession::Result::Failure;
    switch (r.failure) {
    case Failure::None: return Ok;
    case Failure::NothingSaved:
        err() << QCoreApplication::translate("comptoir-cli", "There is no saved sign-in for %1 on %2. Sign in with --password-stdin (and --remember to keep the sign-in).")
                     .arg(account.accountEmail, account.portalUrl)
              << '\n';
        return Authentication;
    case Failure::Keychain:
        err() << r.message << '\n';
        return LocalData;
    case Failure::Portal:
        break;
    }
    err() << r.message << '\n';
    if (r.portal.code == QLatin1String("totp_required"))
        err() << QCoreApplication::translate("comptoir-cli", "This account has two-step verification: give the code with --totp CODE.") << '\n';
    else if (AccountSession::sessionEnded(r.portal))
        err() << QCoreApplication::translate("comptoir-cli", "Sign in with --password-stdin (--remember-password lets later runs sign in again by themselves).") << '\n';
    return exitCodeFor(r.portal);
}

int sync(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Brings the cache of a portal account up to date: everything the first time, then what changed."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("sync"), QCoreApplication::translate("comptoir-cli", "The command."));
    addAccountOptions(p);
    p.addOptions({
        {QStringLiteral("password-stdin"), QCoreApplication::translate("comptoir-cli", "Read the password from standard input (else the saved sign-in from the keychain is used).")},
        {QStringLiteral("totp"), QCoreApplication::translate("comptoir-cli", "The code from the authenticator app, for two-step verification."), QCoreApplication::translate("comptoir-cli", "CODE")},
        {QStringLiteral("remember"), QCoreApplication::translate("comptoir-cli", "Keep the sign-in in the system keychain for later runs (with --password-stdin).")},
        {QStringLiteral("remember-password"), QCoreApplication::translate("comptoir-cli", "Keep the password in the system keychain too, so that later runs can sign in again when the sign-in expires (implies --remember).")},
        {QStringLiteral("cache"), QCoreApplication::translate("comptoir-cli", "The cache file (default: the account's cache in the user's data folder)."), QCoreApplication::translate("comptoir-cli", "FILE")},
    });
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    QString problem;
    const std::optional<CacheIdentity> account = accountFrom(p, &problem);
    if (!account)
        return usage(p, problem);
    const bool passwordGiven = p.isSet(QStringLiteral("password-stdin"));
    const bool rememberPassword = p.isSet(QStringLiteral("remember-password"));
    const bool remember = rememberPassword || p.isSet(QStringLiteral("remember"));
    if (remember && !passwordGiven)
        return usage(p, QCoreApplication::translate("comptoir-cli", "--remember and --remember-password keep a sign-in made with --password-stdin; give that too."));
    const QString totp = p.value(QStringLiteral("totp")).trimmed();

    PortalClient client(QUrl(account->portalUrl));
    CredentialStore keychain;
    AccountSession session(client, keychain, *account);
    AccountSession::Result signedIn;
    if (passwordGiven) {
        const QString password = readPassword();
        if (password.isEmpty())
            return usage(p, QCoreApplication::translate("comptoir-cli", "No password came on standard input."));
        signedIn = session.signIn(password, totp,
                                  rememberPassword ? AccountSession::Remember::TokenAndPassword
                                  : remember       ? AccountSession::Remember::Token
                                                   : AccountSession::Remember::None);
    } else {
        signedIn = session.resume(totp);
    }
    if (!signedIn.ok())
        return reportSignIn(signedIn, *account);
    if (!signedIn.warning.isEmpty())
        err() << signedIn.warning << '\n';

    CacheDatabase::Options options;
    options.identity = *account;
    const QString path = p.isSet(QStringLiteral("cache")) ? p.value(QStringLiteral("cache")) : CacheDatabase::defaultPathFor(*account);
    auto opened = CacheDatabase::open(path, options);
    if (!opened) {
        err() << opened.message << '\n';
        return LocalData;
    }
    const bool tty = isatty(fileno(stderr));
    const auto runSync = [&] {
        SyncEngine engine(*opened.database, client, SyncEngine::Options{}, [&](const SyncEngine::Progress& progress) {
            if (tty) {
                err() << '\r' << QCoreApplication::translate("comptoir-cli", "%1: %2 transactions, %3 day closes").arg(progress.stage).arg(progress.transactions).arg(progress.periods) << "   ";
                err().flush();
            }
            return true;
        });
        const SyncEngine::Result result = engine.run();
        if (tty)
            err() << '\n';
        return result;
    };
    SyncEngine::Result result = runSync();
    // The session ended on the way (it expired, or the portal forgot it): with a saved
    // password, sign in again once and carry on from the last committed page.
    if (!result.ok && AccountSession::sessionEnded(result.error) && session.canRenew()) {
        const AccountSession::Result renewed = session.renew();
        if (!renewed.ok())
            return reportSignIn(renewed, *account);
        result = runSync();
    }
    if (!result.ok) {
        err() << result.error.message << '\n';
        if (AccountSession::sessionEnded(result.error))
            err() << QCoreApplication::translate("comptoir-cli", "Sign in with --password-stdin (--remember-password lets later runs sign in again by themselves).") << '\n';
        return exitCodeFor(result.error);
    }
    return Ok;
}

int signOut(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Signs a portal account out: ends its portal session when the portal can be reached, and removes the sign-in saved in the system keychain."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("signout"), QCoreApplication::translate("comptoir-cli", "The command."));
    addAccountOptions(p);
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    QString problem;
    const std::optional<CacheIdentity> account = accountFrom(p, &problem);
    if (!account)
        return usage(p, problem);
    PortalClient client(QUrl(account->portalUrl));
    client.setTimeout(std::chrono::seconds(10)); // an unreachable portal must not hold up signing out
    CredentialStore keychain;
    AccountSession session(client, keychain, *account);
    const AccountSession::Result r = session.signOut();
    if (!r.ok()) {
        err() << r.message << '\n';
        return LocalData;
    }
    out() << QCoreApplication::translate("comptoir-cli", "Signed out: no sign-in for %1 on %2 is saved any more.").arg(account->accountEmail, account->portalUrl) << '\n';
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    // Day-close reports are painted with QPainter: for that command, a GUI application
    // without a screen (Qt Gui only, never widgets).
    const bool paints = argc > 1 && qstrcmp(argv[1], "dayclose") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    installTranslators(app, QLocale());

    const QStringList args = QCoreApplication::arguments();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Comptoir on the command line.\n\nCommands:\n"
                                        "  audit-check   check the audit log of a cache\n"
                                        "  dayclose      make the day-close report (PDF) of a period from the cache\n"
                                        "  demo-cache    write a cache with demo data\n"
                                        "  export        export transactions to Excel (xlsx) or CSV for the bookkeeper\n"
                                        "  signout       forget an account's saved sign-in and end its portal session\n"
                                        "  summary       print the turnover by day, location or payment method\n"
                                        "  sync          bring an account's cache up to date with its portal\n\n"
                                        "Run comptoir-cli COMMAND --help for the options of a command."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("comptoir-cli", "What to do."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(args))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QStringLiteral("comptoir-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return Ok;
        }
        return usage(parser, QCoreApplication::translate("comptoir-cli", "Say what to do."));
    }
    const QString command = positional.first();
    QStringList commandArgs = args;
    if (command == QLatin1String("audit-check"))
        return auditCheck(commandArgs);
    if (command == QLatin1String("demo-cache"))
        return demoCache(commandArgs);
    if (command == QLatin1String("sync"))
        return sync(commandArgs);
    if (command == QLatin1String("signout"))
        return signOut(commandArgs);
    if (command == QLatin1String("export"))
        return cli::runExport(commandArgs, out(), err());
    if (command == QLatin1String("dayclose"))
        return cli::runDayClose(commandArgs, out(), err());
    if (command == QLatin1String("summary"))
        return cli::runSummary(commandArgs, out(), err());
    return usage(parser, QCoreApplication::translate("comptoir-cli", "Unknown command “%1”.").arg(command));
}
