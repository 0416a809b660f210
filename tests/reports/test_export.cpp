// Exports read back as a bookkeeper's tools would: xlsx through an independent reader
// (zlib + QXmlStreamReader, tests/reports/xlsxreader.cpp), CSV through an RFC 4180 parser;
// cell types, values, names in each language, summaries against the rows, files that are
// complete or absent, and profiles that never send a transaction twice.
#include "exportfixture.h"
#include "xlsxreader.h"

#include "reports/transactionexport.h"
#include "reports/turnoversummary.h"
#include "store/accountrepository.h"
#include "store/auditlog.h"
#include "store/exportprofilerepository.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace comptoir;
using namespace comptoir::test;

namespace {

ExportResult exportTo(CacheDatabase& cache, const QString& path, ExportFormat format, Language language,
    const TransactionFilter& filter = {}, const CsvOptions& csv = {}, const QString& profileId = {},
    int rowsPerSheet = 0)
{
    ExportRequest r;
    r.filter = filter;
    r.format = format;
    r.language = language;
    r.csv = csv;
    r.outputPath = path;
    r.profileId = profileId;
    r.author = QStringLiteral("tine.desmet@desmet-boekhouding.be");
    r.rowsPerSheet = rowsPerSheet;
    return TransactionExport::run(cache, r);
}

QList<Transaction> inFileOrder(QList<Transaction> rows)
{
    std::sort(rows.begin(), rows.end(), [](const Transaction& a, const Transaction& b) {
        if (a.businessDay != b.businessDay)
            return a.businessDay < b.businessDay;
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });
    return rows;
}

QTimeZone zoneOf(const QString& locationId)
{
    return QTimeZone(
        locationId == kBonaire ? QByteArrayLiteral("America/Kralendijk") : QByteArrayLiteral("Europe/Brussels"));
}

QString locationName(const QString& id)
{
    if (id == kBonaire)
        return QStringLiteral("Winkel Kralendijk");
    return id == kLocations[0] ? QStringLiteral("Bakkerij Gent") : QStringLiteral("Boulangerie Namur");
}

QString terminalName(const QString& id)
{
    return id == kBonaireTerminal ? QStringLiteral("Toonbank")
                                  : QStringLiteral("Kassa %1").arg(kTerminals.indexOf(id) + 1);
}

QString typeName(TransactionType t, Language l)
{
    const char* source = t == TransactionType::Refund ? "Refund" : "Sale";
    return translated(l, "TransactionType", source);
}

QString methodName(PaymentMethod m, Language l)
{
    static const std::map<PaymentMethod, const char*> sources { { PaymentMethod::Bancontact, "Bancontact" },
        { PaymentMethod::Maestro, "Maestro" }, { PaymentMethod::Visa, "Visa" },
        { PaymentMethod::Mastercard, "Mastercard" }, { PaymentMethod::Payconiq, "Payconiq" },
        { PaymentMethod::MealVoucher, "Meal voucher" }, { PaymentMethod::Other, "Other" },
        { PaymentMethod::VPay, "V PAY" }, { PaymentMethod::AmericanExpress, "American Express" },
        { PaymentMethod::EcoVoucher, "Eco voucher" }, { PaymentMethod::GiftCard, "Gift card" } };
    return translated(l, "PaymentMethod", sources.at(m));
}

QString text(Language l, const char* source)
{
    return translated(l, "TransactionExport", source);
}

// Column index by header text.
int column(const XlsxSheet& sheet, const QString& header)
{
    for (int c = 0; c < sheet.rows.value(0).size(); ++c)
        if (sheet.cell(0, c).text == header)
            return c;
    return -1;
}

int columnStarting(const XlsxSheet& sheet, const QString& prefix)
{
    for (int c = 0; c < sheet.rows.value(0).size(); ++c)
        if (sheet.cell(0, c).text.startsWith(prefix))
            return c;
    return -1;
}

struct Figures {
    qint64 count = 0, success = 0, sales = 0, refunds = 0;
    bool operator==(const Figures&) const = default;
};

// `refunds` is negative, like the amounts it adds up.
void addTo(Figures& f, bool success, qint64 minor)
{
    f.count += 1;
    if (!success)
        return;
    f.success += 1;
    (minor < 0 ? f.refunds : f.sales) += minor;
}

QString currencyOfFormat(const QString& format)
{
    if (format.contains(QStringLiteral("€")))
        return QStringLiteral("EUR");
    if (format.contains(QLatin1Char('$')))
        return QStringLiteral("USD");
    return format;
}

// A summary sheet read back: key → figures (the key is a day or a label, with the currency
// its amounts are formatted in), and the totals per currency.
struct ReadSummary {
    std::map<std::pair<QString, QString>, Figures> lines;
    std::map<QString, Figures> totals;
};

ReadSummary readSummary(const XlsxSheet& s, const QString& totalText)
{
    ReadSummary out;
    for (int r = 1; r < s.rowCount(); ++r) {
        const XlsxCell& key = s.cell(r, 0);
        INFO(s.name.toStdString() << " row " << r + 1);
        for (int c = 1; c <= 5; ++c)
            REQUIRE(s.cell(r, c).isNumber());
        CHECK_FALSE(s.cell(r, 1).isDate());
        const QString currency = currencyOfFormat(s.cell(r, 3).numberFormat);
        Figures f { qint64(s.cell(r, 1).number), qint64(s.cell(r, 2).number), s.cell(r, 3).minor(),
            s.cell(r, 4).minor() };
        CHECK(s.cell(r, 5).minor() == s.cell(r, 3).minor() + s.cell(r, 4).minor()); // net = sales + refunds
        if (key.isString() && key.text.startsWith(totalText)) {
            out.totals[currency] = f;
        } else {
            QString k = key.isDate() ? QDate(1899, 12, 30).addDays(qint64(key.number)).toString(Qt::ISODate) : key.text;
            k.remove(QStringLiteral(" (") + currency + QLatin1Char(')'));
            out.lines[{ k, currency }] = f;
        }
    }
    return out;
}

// RFC 4180: fields separated by `sep`, quoted when needed, "" inside quotes, CRLF records.
QList<QStringList> parseCsv(const QString& text, QChar sep, QString* problem)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                *problem = QStringLiteral("a quote inside an unquoted field at %1").arg(i);
            quoted = wasQuoted = true;
        } else if (c == sep) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))
                *problem = QStringLiteral("a CR without LF at %1").arg(i);
        } else if (c == QLatin1Char('\n')) {
            if (i == 0 || text[i - 1] != QLatin1Char('\r'))
                *problem = QStringLiteral("a line break that is not CRLF at %1").arg(i);
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        *problem = QStringLiteral("an unterminated quote");
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString amountText(qint64 cents, QChar decimal)
{
    const qint64 a = std::abs(cents);
    return QStringLiteral("%1%2%3%4")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(decimal)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("Export: the xlsx workbook read back — real dates, numeric amounts, names in the chosen language")
{
    ExportCache c;
    QTemporaryDir out;
    const QList<Transaction> expected = inFileOrder(c.transactions);
    for (Language l : kAllLanguages) {
        INFO("language " << toCode(l).toStdString());
        const QString path = out.filePath(QStringLiteral("transacties-%1.xlsx").arg(toCode(l)));
        const ExportResult r = exportTo(*c, path, ExportFormat::Xlsx, l);
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
        CHECK(r.transactions == expected.size());
        CHECK(filesIn(out.path()).contains(QFileInfo(path).fileName()));

        const XlsxBook book = readXlsx(path);
        INFO(book.error.toStdString());
        REQUIRE(book.error.isEmpty());
        QStringList names;
        for (const XlsxSheet& s : book.sheets)
            names.append(s.name);
        CHECK(names
            == QStringList { text(l, "Transactions"), text(l, "By day"), text(l, "By location"),
                text(l, "By payment method"), text(l, "About this export") });
        const XlsxSheet* sheet = book.sheet(text(l, "Transactions"));
        REQUIRE(sheet);
        CHECK(sheet->frozenRows == 1);
        CHECK(sheet->autoFilter == QStringLiteral("A1:R%1").arg(expected.size() + 1));
        REQUIRE(sheet->rowCount() == expected.size() + 1);
        for (int col = 0; col < 18; ++col) {
            CHECK(sheet->widths.value(col) >= 8);
            CHECK(sheet->cell(0, col).isString());
        }
        // One zone per location here: the header says "local time of each location".
        const int when = columnStarting(*sheet, text(l, "Date and time (%1)").section(QLatin1Char('('), 0, 0));
        REQUIRE(when == 0);
        CHECK(sheet->cell(0, when).text == text(l, "Date and time (%1)").arg(text(l, "local time of each location")));
        const int location = column(*sheet, text(l, "Location")), terminal = column(*sheet, text(l, "Terminal")),
                  period = column(*sheet, text(l, "Period")), type = column(*sheet, text(l, "Type")),
                  method = column(*sheet, text(l, "Payment method")), issuer = column(*sheet, text(l, "Issuer")),
                  status = column(*sheet, text(l, "Status")), origin = column(*sheet, text(l, "Status set")),
                  setBy = column(*sheet, text(l, "Set by")), setAt = column(*sheet, text(l, "Set at")),
                  amount = column(*sheet, text(l, "Amount")), currency = column(*sheet, text(l, "Currency")),
                  card = column(*sheet, text(l, "Card number")), auth = column(*sheet, text(l, "Authorisation code")),
                  reference = column(*sheet, text(l, "Reference")), processor = column(*sheet, text(l, "Processor")),
                  id = column(*sheet, text(l, "Transaction ID"));
        for (int c2 : { location, terminal, period, type, method, issuer, status, origin, setBy, setAt, amount,
                 currency, card, auth, reference, processor, id })
            REQUIRE(c2 > 0);

        std::map<std::pair<QString, QString>, Figures> byDay, byLocation, byMethod;
        std::map<QString, Figures> totals;
        for (int i = 0; i < expected.size(); ++i) {
            const Transaction& t = expected[i];
            const int row = i + 1;
            INFO("row " << row + 1 << " " << t.id.toStdString());
            const XlsxCell& time = sheet->cell(row, when);
            REQUIRE(time.isDate());
            const QDateTime local = t.createdAt.toTimeZone(zoneOf(t.locationId));
            CHECK(std::abs(time.number - excelSerial(local)) < 0.5 / 86400);
            CHECK(sheet->cell(row, location).text == locationName(t.locationId));
            CHECK(sheet->cell(row, terminal).text == terminalName(t.terminalId));
            REQUIRE(sheet->cell(row, period).isNumber());
            CHECK(int(sheet->cell(row, period).number) == PeriodRepository(*c).get(t.periodId)->sequence);
            CHECK(sheet->cell(row, type).text == typeName(t.type, l));
            CHECK(sheet->cell(row, method).text == methodName(t.method, l));
            CHECK(sheet->cell(row, issuer).text == t.issuer);
            CHECK(sheet->cell(row, status).text == statusName(t.status, l));
            CHECK(sheet->cell(row, origin).text == originName(t.statusOrigin, l));
            CHECK(sheet->cell(row, setBy).text == t.manualStatusBy);
            if (t.manualStatusAt.isValid()) {
                REQUIRE(sheet->cell(row, setAt).isDate());
                CHECK(std::abs(sheet->cell(row, setAt).number
                          - excelSerial(t.manualStatusAt.toTimeZone(zoneOf(t.locationId))))
                    < 0.5 / 86400);
            } else {
                CHECK(sheet->cell(row, setAt).type == XlsxCell::Type::Empty);
            }
            const XlsxCell& money = sheet->cell(row, amount);
            REQUIRE(money.isNumber()); // never text
            CHECK_FALSE(money.isDate());
            CHECK(money.minor() == t.amount.minor());
            CHECK(currencyOfFormat(money.numberFormat) == t.amount.currency().code());
            CHECK(sheet->cell(row, currency).text == t.amount.currency().code());
            CHECK(sheet->cell(row, card).text == t.maskedCardNumber);
            CHECK(sheet->cell(row, auth).text == t.authorisationCode);
            CHECK(sheet->cell(row, reference).text == t.reference); // ; " line breaks, é ç and = intact
            CHECK(sheet->cell(row, processor).text == t.processor);
            CHECK(sheet->cell(row, id).text == t.id);

            // What the summaries must say, from the rows as read.
            const QString cur = currencyOfFormat(money.numberFormat);
            const bool success = sheet->cell(row, status).text == statusName(TransactionStatus::Success, l);
            const QDate day = QDate(1899, 12, 30).addDays(qint64(std::floor(time.number)));
            CHECK(day == t.businessDay); // a business day is the local date
            addTo(byDay[{ day.toString(Qt::ISODate), cur }], success, money.minor());
            addTo(byLocation[{ sheet->cell(row, location).text, cur }], success, money.minor());
            addTo(byMethod[{ sheet->cell(row, method).text, cur }], success, money.minor());
            addTo(totals[cur], success, money.minor());
        }
        const QString totalText = text(l, "Total");
        const auto compare = [&](const char* name, const std::map<std::pair<QString, QString>, Figures>& want) {
            INFO(name);
            const XlsxSheet* s = book.sheet(text(l, name));
            REQUIRE(s);
            CHECK(s->frozenRows == 1);
            const ReadSummary got = readSummary(*s, totalText);
            CHECK(got.lines == want);
            CHECK(got.totals == totals);
        };
        compare("By day", byDay);
        compare("By location", byLocation);
        compare("By payment method", byMethod);
        // The figures checked by hand: € five successful: sales 12.34 + 45.67 + 8.00 + 9.90, a refund of 5.00.
        CHECK(totals[QStringLiteral("EUR")] == Figures { 13, 5, 1234 + 4567 + 800 + 990, -500 });
        CHECK(totals[QStringLiteral("USD")] == Figures { 2, 2, 1500, -250 });

        // The same totals as the rollup's (what `comptoir-cli summary` prints).
        for (const SummaryLine& line : totalsFromRollup(*c, {})) {
            INFO(line.currency.toStdString());
            const Figures& f = totals[line.currency];
            CHECK(line.figures.count == f.count);
            CHECK(line.figures.successCount == f.success);
            CHECK(line.figures.salesMinor == f.sales);
            CHECK(line.figures.refundsMinor == f.refunds);
        }

        CHECK(book.properties.value(QStringLiteral("creator")) == QStringLiteral("tine.desmet@desmet-boekhouding.be"));
        CHECK(book.properties.value(QStringLiteral("title"))
                  .startsWith(text(l, "Transactions, %1").section(QLatin1Char('%'), 0, 0)));
        CHECK(book.properties.value(QStringLiteral("company")) == QStringLiteral("Pâtisserie Van Damme SRL"));
        const QDateTime created = QDateTime::fromString(book.properties.value(QStringLiteral("created")), Qt::ISODate);
        CHECK(std::abs(created.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        const XlsxSheet* about = book.sheet(text(l, "About this export"));
        REQUIRE(about);
        CHECK(about->cell(0, 0).text == text(l, "Merchant"));
        CHECK(about->cell(0, 1).text == QStringLiteral("Pâtisserie Van Damme SRL (BE0123456789)"));
    }
}

TEST_CASE("Export: one time zone is named in the date header; a single location's rows only")
{
    ExportCache c;
    QTemporaryDir out;
    TransactionFilter gent;
    gent.locationIds = { kLocations[0] };
    gent.from = QDate(2026, 3, 2);
    gent.to = QDate(2026, 3, 3);
    const QString path = out.filePath(QStringLiteral("gent.xlsx"));
    const ExportResult r = exportTo(*c, path, ExportFormat::Xlsx, Language::En, gent);
    REQUIRE(r.ok());
    const XlsxBook book = readXlsx(path);
    REQUIRE(book.error.isEmpty());
    const XlsxSheet& sheet = book.sheets.first();
    CHECK(sheet.cell(0, 0).text == QStringLiteral("Date and time (Europe/Brussels)"));
    int rows = 0;
    for (const Transaction& t : c.transactions)
        rows += t.locationId == kLocations[0] && t.businessDay <= QDate(2026, 3, 3);
    CHECK(sheet.rowCount() == rows + 1);
    CHECK(r.transactions == rows);
}

TEST_CASE("Export: rows beyond what a sheet holds continue on the next sheet; summaries cover all of them")
{
    ExportCache c;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("split.xlsx"));
    const ExportResult r = exportTo(*c, path, ExportFormat::Xlsx, Language::En, {}, {}, {}, 6);
    REQUIRE(r.ok());
    const XlsxBook book = readXlsx(path);
    REQUIRE(book.error.isEmpty());
    REQUIRE(book.sheets.size() == 3 + 4);
    CHECK(book.sheets[0].name == QStringLiteral("Transactions"));
    CHECK(book.sheets[1].name == QStringLiteral("Transactions 2"));
    CHECK(book.sheets[2].name == QStringLiteral("Transactions 3"));
    QStringList ids;
    for (int s = 0; s < 3; ++s) {
        CHECK(book.sheets[s].cell(0, 0).text.startsWith(QStringLiteral("Date and time")));
        CHECK(book.sheets[s].frozenRows == 1);
        for (int row = 1; row < book.sheets[s].rowCount(); ++row)
            ids.append(book.sheets[s].cell(row, 17).text);
    }
    CHECK(book.sheets[0].rowCount() == 7);
    CHECK(book.sheets[2].rowCount() == 1 + 15 - 12);
    QStringList want;
    for (const Transaction& t : inFileOrder(c.transactions))
        want.append(t.id);
    CHECK(ids == want);
    const ReadSummary day = readSummary(*book.sheet(QStringLiteral("By day")), QStringLiteral("Total"));
    CHECK(day.totals.at(QStringLiteral("EUR")).count == 13);
}

TEST_CASE("Export: CSV per language — BOM, separator, decimal mark, RFC 4180 quoting, accents intact")
{
    ExportCache c;
    QTemporaryDir out;
    const QList<Transaction> expected = inFileOrder(c.transactions);
    struct Case {
        Language language;
        CsvOptions options;
        QChar separator;
        QChar decimal;
        bool iso;
    };
    const Case cases[] = {
        { Language::Nl, {}, QLatin1Char(';'), QLatin1Char(','), false },
        { Language::Fr, {}, QLatin1Char(';'), QLatin1Char(','), false },
        { Language::En, {}, QLatin1Char(','), QLatin1Char('.'), false },
        { Language::Nl, { QLatin1Char(','), QLatin1Char('.'), true }, QLatin1Char(','), QLatin1Char('.'), true },
        { Language::En, { QLatin1Char('\t'), QLatin1Char(','), false }, QLatin1Char('\t'), QLatin1Char(','), false },
    };
    int n = 0;
    for (const Case& k : cases) {
        INFO("case " << n << " " << toCode(k.language).toStdString());
        const QString path = out.filePath(QStringLiteral("export-%1.csv").arg(n++));
        const ExportResult r = exportTo(*c, path, ExportFormat::Csv, k.language, {}, k.options);
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
        const QByteArray bytes = bytesOf(path);
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const QString content = QString::fromUtf8(bytes.mid(3));
        CHECK(content.toUtf8() == bytes.mid(3)); // valid UTF-8 throughout
        QString problem;
        const QList<QStringList> records = parseCsv(content, k.separator, &problem);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        REQUIRE(records.size() == expected.size() + 1);
        const QStringList& header = records.first();
        REQUIRE(header.size() == 18);
        CHECK(header[0].startsWith(text(k.language, "Date and time (%1)").section(QLatin1Char('('), 0, 0)));
        const int status = int(header.indexOf(text(k.language, "Status")));
        const int amount = int(header.indexOf(text(k.language, "Amount")));
        const int reference = int(header.indexOf(text(k.language, "Reference")));
        const int setBy = int(header.indexOf(text(k.language, "Set by")));
        const int setAt = int(header.indexOf(text(k.language, "Set at")));
        const int id = int(header.indexOf(text(k.language, "Transaction ID")));
        const int period = int(header.indexOf(text(k.language, "Period")));
        REQUIRE(std::min({ status, amount, reference, setBy, setAt, id, period }) > 0);
        for (int i = 0; i < expected.size(); ++i) {
            const Transaction& t = expected[i];
            const QStringList& f = records[i + 1];
            INFO(t.id.toStdString());
            REQUIRE(f.size() == 18);
            const QDateTime local = t.createdAt.toTimeZone(zoneOf(t.locationId));
            CHECK(f[0]
                == local.toString(
                    k.iso ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("dd/MM/yyyy HH:mm:ss")));
            CHECK(f[status] == statusName(t.status, k.language));
            CHECK(f[amount] == amountText(t.amount.minor(), k.decimal));
            CHECK(f[setBy] == t.manualStatusBy);
            CHECK(f[setAt]
                == (t.manualStatusAt.isValid() ? t.manualStatusAt.toTimeZone(zoneOf(t.locationId))
                                                     .toString(k.iso ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                     : QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                                               : QString()));
            // A spreadsheet would run "=…" as a formula: it gets an apostrophe in front.
            CHECK(f[reference]
                == (t.reference.startsWith(QLatin1Char('=')) ? QLatin1Char('\'') + t.reference : t.reference));
            CHECK(f[id] == t.id);
            CHECK(f[period].toInt() > 100);
        }
        CHECK(content.contains(QStringLiteral("\"Ticket 1; \"\"vers\"\" brood\nregel 2 — é ç\"")));
        CHECK(content.contains(kAnais));
        CHECK(content.contains(kFrancois));
    }
}

TEST_CASE("Export: a Dutch merchant's dates are written day-month-year with dashes")
{
    ExportCache c;
    AccountRepository(*c).setMerchant(
        { QStringLiteral("m-1"), QStringLiteral("Bakkerij Jansen BV"), QStringLiteral("NL"), {} });
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("nl.csv"));
    REQUIRE(exportTo(*c, path, ExportFormat::Csv, Language::Nl).ok());
    QString problem;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytesOf(path).mid(3)), QLatin1Char(';'), &problem);
    REQUIRE(records.size() > 1);
    CHECK(records[1][0] == QStringLiteral("02-03-2026 09:15:30"));
    const QString xlsx = out.filePath(QStringLiteral("nl.xlsx"));
    REQUIRE(exportTo(*c, xlsx, ExportFormat::Xlsx, Language::Nl).ok());
    const XlsxBook book = readXlsx(xlsx);
    REQUIRE(book.error.isEmpty());
    CHECK(book.sheets.first().cell(1, 0).numberFormat == QStringLiteral("dd-mm-yyyy hh:mm:ss"));
}

TEST_CASE("Export: CSV options that cannot work are refused before anything is written")
{
    ExportCache c;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("x.csv"));
    for (const CsvOptions& o : { CsvOptions { QLatin1Char(','), QLatin1Char(','), false },
             CsvOptions { QLatin1Char('"'), {}, false }, CsvOptions { QLatin1Char('a'), {}, false } }) {
        const ExportResult r = exportTo(*c, path, ExportFormat::Csv, Language::En, {}, o);
        CHECK(r.outcome == ExportResult::Outcome::Failed);
        CHECK(r.message.contains(QStringLiteral("separator")));
        CHECK(filesIn(out.path()).isEmpty());
    }
}

TEST_CASE("Export: a cancelled export leaves nothing behind and an existing file untouched")
{
    ExportCache c;
    c.addRandom(4000);
    for (ExportFormat format : { ExportFormat::Xlsx, ExportFormat::Csv }) {
        INFO("format " << int(format));
        QTemporaryDir out;
        const QString path
            = out.filePath(format == ExportFormat::Csv ? QStringLiteral("t.csv") : QStringLiteral("t.xlsx"));
        for (const qint64 stopAt : { qint64(0), qint64(2000), qint64(4015) }) {
            INFO("stop at " << stopAt);
            ExportRequest req;
            req.format = format;
            req.language = Language::Fr;
            req.outputPath = path;
            qint64 calls = 0;
            const ExportResult r = TransactionExport::run(*c, req, [&](qint64 done, qint64 total) {
                ++calls;
                CHECK(total == 4015);
                return done < stopAt;
            });
            CHECK(r.outcome == ExportResult::Outcome::Cancelled);
            CHECK(calls >= 1);
            CHECK(filesIn(out.path()).isEmpty());
        }
        // An earlier file of that name stays as it was.
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("the bookkeeper's earlier export");
        }
        ExportRequest req;
        req.format = format;
        req.outputPath = path;
        const ExportResult r = TransactionExport::run(*c, req, [](qint64 done, qint64) { return done < 3000; });
        CHECK(r.outcome == ExportResult::Outcome::Cancelled);
        CHECK(bytesOf(path) == QByteArray("the bookkeeper's earlier export"));
        CHECK(filesIn(out.path()) == QStringList { QFileInfo(path).fileName() });
        // Not cancelled, it is replaced whole.
        const ExportResult done = TransactionExport::run(*c, req);
        REQUIRE(done.ok());
        CHECK(bytesOf(path) != QByteArray("the bookkeeper's earlier export"));
        CHECK(filesIn(out.path()) == QStringList { QFileInfo(path).fileName() });
    }
}

TEST_CASE("Export: bad destinations and empty selections say so and write nothing")
{
    ExportCache c;
    QTemporaryDir out;
    const ExportResult missing
        = exportTo(*c, out.filePath(QStringLiteral("nowhere/t.xlsx")), ExportFormat::Xlsx, Language::En);
    CHECK(missing.outcome == ExportResult::Outcome::Failed);
    CHECK(missing.message.contains(QStringLiteral("does not exist")));
    const ExportResult folder = exportTo(*c, out.path(), ExportFormat::Csv, Language::En);
    CHECK(folder.outcome == ExportResult::Outcome::Failed);
    CHECK(folder.message.contains(QStringLiteral("is a folder")));
    {
        QFile f(out.filePath(QStringLiteral("plain-file")));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const ExportResult underFile
        = exportTo(*c, out.filePath(QStringLiteral("plain-file/t.csv")), ExportFormat::Csv, Language::En);
    CHECK(underFile.outcome == ExportResult::Outcome::Failed);
    TransactionFilter none;
    none.from = QDate(2025, 1, 1);
    none.to = QDate(2025, 1, 31);
    const ExportResult empty
        = exportTo(*c, out.filePath(QStringLiteral("empty.xlsx")), ExportFormat::Xlsx, Language::En, none);
    CHECK(empty.outcome == ExportResult::Outcome::Empty);
    CHECK(empty.message.contains(QStringLiteral("No transactions")));
    CHECK(filesIn(out.path()) == QStringList { QStringLiteral("plain-file") });
}

namespace {

// Every row of every file a profile wrote: id, entry, amount sent (signed), success.
struct SentRow {
    QString id;
    QString entry;
    qint64 minor;
    bool success;
    int corrects;
};

QList<SentRow> readProfileExport(const QString& path)
{
    const XlsxBook book = readXlsx(path);
    REQUIRE(book.error.isEmpty());
    const XlsxSheet& s = book.sheets.first();
    REQUIRE(s.cell(0, 0).text == QStringLiteral("Entry"));
    REQUIRE(s.cell(0, 1).text == QStringLiteral("Corrects export"));
    const int status = column(s, QStringLiteral("Status")), amount = column(s, QStringLiteral("Amount")),
              id = column(s, QStringLiteral("Transaction ID"));
    QList<SentRow> out;
    for (int r = 1; r < s.rowCount(); ++r) {
        REQUIRE(s.cell(r, amount).isNumber());
        out.append({ s.cell(r, id).text, s.cell(r, 0).text, s.cell(r, amount).minor(),
            s.cell(r, status).text == QStringLiteral("Success"), int(s.cell(r, 1).number) });
    }
    return out;
}

} // namespace

TEST_CASE("Export profiles: only what is new or changed, corrections as reversal + corrected, never twice")
{
    ExportCache c;
    c.addRandom(1500);
    ExportProfileRepository profiles(*c);
    ExportProfile p;
    p.name = QStringLiteral("Boekhouding Desmet");
    p.format = ExportFormat::Xlsx;
    p.language = Language::En;
    p.incremental = true;
    REQUIRE_FALSE(profiles.save(p));
    QTemporaryDir out;
    const QStringList everywhere = kLocations + QStringList { kBonaire };
    const TransactionFilter scope = TransactionExport::profileFilter(p, everywhere);

    const auto run = [&](int number) {
        ExportRequest req;
        req.filter = scope;
        req.format = ExportFormat::Xlsx;
        req.language = Language::En;
        req.profileId = p.id;
        req.outputPath = out.filePath(TransactionExport::suggestedFileName(p, number, QDate(2026, 3, 31)));
        return TransactionExport::run(*c, req);
    };
    std::map<QString, qint64> booked; // per transaction: the successful amount booked so far
    const auto book = [&](const QString& path) {
        for (const SentRow& r : readProfileExport(path))
            if (r.success)
                booked[r.id] += r.minor;
        return readProfileExport(path);
    };
    const auto turnoverNow = [&] {
        std::map<QString, qint64> now;
        for (const Transaction& t : c.transactions)
            if (t.status == TransactionStatus::Success)
                now[t.id] = t.amount.minor();
        return now;
    };
    const auto bookedNonZero = [&] {
        std::map<QString, qint64> out2;
        for (const auto& [id, v] : booked)
            if (v != 0)
                out2[id] = v;
        return out2;
    };

    // 1: everything, each transaction once, all "New".
    const ExportResult first = run(1);
    INFO(first.message.toStdString());
    REQUIRE(first.ok());
    CHECK(first.exportNumber == 1);
    CHECK(first.newCount == c.transactions.size());
    CHECK(first.changedCount == 0);
    const QList<SentRow> rows1 = book(first.path);
    CHECK(rows1.size() == c.transactions.size());
    std::set<QString> seen;
    for (const SentRow& r : rows1) {
        CHECK(r.entry == QStringLiteral("New"));
        CHECK(seen.insert(r.id).second);
    }
    CHECK(bookedNonZero() == turnoverNow());
    CHECK(profiles.sentCount(p.id) == c.transactions.size());

    // 2: nothing happened: nothing to write, and no run is recorded.
    const ExportResult second = run(2);
    CHECK(second.outcome == ExportResult::Outcome::Empty);
    CHECK_FALSE(QFile::exists(out.filePath(TransactionExport::suggestedFileName(p, 2, QDate(2026, 3, 31)))));
    CHECK(profiles.runs(p.id).size() == 1);

    // Meanwhile: new transactions, a manual status set locally, a chargeback and a refund from
    // the portal (newer versions), and an unchanged version bump.
    Transaction fresh = c.transactions.first();
    fresh.id = QStringLiteral("tx-new-1");
    fresh.createdAt = fresh.createdAt.addSecs(60);
    fresh.status = TransactionStatus::Success;
    c.add(fresh);
    Transaction fresh2 = fresh;
    fresh2.id = QStringLiteral("tx-new-2");
    fresh2.amount = Money::eur(-999);
    c.add(fresh2);
    AuditLog audit(*c);
    REQUIRE_FALSE(TransactionRepository(*c).setManualStatus(
        QStringLiteral("tx-006"), TransactionStatus::Success, kAnais, QDateTime::currentDateTimeUtc(), audit));
    c.transactions[int(std::find_if(c.transactions.begin(), c.transactions.end(),
                           [](const Transaction& t) { return t.id == QLatin1String("tx-006"); })
        - c.transactions.begin())]
        = *TransactionRepository(*c).get(QStringLiteral("tx-006"));
    Transaction charged = *TransactionRepository(*c).get(QStringLiteral("tx-004"));
    charged.status = TransactionStatus::Chargeback;
    charged.version = 3;
    c.add(charged);
    Transaction refunded = *TransactionRepository(*c).get(QStringLiteral("tx-001"));
    refunded.status = TransactionStatus::Refunded;
    refunded.version = 2;
    c.add(refunded);
    Transaction bumped = *TransactionRepository(*c).get(QStringLiteral("tx-003"));
    bumped.version = 5; // a newer version with the same values: nothing for the books
    c.add(bumped);

    // A cancelled run records nothing.
    {
        ExportRequest req;
        req.filter = scope;
        req.profileId = p.id;
        req.language = Language::En;
        req.outputPath = out.filePath(QStringLiteral("cancelled.xlsx"));
        CHECK(TransactionExport::run(*c, req, [](qint64, qint64) { return false; }).outcome
            == ExportResult::Outcome::Cancelled);
        CHECK(profiles.runs(p.id).size() == 1);
        CHECK_FALSE(QFile::exists(req.outputPath));
    }

    // 3: the two new ones, and the three changed ones as reversal + corrected.
    const ExportResult third = run(2);
    INFO(third.message.toStdString());
    REQUIRE(third.ok());
    CHECK(third.exportNumber == 2);
    CHECK(third.newCount == 2);
    CHECK(third.changedCount == 3);
    const QList<SentRow> rows3 = book(third.path);
    REQUIRE(rows3.size() == 2 + 3 * 2);
    std::map<QString, QStringList> entries;
    for (const SentRow& r : rows3) {
        entries[r.id].append(r.entry);
        if (r.entry != QLatin1String("New"))
            CHECK(r.corrects == 1);
    }
    CHECK(entries[QStringLiteral("tx-new-1")] == QStringList { QStringLiteral("New") });
    CHECK(
        entries[QStringLiteral("tx-006")] == (QStringList { QStringLiteral("Reversal"), QStringLiteral("Corrected") }));
    CHECK(
        entries[QStringLiteral("tx-004")] == (QStringList { QStringLiteral("Reversal"), QStringLiteral("Corrected") }));
    CHECK(
        entries[QStringLiteral("tx-001")] == (QStringList { QStringLiteral("Reversal"), QStringLiteral("Corrected") }));
    CHECK_FALSE(entries.count(QStringLiteral("tx-003")));
    // Booking every row of every export gives today's turnover: nothing twice, nothing missed.
    CHECK(bookedNonZero() == turnoverNow());
    // The summary of the corrections export is the change in turnover.
    const XlsxBook workbook = readXlsx(third.path);
    const ReadSummary summary = readSummary(*workbook.sheet(QStringLiteral("By location")), QStringLiteral("Total"));
    CHECK(summary.totals.at(QStringLiteral("EUR")).sales == 2000 + fresh.amount.minor() - 4567 - 1234);

    // 4: again nothing.
    CHECK(run(3).outcome == ExportResult::Outcome::Empty);
    const QList<ExportRun> runs = profiles.runs(p.id);
    REQUIRE(runs.size() == 2);
    CHECK(runs[1].number == 2);
    CHECK(runs[1].newRows == 2);
    CHECK(runs[1].changedRows == 3);
    CHECK(runs[1].rows == 8);
}

TEST_CASE("Export profiles: a profile's locations, and one no longer permitted is left out")
{
    ExportProfile p;
    p.locationIds = { kLocations[1], kBonaire };
    p.since = QDate(2026, 3, 3);
    const TransactionFilter f = TransactionExport::profileFilter(p, { kLocations[0], kLocations[1] });
    CHECK(f.locationIds == QStringList { kLocations[1] });
    CHECK(f.from == QDate(2026, 3, 3));
    p.locationIds = { kBonaire };
    ExportCache c;
    QTemporaryDir out;
    const ExportResult r = exportTo(*c, out.filePath(QStringLiteral("none.xlsx")), ExportFormat::Xlsx, Language::En,
        TransactionExport::profileFilter(p, { kLocations[0] }));
    CHECK(r.outcome == ExportResult::Outcome::Empty);
    ExportProfile named;
    named.name = QStringLiteral("Maand: Gent/Namen");
    named.format = ExportFormat::Csv;
    CHECK(TransactionExport::suggestedFileName(named, 7, QDate(2026, 4, 1))
        == QStringLiteral("Maand- Gent-Namen 7 2026-04-01.csv"));
}
