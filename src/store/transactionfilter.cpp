#include "transactionfilter.h"

namespace comptoir {

bool TransactionFilter::isHourlyRollupCompatible() const
{
    return processors.isEmpty() && !minAmountMinor && !maxAmountMinor && text.trimmed().isEmpty() &&
           periodId.isEmpty();
}

bool TransactionFilter::isRollupCompatible() const
{
    return isHourlyRollupCompatible() && hours.isEmpty();
}

namespace {
template <typename T, typename F>
void addIn(QStringList& parts, QVariantList& binds, const QString& column, const QList<T>& values, F toVariant)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const T& v : values) {
        marks.append(QStringLiteral("?"));
        binds.append(toVariant(v));
    }
    parts.append(column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
}
} // namespace

SqlCondition toSql(const TransactionFilter& f, bool forRollup)
{
    QStringList parts;
    QVariantList binds;
    if (f.from.isValid()) {
        parts.append(QStringLiteral("business_day >= ?"));
        binds.append(f.from.toJulianDay());
    }
    if (f.to.isValid()) {
        parts.append(QStringLiteral("business_day <= ?"));
        binds.append(f.to.toJulianDay());
    }
    const auto str = [](const QString& s) { return QVariant(s); };
    const auto num = [](auto e) { return QVariant(static_cast<int>(e)); };
    addIn(parts, binds, QStringLiteral("location_id"), f.locationIds, str);
    addIn(parts, binds, QStringLiteral("terminal_id"), f.terminalIds, str);
    addIn(parts, binds, QStringLiteral("status"), f.statuses, num);
    addIn(parts, binds, QStringLiteral("status_origin"), f.origins, num);
    addIn(parts, binds, QStringLiteral("method"), f.methods, num);
    // A Julian day number modulo 7 is 0 on Mondays.
    addIn(parts, binds, QStringLiteral("(business_day % 7)"), f.weekdays, [](int w) { return QVariant(w - 1); });
    if (!forRollup) {
        addIn(parts, binds, QStringLiteral("local_hour"), f.hours, [](int h) { return QVariant(h); });
        addIn(parts, binds, QStringLiteral("processor"), f.processors, str);
        if (f.minAmountMinor) {
            parts.append(QStringLiteral("amount_minor >= ?"));
            binds.append(*f.minAmountMinor);
        }
        if (f.maxAmountMinor) {
            parts.append(QStringLiteral("amount_minor <= ?"));
            binds.append(*f.maxAmountMinor);
        }
        if (!f.periodId.isEmpty()) {
            parts.append(QStringLiteral("period_id = ?"));
            binds.append(f.periodId);
        }
        const QString text = f.text.trimmed();
        if (!text.isEmpty()) {
            // Exact id, reference prefix, or the last digits of the card number.
            parts.append(QStringLiteral("(id = ? OR reference LIKE ? ESCAPE '\\' OR masked_pan LIKE ? ESCAPE '\\')"));
            QString escaped = text;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            binds.append(text);
            binds.append(escaped + QLatin1Char('%'));
            binds.append(QLatin1Char('%') + escaped);
        }
    }
    SqlCondition c;
    if (!parts.isEmpty())
        c.where = QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND "));
    c.binds = binds;
    return c;
}

} // namespace comptoir
