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

    // Whether the daily rollup can answer totals for this filter (no raw-row criteria).
    bool isRollupCompatible() const;
    bool operator==(const TransactionFilter&) const = default;
};

// A WHERE clause with positional bind values, for a table with the transaction columns.
struct SqlCondition {
    QString where; // "" or "WHERE ..."
    QVariantList binds;
};
// `forRollup`: only the columns the rollup table has.
SqlCondition toSql(const TransactionFilter& filter, bool forRollup = false);

} // namespace comptoir
