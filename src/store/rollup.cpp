#include "rollup.h"

#include "sql.h"

namespace comptoir {

namespace {
struct Dim {
    int flag;
    const char* column;
};
constexpr Dim kDims[] = {{Rollup::Day, "business_day"},   {Rollup::Location, "location_id"},
                         {Rollup::Terminal, "terminal_id"}, {Rollup::Method, "method"},
                         {Rollup::Status, "status"},       {Rollup::Origin, "status_origin"},
                         {Rollup::Currency, "currency"}};
} // namespace

QList<RollupRow> Rollup::aggregate(const TransactionFilter& filter, int groupBy) const
{
    QStringList columns;
    for (const Dim& d : kDims)
        if (groupBy & d.flag)
            columns.append(QLatin1String(d.column));
    const SqlCondition c = toSql(filter, true);
    QString statement = QStringLiteral("SELECT ");
    for (const QString& col : columns)
        statement += col + QStringLiteral(", ");
    // The per-location table is a third of the size; only terminal questions need the other.
    const bool perTerminal = (groupBy & Terminal) || !filter.terminalIds.isEmpty();
    statement += QStringLiteral("SUM(tx_count), SUM(amount_minor), SUM(refund_count), SUM(refund_minor) FROM ") +
                 (perTerminal ? QStringLiteral("tx_daily_rollup ") : QStringLiteral("tx_location_rollup ")) + c.where;
    if (!columns.isEmpty())
        statement += QStringLiteral(" GROUP BY ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" ORDER BY ") +
                     columns.join(QStringLiteral(", "));
    QSqlQuery q = sql::prepare(m_cache.db(), statement);
    int i = 0;
    for (const QVariant& v : c.binds)
        sql::bind(q, i++, v);
    sql::exec(q);

    QList<RollupRow> out;
    while (q.next()) {
        RollupRow r;
        int col = 0;
        for (const Dim& d : kDims) {
            if (!(groupBy & d.flag))
                continue;
            const QVariant v = q.value(col++);
            switch (d.flag) {
            case Day: r.day = sql::toDay(v); break;
            case Location: r.locationId = v.toString(); break;
            case Terminal: r.terminalId = v.toString(); break;
            case Method: r.method = v.toInt(); break;
            case Status: r.status = v.toInt(); break;
            case Origin: r.origin = v.toInt(); break;
            case Currency: r.currency = v.toString(); break;
            }
        }
        r.count = q.value(col++).toLongLong();
        if (r.count == 0 && columns.isEmpty() && q.value(col).isNull())
            break; // no rows at all
        r.amountMinor = q.value(col++).toLongLong();
        r.refundCount = q.value(col++).toLongLong();
        r.refundMinor = q.value(col++).toLongLong();
        out.append(r);
    }
    return out;
}

qint64 Rollup::rowCount() const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT COUNT(*) FROM tx_daily_rollup"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace comptoir
