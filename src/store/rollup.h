#pragma once

#include "cachedatabase.h"
#include "transactionfilter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace comptoir {

// One row of an aggregation over the daily rollup. Key fields the query did not group
// by are left empty / zero.
struct RollupRow {
    QDate day;
    QString locationId;
    QString terminalId;
    int method = 0;
    int status = 0;
    int origin = 0;
    QString currency;
    qint64 count = 0;
    qint64 amountMinor = 0;      // net of all amounts
    qint64 refundCount = 0;
    qint64 refundMinor = 0;      // sum of negative amounts
    bool operator==(const RollupRow&) const = default;
};

// Aggregations over the rollups (tx_location_rollup, or tx_daily_rollup when a question
// involves terminals): charts and totals never scan raw transactions.
class Rollup {
public:
    enum Dimension { Day = 1, Location = 2, Terminal = 4, Method = 8, Status = 16, Origin = 32, Currency = 64 };
    explicit Rollup(CacheDatabase& cache) : m_cache(cache) {}

    // Only the rollup-compatible parts of `filter` are used (dates, locations,
    // terminals, statuses, origins, methods). Rows ordered by the grouped keys.
    QList<RollupRow> aggregate(const TransactionFilter& filter, int groupBy) const;
    qint64 rowCount() const;

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
