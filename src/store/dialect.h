#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace comptoir {

// Everything that differs between SQLite (the local cache) and PostgreSQL (a possible
// shared cache later) lives here; the rest of the store writes portable SQL.
class Dialect {
public:
    enum class Kind { Sqlite, Postgres };
    static Dialect forDatabase(const QSqlDatabase& db);
    explicit Dialect(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }

    // Replaces the {{TOKENS}} of a portable migration script.
    QString translate(QString sql) const;
    // Statements run on every new connection (pragmas on SQLite).
    QStringList connectionSetup() const;
    // Statements for a connection about to read a large set once (an export), and those
    // that give it connectionSetup()'s settings back: a small page cache (each page is read
    // once; the file stays in the system's cache) and temporary tables on disk, so memory
    // does not grow with the rows. Run them outside a transaction.
    QStringList streamingSetup() const;
    QStringList streamingRestore() const;
    // Statements that make `table` refuse UPDATE and DELETE.
    QStringList appendOnlyGuard(const QString& table) const;
    // After a table name in FROM: read the table itself rather than walk an index (SQLite's
    // NOT INDEXED; empty elsewhere). For a selective filter no index serves, scanning the
    // table in storage order and sorting the few matches beats walking the time index and
    // fetching every row from it.
    QString tableScanHint() const;
    // Whether a table exists.
    QString tableExistsQuery() const; // one bind value: the table name

private:
    Kind m_kind;
};

} // namespace comptoir
