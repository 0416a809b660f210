#include "datepresets.h"

#include <QCoreApplication>

namespace comptoir {

std::pair<QDate, QDate> rangeFor(DatePreset preset, QDate today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek()); // Qt: Monday = 1 … Sunday = 7
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case DatePreset::Today:
        return {today, today};
    case DatePreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case DatePreset::ThisWeek:
        return {monday, today};
    case DatePreset::LastWeek:
        return {monday.addDays(-7), monday.addDays(-1)};
    case DatePreset::ThisMonth:
        return {firstOfMonth, today};
    case DatePreset::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case DatePreset::All:
    case DatePreset::Custom:
        break;
    }
    return {QDate(), QDate()};
}

DatePreset presetFor(QDate from, QDate to, QDate today)
{
    for (DatePreset p : kAllDatePresets)
        if (rangeFor(p, today) == std::pair(from, to))
            return p;
    return DatePreset::Custom;
}

std::optional<DatePreset> presetFromInt(int value)
{
    if (value == static_cast<int>(DatePreset::Custom))
        return DatePreset::Custom;
    for (DatePreset p : kAllDatePresets)
        if (static_cast<int>(p) == value)
            return p;
    return std::nullopt;
}

QString displayName(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Today:
        return QCoreApplication::translate("DatePreset", "Today");
    case DatePreset::Yesterday:
        return QCoreApplication::translate("DatePreset", "Yesterday");
    case DatePreset::ThisWeek:
        return QCoreApplication::translate("DatePreset", "This week");
    case DatePreset::LastWeek:
        return QCoreApplication::translate("DatePreset", "Last week");
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("DatePreset", "This month");
    case DatePreset::LastMonth:
        return QCoreApplication::translate("DatePreset", "Last month");
    case DatePreset::ThisYear:
        return QCoreApplication::translate("DatePreset", "This year");
    case DatePreset::Custom:
        return QCoreApplication::translate("DatePreset", "Custom range");
    case DatePreset::All:
        break;
    }
    return QCoreApplication::translate("DatePreset", "All");
}

} // namespace comptoir
