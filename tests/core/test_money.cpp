#include <catch2/catch.hpp>

#include "core/money.h"

#include <QLocale>
#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using namespace comptoir;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::array kAllLocales{MoneyLocale::NlBE, MoneyLocale::NlNL, MoneyLocale::FrBE,
                                 MoneyLocale::En};

Currency cur(const char* code)
{
    const auto c = Currency::fromCode(QString::fromLatin1(code));
    REQUIRE(c.has_value());
    return *c;
}

const char* localeName(MoneyLocale l)
{
    switch (l) {
    case MoneyLocale::NlBE:
        return "nl-BE";
    case MoneyLocale::NlNL:
        return "nl-NL";
    case MoneyLocale::FrBE:
        return "fr-BE";
    case MoneyLocale::En:
        break;
    }
    return "en";
}

const char* roundingName(Rounding r)
{
    switch (r) {
    case Rounding::HalfEven:
        return "HalfEven";
    case Rounding::HalfUp:
        return "HalfUp";
    case Rounding::Down:
        return "Down";
    case Rounding::Up:
        break;
    }
    return "Up";
}

} // namespace

namespace Catch {
template <>
struct StringMaker<Money> {
    static std::string convert(const Money& m)
    {
        return (m.toPlainString() + QLatin1Char(' ') + m.currency().code()).toStdString();
    }
};
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s)
    {
        // Show the special spaces so that failures are readable.
        QString shown;
        for (QChar c : s) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7E)
                shown += QStringLiteral("<U+%1>")
                             .arg(uint(c.unicode()), 4, 16, QLatin1Char('0'))
                             .toUpper();
            else
                shown += c;
        }
        return '"' + shown.toStdString() + '"';
    }
};
} // namespace Catch

// =======================================================================================
// Currency and locales

TEST_CASE("Money: currencies by ISO code", "[money]")
{
    struct Row {
        const char* code;
        int digits;
        QString symbol;
    };
    const Row rows[] = {
        {"EUR", 2, QStringLiteral(u"\u20AC")}, {"USD", 2, QStringLiteral("$")},
        {"GBP", 2, QStringLiteral(u"\u00A3")}, {"JPY", 0, QStringLiteral(u"\u00A5")},
        {"CHF", 2, QStringLiteral("CHF")},     {"DKK", 2, QStringLiteral("DKK")},
        {"SEK", 2, QStringLiteral("SEK")},     {"NOK", 2, QStringLiteral("NOK")},
        {"PLN", 2, QStringLiteral("PLN")},     {"CZK", 2, QStringLiteral("CZK")},
        {"KRW", 0, QStringLiteral("KRW")},     {"BHD", 3, QStringLiteral("BHD")},
        {"KWD", 3, QStringLiteral("KWD")},     {"TND", 3, QStringLiteral("TND")},
    };
    for (const Row& r : rows) {
        INFO(r.code);
        const auto c = Currency::fromCode(QString::fromLatin1(r.code));
        REQUIRE(c);
        CHECK(c->code() == QString::fromLatin1(r.code));
        CHECK(c->minorDigits() == r.digits);
        CHECK(c->symbol() == r.symbol);
    }

    SECTION("unknown, lower-case or malformed codes are refused")
    {
        for (const char* bad :
             {"", "eur", "Eur", "EU", "EURO", " EUR", "EUR ", "XXX", "ABC", "\u20AC"}) {
            INFO(bad);
            CHECK_FALSE(Currency::fromCode(QString::fromUtf8(bad)));
        }
    }

    SECTION("the default currency is the euro")
    {
        CHECK(Currency() == Currency::eur());
        CHECK(Currency::eur().code() == QStringLiteral("EUR"));
        CHECK(Currency::eur().minorDigits() == 2);
        CHECK(Money().currency() == Currency::eur());
        CHECK(Money().isZero());
        CHECK(Money::eur(5).currency() == Currency::eur());
        CHECK_FALSE(Currency::eur() == cur("USD"));
    }
}

TEST_CASE("Money: maps locales both ways", "[money]")
{
    CHECK(qLocaleFor(MoneyLocale::NlBE).language() == QLocale::Dutch);
    CHECK(qLocaleFor(MoneyLocale::NlBE).territory() == QLocale::Belgium);
    CHECK(qLocaleFor(MoneyLocale::NlNL).language() == QLocale::Dutch);
    CHECK(qLocaleFor(MoneyLocale::NlNL).territory() == QLocale::Netherlands);
    CHECK(qLocaleFor(MoneyLocale::FrBE).language() == QLocale::French);
    CHECK(qLocaleFor(MoneyLocale::FrBE).territory() == QLocale::Belgium);
    CHECK(qLocaleFor(MoneyLocale::En).language() == QLocale::English);

    for (MoneyLocale l : kAllLocales)
        CHECK(moneyLocaleFor(qLocaleFor(l)) == l);

    CHECK(moneyLocaleFor(QLocale(QLocale::Dutch, QLocale::Netherlands)) == MoneyLocale::NlNL);
    CHECK(moneyLocaleFor(QLocale(QLocale::Dutch, QLocale::Belgium)) == MoneyLocale::NlBE);
    CHECK(moneyLocaleFor(QLocale(QLocale::Dutch, QLocale::Suriname)) == MoneyLocale::NlBE);
    CHECK(moneyLocaleFor(QLocale(QLocale::French, QLocale::France)) == MoneyLocale::FrBE);
    CHECK(moneyLocaleFor(QLocale(QLocale::French, QLocale::Canada)) == MoneyLocale::FrBE);
    CHECK(moneyLocaleFor(QLocale(QLocale::English, QLocale::UnitedStates)) == MoneyLocale::En);
    CHECK(moneyLocaleFor(QLocale(QLocale::German, QLocale::Belgium)) == MoneyLocale::En);
    CHECK(moneyLocaleFor(QLocale::c()) == MoneyLocale::En);
}

// =======================================================================================
// Arithmetic

TEST_CASE("Money: adds, subtracts and negates exactly", "[money]")
{
    const Money a = Money::eur(1250);
    const Money b = Money::eur(-300);
    CHECK(a + b == Money::eur(950));
    CHECK(a - b == Money::eur(1550));
    CHECK(-a == Money::eur(-1250));
    CHECK(-Money::eur(0) == Money::eur(0));
    CHECK(a.checkedAdd(b) == Money::eur(950));
    CHECK(a.checkedSubtract(b) == Money::eur(1550));
    CHECK(b.checkedNegate() == Money::eur(300));

    Money m = Money::eur(100);
    m += Money::eur(23);
    CHECK(m == Money::eur(123));
    m -= Money::eur(200);
    CHECK(m == Money::eur(-77));
    CHECK(m.isNegative());
    CHECK_FALSE(m.isZero());
    CHECK(m.minor() == -77);

    // The extremes themselves are fine.
    CHECK(Money::eur(kMax - 1) + Money::eur(1) == Money::eur(kMax));
    CHECK(Money::eur(kMin + 1) - Money::eur(1) == Money::eur(kMin));
    CHECK(-Money::eur(kMax) == Money::eur(kMin + 1));
    CHECK(Money::eur(kMin) + Money::eur(kMax) == Money::eur(-1));
}

TEST_CASE("Money: refuses overflow in add, subtract and negate", "[money]")
{
    const Money max = Money::eur(kMax);
    const Money min = Money::eur(kMin);
    const Money one = Money::eur(1);

    CHECK_THROWS_AS(max + one, MoneyError);
    CHECK_THROWS_AS(min - one, MoneyError);
    CHECK_THROWS_AS(min + Money::eur(-1), MoneyError);
    CHECK_THROWS_AS(max - Money::eur(-1), MoneyError);
    CHECK_THROWS_AS(Money::eur(0) - min, MoneyError);
    CHECK_THROWS_AS(-min, MoneyError);
    CHECK_THROWS_AS(max + max, MoneyError);
    CHECK_THROWS_AS(min + min, MoneyError);

    CHECK_FALSE(max.checkedAdd(one));
    CHECK_FALSE(min.checkedSubtract(one));
    CHECK_FALSE(max.checkedSubtract(Money::eur(-1)));
    CHECK_FALSE(min.checkedNegate());

    Money m = max;
    CHECK_THROWS_AS(m += one, MoneyError);
    CHECK(m == max); // unchanged after a failed operation
    m = min;
    CHECK_THROWS_AS(m -= one, MoneyError);
    CHECK(m == min);
}

TEST_CASE("Money: refuses mixing currencies", "[money]")
{
    const Money eur = Money::eur(100);
    const Money usd(100, cur("USD"));

    CHECK_THROWS_AS(eur + usd, MoneyError);
    CHECK_THROWS_AS(eur - usd, MoneyError);
    CHECK_FALSE(eur.checkedAdd(usd));
    CHECK_FALSE(eur.checkedSubtract(usd));
    Money m = eur;
    CHECK_THROWS_AS(m += usd, MoneyError);
    CHECK_THROWS_AS(m -= usd, MoneyError);
    CHECK(m == eur);

    // Ordering across currencies is meaningless: it throws. Equality simply says "no".
    CHECK_THROWS_AS(eur < usd, MoneyError);
    CHECK_THROWS_AS(eur <=> usd, MoneyError);
    CHECK_FALSE(eur == usd);
    CHECK(eur != usd);

    const Money yen(5, cur("JPY"));
    CHECK((-yen).currency() == cur("JPY"));
    CHECK((yen + yen).currency() == cur("JPY"));
}

TEST_CASE("Money: orders amounts of one currency", "[money]")
{
    CHECK(Money::eur(1) < Money::eur(2));
    CHECK(Money::eur(-2) < Money::eur(-1));
    CHECK(Money::eur(kMin) < Money::eur(kMax));
    CHECK(Money::eur(5) >= Money::eur(5));
    CHECK(Money::eur(5) <= Money::eur(5));
    CHECK(Money::eur(6) > Money::eur(5));
    CHECK((Money::eur(3) <=> Money::eur(3)) == std::strong_ordering::equal);
    CHECK((Money::eur(3) <=> Money::eur(4)) == std::strong_ordering::less);
    CHECK((Money(9, cur("JPY")) <=> Money(4, cur("JPY"))) == std::strong_ordering::greater);
}

TEST_CASE("Money: sums a span of amounts", "[money]")
{
    const std::vector<Money> amounts{Money::eur(100), Money::eur(-30), Money::eur(5)};
    CHECK(Money::sum(amounts) == Money::eur(75));
    CHECK(Money::sum({}) == Money::eur(0));
    CHECK(Money::sum({}, cur("JPY")) == Money(0, cur("JPY")));

    const std::vector<Money> yen{Money(1000, cur("JPY")), Money(234, cur("JPY"))};
    CHECK(Money::sum(yen, cur("JPY")) == Money(1234, cur("JPY")));

    SECTION("overflow throws")
    {
        const std::vector<Money> tooMuch{Money::eur(kMax), Money::eur(1)};
        CHECK_THROWS_AS(Money::sum(tooMuch), MoneyError);
        const std::vector<Money> tooLittle{Money::eur(kMin), Money::eur(-1)};
        CHECK_THROWS_AS(Money::sum(tooLittle), MoneyError);
        const std::vector<Money> many(3, Money::eur(kMax / 2));
        CHECK_THROWS_AS(Money::sum(many), MoneyError);
    }

    SECTION("only the total has to fit, whatever the order")
    {
        const std::vector<Money> a{Money::eur(kMax), Money::eur(1), Money::eur(-1)};
        CHECK(Money::sum(a) == Money::eur(kMax));
        const std::vector<Money> b{Money::eur(kMin), Money::eur(-5), Money::eur(kMax),
                                   Money::eur(6)};
        CHECK(Money::sum(b) == Money::eur(0));
    }

    SECTION("a currency mismatch throws")
    {
        const std::vector<Money> mixed{Money::eur(1), Money(1, cur("USD"))};
        CHECK_THROWS_AS(Money::sum(mixed), MoneyError);
        CHECK_THROWS_AS(Money::sum(amounts, cur("USD")), MoneyError);
    }
}

TEST_CASE("Money: multiplies with every rounding mode", "[money]")
{
    struct Row {
        std::int64_t minor, numerator, denominator;
        std::int64_t halfEven, halfUp, down, up;
    };
    const Row rows[] = {
        // exact results are never rounded
        {1000, 3, 1, 3000, 3000, 3000, 3000},
        {12100, 21, 121, 2100, 2100, 2100, 2100}, // VAT share of a 21 % VAT-inclusive price
        {0, 7, 3, 0, 0, 0, 0},
        // ties
        {5, 1, 2, 2, 3, 2, 3},    // 2.5
        {7, 1, 2, 4, 4, 3, 4},    // 3.5
        {1, 1, 2, 0, 1, 0, 1},    // 0.5
        {-5, 1, 2, -2, -3, -2, -3}, // -2.5
        {-7, 1, 2, -4, -4, -3, -4}, // -3.5
        {-1, 1, 2, 0, -1, 0, -1},   // -0.5
        {5, -1, 2, -2, -3, -2, -3}, // sign in the numerator
        {5, 1, -2, -2, -3, -2, -3}, // sign in the denominator
        {-5, 1, -2, 2, 3, 2, 3},    // both negative: positive
        {-5, -1, -2, -2, -3, -2, -3},
        {25, 1, 10, 2, 3, 2, 3}, // 2.5 again, other denominator
        // below and above a half
        {24, 1, 10, 2, 2, 2, 3},     // 2.4
        {26, 1, 10, 3, 3, 2, 3},     // 2.6
        {-24, 1, 10, -2, -2, -2, -3}, // -2.4
        {-26, 1, 10, -3, -3, -2, -3}, // -2.6
        {1, 1, 3, 0, 0, 0, 1},        // 0.333…
        {2, 1, 3, 1, 1, 0, 1},        // 0.666…
        {-1, 1, 3, 0, 0, 0, -1},
        {-2, 1, 3, -1, -1, 0, -1},
        {1000, 1, 3, 333, 333, 333, 334},
        {1000, 2, 3, 667, 667, 666, 667},
        // an average of 3 takings
        {10001, 1, 3, 3334, 3334, 3333, 3334},
        // a remainder just under and just over a half with a huge denominator
        {kMax, 1, kMax, 1, 1, 1, 1},
        {kMax / 2, 1, kMax, 0, 0, 0, 1},      // (2^62 - 1) / (2^63 - 1): just under a half
        {kMax / 2 + 1, 1, kMax, 1, 1, 0, 1},  // just over a half
        // 128-bit intermediates: the product overflows int64 but the result fits
        {kMax, 3, 3, kMax, kMax, kMax, kMax},
        {kMin, 5, 5, kMin, kMin, kMin, kMin},
        {kMax, kMax, kMax, kMax, kMax, kMax, kMax},
        {kMin, kMin, kMin, kMin, kMin, kMin, kMin},
        {kMin, kMax, kMin, kMax, kMax, kMax, kMax},
        // (2^63 - 1) / 2 = 2^62 - 0.5, a tie; 2^62 - 1 is odd so HalfEven goes up
        {kMax, 2, 4, kMax / 2 + 1, kMax / 2 + 1, kMax / 2, kMax / 2 + 1},
        {kMin, 1, 2, kMin / 2, kMin / 2, kMin / 2, kMin / 2},
        {kMin, -1, 2, -(kMin / 2), -(kMin / 2), -(kMin / 2), -(kMin / 2)},
    };
    for (const Row& r : rows) {
        INFO(r.minor << " * " << r.numerator << " / " << r.denominator);
        const Money m = Money::eur(r.minor);
        CHECK(m.multipliedBy(r.numerator, r.denominator, Rounding::HalfEven).minor() == r.halfEven);
        CHECK(m.multipliedBy(r.numerator, r.denominator, Rounding::HalfUp).minor() == r.halfUp);
        CHECK(m.multipliedBy(r.numerator, r.denominator, Rounding::Down).minor() == r.down);
        CHECK(m.multipliedBy(r.numerator, r.denominator, Rounding::Up).minor() == r.up);
        CHECK(m.multipliedBy(r.numerator, r.denominator).minor() == r.halfEven); // the default
    }

    CHECK(Money(7, cur("JPY")).multipliedBy(1, 2).currency() == cur("JPY"));
}

TEST_CASE("Money: refuses overflow and division by zero in multipliedBy", "[money]")
{
    const auto mode = GENERATE(Rounding::HalfEven, Rounding::HalfUp, Rounding::Down, Rounding::Up);
    INFO(roundingName(mode));
    CHECK_THROWS_AS(Money::eur(1).multipliedBy(1, 0, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(0).multipliedBy(0, 0, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(kMax).multipliedBy(2, 1, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(kMin).multipliedBy(2, 1, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(kMin).multipliedBy(-1, 1, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(kMin).multipliedBy(1, -1, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(kMax).multipliedBy(kMax, 1, mode), MoneyError);
    CHECK_THROWS_AS(Money::eur(kMin).multipliedBy(kMin, kMax, mode), MoneyError);
    // 2^63 / 1 does not fit, however it is rounded.
    CHECK_THROWS_AS(Money::eur(kMin).multipliedBy(kMin, kMin, mode).multipliedBy(-1, 1, mode),
                    MoneyError);
}

TEST_CASE("Money: rounding past the largest amount overflows", "[money]")
{
    // 65535 × 281479271743489 = 2^64 - 1, so halving it gives INT64_MAX + 0.5 exactly.
    const std::int64_t a = 65535;
    const std::int64_t b = 281479271743489;
    const Money pos = Money::eur(a);
    CHECK(pos.multipliedBy(b, 2, Rounding::Down) == Money::eur(kMax));
    CHECK_THROWS_AS(pos.multipliedBy(b, 2, Rounding::HalfUp), MoneyError);
    CHECK_THROWS_AS(pos.multipliedBy(b, 2, Rounding::HalfEven), MoneyError); // INT64_MAX is odd
    CHECK_THROWS_AS(pos.multipliedBy(b, 2, Rounding::Up), MoneyError);
    // -(INT64_MAX + 0.5) rounds to -INT64_MAX or to INT64_MIN: both fit.
    const Money neg = Money::eur(-a);
    CHECK(neg.multipliedBy(b, 2, Rounding::Down) == Money::eur(-kMax));
    CHECK(neg.multipliedBy(b, 2, Rounding::HalfUp) == Money::eur(kMin));
    CHECK(neg.multipliedBy(b, 2, Rounding::HalfEven) == Money::eur(kMin));
    CHECK(neg.multipliedBy(b, 2, Rounding::Up) == Money::eur(kMin));
    CHECK_THROWS_AS(Money::eur(kMax).multipliedBy(3, 2, Rounding::Down), MoneyError);
}

// =======================================================================================
// Plain strings

TEST_CASE("Money: plain strings for files and the API", "[money]")
{
    struct Row {
        std::int64_t minor;
        const char* currency;
        const char* text;
    };
    const Row rows[] = {
        {123456, "EUR", "1234.56"},
        {-5, "EUR", "-0.05"},
        {5, "EUR", "0.05"},
        {0, "EUR", "0.00"},
        {100, "EUR", "1.00"},
        {-100, "EUR", "-1.00"},
        {10, "EUR", "0.10"},
        {kMax, "EUR", "92233720368547758.07"},
        {kMin, "EUR", "-92233720368547758.08"},
        {1234, "JPY", "1234"},
        {-1234, "JPY", "-1234"},
        {0, "JPY", "0"},
        {kMax, "JPY", "9223372036854775807"},
        {kMin, "JPY", "-9223372036854775808"},
        {1234567, "BHD", "1234.567"},
        {-1, "BHD", "-0.001"},
        {0, "BHD", "0.000"},
        {kMin, "KWD", "-9223372036854775.808"},
    };
    for (const Row& r : rows) {
        INFO(r.text << " " << r.currency);
        const Money m(r.minor, cur(r.currency));
        CHECK(m.toPlainString() == QString::fromLatin1(r.text));
        CHECK(Money::fromPlainString(QString::fromLatin1(r.text), cur(r.currency)) == m);
    }
}

TEST_CASE("Money: fromPlainString accepts fewer decimals and refuses anything else", "[money]")
{
    const Currency eur = Currency::eur();
    CHECK(Money::fromPlainString(QStringLiteral("12"), eur) == Money::eur(1200));
    CHECK(Money::fromPlainString(QStringLiteral("12.5"), eur) == Money::eur(1250));
    CHECK(Money::fromPlainString(QStringLiteral("-0"), eur) == Money::eur(0));
    CHECK(Money::fromPlainString(QStringLiteral("-0.00"), eur) == Money::eur(0));
    CHECK(Money::fromPlainString(QStringLiteral("007.10"), eur) == Money::eur(710));
    CHECK(Money::fromPlainString(QStringLiteral("1.234"), cur("BHD")) == Money(1234, cur("BHD")));

    for (const char* bad : {
             "", "-", ".", "-.", "12.", ".5", "-.5", "+12.50", " 12.50", "12.50 ", "12,50",
             "1,234.56", "1 234.56", "12.345", "12.500", "12.50.1", "--1", "1-", "abc", "12a",
             "0x10", "1e3", "١٢", // Arabic-Indic digits
             "€12.50", "12.50 EUR",
             "92233720368547758.08",  // INT64_MAX + 1 cent
             "-92233720368547758.09", // INT64_MIN - 1 cent
             "99999999999999999999", "100000000000000000000000000000000.00",
         }) {
        INFO(bad);
        CHECK_FALSE(Money::fromPlainString(QString::fromUtf8(bad), eur));
    }
    CHECK_FALSE(Money::fromPlainString(QStringLiteral("12.5"), cur("JPY")));
    CHECK_FALSE(Money::fromPlainString(QStringLiteral("12.0"), cur("JPY")));
    CHECK_FALSE(Money::fromPlainString(QStringLiteral("9223372036854775808"), cur("JPY")));
    CHECK(Money::fromPlainString(QStringLiteral("-9223372036854775808"), cur("JPY"))
          == Money(kMin, cur("JPY")));
    CHECK_FALSE(Money::fromPlainString(QStringLiteral("1.2345"), cur("BHD")));
}

// =======================================================================================
// Locale formatting

namespace {
// What Qt 6.4 / CLDR give: nl and en group with '.' and ','; fr-BE with U+202F (narrow
// no-break space). Between the symbol and the number: U+00A0 (no-break space).
const QString kNbsp = QStringLiteral(u"\u00A0");
const QString kNnbsp = QStringLiteral(u"\u202F");
const QString kEuro = QStringLiteral(u"\u20AC");
} // namespace

TEST_CASE("Money: Qt's separators are the ones the formats assume", "[money]")
{
    // If a Qt/CLDR update changes these, the expected strings below must follow.
    for (MoneyLocale l : {MoneyLocale::NlBE, MoneyLocale::NlNL}) {
        const QLocale q = qLocaleFor(l);
        CHECK(q.groupSeparator() == QStringLiteral("."));
        CHECK(q.decimalPoint() == QStringLiteral(","));
        CHECK(q.negativeSign() == QStringLiteral("-"));
    }
    const QLocale fr = qLocaleFor(MoneyLocale::FrBE);
    CHECK(fr.groupSeparator() == kNnbsp);
    CHECK(fr.decimalPoint() == QStringLiteral(","));
    CHECK(fr.negativeSign() == QStringLiteral("-"));
    const QLocale en = qLocaleFor(MoneyLocale::En);
    CHECK(en.groupSeparator() == QStringLiteral(","));
    CHECK(en.decimalPoint() == QStringLiteral("."));
    CHECK(en.negativeSign() == QStringLiteral("-"));
}

TEST_CASE("Money: formats amounts per locale", "[money]")
{
    struct Row {
        std::int64_t minor;
        QString nl, fr, en;
    };
    const Row rows[] = {
        {123456, kEuro + kNbsp + QStringLiteral("1.234,56"),
         QStringLiteral(u"1\u202F234,56\u00A0\u20AC"), QStringLiteral(u"\u20AC1,234.56")},
        {-123456, kEuro + kNbsp + QStringLiteral("-1.234,56"),
         QStringLiteral(u"-1\u202F234,56\u00A0\u20AC"), QStringLiteral(u"-\u20AC1,234.56")},
        {0, QStringLiteral(u"\u20AC\u00A00,00"), QStringLiteral(u"0,00\u00A0\u20AC"),
         QStringLiteral(u"\u20AC0.00")},
        {5, QStringLiteral(u"\u20AC\u00A00,05"), QStringLiteral(u"0,05\u00A0\u20AC"),
         QStringLiteral(u"\u20AC0.05")},
        {-5, QStringLiteral(u"\u20AC\u00A0-0,05"), QStringLiteral(u"-0,05\u00A0\u20AC"),
         QStringLiteral(u"-\u20AC0.05")},
        {1250, QStringLiteral(u"\u20AC\u00A012,50"), QStringLiteral(u"12,50\u00A0\u20AC"),
         QStringLiteral(u"\u20AC12.50")},
        {99999, QStringLiteral(u"\u20AC\u00A0999,99"), QStringLiteral(u"999,99\u00A0\u20AC"),
         QStringLiteral(u"\u20AC999.99")},
        {100000, QStringLiteral(u"\u20AC\u00A01.000,00"),
         QStringLiteral(u"1\u202F000,00\u00A0\u20AC"), QStringLiteral(u"\u20AC1,000.00")},
        {100000000, QStringLiteral(u"\u20AC\u00A01.000.000,00"),
         QStringLiteral(u"1\u202F000\u202F000,00\u00A0\u20AC"),
         QStringLiteral(u"\u20AC1,000,000.00")},
        {-12345678901, QStringLiteral(u"\u20AC\u00A0-123.456.789,01"),
         QStringLiteral(u"-123\u202F456\u202F789,01\u00A0\u20AC"),
         QStringLiteral(u"-\u20AC123,456,789.01")},
        {kMax, QStringLiteral(u"\u20AC\u00A092.233.720.368.547.758,07"),
         QStringLiteral(u"92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0\u20AC"),
         QStringLiteral(u"\u20AC92,233,720,368,547,758.07")},
        {kMin, QStringLiteral(u"\u20AC\u00A0-92.233.720.368.547.758,08"),
         QStringLiteral(u"-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0\u20AC"),
         QStringLiteral(u"-\u20AC92,233,720,368,547,758.08")},
    };
    for (const Row& r : rows) {
        INFO(r.minor);
        const Money m = Money::eur(r.minor);
        CHECK(m.format(MoneyLocale::NlBE) == r.nl);
        CHECK(m.format(MoneyLocale::NlNL) == r.nl);
        CHECK(m.format(MoneyLocale::FrBE) == r.fr);
        CHECK(m.format(MoneyLocale::En) == r.en);
    }
}

TEST_CASE("Money: formats the number alone", "[money]")
{
    const Money m = Money::eur(-123456789);
    CHECK(m.formatNumber(MoneyLocale::NlBE) == QStringLiteral("-1.234.567,89"));
    CHECK(m.formatNumber(MoneyLocale::NlNL) == QStringLiteral("-1.234.567,89"));
    CHECK(m.formatNumber(MoneyLocale::FrBE) == QStringLiteral(u"-1\u202F234\u202F567,89"));
    CHECK(m.formatNumber(MoneyLocale::En) == QStringLiteral("-1,234,567.89"));
    CHECK(Money::eur(0).formatNumber(MoneyLocale::NlBE) == QStringLiteral("0,00"));
    CHECK(Money::eur(7).formatNumber(MoneyLocale::En) == QStringLiteral("0.07"));
    CHECK(Money::eur(kMin).formatNumber(MoneyLocale::En)
          == QStringLiteral("-92,233,720,368,547,758.08"));
    CHECK(Money(kMin, cur("JPY")).formatNumber(MoneyLocale::NlBE)
          == QStringLiteral("-9.223.372.036.854.775.808"));
    CHECK(Money(-1, cur("BHD")).formatNumber(MoneyLocale::FrBE) == QStringLiteral("-0,001"));
}

TEST_CASE("Money: formats currencies with 0 and 3 decimals and without a symbol", "[money]")
{
    struct Row {
        std::int64_t minor;
        const char* currency;
        QString nl, fr, en;
    };
    const Row rows[] = {
        {123456, "JPY", QStringLiteral(u"\u00A5\u00A0123.456"),
         QStringLiteral(u"123\u202F456\u00A0\u00A5"), QStringLiteral(u"\u00A5123,456")},
        {-5, "JPY", QStringLiteral(u"\u00A5\u00A0-5"), QStringLiteral(u"-5\u00A0\u00A5"),
         QStringLiteral(u"-\u00A55")},
        {0, "KRW", QStringLiteral(u"KRW\u00A00"), QStringLiteral(u"0\u00A0KRW"),
         QStringLiteral(u"KRW\u00A00")},
        {kMax, "JPY", QStringLiteral(u"\u00A5\u00A09.223.372.036.854.775.807"),
         QStringLiteral(u"9\u202F223\u202F372\u202F036\u202F854\u202F775\u202F807\u00A0\u00A5"),
         QStringLiteral(u"\u00A59,223,372,036,854,775,807")},
        {1234567, "BHD", QStringLiteral(u"BHD\u00A01.234,567"),
         QStringLiteral(u"1\u202F234,567\u00A0BHD"), QStringLiteral(u"BHD\u00A01,234.567")},
        {-50, "KWD", QStringLiteral(u"KWD\u00A0-0,050"), QStringLiteral(u"-0,050\u00A0KWD"),
         QStringLiteral(u"-KWD\u00A00.050")},
        {kMin, "TND", QStringLiteral(u"TND\u00A0-9.223.372.036.854.775,808"),
         QStringLiteral(u"-9\u202F223\u202F372\u202F036\u202F854\u202F775,808\u00A0TND"),
         QStringLiteral(u"-TND\u00A09,223,372,036,854,775.808")},
        {-123456, "CHF", QStringLiteral(u"CHF\u00A0-1.234,56"),
         QStringLiteral(u"-1\u202F234,56\u00A0CHF"), QStringLiteral(u"-CHF\u00A01,234.56")},
        {123456, "USD", QStringLiteral(u"$\u00A01.234,56"), QStringLiteral(u"1\u202F234,56\u00A0$"),
         QStringLiteral(u"$1,234.56")},
        {-123456, "GBP", QStringLiteral(u"\u00A3\u00A0-1.234,56"),
         QStringLiteral(u"-1\u202F234,56\u00A0\u00A3"), QStringLiteral(u"-\u00A31,234.56")},
    };
    for (const Row& r : rows) {
        INFO(r.minor << " " << r.currency);
        const Money m(r.minor, cur(r.currency));
        CHECK(m.format(MoneyLocale::NlBE) == r.nl);
        CHECK(m.format(MoneyLocale::NlNL) == r.nl);
        CHECK(m.format(MoneyLocale::FrBE) == r.fr);
        CHECK(m.format(MoneyLocale::En) == r.en);
    }
}

TEST_CASE("Money: formatting does not depend on the default locale", "[money]")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString nl = Money::eur(-123456).format(MoneyLocale::NlBE);
    const QString plain = Money::eur(-123456).toPlainString();
    const auto parsed = Money::parse(QStringLiteral("1.234,56"), MoneyLocale::NlBE);
    QLocale::setDefault(saved);
    CHECK(nl == QStringLiteral(u"\u20AC\u00A0-1.234,56"));
    CHECK(plain == QStringLiteral("-1234.56"));
    CHECK(parsed.value == Money::eur(123456));
}

// =======================================================================================
// Parsing what people type

namespace {
struct ParseRow {
    QString text;
    std::int64_t minor;
};

void checkParses(MoneyLocale locale, const Currency& currency, std::initializer_list<ParseRow> rows)
{
    for (const ParseRow& r : rows) {
        INFO(localeName(locale) << ": " << Catch::StringMaker<QString>::convert(r.text));
        const auto result = Money::parse(r.text, locale, currency);
        CHECK(result.value == Money(r.minor, currency));
        CHECK(result.error.isEmpty());
    }
}

void checkRefuses(MoneyLocale locale, const Currency& currency,
                  std::initializer_list<QString> texts)
{
    for (const QString& t : texts) {
        INFO(localeName(locale) << ": " << Catch::StringMaker<QString>::convert(t));
        const auto result = Money::parse(t, locale, currency);
        CHECK_FALSE(result.value);
        CHECK_FALSE(result.error.isEmpty());
    }
}
} // namespace

TEST_CASE("Money: parses what people type in Dutch", "[money]")
{
    const auto locale = GENERATE(MoneyLocale::NlBE, MoneyLocale::NlNL);
    checkParses(locale, Currency::eur(),
                {
                    {QStringLiteral("12,50"), 1250},
                    {QStringLiteral("12,5"), 1250},
                    {QStringLiteral("12"), 1200},
                    {QStringLiteral("12,"), 1200},
                    {QStringLiteral(",50"), 50},
                    {QStringLiteral("0"), 0},
                    {QStringLiteral("0,05"), 5},
                    {QStringLiteral("-0,05"), -5},
                    {QStringLiteral("-0"), 0},
                    {QStringLiteral("007"), 700},
                    {QStringLiteral("1.234,56"), 123456},
                    {QStringLiteral("1234,56"), 123456},
                    {QStringLiteral("1.234"), 123400},
                    {QStringLiteral("1.234.567"), 123456700},
                    {QStringLiteral("1 234,56"), 123456},
                    {QStringLiteral(u"1\u00A0234,56"), 123456},
                    {QStringLiteral(u"1\u202F234,56"), 123456},
                    {QStringLiteral(u"\u20AC 12,50"), 1250},
                    {QStringLiteral(u"\u20AC12,50"), 1250},
                    {QStringLiteral(u"\u20AC\u00A012,50"), 1250},
                    {QStringLiteral(u"12,50 \u20AC"), 1250},
                    {QStringLiteral(u"12,50\u20AC"), 1250},
                    {QStringLiteral(u"\u20AC -12,50"), -1250},
                    {QStringLiteral(u"\u20AC\u00A0-1.234,56"), -123456},
                    {QStringLiteral(u"-\u20AC 12,50"), -1250},
                    {QStringLiteral(u"- 12,50"), -1250},
                    {QStringLiteral(u"\u221212,50"), -1250}, // U+2212 MINUS SIGN
                    {QStringLiteral("12,50-"), -1250},
                    {QStringLiteral(u"12,50 \u20AC-"), -1250},
                    {QStringLiteral("+12,50"), 1250},
                    {QStringLiteral("EUR 12,50"), 1250},
                    {QStringLiteral("eur 12,50"), 1250},
                    {QStringLiteral("12,50 EUR"), 1250},
                    {QStringLiteral("EUR -12,50"), -1250},
                    {QStringLiteral("-EUR 12,50"), -1250},
                    {QStringLiteral("  12,50\t"), 1250},
                    {QStringLiteral("92.233.720.368.547.758,07"), kMax},
                    {QStringLiteral("-92.233.720.368.547.758,08"), kMin},
                });
}

TEST_CASE("Money: parses what people type in French", "[money]")
{
    checkParses(MoneyLocale::FrBE, Currency::eur(),
                {
                    {QStringLiteral("12,50"), 1250},
                    {QStringLiteral("12,5"), 1250},
                    {QStringLiteral("12"), 1200},
                    {QStringLiteral("-12,50"), -1250},
                    {QStringLiteral(u"12,50 \u20AC"), 1250},
                    {QStringLiteral(u"12,50\u00A0\u20AC"), 1250},
                    {QStringLiteral(u"-12,50 \u20AC"), -1250},
                    {QStringLiteral(u"\u20AC 12,50"), 1250},
                    {QStringLiteral("1 234,56"), 123456},
                    {QStringLiteral(u"1\u00A0234,56"), 123456},
                    {QStringLiteral(u"1\u202F234,56"), 123456},
                    {QStringLiteral(u"1\u202F234\u202F567,89\u00A0\u20AC"), 123456789},
                    {QStringLiteral("1.234,56"), 123456}, // common in Belgium
                    {QStringLiteral("1234,56"), 123456},
                    {QStringLiteral("12,50 EUR"), 1250},
                    {QStringLiteral("EUR 12,50"), 1250},
                    {QStringLiteral("12,50-"), -1250},
                });
}

TEST_CASE("Money: parses what people type in English", "[money]")
{
    checkParses(MoneyLocale::En, Currency::eur(),
                {
                    {QStringLiteral("12.50"), 1250},
                    {QStringLiteral("12.5"), 1250},
                    {QStringLiteral("12"), 1200},
                    {QStringLiteral(".5"), 50},
                    {QStringLiteral("1,234.56"), 123456},
                    {QStringLiteral("1234.56"), 123456},
                    {QStringLiteral("1,234"), 123400},
                    {QStringLiteral("1 234.56"), 123456},
                    {QStringLiteral(u"\u20AC1,234.56"), 123456},
                    {QStringLiteral(u"-\u20AC1,234.56"), -123456},
                    {QStringLiteral(u"\u20AC-1,234.56"), -123456},
                    {QStringLiteral(u"\u20AC 12.50"), 1250},
                    {QStringLiteral(u"12.50 \u20AC"), 1250},
                    {QStringLiteral("EUR 12.50"), 1250},
                    {QStringLiteral("-12.50"), -1250},
                    {QStringLiteral("92,233,720,368,547,758.07"), kMax},
                    {QStringLiteral("-92233720368547758.08"), kMin},
                });
}

TEST_CASE("Money: parses other currencies", "[money]")
{
    checkParses(MoneyLocale::NlBE, cur("JPY"),
                {
                    {QStringLiteral("1.234"), 1234},
                    {QStringLiteral(u"\u00A5 1.234"), 1234},
                    {QStringLiteral("JPY 1234"), 1234},
                    {QStringLiteral("-5"), -5},
                    {QStringLiteral("9.223.372.036.854.775.807"), kMax},
                });
    checkParses(MoneyLocale::En, cur("BHD"),
                {
                    {QStringLiteral("1,234.567"), 1234567},
                    {QStringLiteral("1.5"), 1500},
                    {QStringLiteral("BHD 0.001"), 1},
                    {QStringLiteral("-0.05 BHD"), -50},
                });
    checkParses(MoneyLocale::FrBE, cur("CHF"),
                {
                    {QStringLiteral("12,50 CHF"), 1250},
                    {QStringLiteral("chf 12,50"), 1250},
                });
    checkParses(MoneyLocale::En, cur("USD"), {{QStringLiteral("$12.50"), 1250}});
    checkParses(MoneyLocale::En, cur("GBP"), {{QStringLiteral(u"-\u00A312.50"), -1250}});
}

TEST_CASE("Money: refuses what is not an amount", "[money]")
{
    const Currency eur = Currency::eur();
    // In every locale.
    for (MoneyLocale l : kAllLocales) {
        checkRefuses(l, eur,
                     {
                         QString(), QStringLiteral(""), QStringLiteral("   "),
                         QStringLiteral("-"), QStringLiteral(u"\u20AC"),
                         QStringLiteral(u"\u20AC -"), QStringLiteral("abc"),
                         QStringLiteral("12abc"), QStringLiteral("twelve"), QStringLiteral("1e3"),
                         QStringLiteral("--12"), QStringLiteral("-12-"), QStringLiteral("+-12"),
                         QStringLiteral("12+"), QStringLiteral(u"\u20AC 12 \u20AC"),
                         QStringLiteral("EUR 12 EUR"), QStringLiteral("$ 12"),
                         QStringLiteral("USD 12"), QStringLiteral("12 %"), QStringLiteral("(12)"),
                         QStringLiteral("1 2"), QStringLiteral("12 34"), QStringLiteral("0x12"),
                         QStringLiteral(u"\u0661\u0662"), // Arabic-Indic digits
                         QStringLiteral("1,2,3"), QStringLiteral("1.2.3"),
                     });
    }
    for (MoneyLocale l : {MoneyLocale::NlBE, MoneyLocale::NlNL, MoneyLocale::FrBE}) {
        checkRefuses(l, eur,
                     {
                         QStringLiteral("1.23,45"),   // misplaced grouping
                         QStringLiteral("12.34,56"),  // misplaced grouping
                         QStringLiteral("1.2345,67"), // misplaced grouping
                         QStringLiteral("1234.567"),  // first group too long
                         QStringLiteral("12.50"),     // '.' groups in nl/fr: not a decimal point
                         QStringLiteral(".123"),      // grouping without digits before it
                         QStringLiteral("1.234."),    // ends in a separator
                         QStringLiteral("1..234"),    // two separators in a row
                         QStringLiteral("12,34,56"),  // two decimal points
                         QStringLiteral("1,234.56"),  // English grouping
                         QStringLiteral(","),         // no digits
                         QStringLiteral("12,5 0"),    // grouping in the decimals
                         QStringLiteral("1 23,45"),   // misplaced grouping with a space
                     });
    }
    checkRefuses(MoneyLocale::En, eur,
                 {
                     QStringLiteral("12,50"),      // comma is grouping in English
                     QStringLiteral("1.234,56"),   // Dutch style
                     QStringLiteral("1,23.45"),    // misplaced grouping
                     QStringLiteral("12.34.56"),   // two decimal points
                     QStringLiteral("1,234,5"),    // short last group
                     QStringLiteral("."),          // no digits
                     QStringLiteral("12.3,4"),     // grouping in the decimals
                 });
}

TEST_CASE("Money: refuses too many decimals unless asked to round", "[money]")
{
    for (MoneyLocale l : kAllLocales) {
        INFO(localeName(l));
        const QString comma = l == MoneyLocale::En ? QStringLiteral(".") : QStringLiteral(",");
        const auto eur = Money::parse(QStringLiteral("12") + comma + QStringLiteral("345"), l);
        CHECK_FALSE(eur.value);
        CHECK(eur.error == QStringLiteral("Amounts in EUR have at most 2 decimals."));
        // Trailing zeros count too: "12,500" might be a mistyped 12.500.
        CHECK_FALSE(Money::parse(QStringLiteral("12") + comma + QStringLiteral("500"), l).value);

        const auto yen = Money::parse(QStringLiteral("12") + comma + QStringLiteral("5"), l,
                                      cur("JPY"));
        CHECK_FALSE(yen.value);
        CHECK(yen.error == QStringLiteral("Amounts in JPY have no decimals."));

        const auto bhd = Money::parse(QStringLiteral("1") + comma + QStringLiteral("2345"), l,
                                      cur("BHD"));
        CHECK_FALSE(bhd.value);
        CHECK(bhd.error == QStringLiteral("Amounts in BHD have at most 3 decimals."));
    }
}

TEST_CASE("Money: rounds extra decimals when asked", "[money]")
{
    struct Row {
        const char* text; // nl-BE
        std::int64_t halfEven, halfUp, down, up;
    };
    const Row rows[] = {
        {"12,345", 1234, 1235, 1234, 1235},   // tie, even below
        {"12,355", 1236, 1236, 1235, 1236},   // tie, even above
        {"-12,345", -1234, -1235, -1234, -1235},
        {"-12,355", -1236, -1236, -1235, -1236},
        {"12,3450000", 1234, 1235, 1234, 1235}, // still a tie
        {"12,3450001", 1235, 1235, 1234, 1235}, // just above a tie
        {"12,3449999", 1234, 1234, 1234, 1235}, // just below a tie
        {"-12,3449999", -1234, -1234, -1234, -1235},
        {"12,341", 1234, 1234, 1234, 1235},
        {"12,349", 1235, 1235, 1234, 1235},
        {"12,340", 1234, 1234, 1234, 1234},   // exact: no rounding needed
        {"12,3400000", 1234, 1234, 1234, 1234},
        {"0,005", 0, 1, 0, 1},
        {"-0,005", 0, -1, 0, -1},
        {"0,015", 2, 2, 1, 2},
        {"0,001", 0, 0, 0, 1},
        {"-0,001", 0, 0, 0, -1},
        {"12,5", 1250, 1250, 1250, 1250},   // fewer decimals: nothing to round
        {"92.233.720.368.547.758,0700", kMax, kMax, kMax, kMax},
        {"-92.233.720.368.547.758,080", kMin, kMin, kMin, kMin},
    };
    // The value parse() gives for a Dutch text, euros, rounding as asked.
    const auto nl = [](const QString& text, Rounding mode) {
        return Money::parse(text, MoneyLocale::NlBE, Currency::eur(), mode).value;
    };
    for (const Row& r : rows) {
        INFO(r.text);
        const QString t = QString::fromLatin1(r.text);
        CHECK(nl(t, Rounding::HalfEven) == Money::eur(r.halfEven));
        CHECK(nl(t, Rounding::HalfUp) == Money::eur(r.halfUp));
        CHECK(nl(t, Rounding::Down) == Money::eur(r.down));
        CHECK(nl(t, Rounding::Up) == Money::eur(r.up));
    }

    const Currency jpy = cur("JPY");
    const auto yen = [&jpy](const char* text, MoneyLocale l, Rounding mode) {
        return Money::parse(QString::fromLatin1(text), l, jpy, mode).value;
    };
    CHECK(yen("12,5", MoneyLocale::NlBE, Rounding::HalfEven) == Money(12, jpy));
    CHECK(yen("13,5", MoneyLocale::NlBE, Rounding::HalfEven) == Money(14, jpy));
    CHECK(yen("12,5", MoneyLocale::NlBE, Rounding::HalfUp) == Money(13, jpy));
    CHECK(yen("-12.5", MoneyLocale::En, Rounding::HalfUp) == Money(-13, jpy));
    CHECK(yen("12.9", MoneyLocale::En, Rounding::Down) == Money(12, jpy));
    CHECK(yen("12.1", MoneyLocale::En, Rounding::Up) == Money(13, jpy));
    const Currency bhd = cur("BHD");
    CHECK(Money::parse(QStringLiteral("1.2345"), MoneyLocale::En, bhd, Rounding::HalfEven).value
          == Money(1234, bhd));
    CHECK(Money::parse(QStringLiteral("1.2355"), MoneyLocale::En, bhd, Rounding::HalfEven).value
          == Money(1236, bhd));

    SECTION("rounding beyond the largest amounts overflows")
    {
        // INT64_MAX is odd, so a tie above it rounds up even with HalfEven.
        const QString tieAboveMax = QStringLiteral("92.233.720.368.547.758,075");
        const QString aboveTieBelowMin = QStringLiteral("-92.233.720.368.547.758,0851");
        for (Rounding mode : {Rounding::Up, Rounding::HalfUp, Rounding::HalfEven}) {
            INFO(roundingName(mode));
            const auto hi = Money::parse(tieAboveMax, MoneyLocale::NlBE, Currency::eur(), mode);
            CHECK_FALSE(hi.value);
            CHECK_FALSE(hi.error.isEmpty());
            CHECK_FALSE(nl(aboveTieBelowMin, mode));
        }
        CHECK(nl(tieAboveMax, Rounding::Down) == Money::eur(kMax));
        // A tie below INT64_MIN: HalfEven keeps the even INT64_MIN, HalfUp goes beyond it.
        const QString tieBelowMin = QStringLiteral("-92.233.720.368.547.758,085");
        CHECK(nl(tieBelowMin, Rounding::HalfEven) == Money::eur(kMin));
        CHECK_FALSE(nl(tieBelowMin, Rounding::HalfUp));
        CHECK(nl(QStringLiteral("92.233.720.368.547.758,079"), Rounding::Down) == Money::eur(kMax));
        CHECK(nl(QStringLiteral("92.233.720.368.547.758,074"), Rounding::HalfUp)
              == Money::eur(kMax));
        CHECK_FALSE(nl(QStringLiteral("92.233.720.368.547.758,071"), Rounding::Up));
        CHECK(nl(QStringLiteral("-92.233.720.368.547.758,089"), Rounding::Down)
              == Money::eur(kMin));
        CHECK_FALSE(nl(QStringLiteral("-92.233.720.368.547.758,081"), Rounding::Up));
    }
}

TEST_CASE("Money: refuses amounts that overflow", "[money]")
{
    for (MoneyLocale l : kAllLocales) {
        INFO(localeName(l));
        const Money maxEur = Money::eur(kMax);
        const Money minEur = Money::eur(kMin);
        // One cent beyond either end.
        const QString point = l == MoneyLocale::En ? QStringLiteral(".") : QStringLiteral(",");
        const QString tooBig = QStringLiteral("92233720368547758") + point + QStringLiteral("08");
        const QString tooSmall =
            QStringLiteral("-92233720368547758") + point + QStringLiteral("09");
        const auto big = Money::parse(tooBig, l);
        CHECK_FALSE(big.value);
        CHECK(big.error.contains(QStringLiteral("too large")));
        CHECK_FALSE(Money::parse(tooSmall, l).value);
        CHECK_FALSE(Money::parse(QStringLiteral("99999999999999999999999999999999"), l).value);
        CHECK_FALSE(Money::parse(QStringLiteral("9223372036854775808"), l, cur("JPY")).value);
        // The extremes themselves parse.
        CHECK(Money::parse(maxEur.format(l), l).value == maxEur);
        CHECK(Money::parse(minEur.format(l), l).value == minEur);
    }
}

TEST_CASE("Money: parse errors speak to the shop owner", "[money]")
{
    // The tests run untranslated, so these are the English source texts.
    const auto letters = Money::parse(QStringLiteral("abc"), MoneyLocale::NlBE);
    CHECK(letters.error
          == QStringLiteral(u"\u201Cabc\u201D is not an amount. "
                            u"Type an amount like \u20AC\u00A01.234,56."));
    const auto en = Money::parse(QStringLiteral("12,50"), MoneyLocale::En);
    CHECK(en.error
          == QStringLiteral(u"\u201C12,50\u201D is not an amount. "
                            u"Type an amount like \u20AC1,234.56."));
    const auto fr = Money::parse(QStringLiteral(" 1.23,4 "), MoneyLocale::FrBE);
    CHECK(fr.error
          == QStringLiteral(u"\u201C1.23,4\u201D is not an amount. "
                            u"Type an amount like 1\u202F234,56\u00A0\u20AC."));
    const auto yen = Money::parse(QStringLiteral("x"), MoneyLocale::En, cur("JPY"));
    CHECK(yen.error.endsWith(QStringLiteral(u"Type an amount like \u00A51,234.")));
    const auto bhd = Money::parse(QStringLiteral("x"), MoneyLocale::En, cur("BHD"));
    CHECK(bhd.error.endsWith(QStringLiteral(u"Type an amount like BHD\u00A01,234.567.")));

    const auto empty = Money::parse(QStringLiteral("  "), MoneyLocale::NlNL);
    CHECK(empty.error == QStringLiteral(u"Type an amount, like \u20AC\u00A01.234,56."));

    const auto big = Money::parse(QStringLiteral("1.000.000.000.000.000.000"), MoneyLocale::NlBE);
    CHECK(big.error
          == QStringLiteral(u"\u201C1.000.000.000.000.000.000\u201D is too large an amount."));

    // Long pasted text is shortened in the message.
    const auto pasted = Money::parse(QString(200, QLatin1Char('x')), MoneyLocale::En);
    CHECK(pasted.error.size() < 100);
    CHECK(pasted.error.contains(QChar(u'\u2026')));

    // Successful parses carry no error.
    CHECK(Money::parse(QStringLiteral("1"), MoneyLocale::En).error.isEmpty());
}

// =======================================================================================
// Round trips

TEST_CASE("Money: format then parse gives the same amount in every locale", "[money]")
{
    std::mt19937_64 rng(20240611); // fixed seed: failures are reproducible
    std::uniform_int_distribution<std::int64_t> anyValue(kMin, kMax);
    std::uniform_int_distribution<std::int64_t> smallValue(-10'000'000, 10'000'000);
    std::uniform_int_distribution<int> magnitudeDigits(0, 18);

    const Currency currencies[] = {Currency::eur(), cur("JPY"), cur("BHD"), cur("CHF"), cur("USD"),
                                   cur("GBP"), cur("KRW")};
    std::vector<std::int64_t> values{0, 1, -1, 5, -5, 99, 100, -100, 999, 1000, 100000, kMax, kMin,
                                     kMax - 1, kMin + 1};
    for (int i = 0; i < 2000; ++i) {
        values.push_back(anyValue(rng));
        values.push_back(smallValue(rng));
        // Numbers of every length, so that every grouping shape is exercised.
        std::int64_t v = anyValue(rng);
        const int digits = magnitudeDigits(rng);
        std::int64_t limit = 1;
        for (int d = 0; d < digits; ++d)
            limit *= 10;
        values.push_back(v % limit);
    }

    int checked = 0;
    for (MoneyLocale l : kAllLocales) {
        for (const Currency& c : currencies) {
            for (std::int64_t v : values) {
                const Money m(v, c);
                const QString text = m.format(l);
                const auto parsed = Money::parse(text, l, c);
                if (parsed.value != m) { // CHECK only failures: keeps the assertion count sane
                    INFO(localeName(l) << " " << Catch::StringMaker<QString>::convert(text));
                    CHECK(parsed.value == m);
                }
                const auto number = Money::parse(m.formatNumber(l), l, c);
                if (number.value != m) {
                    INFO(localeName(l) << " number "
                                       << Catch::StringMaker<QString>::convert(m.formatNumber(l)));
                    CHECK(number.value == m);
                }
                // Rounding never changes an amount that already has the right precision.
                const auto rounded = Money::parse(text, l, c, Rounding::Up);
                if (rounded.value != m) {
                    INFO(localeName(l) << " rounded "
                                       << Catch::StringMaker<QString>::convert(text));
                    CHECK(rounded.value == m);
                }
                const auto plain = Money::fromPlainString(m.toPlainString(), c);
                if (plain != m) {
                    INFO(Catch::StringMaker<QString>::convert(m.toPlainString()));
                    CHECK(plain == m);
                }
                ++checked;
            }
        }
    }
    CHECK(checked == 4 * 7 * int(values.size()));
}

TEST_CASE("Money: random multiplications match exact long division", "[money]")
{
    // Cross-check multipliedBy against a reference built from plain int64 operations on
    // values small enough for the product not to overflow.
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::int64_t> value(-1'000'000'000, 1'000'000'000);
    std::uniform_int_distribution<std::int64_t> factor(-1000, 1000);
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t v = value(rng);
        const std::int64_t n = factor(rng);
        std::int64_t d = factor(rng);
        if (d == 0)
            d = 7;
        const std::int64_t p = v * n;
        const std::int64_t q = p / d; // truncates toward zero
        const std::int64_t r = p % d;
        const bool negative = (p < 0) != (d < 0);
        const std::int64_t away = r == 0 ? q : (negative ? q - 1 : q + 1);
        const std::int64_t twiceR = r < 0 ? -2 * r : 2 * r;
        const std::int64_t absD = d < 0 ? -d : d;
        const std::int64_t halfUp = twiceR >= absD ? away : q;
        const std::int64_t halfEven = twiceR > absD || (twiceR == absD && q % 2 != 0) ? away : q;

        INFO(v << " * " << n << " / " << d);
        const Money m = Money::eur(v);
        REQUIRE(m.multipliedBy(n, d, Rounding::Down).minor() == q);
        REQUIRE(m.multipliedBy(n, d, Rounding::Up).minor() == away);
        REQUIRE(m.multipliedBy(n, d, Rounding::HalfUp).minor() == halfUp);
        REQUIRE(m.multipliedBy(n, d, Rounding::HalfEven).minor() == halfEven);
    }
}
