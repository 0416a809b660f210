#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>

namespace comptoir {

// An ISO 4217 currency: its three-letter code and the number of minor-unit digits.
class Currency {
public:
    Currency() = default;
    // Known codes only (EUR, USD, GBP, CHF, JPY, ...); std::nullopt for anything else.
    static std::optional<Currency> fromCode(const QString& code);
    static Currency eur();

    QString code() const { return QString::fromLatin1(m_code, 3); }
    int minorDigits() const { return m_minorDigits; }
    QString symbol() const; // "€", "$", "£"; the code itself when there is no symbol

    friend bool operator==(const Currency& a, const Currency& b)
    {
        return a.m_code[0] == b.m_code[0] && a.m_code[1] == b.m_code[1] && a.m_code[2] == b.m_code[2];
    }

private:
    Currency(const char* code, int minorDigits);
    char m_code[3] = {'E', 'U', 'R'};
    int m_minorDigits = 2;
};

// Thrown when an arithmetic result does not fit in 64 bits or currencies differ.
class MoneyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Rounding { HalfEven, HalfUp, Down, Up };

// Which locale conventions to format and parse with. Separators come from QLocale; the
// position of the currency symbol follows CLDR for the language.
enum class MoneyLocale { NlBE, NlNL, FrBE, En };
QLocale qLocaleFor(MoneyLocale l);
MoneyLocale moneyLocaleFor(const QLocale& l);

// An amount of money: integer minor units (cents) and a currency. Never floating point.
// Arithmetic is exact; overflow or a currency mismatch throws MoneyError, and the
// checked* variants return std::nullopt instead.
class Money {
public:
    Money() = default;
    Money(std::int64_t minor, Currency currency) : m_minor(minor), m_currency(currency) {}
    static Money eur(std::int64_t cents) { return Money(cents, Currency::eur()); }

    std::int64_t minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    std::optional<Money> checkedAdd(const Money& o) const;
    std::optional<Money> checkedSubtract(const Money& o) const;
    std::optional<Money> checkedNegate() const;
    Money operator+(const Money& o) const;
    Money operator-(const Money& o) const;
    Money operator-() const;
    Money& operator+=(const Money& o);
    Money& operator-=(const Money& o);

    // Sum of all amounts (all in `currency`); throws MoneyError on overflow or mismatch.
    static Money sum(std::span<const Money> amounts, Currency currency = Currency::eur());

    // this × numerator / denominator, rounded; exact 128-bit intermediate. Used for
    // averages, shares and VAT. Throws MoneyError when the result overflows or denominator is 0.
    Money multipliedBy(std::int64_t numerator, std::int64_t denominator,
                       Rounding rounding = Rounding::HalfEven) const;

    // "1234.56" style, no grouping, '.' decimal point, '-' sign: for files and the API.
    QString toPlainString() const;
    // Parses toPlainString()'s format. Refuses more decimals than the currency has.
    static std::optional<Money> fromPlainString(const QString& text, Currency currency);

    // Locale formatting: nl "€ 1.234,56" / "€ -1.234,56", fr "1 234,56 €" / "-1 234,56 €",
    // en "€1,234.56" / "-€1,234.56".
    QString format(MoneyLocale locale) const;
    // Number only, with grouping and decimals but without the currency symbol.
    QString formatNumber(MoneyLocale locale) const;

    struct ParseResult; // defined below the class: it holds a Money, which is incomplete here
    // Parses what a user types in that locale: with or without symbol/code, grouping,
    // a leading or trailing minus, spaces. More decimals than the currency allows are
    // refused unless `rounding` is given.
    static ParseResult parse(const QString& text, MoneyLocale locale, Currency currency = Currency::eur(),
                             std::optional<Rounding> rounding = std::nullopt);

    friend bool operator==(const Money& a, const Money& b) = default;
    // Ordering is only meaningful within one currency; mismatched currencies throw.
    std::strong_ordering operator<=>(const Money& o) const;

private:
    std::int64_t m_minor = 0;
    Currency m_currency;
};

struct Money::ParseResult {
    std::optional<Money> value;
    QString error; // translated, for the shop owner, when value is empty
};

} // namespace comptoir
