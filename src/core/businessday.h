#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace comptoir {

// Maps UTC instants to the business day (the calendar date) in one time zone. Offsets are
// cached per UTC hour, because converting through QTimeZone for every one of a million
// rows is slow and zone offsets only change on whole hours in the zones we serve.
class BusinessDayCalendar {
public:
    explicit BusinessDayCalendar(const QTimeZone& zone);
    explicit BusinessDayCalendar(const QByteArray& ianaId);
    bool isValid() const { return m_zone.isValid(); }
    QTimeZone zone() const { return m_zone; }

    QDate dayOf(const QDateTime& utc);
    QDate dayOfMsecs(qint64 utcMsecs);
    // The hour of the day (0-23) on the wall clock in this zone at that instant.
    int hourOfMsecs(qint64 utcMsecs);
    // The UTC instants at which `day` starts and ends (exclusive) in this zone.
    QDateTime startOfDayUtc(const QDate& day) const;
    QDateTime endOfDayUtc(const QDate& day) const;

private:
    int offsetSecsForHour(qint64 hour);
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour;
};

} // namespace comptoir
