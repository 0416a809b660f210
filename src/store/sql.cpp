#include "sql.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace comptoir::sql {

namespace {
[[noreturn]] void fail(const QSqlError& e, const QString& statement)
{
    throw StoreError(QCoreApplication::translate("Store", "The local cache could not be read or written (%1). "
                                                          "If this keeps happening, sync again to rebuild it.")
                         .arg(e.text().isEmpty() ? statement.left(60) : e.text()));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(q.lastError(), statement);
    return q;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

void bind(QSqlQuery& query, int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.bindValue(index, QStringLiteral(""));
    else
        query.bindValue(index, value);
}

QSqlQuery exec(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    QSqlQuery q = prepare(db, statement);
    int i = 0;
    for (const QVariant& v : binds)
        bind(q, i++, v);
    exec(q);
    return q;
}

QVariant fromTime(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString fromList(const QStringList& l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList toList(const QString& json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : a)
        out.append(v.toString());
    return out;
}

} // namespace comptoir::sql
