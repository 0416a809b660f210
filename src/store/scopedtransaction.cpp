#include "scopedtransaction.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace comptoir {

namespace {
// Open transaction depth per connection. Connections belong to one thread.
thread_local QHash<QString, int> t_depth;

QString savepoint(int depth)
{
    return QStringLiteral("comptoir_sp%1").arg(depth);
}
} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    int& depth = t_depth[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        if (!m_db.transaction())
            throw StoreError(QCoreApplication::translate("Store", "The local cache could not start a change: %1")
                                 .arg(m_db.lastError().text()));
    } else {
        run(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    }
    ++depth;
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_done) {
        if (m_depth == 0) {
            m_db.rollback();
        } else {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
            q.exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
        }
        --t_depth[m_db.connectionName()];
    }
}

void ScopedTransaction::run(const QString& statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        throw StoreError(QCoreApplication::translate("Store", "The local cache could not save a change: %1")
                             .arg(q.lastError().text()));
}

void ScopedTransaction::commit()
{
    if (m_done)
        return;
    m_done = true;
    --t_depth[m_db.connectionName()];
    if (m_depth > 0) {
        run(QStringLiteral("RELEASE ") + savepoint(m_depth));
        return;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        throw StoreError(QCoreApplication::translate("Store", "The local cache could not save a change: %1").arg(why));
    }
}

} // namespace comptoir
