// comptoir-cli: the command-line tool for bookkeepers and scripts. Links no widgets.
// Exit codes (shared by every command): 0 ok, 2 usage, 3 authentication, 4 network,
// 5 local data or I/O.
#include "core/translations.h"
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
#include <QTextStream>

#include <cstdio>
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

int sync(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Brings the cache of a portal account up to date: everything the first time, then what changed."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("sync"), QCoreApplication::translate("comptoir-cli", "The command."));
    p.addOptions({
        {QStringLiteral("portal"), QCoreApplication::translate("comptoir-cli", "The portal's address, e.g. https://portal.example."), QCoreApplication::translate("comptoir-cli", "URL")},
        {QStringLiteral("email"), QCoreApplication::translate("comptoir-cli", "The account's e-mail address."), QCoreApplication::translate("comptoir-cli", "EMAIL")},
        {QStringLiteral("password-stdin"), QCoreApplication::translate("comptoir-cli", "Read the password from standard input (else the saved sign-in from the keychain is used).")},
        {QStringLiteral("totp"), QCoreApplication::translate("comptoir-cli", "The code from the authenticator app, for two-step verification."), QCoreApplication::translate("comptoir-cli", "CODE")},
        {QStringLiteral("remember"), QCoreApplication::translate("comptoir-cli", "Keep the sign-in in the system keychain for later runs.")},
        {QStringLiteral("cache"), QCoreApplication::translate("comptoir-cli", "The cache file (default: the account's cache in the user's data folder)."), QCoreApplication::translate("comptoir-cli", "FILE")},
    });
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return Ok;
    }
    const QUrl url(p.value(QStringLiteral("portal")), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return usage(p, QCoreApplication::translate("comptoir-cli", "Give the portal's address with --portal, like https://portal.example."));
    const QString email = p.value(QStringLiteral("email")).trimmed();
    if (!email.contains(QLatin1Char('@')))
        return usage(p, QCoreApplication::translate("comptoir-cli", "Give the account's e-mail address with --email."));
    const CacheIdentity identity{url.toString(QUrl::StripTrailingSlash), email};

    PortalClient client(url);
    CredentialStore keychain;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        const QString password = in.readLine();
        const PortalClient::SignIn s = client.signIn(email, password, p.value(QStringLiteral("totp")));
        if (s.error.kind != PortalError::Kind::None) {
            err() << s.error.message << '\n';
            return exitCodeFor(s.error);
        }
        if (p.isSet(QStringLiteral("remember"))) {
            const CredentialStore::Result saved = keychain.save(identity, StoredCredentials{QString::fromLatin1(s.token), s.expiresAt, {}});
            if (!saved.ok)
                err() << saved.error << '\n';
        }
    } else {
        QString error;
        const std::optional<StoredCredentials> stored = keychain.load(identity, &error);
        if (!stored || stored->token.isEmpty()) {
            err() << (error.isEmpty() ? QCoreApplication::translate("comptoir-cli", "There is no saved sign-in for %1 on %2. Sign in with --password-stdin (and --remember to keep it).").arg(email, identity.portalUrl)
                                      : error)
                  << '\n';
            return Authentication;
        }
        client.setToken(stored->token.toLatin1());
    }

    CacheDatabase::Options options;
    options.identity = identity;
    const QString path = p.isSet(QStringLiteral("cache")) ? p.value(QStringLiteral("cache")) : CacheDatabase::defaultPathFor(identity);
    auto opened = CacheDatabase::open(path, options);
    if (!opened) {
        err() << opened.message << '\n';
        return LocalData;
    }
    const bool tty = isatty(fileno(stderr));
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
    if (!result.ok) {
        err() << result.error.message << '\n';
        return exitCodeFor(result.error);
    }
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    installTranslators(app, QLocale());

    const QStringList args = QCoreApplication::arguments();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("comptoir-cli", "Comptoir on the command line.\n\nCommands:\n"
                                        "  audit-check   check the audit log of a cache\n"
                                        "  demo-cache    write a cache with demo data\n"
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
    return usage(parser, QCoreApplication::translate("comptoir-cli", "Unknown command “%1”.").arg(command));
}
