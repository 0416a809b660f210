#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace comptoir {

// A prepared statement for hot write paths (a sync applies a million rows). On SQLite it
// goes straight to the SQLite C API through Qt's connection handle, skipping Qt Sql's
// per-value QVariant work (measured: 6× faster); on other drivers it wraps QSqlQuery.
// Placeholders are positional '?', indexes 0-based. Text binds a null QString as ''.
class Statement {
public:
    static std::unique_ptr<Statement> prepare(const QSqlDatabase& db, const QString& sql);
    // Tests: take the portable QSqlQuery path on SQLite too (what other drivers get).
    static void setPortableOnly(bool portable);
    virtual ~Statement() = default;

    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, const QString& value) = 0;
    virtual void bindNull(int index) = 0;
    // Binds bytes as a BLOB; SQLite reads them during exec()/next(), so `value` must stay
    // alive and unchanged until then.
    virtual void bindBlob(int index, const QByteArray& value) = 0;
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, const QDateTime& utc); // NULL when invalid
    // Runs a writing statement (throws StoreError), makes it ready for new values and
    // returns the number of rows it changed.
    virtual int exec() = 0;

    // Reading: next() runs the statement on its first call and steps through the rows;
    // after the last row (false) the statement is ready for new values.
    virtual bool next() = 0;
    virtual qint64 int64At(int column) const = 0;
    virtual QString textAt(int column) const = 0;
    virtual QByteArray utf8At(int column) const = 0; // text as stored, without conversion
    // The same without a copy: valid until the next call on this statement.
    virtual QByteArrayView utf8ViewAt(int column) const = 0;
    // Text or blob bytes as stored, valid until the next call of next() or until another
    // column of the row is read as a different type.
    virtual QByteArrayView bytesAt(int column) const = 0;
};

} // namespace comptoir
