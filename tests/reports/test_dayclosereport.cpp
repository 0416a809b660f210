// The day-close PDF, read back as a user's tools would: pdftotext and pdfinfo (poppler).
#include "core/enums.h"
#include "core/money.h"
#include "reports/dayclosereport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <random>
#include <thread>

using namespace comptoir;

namespace {

// ---- Reading a PDF back ---------------------------------------------------------------

QString runPoppler(const QString& tool, const QStringList& arguments, const QByteArray& pdf)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
    file.close();
    QProcess process;
    process.start(tool, QStringList(arguments) << path << QStringLiteral("-"));
    INFO(tool.toStdString() << " must be installed (poppler-utils)");
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the PDF, one string per line as laid out on the page.
QString pdfText(const QByteArray& pdf)
{
    return runPoppler(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8") }, pdf);
}

QString pdfInfo(const QByteArray& pdf, const QString& field)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression re(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)), QRegularExpression::MultilineOption);
    const auto match = re.match(out);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// Every kind of space (no-break U+00A0, narrow no-break U+202F, runs of spaces from the
// layout) becomes one ordinary space, so that formatted amounts compare as text.
QString normalised(QString s)
{
    for (QChar& c : s)
        if (c.isSpace() && c != QLatin1Char('\n'))
            c = QLatin1Char(' ');
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    s.replace(spaces, QStringLiteral(" "));
    return s;
}

// Lines of the normalised text that contain `needle`.
QStringList linesWith(const QString& text, const QString& needle)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.contains(needle))
            out.append(line);
    return out;
}

bool lineHas(const QString& text, const QString& needle, const QStringList& alsoOnLine)
{
    for (const QString& line : linesWith(text, needle)) {
        bool all = true;
        for (const QString& other : alsoOnLine)
            all = all && line.contains(other);
        if (all)
            return true;
    }
    return false;
}

MoneyLocale moneyLocale(Language l)
{
    switch (l) {
    case Language::Nl:
        return MoneyLocale::NlBE;
    case Language::Fr:
        return MoneyLocale::FrBE;
    case Language::En:
        break;
    }
    return MoneyLocale::En;
}

QString eur(std::int64_t cents, Language l)
{
    return normalised(Money::eur(cents).format(moneyLocale(l)));
}

// The embedded translation of a report text, or the source when it has none yet.
QString translated(Language l, const char* context, const char* source)
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/comptoir_") + toCode(l)));
    const QString t = translator.translate(context, source);
    return t.isEmpty() ? QString::fromUtf8(source) : t;
}

bool hasTranslation(Language l, const char* context, const char* source)
{
    QTranslator translator;
    return translator.load(QStringLiteral(":/i18n/comptoir_") + toCode(l))
        && !translator.translate(context, source).isEmpty();
}

// ---- Hand-made period data ------------------------------------------------------------

QDateTime utc(int h, int m)
{
    return QDateTime(QDate(2026, 3, 2), QTime(h, m), Qt::UTC);
}

DayCloseData sampleSite()
{
    DayCloseData d;
    d.merchant = { QStringLiteral("m-1"), QStringLiteral("Pâtisserie Van Damme SRL"), QStringLiteral("BE"),
        QStringLiteral("BE0123456789") };
    d.location.id = QStringLiteral("loc-1");
    d.location.name = QStringLiteral("Koffiehuis Gent Centrum"); // "ff": no ligature may hide it
    d.location.street = QStringLiteral("Veldstraat 12");
    d.location.postalCode = QStringLiteral("9000");
    d.location.city = QStringLiteral("Gent");
    d.location.country = QStringLiteral("BE");
    d.location.timeZone = QStringLiteral("Europe/Brussels");
    d.terminal.id = QStringLiteral("term-1");
    d.terminal.name = QStringLiteral("Kassa 1");
    d.terminal.model = QStringLiteral("CCV Duo Base A80-A35");
    d.terminal.serial = QStringLiteral("1853221907");
    d.terminal.locationId = d.location.id;
    d.period.id = QStringLiteral("per-42");
    d.period.terminalId = d.terminal.id;
    d.period.locationId = d.location.id;
    d.period.sequence = 42;
    d.period.openedAt = utc(6, 58); // 07:58 in Brussels
    d.period.closedAt = utc(18, 2); // 19:02
    return d;
}

struct Builder {
    DayCloseData& d;
    int serial = 0;
    Transaction& add(PaymentMethod method, std::int64_t cents, TransactionStatus status = TransactionStatus::Success,
        const QString& issuer = {})
    {
        Transaction t;
        ++serial;
        t.id = QStringLiteral("tx-%1").arg(serial, 4, 10, QLatin1Char('0'));
        t.createdAt = utc(7, 0).addSecs(qint64(serial) * 17 * 60);
        t.businessDay = QDate(2026, 3, 2);
        t.amount = Money::eur(cents);
        t.type = cents < 0 ? TransactionType::Refund : TransactionType::Sale;
        t.method = method;
        t.issuer = issuer;
        t.processor = issuer.isEmpty() ? QStringLiteral("CCV") : issuer;
        t.status = status;
        t.locationId = d.location.id;
        t.terminalId = d.terminal.id;
        t.periodId = d.period.id;
        t.maskedCardNumber = QStringLiteral("**** **** **** %1").arg(1000 + serial);
        t.reference = QStringLiteral("R%1").arg(4200 + serial, 8, 10, QLatin1Char('0'));
        d.transactions.append(t);
        return d.transactions.last();
    }
    Transaction& manual(PaymentMethod method, std::int64_t cents, TransactionStatus status, const QString& who)
    {
        Transaction& t = add(method, cents, status);
        t.statusOrigin = StatusOrigin::Manual;
        t.manualStatusBy = who;
        t.manualStatusAt = t.createdAt.addSecs(9 * 60);
        return t;
    }
};

const QString kAnais = QStringLiteral("Anaïs Dubois");
const QString kJerome = QStringLiteral("Jérôme Lefèvre");

// 36 transactions. Turnover: 22 sales € 2,009.47, 2 refunds -€ 79.00, net € 1,930.47.
DayCloseData samplePeriod()
{
    DayCloseData d = sampleSite();
    Builder b { d };
    using M = PaymentMethod;
    using S = TransactionStatus;
    for (std::int64_t c : { 1250, 2380, 720, 4500, 310, 12000 })
        b.add(M::Bancontact, c);
    b.add(M::Bancontact, -1500);
    b.add(M::Maestro, 840);
    b.add(M::Maestro, 1999);
    for (std::int64_t c : { 6400, 125000, 3333 })
        b.add(M::Visa, c);
    b.add(M::Visa, -6400);
    b.add(M::Mastercard, 2745);
    b.add(M::Mastercard, 995);
    b.add(M::Payconiq, 450);
    b.add(M::MealVoucher, 800, S::Success, QStringLiteral("Pluxee"));
    b.add(M::MealVoucher, 1600, S::Success, QStringLiteral("Pluxee"));
    b.add(M::MealVoucher, 1040, S::Success, QStringLiteral("Edenred"));
    b.add(M::EcoVoucher, 2500, S::Success, QStringLiteral("Monizze"));
    b.add(M::AmericanExpress, 21000);
    b.add(M::GiftCard, 5000);
    // Set by hand: two successes (in the turnover), one failure.
    b.manual(M::Bancontact, 1875, S::Success, kAnais);
    b.manual(M::Visa, 4210, S::Success, kJerome);
    b.manual(M::Mastercard, 1500, S::Failed, kAnais);
    // Not in the turnover.
    b.add(M::Bancontact, 990, S::Failed);
    b.add(M::VPay, 1200, S::Failed);
    b.add(M::MealVoucher, 2200, S::Declined, QStringLiteral("Edenred"));
    b.add(M::Visa, 8000, S::Declined);
    b.add(M::Maestro, 500, S::Declined);
    b.add(M::Bancontact, 1400, S::Cancelled);
    b.add(M::Payconiq, 650, S::Cancelled);
    b.add(M::Bancontact, 3120, S::ManualIntervention);
    b.add(M::Mastercard, 1785, S::ManualIntervention);
    b.add(M::Visa, 5500, S::Refunded);
    b.add(M::Other, 300, S::Processing);
    return d;
}

// A busy day in a shop: `count` transactions, `manual` of them with a status set by hand,
// `unresolved` waiting for a decision.
DayCloseData busyPeriod(int count, int manual, int unresolved)
{
    DayCloseData d = sampleSite();
    std::mt19937 rng(42);
    const PaymentMethod methods[]
        = { PaymentMethod::Bancontact, PaymentMethod::Bancontact, PaymentMethod::Bancontact, PaymentMethod::Maestro,
              PaymentMethod::Visa, PaymentMethod::Mastercard, PaymentMethod::Payconiq, PaymentMethod::MealVoucher };
    const QString issuers[] = { QStringLiteral("Pluxee"), QStringLiteral("Edenred"), QStringLiteral("Monizze") };
    const QString people[] = { kAnais, kJerome, QStringLiteral("lotte.vandamme@patisserie-vandamme.be") };
    const qint64 span = d.period.openedAt.secsTo(d.period.closedAt);
    for (int i = 0; i < count; ++i) {
        Transaction t;
        t.id = QStringLiteral("tx-%1").arg(i, 6, 10, QLatin1Char('0'));
        t.createdAt = d.period.openedAt.addSecs(span * (i + 1) / (count + 1));
        t.businessDay = QDate(2026, 3, 2);
        t.method = methods[rng() % std::size(methods)];
        if (t.method == PaymentMethod::MealVoucher)
            t.issuer = issuers[rng() % 3];
        t.amount = Money::eur(std::int64_t(150 + rng() % 6000));
        t.status = TransactionStatus::Success;
        const unsigned r = rng() % 100;
        if (r < 2) {
            t.amount = -t.amount;
            t.type = TransactionType::Refund;
        } else if (r < 5) {
            t.status = TransactionStatus::Failed;
        } else if (r < 7) {
            t.status = TransactionStatus::Declined;
        } else if (r < 8) {
            t.status = TransactionStatus::Cancelled;
        }
        // `manual` of the `count` transactions, spread over the day.
        if ((qint64(i) + 1) * manual / count != qint64(i) * manual / count) {
            t.statusOrigin = StatusOrigin::Manual;
            t.status = (rng() % 4) ? TransactionStatus::Success : TransactionStatus::Failed;
            t.manualStatusBy = people[rng() % 3];
            t.manualStatusAt = t.createdAt.addSecs(60 * (3 + rng() % 40));
        } else if ((qint64(i) + 1) * unresolved / count != qint64(i) * unresolved / count) {
            t.status = TransactionStatus::ManualIntervention;
        }
        t.locationId = d.location.id;
        t.terminalId = d.terminal.id;
        t.periodId = d.period.id;
        t.maskedCardNumber = QStringLiteral("**** **** **** %1").arg(rng() % 10000, 4, 10, QLatin1Char('0'));
        t.reference = QStringLiteral("R%1").arg(100000 + i, 8, 10, QLatin1Char('0'));
        d.transactions.append(t);
    }
    return d;
}

} // namespace

TEST_CASE("Day-close report: totals, manual statuses and words in nl, fr and en")
{
    const DayCloseData data = samplePeriod();
    REQUIRE(data.transactions.size() == 36);
    QMap<Language, QString> texts;
    for (Language l : kAllLanguages) {
        INFO("language " << toCode(l).toStdString());
        const QByteArray pdf = DayCloseReport::render(data, l);
        REQUIRE(pdf.startsWith("%PDF-"));
        const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
        CHECK((pages == 1 || pages == 2));
        CHECK(pdfInfo(pdf, QStringLiteral("Creator")) == QLatin1String("Comptoir"));
        CHECK(pdfInfo(pdf, QStringLiteral("Title"))
            == translated(l, "DayCloseReport", "Day close %1 — %2").arg(42).arg(QStringLiteral("Kassa 1")));
        CHECK(pdfInfo(pdf, QStringLiteral("Page size")).endsWith(QLatin1String("(A4)")));

        const QString text = normalised(pdfText(pdf));
        texts.insert(l, text);
        INFO(text.toStdString());

        if (pages > 1)
            CHECK(text.contains(translated(l, "DayCloseReport", "Page %1 of %2").arg(pages).arg(pages)));

        // Header.
        CHECK(text.contains(translated(l, "DayCloseReport", "Day close %1").arg(42)));
        CHECK(text.contains(QStringLiteral("Pâtisserie Van Damme SRL")));
        CHECK(text.contains(QStringLiteral("BE0123456789")));
        CHECK(text.contains(QStringLiteral("Koffiehuis Gent Centrum")));
        CHECK(text.contains(QStringLiteral("Veldstraat 12")));
        CHECK(text.contains(QStringLiteral("9000 Gent")));
        CHECK(text.contains(QStringLiteral("Kassa 1")));
        CHECK(text.contains(QStringLiteral("CCV Duo Base A80-A35")));
        CHECK(text.contains(QStringLiteral("1853221907")));
        CHECK(text.contains(QStringLiteral("07:58"))); // opened, in Brussels time
        CHECK(text.contains(QStringLiteral("19:02"))); // closed

        // Turnover per method: net, and the grand total.
        const QString net = translated(l, "DayCloseReport", "Net turnover");
        CHECK(lineHas(text, QStringLiteral("Bancontact"), { eur(23035, l), eur(-1500, l), eur(21535, l) }));
        CHECK(lineHas(text, QStringLiteral("Visa"), { eur(138943, l), eur(-6400, l), eur(132543, l) }));
        CHECK(lineHas(text, QStringLiteral("Pluxee"), { eur(2400, l) }));
        CHECK(lineHas(text, QStringLiteral("Edenred"), { eur(1040, l) }));
        const QString total = translated(l, "DayCloseReport", "Total");
        CHECK(lineHas(text, total,
            { QStringLiteral(" 22 "), eur(200947, l), QStringLiteral(" 2 "), eur(-7900, l), eur(193047, l) }));
        CHECK(text.contains(net));

        // Not in the turnover: counts and amounts per status.
        const auto status = [l](const char* source) { return translated(l, "Status", source); };
        CHECK(lineHas(text, status("Failed"), { QStringLiteral(" 3 "), eur(3690, l) }));
        CHECK(lineHas(text, status("Declined"), { QStringLiteral(" 3 "), eur(10700, l) }));
        CHECK(lineHas(text, status("Cancelled"), { QStringLiteral(" 2 "), eur(2050, l) }));
        CHECK(lineHas(text, status("Refunded"), { QStringLiteral(" 1 "), eur(5500, l) }));

        // Statuses set by hand, with who set them and when (9 minutes later).
        CHECK(linesWith(text, kAnais).size() == 2);
        CHECK(lineHas(text, kJerome,
            { eur(4210, l), status("Success"), QStringLiteral("R00004224"), translated(l, "PaymentMethod", "Visa") }));
        CHECK(lineHas(text, kAnais, { eur(1500, l), status("Failed") }));
        CHECK(lineHas(text, kAnais, { eur(1875, l), status("Success") }));

        // Waiting for the merchant's decision.
        CHECK(text.contains(translated(l, "DayCloseReport", "Waiting for your decision (%1)").arg(2)));
        CHECK(lineHas(text, QStringLiteral("1033"), { eur(3120, l) }));
        CHECK(lineHas(text, QStringLiteral("1034"), { eur(1785, l) }));
    }

    // The language's own words: core's names are translated already...
    CHECK(texts[Language::Nl].contains(QStringLiteral("Geslaagd")));
    CHECK(texts[Language::Nl].contains(QStringLiteral("Maaltijdcheque")));
    CHECK(texts[Language::Fr].contains(QStringLiteral("Réussi")));
    CHECK(texts[Language::Fr].contains(QStringLiteral("Chèque-repas")));
    CHECK(texts[Language::En].contains(QStringLiteral("Success")));
    CHECK(texts[Language::En].contains(QStringLiteral("Meal voucher")));
    CHECK_FALSE(texts[Language::En].contains(QStringLiteral("Geslaagd")));
    // ...and month names follow the locale.
    CHECK(texts[Language::Nl].contains(QStringLiteral("2 maart 2026")));
    CHECK(texts[Language::Fr].contains(QStringLiteral("2 mars 2026")));
    CHECK(texts[Language::En].contains(QStringLiteral("2 March 2026")));

    // ...and so is the report's title, once the .ts files carry the DayCloseReport context.
    if (hasTranslation(Language::Nl, "DayCloseReport", "Day close %1")
        && hasTranslation(Language::Fr, "DayCloseReport", "Day close %1")) {
        const QString nl = translated(Language::Nl, "DayCloseReport", "Day close %1").arg(42);
        const QString fr = translated(Language::Fr, "DayCloseReport", "Day close %1").arg(42);
        const QString en = QStringLiteral("Day close 42");
        CHECK(nl != en);
        CHECK(fr != en);
        CHECK(nl != fr);
        CHECK(texts[Language::Nl].contains(nl));
        CHECK(texts[Language::Fr].contains(fr));
        CHECK_FALSE(texts[Language::Nl].contains(en));
    } else {
        WARN("comptoir_nl/fr.ts have no DayCloseReport translations yet: the report's own words are English");
    }
}

TEST_CASE("Day-close report: the names it prints are core's display names")
{
    // The report looks up core's enumeration names in its own language; in English (no
    // translator installed in the tests) they must read exactly as displayName() does.
    const QString text = normalised(pdfText(DayCloseReport::render(samplePeriod(), Language::En)));
    for (PaymentMethod m : { PaymentMethod::Bancontact, PaymentMethod::Maestro, PaymentMethod::Visa,
             PaymentMethod::Mastercard, PaymentMethod::Payconiq, PaymentMethod::MealVoucher, PaymentMethod::EcoVoucher,
             PaymentMethod::AmericanExpress, PaymentMethod::GiftCard })
        CHECK(text.contains(displayName(m)));
    for (TransactionStatus s : { TransactionStatus::Success, TransactionStatus::Failed, TransactionStatus::Declined,
             TransactionStatus::Cancelled, TransactionStatus::Refunded, TransactionStatus::Processing,
             TransactionStatus::ManualIntervention })
        CHECK(text.contains(displayName(s)));
}

TEST_CASE("Day-close report: an empty period, still open")
{
    DayCloseData data = sampleSite();
    data.period.closedAt = QDateTime();
    for (Language l : kAllLanguages) {
        const QByteArray pdf = DayCloseReport::render(data, l);
        REQUIRE(pdf.startsWith("%PDF-"));
        CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QLatin1String("1"));
        const QString text = normalised(pdfText(pdf));
        INFO(text.toStdString());
        CHECK(text.contains(translated(l, "DayCloseReport", "No transactions in this period.")));
        CHECK(text.contains(translated(l, "DayCloseReport", "still open")));
        CHECK(text.contains(eur(0, l)));
        CHECK(text.contains(QStringLiteral("Kassa 1")));
        // A single page carries no page number.
        CHECK_FALSE(text.contains(translated(l, "DayCloseReport", "Page %1 of %2").arg(1).arg(1)));
    }
}

TEST_CASE("Day-close report: thousands of statuses set by hand run over numbered pages")
{
    const DayCloseData data = busyPeriod(3000, 3000, 0);
    REQUIRE(std::count_if(data.transactions.begin(), data.transactions.end(), [](const Transaction& t) {
        return t.statusOrigin == StatusOrigin::Manual;
    }) > 2900);
    QElapsedTimer timer;
    timer.start();
    const QByteArray pdf = DayCloseReport::render(data, Language::En);
    WARN("3,000 manual rows rendered in " << timer.elapsed() << " ms, " << pdf.size() / 1024 << " KiB");
    REQUIRE(pdf.startsWith("%PDF-"));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages > 20);
    const QString text = normalised(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.count(QStringLiteral(" (continued)")) == pages - 1);
    // Every manual transaction is listed once: its reference appears exactly once.
    for (int i : { 0, 7, 1500, 2999 }) {
        const Transaction& t = data.transactions.at(i);
        if (t.statusOrigin == StatusOrigin::Manual)
            CHECK(text.count(t.reference) == 1);
    }
}

TEST_CASE("Day-close report: rendered from several threads at once")
{
    // The portal renders reports for several merchants at the same time.
    const DayCloseData data = samplePeriod();
    std::vector<QByteArray> pdfs(6);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < pdfs.size(); ++i)
        threads.emplace_back([&, i] { pdfs[i] = DayCloseReport::render(data, kAllLanguages[i % 3]); });
    for (std::thread& t : threads)
        t.join();
    for (std::size_t i = 0; i < pdfs.size(); ++i) {
        const Language l = kAllLanguages[i % 3];
        REQUIRE(pdfs[i].startsWith("%PDF-"));
        const QString text = normalised(pdfText(pdfs[i]));
        CHECK(lineHas(text, translated(l, "DayCloseReport", "Total"), { eur(193047, l) }));
        CHECK(text.contains(translated(l, "Status", "Success")));
    }
}

// Not run by default: `test_reports "[samples]"` writes realistic reports to the temporary
// folder (dayclose-nl.pdf, …) to look at, and times a typical period.
TEST_CASE("Day-close report: samples and timing", "[.][samples]")
{
    const DayCloseData data = busyPeriod(300, 5, 2);
    QElapsedTimer cold;
    cold.start();
    REQUIRE_FALSE(DayCloseReport::render(data, Language::Nl).isEmpty());
    WARN("first render in this process: " << cold.elapsed() << " ms");
    for (Language l : kAllLanguages) {
        const QString path = QDir::temp().filePath(QStringLiteral("dayclose-%1.pdf").arg(toCode(l)));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(DayCloseReport::render(data, l));
        WARN("wrote " << path.toStdString());
    }
    const auto write = [](const QString& name, const QByteArray& pdf) {
        QFile file(QDir::temp().filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(pdf);
    };
    write(QStringLiteral("dayclose-sample-en.pdf"), DayCloseReport::render(samplePeriod(), Language::En));
    write(QStringLiteral("dayclose-3000-fr.pdf"), DayCloseReport::render(busyPeriod(3000, 3000, 40), Language::Fr));
    DayCloseData open = sampleSite();
    open.period.closedAt = QDateTime();
    open.merchant.name = QStringLiteral("Boulangerie-Pâtisserie Van Damme & Fils, Maître Artisan SRL");
    write(QStringLiteral("dayclose-empty-nl.pdf"), DayCloseReport::render(open, Language::Nl));
    DayCloseData twoDays = samplePeriod(); // no day close on Monday evening
    twoDays.period.closedAt = twoDays.period.closedAt.addDays(1);
    twoDays.transactions.last().statusOrigin = StatusOrigin::Manual;
    twoDays.transactions.last().status = TransactionStatus::Success;
    twoDays.transactions.last().manualStatusBy = kJerome;
    twoDays.transactions.last().manualStatusAt = twoDays.period.closedAt.addSecs(-600);
    write(QStringLiteral("dayclose-twodays-nl.pdf"), DayCloseReport::render(twoDays, Language::Nl));

    constexpr int kRuns = 20;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRuns; ++i)
        REQUIRE_FALSE(DayCloseReport::render(data, Language::Nl).isEmpty());
    WARN("300 transactions, 5 manual: " << double(timer.nsecsElapsed()) / 1e6 / kRuns << " ms per render");
}
