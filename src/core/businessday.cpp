#include "businessday.h"

namespace comptoir {

BusinessDayCalendar::BusinessDayCalendar(const QTimeZone& zone) : m_zone(zone) {}

BusinessDayCalendar::BusinessDayCalendar(const QByteArray& ianaId) : m_zone(ianaId) {}

int BusinessDayCalendar::offsetSecsForHour(qint64 hour)
{
    auto it = m_offsetByHour.constFind(hour);
    if (it != m_offsetByHour.constEnd())
        return *it;
    if (m_offsetByHour.size() > 200000) // bounded: a few decades of hours
        m_offsetByHour.clear();
    const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC));
    m_offsetByHour.insert(hour, offset);
    return offset;
}

QDate BusinessDayCalendar::dayOfMsecs(qint64 utcMsecs)
{
    const qint64 secs = utcMsecs >= 0 ? utcMsecs / 1000 : (utcMsecs - 999) / 1000;
    const qint64 hour = secs >= 0 ? secs / 3600 : (secs - 3599) / 3600;
    const qint64 local = secs + offsetSecsForHour(hour);
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return QDate(1970, 1, 1).addDays(days);
}

int BusinessDayCalendar::hourOfMsecs(qint64 utcMsecs)
{
    const qint64 secs = utcMsecs >= 0 ? utcMsecs / 1000 : (utcMsecs - 999) / 1000;
    const qint64 hour = secs >= 0 ? secs / 3600 : (secs - 3599) / 3600;
    const qint64 local = secs + offsetSecsForHour(hour);
    const qint64 inDay = ((local % 86400) + 86400) % 86400;
    return int(inDay / 3600);
}

QDate BusinessDayCalendar::dayOf(const QDateTime& utc)
{
    return dayOfMsecs(utc.toMSecsSinceEpoch());
}

QDateTime BusinessDayCalendar::startOfDayUtc(const QDate& day) const
{
    return day.startOfDay(m_zone).toUTC();
}

QDateTime BusinessDayCalendar::endOfDayUtc(const QDate& day) const
{
    return day.addDays(1).startOfDay(m_zone).toUTC();
}

} // namespace comptoir
