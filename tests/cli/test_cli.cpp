// comptoir-cli as a user runs it: exit codes, messages on stderr, files it writes.
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI with the user's locale set to `locale` (its messages follow it).
Run cli(const QStringList& args, const QString& locale = QStringLiteral("en_GB.UTF-8"))
{
    QProcess p;
    p.setProgram(QStringLiteral(COMPTOIR_CLI));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    p.setProcessEnvironment(env);
    p.start();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString smallDemo(QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = cli({QStringLiteral("demo-cache"), QStringLiteral("--out"), path, QStringLiteral("--days"),
                       QStringLiteral("5"), QStringLiteral("--tx-per-day"), QStringLiteral("50"),
                       QStringLiteral("--end"), QStringLiteral("2026-06-30")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("comptoir-cli: version, help and usage errors")
{
    const Run version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("comptoir-cli ")));

    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("audit-check")));

    const Run nothing = cli({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.err.contains(QStringLiteral("Say what to do")));

    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command “frobnicate”")));

    const Run noCache = cli({QStringLiteral("audit-check")});
    CHECK(noCache.exitCode == 2);
    CHECK(noCache.err.contains(QStringLiteral("--cache")));

    const Run commandHelp = cli({QStringLiteral("demo-cache"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("--tx-per-day")));
}

TEST_CASE("comptoir-cli: demo-cache writes a complete cache and refuses bad options")
{
    QTemporaryDir dir;
    const QString path = smallDemo(dir);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".partial")));
    {
        auto r = CacheDatabase::open(path);
        REQUIRE(r);
        CHECK(r.database->meta(QStringLiteral("demo_complete")) == QLatin1String("1"));
        CHECK(LocationRepository(*r.database).all().size() == 4);
    }
    const Run again = cli({QStringLiteral("demo-cache"), QStringLiteral("--out"), path});
    CHECK(again.exitCode == 5);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    struct Bad {
        QStringList args;
        const char* message;
    };
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    const Bad bad[] = {
        {{QStringLiteral("--days"), QStringLiteral("0")}, "--days must be a whole number from 1"},
        {{QStringLiteral("--days"), QStringLiteral("ten")}, "--days must be a whole number from 1"},
        {{QStringLiteral("--country"), QStringLiteral("FR")}, "--country must be BE or NL"},
        {{QStringLiteral("--end"), QStringLiteral("2026-02-30")}, "--end must be a date like"},
        {{QStringLiteral("--locations"), QStringLiteral("5"), QStringLiteral("--terminals"), QStringLiteral("3")},
         "Every location needs a terminal"},
    };
    for (const Bad& b : bad) {
        INFO(b.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList{QStringLiteral("demo-cache"), QStringLiteral("--out"), other} + b.args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QLatin1String(b.message)));
        CHECK_FALSE(QFile::exists(other));
    }
}

TEST_CASE("comptoir-cli: audit-check reports an intact log and the first broken link")
{
    QTemporaryDir dir;
    const QString path = smallDemo(dir);
    {
        auto r = CacheDatabase::open(path);
        REQUIRE(r);
        AuditLog audit(*r.database);
        LocationRepository locations(*r.database);
        const QString id = locations.all().first().id;
        for (int i = 0; i < 3; ++i)
            REQUIRE_FALSE(locations.rename(id, QStringLiteral("Naam %1").arg(i), QStringLiteral("els"),
                                           QDateTime::currentDateTimeUtc(), audit));
    }
    const Run ok = cli({QStringLiteral("audit-check"), QStringLiteral("--cache"), path});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("intact: 3 entries checked")));

    {
        auto r = CacheDatabase::open(path);
        REQUIRE(r);
        QSqlQuery q(r.database->db());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")));
    }
    const Run broken = cli({QStringLiteral("audit-check"), QStringLiteral("--cache"), path});
    CHECK(broken.exitCode == 5);
    CHECK(broken.err.contains(QStringLiteral("broken at entry 2")));
}

TEST_CASE("comptoir-cli: missing, foreign and damaged cache files")
{
    QTemporaryDir dir;
    const Run missing = cli({QStringLiteral("audit-check"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("none.sqlite"))});
    CHECK(missing.exitCode == 5);
    CHECK(missing.err.contains(QStringLiteral("There is no cache at")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Dit is geen cache.\n");
    }
    const Run damaged = cli({QStringLiteral("audit-check"), QStringLiteral("--cache"), text});
    CHECK(damaged.exitCode == 5);
    CHECK(damaged.err.contains(QStringLiteral("not a Comptoir cache or it is damaged")));
}

TEST_CASE("comptoir-cli: messages in the user's language")
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("audit-check"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("none.sqlite"))};
    const Run nl = cli(args, QStringLiteral("nl_BE.UTF-8"));
    CHECK(nl.exitCode == 5);
    CHECK(nl.err.contains(QStringLiteral("bestaat niet")));
    const Run fr = cli(args, QStringLiteral("fr_BE.UTF-8"));
    CHECK(fr.exitCode == 5);
    CHECK(fr.err.contains(QStringLiteral("n’existe pas")));
    const Run en = cli(args, QStringLiteral("en_US.UTF-8"));
    CHECK(en.err.contains(QStringLiteral("There is no cache at")));
}
