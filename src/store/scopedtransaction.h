#pragma once

#include <QSqlDatabase>
#include <QString>

namespace comptoir {

// RAII database transaction: rolls back unless commit() was called. Nests: inside an
// open ScopedTransaction on the same connection it becomes a savepoint, so a repository
// method can guard its own work and still join a caller's larger transaction (a sync
// page and its cursor). Throws StoreError when it cannot start or commit.
class ScopedTransaction {
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;

    void commit();

private:
    void run(const QString& statement);
    QSqlDatabase m_db;
    int m_depth = 0; // 0: the outermost transaction
    bool m_done = false;
};

} // namespace comptoir
