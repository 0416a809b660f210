#include "bookkeepingcommands.h"

#include "core/permissionset.h"
#include "core/translations.h"
#include "portal/syncengine.h"
#include "reports/daycloseloader.h"
#include "reports/dayclosereport.h"
#include "reports/transactionexport.h"
#include "reports/turnoversummary.h"
#include "store/cachedatabase.h"
#include "store/exportprofilerepository.h"
#include "store/locationrepository.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

namespace comptoir::cli {

namespace {

// What a command needs that can fail with an exit code and a message.
struct Failure {
    int code = Ok;
    QString message;
};

int report(QTextStream& err, const Failure& f)
{
    err << f.message << '\n';
    err.flush();
    return f.code;
}

int usage(QTextStream& err, QCommandLineParser& p, const QString& problem)
{
    err << problem << '\n' << '\n' << p.helpText();
    err.flush();
    return Usage;
}

// Opens an existing cache (upgrading it when it is older), or says why not.
std::unique_ptr<CacheDatabase> openCache(const QString& path, Failure& f)
{
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        f = { LocalData,
            QCoreApplication::translate(
                "comptoir-cli", "There is no cache at %1. Sync first, or give the right --cache file.")
                .arg(QDir::toNativeSeparators(path)) };
        return {};
    }
    auto r = CacheDatabase::open(path);
    if (!r) {
        f = { LocalData, r.message };
        return {};
    }
    return std::move(r.database);
}

// --from / --to: YYYY-MM-DD.
std::optional<QDate> dateOption(const QCommandLineParser& p, const QString& name, Failure& f)
{
    const QString value = p.value(name).trimmed();
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (value.size() != 10 || !d.isValid()) {
        f = { Usage,
            QCoreApplication::translate("comptoir-cli", "--%1 must be a date like 2026-06-30, not “%2”.")
                .arg(name, value) };
        return std::nullopt;
    }
    return d;
}

bool readRange(const QCommandLineParser& p, QDate& from, QDate& to, Failure& f)
{
    for (const char* name : { "from", "to" })
        if (!p.isSet(QLatin1String(name))) {
            f = { Usage,
                QCoreApplication::translate(
                    "comptoir-cli", "Give the business days with --from YYYY-MM-DD and --to YYYY-MM-DD.") };
            return false;
        }
    const std::optional<QDate> a = dateOption(p, QStringLiteral("from"), f);
    if (!a)
        return false;
    const std::optional<QDate> b = dateOption(p, QStringLiteral("to"), f);
    if (!b)
        return false;
    if (*a > *b) {
        f = { Usage,
            QCoreApplication::translate("comptoir-cli", "--from %1 is after --to %2: give the earlier day first.")
                .arg(a->toString(Qt::ISODate), b->toString(Qt::ISODate)) };
        return false;
    }
    from = *a;
    to = *b;
    return true;
}

std::optional<Language> languageOption(const QCommandLineParser& p, Failure& f)
{
    if (!p.isSet(QStringLiteral("lang")))
        return languageFromCode(languageFor(QLocale())).value_or(Language::En);
    const std::optional<Language> l = languageFromCode(p.value(QStringLiteral("lang")).trimmed().toLower());
    if (!l)
        f = { Usage, QCoreApplication::translate("comptoir-cli", "--lang must be nl, fr or en.") };
    return l;
}

// The locations the account may see for `menu` (every one when the cache holds no
// permissions, e.g. a demo cache).
QStringList permittedLocations(CacheDatabase& cache, Menu menu, const QList<Location>& all)
{
    const std::optional<PermissionSet> permissions = SyncEngine::cachedPermissions(cache);
    QStringList ids;
    for (const Location& l : all)
        if (!permissions || permissions->allows(menu, l.id))
            ids.append(l.id);
    return ids;
}

// --location ID (or exact name), repeatable: known, and permitted for `menu`.
bool readLocations(
    const QCommandLineParser& p, CacheDatabase& cache, Menu menu, QStringList& ids, QStringList& names, Failure& f)
{
    const QList<Location> all = LocationRepository(cache).all();
    const QStringList permitted = permittedLocations(cache, menu, all);
    if (permitted.isEmpty()) {
        f = { Authentication,
            QCoreApplication::translate(
                "comptoir-cli", "This account may not export or read the figures of any location (%1).")
                .arg(displayName(menu)) };
        return false;
    }
    ids.clear();
    names.clear();
    for (const QString& wanted : p.values(QStringLiteral("location"))) {
        const QString w = wanted.trimmed();
        const Location* found = nullptr;
        for (const Location& l : all)
            if (l.id == w || l.name.compare(w, Qt::CaseInsensitive) == 0)
                found = &l;
        if (!found) {
            QStringList known;
            for (const Location& l : all)
                known.append(QStringLiteral("%1 (%2)").arg(l.id, l.name));
            f = { Usage,
                QCoreApplication::translate(
                    "comptoir-cli", "There is no location “%1” in this cache. Its locations: %2.")
                    .arg(w,
                        known.isEmpty() ? QCoreApplication::translate("comptoir-cli", "none")
                                        : known.join(QStringLiteral(", "))) };
            return false;
        }
        if (!permitted.contains(found->id)) {
            f = { Authentication,
                QCoreApplication::translate("comptoir-cli", "This account may not see the figures of %1 (%2).")
                    .arg(found->name, displayName(menu)) };
            return false;
        }
        if (!ids.contains(found->id)) {
            ids.append(found->id);
            names.append(found->name);
        }
    }
    if (ids.isEmpty() && permitted.size() < all.size())
        ids = permitted; // every location it may see
    return true;
}

bool readCsvChar(const QCommandLineParser& p, const QString& name, QChar& c, Failure& f)
{
    if (!p.isSet(name))
        return true;
    const QString v = p.value(name);
    if (v.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || v == QLatin1String("\\t")) {
        c = QLatin1Char('\t');
        return true;
    }
    if (v.size() != 1) {
        f = { Usage,
            QCoreApplication::translate("comptoir-cli", "--%1 is one character, like ; or , (or the word tab).")
                .arg(name) };
        return false;
    }
    c = v.front();
    return true;
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr));
}

void addCommonOptions(QCommandLineParser& p, const QString& command, const QString& description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addPositionalArgument(command, QCoreApplication::translate("comptoir-cli", "The command."));
    p.addOption({ QStringLiteral("cache"), QCoreApplication::translate("comptoir-cli", "The cache file."),
        QCoreApplication::translate("comptoir-cli", "FILE") });
}

bool parse(QCommandLineParser& p, const QStringList& args, QTextStream& out, QTextStream& err, int& code)
{
    if (!p.parse(args)) {
        code = usage(err, p, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        out.flush();
        code = Ok;
        return false;
    }
    if (p.positionalArguments().size() > 1) {
        code = usage(err, p,
            QCoreApplication::translate("comptoir-cli", "Unexpected argument “%1”.")
                .arg(p.positionalArguments().at(1)));
        return false;
    }
    if (!p.isSet(QStringLiteral("cache"))) {
        code = usage(err, p, QCoreApplication::translate("comptoir-cli", "Give the cache file with --cache FILE."));
        return false;
    }
    return true;
}

QString formatDay(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

namespace {
// --from and --to, as export and summary take them.
void addDateRangeOptions(QCommandLineParser& p)
{
    p.addOptions({
        { QStringLiteral("from"), QCoreApplication::translate("comptoir-cli", "The first business day, YYYY-MM-DD."),
            QCoreApplication::translate("comptoir-cli", "DATE") },
        { QStringLiteral("to"),
            QCoreApplication::translate("comptoir-cli", "The last business day, YYYY-MM-DD (included)."),
            QCoreApplication::translate("comptoir-cli", "DATE") },
    });
}
} // namespace

// ---------------------------------------------------------------------------------------
// export

int runExport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    addCommonOptions(p, QStringLiteral("export"),
        QCoreApplication::translate("comptoir-cli",
            "Exports the transactions of the cache for the bookkeeper: an Excel workbook (the transactions "
            "with real dates and amounts, and summaries by day, location and payment method) or a CSV "
            "file. The file appears complete or not at all."));
    addDateRangeOptions(p);
    p.addOptions({
        { QStringLiteral("location"),
            QCoreApplication::translate("comptoir-cli",
                "Only this location (its id or name); repeat for several. Default: every "
                "location the account may export."),
            QCoreApplication::translate("comptoir-cli", "ID") },
        { QStringLiteral("format"),
            QCoreApplication::translate("comptoir-cli", "xlsx or csv (default: from the file name, else xlsx)."),
            QCoreApplication::translate("comptoir-cli", "FORMAT") },
        { QStringLiteral("lang"),
            QCoreApplication::translate("comptoir-cli",
                "The language of the file's names and headers: nl, fr or en (default: the "
                "system's)."),
            QCoreApplication::translate("comptoir-cli", "LANG") },
        { QStringLiteral("separator"),
            QCoreApplication::translate("comptoir-cli",
                "CSV: the field separator (default ; for nl and fr, , for en; tab for a "
                "tab)."),
            QCoreApplication::translate("comptoir-cli", "CHAR") },
        { QStringLiteral("decimal"),
            QCoreApplication::translate("comptoir-cli", "CSV: the decimal mark (default , for nl and fr, . for en)."),
            QCoreApplication::translate("comptoir-cli", "CHAR") },
        { QStringLiteral("iso-dates"),
            QCoreApplication::translate(
                "comptoir-cli", "CSV: dates as 2026-06-30 14:05:09 instead of the country's 30/06/2026.") },
        { QStringLiteral("profile"),
            QCoreApplication::translate("comptoir-cli",
                "Export for this saved export profile: its locations and format, and — for a "
                "profile that exports only what is new — what it has not sent before "
                "(new transactions, and corrections of changed ones). --from and --to are "
                "then optional."),
            QCoreApplication::translate("comptoir-cli", "NAME") },
        { QStringLiteral("out"),
            QCoreApplication::translate("comptoir-cli", "The file to write (replaced when it exists)."),
            QCoreApplication::translate("comptoir-cli", "FILE") },
    });
    int code = Ok;
    if (!parse(p, args, out, err, code))
        return code;
    if (!p.isSet(QStringLiteral("out")))
        return usage(err, p, QCoreApplication::translate("comptoir-cli", "Give the file to write with --out FILE."));
    const QString path = p.value(QStringLiteral("out"));

    Failure f;
    ExportRequest req;
    req.outputPath = path;
    const bool hasProfile = p.isSet(QStringLiteral("profile"));
    if (!hasProfile || p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"))) {
        if (!readRange(p, req.filter.from, req.filter.to, f))
            return f.code == Usage ? usage(err, p, f.message) : report(err, f);
    }
    const std::optional<Language> language = languageOption(p, f);
    if (!language)
        return usage(err, p, f.message);
    req.language = *language;
    const QString format = p.value(QStringLiteral("format")).trimmed().toLower();
    if (!format.isEmpty() && format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return usage(err, p, QCoreApplication::translate("comptoir-cli", "--format must be xlsx or csv."));
    req.format = format == QLatin1String("csv")
            || (format.isEmpty() && path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        ? ExportFormat::Csv
        : ExportFormat::Xlsx;
    if (!readCsvChar(p, QStringLiteral("separator"), req.csv.separator, f)
        || !readCsvChar(p, QStringLiteral("decimal"), req.csv.decimalMark, f))
        return usage(err, p, f.message);
    req.csv.isoDates = p.isSet(QStringLiteral("iso-dates"));

    try {
        std::unique_ptr<CacheDatabase> cache = openCache(p.value(QStringLiteral("cache")), f);
        if (!cache)
            return report(err, f);
        QStringList names;
        if (!readLocations(p, *cache, Menu::Export, req.filter.locationIds, names, f))
            return f.code == Usage ? usage(err, p, f.message) : report(err, f);
        if (hasProfile) {
            const QString name = p.value(QStringLiteral("profile"));
            const std::optional<ExportProfile> profile = ExportProfileRepository(*cache).byName(name);
            if (!profile) {
                QStringList known;
                for (const ExportProfile& e : ExportProfileRepository(*cache).all())
                    known.append(QStringLiteral("“%1”").arg(e.name));
                return usage(err, p,
                    QCoreApplication::translate(
                        "comptoir-cli", "There is no export profile “%1” in this cache. Its profiles: %2.")
                        .arg(name,
                            known.isEmpty() ? QCoreApplication::translate("comptoir-cli", "none")
                                            : known.join(QStringLiteral(", "))));
            }
            // The profile's own scope, within what the command line asks.
            const TransactionFilter scope = TransactionExport::profileFilter(
                *profile, permittedLocations(*cache, Menu::Export, LocationRepository(*cache).all()));
            const QDate from = req.filter.from, to = req.filter.to;
            const QStringList asked = req.filter.locationIds;
            req.filter = scope;
            if (from.isValid() && (!req.filter.from.isValid() || from > req.filter.from))
                req.filter.from = from;
            if (to.isValid())
                req.filter.to = to;
            if (!p.values(QStringLiteral("location")).isEmpty()) {
                QStringList both;
                for (const QString& id : scope.locationIds)
                    if (asked.contains(id))
                        both.append(id);
                req.filter.locationIds = both.isEmpty() ? QStringList { QStringLiteral("\x01none") } : both;
            }
            req.profileId = profile->id;
            if (!p.isSet(QStringLiteral("format")))
                req.format = profile->format;
            if (!p.isSet(QStringLiteral("lang")))
                req.language = profile->language;
            if (!p.isSet(QStringLiteral("separator")) && !profile->csvSeparator.isEmpty())
                req.csv.separator = profile->csvSeparator.front();
            if (!p.isSet(QStringLiteral("decimal")) && !profile->csvDecimal.isEmpty())
                req.csv.decimalMark = profile->csvDecimal.front();
            req.csv.isoDates = req.csv.isoDates || profile->isoDates;
        }
        if (const std::optional<CacheIdentity> who = cache->identity())
            req.author = who->accountEmail;
        const bool tty = stderrIsTerminal();
        const ExportResult r = TransactionExport::run(*cache, req, [&](qint64 done, qint64 total) {
            if (tty) {
                err << '\r' << QCoreApplication::translate("comptoir-cli", "%1 of %2 transactions").arg(done).arg(total)
                    << "   ";
                err.flush();
            }
            return true;
        });
        if (tty && r.outcome != ExportResult::Outcome::Empty) {
            err << '\n';
            err.flush();
        }
        switch (r.outcome) {
        case ExportResult::Outcome::Written:
            out << r.message << '\n';
            if (hasProfile && r.changedCount > 0)
                out << QCoreApplication::translate("comptoir-cli",
                    "Export %1: %2 new transactions, %3 corrected (each as a reversal and its new version).")
                           .arg(r.exportNumber)
                           .arg(r.newCount)
                           .arg(r.changedCount)
                    << '\n';
            out.flush();
            return Ok;
        case ExportResult::Outcome::Empty:
            if (hasProfile) { // nothing new for a profile is not a failure
                out << r.message << '\n';
                out.flush();
                return Ok;
            }
            return report(err,
                { LocalData,
                    QCoreApplication::translate(
                        "comptoir-cli", "No transactions from %1 to %2 at %3: no file was written.")
                        .arg(formatDay(req.filter.from), formatDay(req.filter.to),
                            names.isEmpty() ? QCoreApplication::translate("comptoir-cli", "any location")
                                            : names.join(QStringLiteral(", "))) });
        case ExportResult::Outcome::Cancelled:
        case ExportResult::Outcome::Failed:
            break;
        }
        return report(err, { LocalData, r.message });
    } catch (const StoreError& e) {
        return report(err, { LocalData, e.message() });
    }
}

// ---------------------------------------------------------------------------------------
// dayclose

int runDayClose(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    addCommonOptions(p, QStringLiteral("dayclose"),
        QCoreApplication::translate("comptoir-cli",
            "Makes the day-close report (PDF, A4) of a period from the cache: for a day the portal has no "
            "report of, and for reprinting. The report says that Comptoir made it."));
    p.addOptions({
        { QStringLiteral("period"), QCoreApplication::translate("comptoir-cli", "The period (day close), by its id."),
            QCoreApplication::translate("comptoir-cli", "ID") },
        { QStringLiteral("lang"),
            QCoreApplication::translate("comptoir-cli", "The report's language: nl, fr or en (default: the system's)."),
            QCoreApplication::translate("comptoir-cli", "LANG") },
        { QStringLiteral("out"),
            QCoreApplication::translate("comptoir-cli", "The PDF file to write (replaced when it exists)."),
            QCoreApplication::translate("comptoir-cli", "FILE") },
    });
    int code = Ok;
    if (!parse(p, args, out, err, code))
        return code;
    if (!p.isSet(QStringLiteral("period")))
        return usage(err, p, QCoreApplication::translate("comptoir-cli", "Give the period with --period ID."));
    if (!p.isSet(QStringLiteral("out")))
        return usage(err, p, QCoreApplication::translate("comptoir-cli", "Give the file to write with --out FILE."));
    Failure f;
    const std::optional<Language> language = languageOption(p, f);
    if (!language)
        return usage(err, p, f.message);
    const QString path = p.value(QStringLiteral("out"));
    const QFileInfo info(path);
    if (info.isDir())
        return report(err,
            { LocalData,
                QCoreApplication::translate("comptoir-cli", "%1 is a folder; give a file name in it.")
                    .arg(QDir::toNativeSeparators(path)) });
    if (!info.absoluteDir().exists())
        return report(err,
            { LocalData,
                QCoreApplication::translate("comptoir-cli", "The folder %1 does not exist.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())) });
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return report(err,
            { LocalData,
                QCoreApplication::translate(
                    "comptoir-cli", "Reports need Qt's GUI module (no screen): this program cannot make them.") });
    try {
        std::unique_ptr<CacheDatabase> cache = openCache(p.value(QStringLiteral("cache")), f);
        if (!cache)
            return report(err, f);
        const QString periodId = p.value(QStringLiteral("period")).trimmed();
        const std::optional<DayCloseData> data = loadDayClose(*cache, periodId);
        if (!data)
            return usage(err, p,
                QCoreApplication::translate(
                    "comptoir-cli", "There is no day close (period) “%1” in this cache. Sync first, or check the id.")
                    .arg(periodId));
        const std::optional<PermissionSet> permissions = SyncEngine::cachedPermissions(*cache);
        if (permissions && !permissions->allows(Menu::DayCloses, data->period.locationId))
            return report(err,
                { Authentication,
                    QCoreApplication::translate("comptoir-cli", "This account may not see the day closes of %1.")
                        .arg(data->location.name.isEmpty() ? data->period.locationId : data->location.name) });
        const QByteArray pdf = DayCloseReport::render(*data, *language);
        if (pdf.isEmpty())
            return report(
                err, { LocalData, QCoreApplication::translate("comptoir-cli", "The report could not be made.") });
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            return report(err,
                { LocalData,
                    QCoreApplication::translate("comptoir-cli", "The file %1 could not be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()) });
        out << QCoreApplication::translate("comptoir-cli", "Wrote the day-close report of period %1 (%2, %3) to %4.")
                   .arg(data->period.sequence)
                   .arg(data->terminal.name.isEmpty() ? data->period.terminalId : data->terminal.name,
                       data->location.name.isEmpty() ? data->period.locationId : data->location.name,
                       QDir::toNativeSeparators(path))
            << '\n';
        out.flush();
        return Ok;
    } catch (const StoreError& e) {
        return report(err, { LocalData, e.message() });
    }
}

// ---------------------------------------------------------------------------------------
// summary

int runSummary(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser p;
    addCommonOptions(p, QStringLiteral("summary"),
        QCoreApplication::translate("comptoir-cli",
            "Prints the turnover of a range of business days from the cache, by day, location or payment "
            "method: transactions, successful ones, sales, refunds and net turnover (successful "
            "transactions, whether their status was set automatically or by hand). The same figures as "
            "an export's summary sheets."));
    addDateRangeOptions(p);
    p.addOptions({
        { QStringLiteral("by"), QCoreApplication::translate("comptoir-cli", "day, location or method (default day)."),
            QCoreApplication::translate("comptoir-cli", "WHAT"), QStringLiteral("day") },
        { QStringLiteral("location"),
            QCoreApplication::translate("comptoir-cli", "Only this location (its id or name); repeat for several."),
            QCoreApplication::translate("comptoir-cli", "ID") },
        { QStringLiteral("json"),
            QCoreApplication::translate(
                "comptoir-cli", "Print JSON (amounts in minor units and as decimal text) instead of a table.") },
    });
    int code = Ok;
    if (!parse(p, args, out, err, code))
        return code;
    Failure f;
    TransactionFilter filter;
    if (!readRange(p, filter.from, filter.to, f))
        return usage(err, p, f.message);
    const QString byText = p.value(QStringLiteral("by")).trimmed().toLower();
    SummaryDimension by = SummaryDimension::Day;
    if (byText == QLatin1String("location"))
        by = SummaryDimension::Location;
    else if (byText == QLatin1String("method"))
        by = SummaryDimension::Method;
    else if (byText != QLatin1String("day"))
        return usage(err, p, QCoreApplication::translate("comptoir-cli", "--by must be day, location or method."));
    try {
        std::unique_ptr<CacheDatabase> cache = openCache(p.value(QStringLiteral("cache")), f);
        if (!cache)
            return report(err, f);
        QStringList names;
        if (!readLocations(p, *cache, Menu::Dashboard, filter.locationIds, names, f))
            return f.code == Usage ? usage(err, p, f.message) : report(err, f);
        QList<SummaryLine> lines = summaryFromRollup(*cache, filter, by);
        const QList<SummaryLine> totals = totalsFromRollup(*cache, filter);
        qint64 count = 0;
        for (const SummaryLine& t : totals)
            count += t.figures.count;
        if (count == 0)
            return report(err,
                { LocalData,
                    QCoreApplication::translate("comptoir-cli", "No transactions from %1 to %2 at %3.")
                        .arg(formatDay(filter.from), formatDay(filter.to),
                            names.isEmpty() ? QCoreApplication::translate("comptoir-cli", "any location")
                                            : names.join(QStringLiteral(", "))) });
        QHash<QString, QString> locationNames;
        for (const Location& l : LocationRepository(*cache).all())
            locationNames.insert(l.id, l.name);
        if (by == SummaryDimension::Location) // by name, as the app lists them
            std::stable_sort(lines.begin(), lines.end(), [&](const SummaryLine& a, const SummaryLine& b) {
                return a.currency != b.currency
                    ? a.currency < b.currency
                    : locationNames.value(a.locationId).localeAwareCompare(locationNames.value(b.locationId)) < 0;
            });
        const auto money = [](qint64 minor, const QString& currency) {
            return Money(minor, Currency::fromCode(currency).value_or(Currency::eur()));
        };

        if (p.isSet(QStringLiteral("json"))) {
            const auto figures = [&](QJsonObject o, const SummaryLine& l) {
                const TurnoverFigures& f2 = l.figures;
                o.insert(QStringLiteral("currency"), l.currency);
                o.insert(QStringLiteral("transactions"), f2.count);
                o.insert(QStringLiteral("successful"), f2.successCount);
                o.insert(QStringLiteral("sales_minor"), f2.salesMinor);
                o.insert(QStringLiteral("refunds_minor"), f2.refundsMinor);
                o.insert(QStringLiteral("net_minor"), f2.netMinor());
                o.insert(QStringLiteral("sales"), money(f2.salesMinor, l.currency).toPlainString());
                o.insert(QStringLiteral("refunds"), money(f2.refundsMinor, l.currency).toPlainString());
                o.insert(QStringLiteral("net"), money(f2.netMinor(), l.currency).toPlainString());
                return o;
            };
            QJsonArray rows;
            for (const SummaryLine& l : lines) {
                QJsonObject key;
                switch (by) {
                case SummaryDimension::Day:
                    key.insert(QStringLiteral("day"), l.day.toString(Qt::ISODate));
                    break;
                case SummaryDimension::Location:
                    key.insert(QStringLiteral("location_id"), l.locationId);
                    key.insert(QStringLiteral("location"), locationNames.value(l.locationId, l.locationId));
                    break;
                case SummaryDimension::Method: {
                    const auto method = enumFromInt<PaymentMethod>(l.method).value_or(PaymentMethod::Other);
                    key.insert(QStringLiteral("method"), toCode(method));
                    key.insert(QStringLiteral("name"), displayName(method));
                    break;
                }
                }
                rows.append(figures(key, l));
            }
            QJsonArray total;
            for (const SummaryLine& t : totals)
                total.append(figures({}, t));
            QJsonArray locations;
            for (const QString& id : std::as_const(filter.locationIds))
                locations.append(id);
            const QJsonObject doc { { QStringLiteral("from"), filter.from.toString(Qt::ISODate) },
                { QStringLiteral("to"), filter.to.toString(Qt::ISODate) }, { QStringLiteral("by"), byText },
                { QStringLiteral("locations"), locations }, { QStringLiteral("lines"), rows },
                { QStringLiteral("totals"), total } };
            out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
            out.flush();
            return Ok;
        }

        // A table for people, in the system's language and number format.
        const QLocale locale;
        const MoneyLocale ml = moneyLocaleFor(locale);
        const bool severalCurrencies = totals.size() > 1;
        const QString keyHeader = by == SummaryDimension::Day ? QCoreApplication::translate("comptoir-cli", "Day")
            : by == SummaryDimension::Location                ? QCoreApplication::translate("comptoir-cli", "Location")
                                               : QCoreApplication::translate("comptoir-cli", "Payment method");
        QList<QStringList> table;
        QStringList header { keyHeader, QCoreApplication::translate("comptoir-cli", "Transactions"),
            QCoreApplication::translate("comptoir-cli", "Successful"),
            QCoreApplication::translate("comptoir-cli", "Sales"),
            QCoreApplication::translate("comptoir-cli", "Refunds"),
            QCoreApplication::translate("comptoir-cli", "Net turnover") };
        if (severalCurrencies)
            header.append(QCoreApplication::translate("comptoir-cli", "Currency"));
        table.append(header);
        const auto cells = [&](const QString& key, const SummaryLine& l) {
            QStringList row { key, locale.toString(l.figures.count), locale.toString(l.figures.successCount),
                money(l.figures.salesMinor, l.currency).formatNumber(ml),
                money(l.figures.refundsMinor, l.currency).formatNumber(ml),
                money(l.figures.netMinor(), l.currency).formatNumber(ml) };
            if (severalCurrencies)
                row.append(l.currency);
            return row;
        };
        for (const SummaryLine& l : lines) {
            QString key;
            switch (by) {
            case SummaryDimension::Day:
                key = formatDay(l.day);
                break;
            case SummaryDimension::Location:
                key = locationNames.value(l.locationId, l.locationId);
                break;
            case SummaryDimension::Method:
                key = displayName(enumFromInt<PaymentMethod>(l.method).value_or(PaymentMethod::Other));
                break;
            }
            table.append(cells(key, l));
        }
        const int totalRow = int(table.size());
        for (const SummaryLine& t : totals)
            table.append(cells(QCoreApplication::translate("comptoir-cli", "Total"), t));
        QList<int> widths(header.size(), 0);
        for (const QStringList& row : table)
            for (int c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], int(row[c].size()));
        out << QCoreApplication::translate("comptoir-cli", "Turnover from %1 to %2%3")
                   .arg(formatDay(filter.from), formatDay(filter.to),
                       names.isEmpty() ? QString() : QStringLiteral(", ") + names.join(QStringLiteral(", ")));
        if (!severalCurrencies)
            out << ' ' << QCoreApplication::translate("comptoir-cli", "(amounts in %1)").arg(totals.first().currency);
        out << '\n' << '\n';
        for (int r = 0; r < table.size(); ++r) {
            if (r == totalRow || r == 1) {
                int width = 0;
                for (int w : widths)
                    width += w + 2;
                out << QString(width - 2, QLatin1Char('-')) << '\n';
            }
            QStringList padded;
            for (int c = 0; c < table[r].size(); ++c)
                padded.append(c == 0 ? table[r][c].leftJustified(widths[c]) : table[r][c].rightJustified(widths[c]));
            out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
        }
        out.flush();
        return Ok;
    } catch (const StoreError& e) {
        return report(err, { LocalData, e.message() });
    }
}

} // namespace comptoir::cli
