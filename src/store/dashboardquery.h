#pragma once

#include "cachedatabase.h"
#include "transactionfilter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace comptoir {

// How the dashboard's time series groups days. Persisted (settings): never reorder.
enum class Granularity : int { Day = 0, Week = 1, Month = 2 };

// The first day of the period of `g` that holds `day` (weeks start on Monday).
QDate periodStart(QDate day, Granularity g);
// The last day of the period that starts on `start`.
QDate periodEnd(QDate start, Granularity g);
// How many periods of `g` the days from..to touch.
int periodCount(QDate from, QDate to, Granularity g);

struct DateRange {
    QDate from;
    QDate to;
    bool operator==(const DateRange&) const = default;
};

// The KPI strip's periods. Persisted: never reorder.
enum class KpiPeriod : int { Today = 0, ThisWeek = 1, ThisMonth = 2 };
inline constexpr KpiPeriod kAllKpiPeriods[] = { KpiPeriod::Today, KpiPeriod::ThisWeek, KpiPeriod::ThisMonth };

// What a KPI compares: the period so far, the previous one over as many days, and the same
// days a year earlier. Today and this week compare with 52 weeks earlier (the same weekdays:
// a Saturday with a Saturday); this month with the same month a year earlier.
struct KpiRanges {
    DateRange current;
    DateRange previous;
    DateRange lastYear;
};
KpiRanges kpiRanges(KpiPeriod period, QDate today);

// One group of transactions, split the ways the dashboard's figures need. Turnover is the
// successful transactions (automatic or manual): sales are their positive amounts, refunds
// their negative ones.
struct DashboardTotals {
    qint64 count = 0; // every transaction in the group, whatever its status
    qint64 salesCount = 0; // successful, amount >= 0
    qint64 salesMinor = 0;
    qint64 refundCount = 0; // successful, amount < 0
    qint64 refundsMinor = 0; // <= 0
    qint64 chargebackCount = 0; // status chargeback
    qint64 chargebackMinor = 0;
    qint64 refundedCount = 0; // payments paid back later (status refunded)
    qint64 refundedMinor = 0;

    qint64 successCount() const { return salesCount + refundCount; }
    qint64 turnoverMinor() const { return salesMinor + refundsMinor; }
    qint64 unsuccessfulCount() const { return count - successCount(); }
    // Gross sales per sale, rounded half to even; nullopt without sales.
    std::optional<qint64> averageTicketMinor() const;
    DashboardTotals& operator+=(const DashboardTotals& o);
    bool operator==(const DashboardTotals&) const = default;
};

// What the dashboard is asked.
struct DashboardRequest {
    // Dates, locations, terminals, methods, statuses, origins, weekdays and hours are used;
    // raw-row criteria (text, processors, amounts, period) are not: clear them first, or
    // compute() ignores them (see dashboardPart()).
    TransactionFilter filter;
    Granularity granularity = Granularity::Day;
    // The day the KPIs are relative to; invalid: no KPIs.
    QDate today;
    // The hour of the day it is now (0-23): today's KPI then compares like with like, the
    // day so far with the same hours of the earlier days. Unset: whole days.
    std::optional<int> nowHour;
    // The locations the user may see (nullopt: all). Only these are ever counted.
    std::optional<QStringList> permittedLocations;
};

// The parts of a filter the dashboard can answer from the rollups.
TransactionFilter dashboardPart(TransactionFilter filter);
// `filter` limited to `permitted` (nullopt: unchanged). `nothing` is set when the user
// may see none of the locations it names (or none at all).
TransactionFilter withinPermitted(TransactionFilter filter, const std::optional<QStringList>& permitted, bool& nothing);

// Every figure of the dashboard, for one request.
struct DashboardFigures {
    TransactionFilter filter; // the effective filter: dashboardPart, within the permitted locations
    Granularity granularity = Granularity::Day;
    DateRange range; // the days the series covers: the filter's, open ends closed by the data
    DashboardTotals total;

    struct Period {
        QDate start; // periodStart(day, granularity)
        DateRange days; // the period's days within `range`
        DashboardTotals totals;
    };
    QList<Period> series; // every period of `range`, oldest first, empty ones too

    struct MethodRow {
        PaymentMethod method = PaymentMethod::Other;
        DashboardTotals totals;
    };
    QList<MethodRow> methods; // each method with transactions, by turnover, highest first

    struct LocationRow {
        QString locationId;
        DashboardTotals totals;
    };
    QList<LocationRow> locations; // each location with transactions, by turnover, highest first
    QHash<QString, QString> locationNames; // id → name, for every location in the cache

    std::array<DashboardTotals, 24> hours {}; // by hour of the day (the location's wall clock)
    std::array<DashboardTotals, 7> weekdays {}; // Monday first
    std::array<int, 7> weekdayDays {}; // how many Mondays … Sundays `range` has

    struct StatusRow {
        TransactionStatus status = TransactionStatus::Success;
        StatusOrigin origin = StatusOrigin::Automatic;
        qint64 count = 0;
        qint64 amountMinor = 0;
        bool operator==(const StatusRow&) const = default;
    };
    QList<StatusRow> statuses; // each (status, origin) with transactions, in enum order

    struct Kpi {
        KpiPeriod period = KpiPeriod::Today;
        KpiRanges ranges;
        std::optional<int> untilHour; // today: the days compared up to the end of this hour
        DashboardTotals current;
        DashboardTotals previous;
        DashboardTotals lastYear;
    };
    QList<Kpi> kpis; // today, this week, this month (none without `today`)

    bool nothingPermitted = false; // the user may see none of the filter's locations
};

// Computes the dashboard's figures from the hourly rollup (tx_hourly_rollup), one pass
// over the requested days and one over the KPIs' days. Throws StoreError.
class DashboardQuery {
public:
    explicit DashboardQuery(CacheDatabase& cache)
        : m_cache(cache)
    {
    }
    DashboardFigures compute(const DashboardRequest& request) const;

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
