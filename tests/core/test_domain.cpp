#include "core/businessday.h"
#include "core/enums.h"
#include "core/permissionset.h"

#include <catch2/catch.hpp>

using namespace comptoir;

TEST_CASE("Enums: every value has a unique API code that round-trips")
{
    QStringList codes;
    for (auto s : kAllStatuses) {
        REQUIRE(statusFromCode(toCode(s)) == s);
        REQUIRE(enumFromInt<TransactionStatus>(static_cast<int>(s)) == s);
        REQUIRE_FALSE(displayName(s).isEmpty());
        codes << toCode(s);
    }
    CHECK(codes.removeDuplicates() == 0);
    CHECK(toCode(TransactionStatus::ManualIntervention) == QLatin1String("manual_intervention"));
    for (auto m : kAllMethods)
        REQUIRE(methodFromCode(toCode(m)) == m);
    for (auto t : kAllTypes)
        REQUIRE(typeFromCode(toCode(t)) == t);
    for (auto m : kAllMenus)
        REQUIRE(menuFromCode(toCode(m)) == m);
    CHECK_FALSE(statusFromCode(QStringLiteral("Success")).has_value()); // codes are exact
    CHECK_FALSE(enumFromInt<TransactionStatus>(0).has_value());
    CHECK_FALSE(enumFromInt<TransactionStatus>(9).has_value());
    CHECK(displayName(PaymentMethod::VPay) == QLatin1String("V PAY"));
}

TEST_CASE("PermissionSet: menus per location, all locations, administrators")
{
    const Group bookkeepers{QStringLiteral("g1"), QStringLiteral("Bookkeepers"),
                            {{Menu::Transactions, {}}, {Menu::Export, {}}}};
    const Group store{QStringLiteral("g2"), QStringLiteral("Gent"),
                      {{Menu::Transactions, QStringLiteral("loc-1")}, {Menu::Receipts, QStringLiteral("loc-1")}}};
    User manager{QStringLiteral("u1"), QStringLiteral("m@x.be"), QStringLiteral("M"), false, false, true, {QStringLiteral("g2")}};
    const PermissionSet m = PermissionSet::forUser(manager, {bookkeepers, store});
    CHECK(m.allows(Menu::Transactions));
    CHECK(m.allows(Menu::Transactions, QStringLiteral("loc-1")));
    CHECK_FALSE(m.allows(Menu::Transactions, QStringLiteral("loc-2")));
    CHECK_FALSE(m.allows(Menu::Export));
    CHECK_FALSE(m.allowsAllLocations(Menu::Transactions));
    CHECK(m.permittedLocations(Menu::Transactions, {QStringLiteral("loc-1"), QStringLiteral("loc-2")}) ==
          QStringList{QStringLiteral("loc-1")});

    User bookkeeper = manager;
    bookkeeper.groupIds = {QStringLiteral("g1")};
    const PermissionSet b = PermissionSet::forUser(bookkeeper, {bookkeepers, store});
    CHECK(b.allows(Menu::Export, QStringLiteral("loc-2")));
    CHECK(b.allowsAllLocations(Menu::Transactions));
    CHECK_FALSE(b.allows(Menu::Receipts));

    User admin = manager;
    admin.administrator = true;
    admin.groupIds.clear();
    CHECK(PermissionSet::forUser(admin, {}).allows(Menu::Users, QStringLiteral("anything")));
}

TEST_CASE("BusinessDayCalendar: business days follow the location's time zone, across DST")
{
    BusinessDayCalendar brussels(QByteArrayLiteral("Europe/Brussels"));
    REQUIRE(brussels.isValid());
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    };
    // Winter: UTC+1. 23:30 UTC on 15 Jan is 00:30 on 16 Jan in Brussels.
    CHECK(brussels.dayOf(utc(2026, 1, 15, 23, 30)) == QDate(2026, 1, 16));
    CHECK(brussels.dayOf(utc(2026, 1, 15, 22, 59)) == QDate(2026, 1, 15));
    // Summer: UTC+2. 22:30 UTC on 15 Jul is 00:30 on 16 Jul.
    CHECK(brussels.dayOf(utc(2026, 7, 15, 22, 30)) == QDate(2026, 7, 16));
    CHECK(brussels.dayOf(utc(2026, 7, 15, 21, 59)) == QDate(2026, 7, 15));
    // The DST switch (29 March 2026, 01:00 UTC) and back (25 October 2026, 01:00 UTC).
    CHECK(brussels.dayOf(utc(2026, 3, 28, 22, 59)) == QDate(2026, 3, 28));
    CHECK(brussels.dayOf(utc(2026, 3, 28, 23, 0)) == QDate(2026, 3, 29));
    CHECK(brussels.dayOf(utc(2026, 10, 24, 21, 59)) == QDate(2026, 10, 24));
    CHECK(brussels.dayOf(utc(2026, 10, 24, 22, 0)) == QDate(2026, 10, 25));
    // Cached lookups agree with QTimeZone for every hour of a year.
    const QTimeZone zone("Europe/Brussels");
    for (qint64 h = 0; h < 24 * 366; ++h) {
        const QDateTime t = utc(2026, 1, 1, 0, 17).addSecs(h * 3600);
        REQUIRE(brussels.dayOf(t) == t.toTimeZone(zone).date());
        REQUIRE(brussels.hourOfMsecs(t.toMSecsSinceEpoch()) == t.toTimeZone(zone).time().hour());
    }
    // Wall-clock hours on both sides of the switches: 00:59 UTC on 29 March is 01:59 CET,
    // 01:00 UTC is 03:00 CEST; 00:59 UTC on 25 October is 02:59 CEST, 01:00 UTC 02:00 CET.
    CHECK(brussels.hourOfMsecs(utc(2026, 3, 29, 0, 59).toMSecsSinceEpoch()) == 1);
    CHECK(brussels.hourOfMsecs(utc(2026, 3, 29, 1, 0).toMSecsSinceEpoch()) == 3);
    CHECK(brussels.hourOfMsecs(utc(2026, 10, 25, 0, 59).toMSecsSinceEpoch()) == 2);
    CHECK(brussels.hourOfMsecs(utc(2026, 10, 25, 1, 0).toMSecsSinceEpoch()) == 2);
    // Kolkata is UTC+5:30: half-hour offsets fall in the right hour.
    BusinessDayCalendar kolkata(QByteArrayLiteral("Asia/Kolkata"));
    CHECK(kolkata.hourOfMsecs(utc(2026, 1, 15, 18, 29).toMSecsSinceEpoch()) == 23);
    CHECK(kolkata.hourOfMsecs(utc(2026, 1, 15, 18, 30).toMSecsSinceEpoch()) == 0);
    CHECK(brussels.startOfDayUtc(QDate(2026, 7, 16)) == utc(2026, 7, 15, 22, 0));
    CHECK(brussels.endOfDayUtc(QDate(2026, 7, 16)) == utc(2026, 7, 16, 22, 0));
}
