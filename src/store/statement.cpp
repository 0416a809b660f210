#include "statement.h"

#include "sql.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

#include <atomic>
#include <vector>

namespace comptoir {

namespace {

[[noreturn]] void fail(const QString& why)
{
    throw StoreError(QCoreApplication::translate("Store", "The local cache could not be read or written (%1). "
                                                          "If this keeps happening, sync again to rebuild it.")
                         .arg(why));
}

class QtStatement final : public Statement {
public:
    QtStatement(const QSqlDatabase& db, const QString& sql) : m_query(sql::prepare(db, sql)) {}
    void bind(int i, qint64 v) override { m_query.bindValue(i, v); }
    void bind(int i, const QString& v) override { sql::bind(m_query, i, v); }
    void bindNull(int i) override { m_query.bindValue(i, QVariant(QMetaType::fromType<qint64>())); }
    void bindBlob(int i, const QByteArray& v) override { m_query.bindValue(i, v); }
    int exec() override
    {
        sql::exec(m_query);
        return m_query.numRowsAffected();
    }
    bool next() override
    {
        if (!m_running) {
            sql::exec(m_query);
            m_running = true;
        }
        if (m_query.next())
            return true;
        m_running = false;
        return false;
    }
    qint64 int64At(int c) const override { return m_query.value(c).toLongLong(); }
    QString textAt(int c) const override { return m_query.value(c).toString(); }
    QByteArray utf8At(int c) const override { return m_query.value(c).toString().toUtf8(); }
    QByteArrayView utf8ViewAt(int c) const override
    {
        m_view = utf8At(c);
        return m_view;
    }
    QByteArrayView bytesAt(int c) const override
    {
        const QVariant v = m_query.value(c);
        if (std::size_t(c) >= m_bytes.size())
            m_bytes.resize(std::size_t(c) + 1);
        QByteArray& bytes = m_bytes[std::size_t(c)];
        bytes = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        return bytes;
    }

private:
    QSqlQuery m_query;
    mutable QByteArray m_view;
    mutable std::vector<QByteArray> m_bytes; // per column, as long as the row
    bool m_running = false;
};

class SqliteStatement final : public Statement {
public:
    SqliteStatement(sqlite3* db, const QString& sql) : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
            SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

    void bind(int i, qint64 v) override { check(sqlite3_bind_int64(m_stmt, i + 1, v)); }
    void bind(int i, const QString& v) override
    {
        // UTF-8 kept alive in m_text until the next bind of that slot, so SQLite need
        // not copy it (SQLITE_STATIC) nor convert it (the database is UTF-8).
        if (std::size_t(i) >= m_text.size())
            m_text.resize(std::size_t(i) + 1);
        std::vector<char>& buffer = m_text[std::size_t(i)];
        const std::size_t length = std::size_t(v.size());
        if (buffer.size() < length * 3 + 1)
            buffer.resize(length * 3 + 1); // grows only: no allocation per row
        // Ids, codes and references are ASCII: copied as they are; anything else through
        // the UTF-8 encoder.
        const auto* in = reinterpret_cast<const char16_t*>(v.constData());
        char* out = buffer.data();
        std::size_t n = 0;
        char16_t any = 0;
        for (; n < length; ++n) {
            any |= in[n];
            out[n] = char(in[n]);
        }
        int bytes = int(length);
        if (any >= 0x80) {
            QStringEncoder encoder(QStringEncoder::Utf8);
            bytes = int(encoder.appendToBuffer(out, v) - out);
        }
        check(sqlite3_bind_text(m_stmt, i + 1, out, bytes, SQLITE_STATIC));
    }
    void bindNull(int i) override { check(sqlite3_bind_null(m_stmt, i + 1)); }
    void bindBlob(int i, const QByteArray& v) override
    {
        check(sqlite3_bind_blob64(
            m_stmt, i + 1, v.isEmpty() ? "" : v.constData(), sqlite3_uint64(v.size()), SQLITE_STATIC));
    }
    int exec() override
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return sqlite3_changes(m_db);
    }
    bool next() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    qint64 int64At(int c) const override { return sqlite3_column_int64(m_stmt, c); }
    QString textAt(int c) const override
    {
        const void* data = sqlite3_column_text16(m_stmt, c);
        const int bytes = sqlite3_column_bytes16(m_stmt, c);
        return data ? QString(static_cast<const QChar*>(data), bytes / 2) : QString();
    }
    QByteArray utf8At(int c) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, c)) : QByteArray();
    }
    QByteArrayView utf8ViewAt(int c) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, c)) : QByteArrayView();
    }
    QByteArrayView bytesAt(int c) const override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, c));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, c)) : QByteArrayView();
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<std::vector<char>> m_text;
};

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

} // namespace

namespace {
std::atomic<bool> g_portableOnly{false};
} // namespace

void Statement::setPortableOnly(bool portable)
{
    g_portableOnly = portable;
}

std::unique_ptr<Statement> Statement::prepare(const QSqlDatabase& db, const QString& sql)
{
    if (sqlite3* h = g_portableOnly ? nullptr : sqliteHandle(db))
        return std::make_unique<SqliteStatement>(h, sql);
    return std::make_unique<QtStatement>(db, sql);
}

void Statement::bind(int index, const QDateTime& utc)
{
    if (utc.isValid())
        bind(index, qint64(utc.toMSecsSinceEpoch()));
    else
        bindNull(index);
}

} // namespace comptoir
