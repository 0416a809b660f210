#include "periodrepository.h"

#include "scopedtransaction.h"
#include "sql.h"

namespace comptoir {

namespace {
const QString kPeriodColumns = QStringLiteral(
    "id, terminal_id, location_id, sequence, opened_at, closed_at, tx_count, total_minor, currency, has_pdf, version");

Period toPeriod(const QSqlQuery& q)
{
    Period p;
    p.id = q.value(0).toString();
    p.terminalId = q.value(1).toString();
    p.locationId = q.value(2).toString();
    p.sequence = q.value(3).toInt();
    p.openedAt = sql::toTime(q.value(4));
    p.closedAt = sql::toTime(q.value(5));
    p.transactionCount = q.value(6).toInt();
    p.total = Money(q.value(7).toLongLong(), Currency::fromCode(q.value(8).toString()).value_or(Currency::eur()));
    p.hasReportPdf = q.value(9).toInt() != 0;
    p.version = q.value(10).toLongLong();
    return p;
}
} // namespace

void PeriodRepository::upsert(const Period& p)
{
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO periods (") + kPeriodColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                                 "terminal_id = excluded.terminal_id, location_id = excluded.location_id, "
                                 "sequence = excluded.sequence, opened_at = excluded.opened_at, "
                                 "closed_at = excluded.closed_at, tx_count = excluded.tx_count, "
                                 "total_minor = excluded.total_minor, currency = excluded.currency, "
                                 "has_pdf = excluded.has_pdf, version = excluded.version"),
              {p.id, p.terminalId, p.locationId, p.sequence, sql::fromTime(p.openedAt), sql::fromTime(p.closedAt),
               p.transactionCount, qint64(p.total.minor()), p.total.currency().code(), p.hasReportPdf ? 1 : 0, p.version});
}

std::optional<Period> PeriodRepository::get(const QString& id) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kPeriodColumns +
                                              QStringLiteral(" FROM periods WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return toPeriod(q);
}

QList<Period> PeriodRepository::list(const QString& locationId, const QString& terminalId, int limit) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
                            QStringLiteral("SELECT ") + kPeriodColumns +
                                QStringLiteral(" FROM periods WHERE (? = '' OR location_id = ?) AND (? = '' OR terminal_id = ?) "
                                               "ORDER BY opened_at DESC, id DESC LIMIT ?"),
                            {locationId, locationId, terminalId, terminalId, limit});
    QList<Period> out;
    while (q.next())
        out.append(toPeriod(q));
    return out;
}

void PeriodRepository::storePdf(const QString& periodId, const QByteArray& pdf)
{
    sql::exec(m_cache.db(), QStringLiteral("UPDATE periods SET pdf = ?, has_pdf = 1 WHERE id = ?"), {pdf, periodId});
}

std::optional<QByteArray> PeriodRepository::pdf(const QString& periodId) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT pdf FROM periods WHERE id = ?"), {periodId});
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace comptoir
