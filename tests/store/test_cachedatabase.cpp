#include "storefixtures.h"

#include "store/cachedatabase.h"
#include "store/transactionrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <vector>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QString pragma(CacheDatabase& c, const char* name)
{
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Writes a plain SQLite file (not a Comptoir cache) with one table.
void writeForeignDatabase(const QString& path)
{
    const QString name = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO invoices VALUES (1, 100)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

TEST_CASE("CacheDatabase: a new cache is created at the current schema, WAL, foreign keys on, private")
{
    TempCache t;
    CHECK(t.cache->schemaVersion() == CacheDatabase::kSchemaVersion);
    CHECK(pragma(*t.cache, "journal_mode") == QLatin1String("wal"));
    CHECK(pragma(*t.cache, "foreign_keys") == QLatin1String("1"));
    CHECK(QFileInfo(t.path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Foreign keys are enforced: a transaction at an unknown terminal is refused.
    Transaction tx;
    tx.id = QStringLiteral("tx-1");
    tx.createdAt = QDateTime::currentDateTimeUtc();
    tx.businessDay = QDate(2026, 1, 1);
    tx.amount = Money::eur(100);
    tx.locationId = QStringLiteral("nowhere");
    tx.terminalId = QStringLiteral("nothing");
    CHECK_THROWS(TransactionRepository(*t.cache).upsert(tx));
    CHECK(TransactionRepository(*t.cache).count() == 0);
}

namespace {
// The schema versions a cache can be at: 0 (empty) and the number of each migration.
QList<int> schemaVersions()
{
    QList<int> versions { 0 };
    for (const QString& file : CacheDatabase::migrationFiles())
        versions.append(CacheDatabase::migrationNumber(file));
    return versions;
}
} // namespace

TEST_CASE("CacheDatabase: migrations are numbered 1..N without gaps and N is the schema version")
{
    // Migration N is the N-th file: the cache's schema version is the number of the last
    // migration applied, so a gap or a duplicate would skip or repeat one.
    const QStringList files = CacheDatabase::migrationFiles();
    REQUIRE(files.size() == CacheDatabase::kSchemaVersion);
    for (int i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        INFO(name.toStdString());
        REQUIRE(QRegularExpression(QStringLiteral("^\\d{4}_[a-z0-9_]+\\.sql$")).match(name).hasMatch());
        CHECK(name.left(4).toInt() == i + 1);
        CHECK(CacheDatabase::migrationNumber(files.at(i)) == i + 1);
    }
}

TEST_CASE("CacheDatabase: receipt layouts become one per location; per-language rows and their queued edits go")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        CacheDatabase::Options o;
        o.targetVersion = 3;
        auto r = CacheDatabase::open(path, o);
        REQUIRE(r);
        addSites(*r.database);
        QSqlQuery q(r.database->db());
        // What schema 3 held: one row per location and language, and an edit of one queued.
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO receipt_layouts (location_id, language, logo_png, header_lines, "
                                  "footer_lines, print_customer, etag) VALUES ('%1', 1, NULL, '[\"Gent\"]', '[]', 1, "
                                  "'\"1\"')")
                       .arg(kLocations[0])));
        for (const char* kind : { "receipt_layout.save", "location.rename" })
            REQUIRE(q.exec(
                QStringLiteral("INSERT INTO outbox (seq, created_utc, actor, kind, entity_id, payload_json, "
                               "if_match, before_json, state, message, portal_json, portal_etag) VALUES "
                               "((SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox), 0, 'a@b.be', '%1', '%2', '{}', "
                               "'\"1\"', '{}', 0, '', '', '')")
                    .arg(QLatin1String(kind),
                        kLocations[0] + (qstrcmp(kind, "location.rename") ? QStringLiteral("/nl") : QString()))));
    }
    auto r = CacheDatabase::open(path);
    REQUIRE(r);
    CHECK(r.database->schemaVersion() == CacheDatabase::kSchemaVersion);
    QSqlQuery q(r.database->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM receipt_layouts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0); // the next sync fetches them again
    REQUIRE(q.exec(QStringLiteral("SELECT kind FROM outbox")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("location.rename"));
    CHECK_FALSE(q.next());
    // The new table takes a layout per location.
    REQUIRE(q.exec(QStringLiteral("INSERT INTO receipt_layouts (location_id, paper_width_mm, font, print_customer, "
                                  "logo_png, texts_json, etag) VALUES ('%1', 58, 1, 1, NULL, '{}', '\"2\"')")
                       .arg(kLocations[0])));
}

namespace {
// What the code of an earlier schema wrote, in plain SQL (today's repository also maintains
// what those versions did not have): transactions, their per-terminal rollup (version 1 on)
// and their per-location rollup (version 2 on). Some at a location in another zone, so the
// upgrade's hours are not all Brussels'.
void writeOldData(CacheDatabase& c, int version)
{
    addSites(c);
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE locations SET time_zone = 'America/New_York' WHERE id = 'loc-2'")));
    std::mt19937_64 rng(1);
    for (int i = 0; i < 500; ++i) {
        const Transaction t = randomTransaction(rng, i);
        q.prepare(QStringLiteral("INSERT INTO transactions (id, created_at, business_day, amount_minor, currency, type, "
                                 "method, issuer, processor, status, status_origin, manual_by, location_id, terminal_id, "
                                 "period_id, masked_pan, auth_code, reference, version) "
                                 "VALUES (?,?,?,?,?,?,?,'',?,?,?,'',?,?,?,?,'',?,?)"));
        for (const QVariant& v : {QVariant(t.id), QVariant(t.createdAt.toMSecsSinceEpoch()),
                                  QVariant(t.businessDay.toJulianDay()), QVariant(qint64(t.amount.minor())),
                                  QVariant(QStringLiteral("EUR")), QVariant(int(t.type)), QVariant(int(t.method)),
                                  QVariant(t.processor), QVariant(int(t.status)), QVariant(int(t.statusOrigin)),
                                  QVariant(t.locationId), QVariant(t.terminalId), QVariant(t.periodId),
                                  QVariant(t.maskedCardNumber), QVariant(t.reference), QVariant(t.version)})
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO tx_daily_rollup SELECT business_day, location_id, terminal_id, method, status, status_origin, "
        "currency, COUNT(*), SUM(amount_minor), SUM(CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) FROM transactions "
        "GROUP BY business_day, location_id, terminal_id, method, status, status_origin, currency")));
    if (version >= 2)
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO tx_location_rollup SELECT business_day, location_id, method, status, status_origin, "
            "currency, COUNT(*), SUM(amount_minor), SUM(CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN amount_minor < 0 THEN amount_minor ELSE 0 END) FROM transactions "
            "GROUP BY business_day, location_id, method, status, status_origin, currency")));
}
} // namespace

TEST_CASE("CacheDatabase: migrates from an empty file and from every earlier version")
{
    for (const int from : schemaVersions()) {
        if (from == CacheDatabase::kSchemaVersion)
            continue;
        INFO("from version " << from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        TransactionTotals before;
        {
            CacheDatabase::Options o;
            o.targetVersion = from;
            auto r = CacheDatabase::open(path, o);
            REQUIRE(r);
            CHECK(r.database->schemaVersion() == from);
            if (from >= 1)
                writeOldData(*r.database, from);
            if (from >= 1) {
                TransactionFilter raw;
                raw.text = QStringLiteral("R"); // every reference starts with R: the raw-row path
                before = TransactionRepository(*r.database).totals(raw);
                REQUIRE(before.count == 500);
            }
        }
        auto r = CacheDatabase::open(path);
        REQUIRE(r);
        CHECK(r.database->schemaVersion() == CacheDatabase::kSchemaVersion);
        // Data written before is still there, and the rollups added since agree with it.
        if (from >= 1) {
            TransactionRepository repo(*r.database);
            CHECK(repo.count() == 500);
            CHECK(repo.totals({}) == before);
            TransactionFilter oneTerminal;
            oneTerminal.terminalIds = kTerminals;
            CHECK(repo.totals(oneTerminal) == before);
            // Schema 4: every transaction got its hour in its location's zone, and the
            // hourly rollup holds them all.
            CHECK(hourlyTable(*r.database) == bruteForceHourly(*r.database));
            TransactionFilter allHours;
            for (int h = 0; h < 24; ++h)
                allHours.hours.append(h);
            CHECK(repo.totals(allHours) == before);
            // And from here on the repository keeps it exact.
            std::mt19937_64 rng(2);
            std::vector<Transaction> more;
            for (int i = 0; i < 50; ++i)
                more.push_back(randomTransaction(rng, 1000 + i));
            repo.upsert(more);
            CHECK(hourlyTable(*r.database) == bruteForceHourly(*r.database));
        }
        // Opening again is a no-op.
        r.database.reset();
        auto again = CacheDatabase::open(path);
        REQUIRE(again);
        CHECK(again.database->schemaVersion() == CacheDatabase::kSchemaVersion);
    }
    // A zero-length file is an empty cache.
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(empty, {});
    auto r = CacheDatabase::open(empty);
    REQUIRE(r);
    CHECK(r.database->schemaVersion() == CacheDatabase::kSchemaVersion);
}

TEST_CASE("CacheDatabase: a cache from a newer Comptoir is refused and left byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto r = CacheDatabase::open(path);
        REQUIRE(r);
        r.database->setMeta(QStringLiteral("schema_version"), QString::number(CacheDatabase::kSchemaVersion + 1));
    }
    const QByteArray before = fileBytes(path);
    auto r = CacheDatabase::open(path);
    CHECK_FALSE(r);
    CHECK(r.error == CacheDatabase::OpenError::NewerSchema);
    CHECK(r.message.contains(QStringLiteral("newer version of Comptoir")));
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("CacheDatabase: damaged and foreign files are refused and left byte-identical")
{
    QTemporaryDir dir;
    struct Case {
        const char* name;
        QByteArray bytes;
        CacheDatabase::OpenError expected;
    };
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);

    // A real cache whose pages after the header are overwritten.
    const QString realPath = dir.filePath(QStringLiteral("real.sqlite"));
    {
        auto r = CacheDatabase::open(realPath);
        REQUIRE(r);
        addSites(*r.database);
    }
    QByteArray mangled = fileBytes(realPath);
    REQUIRE(mangled.size() > 4096);
    for (int i = 100; i < mangled.size(); ++i)
        mangled[i] = char(0xA5 ^ (i & 0xFF));

    QByteArray truncatedHeader = fileBytes(realPath).left(50);

    const std::vector<Case> cases{
        {"random bytes", garbage, CacheDatabase::OpenError::Damaged},
        {"text file", QByteArray("date;amount\n2026-01-01;12,50\n"), CacheDatabase::OpenError::Damaged},
        {"truncated header", truncatedHeader, CacheDatabase::OpenError::Damaged},
        {"mangled pages", mangled, CacheDatabase::OpenError::Damaged},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".sqlite"));
        writeFile(path, c.bytes);
        auto r = CacheDatabase::open(path);
        CHECK_FALSE(r);
        CHECK(r.error == c.expected);
        CHECK_FALSE(r.message.isEmpty());
        CHECK(fileBytes(path) == c.bytes);
    }

    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    writeForeignDatabase(foreign);
    const QByteArray before = fileBytes(foreign);
    auto r = CacheDatabase::open(foreign);
    CHECK(r.error == CacheDatabase::OpenError::NotACache);
    CHECK(fileBytes(foreign) == before);
}

TEST_CASE("CacheDatabase: one cache per account; another account's cache is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    const CacheIdentity anna{QStringLiteral("https://portal.example"), QStringLiteral("anna@bakkerij.be")};
    const CacheIdentity bert{QStringLiteral("https://portal.example"), QStringLiteral("bert@bakkerij.be")};
    {
        CacheDatabase::Options o;
        o.identity = anna;
        auto r = CacheDatabase::open(path, o);
        REQUIRE(r);
        CHECK(r.database->identity() == anna);
    }
    CacheDatabase::Options o;
    o.identity = bert;
    auto r = CacheDatabase::open(path, o);
    CHECK(r.error == CacheDatabase::OpenError::OtherAccount);
    o.identity = CacheIdentity{anna.portalUrl, QStringLiteral("ANNA@bakkerij.be")};
    CHECK(CacheDatabase::open(path, o)); // e-mail addresses are case-insensitive

    const QString pa = CacheDatabase::defaultPathFor(anna);
    const QString pb = CacheDatabase::defaultPathFor(bert);
    CHECK(pa != pb);
    CHECK(pa == CacheDatabase::defaultPathFor(anna));
    CHECK(QFileInfo(QFileInfo(pa).absolutePath()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser | QFileDevice::ExeUser));
}

TEST_CASE("CacheDatabase: a read-only open of a missing cache explains what to do")
{
    QTemporaryDir dir;
    CacheDatabase::Options o;
    o.readOnly = true;
    auto r = CacheDatabase::open(dir.filePath(QStringLiteral("none.sqlite")), o);
    CHECK(r.error == CacheDatabase::OpenError::CannotOpen);
    CHECK(r.message.contains(QStringLiteral("Sync first")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}
