#pragma once

#include "core/enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace comptoir {

// What a user filters the transactions by. Empty lists mean "any". Dates are business
// days, inclusive.
struct TransactionFilter {
    QDate from;
    QDate to;
    QStringList locationIds;
    QStringList terminalIds;
    QList<TransactionStatus> statuses;
    QList<StatusOrigin> origins;
    QList<PaymentMethod> methods;
    QStringList processors;
    std::optional<qint64> minAmountMinor;
    std::optional<qint64> maxAmountMinor;
    QString text; // reference, transaction id, or the last four card digits
    QString periodId;
    // Days of the week of the business day, 1 (Monday) to 7 (Sunday) as Qt::DayOfWeek.
    QList<int> weekdays;
    // Hours of the day, 0-23, on the wall clock of the transaction's location when it was
    // made (transactions.local_hour; the hourly rollup files them the same way).
    QList<int> hours;

    // Whether the daily rollups (tx_daily_rollup, tx_location_rollup) can answer totals
    // for this filter: no raw-row criteria and no hours (they have no hour).
    bool isRollupCompatible() const;
    // Whether the hourly rollup can answer it: the same, except that hours are fine.
    bool isHourlyRollupCompatible() const;
    bool operator==(const TransactionFilter&) const = default;
};

// A WHERE clause with positional bind values, for a table with the transaction columns.
struct SqlCondition {
    QString where; // "" or "WHERE ..."
    QVariantList binds;
};
// `forRollup`: only the columns the daily rollup tables have (no hours: a caller that may
// get hours checks isRollupCompatible() first).
SqlCondition toSql(const TransactionFilter& filter, bool forRollup = false);

} // namespace comptoir
