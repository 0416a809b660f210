#pragma once

#include "core/entities.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace comptoir {

class DemoGenerator;

// The reference portal's own database (SQLite under --data DIR): the merchant's data as
// the portal holds it, users with password hashes, and a change sequence that orders the
// transaction and period feeds. Each transaction also keeps its API JSON, written once
// per change, so serving the feed is reading and concatenating.
class PortalDatabase {
public:
    static constexpr int kSchemaVersion = 2; // 2: one receipt layout per location
    // Opens or creates DIR/portal.sqlite. On failure returns null and sets `error`.
    static std::unique_ptr<PortalDatabase> open(const QString& dir, QString* error);
    ~PortalDatabase();

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    bool isSeeded() const;
    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);

    // Fills an empty database from the generator: merchant, locations, terminals, users
    // (password kDemoPassword; the two-step user gets kDemoTotpSecret), groups, periods
    // and transactions.
    void seed(const DemoGenerator& generator);

    // The next value of the change sequence (transactions and periods share it).
    qint64 nextSeq();

    // Writes a transaction (insert or replace) at a new sequence number.
    void putTransaction(const Transaction& t);
    void putPeriod(const Period& p);

private:
    explicit PortalDatabase(QString connection);
    QString m_connection;
    qint64 m_seq = 0;
};

} // namespace comptoir
