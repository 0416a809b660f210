#pragma once

#include "cachedatabase.h"
#include "transactionfilter.h"

#include <QByteArray>
#include <QString>

#include <limits>
#include <memory>

namespace comptoir {

class Statement;

// One transaction as it is stored, read without QVariant or QDateTime: times are UTC epoch
// milliseconds (0: none), business days Julian day numbers, enumerations the stable
// integers of core/enums.h, text UTF-8 as the cache holds it. For exports of a million rows.
struct StoredTransaction {
    QByteArray id;
    qint64 createdAtMsecs = 0;
    qint64 businessDay = 0;
    qint64 amountMinor = 0;
    QByteArray currency;
    int type = 0;
    int method = 0;
    QByteArray issuer;
    QByteArray processor;
    int status = 0;
    int origin = 0;
    QByteArray manualBy;
    qint64 manualAtMsecs = 0;
    QByteArray locationId;
    QByteArray terminalId;
    QByteArray periodId;
    QByteArray maskedCardNumber;
    QByteArray authorisationCode;
    QByteArray reference;
    qint64 version = 0;

    // What an export profile last sent of this transaction (exportNumber 0: never sent).
    struct Sent {
        int exportNumber = 0;
        qint64 version = 0;
        int status = 0;
        int origin = 0;
        QByteArray manualBy;
        qint64 manualAtMsecs = 0;
        qint64 amountMinor = 0;
        QByteArray currency;
    } sent;
};

// Streams the transactions of a filter oldest first (business day, time, id: the cache's
// index), in keyset pages, so that memory stays flat however many rows match. Reads what
// the connection sees; run it inside one (read) transaction for a consistent snapshot.
class TransactionStream {
public:
    TransactionStream(CacheDatabase& cache, const TransactionFilter& filter, int pageSize = 2000);
    ~TransactionStream();
    TransactionStream(const TransactionStream&) = delete;
    TransactionStream& operator=(const TransactionStream&) = delete;

    // Only the transactions the export profile has never sent, or sent with values the
    // cache no longer has (status, status origin, who set it and when, amount, currency);
    // row().sent says what was sent. Call before the first next().
    void onlyChangedSinceExportOf(const QString& profileId);

    // How many rows the stream will give (one COUNT query).
    qint64 count() const;

    // Steps to the next row; false after the last. Throws StoreError.
    bool next();
    const StoredTransaction& row() const { return m_row; }

private:
    QString fromWhere(const SqlCondition& condition) const;
    void bindFilter(Statement& s, const SqlCondition& condition, int& index) const;
    void read(Statement& s);

    CacheDatabase& m_cache;
    TransactionFilter m_filter;
    SqlCondition m_condition; // the whole filter (the count)
    SqlCondition m_pageCondition; // without the first day, which starts the keyset instead
    qint64 m_startDay = std::numeric_limits<qint64>::min();
    QString m_profileId;
    int m_pageSize;
    std::unique_ptr<Statement> m_page;
    int m_rowsInPage = 0;
    bool m_started = false;
    bool m_done = false;
    bool m_inPage = false;
    StoredTransaction m_row;
};

} // namespace comptoir
