#include "turnoversummary.h"

#include "core/enums.h"
#include "store/rollup.h"

namespace comptoir {

namespace {
constexpr int kSuccess = int(TransactionStatus::Success);
} // namespace

void TurnoverFigures::add(int status, qint64 amountMinor, int sign)
{
    count += sign;
    if (status != kSuccess)
        return;
    successCount += sign;
    if (amountMinor < 0)
        refundsMinor += sign * amountMinor;
    else
        salesMinor += sign * amountMinor;
}

void TurnoverFigures::add(const TurnoverFigures& o)
{
    count += o.count;
    successCount += o.successCount;
    salesMinor += o.salesMinor;
    refundsMinor += o.refundsMinor;
}

void TurnoverSummary::add(qint64 businessDay, const QByteArray& locationId, int method, const QByteArray& currency,
    int status, qint64 amountMinor, int sign)
{
    // Rows come in day order, mostly in one currency, from a handful of locations: the
    // last line of each kind is usually the one to add to (map nodes never move).
    if (!m_total || currency != m_currency) {
        m_currency = currency;
        m_total = &m_totals[currency];
        m_day = nullptr;
        m_location = nullptr;
    }
    if (!m_day || businessDay != m_dayKey) {
        m_dayKey = businessDay;
        m_day = &m_byDay[{ currency, businessDay }];
    }
    if (!m_location || locationId != m_locationKey) {
        m_locationKey = locationId;
        m_location = &m_byLocation[{ currency, locationId }];
    }
    m_day->add(status, amountMinor, sign);
    m_location->add(status, amountMinor, sign);
    m_byMethod[{ currency, method }].add(status, amountMinor, sign);
    m_total->add(status, amountMinor, sign);
}

QList<SummaryLine> TurnoverSummary::lines(SummaryDimension by) const
{
    QList<SummaryLine> out;
    switch (by) {
    case SummaryDimension::Day:
        for (const auto& [key, f] : m_byDay)
            out.append({ QDate::fromJulianDay(key.second), {}, 0, QString::fromUtf8(key.first), f });
        break;
    case SummaryDimension::Location:
        for (const auto& [key, f] : m_byLocation)
            out.append({ {}, QString::fromUtf8(key.second), 0, QString::fromUtf8(key.first), f });
        break;
    case SummaryDimension::Method:
        for (const auto& [key, f] : m_byMethod)
            out.append({ {}, {}, key.second, QString::fromUtf8(key.first), f });
        break;
    }
    return out;
}

QList<SummaryLine> TurnoverSummary::totals() const
{
    QList<SummaryLine> out;
    for (const auto& [currency, f] : m_totals)
        out.append({ {}, {}, 0, QString::fromUtf8(currency), f });
    if (out.isEmpty())
        out.append({ {}, {}, 0, QStringLiteral("EUR"), {} });
    return out;
}

namespace {

// Rollup rows (grouped by `groupBy` | Status | Currency) folded into summary lines.
QList<SummaryLine> fold(const QList<RollupRow>& rows, int key)
{
    std::map<std::tuple<QString, qint64, QString, int>, TurnoverFigures> lines;
    for (const RollupRow& r : rows) {
        TurnoverFigures& f = lines[{ r.currency, key == Rollup::Day ? r.day.toJulianDay() : 0,
            key == Rollup::Location ? r.locationId : QString(), key == Rollup::Method ? r.method : 0 }];
        f.count += r.count;
        if (r.status != kSuccess)
            continue;
        f.successCount += r.count;
        f.salesMinor += r.amountMinor - r.refundMinor;
        f.refundsMinor += r.refundMinor;
    }
    QList<SummaryLine> out;
    for (const auto& [k, f] : lines) {
        SummaryLine line;
        line.currency = std::get<0>(k);
        if (key == Rollup::Day)
            line.day = QDate::fromJulianDay(std::get<1>(k));
        line.locationId = std::get<2>(k);
        line.method = std::get<3>(k);
        line.figures = f;
        out.append(line);
    }
    return out;
}

} // namespace

QList<SummaryLine> summaryFromRollup(CacheDatabase& cache, const TransactionFilter& filter, SummaryDimension by)
{
    const int key = by == SummaryDimension::Day ? Rollup::Day
        : by == SummaryDimension::Location      ? Rollup::Location
                                                : Rollup::Method;
    return fold(Rollup(cache).aggregate(filter, key | Rollup::Status | Rollup::Currency), key);
}

QList<SummaryLine> totalsFromRollup(CacheDatabase& cache, const TransactionFilter& filter)
{
    QList<SummaryLine> out = fold(Rollup(cache).aggregate(filter, Rollup::Status | Rollup::Currency), 0);
    if (out.isEmpty())
        out.append({ {}, {}, 0, QStringLiteral("EUR"), {} });
    return out;
}

} // namespace comptoir
