#include "gui/datepresets.h"

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {
using Range = std::pair<QDate, QDate>;
Range days(QDate from, QDate to) { return {from, to}; }
} // namespace

TEST_CASE("Date presets: today and yesterday")
{
    const QDate today(2026, 5, 13); // a Wednesday
    CHECK(rangeFor(DatePreset::Today, today) == days(today, today));
    CHECK(rangeFor(DatePreset::Yesterday, today) == days(QDate(2026, 5, 12), QDate(2026, 5, 12)));
    // Yesterday across a month and a year boundary.
    CHECK(rangeFor(DatePreset::Yesterday, QDate(2026, 3, 1)) == days(QDate(2026, 2, 28), QDate(2026, 2, 28)));
    CHECK(rangeFor(DatePreset::Yesterday, QDate(2026, 1, 1)) == days(QDate(2025, 12, 31), QDate(2025, 12, 31)));
}

TEST_CASE("Date presets: weeks start on Monday")
{
    SECTION("mid-week")
    {
        const QDate wednesday(2026, 5, 13);
        CHECK(rangeFor(DatePreset::ThisWeek, wednesday) == days(QDate(2026, 5, 11), wednesday));
        CHECK(rangeFor(DatePreset::LastWeek, wednesday) == days(QDate(2026, 5, 4), QDate(2026, 5, 10)));
    }
    SECTION("on a Monday, this week is just today")
    {
        const QDate monday(2026, 5, 11);
        CHECK(rangeFor(DatePreset::ThisWeek, monday) == days(monday, monday));
        CHECK(rangeFor(DatePreset::LastWeek, monday) == days(QDate(2026, 5, 4), QDate(2026, 5, 10)));
    }
    SECTION("on a Sunday, the week is still the one that started on Monday")
    {
        const QDate sunday(2026, 5, 17);
        CHECK(rangeFor(DatePreset::ThisWeek, sunday) == days(QDate(2026, 5, 11), sunday));
        CHECK(rangeFor(DatePreset::LastWeek, sunday) == days(QDate(2026, 5, 4), QDate(2026, 5, 10)));
    }
    SECTION("weeks across a year boundary")
    {
        const QDate friday(2027, 1, 1);
        CHECK(rangeFor(DatePreset::ThisWeek, friday) == days(QDate(2026, 12, 28), friday));
        CHECK(rangeFor(DatePreset::LastWeek, friday) == days(QDate(2026, 12, 21), QDate(2026, 12, 27)));
    }
    SECTION("last week is always Monday to Sunday, seven days")
    {
        for (QDate d(2026, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
            const auto [from, to] = rangeFor(DatePreset::LastWeek, d);
            INFO(d.toString(Qt::ISODate).toStdString());
            CHECK(from.dayOfWeek() == 1);
            CHECK(to.dayOfWeek() == 7);
            CHECK(from.daysTo(to) == 6);
            CHECK(to < d);
            CHECK(to.daysTo(d) <= 7);
        }
    }
}

TEST_CASE("Date presets: months and years")
{
    SECTION("the first of a month")
    {
        const QDate first(2026, 3, 1);
        CHECK(rangeFor(DatePreset::ThisMonth, first) == days(first, first));
        CHECK(rangeFor(DatePreset::LastMonth, first) == days(QDate(2026, 2, 1), QDate(2026, 2, 28)));
    }
    SECTION("the last day of a month")
    {
        const QDate last(2026, 4, 30);
        CHECK(rangeFor(DatePreset::ThisMonth, last) == days(QDate(2026, 4, 1), last));
        CHECK(rangeFor(DatePreset::LastMonth, last) == days(QDate(2026, 3, 1), QDate(2026, 3, 31)));
    }
    SECTION("last month in January is December of the year before")
    {
        const QDate january(2026, 1, 15);
        CHECK(rangeFor(DatePreset::LastMonth, january) == days(QDate(2025, 12, 1), QDate(2025, 12, 31)));
        CHECK(rangeFor(DatePreset::ThisYear, january) == days(QDate(2026, 1, 1), january));
    }
    SECTION("leap years")
    {
        CHECK(rangeFor(DatePreset::LastMonth, QDate(2028, 3, 10)) == days(QDate(2028, 2, 1), QDate(2028, 2, 29)));
        CHECK(rangeFor(DatePreset::ThisMonth, QDate(2028, 2, 29)) == days(QDate(2028, 2, 1), QDate(2028, 2, 29)));
        CHECK(rangeFor(DatePreset::Yesterday, QDate(2028, 3, 1)) == days(QDate(2028, 2, 29), QDate(2028, 2, 29)));
        // 2100 is not a leap year.
        CHECK(rangeFor(DatePreset::LastMonth, QDate(2100, 3, 1)) == days(QDate(2100, 2, 1), QDate(2100, 2, 28)));
        CHECK(rangeFor(DatePreset::LastMonth, QDate(2000, 3, 31)) == days(QDate(2000, 2, 1), QDate(2000, 2, 29)));
    }
    SECTION("this year starts on 1 January")
    {
        CHECK(rangeFor(DatePreset::ThisYear, QDate(2026, 1, 1)) == days(QDate(2026, 1, 1), QDate(2026, 1, 1)));
        CHECK(rangeFor(DatePreset::ThisYear, QDate(2028, 12, 31)) == days(QDate(2028, 1, 1), QDate(2028, 12, 31)));
    }
}

TEST_CASE("Date presets: All has no bounds, and every preset has a name")
{
    const auto [from, to] = rangeFor(DatePreset::All, QDate(2026, 5, 13));
    CHECK(from.isNull());
    CHECK(to.isNull());
    QStringList names;
    for (DatePreset p : kAllDatePresets) {
        CHECK_FALSE(displayName(p).isEmpty());
        names.append(displayName(p));
    }
    names.removeDuplicates();
    CHECK(names.size() == int(std::size(kAllDatePresets)));
}
