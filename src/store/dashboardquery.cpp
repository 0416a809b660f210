#include "dashboardquery.h"

#include "core/money.h"
#include "hourlyrollup.h"
#include "locationrepository.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace comptoir {

// ---------------------------------------------------------------------------------------
// Periods

QDate periodStart(QDate day, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate periodEnd(QDate start, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return start;
    case Granularity::Week:
        return start.addDays(6);
    case Granularity::Month:
        return start.addMonths(1).addDays(-1);
    }
    return start;
}

int periodCount(QDate from, QDate to, Granularity g)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    switch (g) {
    case Granularity::Day:
        return int(std::min<qint64>(from.daysTo(to) + 1, std::numeric_limits<int>::max()));
    case Granularity::Week:
        return int(periodStart(from, g).daysTo(periodStart(to, g)) / 7 + 1);
    case Granularity::Month:
        return (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    }
    return 0;
}

KpiRanges kpiRanges(KpiPeriod period, QDate today)
{
    KpiRanges r;
    switch (period) {
    case KpiPeriod::Today:
        r.current = { today, today };
        r.previous = { today.addDays(-1), today.addDays(-1) };
        r.lastYear = { today.addDays(-364), today.addDays(-364) };
        break;
    case KpiPeriod::ThisWeek: {
        const QDate monday = periodStart(today, Granularity::Week);
        r.current = { monday, today };
        r.previous = { monday.addDays(-7), today.addDays(-7) };
        r.lastYear = { monday.addDays(-364), today.addDays(-364) };
        break;
    }
    case KpiPeriod::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        r.current = { first, today };
        // The same days of the earlier month, as far as it has them (31 March: 1-28 February).
        const auto sameDays = [&](QDate start) {
            return DateRange { start, start.addDays(std::min(today.day(), start.daysInMonth()) - 1) };
        };
        r.previous = sameDays(first.addMonths(-1));
        r.lastYear = sameDays(first.addYears(-1));
        break;
    }
    }
    return r;
}

// ---------------------------------------------------------------------------------------
// Totals

std::optional<qint64> DashboardTotals::averageTicketMinor() const
{
    if (salesCount <= 0)
        return std::nullopt;
    return Money::eur(salesMinor).multipliedBy(1, salesCount, Rounding::HalfEven).minor();
}

DashboardTotals& DashboardTotals::operator+=(const DashboardTotals& o)
{
    count += o.count;
    salesCount += o.salesCount;
    salesMinor += o.salesMinor;
    refundCount += o.refundCount;
    refundsMinor += o.refundsMinor;
    chargebackCount += o.chargebackCount;
    chargebackMinor += o.chargebackMinor;
    refundedCount += o.refundedCount;
    refundedMinor += o.refundedMinor;
    return *this;
}

TransactionFilter dashboardPart(TransactionFilter f)
{
    f.processors.clear();
    f.minAmountMinor.reset();
    f.maxAmountMinor.reset();
    f.text.clear();
    f.periodId.clear();
    return f;
}

TransactionFilter withinPermitted(TransactionFilter f, const std::optional<QStringList>& permitted, bool& nothing)
{
    nothing = false;
    if (!permitted)
        return f;
    if (f.locationIds.isEmpty()) {
        f.locationIds = *permitted;
    } else {
        QStringList kept;
        for (const QString& id : std::as_const(f.locationIds))
            if (permitted->contains(id))
                kept.append(id);
        f.locationIds = kept;
    }
    nothing = f.locationIds.isEmpty();
    return f;
}

namespace {

// Counts and sums by status slot and sign: what every figure is made of. Adding is
// branch-free (the inner loop runs once per cell, millions of times a refresh); sums wrap
// instead of overflowing, so a damaged cache gives odd numbers rather than undefined
// behaviour.
constexpr int kStatusSlots = 16; // the statuses' values are 1-8; others (a newer Comptoir's) go to 0
struct Acc {
    std::array<quint64, kStatusSlots * 4> v {}; // [(status * 2 + negative) * 2 + (0: count, 1: amount)]
    static int slot(int status) { return status < kStatusSlots ? status : 0; }
    void add(const HourlyCell& c)
    {
        const int i = (slot(c.status) * 2 + (c.negative ? 1 : 0)) * 2;
        v[std::size_t(i)] += quint64(c.count);
        v[std::size_t(i + 1)] += quint64(c.amountMinor);
    }
    void add(const Acc& o)
    {
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] += o.v[i];
    }
    qint64 count(int status, int negative) const { return qint64(v[std::size_t((status * 2 + negative) * 2)]); }
    qint64 amount(int status, int negative) const { return qint64(v[std::size_t((status * 2 + negative) * 2 + 1)]); }
    DashboardTotals totals() const
    {
        DashboardTotals t;
        for (int s = 0; s < kStatusSlots; ++s)
            t.count += count(s, 0) + count(s, 1);
        const int success = int(TransactionStatus::Success);
        t.salesCount = count(success, 0);
        t.salesMinor = amount(success, 0);
        t.refundCount = count(success, 1);
        t.refundsMinor = amount(success, 1);
        const int chargeback = int(TransactionStatus::Chargeback);
        t.chargebackCount = count(chargeback, 0) + count(chargeback, 1);
        t.chargebackMinor = amount(chargeback, 0) + amount(chargeback, 1);
        const int refunded = int(TransactionStatus::Refunded);
        t.refundedCount = count(refunded, 0) + count(refunded, 1);
        t.refundedMinor = amount(refunded, 0) + amount(refunded, 1);
        return t;
    }
};

struct DayAcc {
    qint64 day;
    Acc acc;
};

// What the main pass gathers besides the days.
struct Detail {
    std::array<Acc, 24> hours;
    std::array<Acc, 64> methods;
    std::array<std::array<quint64, 4>, kStatusSlots> statusOrigin {}; // [status][origin 1/2 → count, amount]
    std::vector<Acc> locations;
    std::vector<QByteArray> locationIds;
    QHash<QByteArray, int> locationIndex;
};

// One pass over the hourly rollup's rows for `filter`: per day (ascending) and, with
// `detail`, per hour, method, status and location.
std::vector<DayAcc> scan(const QSqlDatabase& db, const TransactionFilter& filter, Detail* detail)
{
    std::vector<DayAcc> days;
    HourlyRowCursor rows(db, filter);
    HourlyCellFilter cells(filter);
    Acc row;
    while (rows.next()) {
        const HourlyCellsView& view = rows.cells();
        cells.beginRow(view);
        row = Acc();
        bool any = false;
        if (detail) {
            for (int i = 0; i < view.cellCount(); ++i) {
                const HourlyCell c = view.cell(i);
                if (!cells.matches(c))
                    continue;
                any = true;
                row.add(c);
                detail->hours[std::size_t(c.hour)].add(c);
                detail->methods[std::size_t(c.method)].add(c);
                auto& so = detail->statusOrigin[std::size_t(Acc::slot(c.status))];
                const std::size_t o = c.origin == int(StatusOrigin::Manual) ? 2 : 0;
                so[o] += quint64(c.count);
                so[o + 1] += quint64(c.amountMinor);
            }
        } else {
            for (int i = 0; i < view.cellCount(); ++i) {
                const HourlyCell c = view.cell(i);
                if (cells.matches(c)) {
                    any = true;
                    row.add(c);
                }
            }
        }
        if (!any)
            continue;
        if (days.empty() || days.back().day != rows.julianDay())
            days.push_back({ rows.julianDay(), Acc() });
        days.back().acc.add(row);
        if (detail) {
            const QByteArrayView id = rows.locationUtf8();
            const QByteArray key = QByteArray::fromRawData(id.data(), id.size());
            auto it = detail->locationIndex.constFind(key);
            int index;
            if (it == detail->locationIndex.constEnd()) {
                index = int(detail->locations.size());
                detail->locationIds.push_back(id.toByteArray());
                detail->locationIndex.insert(detail->locationIds.back(), index);
                detail->locations.emplace_back();
            } else {
                index = *it;
            }
            detail->locations[std::size_t(index)].add(row);
        }
    }
    return days;
}

// The sum of the days within `range` (days ascending).
Acc sumOf(const std::vector<DayAcc>& days, const DateRange& range)
{
    Acc sum;
    const qint64 from = range.from.toJulianDay(), to = range.to.toJulianDay();
    auto it = std::lower_bound(days.begin(), days.end(), from, [](const DayAcc& d, qint64 v) { return d.day < v; });
    for (; it != days.end() && it->day <= to; ++it)
        sum.add(it->acc);
    return sum;
}

bool higherTurnover(const DashboardTotals& a, const DashboardTotals& b)
{
    if (a.turnoverMinor() != b.turnoverMinor())
        return a.turnoverMinor() > b.turnoverMinor();
    return a.count > b.count;
}

constexpr int kMaxPeriods = 2000; // a series longer than this is narrowed (see compute())

} // namespace

DashboardFigures DashboardQuery::compute(const DashboardRequest& request) const
{
    DashboardFigures out;
    out.granularity = request.granularity;
    out.filter = withinPermitted(dashboardPart(request.filter), request.permittedLocations, out.nothingPermitted);
    for (const Location& l : LocationRepository(m_cache).all())
        out.locationNames.insert(l.id, l.name);
    const QSqlDatabase db = m_cache.db();

    Detail detail;
    std::vector<DayAcc> days;
    if (!out.nothingPermitted)
        days = scan(db, out.filter, &detail);

    // The series' days: the filter's, open ends closed by the data (or by each other).
    DateRange range { out.filter.from, out.filter.to };
    if (!range.from.isValid())
        range.from = !days.empty() ? QDate::fromJulianDay(days.front().day) : range.to;
    if (!range.to.isValid())
        range.to = !days.empty() ? QDate::fromJulianDay(days.back().day) : range.from;
    if (!range.from.isValid() && !range.to.isValid())
        range = { request.today, request.today };
    // A range far wider than the data (a filter from year 1 to 9999) is narrowed to it,
    // and a series still too long for a chart goes by months, then keeps its last periods.
    if (periodCount(range.from, range.to, out.granularity) > kMaxPeriods && !days.empty()) {
        range.from = std::max(range.from, QDate::fromJulianDay(days.front().day));
        range.to = std::min(range.to, QDate::fromJulianDay(days.back().day));
    }
    if (periodCount(range.from, range.to, out.granularity) > kMaxPeriods)
        out.granularity = Granularity::Month;
    if (periodCount(range.from, range.to, out.granularity) > kMaxPeriods)
        range.from = periodStart(range.to, Granularity::Month).addMonths(1 - kMaxPeriods);
    out.range = range;

    Acc all;
    if (range.from.isValid() && range.to.isValid() && range.from <= range.to) {
        auto day = std::lower_bound(
            days.begin(), days.end(), range.from.toJulianDay(), [](const DayAcc& d, qint64 v) { return d.day < v; });
        for (QDate p = periodStart(range.from, out.granularity); p <= range.to;
             p = periodEnd(p, out.granularity).addDays(1)) {
            DashboardFigures::Period period;
            period.start = p;
            period.days = { std::max(p, range.from), std::min(periodEnd(p, out.granularity), range.to) };
            Acc acc;
            const qint64 last = period.days.to.toJulianDay();
            for (; day != days.end() && day->day <= last; ++day)
                acc.add(day->acc);
            period.totals = acc.totals();
            out.series.append(period);
        }
        // Whole weeks give each weekday one day; the rest start on the first day's weekday.
        const qint64 n = range.from.daysTo(range.to) + 1;
        for (int w = 0; w < 7; ++w)
            out.weekdayDays[std::size_t(w)] = int(n / 7);
        for (qint64 i = 0; i < n % 7; ++i)
            ++out.weekdayDays[std::size_t((range.from.dayOfWeek() - 1 + i) % 7)];
    }
    std::array<Acc, 7> weekdays;
    for (const DayAcc& d : days) {
        all.add(d.acc);
        weekdays[std::size_t(d.day % 7)].add(d.acc); // a Julian day modulo 7 is 0 on Mondays
    }
    out.total = all.totals();
    for (std::size_t w = 0; w < 7; ++w)
        out.weekdays[w] = weekdays[w].totals();
    for (std::size_t h = 0; h < 24; ++h)
        out.hours[h] = detail.hours[h].totals();
    for (PaymentMethod m : kAllMethods) {
        const DashboardTotals t = detail.methods[std::size_t(m)].totals();
        if (t.count > 0)
            out.methods.append({ m, t });
    }
    std::stable_sort(out.methods.begin(), out.methods.end(),
        [](const auto& a, const auto& b) { return higherTurnover(a.totals, b.totals); });
    for (std::size_t i = 0; i < detail.locations.size(); ++i)
        out.locations.append({ QString::fromUtf8(detail.locationIds[i]), detail.locations[i].totals() });
    std::sort(out.locations.begin(), out.locations.end(), [](const auto& a, const auto& b) {
        if (a.totals.turnoverMinor() != b.totals.turnoverMinor() || a.totals.count != b.totals.count)
            return higherTurnover(a.totals, b.totals);
        return a.locationId < b.locationId;
    });
    for (TransactionStatus s : kAllStatuses) {
        const auto& so = detail.statusOrigin[std::size_t(Acc::slot(int(s)))];
        for (StatusOrigin o : { StatusOrigin::Automatic, StatusOrigin::Manual }) {
            const std::size_t i = o == StatusOrigin::Manual ? 2 : 0;
            if (so[i] != 0)
                out.statuses.append({ s, o, qint64(so[i]), qint64(so[i + 1]) });
        }
    }

    // The KPIs: the same filter, but their own days; two short passes (this month and the
    // month before, and the same weeks a year earlier).
    if (request.today.isValid() && !out.nothingPermitted) {
        TransactionFilter f = out.filter;
        QDate recentFrom = request.today, yearAgoFrom = request.today, yearAgoTo;
        QList<KpiRanges> ranges;
        for (KpiPeriod p : kAllKpiPeriods) {
            const KpiRanges r = kpiRanges(p, request.today);
            ranges.append(r);
            recentFrom = std::min({ recentFrom, r.current.from, r.previous.from });
            yearAgoFrom = std::min(yearAgoFrom, r.lastYear.from);
            yearAgoTo = yearAgoTo.isValid() ? std::max(yearAgoTo, r.lastYear.to) : r.lastYear.to;
        }
        f.from = recentFrom;
        f.to = request.today;
        const std::vector<DayAcc> recent = scan(db, f, nullptr);
        f.from = yearAgoFrom;
        f.to = yearAgoTo;
        const std::vector<DayAcc> yearAgo = scan(db, f, nullptr);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            DashboardFigures::Kpi k;
            k.period = kAllKpiPeriods[i];
            k.ranges = ranges[i];
            k.current = sumOf(recent, k.ranges.current).totals();
            k.previous = sumOf(recent, k.ranges.previous).totals();
            k.lastYear = sumOf(yearAgo, k.ranges.lastYear).totals();
            if (k.period == KpiPeriod::Today && request.nowHour && *request.nowHour >= 0 && *request.nowHour < 23) {
                // The day so far against the same hours of the earlier days: two more
                // passes over one day each.
                k.untilHour = *request.nowHour;
                TransactionFilter sameHours = out.filter;
                QList<int> hours;
                for (int h = 0; h <= *request.nowHour; ++h)
                    if (sameHours.hours.isEmpty() || sameHours.hours.contains(h))
                        hours.append(h);
                sameHours.hours = hours.isEmpty() ? QList<int> { -1 } : hours; // -1: no hour at all
                const auto within = [&](const DateRange& r) {
                    sameHours.from = r.from;
                    sameHours.to = r.to;
                    Acc sum;
                    for (const DayAcc& d : scan(db, sameHours, nullptr))
                        sum.add(d.acc);
                    return sum.totals();
                };
                // Today itself is everything so far (nothing is later than now, whichever
                // clock the hour came from); the other days up to the same hour.
                k.previous = within(k.ranges.previous);
                k.lastYear = within(k.ranges.lastYear);
            }
            out.kpis.append(k);
        }
    }
    return out;
}

} // namespace comptoir
