#include "dateformats.h"

#include <QRegularExpression>

namespace comptoir {

QString fullYearDateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

QString shortDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, fullYearDateFormat(locale));
}

QString shortDateTime(const QDateTime& dateTime, const QLocale& locale)
{
    return locale.toString(dateTime, fullYearDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace comptoir
