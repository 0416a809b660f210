#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace comptoir {

// The date ranges a user picks from above the transaction list. The numeric values are
// persisted (settings) and never reordered.
enum class DatePreset : int {
    Today = 0,
    Yesterday = 1,
    ThisWeek = 2,
    LastWeek = 3,
    ThisMonth = 4,
    LastMonth = 5,
    ThisYear = 6,
    All = 7,
    Custom = 8, // a range the user picks; rangeFor() gives no bounds for it
};
inline constexpr DatePreset kAllDatePresets[] = {
    DatePreset::Today,     DatePreset::Yesterday, DatePreset::ThisWeek, DatePreset::LastWeek,
    DatePreset::ThisMonth, DatePreset::LastMonth, DatePreset::ThisYear, DatePreset::All};

// The inclusive business-day range of a preset relative to `today`. Weeks start on
// Monday; "this week/month/year" end today. All and Custom give two null dates.
std::pair<QDate, QDate> rangeFor(DatePreset preset, QDate today);
// The preset whose range relative to `today` is exactly [from, to]; Custom when none is.
DatePreset presetFor(QDate from, QDate to, QDate today);

// The preset with this persisted value, if any.
std::optional<DatePreset> presetFromInt(int value);

// The preset's name in the current UI language.
QString displayName(DatePreset preset);

} // namespace comptoir
