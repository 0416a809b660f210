#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace comptoir::sql {

// Small helpers shared by the repositories: statements that throw StoreError with a
// readable message instead of failing silently, and the cache's value encodings.

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);                       // throws StoreError
// Binds a positional value; a null QString binds as '' (text columns are NOT NULL), use
// a null QVariant of another type for SQL NULL.
void bind(QSqlQuery& query, int index, const QVariant& value);
QSqlQuery exec(const QSqlDatabase& db, const QString& statement,
               std::initializer_list<QVariant> binds = {});

// UTC milliseconds; a null QDateTime is NULL.
QVariant fromTime(const QDateTime& t);
QDateTime toTime(const QVariant& v);
// Julian day numbers.
inline qint64 fromDay(const QDate& d) { return d.toJulianDay(); }
inline QDate toDay(const QVariant& v) { return QDate::fromJulianDay(v.toLongLong()); }
// String lists as JSON arrays.
QString fromList(const QStringList& l);
QStringList toList(const QString& json);

} // namespace comptoir::sql
