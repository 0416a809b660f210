#include "transactionexport.h"

#include "reportlanguage.h"
#include "xlsxexportwriter.h"

#include "core/entities.h"
#include "store/accountrepository.h"
#include "store/locationrepository.h"
#include "store/scopedtransaction.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"
#include "store/transactionstream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace comptoir {

namespace {

// Texts of the file, looked up in the export's language (ReportLanguage::text).
constexpr const char* kContext = "TransactionExport";

// Local wall-clock seconds of UTC instants in one zone. Offsets are cached per UTC hour:
// converting through QTimeZone for a million rows is slow, and the zones we serve only
// change their offset on whole hours (BusinessDayCalendar makes the same bet).
class LocalClock {
public:
    explicit LocalClock(const QTimeZone& zone)
        : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    {
    }
    qint64 localSecs(qint64 utcMsecs)
    {
        const qint64 secs = utcMsecs >= 0 ? utcMsecs / 1000 : -((-utcMsecs + 999) / 1000);
        const qint64 hour = secs >= 0 ? secs / 3600 : -((-secs + 3599) / 3600);
        if (hour != m_hour) {
            m_hour = hour;
            const auto it = m_offsets.constFind(hour);
            if (it != m_offsets.cend()) {
                m_offset = *it;
            } else {
                m_offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
                m_offsets.insert(hour, m_offset);
            }
        }
        return secs + m_offset;
    }

private:
    QTimeZone m_zone;
    qint64 m_hour = std::numeric_limits<qint64>::min();
    int m_offset = 0;
    QHash<qint64, int> m_offsets;
};

struct LocationInfo {
    QByteArray name;
    QString zone;
    int clock = 0;
};

template <typename E, std::size_t N> std::array<QByteArray, 16> namesOf(const ReportLanguage& l, const E (&values)[N])
{
    std::array<QByteArray, 16> out;
    for (E v : values)
        if (int(v) >= 0 && int(v) < 16)
            out[std::size_t(v)] = l.name(v).toUtf8();
    return out;
}

const QByteArray& nameAt(const std::array<QByteArray, 16>& names, int v, QByteArray& fallback)
{
    if (v >= 0 && v < 16 && !names[std::size_t(v)].isEmpty())
        return names[std::size_t(v)];
    fallback = QByteArray::number(v);
    return fallback;
}

int minorDigitsOf(const QByteArray& code)
{
    static thread_local QHash<QByteArray, int> digits;
    const auto it = digits.constFind(code);
    if (it != digits.cend())
        return *it;
    const int n = Currency::fromCode(QString::fromUtf8(code)).value_or(Currency::eur()).minorDigits();
    digits.insert(code, n);
    return n;
}

// The headers of the columns, in the export's language.
QString header(const ReportLanguage& l, ExportColumn c, const QString& zoneNote)
{
    switch (c) {
    case ExportColumn::Entry:
        //: An export column: whether a row is new, or a correction of an earlier export.
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Entry"));
    case ExportColumn::CorrectsExport:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Corrects export"));
    case ExportColumn::DateTime:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Date and time (%1)")).arg(zoneNote);
    case ExportColumn::Location:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Location"));
    case ExportColumn::Terminal:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Terminal"));
    case ExportColumn::Period:
        //: An export column: the number of the payment period (day close) of the terminal.
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Period"));
    case ExportColumn::Type:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Type"));
    case ExportColumn::Method:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Payment method"));
    case ExportColumn::Issuer:
        //: An export column: who issued a voucher or gift card (Pluxee, Edenred, …).
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Issuer"));
    case ExportColumn::Status:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Status"));
    case ExportColumn::StatusOrigin:
        //: An export column: whether the status was set automatically or by hand.
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Status set"));
    case ExportColumn::SetBy:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Set by"));
    case ExportColumn::SetAt:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Set at"));
    case ExportColumn::Amount:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Amount"));
    case ExportColumn::Currency:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Currency"));
    case ExportColumn::Card:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Card number"));
    case ExportColumn::AuthorisationCode:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Authorisation code"));
    case ExportColumn::Reference:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Reference"));
    case ExportColumn::Processor:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Processor"));
    case ExportColumn::TransactionId:
        return l.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Transaction ID"));
    case ExportColumn::Count:
        break;
    }
    return {};
}

ExportResult failed(const QString& path, const QString& message)
{
    ExportResult r;
    r.outcome = ExportResult::Outcome::Failed;
    r.path = path;
    r.message = message;
    return r;
}

QString ui(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

// The period numbers of the periods the rows name, looked up once each.
class PeriodNumbers {
public:
    explicit PeriodNumbers(CacheDatabase& cache)
        : m_lookup(Statement::prepare(cache.db(), QStringLiteral("SELECT sequence FROM periods WHERE id = ?")))
    {
    }
    int of(const QByteArray& id)
    {
        if (id.isEmpty())
            return 0;
        if (id == m_lastId)
            return m_last;
        auto it = m_numbers.constFind(id);
        if (it == m_numbers.cend()) {
            m_lookup->bind(0, QString::fromUtf8(id));
            int n = 0;
            if (m_lookup->next())
                n = int(m_lookup->int64At(0));
            while (m_lookup->next()) { }
            it = m_numbers.insert(id, n);
        }
        m_lastId = id;
        m_last = *it;
        return m_last;
    }

private:
    std::unique_ptr<Statement> m_lookup;
    QHash<QByteArray, int> m_numbers;
    QByteArray m_lastId;
    int m_last = 0;
};

// Reading a large set once: the connection's small-memory settings while the export runs
// (see Dialect::streamingSetup), its usual ones back afterwards.
class StreamingSettings {
public:
    explicit StreamingSettings(CacheDatabase& cache)
        : m_cache(cache)
    {
        run(cache.dialect().streamingSetup());
    }
    ~StreamingSettings() { run(m_cache.dialect().streamingRestore()); }
    StreamingSettings(const StreamingSettings&) = delete;
    StreamingSettings& operator=(const StreamingSettings&) = delete;

private:
    void run(const QStringList& statements)
    {
        for (const QString& s : statements) {
            QSqlQuery q(m_cache.db());
            q.exec(s); // a setting that does not take leaves the export correct, only hungrier
        }
    }
    CacheDatabase& m_cache;
};

QString joinNames(const QStringList& names, int max = 12)
{
    if (names.size() <= max)
        return names.join(QStringLiteral(", "));
    return names.mid(0, max).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

} // namespace

TransactionFilter TransactionExport::profileFilter(const ExportProfile& profile, const QStringList& permittedLocations)
{
    TransactionFilter f;
    f.from = profile.since;
    if (profile.locationIds.isEmpty()) {
        f.locationIds = permittedLocations;
    } else {
        for (const QString& id : profile.locationIds)
            if (permittedLocations.contains(id))
                f.locationIds.append(id);
        if (f.locationIds.isEmpty())
            f.locationIds.append(QStringLiteral("\x01none")); // none left: nothing matches
    }
    return f;
}

QString TransactionExport::suggestedFileName(const ExportProfile& profile, int number, const QDate& today)
{
    QString name = profile.name;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    return QStringLiteral("%1 %2 %3.%4")
        .arg(name.simplified())
        .arg(number)
        .arg(today.toString(Qt::ISODate),
            profile.format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx"));
}

ExportResult TransactionExport::run(CacheDatabase& cache, const ExportRequest& req, const Progress& progress)
{
    const QString shownPath = QDir::toNativeSeparators(req.outputPath);
    // The destination first: a bad one is known before any work.
    const QFileInfo destination(req.outputPath);
    if (req.outputPath.trimmed().isEmpty())
        return failed(req.outputPath, ui(QT_TRANSLATE_NOOP("TransactionExport", "Choose the file to export to.")));
    if (destination.isDir())
        return failed(req.outputPath,
            ui(QT_TRANSLATE_NOOP("TransactionExport", "%1 is a folder; choose a file name in it.")).arg(shownPath));
    if (!destination.absoluteDir().exists())
        return failed(req.outputPath,
            ui(QT_TRANSLATE_NOOP("TransactionExport", "The folder %1 does not exist."))
                .arg(QDir::toNativeSeparators(destination.absolutePath())));
    if (!QFileInfo(destination.absolutePath()).isWritable())
        return failed(req.outputPath,
            ui(QT_TRANSLATE_NOOP("TransactionExport",
                   "The folder %1 cannot be written to. "
                   "Choose another folder."))
                .arg(QDir::toNativeSeparators(destination.absolutePath())));
    if (req.format == ExportFormat::Csv) {
        const QChar sep = CsvExportWriter::separatorFor(req.language, req.csv);
        const QChar dec = CsvExportWriter::decimalMarkFor(req.language, req.csv);
        if (sep == dec || sep.unicode() > 0x7f || dec.unicode() > 0x7f || sep == QLatin1Char('"')
            || dec == QLatin1Char('"') || sep.isLetterOrNumber() || dec.isLetterOrNumber() || sep == QLatin1Char('\n'))
            return failed(req.outputPath,
                ui(QT_TRANSLATE_NOOP("TransactionExport",
                    "The CSV separator and decimal mark must be two "
                    "different punctuation characters.")));
    }

    std::unique_ptr<ExportWriter> writer;
    const StreamingSettings streaming(cache); // before any transaction (temp_store needs none open)
    try {
        std::optional<ExportProfile> profile;
        int exportNumber = 0;
        ExportProfileRepository profiles(cache);
        if (!req.profileId.isEmpty()) {
            profile = profiles.get(req.profileId);
            if (!profile)
                return failed(req.outputPath,
                    ui(QT_TRANSLATE_NOOP("TransactionExport", "This export profile no longer exists.")));
            const std::optional<ExportRun> last = profiles.lastRun(profile->id);
            exportNumber = last ? last->number + 1 : 1;
        }
        const bool incremental = profile && profile->incremental;

        // Names and zones, once.
        const Merchant merchant = AccountRepository(cache).merchant().value_or(Merchant {});
        const ReportLanguage lang(req.language, merchant.country.isEmpty() ? QStringLiteral("BE") : merchant.country);
        QHash<QByteArray, LocationInfo> locations;
        std::vector<LocalClock> clocks;
        QHash<QString, int> clockOfZone;
        QStringList zonesInScope;
        QStringList namesInScope;
        for (const Location& l : LocationRepository(cache).all()) {
            const QString zone = l.timeZone.isEmpty() ? QStringLiteral("UTC") : l.timeZone;
            if (!clockOfZone.contains(zone)) {
                clockOfZone.insert(zone, int(clocks.size()));
                clocks.emplace_back(QTimeZone(zone.toUtf8()));
            }
            locations.insert(l.id.toUtf8(), LocationInfo { l.name.toUtf8(), zone, clockOfZone.value(zone) });
            if (req.filter.locationIds.isEmpty() || req.filter.locationIds.contains(l.id)) {
                if (!zonesInScope.contains(zone))
                    zonesInScope.append(zone);
                namesInScope.append(l.name);
            }
        }
        clocks.emplace_back(QTimeZone::utc()); // for a location the cache does not know
        const int unknownClock = int(clocks.size()) - 1;
        QHash<QByteArray, QByteArray> terminals;
        for (const Terminal& t : TerminalRepository(cache).all())
            terminals.insert(t.id.toUtf8(), t.name.toUtf8());
        PeriodNumbers periods(cache);

        const auto statusNames = namesOf(lang, kAllStatuses);
        const auto typeNames = namesOf(lang, kAllTypes);
        const auto methodNames = namesOf(lang, kAllMethods);
        const StatusOrigin origins[] = { StatusOrigin::Automatic, StatusOrigin::Manual };
        const auto originNames = namesOf(lang, origins);
        const QByteArray entryNew = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "New")).toUtf8();
        //: An export row that takes back what an earlier export sent (the amount negated).
        const QByteArray entryReversal
            = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Reversal")).toUtf8();
        //: An export row: the transaction as it is now, after a reversal of what was sent before.
        const QByteArray entryCorrected
            = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Corrected")).toUtf8();

        // The layout.
        const QString zoneNote = zonesInScope.size() == 1
            ? zonesInScope.first()
            : lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "local time of each location"));
        ExportLayout layout;
        if (incremental)
            layout.columns << ExportColumn::Entry << ExportColumn::CorrectsExport;
        layout.columns << ExportColumn::DateTime << ExportColumn::Location << ExportColumn::Terminal
                       << ExportColumn::Period << ExportColumn::Type << ExportColumn::Method << ExportColumn::Issuer
                       << ExportColumn::Status << ExportColumn::StatusOrigin << ExportColumn::SetBy
                       << ExportColumn::SetAt << ExportColumn::Amount << ExportColumn::Currency << ExportColumn::Card
                       << ExportColumn::AuthorisationCode << ExportColumn::Reference << ExportColumn::Processor
                       << ExportColumn::TransactionId;
        for (ExportColumn c : std::as_const(layout.columns))
            layout.headers.append(header(lang, c, zoneNote));

        ExportDocument doc;
        doc.language = req.language;
        doc.excelDateFormat = lang.dateFormat().toLower().toUtf8();
        doc.transactionsSheet = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Transactions"));
        doc.aboutSheet = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "About this export"));
        doc.author = req.author.isEmpty() ? QStringLiteral("Comptoir") : req.author;
        doc.company = merchant.name;
        doc.created = QDateTime::currentDateTimeUtc();
        const QString dayFormat = lang.dateFormat();
        const QString fromText = req.filter.from.isValid() ? req.filter.from.toString(dayFormat) : QString();
        const QString toText = req.filter.to.isValid() ? req.filter.to.toString(dayFormat) : QString();
        QString days;
        if (req.filter.from.isValid() && req.filter.to.isValid())
            days = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "%1 to %2")).arg(fromText, toText);
        else if (req.filter.from.isValid())
            days = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "from %1")).arg(fromText);
        else if (req.filter.to.isValid())
            days = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "up to %1")).arg(toText);
        else
            days = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "all days"));
        doc.title = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Transactions, %1")).arg(days);
        if (profile)
            doc.title += QStringLiteral(" — ") + profile->name;
        doc.subject = merchant.name.isEmpty() ? joinNames(namesInScope) : merchant.name;
        doc.comments = lang.text(kContext,
            QT_TRANSLATE_NOOP("TransactionExport",
                "Exported with Comptoir from its "
                "local copy of the portal's data."));

        // One snapshot for the count, the rows and their summaries. The sync writes on its
        // own connection meanwhile; this export sees the cache as it was when it began.
        auto snapshot = std::make_unique<ScopedTransaction>(cache.db());
        TransactionStream stream(cache, req.filter);
        if (incremental)
            stream.onlyChangedSinceExportOf(profile->id);
        const qint64 total = stream.count();
        if (total == 0) {
            ExportResult r;
            r.outcome = ExportResult::Outcome::Empty;
            r.path = req.outputPath;
            r.message = incremental ? ui(QT_TRANSLATE_NOOP("TransactionExport",
                                             "Nothing is new or changed since the last export of “%1”: no file "
                                             "was written."))
                                          .arg(profile->name)
                                    : ui(QT_TRANSLATE_NOOP("TransactionExport",
                                        "No transactions match what you chose: no file was written."));
            return r;
        }
        if (progress && !progress(0, total)) {
            ExportResult r;
            r.outcome = ExportResult::Outcome::Cancelled;
            r.path = req.outputPath;
            r.message = ui(QT_TRANSLATE_NOOP("TransactionExport", "The export was cancelled; no file was written."));
            return r;
        }

        if (req.format == ExportFormat::Csv)
            writer = std::make_unique<CsvExportWriter>(req.language, req.csv, lang.dateFormat());
        else
            writer = std::make_unique<XlsxExportWriter>(req.rowsPerSheet);
        if (const QString error = writer->open(req.outputPath, layout, doc); !error.isEmpty())
            return failed(req.outputPath, error);
        std::unique_ptr<ExportProfileRepository::Recorder> recorder;
        if (incremental)
            recorder = profiles.recorder(profile->id);

        TurnoverSummary summary;
        ExportResult result;
        result.path = req.outputPath;
        ExportLine line;
        QByteArray fallbackStatus, fallbackType, fallbackMethod, fallbackOrigin;
        QByteArray unknownLocationName;
        QByteArray lastLocationId;
        const LocationInfo* lastLocation = nullptr;
        LocationInfo unknown { QByteArray(), QStringLiteral("UTC"), unknownClock };
        qint64 done = 0;
        while (stream.next()) {
            const StoredTransaction& t = stream.row();
            if (!lastLocation || t.locationId != lastLocationId) {
                lastLocationId = t.locationId;
                const auto it = locations.constFind(t.locationId);
                if (it != locations.cend()) {
                    lastLocation = &*it;
                } else {
                    unknown.name = t.locationId;
                    lastLocation = &unknown;
                }
            }
            LocalClock& clock = clocks[std::size_t(lastLocation->clock)];
            line.localSecs = clock.localSecs(t.createdAtMsecs);
            line.location = &lastLocation->name;
            const auto terminal = terminals.constFind(t.terminalId);
            line.terminal = terminal != terminals.cend() ? &*terminal : &t.terminalId;
            line.period = periods.of(t.periodId);
            line.type = &nameAt(typeNames, t.type, fallbackType);
            line.method = &nameAt(methodNames, t.method, fallbackMethod);
            line.issuer = &t.issuer;
            line.card = &t.maskedCardNumber;
            line.authorisationCode = &t.authorisationCode;
            line.reference = &t.reference;
            line.processor = &t.processor;
            line.id = &t.id;

            const bool changed = incremental && t.sent.exportNumber > 0;
            if (changed) {
                // What was sent, taken back: the same transaction with its amount negated.
                const StoredTransaction::Sent& s = t.sent;
                line.entry = ExportLine::Entry::Reversal;
                line.entryName = &entryReversal;
                line.correctsExport = s.exportNumber;
                line.status = &nameAt(statusNames, s.status, fallbackStatus);
                line.origin = &nameAt(originNames, s.origin, fallbackOrigin);
                line.setBy = &s.manualBy;
                line.hasSetAt = s.manualAtMsecs != 0;
                line.setAtLocalSecs = line.hasSetAt ? clock.localSecs(s.manualAtMsecs) : 0;
                line.amountMinor = -s.amountMinor;
                line.currency = &s.currency;
                line.minorDigits = minorDigitsOf(s.currency);
                writer->write(line);
                summary.add(t.businessDay, t.locationId, t.method, s.currency, s.status, s.amountMinor, -1);
                ++result.rows;
                ++result.changedCount;
            }
            line.entry = !incremental ? ExportLine::Entry::None
                : changed             ? ExportLine::Entry::Corrected
                                      : ExportLine::Entry::New;
            line.entryName = !incremental ? nullptr : changed ? &entryCorrected : &entryNew;
            line.correctsExport = changed ? t.sent.exportNumber : 0;
            line.status = &nameAt(statusNames, t.status, fallbackStatus);
            line.origin = &nameAt(originNames, t.origin, fallbackOrigin);
            line.setBy = &t.manualBy;
            line.hasSetAt = t.manualAtMsecs != 0;
            line.setAtLocalSecs = line.hasSetAt ? clock.localSecs(t.manualAtMsecs) : 0;
            line.amountMinor = t.amountMinor;
            line.currency = &t.currency;
            line.minorDigits = minorDigitsOf(t.currency);
            writer->write(line);
            summary.add(t.businessDay, t.locationId, t.method, t.currency, t.status, t.amountMinor, +1);
            ++result.rows;
            if (incremental && !changed)
                ++result.newCount;
            if (recorder)
                recorder->add(t);
            ++done;
            if (progress && done % 1000 == 0 && !progress(done, total)) {
                writer->abandon();
                result.outcome = ExportResult::Outcome::Cancelled;
                result.message
                    = ui(QT_TRANSLATE_NOOP("TransactionExport", "The export was cancelled; no file was written."));
                return result;
            }
        }
        result.transactions = done;
        result.totals = summary.totals();

        // Summary sheets and the About sheet.
        const QString totalText = lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Total"));
        const QStringList figures { lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Transactions")),
            lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Successful")),
            lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Sales")),
            lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Refunds")),
            lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Net turnover")) };
        const bool severalCurrencies = result.totals.size() > 1;
        const auto sheet = [&](const char* name, const char* key, SummaryDimension by) {
            SummarySheet s;
            s.name = lang.text(kContext, name);
            s.headers = QStringList { lang.text(kContext, key) } + figures;
            s.keyIsDate = by == SummaryDimension::Day;
            for (const SummaryLine& l : summary.lines(by)) {
                SummarySheet::Line out;
                out.day = l.day;
                out.currency = l.currency;
                out.minorDigits = minorDigitsOf(l.currency.toUtf8());
                out.figures = l.figures;
                switch (by) {
                case SummaryDimension::Day:
                    out.label = l.day.toString(dayFormat);
                    break;
                case SummaryDimension::Location: {
                    const auto it = locations.constFind(l.locationId.toUtf8());
                    out.label = it != locations.cend() ? QString::fromUtf8(it->name) : l.locationId;
                    break;
                }
                case SummaryDimension::Method: {
                    QByteArray fallback;
                    out.label = QString::fromUtf8(nameAt(methodNames, l.method, fallback));
                    break;
                }
                }
                if (severalCurrencies)
                    out.label += QStringLiteral(" (%1)").arg(l.currency);
                s.lines.append(out);
            }
            if (by == SummaryDimension::Location) // by name, as the app lists them
                std::stable_sort(
                    s.lines.begin(), s.lines.end(), [](const SummarySheet::Line& a, const SummarySheet::Line& b) {
                        return a.currency != b.currency ? a.currency < b.currency
                                                        : a.label.localeAwareCompare(b.label) < 0;
                    });
            for (const SummaryLine& t : result.totals) {
                SummarySheet::Line out;
                out.total = true;
                out.label = severalCurrencies ? QStringLiteral("%1 (%2)").arg(totalText, t.currency) : totalText;
                out.currency = t.currency;
                out.minorDigits = minorDigitsOf(t.currency.toUtf8());
                out.figures = t.figures;
                s.lines.append(out);
            }
            doc.summaries.append(s);
        };
        sheet(QT_TRANSLATE_NOOP("TransactionExport", "By day"), QT_TRANSLATE_NOOP("TransactionExport", "Day"),
            SummaryDimension::Day);
        sheet(QT_TRANSLATE_NOOP("TransactionExport", "By location"), QT_TRANSLATE_NOOP("TransactionExport", "Location"),
            SummaryDimension::Location);
        sheet(QT_TRANSLATE_NOOP("TransactionExport", "By payment method"),
            QT_TRANSLATE_NOOP("TransactionExport", "Payment method"), SummaryDimension::Method);

        const auto about = [&](const char* label, const QString& value) {
            doc.about.append({ lang.text(kContext, label), value });
        };
        QString merchantText = merchant.name;
        if (!merchant.vatNumber.isEmpty())
            merchantText += QStringLiteral(" (%1)").arg(merchant.vatNumber);
        about(QT_TRANSLATE_NOOP("TransactionExport", "Merchant"), merchantText);
        about(QT_TRANSLATE_NOOP("TransactionExport", "Locations"),
            req.filter.locationIds.isEmpty()
                ? lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "every location"))
                : joinNames(namesInScope, 50));
        about(QT_TRANSLATE_NOOP("TransactionExport", "Business days"), days);
        QStringList selection;
        if (!req.scope.isEmpty())
            selection.append(req.scope);
        if (!req.filter.statuses.isEmpty()) {
            QStringList names;
            for (TransactionStatus s : req.filter.statuses)
                names.append(lang.name(s));
            selection.append(lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "statuses: %1"))
                                 .arg(names.join(QStringLiteral(", "))));
        }
        if (!req.filter.methods.isEmpty()) {
            QStringList names;
            for (PaymentMethod m : req.filter.methods)
                names.append(lang.name(m));
            selection.append(lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "payment methods: %1"))
                                 .arg(names.join(QStringLiteral(", "))));
        }
        if (!req.filter.origins.isEmpty()) {
            QStringList names;
            for (StatusOrigin o : req.filter.origins)
                names.append(lang.name(o));
            selection.append(lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "status set: %1"))
                                 .arg(names.join(QStringLiteral(", "))));
        }
        if (!req.filter.text.trimmed().isEmpty())
            selection.append(lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "search: “%1”"))
                                 .arg(req.filter.text.trimmed()));
        if (!req.filter.periodId.isEmpty())
            selection.append(lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "one day close (period %1)"))
                                 .arg(periods.of(req.filter.periodId.toUtf8())));
        if (!selection.isEmpty())
            about(QT_TRANSLATE_NOOP("TransactionExport", "Selection"), selection.join(QStringLiteral("; ")));
        about(QT_TRANSLATE_NOOP("TransactionExport", "Times"),
            zonesInScope.size() == 1
                ? lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Local time of the location (%1)."))
                      .arg(zonesInScope.first())
                : lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "Local time of each location (%1)."))
                      .arg(zonesInScope.join(QStringLiteral(", "))));
        about(QT_TRANSLATE_NOOP("TransactionExport", "Amounts"),
            lang.text(kContext,
                QT_TRANSLATE_NOOP("TransactionExport",
                    "Refunds are negative amounts. Turnover counts the successful "
                    "transactions, whether their status was set automatically or by "
                    "hand: positive amounts are sales, negative ones refunds. The "
                    "summaries add up exactly the rows of this file.")));
        if (profile) {
            about(QT_TRANSLATE_NOOP("TransactionExport", "Profile"), profile->name);
            about(QT_TRANSLATE_NOOP("TransactionExport", "Export number"), QString::number(exportNumber));
        }
        if (incremental) {
            about(QT_TRANSLATE_NOOP("TransactionExport", "New and corrected"),
                lang.text(kContext, QT_TRANSLATE_NOOP("TransactionExport", "%1 new, %2 corrected"))
                    .arg(lang.locale().toString(result.newCount), lang.locale().toString(result.changedCount)));
            about(QT_TRANSLATE_NOOP("TransactionExport", "Corrections"),
                lang.text(kContext,
                    QT_TRANSLATE_NOOP("TransactionExport",
                        "This file holds only what earlier exports of this profile "
                        "did not: new transactions, and each transaction that changed "
                        "since it was sent (a status set by hand, a chargeback, a "
                        "refund). A changed one comes as two rows: a reversal of what "
                        "was sent (amount negated, with the number of the export it "
                        "corrects) and the transaction as it is now. Book every row "
                        "and nothing is counted twice.")));
        }
        about(QT_TRANSLATE_NOOP("TransactionExport", "Exported on"),
            lang.locale().toString(QDateTime::currentDateTime(), dayFormat + QStringLiteral(" HH:mm")));
        about(QT_TRANSLATE_NOOP("TransactionExport", "Exported by"), doc.author);

        if (progress && !progress(done, total)) {
            writer->abandon();
            result.outcome = ExportResult::Outcome::Cancelled;
            result.message
                = ui(QT_TRANSLATE_NOOP("TransactionExport", "The export was cancelled; no file was written."));
            return result;
        }
        if (const QString error = writer->finish(doc); !error.isEmpty()) {
            writer->abandon();
            return failed(req.outputPath, error);
        }
        // The read ends (committed: it holds the TEMP table of what was sent); recording
        // is a write of its own.
        snapshot->commit();
        snapshot.reset();

        if (profile) {
            QString publishError;
            ExportRun run;
            run.profileId = profile->id;
            run.number = exportNumber;
            run.at = QDateTime::currentDateTimeUtc();
            run.fileName = destination.fileName();
            run.rows = result.rows;
            run.newRows = incremental ? result.newCount : result.transactions;
            run.changedRows = result.changedCount;
            ExportProfileRepository::Recorder* rec = recorder.get();
            std::unique_ptr<ExportProfileRepository::Recorder> plain;
            if (!rec) {
                plain = profiles.recorder(profile->id); // a run without items
                rec = plain.get();
            }
            bool published = false;
            try {
                rec->commit(run, [&](int) {
                    publishError = writer->publish();
                    published = publishError.isEmpty();
                    return published;
                });
            } catch (const StoreError& e) {
                // Not recorded: a file that was put in place would be sent again next time.
                if (published)
                    QFile::remove(req.outputPath);
                writer->abandon();
                return failed(req.outputPath, e.message());
            }
            if (!published)
                return failed(req.outputPath, publishError);
            result.exportNumber = exportNumber;
        } else if (const QString error = writer->publish(); !error.isEmpty()) {
            return failed(req.outputPath, error);
        }
        result.outcome = ExportResult::Outcome::Written;
        result.message = ui(QT_TRANSLATE_NOOP("TransactionExport", "%1 transactions exported to %2."))
                             .arg(QLocale().toString(result.transactions), shownPath);
        return result;
    } catch (const StoreError& e) {
        if (writer)
            writer->abandon();
        return failed(req.outputPath, e.message());
    }
}

} // namespace comptoir
