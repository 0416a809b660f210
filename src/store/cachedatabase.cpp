#include "cachedatabase.h"

#include "hourlyrollup.h"
#include "scopedtransaction.h"
#include "sql.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace comptoir {

namespace {

constexpr auto kFormat = "comptoir-cache";


QString newConnectionName()
{
    return QStringLiteral("comptoir-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A statement per ';' that ends a line; comment lines are dropped.
QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            out.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

CacheDatabase::OpenResult failure(CacheDatabase::OpenError e, const QString& message)
{
    CacheDatabase::OpenResult r;
    r.error = e;
    r.message = message;
    return r;
}

} // namespace

CacheDatabase::CacheDatabase(QString connection, QString path, Dialect dialect)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_dialect(dialect)
{
}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString CacheDatabase::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QStringList CacheDatabase::migrationFiles()
{
    QDir dir(QStringLiteral(":/comptoir/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& f : files)
        f = dir.filePath(f);
    return files;
}

QString CacheDatabase::defaultPathFor(const CacheIdentity& identity)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = base + QStringLiteral("/caches");
    QDir().mkpath(dir);
    QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray key = identity.portalUrl.trimmed().toLower().toUtf8() + '\n' +
                           identity.accountEmail.trimmed().toLower().toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return dir + QLatin1Char('/') + name + QStringLiteral(".sqlite");
}

// Looks at an existing file without writing to it: is it SQLite, is it ours, which schema,
// which account. Returns an empty result (no error) when the file may be opened.
CacheDatabase::OpenResult CacheDatabase::inspect(const QString& path, const Options& options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(OpenError::CannotOpen,
                       QCoreApplication::translate("CacheDatabase", "The cache file %1 cannot be read. Check that it exists and that you may open it.").arg(path));
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return failure(OpenError::Damaged,
                       QCoreApplication::translate("CacheDatabase", "The file %1 is not a Comptoir cache or it is damaged. It was left untouched; "
                          "choose another file, or sign in again to build a new cache.")
                           .arg(path));

    const QString name = newConnectionName();
    OpenResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (QFile::exists(path + QStringLiteral("-wal"))) {
            // Unfinished writes wait in the WAL: read through it (read-only).
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            // Nothing but the main file: read it as immutable, so that SQLite creates no
            // -wal or -shm files next to a file we may refuse.
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString() +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        const QString damaged = QCoreApplication::translate("CacheDatabase", "The cache %1 is damaged and cannot be used (%2). It was left untouched; "
                                   "sign in again to build a new cache.");
        if (!db.open()) {
            result = failure(OpenError::Damaged, damaged.arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                result = failure(OpenError::Damaged, damaged.arg(path, q.lastError().text()));
            } else {
                QStringList tables;
                while (q.next())
                    tables.append(q.value(0).toString());
                if (!tables.isEmpty()) {
                    QSqlQuery m(db);
                    QMap<QString, QString> meta;
                    if (tables.contains(QStringLiteral("meta")) && m.exec(QStringLiteral("SELECT key, value FROM meta")))
                        while (m.next())
                            meta.insert(m.value(0).toString(), m.value(1).toString());
                    if (meta.value(QStringLiteral("format")) != QLatin1String(kFormat)) {
                        result = failure(OpenError::NotACache,
                                         QCoreApplication::translate("CacheDatabase", "The file %1 is a database, but not a Comptoir cache. It was left untouched.")
                                             .arg(path));
                    } else if (meta.value(QStringLiteral("schema_version")).toInt() > kSchemaVersion) {
                        result = failure(OpenError::NewerSchema,
                                         QCoreApplication::translate("CacheDatabase", "The cache %1 was written by a newer version of Comptoir (cache version %2, "
                                            "this version reads up to %3). Update Comptoir to open it; the file was "
                                            "left untouched.")
                                             .arg(path, meta.value(QStringLiteral("schema_version")))
                                             .arg(kSchemaVersion));
                    } else if (options.identity && meta.contains(QStringLiteral("account_email")) &&
                               (meta.value(QStringLiteral("account_email")).compare(options.identity->accountEmail, Qt::CaseInsensitive) != 0 ||
                                meta.value(QStringLiteral("portal_url")) != options.identity->portalUrl)) {
                        result = failure(OpenError::OtherAccount,
                                         QCoreApplication::translate("CacheDatabase", "The cache %1 belongs to %2 on %3, not to %4. Each account has its own cache.")
                                             .arg(path, meta.value(QStringLiteral("account_email")),
                                                  meta.value(QStringLiteral("portal_url")), options.identity->accountEmail));
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

CacheDatabase::OpenResult CacheDatabase::open(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        OpenResult checked = inspect(path, options);
        if (checked.error != OpenError::None)
            return checked;
    } else if (options.readOnly) {
        return failure(OpenError::CannotOpen, QCoreApplication::translate("CacheDatabase", "There is no cache at %1. Sync first to create it.").arg(path));
    } else {
        const QString dir = info.absolutePath();
        if (!QDir().mkpath(dir))
            return failure(OpenError::CannotOpen, QCoreApplication::translate("CacheDatabase", "The folder %1 cannot be created.").arg(dir));
    }

    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (options.readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return failure(OpenError::CannotOpen, QCoreApplication::translate("CacheDatabase", "The cache %1 cannot be opened: %2").arg(path, why));
        }
    }
    if (!options.readOnly)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return finishOpen(std::unique_ptr<CacheDatabase>(new CacheDatabase(name, path, Dialect(Dialect::Kind::Sqlite))),
                      options);
}

CacheDatabase::OpenResult CacheDatabase::openInMemory(const Options& options)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
    }
    return finishOpen(std::unique_ptr<CacheDatabase>(new CacheDatabase(name, QStringLiteral(":memory:"),
                                                                       Dialect(Dialect::Kind::Sqlite))),
                      options);
}

CacheDatabase::OpenResult CacheDatabase::finishOpen(std::unique_ptr<CacheDatabase> cache, const Options& options)
{
    try {
        QSqlDatabase db = cache->db();
        for (const QString& s : cache->dialect().connectionSetup()) {
            if (options.readOnly && s.contains(QLatin1String("journal_mode")))
                continue;
            QSqlQuery q(db);
            q.exec(s); // pragmas that a driver does not know are harmless
        }
        if (!options.readOnly)
            cache->migrate(options.targetVersion, options.identity);
        else if (cache->schemaVersion() != kSchemaVersion)
            return failure(OpenError::NewerSchema,
                           QCoreApplication::translate("CacheDatabase", "The cache %1 must be upgraded before it can be read; open it once in Comptoir.")
                               .arg(cache->path()));
    } catch (const StoreError& e) {
        return failure(OpenError::Damaged, e.message());
    }
    OpenResult r;
    r.database = std::move(cache);
    return r;
}

int CacheDatabase::schemaVersion() const
{
    QSqlQuery q(db());
    q.prepare(m_dialect.tableExistsQuery());
    q.addBindValue(QStringLiteral("meta"));
    if (!q.exec() || !q.next())
        return 0;
    return meta(QStringLiteral("schema_version")).toInt();
}

std::optional<CacheIdentity> CacheDatabase::identity() const
{
    const QString email = meta(QStringLiteral("account_email"));
    if (email.isEmpty())
        return std::nullopt;
    return CacheIdentity{meta(QStringLiteral("portal_url")), email};
}

QString CacheDatabase::meta(const QString& key) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

void CacheDatabase::setMeta(const QString& key, const QString& value)
{
    sql::exec(db(),
              QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

int CacheDatabase::migrationNumber(const QString& file)
{
    bool ok = false;
    const int n = QFileInfo(file).fileName().section(QLatin1Char('_'), 0, 0).toInt(&ok);
    return ok ? n : 0;
}

void CacheDatabase::migrate(int targetVersion, const std::optional<CacheIdentity>& identity)
{
    const int current = schemaVersion();
    const QStringList files = migrationFiles();
    targetVersion = std::min<int>(targetVersion, files.isEmpty() ? 0 : migrationNumber(files.last()));
    const bool bindIdentity = identity && targetVersion >= 1 && (current == 0 || meta(QStringLiteral("account_email")).isEmpty());
    if (current >= targetVersion && !bindIdentity)
        return;

    ScopedTransaction tx(db());
    // Migrations are applied by the number their file name starts with, in order; a number
    // may be missing while another branch's migration is still to be merged.
    for (const QString& file : files) {
        const int v = migrationNumber(file);
        if (v <= current || v > targetVersion)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(QCoreApplication::translate("CacheDatabase", "Comptoir is incomplete: cache migration %1 is missing. Reinstall Comptoir.").arg(v));
        const QString script = m_dialect.translate(QString::fromUtf8(f.readAll()));
        for (const QString& statement : splitStatements(script)) {
            QSqlQuery q(db());
            if (!q.exec(statement))
                throw StoreError(QCoreApplication::translate("CacheDatabase", "The cache could not be upgraded to version %1: %2").arg(v).arg(q.lastError().text()));
        }
        if (v == 1) {
            for (const QString& statement : m_dialect.appendOnlyGuard(QStringLiteral("audit_log"))) {
                QSqlQuery q(db());
                if (!q.exec(statement))
                    throw StoreError(QCoreApplication::translate("CacheDatabase", "The cache could not be upgraded to version %1: %2").arg(v).arg(q.lastError().text()));
            }
            setMeta(QStringLiteral("format"), QString::fromLatin1(kFormat));
            setMeta(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            setMeta(QStringLiteral("cache_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        if (v == kHourlyRollupVersion) {
            // The hour of each transaction and the hourly rollup need time zones, which SQL
            // does not have.
            fillLocalHours(db());
            rebuildHourlyRollup(db());
        }
        setMeta(QStringLiteral("schema_version"), QString::number(v));
    }
    if (bindIdentity) {
        setMeta(QStringLiteral("portal_url"), identity->portalUrl);
        setMeta(QStringLiteral("account_email"), identity->accountEmail);
    }
    tx.commit();
}

} // namespace comptoir
