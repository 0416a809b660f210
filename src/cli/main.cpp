// comptoir-cli: the command-line tool for bookkeepers and scripts. Links no widgets.
// Exit codes (shared by every command): 0 ok, 2 usage, 3 authentication, 4 network,
// 5 local data or I/O.
#include "core/translations.h"
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
                                        "  demo-cache    write a cache with demo data\n\n"
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
    return usage(parser, QCoreApplication::translate("comptoir-cli", "Unknown command “%1”.").arg(command));
}
