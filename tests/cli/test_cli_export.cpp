// comptoir-cli export, dayclose and summary as a bookkeeper runs them: the files they write
// read back (xlsx with the tests' own reader, the PDF with pdftotext), the figures against
// the cache, and the error table — exit codes and messages on stderr, nothing written.
#include "reports/xlsxreader.h"

#include "store/cachedatabase.h"
#include "store/exportprofilerepository.h"
#include "store/periodrepository.h"
#include "store/transactionrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace comptoir;
using namespace comptoir::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(COMPTOIR_CLI));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// Five days of demo data (four locations, nine terminals, about 250 transactions).
struct Demo {
    QTemporaryDir dir;
    QString cache;
    Demo()
    {
        cache = dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = cli({ QStringLiteral("demo-cache"), QStringLiteral("--out"), cache, QStringLiteral("--days"),
            QStringLiteral("5"), QStringLiteral("--tx-per-day"), QStringLiteral("60"), QStringLiteral("--end"),
            QStringLiteral("2026-06-30") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

QStringList exportArgs(const Demo& d, const QString& out, const QStringList& more = {})
{
    return QStringList { QStringLiteral("export"), QStringLiteral("--cache"), d.cache, QStringLiteral("--from"),
        QStringLiteral("2026-06-26"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--out"),
        out }
    + more;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QString s = QString::fromUtf8(p.readAllStandardOutput());
    for (QChar& c : s)
        if (c.isSpace() && c != QLatin1Char('\n'))
            c = QLatin1Char(' ');
    s.replace(QRegularExpression(QStringLiteral(" {2,}")), QStringLiteral(" "));
    return s;
}

} // namespace

TEST_CASE("comptoir-cli: export, dayclose and summary explain themselves")
{
    const Run help = cli({ QStringLiteral("--help") });
    for (const char* command : { "export", "dayclose", "summary" })
        CHECK(help.out.contains(QLatin1String(command)));
    const struct {
        const char* command;
        QStringList options;
    } commands[] = {
        { "export",
            { QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--location"),
                QStringLiteral("--format"), QStringLiteral("--lang"), QStringLiteral("--out"),
                QStringLiteral("--separator"), QStringLiteral("--iso-dates"), QStringLiteral("--profile") } },
        { "dayclose", { QStringLiteral("--period"), QStringLiteral("--lang"), QStringLiteral("--out") } },
        { "summary",
            { QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--by"), QStringLiteral("--json") } },
    };
    for (const auto& c : commands) {
        INFO(c.command);
        const Run r = cli({ QLatin1String(c.command), QStringLiteral("--help") });
        CHECK(r.exitCode == 0);
        for (const QString& o : c.options)
            CHECK(r.out.contains(o));
        CHECK(r.out.contains(QStringLiteral("--cache")));
    }
}

TEST_CASE("comptoir-cli export: the error table — exit code, message, nothing written")
{
    Demo d;
    const QString out = d.path(QStringLiteral("out/t.xlsx"));
    QDir().mkpath(d.path(QStringLiteral("out")));
    const QString text = d.path(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Geen cache.\n");
    }
    const QString otherDb = d.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(otherDb);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE klanten (naam TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray otherBytes = [&] {
        QFile f(otherDb);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    const QString E = QStringLiteral("export");
    const QString C = QStringLiteral("--cache");
    const struct Case {
        QStringList args;
        int code;
        const char* message;
    } cases[] = {
        { { E }, 2, "--cache" },
        { { E, C, d.cache, QStringLiteral("--from"), QStringLiteral("2026-06-26"), QStringLiteral("--to"),
              QStringLiteral("2026-06-30") },
            2, "--out" },
        { { E, C, d.cache, QStringLiteral("--out"), out }, 2, "--from YYYY-MM-DD and --to" },
        { exportArgs(d, out).replaceInStrings(QStringLiteral("2026-06-26"), QStringLiteral("2026-02-30")), 2,
            "--from must be a date like 2026-06-30, not “2026-02-30”" },
        { exportArgs(d, out).replaceInStrings(QStringLiteral("2026-06-30"), QStringLiteral("30/06/2026")), 2,
            "--to must be a date like" },
        { exportArgs(d, out).replaceInStrings(QStringLiteral("2026-06-26"), QStringLiteral("2026-07-05")), 2,
            "--from 2026-07-05 is after --to 2026-06-30" },
        { exportArgs(d, out, { QStringLiteral("--location"), QStringLiteral("loc-nowhere") }), 2,
            "There is no location “loc-nowhere” in this cache" },
        { exportArgs(d, out, { QStringLiteral("--format"), QStringLiteral("pdf") }), 2,
            "--format must be xlsx or csv" },
        { exportArgs(d, out, { QStringLiteral("--lang"), QStringLiteral("de") }), 2, "--lang must be nl, fr or en" },
        { exportArgs(d, out, { QStringLiteral("--separator"), QStringLiteral(";;") }), 2,
            "--separator is one character" },
        { exportArgs(d, d.path(QStringLiteral("out/t.csv")),
              { QStringLiteral("--separator"), QStringLiteral(","), QStringLiteral("--decimal"), QStringLiteral(",") }),
            5, "two different punctuation characters" },
        { exportArgs(d, out, { QStringLiteral("--profile"), QStringLiteral("Boekhouding") }), 2,
            "There is no export profile “Boekhouding”" },
        // An empty range: days without transactions.
        { exportArgs(d, out)
                .replaceInStrings(QStringLiteral("2026-06-26"), QStringLiteral("2025-01-01"))
                .replaceInStrings(QStringLiteral("2026-06-30"), QStringLiteral("2025-01-31")),
            5, "No transactions from" },
        // Files and folders.
        { exportArgs(d, d.path(QStringLiteral("missing/t.xlsx"))), 5, "does not exist" },
        { exportArgs(d, d.path(QStringLiteral("out"))), 5, "is a folder" },
        { exportArgs(d, text + QStringLiteral("/t.xlsx")), 5, "does not exist" },
        // Caches.
        { { E, C, d.path(QStringLiteral("none.sqlite")), QStringLiteral("--from"), QStringLiteral("2026-06-26"),
              QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--out"), out },
            5, "There is no cache at" },
        { { E, C, text, QStringLiteral("--from"), QStringLiteral("2026-06-26"), QStringLiteral("--to"),
              QStringLiteral("2026-06-30"), QStringLiteral("--out"), out },
            5, "not a Comptoir cache" },
        { { E, C, otherDb, QStringLiteral("--from"), QStringLiteral("2026-06-26"), QStringLiteral("--to"),
              QStringLiteral("2026-06-30"), QStringLiteral("--out"), out },
            5, "not a Comptoir cache" },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(c.args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK(r.out.isEmpty());
        CHECK(filesIn(d.path(QStringLiteral("out"))).isEmpty());
    }
    CHECK_FALSE(QDir(d.path(QStringLiteral("missing"))).exists());
    CHECK_FALSE(QFile::exists(d.path(QStringLiteral("none.sqlite"))));
    QFile f(otherDb);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == otherBytes); // a foreign file is left as it was
}

TEST_CASE("comptoir-cli export and summary give the same figures, and those of the cache")
{
    Demo d;
    const QString xlsx = d.path(QStringLiteral("juni.xlsx"));
    const Run r = cli(exportArgs(d, xlsx, { QStringLiteral("--lang"), QStringLiteral("en") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("transactions exported to")));
    const XlsxBook book = readXlsx(xlsx);
    INFO(book.error.toStdString());
    REQUIRE(book.error.isEmpty());

    const Run json = cli({ QStringLiteral("summary"), QStringLiteral("--cache"), d.cache, QStringLiteral("--from"),
        QStringLiteral("2026-06-26"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--by"),
        QStringLiteral("day"), QStringLiteral("--json") });
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray lines = doc.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 5);

    // The export's By day sheet, line by line.
    const XlsxSheet* byDay = book.sheet(QStringLiteral("By day"));
    REQUIRE(byDay);
    REQUIRE(byDay->rowCount() == 1 + 5 + 1);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject l = lines[i].toObject();
        INFO(l.value(QStringLiteral("day")).toString().toStdString());
        const XlsxCell& day = byDay->cell(i + 1, 0);
        REQUIRE(day.isDate());
        CHECK(QDate(1899, 12, 30).addDays(qint64(day.number)).toString(Qt::ISODate)
            == l.value(QStringLiteral("day")).toString());
        CHECK(qint64(byDay->cell(i + 1, 1).number) == l.value(QStringLiteral("transactions")).toInteger());
        CHECK(qint64(byDay->cell(i + 1, 2).number) == l.value(QStringLiteral("successful")).toInteger());
        CHECK(byDay->cell(i + 1, 3).minor() == l.value(QStringLiteral("sales_minor")).toInteger());
        CHECK(byDay->cell(i + 1, 4).minor() == l.value(QStringLiteral("refunds_minor")).toInteger());
        CHECK(byDay->cell(i + 1, 5).minor() == l.value(QStringLiteral("net_minor")).toInteger());
    }
    // And the cache's own totals.
    auto opened = CacheDatabase::open(d.cache);
    REQUIRE(opened);
    TransactionFilter range;
    range.from = QDate(2026, 6, 26);
    range.to = QDate(2026, 6, 30);
    const TransactionTotals totals = TransactionRepository(*opened.database).totals(range);
    const QJsonObject total = doc.value(QStringLiteral("totals")).toArray().first().toObject();
    CHECK(total.value(QStringLiteral("transactions")).toInteger() == totals.count);
    CHECK(total.value(QStringLiteral("successful")).toInteger() == totals.successCount);
    CHECK(total.value(QStringLiteral("sales_minor")).toInteger() == totals.grossSalesMinor);
    CHECK(total.value(QStringLiteral("net_minor")).toInteger() == totals.netMinor());
    CHECK(total.value(QStringLiteral("net")).toString() == Money::eur(totals.netMinor()).toPlainString());
    const XlsxSheet* tx = book.sheet(QStringLiteral("Transactions"));
    REQUIRE(tx);
    CHECK(tx->rowCount() == totals.count + 1);

    // One location, by name, as a table.
    const Run table = cli({ QStringLiteral("summary"), QStringLiteral("--cache"), d.cache, QStringLiteral("--from"),
        QStringLiteral("2026-06-26"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--by"),
        QStringLiteral("method"), QStringLiteral("--location"), QStringLiteral("café het gouden hoofd") });
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Café Het Gouden Hoofd")));
    CHECK(table.out.contains(QStringLiteral("Bancontact")));
    CHECK(table.out.contains(QStringLiteral("Total")));

    // CSV in French: BOM, semicolons, decimal commas.
    const QString csv = d.path(QStringLiteral("juni.csv"));
    REQUIRE(cli(exportArgs(d, csv, { QStringLiteral("--lang"), QStringLiteral("fr") })).exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString content = QString::fromUtf8(bytes);
    CHECK(content.contains(QStringLiteral(";Réussi;")));
    CHECK(content.contains(QRegularExpression(QStringLiteral(";\\d+,\\d\\d;EUR;"))));
}

TEST_CASE("comptoir-cli summary: the error table")
{
    Demo d;
    const QString S = QStringLiteral("summary");
    const QString C = QStringLiteral("--cache");
    const QString F = QStringLiteral("--from");
    const QString T = QStringLiteral("--to");
    const struct Case {
        QStringList args;
        int code;
        const char* message;
    } cases[] = {
        { { S, C, d.cache }, 2, "--from YYYY-MM-DD and --to" },
        { { S, C, d.cache, F, QStringLiteral("2026-6-1"), T, QStringLiteral("2026-06-30") }, 2,
            "--from must be a date like" },
        { { S, C, d.cache, F, QStringLiteral("2026-06-30"), T, QStringLiteral("2026-06-01") }, 2, "is after --to" },
        { { S, C, d.cache, F, QStringLiteral("2026-06-01"), T, QStringLiteral("2026-06-30"), QStringLiteral("--by"),
              QStringLiteral("week") },
            2, "--by must be day, location or method" },
        { { S, C, d.cache, F, QStringLiteral("2026-06-01"), T, QStringLiteral("2026-06-30"),
              QStringLiteral("--location"), QStringLiteral("Nergens") },
            2, "There is no location “Nergens”" },
        { { S, C, d.cache, F, QStringLiteral("2024-06-01"), T, QStringLiteral("2024-06-30") }, 5,
            "No transactions from" },
        { { S, C, d.path(QStringLiteral("gone.sqlite")), F, QStringLiteral("2026-06-01"), T,
              QStringLiteral("2026-06-30") },
            5, "There is no cache at" },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(c.args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("comptoir-cli dayclose: the PDF of a period from the cache holds its totals")
{
    Demo d;
    auto opened = CacheDatabase::open(d.cache);
    REQUIRE(opened);
    CacheDatabase& cache = *opened.database;
    // The closed period with the most transactions.
    Period best;
    TransactionTotals bestTotals;
    for (const Period& p : PeriodRepository(cache).list()) {
        if (!p.isClosed())
            continue;
        TransactionFilter f;
        f.periodId = p.id;
        const TransactionTotals t = TransactionRepository(cache).totals(f);
        if (t.count > bestTotals.count) {
            best = p;
            bestTotals = t;
        }
    }
    REQUIRE(bestTotals.count > 5);
    const struct {
        const char* lang;
        const char* net;
        MoneyLocale money;
    } languages[] = { { "en", "Net turnover", MoneyLocale::En }, { "nl", "Netto-omzet", MoneyLocale::NlBE },
        { "fr", "Chiffre d’affaires net", MoneyLocale::FrBE } };
    for (const auto& l : languages) {
        INFO(l.lang);
        const QString pdf = d.path(QStringLiteral("dagafsluiting-%1.pdf").arg(QLatin1String(l.lang)));
        const Run r = cli({ QStringLiteral("dayclose"), QStringLiteral("--cache"), d.cache, QStringLiteral("--period"),
            best.id, QStringLiteral("--lang"), QLatin1String(l.lang), QStringLiteral("--out"), pdf });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Wrote the day-close report of period %1").arg(best.sequence)));
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(5) == QByteArray("%PDF-"));
        QString amount = Money::eur(bestTotals.netMinor()).format(l.money);
        for (QChar& c : amount)
            if (c.isSpace())
                c = QLatin1Char(' ');
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(QString::fromUtf8(l.net)));
        CHECK(text.contains(amount));
        // The key figures: net turnover, then the number of transactions at the end of the line.
        CHECK(text.contains(QRegularExpression(
            QRegularExpression::escape(amount) + QStringLiteral(" .* %1\\n").arg(bestTotals.count))));
    }

    const QString pdf = d.path(QStringLiteral("x.pdf"));
    const QString DC = QStringLiteral("dayclose");
    const struct Case {
        QStringList args;
        int code;
        const char* message;
    } cases[] = {
        { { DC, QStringLiteral("--cache"), d.cache, QStringLiteral("--out"), pdf }, 2, "--period ID" },
        { { DC, QStringLiteral("--cache"), d.cache, QStringLiteral("--period"), best.id }, 2, "--out FILE" },
        { { DC, QStringLiteral("--cache"), d.cache, QStringLiteral("--period"), QStringLiteral("per-nope"),
              QStringLiteral("--out"), pdf },
            2, "There is no day close (period) “per-nope”" },
        { { DC, QStringLiteral("--cache"), d.cache, QStringLiteral("--period"), best.id, QStringLiteral("--lang"),
              QStringLiteral("es"), QStringLiteral("--out"), pdf },
            2, "--lang must be nl, fr or en" },
        { { DC, QStringLiteral("--cache"), d.cache, QStringLiteral("--period"), best.id, QStringLiteral("--out"),
              d.path(QStringLiteral("nope/x.pdf")) },
            5, "does not exist" },
        { { DC, QStringLiteral("--cache"), d.path(QStringLiteral("gone.sqlite")), QStringLiteral("--period"), best.id,
              QStringLiteral("--out"), pdf },
            5, "There is no cache at" },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(c.args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == c.code);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK_FALSE(QFile::exists(pdf));
    }
}

TEST_CASE("comptoir-cli export --profile: each run holds only what the profile has not sent")
{
    Demo d;
    {
        auto opened = CacheDatabase::open(d.cache);
        REQUIRE(opened);
        ExportProfile p;
        p.name = QStringLiteral("Boekhouding Desmet");
        p.format = ExportFormat::Csv;
        p.language = Language::Nl;
        p.incremental = true;
        REQUIRE_FALSE(ExportProfileRepository(*opened.database).save(p));
    }
    const QStringList args { QStringLiteral("export"), QStringLiteral("--cache"), d.cache, QStringLiteral("--profile"),
        QStringLiteral("boekhouding desmet"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out") };
    const QString first = d.path(QStringLiteral("1.csv"));
    const Run one = cli(args + QStringList { first });
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    QFile f(first);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    CHECK(lines.first().contains("Entry,Corrects export,")); // the profile's CSV, in English as asked
    qint64 count = 0;
    {
        auto opened = CacheDatabase::open(d.cache);
        REQUIRE(opened);
        count = TransactionRepository(*opened.database).count();
        CHECK(ExportProfileRepository(*opened.database)
                  .sentCount(ExportProfileRepository(*opened.database).byName(QStringLiteral("Boekhouding Desmet"))->id)
            == count);
    }
    CHECK(lines.size() == count + 2); // header, rows, and the empty piece after the last CRLF

    const QString second = d.path(QStringLiteral("2.csv"));
    const Run two = cli(args + QStringList { second });
    CHECK(two.exitCode == 0);
    CHECK(two.out.contains(QStringLiteral("Nothing is new or changed")));
    CHECK_FALSE(QFile::exists(second));
}
