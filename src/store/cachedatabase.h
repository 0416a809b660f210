#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace comptoir {

// Which portal account a cache belongs to. One cache file per account: opening a cache
// with another identity is refused, so accounts never mix.
struct CacheIdentity {
    QString portalUrl;
    QString accountEmail;
    bool operator==(const CacheIdentity&) const = default;
};

inline constexpr int kCacheSchemaVersion = 6;
// The migration that adds the hourly rollup (filled in C++: it needs time zones).
inline constexpr int kHourlyRollupVersion = 6;

struct CacheOpenOptions {
    std::optional<CacheIdentity> identity;   // checked on open, stored on creation
    bool readOnly = false;                   // never migrates nor writes
    int targetVersion = kCacheSchemaVersion; // tests only: migrate up to this version
};

// The local cache database: opens (or creates) the file, checks that it is a Comptoir
// cache of a schema this build understands, and applies pending migrations in one
// transaction. Files it refuses are left byte-for-byte untouched.
// A CacheDatabase belongs to the thread that opened it (a Qt Sql rule); other threads
// open their own on the same file.
class CacheDatabase {
public:
    static constexpr int kSchemaVersion = kCacheSchemaVersion;
    using Options = CacheOpenOptions;

    enum class OpenError { None, NotACache, NewerSchema, Damaged, OtherAccount, CannotOpen };
    struct OpenResult {
        std::unique_ptr<CacheDatabase> database;
        OpenError error = OpenError::None;
        QString message; // translated, for the shop owner
        explicit operator bool() const { return database != nullptr; }
    };

    static OpenResult open(const QString& path, const Options& options);
    static OpenResult open(const QString& path) { return open(path, Options{}); }
    // A private in-memory cache (tests, throw-away demos).
    static OpenResult openInMemory(const Options& options = CacheOpenOptions());

    // The file for an account under QStandardPaths::AppDataLocation/caches, in a
    // directory only the user can read. Creates the directory.
    static QString defaultPathFor(const CacheIdentity& identity);
    // Resource paths of the shipped migrations, in order of their numbers.
    static QStringList migrationFiles();
    // The version of the SQLite library in use, e.g. "3.40.1" (for the About dialog).
    static QString sqliteVersion();
    // The number a migration's file name starts with ("0003_outbox.sql" → 3); the schema
    // version a cache has once it is applied.
    static int migrationNumber(const QString& file);

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase&) = delete;
    CacheDatabase& operator=(const CacheDatabase&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    const Dialect& dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    std::optional<CacheIdentity> identity() const;

    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);

private:
    CacheDatabase(QString connection, QString path, Dialect dialect);
    static OpenResult inspect(const QString& path, const Options& options);
    static OpenResult finishOpen(std::unique_ptr<CacheDatabase> db, const Options& options);
    void migrate(int targetVersion, const std::optional<CacheIdentity>& identity);

    QString m_connection;
    QString m_path;
    Dialect m_dialect;
};

} // namespace comptoir
