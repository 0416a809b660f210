#pragma once

#include "cachedatabase.h"
#include "core/businessday.h"
#include "core/entities.h"
#include "transactionfilter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <memory>
#include <optional>
#include <span>

namespace comptoir {

class AuditLog;

// Where a page of transactions ends, for keyset paging. Pages run newest first by
// business day, then time, then id: the order of the cache's one secondary index.
struct TransactionCursor {
    qint64 businessDay = 0; // Julian day
    qint64 createdAtMsecs = 0;
    QString id;
    QVariant sortValue; // the sort key's value at the last row (sorts other than by time)
    bool isNull() const { return id.isEmpty(); }
};

// The order of a transaction list: by a column, the time and the id breaking ties in the
// same direction (so keyset paging stays exact). Time is the order of the cache's index;
// other keys scan the filtered rows (see docs/performance.md). Locations and terminals
// sort by name, statuses, types and methods by their place in the portal's lists, day
// closes by the portal's period id (a terminal's periods in number order).
struct TransactionSort {
    // Persisted in settings: append, never reorder.
    enum class Key { Time, Amount, Location, Terminal, Type, Method, Status, Origin, Reference, Card, Period };
    Key key = Key::Time;
    bool descending = true;
    bool operator==(const TransactionSort&) const = default;
};

// One page of a sorted list and where the next one starts.
struct TransactionPage {
    QList<Transaction> rows;
    TransactionCursor last; // null when rows is empty
};

// Totals of a set of transactions. Turnover counts successful transactions only
// (automatic or manual): sales are their positive amounts, refunds their negative ones.
struct TransactionTotals {
    qint64 count = 0;         // every transaction in the set, whatever its status
    qint64 successCount = 0;
    qint64 grossSalesMinor = 0;
    qint64 refundsMinor = 0;  // <= 0
    qint64 netMinor() const { return grossSalesMinor + refundsMinor; }
    bool operator==(const TransactionTotals&) const = default;
};

// Reads and writes transactions in the cache and keeps the rollups exact: every insert,
// update and delete adjusts tx_daily_rollup, tx_location_rollup and tx_hourly_rollup in
// the same database transaction. It is the only writer of transactions.
class TransactionRepository {
public:
    explicit TransactionRepository(CacheDatabase& cache) : m_cache(cache) {}

    struct UpsertStats {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0; // same or older version than the cached one
    };
    // Inserts new transactions and replaces cached ones with a higher version. Joins the
    // caller's ScopedTransaction when there is one.
    UpsertStats upsert(std::span<const Transaction> batch);
    UpsertStats upsert(const Transaction& t) { return upsert(std::span<const Transaction>(&t, 1)); }
    bool remove(const QString& id);
    // Writes t over the cached row whatever its version (undoing a local edit the portal refused).
    void replace(const Transaction& t);

    std::optional<Transaction> get(const QString& id) const;
    qint64 count() const;

    // Newest first, starting after `after` (or at the newest when null).
    QList<Transaction> page(const TransactionFilter& filter, const TransactionCursor& after, int limit) const;
    // In `sort` order, starting after `after` (a cursor from an earlier page of the same
    // filter and sort), or at the start when null.
    TransactionPage page(const TransactionFilter& filter, const TransactionSort& sort, const TransactionCursor& after,
                         int limit) const;
    static TransactionCursor cursorOf(const Transaction& t)
    {
        return {t.businessDay.toJulianDay(), t.createdAt.toMSecsSinceEpoch(), t.id, QVariant()};
    }

    // Totals for a filter; from a rollup when the filter allows it (the hourly one for
    // hours), else from raw rows.
    TransactionTotals totals(const TransactionFilter& filter) const;

    // A local edit: resolves a manual-intervention transaction to success or failed,
    // as `actor` at `at`; recorded in the audit log. Refused (std::nullopt + reason) for
    // any other status or transaction.
    std::optional<QString> setManualStatus(const QString& id, TransactionStatus status, const QString& actor,
                                           const QDateTime& at, AuditLog& audit);

    // Recomputes the three rollups from the raw rows (repair tool); returns rows written.
    qint64 rebuildRollup();

private:
    // Each location's calendar (for the hour of new rows) and the ids of all locations.
    QHash<QString, BusinessDayCalendar*> loadZones(QSet<QString>& locationIds);
    QHash<QString, std::shared_ptr<BusinessDayCalendar>> m_calendars; // by zone id, kept between batches
    // A period filter also bounds the days, so the day index finds the rows.
    TransactionFilter withPeriodDays(TransactionFilter filter) const;
    CacheDatabase& m_cache;
};

} // namespace comptoir
