#pragma once

#include "store/cachedatabase.h"
#include "store/transactionfilter.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <map>
#include <tuple>

namespace comptoir {

// The figures a bookkeeper checks, in integer minor units. Turnover counts successful
// transactions (automatic or manual status): positive amounts are sales, negative ones
// refunds. `count` is every transaction, whatever its status.
struct TurnoverFigures {
    qint64 count = 0;
    qint64 successCount = 0;
    qint64 salesMinor = 0;
    qint64 refundsMinor = 0; // <= 0
    qint64 netMinor() const { return salesMinor + refundsMinor; }

    // One transaction; `sign` -1 takes it out again (an export's reversal of what an
    // earlier export sent), with its amount as it was sent.
    void add(int status, qint64 amountMinor, int sign = 1);
    void add(const TurnoverFigures& other);
    bool operator==(const TurnoverFigures&) const = default;
};

enum class SummaryDimension { Day, Location, Method };

// One line of a summary: a day, a location or a payment method, in one currency.
struct SummaryLine {
    QDate day; // SummaryDimension::Day
    QString locationId; // SummaryDimension::Location
    int method = 0; // SummaryDimension::Method (core PaymentMethod)
    QString currency;
    TurnoverFigures figures;
    bool operator==(const SummaryLine&) const = default;
};

// Adds transactions up by day, by location and by payment method at once, as an export
// streams them, so that its summary sheets hold exactly what its rows hold.
class TurnoverSummary {
public:
    TurnoverSummary() = default;
    TurnoverSummary(const TurnoverSummary&) = delete; // it points into its own maps
    TurnoverSummary& operator=(const TurnoverSummary&) = delete;

    void add(qint64 businessDay, const QByteArray& locationId, int method, const QByteArray& currency, int status,
        qint64 amountMinor, int sign = 1);

    // Ordered by currency, then by day, location id or method.
    QList<SummaryLine> lines(SummaryDimension by) const;
    // Per currency (ordered by code); EUR with zeros when nothing was added.
    QList<SummaryLine> totals() const;
    bool isEmpty() const { return m_totals.empty(); }

private:
    std::map<std::pair<QByteArray, qint64>, TurnoverFigures> m_byDay;
    std::map<std::pair<QByteArray, QByteArray>, TurnoverFigures> m_byLocation;
    std::map<std::pair<QByteArray, int>, TurnoverFigures> m_byMethod;
    std::map<QByteArray, TurnoverFigures> m_totals;
    // The lines the last row went to.
    QByteArray m_currency;
    TurnoverFigures* m_total = nullptr;
    qint64 m_dayKey = 0;
    TurnoverFigures* m_day = nullptr;
    QByteArray m_locationKey;
    TurnoverFigures* m_location = nullptr;
};

// The same lines straight from the cache's rollup (no raw rows: a year in milliseconds),
// for the rollup-compatible parts of `filter`; plus the totals per currency.
QList<SummaryLine> summaryFromRollup(CacheDatabase& cache, const TransactionFilter& filter, SummaryDimension by);
QList<SummaryLine> totalsFromRollup(CacheDatabase& cache, const TransactionFilter& filter);

} // namespace comptoir
