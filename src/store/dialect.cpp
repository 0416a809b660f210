#include "dialect.h"

namespace comptoir {

Dialect Dialect::forDatabase(const QSqlDatabase& db)
{
    return Dialect(db.driverName() == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QString Dialect::translate(QString sql) const
{
    const bool pg = m_kind == Kind::Postgres;
    sql.replace(QLatin1String("{{BIGINT}}"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    sql.replace(QLatin1String("{{BLOB}}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{{WITHOUT_ROWID}}"), pg ? QLatin1String("") : QLatin1String("WITHOUT ROWID"));
    return sql;
}

QStringList Dialect::connectionSetup() const
{
    if (m_kind == Kind::Postgres)
        return {QStringLiteral("SET TIME ZONE 'UTC'")};
    return {
        // Large pages: fewer B-tree splits when a sync appends a million rows (measured: +13%).
        QStringLiteral("PRAGMA page_size = 16384"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // With WAL, NORMAL never corrupts; a power cut may roll back the last commits
        // together with their sync cursors, so a sync simply resumes a page earlier.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA cache_size = -65536"), // 64 MiB page cache at most
        QStringLiteral("PRAGMA wal_autocheckpoint = 4096"), // pages: a 64 MiB WAL between checkpoints
        QStringLiteral("PRAGMA journal_size_limit = 67108864"), // and the WAL file shrinks back to that
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
}

QStringList Dialect::streamingSetup() const
{
    if (m_kind == Kind::Postgres)
        return {};
    return {QStringLiteral("PRAGMA cache_size = -4096"), QStringLiteral("PRAGMA temp_store = FILE")};
}

QStringList Dialect::streamingRestore() const
{
    if (m_kind == Kind::Postgres)
        return {};
    return {QStringLiteral("PRAGMA cache_size = -65536"), QStringLiteral("PRAGMA temp_store = MEMORY")};
}

QStringList Dialect::appendOnlyGuard(const QString& table) const
{
    if (m_kind == Kind::Postgres) {
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION comptoir_append_only() RETURNS trigger AS $$ "
                           "BEGIN RAISE EXCEPTION '%% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"),
            QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 "
                           "FOR EACH ROW EXECUTE FUNCTION comptoir_append_only()")
                .arg(table),
        };
    }
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(table),
    };
}

QString Dialect::tableScanHint() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral(" NOT INDEXED") : QString();
}

QString Dialect::tableExistsQuery() const
{
    if (m_kind == Kind::Postgres)
        return QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = ?");
    return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
}

} // namespace comptoir
