#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace comptoir {

// Dates and times as the user's locale writes them, always with the year in full: some
// locales' short formats have two digits ("1/12/26" in fr_BE), which reads as a day on a
// receipt or a bank statement.
QString fullYearDateFormat(const QLocale& locale = QLocale());
QString shortDate(const QDate& date, const QLocale& locale = QLocale());
QString shortDateTime(const QDateTime& dateTime, const QLocale& locale = QLocale());

} // namespace comptoir
