#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

#include <array>
#include <limits>

// Everything here is integer arithmetic: amounts are int64 minor units, magnitudes are
// uint64 (so that |INT64_MIN| = 2^63 is representable), and multipliedBy() uses a
// 128-bit intermediate. There is deliberately no floating point anywhere in this file.

namespace comptoir {

namespace {

__extension__ typedef __int128 Int128; // __extension__: GCC/Clang type, silences -Wpedantic

constexpr std::uint64_t kInt64MaxMagnitude =
    std::uint64_t(std::numeric_limits<std::int64_t>::max());
constexpr std::uint64_t kInt64MinMagnitude = kInt64MaxMagnitude + 1; // |INT64_MIN| = 2^63

// ---------------------------------------------------------------------------------------
// Currencies

struct CurrencyInfo {
    char code[4];
    int minorDigits;
    const char16_t* symbol; // nullptr: use the code
};

// ISO 4217 minor-unit digits. Only a few currencies have a symbol of their own; the others
// are shown by their code, which is unambiguous for a shop owner.
constexpr CurrencyInfo kCurrencies[] = {
    {"EUR", 2, u"\u20AC"}, {"USD", 2, u"$"},  {"GBP", 2, u"\u00A3"}, {"JPY", 0, u"\u00A5"},
    {"CHF", 2, nullptr},   {"DKK", 2, nullptr}, {"SEK", 2, nullptr},  {"NOK", 2, nullptr},
    {"PLN", 2, nullptr},   {"CZK", 2, nullptr}, {"HUF", 2, nullptr},  {"RON", 2, nullptr},
    {"CAD", 2, nullptr},   {"AUD", 2, nullptr}, {"KRW", 0, nullptr},  {"ISK", 0, nullptr},
    {"BHD", 3, nullptr},   {"KWD", 3, nullptr}, {"TND", 3, nullptr},  {"OMR", 3, nullptr},
    {"JOD", 3, nullptr},
};

constexpr std::uint64_t kPow10[] = {1, 10, 100, 1000, 10000};
static_assert(sizeof(kPow10) / sizeof(kPow10[0]) > 3, "table must cover the largest minorDigits");

std::uint64_t pow10(int digits) { return kPow10[digits]; }

// ---------------------------------------------------------------------------------------
// Signed/unsigned helpers

// |v| as uint64, well defined for INT64_MIN.
std::uint64_t magnitudeOf(std::int64_t v)
{
    return v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
}

// sign × magnitude when it fits in int64.
std::optional<std::int64_t> fromMagnitude(bool negative, std::uint64_t magnitude)
{
    if (!negative) {
        if (magnitude > kInt64MaxMagnitude)
            return std::nullopt;
        return std::int64_t(magnitude);
    }
    if (magnitude > kInt64MinMagnitude)
        return std::nullopt;
    if (magnitude == kInt64MinMagnitude)
        return std::numeric_limits<std::int64_t>::min();
    return -std::int64_t(magnitude);
}

// Whether a rounding mode moves a truncated magnitude one unit away from zero. The
// discarded part is described relative to one unit: compared with a half (-1 below,
// 0 exactly, +1 above) and whether it is non-zero at all. All four modes are symmetric
// around zero, so working on magnitudes is correct for negative amounts too.
bool roundsAwayFromZero(Rounding rounding, bool discardedNonZero, int comparedToHalf,
                        bool truncatedIsOdd)
{
    if (!discardedNonZero)
        return false;
    switch (rounding) {
    case Rounding::Down:
        return false;
    case Rounding::Up:
        return true;
    case Rounding::HalfUp:
        return comparedToHalf >= 0;
    case Rounding::HalfEven:
        return comparedToHalf > 0 || (comparedToHalf == 0 && truncatedIsOdd);
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Digits to minor units

enum class NumberStatus { Ok, Invalid, TooManyDecimals, Overflow };

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

// Converts validated ASCII digit strings (integer part, fraction part) into minor units.
// A fraction longer than `minorDigits` is TooManyDecimals unless `rounding` is given.
NumberStatus digitsToMinor(QStringView intDigits, QStringView fracDigits, bool negative,
                           int minorDigits, std::optional<Rounding> rounding, std::int64_t& out)
{
    if (fracDigits.size() > minorDigits && !rounding)
        return NumberStatus::TooManyDecimals;

    std::uint64_t magnitude = 0;
    auto push = [&magnitude](int digit) {
        return !__builtin_mul_overflow(magnitude, std::uint64_t(10), &magnitude)
               && !__builtin_add_overflow(magnitude, std::uint64_t(digit), &magnitude);
    };
    for (QChar c : intDigits)
        if (!push(c.unicode() - u'0'))
            return NumberStatus::Overflow;
    for (int i = 0; i < minorDigits; ++i)
        if (!push(i < fracDigits.size() ? fracDigits[i].unicode() - u'0' : 0))
            return NumberStatus::Overflow;

    if (fracDigits.size() > minorDigits) {
        // Round on the discarded digits: the first one against 5, the rest as a sticky bit.
        const QStringView discarded = fracDigits.sliced(minorDigits);
        const int first = discarded[0].unicode() - u'0';
        bool restNonZero = false;
        for (QChar c : discarded.sliced(1))
            restNonZero = restNonZero || c != u'0';
        const int comparedToHalf = first > 5 ? 1 : first < 5 ? -1 : (restNonZero ? 1 : 0);
        if (roundsAwayFromZero(*rounding, first != 0 || restNonZero, comparedToHalf,
                               magnitude % 2 == 1)
            && __builtin_add_overflow(magnitude, std::uint64_t(1), &magnitude))
            return NumberStatus::Overflow;
    }

    const auto value = fromMagnitude(negative, magnitude);
    if (!value)
        return NumberStatus::Overflow;
    out = *value;
    return NumberStatus::Ok;
}

// ---------------------------------------------------------------------------------------
// Locale symbols

struct LocaleSymbols {
    QString group;
    QString decimal;
    QString minus;
    QList<QString> acceptedGroups; // what parse() takes as a group separator
};

LocaleSymbols makeSymbols(MoneyLocale l)
{
    const QLocale q = qLocaleFor(l);
    LocaleSymbols s{q.groupSeparator(), q.decimalPoint(), q.negativeSign(), {}};
    s.acceptedGroups << s.group;
    // Any kind of space groups digits in every locale (people paste "1 234,56" from
    // documents); in French, Belgians also commonly write "1.234,56".
    for (const QString& alt : {QStringLiteral(" "), QStringLiteral(u"\u00A0"),
                               QStringLiteral(u"\u202F"), QStringLiteral(u"\u2009")}) {
        if (!s.acceptedGroups.contains(alt))
            s.acceptedGroups << alt;
    }
    if (l == MoneyLocale::FrBE && !s.acceptedGroups.contains(QStringLiteral(".")))
        s.acceptedGroups << QStringLiteral(".");
    s.acceptedGroups.removeAll(s.decimal); // never ambiguous with the decimal point
    return s;
}

// QLocale(language, territory) allocates and searches Qt's locale tables; formatting many
// rows should not pay for that each time. Explicit locales never change, so cache them.
const LocaleSymbols& symbolsFor(MoneyLocale l)
{
    static const std::array<LocaleSymbols, 4> table{makeSymbols(MoneyLocale::NlBE),
                                                    makeSymbols(MoneyLocale::NlNL),
                                                    makeSymbols(MoneyLocale::FrBE),
                                                    makeSymbols(MoneyLocale::En)};
    switch (l) {
    case MoneyLocale::NlBE:
        return table[0];
    case MoneyLocale::NlNL:
        return table[1];
    case MoneyLocale::FrBE:
        return table[2];
    case MoneyLocale::En:
        break;
    }
    return table[3];
}

const QString kNoBreakSpace = QStringLiteral(u"\u00A0");

// Inserts `separator` between groups of three digits, counted from the right.
QString groupDigits(const QString& digits, const QString& separator)
{
    QString out;
    out.reserve(digits.size() + (digits.size() / 3) * separator.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

// The unsigned number (no sign) with grouping and the locale's decimal point.
QString formatMagnitude(std::uint64_t magnitude, int minorDigits, const LocaleSymbols& sym)
{
    const std::uint64_t unit = pow10(minorDigits);
    QString out = groupDigits(QString::number(magnitude / unit), sym.group);
    if (minorDigits > 0)
        out += sym.decimal + QString::number(magnitude % unit).rightJustified(minorDigits, u'0');
    return out;
}

// ---------------------------------------------------------------------------------------
// Parsing helpers

// Length of a minus sign at the start (fromEnd = false) or end of `s`, 0 if none.
qsizetype minusLength(QStringView s, const LocaleSymbols& sym, bool fromEnd)
{
    for (QStringView m : {QStringView(sym.minus), QStringView(u"-"), QStringView(u"\u2212")}) {
        if (!m.isEmpty() && (fromEnd ? s.endsWith(m) : s.startsWith(m)))
            return m.size();
    }
    return 0;
}

// Length of the currency symbol or code (any case) at the start or end of `s`, 0 if none.
qsizetype currencyLength(QStringView s, const Currency& currency, bool fromEnd)
{
    const QString symbol = currency.symbol();
    const QString code = currency.code();
    if (fromEnd ? s.endsWith(symbol) : s.startsWith(symbol))
        return symbol.size();
    if (fromEnd ? s.endsWith(code, Qt::CaseInsensitive) : s.startsWith(code, Qt::CaseInsensitive))
        return code.size();
    return 0;
}

// Parses the bare number (no sign, no currency) as typed in a locale: optional grouping,
// which must then be in the right places ("1.234.567", not "1.23.4567"), and an optional
// decimal point.
NumberStatus parseLocaleNumber(QStringView s, bool negative, const LocaleSymbols& sym,
                               int minorDigits, std::optional<Rounding> rounding,
                               std::int64_t& out)
{
    QStringView intPart = s;
    QStringView fracPart;
    const qsizetype point = s.indexOf(sym.decimal);
    if (point >= 0) {
        intPart = s.first(point);
        fracPart = s.sliced(point + sym.decimal.size());
        if (!allAsciiDigits(fracPart))
            return NumberStatus::Invalid; // also a second decimal point or grouping after it
        if (intPart.isEmpty() && fracPart.isEmpty())
            return NumberStatus::Invalid;
    } else if (s.isEmpty()) {
        return NumberStatus::Invalid;
    }

    // Split the integer part on group separators, checking the sizes of the groups.
    QString digits;
    digits.reserve(intPart.size());
    qsizetype groupCount = 0;
    qsizetype groupSize = 0;
    for (qsizetype i = 0; i < intPart.size();) {
        if (isAsciiDigit(intPart[i])) {
            digits += intPart[i];
            ++groupSize;
            ++i;
            continue;
        }
        qsizetype separatorLength = 0;
        for (const QString& g : sym.acceptedGroups) {
            if (intPart.sliced(i).startsWith(g)) {
                separatorLength = g.size();
                break;
            }
        }
        if (separatorLength == 0)
            return NumberStatus::Invalid;
        // The first group has 1 to 3 digits, every following one exactly 3.
        if (groupCount == 0 ? (groupSize < 1 || groupSize > 3) : groupSize != 3)
            return NumberStatus::Invalid;
        ++groupCount;
        groupSize = 0;
        i += separatorLength;
    }
    if (groupCount > 0 && groupSize != 3)
        return NumberStatus::Invalid;

    return digitsToMinor(digits, fracPart, negative, minorDigits, rounding, out);
}

// The user's text as quoted in an error message, shortened if someone pasted a novel.
QString quoted(QStringView text)
{
    constexpr qsizetype kMax = 32;
    return text.size() > kMax ? text.first(kMax).toString() + QChar(u'\u2026') : text.toString();
}

Money exampleAmount(const Currency& currency)
{
    // 1234.56 in cents, 1234 yen, 1234.567 dinars.
    std::int64_t minor = 1234;
    for (int i = 0; i < currency.minorDigits(); ++i)
        minor = minor * 10 + 5 + i;
    return Money(minor, currency);
}

} // namespace

// =======================================================================================
// Currency

Currency::Currency(const char* code, int minorDigits) : m_minorDigits(minorDigits)
{
    m_code[0] = code[0];
    m_code[1] = code[1];
    m_code[2] = code[2];
}

std::optional<Currency> Currency::fromCode(const QString& code)
{
    if (code.size() != 3)
        return std::nullopt;
    for (const CurrencyInfo& c : kCurrencies) {
        // Case-sensitive on purpose: ISO codes are upper case, and "eur" in a file or an
        // API response is more likely a bug than a currency.
        if (code == QLatin1String(c.code, 3))
            return Currency(c.code, c.minorDigits);
    }
    return std::nullopt;
}

Currency Currency::eur() { return Currency("EUR", 2); }

QString Currency::symbol() const
{
    for (const CurrencyInfo& c : kCurrencies) {
        if (c.code[0] == m_code[0] && c.code[1] == m_code[1] && c.code[2] == m_code[2])
            return c.symbol ? QString::fromUtf16(c.symbol) : code();
    }
    return code();
}

// =======================================================================================
// Locales

QLocale qLocaleFor(MoneyLocale l)
{
    switch (l) {
    case MoneyLocale::NlBE:
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    case MoneyLocale::NlNL:
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    case MoneyLocale::FrBE:
        return QLocale(QLocale::French, QLocale::Belgium);
    case MoneyLocale::En:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

MoneyLocale moneyLocaleFor(const QLocale& l)
{
    switch (l.language()) {
    case QLocale::Dutch:
        return l.territory() == QLocale::Netherlands ? MoneyLocale::NlNL : MoneyLocale::NlBE;
    case QLocale::French:
        return MoneyLocale::FrBE;
    default:
        return MoneyLocale::En;
    }
}

// =======================================================================================
// Arithmetic

std::optional<Money> Money::checkedAdd(const Money& o) const
{
    std::int64_t r = 0;
    if (m_currency != o.m_currency || __builtin_add_overflow(m_minor, o.m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::checkedSubtract(const Money& o) const
{
    std::int64_t r = 0;
    if (m_currency != o.m_currency || __builtin_sub_overflow(m_minor, o.m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::checkedNegate() const
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(std::int64_t(0), m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

namespace {
[[noreturn]] void throwMismatch(const Currency& a, const Currency& b)
{
    throw MoneyError("currency mismatch: " + a.code().toStdString() + " and "
                     + b.code().toStdString());
}
} // namespace

Money Money::operator+(const Money& o) const
{
    if (m_currency != o.m_currency)
        throwMismatch(m_currency, o.m_currency);
    if (auto r = checkedAdd(o))
        return *r;
    throw MoneyError("overflow adding amounts");
}

Money Money::operator-(const Money& o) const
{
    if (m_currency != o.m_currency)
        throwMismatch(m_currency, o.m_currency);
    if (auto r = checkedSubtract(o))
        return *r;
    throw MoneyError("overflow subtracting amounts");
}

Money Money::operator-() const
{
    if (auto r = checkedNegate())
        return *r;
    throw MoneyError("overflow negating an amount");
}

Money& Money::operator+=(const Money& o) { return *this = *this + o; }
Money& Money::operator-=(const Money& o) { return *this = *this - o; }

Money Money::sum(std::span<const Money> amounts, Currency currency)
{
    // A 128-bit accumulator cannot overflow for any span that fits in memory, so only the
    // final total has to fit: the result does not depend on the order of the amounts.
    Int128 total = 0;
    for (const Money& m : amounts) {
        if (m.m_currency != currency)
            throwMismatch(currency, m.m_currency);
        total += m.m_minor;
    }
    if (total < std::numeric_limits<std::int64_t>::min()
        || total > std::numeric_limits<std::int64_t>::max())
        throw MoneyError("overflow summing amounts");
    return Money(std::int64_t(total), currency);
}

Money Money::multipliedBy(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const
{
    if (denominator == 0)
        throw MoneyError("division by zero");
    // |m_minor × numerator| <= 2^126 and |denominator| <= 2^63: all exact in 128 bits.
    Int128 product = Int128(m_minor) * numerator;
    Int128 divisor = denominator;
    if (divisor < 0) {
        product = -product;
        divisor = -divisor;
    }
    const bool negative = product < 0;
    const Int128 magnitude = negative ? -product : product;
    Int128 quotient = magnitude / divisor;
    const Int128 remainder = magnitude % divisor; // < divisor <= 2^63, so 2 × remainder fits
    const Int128 twice = remainder * 2;
    const int comparedToHalf = twice < divisor ? -1 : twice > divisor ? 1 : 0;
    if (roundsAwayFromZero(rounding, remainder != 0, comparedToHalf, quotient % 2 == 1))
        ++quotient;
    const Int128 result = negative ? -quotient : quotient;
    if (result < std::numeric_limits<std::int64_t>::min()
        || result > std::numeric_limits<std::int64_t>::max())
        throw MoneyError("overflow multiplying an amount");
    return Money(std::int64_t(result), m_currency);
}

std::strong_ordering Money::operator<=>(const Money& o) const
{
    if (m_currency != o.m_currency)
        throwMismatch(m_currency, o.m_currency);
    return m_minor <=> o.m_minor;
}

// =======================================================================================
// Plain text

QString Money::toPlainString() const
{
    const int digits = m_currency.minorDigits();
    const std::uint64_t magnitude = magnitudeOf(m_minor);
    const std::uint64_t unit = pow10(digits);
    QString out;
    if (m_minor < 0)
        out += u'-';
    out += QString::number(magnitude / unit);
    if (digits > 0)
        out += u'.' + QString::number(magnitude % unit).rightJustified(digits, u'0');
    return out;
}

// Accepted: an optional '-', one or more digits, then optionally '.' and 1 to minorDigits
// digits ("12", "12.5", "-0.05"). Refused: a leading '+', whitespace, grouping, "12.",
// ".5", more decimals than the currency has (even zeros) and anything outside int64.
std::optional<Money> Money::fromPlainString(const QString& text, Currency currency)
{
    QStringView s(text);
    const bool negative = s.startsWith(u'-');
    if (negative)
        s = s.sliced(1);
    QStringView intPart = s;
    QStringView fracPart;
    if (const qsizetype point = s.indexOf(u'.'); point >= 0) {
        intPart = s.first(point);
        fracPart = s.sliced(point + 1);
        if (fracPart.isEmpty())
            return std::nullopt;
    }
    if (intPart.isEmpty() || !allAsciiDigits(intPart) || !allAsciiDigits(fracPart))
        return std::nullopt;
    std::int64_t minor = 0;
    if (digitsToMinor(intPart, fracPart, negative, currency.minorDigits(), std::nullopt, minor)
        != NumberStatus::Ok)
        return std::nullopt;
    return Money(minor, currency);
}

// =======================================================================================
// Locale formatting and parsing

QString Money::formatNumber(MoneyLocale locale) const
{
    const LocaleSymbols& sym = symbolsFor(locale);
    const QString number = formatMagnitude(magnitudeOf(m_minor), m_currency.minorDigits(), sym);
    return m_minor < 0 ? sym.minus + number : number;
}

// CLDR currency patterns: nl "¤ #,##0.00" (and "¤ -#,##0.00"), fr "#,##0.00 ¤", en
// "¤#,##0.00" (and "-¤#,##0.00"). The space next to the symbol is a no-break space, as in
// CLDR and QLocale::toCurrencyString(), so that "€" never wraps away from its number.
QString Money::format(MoneyLocale locale) const
{
    const LocaleSymbols& sym = symbolsFor(locale);
    const QString number = formatMagnitude(magnitudeOf(m_minor), m_currency.minorDigits(), sym);
    const QString minus = m_minor < 0 ? sym.minus : QString();
    const QString symbol = m_currency.symbol();
    switch (locale) {
    case MoneyLocale::NlBE:
    case MoneyLocale::NlNL:
        return symbol + kNoBreakSpace + minus + number;
    case MoneyLocale::FrBE:
        return minus + number + kNoBreakSpace + symbol;
    case MoneyLocale::En:
        break;
    }
    // CLDR currency spacing: a code made of letters ("CHF") is kept apart from the digits.
    const bool letters = symbol.back().isLetter();
    return minus + symbol + (letters ? kNoBreakSpace : QString()) + number;
}

Money::ParseResult Money::parse(const QString& text, MoneyLocale locale, Currency currency,
                                std::optional<Rounding> rounding)
{
    const LocaleSymbols& sym = symbolsFor(locale);
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty()) {
        return {std::nullopt, QCoreApplication::translate("Money", "Type an amount, like %1.")
                                  .arg(exampleAmount(currency).format(locale))};
    }

    // Peel off a sign and the currency (symbol or code), in either order, at either end:
    // "€ -12,50", "-€12.50", "12,50 €", "12,50-", "EUR 12,50". Each may appear once.
    QStringView s = trimmed;
    bool negative = false;
    bool sawSign = false;
    bool sawCurrency = false;
    for (bool fromEnd : {false, true}) {
        for (bool progress = true; progress && !s.isEmpty();) {
            progress = false;
            if (!sawSign) {
                qsizetype n = minusLength(s, sym, fromEnd);
                negative = n > 0;
                if (n == 0 && !fromEnd && s.startsWith(u'+'))
                    n = 1; // a leading '+' is harmless
                if (n > 0) {
                    sawSign = true;
                    progress = true;
                    s = (fromEnd ? s.chopped(n) : s.sliced(n)).trimmed();
                    continue;
                }
            }
            if (!sawCurrency) {
                if (const qsizetype n = currencyLength(s, currency, fromEnd); n > 0) {
                    sawCurrency = true;
                    progress = true;
                    s = (fromEnd ? s.chopped(n) : s.sliced(n)).trimmed();
                }
            }
        }
    }

    std::int64_t minor = 0;
    switch (parseLocaleNumber(s, negative, sym, currency.minorDigits(), rounding, minor)) {
    case NumberStatus::Ok:
        return {Money(minor, currency), {}};
    case NumberStatus::Invalid:
        break;
    case NumberStatus::TooManyDecimals:
        if (currency.minorDigits() == 0) {
            return {std::nullopt,
                    QCoreApplication::translate("Money", "Amounts in %1 have no decimals.")
                        .arg(currency.code())};
        }
        return {std::nullopt,
                QCoreApplication::translate("Money", "Amounts in %1 have at most %2 decimals.")
                    .arg(currency.code())
                    .arg(currency.minorDigits())};
    case NumberStatus::Overflow:
        return {std::nullopt,
                QCoreApplication::translate("Money", "“%1” is too large an amount.")
                    .arg(quoted(trimmed))};
    }
    return {std::nullopt,
            QCoreApplication::translate("Money",
                                        "“%1” is not an amount. Type an amount like %2.")
                .arg(quoted(trimmed), exampleAmount(currency).format(locale))};
}

} // namespace comptoir
