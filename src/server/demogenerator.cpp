#include "demogenerator.h"

#include <QDateTime>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <array>
#include <cmath>
#include <cstring>
#include <iterator>

// How the demo data is made
// -------------------------
// Everything random comes from xoshiro256** seeded through splitmix64, and every sample
// is drawn with integer arithmetic (weighted choices over integer weights, amounts from
// per-kind decile tables, normal-ish noise as a sum of uniforms), never from <random>'s
// implementation-defined distributions. Amounts are integer cents throughout.
//
// The set-up (merchant, locations, terminals, users) is drawn in the constructor. The
// transaction stream is drawn in generate(), one business day at a time: each terminal's
// share of the day gets its own generator seeded from (seed, day, terminal), the day's
// events (transactions and day closes) are sorted by time and emitted, and the batch is
// dropped. Memory therefore depends on the volume of one day, never on `days`.
//
// Volume: every (terminal, day) gets a weight = terminal share × weekday factor of the
// shop kind × special-day factor × seasonal factor (× the part of the day the terminal was
// in service). The weights are normalised so that the expected total over the whole range
// is transactionsPerDay × days; the actual daily count adds Poisson-like noise.

namespace comptoir {

namespace {

// ---- Randomness ---------------------------------------------------------------------

std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A well-mixed seed for a sub-stream identified by (a, b, c).
std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0)
{
    std::uint64_t s = a ^ 0x6A09E667F3BCC909ULL;
    std::uint64_t h = splitmix64(s);
    s = h ^ (b * 0xD1B54A32D192ED03ULL);
    h = splitmix64(s);
    s = h ^ (c * 0x8CB92BA72F3D8DD7ULL);
    return splitmix64(s);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto& w : m_s)
            w = splitmix64(seed);
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n), n < 2^32: multiply-shift on the high 32 bits (bias < 2^-32).
    std::uint32_t below(std::uint32_t n) { return std::uint32_t(((next() >> 32) * n) >> 32); }
    int range(int lo, int hi) { return lo + int(below(std::uint32_t(hi - lo + 1))); } // inclusive
    bool permille(int p) { return int(below(1000)) < p; }
    bool ppm(int p) { return int(below(1000000)) < p; }
    template <typename T, std::size_t N> const T& pick(const T (&a)[N]) { return a[below(N)]; }
    // Roughly standard normal, scaled by 1000 (sum of four uniforms: sd ≈ 1155 → rescaled).
    std::int64_t normalMilli()
    {
        std::int64_t s = 0;
        for (int i = 0; i < 4; ++i)
            s += std::int64_t(below(2001)) - 1000;
        return s * 1000 / 1155;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// Integer weights → value; pick() is a binary search over the cumulative weights.
class WeightedTable {
public:
    void add(int value, std::uint32_t weight)
    {
        if (weight == 0)
            return;
        m_total += weight;
        m_cumulative.push_back(m_total);
        m_values.push_back(value);
    }
    int pick(Rng& rng) const
    {
        const std::uint32_t r = rng.below(m_total);
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return m_values[std::size_t(it - m_cumulative.begin())];
    }
    bool isEmpty() const { return m_total == 0; }

private:
    std::uint32_t m_total = 0;
    std::vector<std::uint32_t> m_cumulative;
    std::vector<int> m_values;
};

// (a × b) / c, exact through a 128-bit product, without compiler extensions (MSVC has no
// __int128). Saturates when the quotient does not fit in 64 bits.
std::uint64_t mulDiv(std::uint64_t a, std::uint64_t b, std::uint64_t c)
{
    const std::uint64_t aLo = a & 0xFFFFFFFFULL, aHi = a >> 32, bLo = b & 0xFFFFFFFFULL, bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xFFFFFFFFULL) + (hl & 0xFFFFFFFFULL);
    const std::uint64_t lo = (ll & 0xFFFFFFFFULL) | (mid << 32);
    const std::uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    if (c == 0 || hi >= c)
        return ~std::uint64_t(0);
    std::uint64_t r = hi, q = 0; // hi < c: the quotient fits in 64 bits
    for (int i = 63; i >= 0; --i) {
        const bool carry = (r >> 63) != 0;
        r = (r << 1) | ((lo >> i) & 1);
        if (carry || r >= c) {
            r -= c;
            q |= std::uint64_t(1) << i;
        }
    }
    return q;
}

std::int64_t isqrt(std::int64_t v)
{
    if (v <= 0)
        return 0;
    auto r = std::int64_t(std::sqrt(double(v)));
    while (r * r > v)
        --r;
    while ((r + 1) * (r + 1) <= v)
        ++r;
    return r;
}

// ---- Shop kinds -----------------------------------------------------------------------

enum Kind : int {
    Bakery,
    Butcher,
    Fashion,
    Cafe,
    Pharmacy,
    BikeShop,
    Florist,
    Supermarket,
    Bookshop,
    Chocolatier, // Belgium only
    CheeseShop,  // the Netherlands only
    KindCount
};

enum class AmountStyle {
    AnyCent,     // weighed or many items: any cents
    Dime,        // cafés, bakeries: multiples of 10 cents (some of 5)
    RetailPrice, // ,00 / ,95 / ,99 / ,50
    FlowerPrice, // ,00 / ,50
    BookPrice,   // ,95 / ,99 / ,50 / ,00, or any cents for several books
};

struct KindProfile {
    std::array<int, 24> hours;    // relative traffic per local hour (inside opening hours)
    std::array<int, 12> months;   // seasonal factor, percent, at mid-month
    std::array<int, 11> deciles;  // amount in cents at 0 %, 10 %, ... 100 % of sales
    AmountStyle style;
    int mealVoucher;    // Belgium: weight (per 10 000) of meal vouchers
    int ecoVoucher;     // Belgium: weight of eco vouchers (bikes, plants)
    int giftCard;       // weight of gift cards
    int amex;           // weight of American Express
    int refundPpm;      // refunds, parts per million of transactions
    int terminalWeight; // how likely an extra terminal is placed at such a shop
    int volume;         // relative transactions per location
    bool opensOnHolidays;
};

// clang-format off
constexpr KindProfile kKinds[KindCount] = {
    // Bakery: early mornings, a lull after lunch, a small peak after school.
    {{0,0,0,0,0,0,80,120,130,120,110,100,85,45,40,50,65,60,35,0,0,0,0,0},
     {88,92,98,100,100,95,86,82,98,100,105,125},
     {190,260,340,430,540,670,830,1040,1350,1850,3200},
     AmountStyle::Dime, 700, 0, 0, 0, 2500, 150, 150, true},
    // Butcher (slagerij / beenhouwerij / boucherie).
    {{0,0,0,0,0,0,0,40,60,90,120,130,90,50,50,70,110,120,40,0,0,0,0,0},
     {90,92,95,100,102,105,100,95,100,100,105,140},
     {450,900,1300,1700,2150,2650,3250,4000,5100,7000,15000},
     AmountStyle::AnyCent, 600, 0, 0, 0, 3500, 100, 100, false},
    // Fashion boutique: afternoons and Saturdays, sales in January and July.
    {{0,0,0,0,0,0,0,0,0,0,40,70,90,100,120,130,125,85,0,0,0,0,0,0},
     {100,78,95,100,100,100,112,85,100,95,110,140},
     {1995,2995,3995,4995,5995,7495,8995,10995,13995,19995,45000},
     AmountStyle::RetailPrice, 0, 0, 150, 200, 20000, 150, 60, false},
    // Café / brasserie: lunch and evenings, terraces in summer.
    {{0,0,0,0,0,0,0,0,0,0,35,55,100,95,55,55,65,90,110,95,85,80,60,30},
     {75,80,90,105,115,125,130,125,110,95,85,100},
     {300,420,560,760,1000,1320,1750,2300,3100,4300,9000},
     AmountStyle::Dime, 500, 0, 0, 200, 2000, 250, 140, true},
    // Pharmacy: flu season in winter.
    {{0,0,0,0,0,0,0,0,50,90,100,100,70,45,60,70,90,110,60,0,0,0,0,0},
     {115,112,102,98,95,92,86,84,98,102,108,112},
     {290,520,760,1000,1280,1600,1990,2500,3300,4800,12000},
     AmountStyle::AnyCent, 0, 0, 0, 50, 6000, 150, 120, false},
    // Bike shop: spring and summer, repairs and the odd e-bike.
    {{0,0,0,0,0,0,0,0,0,50,90,100,80,70,100,110,110,80,0,0,0,0,0,0},
     {55,65,100,130,135,125,115,105,100,80,65,85},
     {500,950,1500,2200,3500,5000,7500,12000,25000,60000,320000},
     AmountStyle::RetailPrice, 0, 300, 100, 100, 9000, 100, 40, false},
    // Florist: Valentine's day, Mother's day, All Saints, Christmas.
    {{0,0,0,0,0,0,0,0,50,80,100,110,90,70,80,90,110,120,60,0,0,0,0,0},
     {85,105,100,105,115,90,80,80,95,100,105,115},
     {600,1000,1400,1800,2200,2700,3300,4000,5000,6800,15000},
     AmountStyle::FlowerPrice, 0, 200, 100, 50, 4000, 100, 60, true},
    // Supermarket / neighbourhood grocery: after-work rush.
    {{0,0,0,0,0,0,0,0,40,60,80,90,100,80,70,80,110,140,130,70,0,0,0,0},
     {92,92,97,100,102,100,98,96,100,100,102,118},
     {450,890,1350,1850,2450,3150,4000,5100,6600,9200,18000},
     AmountStyle::AnyCent, 900, 100, 0, 50, 6000, 300, 180, false},
    // Bookshop: back to school, Sinterklaas and Christmas.
    {{0,0,0,0,0,0,0,0,0,40,70,90,90,90,110,120,115,80,0,0,0,0,0,0},
     {85,85,92,95,95,95,92,98,118,100,108,150},
     {350,900,1400,1800,2200,2600,3100,3800,4800,6500,15000},
     AmountStyle::BookPrice, 0, 0, 200, 50, 10000, 150, 70, false},
    // Chocolatier: Valentine's day, Easter, Sinterklaas and Christmas; quiet in summer.
    {{0,0,0,0,0,0,0,0,0,0,40,70,90,100,120,130,125,85,0,0,0,0,0,0},
     {80,115,110,125,95,75,65,65,85,95,110,165},
     {600,950,1300,1700,2100,2600,3200,4000,5200,7500,20000},
     AmountStyle::Dime, 300, 0, 100, 150, 4000, 100, 70, true},
    // Cheese shop (kaasspeciaalzaak).
    {{0,0,0,0,0,0,0,0,0,60,90,120,130,90,50,50,70,110,120,40,0,0,0,0},
     {92,92,95,100,100,98,95,95,100,102,105,135},
     {450,800,1100,1450,1800,2200,2700,3300,4200,6000,14000},
     AmountStyle::AnyCent, 0, 0, 100, 0, 4000, 100, 80, false},
};
// clang-format on

// Opening hours (local minutes) and weekday factor (percent; 0: closed).
struct DayPlan {
    int open = 0;
    int close = 0;
    int factor = 0;
    bool isOpen() const { return factor > 0; }
};

DayPlan weekdayPlan(int kind, bool nl, int dow /* 1 = Monday … 7 = Sunday */)
{
    auto d = [](int openH, int openM, int closeH, int closeM, int factor) {
        return DayPlan{openH * 60 + openM, closeH * 60 + closeM, factor};
    };
    const DayPlan closed;
    switch (kind) {
    case Bakery:
        if (nl) {
            if (dow == 7) return closed;
            if (dow == 6) return d(8, 0, 17, 0, 150);
            return d(8, 0, 18, 0, dow == 1 ? 90 : 100);
        }
        if (dow == 1) return closed;
        if (dow == 7) return d(7, 0, 13, 0, 140);
        if (dow == 6) return d(6, 30, 18, 0, 150);
        return d(6, 30, 18, 30, 100);
    case Butcher:
        if (dow == 1 || dow == 7) return closed;
        if (dow == 6) return d(7, 30, 17, 0, 160);
        return d(8, 30, 18, 30, dow == 5 ? 125 : 100);
    case Fashion:
        if (dow == 7) return nl ? d(12, 0, 17, 0, 80) : closed;
        if (dow == 1) return d(13, 0, 18, 0, 55);
        if (dow == 6) return d(10, 0, 18, 0, 230);
        return d(10, 0, 18, 0, dow == 3 ? 110 : 100);
    case Cafe:
        switch (dow) {
        case 1: return d(10, 0, 23, 30, 90);
        case 2: return closed;
        case 3: return d(10, 0, 23, 30, 95);
        case 4: return d(10, 0, 23, 30, 110);
        case 5: return d(10, 0, 23, 30, 150);
        case 6: return d(10, 0, 23, 30, 170);
        default: return d(10, 0, 22, 0, 130);
        }
    case Pharmacy:
        if (dow == 7) return closed;
        if (dow == 6) return d(9, 0, 12, 30, 70);
        return d(8, 30, 18, 30, dow == 1 ? 115 : 100);
    case BikeShop:
        if (dow == 1 || dow == 7) return closed;
        if (dow == 6) return d(9, 30, 17, 0, 170);
        return d(9, 30, 18, 0, 100);
    case Florist:
        if (dow == 1) return nl ? d(12, 0, 18, 0, 60) : closed;
        if (dow == 7) return nl ? closed : d(8, 30, 13, 0, 130);
        if (dow == 6) return d(8, 30, 18, 0, 180);
        return d(9, 0, 18, 30, dow == 5 ? 120 : 100);
    case Supermarket:
        switch (dow) {
        case 1: return d(8, 0, 20, 0, 90);
        case 2: return d(8, 0, 20, 0, 85);
        case 3: return d(8, 0, 20, 0, 95);
        case 4: return d(8, 0, 20, 0, 100);
        case 5: return d(8, 0, 20, 0, 130);
        case 6: return d(8, 0, 20, 0, 150);
        default: return nl ? d(12, 0, 18, 0, 70) : d(9, 0, 12, 30, 55);
        }
    case Bookshop:
        if (dow == 7) return closed;
        if (dow == 1) return d(13, 0, 18, 0, 60);
        if (dow == 6) return d(9, 30, 18, 0, 190);
        return d(9, 30, 18, 0, 100);
    case Chocolatier:
        if (dow == 1) return closed;
        if (dow == 7) return d(10, 0, 17, 0, 140);
        return d(10, 0, 18, 0, dow == 6 ? 170 : 100);
    case CheeseShop:
        if (dow == 1 || dow == 7) return closed;
        if (dow == 6) return d(8, 30, 17, 0, 190);
        return d(9, 0, 18, 0, 100);
    default:
        return closed;
    }
}

QDate easterSunday(int y)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(y, month, day);
}

bool isPublicHoliday(bool nl, const QDate& date, const QDate& easter)
{
    const int m = date.month(), d = date.day();
    const qint64 fromEaster = easter.daysTo(date);
    if ((m == 1 && d == 1) || (m == 12 && d == 25))
        return true;
    if (fromEaster == 1 || fromEaster == 39 || fromEaster == 50) // Easter and Whit Monday, Ascension
        return true;
    if (nl) {
        if (m == 12 && d == 26)
            return true;
        // King's Day: 27 April, or the 26th when the 27th is a Sunday.
        const QDate kings(date.year(), 4, QDate(date.year(), 4, 27).dayOfWeek() == 7 ? 26 : 27);
        return date == kings;
    }
    return (m == 5 && d == 1) || (m == 7 && d == 21) || (m == 8 && d == 15) || (m == 11 && d == 1)
        || (m == 11 && d == 11);
}

// Feasts and shopping days that move the volume of some kinds of shop (percent).
int specialFactor(int kind, bool nl, const QDate& date, const QDate& easter)
{
    const int m = date.month(), d = date.day(), y = date.year();
    const qint64 fromEaster = easter.daysTo(date);
    const QDate may1(y, 5, 1);
    const QDate mothersDay = may1.addDays((7 - may1.dayOfWeek()) % 7 + 7); // 2nd Sunday of May
    const QDate nov30(y, 11, 30);
    const QDate blackFriday = nov30.addDays(-((nov30.dayOfWeek() - 5 + 7) % 7));
    const bool food = kind == Bakery || kind == Butcher || kind == Supermarket || kind == CheeseShop;

    if (m == 12 && d == 24)
        return food ? 210 : kind == Cafe ? 70 : kind == Florist || kind == Chocolatier ? 200 : 150;
    if (m == 12 && d == 31)
        return food ? 190 : kind == Cafe ? 140 : kind == Florist ? 140 : 110;
    if (m == 12 && d >= 18 && d <= 23)
        return kind == Fashion || kind == Bookshop || kind == Chocolatier ? 150 : food ? 115 : 100;
    if (m == 2 && d == 14)
        return kind == Florist ? 420 : kind == Chocolatier ? 260 : kind == Cafe ? 130 : 100;
    if (m == 2 && d == 13)
        return kind == Florist ? 200 : kind == Chocolatier ? 170 : 100;
    if (date == mothersDay || date == mothersDay.addDays(-1))
        return kind == Florist ? 360 : kind == Chocolatier ? 180 : kind == Bakery ? 125 : 100;
    if (!nl && m == 10 && (d == 30 || d == 31))
        return kind == Florist ? 260 : 100; // chrysanthemums for All Saints
    if (!nl && m == 11 && d == 1)
        return kind == Florist ? 220 : 100;
    if (fromEaster >= -6 && fromEaster <= -1)
        return kind == Chocolatier ? (fromEaster == -1 ? 320 : 180) : kind == Bakery ? 120 : 100;
    // Sinterklaas: 6 December in Belgium, the evening of the 5th in the Netherlands.
    if ((nl && ((m == 11 && d >= 28) || (m == 12 && d <= 5))) || (!nl && m == 12 && d >= 1 && d <= 6))
        return kind == Chocolatier || kind == Bookshop ? 160 : kind == Bakery ? 125 : 100;
    if (date == blackFriday)
        return kind == Fashion ? 190 : kind == BikeShop || kind == Bookshop ? 140 : 100;
    if (kind == Fashion && ((m == 1 && d >= 3 && d <= 9) || (m == 7 && d <= 7)))
        return 175; // first week of the sales
    if (nl && kind == Cafe && date == QDate(y, 4, QDate(y, 4, 27).dayOfWeek() == 7 ? 26 : 27))
        return 260; // King's Day
    return 100;
}

// Seasonal factor, interpolated between mid-month values so that charts show no steps.
int seasonalFactor(int kind, const QDate& date)
{
    const auto& mo = kKinds[kind].months;
    const int m = date.month() - 1, d = date.day();
    if (d >= 15) {
        const int cur = mo[std::size_t(m)], next = mo[std::size_t((m + 1) % 12)];
        return cur + (next - cur) * (d - 15) / 31;
    }
    const int prev = mo[std::size_t((m + 11) % 12)], cur = mo[std::size_t(m)];
    return prev + (cur - prev) * (d + 16) / 31;
}

// A location's plan for one date: hours, which weekday's traffic curve, total factor.
struct LocationDay {
    DayPlan plan;
    int tableDow = 1;       // 1..7, the weekday whose hourly curve applies
    std::int64_t weight = 0; // weekday × special × season factors (percent³), 0 when closed
};

LocationDay locationDay(int kind, bool nl, const QDate& date, const QDate& easter)
{
    // The plan always equals weekdayPlan(kind, nl, tableDow), whose slot table generate() uses.
    LocationDay out;
    const int dow = date.dayOfWeek();
    out.tableDow = dow;
    out.plan = weekdayPlan(kind, nl, dow);
    const int m = date.month(), d = date.day();
    if ((m == 12 && d == 25) || (m == 1 && d == 1 && kind != Cafe)) {
        out.plan = DayPlan{};
    } else if (isPublicHoliday(nl, date, easter)) {
        // Bakeries, cafés, florists and chocolatiers keep Sunday hours (and the Sunday curve).
        if (kKinds[kind].opensOnHolidays) {
            out.plan = weekdayPlan(kind, nl, 7);
            out.tableDow = 7;
        } else {
            out.plan = DayPlan{};
        }
    }
    if (!out.plan.isOpen())
        return out;
    out.weight = std::int64_t(out.plan.factor) * specialFactor(kind, nl, date, easter)
        * seasonalFactor(kind, date);
    return out;
}

// Cumulative traffic over the 96 quarter-hours of a day (slotCount outside opening hours are 0).
using SlotTable = std::array<std::uint32_t, 97>;

SlotTable makeSlotTable(int kind, const DayPlan& plan, int dow)
{
    SlotTable t{};
    for (int s = 0; s < 96; ++s) {
        std::uint32_t w = 0;
        const int start = s * 15;
        if (plan.isOpen() && start >= plan.open && start + 15 <= plan.close) {
            const int hour = s / 4;
            w = std::uint32_t(std::max(kKinds[kind].hours[std::size_t(hour)], 10));
            if (kind == Cafe && (dow == 5 || dow == 6) && hour >= 18)
                w = w * 16 / 10; // Friday and Saturday evenings
            if (kind == Bakery && dow == 7 && hour >= 8 && hour <= 10)
                w = w * 15 / 10; // Sunday breakfast
        }
        t[std::size_t(s + 1)] = t[std::size_t(s)] + w;
    }
    return t;
}

// ---- Names and places ---------------------------------------------------------------

enum Lang : int { NlBE, FrBE, NlNL };

struct StreetDef {
    const char* name;
    const char* postal; // Belgian: the full code; Dutch: the four digits
};
struct CityDef {
    const char* name;
    Lang lang;
    const StreetDef* streets;
    int streetCount;
};

// clang-format off
constexpr StreetDef kGent[] = {{"Veldstraat","9000"},{"Korenmarkt","9000"},{"Vrijdagmarkt","9000"},{"Sint-Pietersnieuwstraat","9000"},{"Overpoortstraat","9000"},{"Brabantdam","9000"},{"Langemunt","9000"},{"Dampoortstraat","9000"},{"Sleepstraat","9000"},{"Kortrijksepoortstraat","9000"}};
constexpr StreetDef kAntwerpen[] = {{"Meir","2000"},{"Kammenstraat","2000"},{"Nationalestraat","2000"},{"Oudekoornmarkt","2000"},{"Lange Koepoortstraat","2000"},{"Kloosterstraat","2000"},{"Volkstraat","2000"},{"Dageraadplaats","2018"},{"Draakplaats","2018"},{"Mechelsesteenweg","2018"}};
constexpr StreetDef kLeuven[] = {{"Bondgenotenlaan","3000"},{"Diestsestraat","3000"},{"Naamsestraat","3000"},{"Tiensestraat","3000"},{"Brusselsestraat","3000"},{"Parijsstraat","3000"},{"Muntstraat","3000"}};
constexpr StreetDef kBrugge[] = {{"Steenstraat","8000"},{"Noordzandstraat","8000"},{"Zuidzandstraat","8000"},{"Geldmuntstraat","8000"},{"Langestraat","8000"},{"Vlamingstraat","8000"},{"Katelijnestraat","8000"}};
constexpr StreetDef kMechelen[] = {{"Bruul","2800"},{"IJzerenleen","2800"},{"Onze-Lieve-Vrouwestraat","2800"},{"Befferstraat","2800"},{"Hoogstraat","2800"}};
constexpr StreetDef kHasselt[] = {{"Hoogstraat","3500"},{"Demerstraat","3500"},{"Kapelstraat","3500"},{"Koning Albertstraat","3500"},{"Maastrichterstraat","3500"}};
constexpr StreetDef kKortrijk[] = {{"Lange Steenstraat","8500"},{"Korte Steenstraat","8500"},{"Doorniksestraat","8500"},{"Rijselsestraat","8500"}};
constexpr StreetDef kBrussel[] = {{"Nieuwstraat","1000"},{"Zuidstraat","1000"},{"Antoine Dansaertstraat","1000"},{"Vlaamsesteenweg","1000"},{"Kolenmarkt","1000"},{"Hoogstraat","1000"}};
constexpr StreetDef kBruxelles[] = {{"Rue Neuve","1000"},{"Rue du Midi","1000"},{"Rue Antoine Dansaert","1000"},{"Rue de Flandre","1000"},{"Rue du Marché au Charbon","1000"},{"Rue Haute","1000"},{"Rue des Éperonniers","1000"}};
constexpr StreetDef kLiege[] = {{"Rue Pont d'Avroy","4000"},{"Rue de la Cathédrale","4000"},{"Rue Saint-Gilles","4000"},{"Féronstrée","4000"},{"Rue Saint-Paul","4000"},{"Rue Vinâve d'Île","4000"},{"Rue du Pot d'Or","4000"}};
constexpr StreetDef kNamur[] = {{"Rue de Fer","5000"},{"Rue de l'Ange","5000"},{"Rue Émile Cuvelier","5000"},{"Rue Saint-Jacques","5000"},{"Rue des Carmes","5000"},{"Rue de Bruxelles","5000"}};
constexpr StreetDef kMons[] = {{"Rue de la Chaussée","7000"},{"Rue d'Havré","7000"},{"Rue de Nimy","7000"},{"Rue des Fripiers","7000"}};
constexpr StreetDef kCharleroi[] = {{"Rue de la Montagne","6000"},{"Boulevard Tirou","6000"},{"Rue de Marcinelle","6000"},{"Rue du Collège","6000"}};
constexpr StreetDef kWavre[] = {{"Rue du Commerce","1300"},{"Rue Haute","1300"},{"Rue du Pont du Christ","1300"},{"Rue de Namur","1300"}};

constexpr StreetDef kAmsterdam[] = {{"Kalverstraat","1012"},{"Haarlemmerdijk","1013"},{"Haarlemmerstraat","1013"},{"Utrechtsestraat","1017"},{"Ferdinand Bolstraat","1072"},{"Albert Cuypstraat","1073"},{"Javastraat","1094"},{"Kinkerstraat","1053"},{"Rozengracht","1016"},{"Jan Pieter Heijestraat","1054"}};
constexpr StreetDef kUtrecht[] = {{"Oudegracht","3511"},{"Steenweg","3511"},{"Voorstraat","3512"},{"Twijnstraat","3511"},{"Nachtegaalstraat","3581"},{"Biltstraat","3572"},{"Lange Elisabethstraat","3511"}};
constexpr StreetDef kRotterdam[] = {{"Lijnbaan","3012"},{"Witte de Withstraat","3012"},{"Nieuwe Binnenweg","3014"},{"Meent","3011"},{"Zwart Janstraat","3035"},{"Noordmolenstraat","3035"},{"Oude Binnenweg","3012"}};
constexpr StreetDef kDenHaag[] = {{"Grote Marktstraat","2511"},{"Frederikstraat","2514"},{"Prinsestraat","2513"},{"Noordeinde","2514"},{"Fahrenheitstraat","2561"},{"Reinkenstraat","2517"},{"Frederik Hendriklaan","2582"}};
constexpr StreetDef kEindhoven[] = {{"Demer","5611"},{"Rechtestraat","5611"},{"Kleine Berg","5611"},{"Woenselse Markt","5612"},{"Hoogstraat","5615"},{"Stratumseind","5611"}};
constexpr StreetDef kHaarlem[] = {{"Grote Houtstraat","2011"},{"Barteljorisstraat","2011"},{"Zijlstraat","2011"},{"Kruisstraat","2011"},{"Cronjéstraat","2022"},{"Gierstraat","2011"}};
constexpr StreetDef kGroningen[] = {{"Herestraat","9711"},{"Folkingestraat","9711"},{"Oude Ebbingestraat","9712"},{"Zwanestraat","9712"},{"Steentilstraat","9711"}};
constexpr StreetDef kLeiden[] = {{"Haarlemmerstraat","2312"},{"Breestraat","2311"},{"Nieuwe Rijn","2312"},{"Botermarkt","2311"}};
constexpr StreetDef kNijmegen[] = {{"Lange Hezelstraat","6511"},{"Broerstraat","6511"},{"Molenstraat","6511"},{"Hertogstraat","6511"}};
constexpr StreetDef kDelft[] = {{"Choorstraat","2611"},{"Brabantse Turfmarkt","2611"},{"Oude Delft","2611"},{"Wijnhaven","2611"}};

#define CITY(n, l, s) CityDef{n, l, s, int(std::size(s))}
constexpr CityDef kBelgianCities[] = {
    CITY("Gent", NlBE, kGent), CITY("Antwerpen", NlBE, kAntwerpen), CITY("Leuven", NlBE, kLeuven),
    CITY("Brugge", NlBE, kBrugge), CITY("Mechelen", NlBE, kMechelen), CITY("Hasselt", NlBE, kHasselt),
    CITY("Kortrijk", NlBE, kKortrijk), CITY("Brussel", NlBE, kBrussel),
    CITY("Bruxelles", FrBE, kBruxelles), CITY("Liège", FrBE, kLiege), CITY("Namur", FrBE, kNamur),
    CITY("Mons", FrBE, kMons), CITY("Charleroi", FrBE, kCharleroi), CITY("Wavre", FrBE, kWavre),
};
constexpr CityDef kDutchCities[] = {
    CITY("Amsterdam", NlNL, kAmsterdam), CITY("Utrecht", NlNL, kUtrecht), CITY("Rotterdam", NlNL, kRotterdam),
    CITY("Den Haag", NlNL, kDenHaag), CITY("Eindhoven", NlNL, kEindhoven), CITY("Haarlem", NlNL, kHaarlem),
    CITY("Groningen", NlNL, kGroningen), CITY("Leiden", NlNL, kLeiden), CITY("Nijmegen", NlNL, kNijmegen),
    CITY("Delft", NlNL, kDelft),
};
#undef CITY

constexpr const char* kFirstNl[] = {"Jan","Pieter","Koen","Bart","Tom","Wouter","Stijn","Jeroen","Lies","Sofie","An","Els","Katrien","Griet","Hanne","Lotte","Elke","Dirk","Geert","Hilde","Inge","Joris","Kristof","Liesbeth","Marieke","Nele","Tine","Veerle","Wim","Annelies"};
constexpr const char* kLastNl[] = {"Peeters","Janssens","Maes","Jacobs","Mertens","Willems","Claes","Goossens","Wouters","De Smet","Vermeulen","Van den Broeck","De Clercq","Hermans","Van de Velde","Pauwels","Verstraete","Vandenberghe","Claeys","Lambrecht","De Backer","Van Damme","Segers","Michiels","Vervoort","Coppens","De Wilde","Desmet","Verhaeghe","Van Acker"};
constexpr const char* kFirstFr[] = {"Jean","Pierre","Marc","Philippe","Luc","Olivier","Nicolas","Julien","Sébastien","François","Marie","Sophie","Isabelle","Nathalie","Catherine","Valérie","Julie","Aurélie","Céline","Camille","Manon","Chloé","Laurent","Benoît","Thierry","Hélène"};
constexpr const char* kLastFr[] = {"Dubois","Lambert","Dupont","Martin","Simon","Laurent","Leroy","Renard","Dumont","Lejeune","François","Collard","Lemaire","Henry","Denis","Mathieu","Gilson","Louis","Piette","Hubert","Gérard","Warnier","Delvaux","Jadot","Lecomte","Goffin"};
constexpr const char* kFirstNlNl[] = {"Daan","Sem","Lucas","Thijs","Jesse","Bram","Ruben","Lars","Jeroen","Martijn","Sander","Maarten","Emma","Julia","Sanne","Lisa","Anouk","Femke","Eva","Iris","Marloes","Esther","Linda","Ingrid","Wouter","Joost","Hanneke","Saskia","Bas","Fleur"};
constexpr const char* kLastNlNl[] = {"de Jong","Jansen","de Vries","van den Berg","van Dijk","Bakker","Janssen","Visser","Smit","Meijer","de Boer","Mulder","de Groot","Bos","Vos","Peters","Hendriks","van Leeuwen","Dekker","Brouwer","de Wit","Dijkstra","Smits","de Graaf","van der Meer","Kok","van der Linden","Prins","Koster","Veenstra"};

// Shop-name patterns per kind and language: {F} family name, {N} first name, or a fixed name.
struct NamePatterns { const char* const* items; int count; };
#define PAT(...) [] { static constexpr const char* p[] = {__VA_ARGS__}; return NamePatterns{p, int(std::size(p))}; }()
NamePatterns shopNames(int kind, Lang lang)
{
    switch (lang) {
    case NlBE:
        switch (kind) {
        case Bakery: return PAT("Bakkerij {F}", "Bakkerij {F}", "Brood & Banket {F}", "Bakkerij De Gouden Aar", "'t Broodhuys", "Bakkerij Het Korenhuis");
        case Butcher: return PAT("Slagerij {F}", "Beenhouwerij {F}", "Traiteur-Slagerij {F}");
        case Fashion: return PAT("Boetiek {N}", "Mode {F}", "Atelier Noor", "Maison Lou", "Studio Mila", "Label Zee", "Boetiek {N} & {N}");
        case Cafe: return PAT("Café De Zwaan", "Café Het Gouden Hoofd", "Café 't Hoekske", "Brasserie De Welkom", "Café Den Engel", "Brasserie De Vrede", "Café Het Spijker", "Brasserie {F}", "Café De Kroon");
        case Pharmacy: return PAT("Apotheek {F}", "Apotheek {F}", "Apotheek De Linde", "Apotheek Sint-Jan");
        case BikeShop: return PAT("Fietsen {F}", "Tweewielers {F}", "Velo {N}", "Fietsatelier De Ketting");
        case Florist: return PAT("Bloemen {N}", "Bloemenatelier {N}", "De Bloemenhoek", "Het Bloemenhuis", "Bloemen {F}");
        case Supermarket: return PAT("Buurtsuper {F}", "Buurtwinkel {F}", "Versmarkt {F}", "Dagwinkel {F}");
        case Bookshop: return PAT("Boekhandel {F}", "Boekhandel De Leesbril", "Het Leesatelier", "Boekhandel Het Ezelsoor");
        case Chocolatier: return PAT("Chocolaterie {F}", "Pralines {F}", "Pralinehuis {F}");
        default: return PAT("Winkel {F}");
        }
    case FrBE:
        switch (kind) {
        case Bakery: return PAT("Boulangerie {F}", "Boulangerie-Pâtisserie {F}", "Au Pain Doré", "Le Fournil de {N}", "Boulangerie {F}");
        case Butcher: return PAT("Boucherie {F}", "Boucherie-Charcuterie {F}", "Boucherie {F}");
        case Fashion: return PAT("Boutique {N}", "Maison {F}", "Atelier Lou", "Boutique Mademoiselle", "Chez {N}");
        case Cafe: return PAT("Brasserie du Marché", "Café Le Métropole", "Brasserie {F}", "Le Comptoir de {N}", "Café des Arts", "Brasserie de la Place", "Le Petit Bruxelles");
        case Pharmacy: return PAT("Pharmacie {F}", "Pharmacie du Centre", "Pharmacie de la Gare", "Pharmacie {F}");
        case BikeShop: return PAT("Cycles {F}", "Vélos {F}", "Atelier Vélo {N}");
        case Florist: return PAT("Fleurs {N}", "Fleuriste {F}", "L'Atelier Fleuri", "Au Jardin de {N}");
        case Supermarket: return PAT("Épicerie {F}", "Supérette {F}", "Marché {F}");
        case Bookshop: return PAT("Librairie {F}", "Librairie Le Point-Virgule", "Librairie La Page Blanche", "Librairie Les Mots Passants");
        case Chocolatier: return PAT("Chocolaterie {F}", "Chocolatier {F}", "Maison {F} Chocolatier");
        default: return PAT("Magasin {F}");
        }
    case NlNL:
    default:
        switch (kind) {
        case Bakery: return PAT("Bakkerij {F}", "Bakker {F}", "Warme Bakker {F}", "Bakkerij {F}");
        case Butcher: return PAT("Keurslager {F}", "Slagerij {F}");
        case Fashion: return PAT("Boutique {N}", "Mode {F}", "Studio {N}", "Atelier Noor", "Label Zee");
        case Cafe: return PAT("Café De Ooievaar", "Café Het Paardje", "Eetcafé De Zwaan", "Eetcafé 't Hoekje", "Grand Café {F}", "Café De Tijd", "Proeflokaal De Kroon");
        case Pharmacy: return PAT("Apotheek {F}", "Apotheek De Linde", "Apotheek {F}");
        case BikeShop: return PAT("Fietsenwinkel {F}", "Rijwielhandel {F}", "Fietsspecialist {F}");
        case Florist: return PAT("Bloemenwinkel {N}", "Bloemsierkunst {F}", "Bloemen {N}", "De Bloemenhoek");
        case Supermarket: return PAT("Buurtsuper {F}", "Versmarkt {F}", "Buurtwinkel {F}");
        case Bookshop: return PAT("Boekhandel {F}", "Boekhandel De Leesbril", "Boekhandel Het Ezelsoor");
        case CheeseShop: return PAT("Kaashandel {F}", "Kaasspeciaalzaak {F}", "De Kaaskamer", "Kaas & Zo");
        default: return PAT("Winkel {F}");
        }
    }
}
#undef PAT

struct MerchantPattern { const char* name; const char* domain; };
constexpr MerchantPattern kMerchantNlBE[] = {{"Groep {F} BV", "groep{f}.be"}, {"{F} & Zonen BV", "{f}enzonen.be"}, {"Handelshuis {F} BV", "handelshuis{f}.be"}, {"{F} Retail NV", "{f}-retail.be"}};
constexpr MerchantPattern kMerchantFrBE[] = {{"Groupe {F} SRL", "groupe{f}.be"}, {"{F} & Fils SRL", "{f}etfils.be"}, {"Maison {F} SA", "maison{f}.be"}};
constexpr MerchantPattern kMerchantNl[] = {{"{F} Retail B.V.", "{f}retail.nl"}, {"{F} & Partners B.V.", "{f}enpartners.nl"}, {"Winkelgroep {F} B.V.", "winkelgroep{f}.nl"}};
// clang-format on

const char* const* firstNames(Lang l, int& n)
{
    switch (l) {
    case NlBE: n = int(std::size(kFirstNl)); return kFirstNl;
    case FrBE: n = int(std::size(kFirstFr)); return kFirstFr;
    default: n = int(std::size(kFirstNlNl)); return kFirstNlNl;
    }
}
const char* const* lastNames(Lang l, int& n)
{
    switch (l) {
    case NlBE: n = int(std::size(kLastNl)); return kLastNl;
    case FrBE: n = int(std::size(kLastFr)); return kLastFr;
    default: n = int(std::size(kLastNlNl)); return kLastNlNl;
    }
}
QString randomFirst(Rng& rng, Lang l)
{
    int n = 0;
    const char* const* t = firstNames(l, n);
    return QString::fromUtf8(t[rng.below(std::uint32_t(n))]);
}
QString randomLast(Rng& rng, Lang l)
{
    int n = 0;
    const char* const* t = lastNames(l, n);
    return QString::fromUtf8(t[rng.below(std::uint32_t(n))]);
}

// "de Vries" at the start of a name is written "De Vries".
QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// Lower-case ASCII letters and digits only: "Van den Broeck" → "vandenbroeck", "Hélène" → "helene".
QString slug(const QString& s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString fill(const char* pattern, const QString& family, const QString& first, const QString& second)
{
    QString s = QString::fromUtf8(pattern);
    s.replace(QLatin1String("{F}"), capitalised(family));
    s.replace(QLatin1String("{f}"), slug(family));
    const qsizetype i = s.indexOf(QLatin1String("{N}"));
    if (i >= 0)
        s.replace(i, 3, first);
    s.replace(QLatin1String("{N}"), second);
    return s;
}

QString digits(Rng& rng, int n)
{
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + char16_t(rng.below(10)));
    return s;
}

QString belgianVat(Rng& rng)
{
    // Enterprise number 0ddd.ddd.dcc: the last two digits are 97 - (first eight mod 97).
    const std::int64_t base = 1000000 + std::int64_t(rng.below(9000000)); // 7 digits after the 0
    const int check = 97 - int(base % 97);
    const QString n = QStringLiteral("0%1%2").arg(base, 7, 10, QLatin1Char('0')).arg(check, 2, 10, QLatin1Char('0'));
    return QStringLiteral("BE%1.%2.%3").arg(n.left(4), n.mid(4, 3), n.mid(7, 3));
}

QString dutchVat(Rng& rng)
{
    // Nine digits passing the eleven test (weights 9..2, check digit weight 1), then "B01".
    for (;;) {
        int d[9];
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            d[i] = i == 0 ? 1 + int(rng.below(9)) : int(rng.below(10));
            sum += d[i] * (9 - i);
        }
        const int check = sum % 11;
        if (check == 10)
            continue;
        d[8] = check;
        QString s = QStringLiteral("NL");
        for (const int v : d)
            s += QChar(u'0' + char16_t(v));
        return s + QStringLiteral("B01");
    }
}

// ---- Terminals --------------------------------------------------------------------------

enum Model : int { DuoBase, Smart, Compact, Mobile, VX520, VX690 };
constexpr const char* kModelNames[] = {"CCV Duo Base A80-A35", "CCV Smart A80-P400", "CCV Compact A77",
                                       "CCV Mobile A920", "Verifone VX520", "Verifone VX690"};

QString serialFor(int model, Rng& rng)
{
    switch (model) {
    case DuoBase: return QStringLiteral("185") + digits(rng, 7);
    case Smart: return QStringLiteral("186") + digits(rng, 7);
    case Compact: return QStringLiteral("229") + digits(rng, 7);
    case Mobile: return QStringLiteral("082") + digits(rng, 7);
    default: // Verifone: 123-456-789
        return digits(rng, 3) + QLatin1Char('-') + digits(rng, 3) + QLatin1Char('-') + digits(rng, 3);
    }
}

QMap<QString, QString> appVersionsFor(int model, Rng& rng)
{
    auto version = [&rng](std::initializer_list<const char*> newestFirst) {
        // Most terminals run the newest version, a few lag behind.
        const int r = int(rng.below(100));
        const int idx = r < 70 ? 0 : r < 92 ? 1 : 2;
        const auto* it = newestFirst.begin() + std::min<int>(idx, int(newestFirst.size()) - 1);
        return QString::fromLatin1(*it);
    };
    QMap<QString, QString> v;
    if (model == VX520 || model == VX690) {
        v.insert(QStringLiteral("Payment app"), version({"13.4.1", "13.2.0", "12.9.3"}));
        v.insert(QStringLiteral("Firmware"), version({"QT000550", "QT000530", "QT000510"}));
        return v;
    }
    v.insert(QStringLiteral("SalesPoint"), version({"4.14.2", "4.13.0", "4.11.3"}));
    v.insert(QStringLiteral("PayGear"), version({"5.3.1", "5.2.4", "5.1.0"}));
    v.insert(QStringLiteral("Service app"), version({"2.8.0", "2.7.3", "2.6.1"}));
    v.insert(QStringLiteral("AirViewer"), version({"3.4.1", "3.3.0", "3.2.0"}));
    v.insert(QStringLiteral("CCVStore"), version({"9.6.2", "9.5.0", "9.3.4"}));
    return v;
}

// Device names per shop kind and language; the boolean says whether it is a mobile device.
struct DeviceName { QString name; bool mobile; };
DeviceName deviceName(int kind, Lang lang, int slot, int slotCount)
{
    const bool fr = lang == FrBE;
    const QString till = fr ? QStringLiteral("Caisse") : QStringLiteral("Kassa");
    auto numbered = [&](int n) { return DeviceName{QStringLiteral("%1 %2").arg(till).arg(n), false}; };
    switch (kind) {
    case Cafe:
        if (slot == 0)
            return {lang == NlBE ? QStringLiteral("Toog") : fr ? QStringLiteral("Comptoir") : QStringLiteral("Bar"), false};
        if (slot == 1)
            return {fr ? QStringLiteral("Terrasse mobile") : QStringLiteral("Terras mobiel"), true};
        if (slot == 2)
            return {fr ? QStringLiteral("Cuisine") : QStringLiteral("Keuken"), false};
        return numbered(slot - 2);
    case BikeShop:
        if (slot == 1)
            return {fr ? QStringLiteral("Atelier") : QStringLiteral("Werkplaats"), false};
        if (slot == 0)
            return slotCount == 1 ? DeviceName{till, false} : numbered(1);
        return numbered(slot);
    case Florist:
        if (slot == 1)
            return {fr ? QStringLiteral("Marché mobile") : QStringLiteral("Markt mobiel"), true};
        if (slot == 0)
            return slotCount == 1 ? DeviceName{till, false} : numbered(1);
        return numbered(slot);
    default:
        if (slotCount == 1)
            return {till, false};
        return numbered(slot + 1);
    }
}

// ---- Amounts and payment methods ------------------------------------------------------

std::int64_t sampleAmount(int kind, Rng& rng)
{
    const KindProfile& k = kKinds[kind];
    const std::uint32_t u = rng.below(10000);
    const std::size_t b = u / 1000;
    const std::int64_t lo = k.deciles[b], hi = k.deciles[b + 1];
    std::int64_t a = lo + (hi - lo) * std::int64_t(u % 1000) / 1000;
    auto ending = [&](std::initializer_list<std::pair<int, int>> endings) {
        // endings: (cents, weight); cents < 0 means "keep any cents".
        int total = 0;
        for (const auto& e : endings)
            total += e.second;
        int r = int(rng.below(std::uint32_t(total)));
        for (const auto& e : endings) {
            if (r < e.second) {
                if (e.first < 0)
                    return a;
                const std::int64_t euros = std::max<std::int64_t>(1, (a + 50) / 100);
                return e.first == 0 ? euros * 100 : euros * 100 - (100 - e.first);
            }
            r -= e.second;
        }
        return a;
    };
    switch (k.style) {
    case AmountStyle::AnyCent: break;
    case AmountStyle::Dime: a = rng.below(100) < 85 ? (a + 5) / 10 * 10 : (a + 2) / 5 * 5; break;
    case AmountStyle::RetailPrice: a = ending({{0, 35}, {95, 25}, {99, 20}, {50, 15}, {-1, 5}}); break;
    case AmountStyle::FlowerPrice: a = ending({{0, 60}, {50, 35}, {-1, 5}}); break;
    case AmountStyle::BookPrice: a = ending({{95, 25}, {99, 30}, {50, 10}, {0, 15}, {-1, 20}}); break;
    }
    return std::max<std::int64_t>(a, 50);
}

WeightedTable methodTable(int kind, bool nl)
{
    const KindProfile& k = kKinds[kind];
    WeightedTable t;
    auto add = [&t](PaymentMethod m, int w) { t.add(int(m), std::uint32_t(std::max(w, 0))); };
    if (nl) {
        add(PaymentMethod::Maestro, 4300);
        add(PaymentMethod::VPay, 2200);
        add(PaymentMethod::Visa, 1400);
        add(PaymentMethod::Mastercard, 1200);
        add(PaymentMethod::AmericanExpress, k.amex);
        add(PaymentMethod::GiftCard, k.giftCard);
        return t;
    }
    add(PaymentMethod::Bancontact, 6000);
    add(PaymentMethod::Payconiq, 800);
    add(PaymentMethod::Maestro, 500);
    add(PaymentMethod::VPay, 150);
    add(PaymentMethod::Visa, 1000);
    add(PaymentMethod::Mastercard, 800);
    add(PaymentMethod::AmericanExpress, k.amex);
    add(PaymentMethod::MealVoucher, k.mealVoucher);
    add(PaymentMethod::EcoVoucher, k.ecoVoucher);
    add(PaymentMethod::GiftCard, k.giftCard);
    return t;
}

bool isCardScheme(PaymentMethod m)
{
    return m == PaymentMethod::Bancontact || m == PaymentMethod::Maestro || m == PaymentMethod::VPay
        || m == PaymentMethod::Visa || m == PaymentMethod::Mastercard || m == PaymentMethod::AmericanExpress;
}
bool isCredit(PaymentMethod m)
{
    return m == PaymentMethod::Visa || m == PaymentMethod::Mastercard || m == PaymentMethod::AmericanExpress;
}

// ---- Fast text ------------------------------------------------------------------------

// Writes `value` as `width` zero-padded digits (more when it does not fit) at `out`.
int putNumber(char* out, std::uint64_t value, int width)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n < width)
        tmp[n++] = '0';
    for (int i = 0; i < n; ++i)
        out[i] = tmp[n - 1 - i];
    return n;
}

QString prefixedNumber(const char* prefix, std::uint64_t value, int width)
{
    char buf[48];
    int n = 0;
    while (prefix[n]) {
        buf[n] = prefix[n];
        ++n;
    }
    n += putNumber(buf + n, value, width);
    return QString::fromLatin1(buf, n);
}

constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 utcMsecs(const QDate& date, qint64 localMsecsOfDay, int offsetSecs)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay + localMsecsOfDay - qint64(offsetSecs) * 1000;
}

int offsetAtNoon(const QTimeZone& zone, const QDate& date)
{
    // Shops trade between 06:00 and midnight, after the 02:00/03:00 switch of CET/CEST, so
    // the offset at local noon holds for every event of the business day.
    return zone.offsetFromUtc(QDateTime(date, QTime(12, 0), zone));
}

} // namespace

// =========================================================================================

DemoGenerator::DemoGenerator(const DemoOptions& options) : m_options(options)
{
    // Normalise the options so that odd input still gives sane, deterministic data.
    m_options.country = m_options.country.trimmed().toUpper() == QLatin1String("NL") ? QStringLiteral("NL")
                                                                                       : QStringLiteral("BE");
    m_options.locations = std::clamp(m_options.locations, 1, 999);
    m_options.terminals = std::clamp(m_options.terminals, m_options.locations, 9999);
    m_options.days = std::max(1, m_options.days);
    m_options.transactionsPerDay = std::max(0, m_options.transactionsPerDay);
    if (!m_options.endDate.isValid())
        m_options.endDate = QDate(2026, 1, 31); // fixed, so that the output stays deterministic

    const bool nl = m_options.country == QLatin1String("NL");
    Rng rng(mixSeed(m_options.seed, 0x5E7));
    const Lang home = nl ? NlNL : (rng.permille(700) ? NlBE : FrBE);
    const QByteArray zoneId = nl ? QByteArrayLiteral("Europe/Amsterdam") : QByteArrayLiteral("Europe/Brussels");
    m_zoneIds = {zoneId};

    // ---- Merchant
    const QString family = randomLast(rng, home);
    const MerchantPattern& mp = home == NlBE ? rng.pick(kMerchantNlBE) : home == FrBE ? rng.pick(kMerchantFrBE)
                                                                                        : rng.pick(kMerchantNl);
    m_merchant.id = QStringLiteral("mer-%1").arg(mixSeed(m_options.seed, 0x3E4) & 0xFFFFFFFFULL, 8, 16, QLatin1Char('0'));
    m_merchant.name = fill(mp.name, family, {}, {});
    m_merchant.country = m_options.country;
    m_merchant.vatNumber = nl ? dutchVat(rng) : belgianVat(rng);
    const QString domain = fill(mp.domain, family, {}, {});

    // ---- Locations
    const int nLoc = m_options.locations;
    std::vector<Kind> kinds;
    {
        // Cycle through a shuffled list of kinds so that small merchants get variety.
        std::vector<Kind> pool;
        for (int k = 0; k < KindCount; ++k) {
            if ((k == Chocolatier && nl) || (k == CheeseShop && !nl))
                continue;
            pool.push_back(Kind(k));
        }
        while (int(kinds.size()) < nLoc) {
            std::vector<Kind> round = pool;
            for (std::size_t i = round.size(); i > 1; --i)
                std::swap(round[i - 1], round[rng.below(std::uint32_t(i))]);
            kinds.insert(kinds.end(), round.begin(), round.end());
        }
        kinds.resize(std::size_t(nLoc));
    }
    const CityDef* cities = nl ? kDutchCities : kBelgianCities;
    const int cityCount = nl ? int(std::size(kDutchCities)) : int(std::size(kBelgianCities));
    WeightedTable cityTable;
    for (int c = 0; c < cityCount; ++c)
        cityTable.add(c, cities[c].lang == home ? 4 : 1);
    int homeCity = 0;
    do
        homeCity = int(rng.below(std::uint32_t(cityCount)));
    while (cities[homeCity].lang != home);

    QSet<QString> usedNames, usedAddresses;
    for (int l = 0; l < nLoc; ++l) {
        const int kind = kinds[std::size_t(l)];
        const CityDef& city = cities[l == 0 ? homeCity : cityTable.pick(rng)];
        const Lang lang = city.lang;
        Location loc;
        loc.id = prefixedNumber("loc-", std::uint64_t(l + 1), 4);
        const NamePatterns pats = shopNames(kind, lang);
        for (int attempt = 0; attempt < 40 && (loc.name.isEmpty() || usedNames.contains(loc.name)); ++attempt) {
            const char* p = pats.items[rng.below(std::uint32_t(pats.count))];
            const QString first = randomFirst(rng, lang);
            QString second;
            do
                second = randomFirst(rng, lang);
            while (second == first);
            loc.name = fill(p, randomLast(rng, lang), first, second);
            if (attempt >= 20)
                loc.name += QLatin1Char(' ') + QString::fromUtf8(city.name);
        }
        const QString base = loc.name;
        for (int n = 2; usedNames.contains(loc.name); ++n)
            loc.name = QStringLiteral("%1 %2").arg(base).arg(n);
        usedNames.insert(loc.name);
        for (;;) {
            const StreetDef& st = city.streets[rng.below(std::uint32_t(city.streetCount))];
            QString number = QString::number(1 + rng.below(nl ? 220 : 160));
            if (rng.permille(80))
                number += nl ? QStringLiteral("-A") : QStringLiteral("A");
            loc.street = QString::fromUtf8(st.name) + QLatin1Char(' ') + number;
            if (nl) {
                static constexpr char kLetters[] = "ABCDEGHJKLMNPRSTVWXZ";
                QString letters;
                do {
                    letters = QString(QLatin1Char(kLetters[rng.below(20)])) + QLatin1Char(kLetters[rng.below(20)]);
                } while (letters == QLatin1String("SA") || letters == QLatin1String("SD") || letters == QLatin1String("SS"));
                loc.postalCode = QString::fromLatin1(st.postal) + QLatin1Char(' ') + letters;
            } else {
                loc.postalCode = QString::fromLatin1(st.postal);
            }
            if (!usedAddresses.contains(loc.street + loc.postalCode))
                break;
        }
        usedAddresses.insert(loc.street + loc.postalCode);
        loc.city = QString::fromUtf8(city.name);
        loc.country = m_options.country;
        loc.timeZone = QString::fromLatin1(zoneId);
        loc.version = 1;
        m_locations.append(loc);
        m_locationProfiles.push_back({kind, lang == FrBE, rng.permille(250), 0});
    }

    // ---- Terminals: one per location, the rest where shops are busy.
    const int nTerm = m_options.terminals;
    const int firstDay = 0, lastDay = m_options.days - 1;
    const QDate startDate = m_options.endDate.addDays(-lastDay);
    std::vector<int> slotCount(std::size_t(nLoc), 1);
    int extra = nTerm - nLoc;
    // With five or more terminals, one old Verifone was replaced during the history: the
    // old device is deactivated and a new one took over its name at the same location.
    int replacedAt = -1;
    if (nTerm >= 5 && extra >= 1) {
        replacedAt = int(rng.below(std::uint32_t(nLoc)));
        --extra;
    }
    {
        WeightedTable where;
        for (int l = 0; l < nLoc; ++l)
            where.add(l, std::uint32_t(kKinds[m_locationProfiles[std::size_t(l)].kind].terminalWeight));
        for (; extra > 0; --extra)
            ++slotCount[std::size_t(where.pick(rng))];
    }
    const int verifoneQuota = (nTerm + 4) / 8;
    int verifones = replacedAt >= 0 ? 1 : 0;
    QSet<QString> serials;
    const QTimeZone zone(zoneId);
    for (int l = 0; l < nLoc; ++l) {
        const LocationProfile& lp = m_locationProfiles[std::size_t(l)];
        const Lang lang = nl ? NlNL : lp.french ? FrBE : NlBE;
        const int n = slotCount[std::size_t(l)];
        const int locVolume = kKinds[lp.kind].volume * rng.range(70, 130);
        for (int s = 0; s < n; ++s) {
            const DeviceName dn = deviceName(lp.kind, lang, s, n);
            const bool replaced = l == replacedAt && s == n - 1;
            for (int copy = 0; copy < (replaced ? 2 : 1); ++copy) {
                const bool oldDevice = replaced && copy == 0;
                const bool newDevice = replaced && copy == 1;
                Terminal t;
                t.id = prefixedNumber("term-", std::uint64_t(m_terminals.size() + 1), 4);
                t.name = dn.name;
                int model = 0;
                if (oldDevice) {
                    model = dn.mobile ? VX690 : VX520;
                } else if (!newDevice && verifones < verifoneQuota && rng.permille(160)) {
                    model = dn.mobile ? VX690 : VX520;
                    ++verifones;
                } else if (dn.mobile) {
                    model = Mobile;
                } else {
                    const int r = int(rng.below(100));
                    model = r < 50 ? DuoBase : r < 70 ? Smart : Compact;
                }
                t.model = QString::fromLatin1(kModelNames[model]);
                do
                    t.serial = serialFor(model, rng);
                while (serials.contains(t.serial));
                serials.insert(t.serial);
                t.locationId = m_locations[l].id;
                t.appVersions = appVersionsFor(model, rng);
                t.version = 1;

                TerminalProfile tp;
                tp.location = l;
                const int role = s == 0 ? 100 : dn.mobile ? 45 : 70;
                tp.share = std::max(1, locVolume * role / 10000);
                const int sk = int(rng.below(100));
                tp.skipClosePermille = sk < 30 ? 0 : sk < 70 ? 10 : sk < 90 ? 25 : 80;
                tp.referenceBase = 10000000u + rng.below(80000000u);
                m_terminals.append(t);
                m_terminalProfiles.push_back(tp);
            }
        }
    }
    // Place the replacement on an open day about two-thirds into the history.
    if (replacedAt >= 0) {
        const int oldIdx = int(std::find_if(m_terminalProfiles.begin(), m_terminalProfiles.end(),
                                            [&](const TerminalProfile& p) { return p.location == replacedAt; })
                               - m_terminalProfiles.begin())
            + slotCount[std::size_t(replacedAt)] - 1;
        const int kind = m_locationProfiles[std::size_t(replacedAt)].kind;
        int day = std::clamp(m_options.days * 2 / 3, firstDay, lastDay);
        DayPlan plan;
        for (int probe = 0; probe < m_options.days; ++probe) {
            const int cand = day + (probe % 2 ? -(probe + 1) / 2 : probe / 2);
            if (cand < firstDay || cand > lastDay)
                continue;
            const QDate d = startDate.addDays(cand);
            const LocationDay ld = locationDay(kind, nl, d, easterSunday(d.year()));
            if (ld.plan.isOpen() && ld.plan.close - ld.plan.open >= 240) {
                day = cand;
                plan = ld.plan;
                break;
            }
        }
        if (!plan.isOpen())
            plan = DayPlan{10 * 60, 18 * 60, 100};
        const int deactMinute = plan.open + (plan.close - plan.open) / 3 + rng.range(0, 14);
        const int actMinute = deactMinute + rng.range(25, 70);
        TerminalProfile& oldP = m_terminalProfiles[std::size_t(oldIdx)];
        TerminalProfile& newP = m_terminalProfiles[std::size_t(oldIdx + 1)];
        oldP.activeUntilDay = day;
        oldP.activeUntilMinute = deactMinute;
        newP.activeFromDay = day;
        newP.activeFromMinute = actMinute;
        newP.share = oldP.share;
        const QDate d = startDate.addDays(day);
        Terminal& old = m_terminals[oldIdx];
        old.active = false;
        old.deactivatedAt = QDateTime::fromMSecsSinceEpoch(
            utcMsecs(d, qint64(deactMinute) * 60000 + rng.range(0, 59) * 1000, offsetAtNoon(zone, d)), Qt::UTC);
        old.lastSeen = old.deactivatedAt.addSecs(-60 * rng.range(3, 40));
        old.version = 2;
    }
    // Active terminals were last seen on the evening of endDate.
    {
        const QDate d = m_options.endDate;
        const int offset = offsetAtNoon(zone, d);
        for (qsizetype i = 0; i < m_terminals.size(); ++i) {
            Terminal& t = m_terminals[i];
            if (!t.active)
                continue;
            const int kind = m_locationProfiles[std::size_t(m_terminalProfiles[std::size_t(i)].location)].kind;
            const LocationDay ld = locationDay(kind, nl, d, easterSunday(d.year()));
            const int minute = ld.plan.isOpen() ? std::min(ld.plan.close + rng.range(1, 20), 1439) : 19 * 60 + rng.range(0, 59);
            t.lastSeen = QDateTime::fromMSecsSinceEpoch(utcMsecs(d, qint64(minute) * 60000 + rng.range(0, 59) * 1000, offset), Qt::UTC);
        }
    }

    // ---- Groups and users
    const QString firstLocationName = m_locations.first().name;
    auto grant = [](std::initializer_list<Menu> menus, const QString& locationId) {
        QList<Permission> out;
        for (const Menu m : menus)
            out.append(Permission{m, locationId});
        return out;
    };
    Group management;
    management.id = QStringLiteral("grp-management");
    management.name = home == FrBE ? QStringLiteral("Gérance") : home == NlBE ? QStringLiteral("Zaakvoerders") : QStringLiteral("Directie");
    for (const Menu m : kAllMenus)
        management.permissions.append(Permission{m, QString()});
    Group bookkeeping;
    bookkeeping.id = QStringLiteral("grp-bookkeeping");
    bookkeeping.name = home == FrBE ? QStringLiteral("Comptabilité") : QStringLiteral("Boekhouding");
    bookkeeping.permissions = grant({Menu::Dashboard, Menu::Transactions, Menu::Export, Menu::DayCloses}, QString());
    Group store;
    store.id = QStringLiteral("grp-store-0001");
    store.name = (home == FrBE ? QStringLiteral("Gestion %1") : home == NlBE ? QStringLiteral("Winkelbeheer %1") : QStringLiteral("Filiaalbeheer %1"))
                     .arg(firstLocationName);
    store.permissions = grant({Menu::Dashboard, Menu::Transactions, Menu::DayCloses, Menu::Locations, Menu::Terminals, Menu::Receipts},
                              m_locations.first().id);
    m_groups = {management, bookkeeping, store};

    auto person = [&](const QString& first, const QString& last) { return first + QLatin1Char(' ') + last; };
    auto email = [](const QString& first, const QString& last, const QString& dom) {
        return slug(first) + QLatin1Char('.') + slug(last) + QLatin1Char('@') + dom;
    };
    // The owner (administrator) and a partner share the family name of the business.
    const QString ownerFirst = randomFirst(rng, home);
    QString partnerFirst;
    do
        partnerFirst = randomFirst(rng, home);
    while (partnerFirst == ownerFirst);
    User admin;
    admin.id = QStringLiteral("usr-0001");
    admin.email = QStringLiteral("admin@") + domain;
    admin.name = person(ownerFirst, family);
    admin.administrator = true;
    User partner;
    partner.id = QStringLiteral("usr-0002");
    partner.name = person(partnerFirst, family);
    partner.email = email(partnerFirst, family, domain);
    partner.twoFactor = true;
    partner.groupIds = {management.id};
    // The bookkeeper works for an accountancy firm.
    const QString bkFirst = randomFirst(rng, home), bkLast = randomLast(rng, home);
    const QString bkDomain = home == FrBE ? QStringLiteral("fiduciaire-%1.be").arg(slug(bkLast))
        : home == NlBE                    ? QStringLiteral("%1-boekhouding.be").arg(slug(bkLast))
                                          : QStringLiteral("%1-administratie.nl").arg(slug(bkLast));
    User bookkeeper;
    bookkeeper.id = QStringLiteral("usr-0003");
    bookkeeper.name = person(bkFirst, bkLast);
    bookkeeper.email = email(bkFirst, bkLast, bkDomain);
    bookkeeper.groupIds = {bookkeeping.id};
    const Lang firstLang = nl ? NlNL : m_locationProfiles.front().french ? FrBE : NlBE;
    QString mgrLast;
    do
        mgrLast = randomLast(rng, firstLang);
    while (mgrLast == family || mgrLast == bkLast);
    const QString mgrFirst = randomFirst(rng, firstLang);
    User manager;
    manager.id = QStringLiteral("usr-0004");
    manager.name = person(mgrFirst, mgrLast);
    manager.email = email(mgrFirst, mgrLast, domain);
    manager.groupIds = {store.id};
    m_users = {admin, partner, bookkeeper, manager};
}

// =========================================================================================

void DemoGenerator::generate(const std::function<void(const Transaction&)>& onTransaction,
                             const std::function<void(const Period&)>& onPeriod) const
{
    const bool nl = m_options.country == QLatin1String("NL");
    const int nDays = m_options.days;
    const QDate startDate = m_options.endDate.addDays(-(nDays - 1));
    const std::size_t nLoc = m_locationProfiles.size();
    const std::size_t nTerm = m_terminalProfiles.size();
    const std::uint64_t seed = m_options.seed;

    std::vector<QTimeZone> zones;
    for (const QByteArray& id : m_zoneIds)
        zones.emplace_back(id);

    // Per location: hourly curve per weekday, payment-method mix, processors.
    std::vector<std::array<SlotTable, 8>> slotTables(nLoc);
    std::vector<WeightedTable> methods(nLoc);
    for (std::size_t l = 0; l < nLoc; ++l) {
        const int kind = m_locationProfiles[l].kind;
        for (int dow = 1; dow <= 7; ++dow)
            slotTables[l][std::size_t(dow)] = makeSlotTable(kind, weekdayPlan(kind, nl, dow), dow);
        methods[l] = methodTable(kind, nl);
    }
    // Who resolves manual interventions at each location: those who manage its terminals.
    std::vector<QStringList> resolvers(nLoc);
    for (std::size_t l = 0; l < nLoc; ++l) {
        for (const User& u : m_users) {
            bool can = u.administrator;
            for (const Group& g : m_groups) {
                if (!u.groupIds.contains(g.id))
                    continue;
                for (const Permission& p : g.permissions)
                    can = can || (p.menu == Menu::Terminals && (p.locationId.isEmpty() || p.locationId == m_locations[qsizetype(l)].id));
            }
            if (can)
                resolvers[l].append(u.email);
        }
    }

    // One location's day; the plan for a holiday uses the Sunday curve.
    struct TermDay {
        std::int64_t weight = 0;
        int from = 0, to = 96; // quarter-hour slotCount in service
        bool closes = false;   // the terminal is in service at closing time
    };
    std::vector<LocationDay> locDays(nLoc);
    auto computeLocationDays = [&](const QDate& date) {
        const QDate easter = easterSunday(date.year());
        for (std::size_t l = 0; l < nLoc; ++l)
            locDays[l] = locationDay(m_locationProfiles[l].kind, nl, date, easter);
    };
    auto termDay = [&](std::size_t t, int dayIdx) {
        TermDay td;
        const TerminalProfile& tp = m_terminalProfiles[t];
        const LocationDay& ld = locDays[std::size_t(tp.location)];
        if (!ld.plan.isOpen())
            return td;
        if (tp.activeFromDay > dayIdx || (tp.activeUntilDay >= 0 && tp.activeUntilDay < dayIdx))
            return td;
        if (tp.activeFromDay == dayIdx)
            td.from = (tp.activeFromMinute + 14) / 15;
        if (tp.activeUntilDay == dayIdx)
            td.to = tp.activeUntilMinute / 15;
        td.closes = tp.activeUntilDay != dayIdx && (tp.activeFromDay != dayIdx || tp.activeFromMinute < ld.plan.close);
        const SlotTable& st = slotTables[std::size_t(tp.location)][std::size_t(ld.tableDow)];
        if (td.to <= td.from || st[96] == 0)
            return td;
        const std::uint32_t part = st[std::size_t(td.to)] - st[std::size_t(td.from)];
        td.weight = std::int64_t(tp.share) * ld.weight / 1000 * std::int64_t(part) / std::int64_t(st[96]);
        return td;
    };

    // Pass 1: the total weight, to scale the volume to transactionsPerDay × days.
    std::uint64_t totalWeight = 0;
    for (int i = 0; i < nDays; ++i) {
        computeLocationDays(startDate.addDays(i));
        for (std::size_t t = 0; t < nTerm; ++t)
            totalWeight += std::uint64_t(termDay(t, i).weight);
    }
    const std::uint64_t wanted = std::uint64_t(m_options.transactionsPerDay) * std::uint64_t(nDays) * 1000; // thousandths

    // Per-terminal running state: the open period and its tallies.
    // A period's transactionCount and total count the transactions that went through at the
    // terminal: status success, refunded or chargeback (a refund or chargeback happens later,
    // at the acquirer, after the day close that counted the payment). Refunds (type refund,
    // negative amount, status success) are subtracted. Failed, declined, cancelled, processing
    // and unresolved manual-intervention transactions are not counted.
    struct TermState {
        QString terminalId, locationId, periodId;
        int sequence = 1;
        qint64 openedMs = 0;
        int count = 0;
        std::int64_t total = 0;
        std::uint32_t reference = 0;
    };
    std::vector<TermState> states(nTerm);
    Period period;
    auto periodIdFor = [](const QString& terminalId, int seq) {
        return QStringLiteral("per-") + terminalId + prefixedNumber("-", std::uint64_t(seq), 5);
    };
    for (std::size_t t = 0; t < nTerm; ++t) {
        const TerminalProfile& tp = m_terminalProfiles[t];
        TermState& st = states[t];
        st.terminalId = m_terminals[qsizetype(t)].id;
        st.locationId = m_terminals[qsizetype(t)].locationId;
        st.periodId = periodIdFor(st.terminalId, 1);
        st.reference = tp.referenceBase;
        Rng rng(mixSeed(seed, 0x0BE4, t));
        const QTimeZone& zone = zones[std::size_t(m_locationProfiles[std::size_t(tp.location)].zone)];
        if (tp.activeFromDay >= 0) {
            const QDate d = startDate.addDays(tp.activeFromDay);
            st.openedMs = utcMsecs(d, qint64(tp.activeFromMinute) * 60000, offsetAtNoon(zone, d));
        } else {
            // Opened by the day close of the evening before the history starts.
            const QDate d = startDate.addDays(-1);
            st.openedMs = utcMsecs(d, qint64(20 * 60 + rng.range(0, 45)) * 60000 + rng.range(0, 59999), offsetAtNoon(zone, d));
        }
    }
    auto emitPeriod = [&](const TermState& st, qint64 closedMs) {
        period.id = st.periodId;
        period.terminalId = st.terminalId;
        period.locationId = st.locationId;
        period.sequence = st.sequence;
        period.openedAt = QDateTime::fromMSecsSinceEpoch(st.openedMs, Qt::UTC);
        period.closedAt = closedMs ? QDateTime::fromMSecsSinceEpoch(closedMs, Qt::UTC) : QDateTime();
        period.transactionCount = st.count;
        period.total = Money::eur(st.total);
        period.hasReportPdf = closedMs != 0;
        period.version = 1;
        onPeriod(period);
    };

    struct Event {
        qint64 ms;
        int terminal;
        int order;
        int minute;  // local minute of the day
        bool close;
    };
    std::vector<Event> batch;
    std::vector<int> zoneOffsets(zones.size());
    Transaction tx;
    std::uint64_t txSeq = 0;
    const QString kCcv = QStringLiteral("CCV"), kWorldline = QStringLiteral("Worldline"),
                  kAmex = QStringLiteral("American Express"), kPayconiq = QStringLiteral("Payconiq");
    const QString kIssuers[] = {QStringLiteral("Pluxee"), QStringLiteral("Edenred"), QStringLiteral("Monizze")};
    const QString kGiftIssuer = nl ? QStringLiteral("VVV Cadeaukaart") : QStringLiteral("Cadeaubon");

    const qint64 nowMs = m_options.now.isValid() ? m_options.now.toMSecsSinceEpoch()
                                                 : std::numeric_limits<qint64>::max();
    bool reachedNow = false;
    for (int i = 0; i < nDays && !reachedNow; ++i) {
        const QDate date = startDate.addDays(i);
        const bool lastDay = i == nDays - 1;
        computeLocationDays(date);
        for (std::size_t z = 0; z < zones.size(); ++z)
            zoneOffsets[z] = offsetAtNoon(zones[z], date);
        batch.clear();
        for (std::size_t t = 0; t < nTerm; ++t) {
            const TerminalProfile& tp = m_terminalProfiles[t];
            const TermDay td = termDay(t, i);
            const LocationDay& ld = locDays[std::size_t(tp.location)];
            if (!ld.plan.isOpen())
                continue;
            const int offset = zoneOffsets[std::size_t(m_locationProfiles[std::size_t(tp.location)].zone)];
            Rng rng(mixSeed(seed, std::uint64_t(date.toJulianDay()), t + 1));
            if (td.weight > 0 && totalWeight > 0) {
                const auto lambda = std::int64_t(std::min<std::uint64_t>(
                    mulDiv(std::uint64_t(td.weight), wanted, totalWeight), std::uint64_t(1) << 50)); // thousandths
                const std::int64_t units = lambda / 1000;
                const std::int64_t sdMilli = isqrt((units + units * units * 36 / 10000) * 1000000);
                std::int64_t n = std::max<std::int64_t>(0, lambda + rng.normalMilli() * sdMilli / 1000);
                n = n / 1000 + (std::int64_t(rng.below(1000)) < n % 1000 ? 1 : 0);
                const SlotTable& st = slotTables[std::size_t(tp.location)][std::size_t(ld.tableDow)];
                const std::uint32_t lo = st[std::size_t(td.from)], span = st[std::size_t(td.to)] - lo;
                for (std::int64_t k = 0; k < n; ++k) {
                    const std::uint32_t r = lo + rng.below(span);
                    const auto slot = int(std::upper_bound(st.begin() + 1, st.end(), r) - (st.begin() + 1));
                    const qint64 msOfDay = qint64(slot) * 900000 + rng.below(900000);
                    batch.push_back({utcMsecs(date, msOfDay, offset), int(t), int(batch.size()), int(msOfDay / 60000), false});
                }
            }
            if (td.closes && !lastDay && !rng.permille(tp.skipClosePermille)) {
                const int minute = std::min(ld.plan.close + rng.range(3, 25), 1439);
                const qint64 msOfDay = qint64(minute) * 60000 + rng.below(60000);
                batch.push_back({utcMsecs(date, msOfDay, offset), int(t), int(batch.size()), minute, true});
            }
        }
        std::sort(batch.begin(), batch.end(), [](const Event& a, const Event& b) {
            if (a.ms != b.ms)
                return a.ms < b.ms;
            if (a.close != b.close)
                return !a.close;
            if (a.terminal != b.terminal)
                return a.terminal < b.terminal;
            return a.order < b.order;
        });

        Rng rng(mixSeed(seed, std::uint64_t(date.toJulianDay()), 0xA77E));
        for (const Event& ev : batch) {
            if (ev.ms > nowMs) { // events are in time order: the rest has not happened yet
                reachedNow = true;
                break;
            }
            TermState& st = states[std::size_t(ev.terminal)];
            const TerminalProfile& tp = m_terminalProfiles[std::size_t(ev.terminal)];
            const auto loc = std::size_t(tp.location);
            const LocationProfile& lp = m_locationProfiles[loc];
            if (ev.close) {
                emitPeriod(st, ev.ms);
                ++st.sequence;
                st.periodId = periodIdFor(st.terminalId, st.sequence);
                st.openedMs = ev.ms;
                st.count = 0;
                st.total = 0;
                continue;
            }
            const KindProfile& kp = kKinds[lp.kind];
            tx.id = prefixedNumber("tx-", ++txSeq, 10);
            tx.createdAt = QDateTime::fromMSecsSinceEpoch(ev.ms, Qt::UTC);
            tx.businessDay = date;
            tx.locationId = st.locationId;
            tx.terminalId = st.terminalId;
            tx.periodId = st.periodId;
            tx.reference = prefixedNumber("R", ++st.reference, 8);
            tx.statusOrigin = StatusOrigin::Automatic;
            tx.manualStatusBy.clear();
            tx.manualStatusAt = QDateTime();
            tx.version = 1;
            tx.issuer.clear();

            const bool refund = rng.ppm(kp.refundPpm);
            auto method = PaymentMethod(methods[loc].pick(rng));
            if (refund && !isCardScheme(method))
                method = nl ? PaymentMethod::Maestro : PaymentMethod::Bancontact;
            tx.method = method;
            std::int64_t amount = sampleAmount(lp.kind, rng);
            switch (method) {
            case PaymentMethod::Visa:
            case PaymentMethod::Mastercard: tx.processor = lp.worldline ? kWorldline : kCcv; break;
            case PaymentMethod::AmericanExpress: tx.processor = kAmex; break;
            case PaymentMethod::Payconiq: tx.processor = kPayconiq; break;
            case PaymentMethod::MealVoucher:
            case PaymentMethod::EcoVoucher: {
                const std::uint32_t r = rng.below(100);
                tx.issuer = kIssuers[r < 45 ? 0 : r < 80 ? 1 : 2];
                tx.processor = tx.issuer;
                break;
            }
            case PaymentMethod::GiftCard:
                tx.issuer = kGiftIssuer;
                tx.processor = kCcv;
                break;
            default: tx.processor = kCcv; break;
            }

            TransactionStatus status = TransactionStatus::Success;
            if (refund) {
                tx.type = TransactionType::Refund;
                amount = -amount;
            } else {
                tx.type = TransactionType::Sale;
                const std::uint32_t r = rng.below(100000);
                const std::uint32_t declined = method == PaymentMethod::MealVoucher ? 5000 : 1500;
                if (r < 2500) {
                    status = TransactionStatus::Failed;
                } else if (r < 2500 + declined) {
                    status = TransactionStatus::Declined;
                } else if (r < 3000 + declined) {
                    status = TransactionStatus::Cancelled;
                } else if (r < 3300 + declined) {
                    status = TransactionStatus::Refunded; // paid back later
                    tx.version = 2;
                } else if (r < 3500 + declined) {
                    // The till lost the terminal: most are resolved by hand a little later.
                    if (rng.permille(850)) {
                        status = rng.permille(700) ? TransactionStatus::Success : TransactionStatus::Failed;
                        tx.statusOrigin = StatusOrigin::Manual;
                        const QStringList& who = resolvers[loc];
                        tx.manualStatusBy = who.isEmpty() ? m_users.first().email : who[qsizetype(rng.below(std::uint32_t(who.size())))];
                        tx.manualStatusAt = QDateTime::fromMSecsSinceEpoch(
                            ev.ms + qint64(rng.range(2, 45)) * 60000 + rng.below(60000), Qt::UTC);
                        tx.version = 2;
                        if (tx.manualStatusAt.toMSecsSinceEpoch() > nowMs) { // not resolved yet
                            status = TransactionStatus::ManualIntervention;
                            tx.statusOrigin = StatusOrigin::Automatic;
                            tx.manualStatusBy.clear();
                            tx.manualStatusAt = QDateTime();
                            tx.version = 1;
                        }
                    } else {
                        status = TransactionStatus::ManualIntervention;
                    }
                } else if (r < 3600 + declined && isCredit(method)) {
                    status = TransactionStatus::Chargeback; // 0.1 % of credit-card payments
                    tx.version = 2;
                }
                // Still being matched "now": the last hour of the history, or the last 20
                // minutes before `now`.
                const bool recent = m_options.now.isValid() ? ev.ms >= nowMs - 20 * 60000
                                                            : lastDay && ev.minute >= locDays[loc].plan.close - 60;
                if (recent && status == TransactionStatus::Success && tx.statusOrigin == StatusOrigin::Automatic
                    && rng.permille(150))
                    status = TransactionStatus::Processing;
            }
            tx.status = status;
            tx.amount = Money::eur(amount);

            char buf[24];
            if (method == PaymentMethod::Payconiq) {
                tx.maskedCardNumber.clear();
            } else {
                std::memcpy(buf, "**** **** **** ", 15);
                putNumber(buf + 15, rng.below(10000), 4);
                tx.maskedCardNumber = QString::fromLatin1(buf, 19);
            }
            const bool authorised = status == TransactionStatus::Success || status == TransactionStatus::Refunded
                || status == TransactionStatus::Chargeback || status == TransactionStatus::Processing;
            if (authorised && method != PaymentMethod::Payconiq) {
                if (isCredit(method) && rng.permille(300)) {
                    static constexpr char kAlnum[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
                    for (int c = 0; c < 6; ++c)
                        buf[c] = kAlnum[rng.below(33)];
                } else {
                    putNumber(buf, rng.below(1000000), 6);
                }
                tx.authorisationCode = QString::fromLatin1(buf, 6);
            } else {
                tx.authorisationCode.clear();
            }
            if (status == TransactionStatus::Success || status == TransactionStatus::Refunded
                || status == TransactionStatus::Chargeback) {
                ++st.count;
                st.total += amount;
            }
            onTransaction(tx);
        }
    }
    // The periods still open "now".
    for (const TermState& st : states)
        emitPeriod(st, 0);
}

} // namespace comptoir
