#pragma once

#include "transactionfilter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace comptoir {

class Statement;

// The hourly rollup (tx_hourly_rollup, schema 6): one row per business day × location
// whose `cells` blob packs, for every terminal × payment method × status × status origin
// × currency × hour of the day (the location's wall clock) × sign of the amount, how many
// transactions there are and their net sum. TransactionRepository keeps it exact together
// with the daily rollups; the dashboard reads every figure from it in one pass.
//
// The blob, little-endian:
//   u8  format: 2 (narrow cells) or 1 (wide cells)
//   u16 T, then T terminal ids, each a u16 byte length and UTF-8
//   u8  C, then C currency codes, each 3 ASCII bytes
//   u32 N, then N cells:
//     narrow, 12 bytes: u8 terminal index, u8 currency index, u8 method, u8 status,
//       u8 status origin, u8 hour (0-23) × 2 + negative (1 when the amounts are < 0:
//       refunds), u16 count, i32 net sum in minor units
//     wide, 24 bytes: u16 terminal index, u8 currency index, u8 method, u8 status,
//       u8 status origin, u8 hour, u8 negative, i64 count, i64 net sum
// A row is narrow when it can be (at most 256 terminals, every count and sum fits): nearly
// always, which halves what a sync writes; wide otherwise, so no total is ever cut.
// Canonical: terminals and currencies sorted bytewise and each used by a cell, cells
// sorted by their key and none empty, the narrow form whenever it fits; so the same
// transactions always give the same bytes whichever way they were written (a rebuild
// compares equal to years of small changes).
struct HourlyCell {
    int terminal = 0; // index into the row's terminals
    int currency = 0; // index into the row's currencies
    int method = 0;
    int status = 0;
    int origin = 0;
    int hour = 0;
    bool negative = false;
    qint64 count = 0;
    qint64 amountMinor = 0;
};

// One row's cells, read in place. Reused from row to row it allocates nothing once warm
// (the dashboard reads tens of thousands of rows per refresh).
class HourlyCellsView {
public:
    static constexpr int kWideFormat = 1;
    static constexpr int kNarrowFormat = 2;
    static constexpr int kWideCellBytes = 24;
    static constexpr int kNarrowCellBytes = 12;

    // False when `bytes` is not a well-formed cells blob (a damaged cache).
    bool parse(QByteArrayView bytes);

    int terminalCount() const { return int(m_terminals.size()); }
    QByteArrayView terminalUtf8(int i) const { return m_terminals[std::size_t(i)]; }
    int currencyCount() const { return int(m_currencies.size()); }
    QByteArrayView currencyCode(int i) const { return m_currencies[std::size_t(i)]; }
    int cellCount() const { return m_cellCount; }
    bool isNarrow() const { return m_narrow; }
    HourlyCell cell(int i) const
    {
        HourlyCell c;
        if (m_narrow) {
            const auto* p = reinterpret_cast<const unsigned char*>(m_cells) + std::size_t(i) * kNarrowCellBytes;
            c.terminal = p[0];
            c.currency = p[1];
            c.method = p[2];
            c.status = p[3];
            c.origin = p[4];
            c.hour = p[5] >> 1;
            c.negative = (p[5] & 1) != 0;
            c.count = p[6] | (p[7] << 8);
            c.amountMinor = qint32(std::uint32_t(p[8]) | (std::uint32_t(p[9]) << 8) | (std::uint32_t(p[10]) << 16)
                | (std::uint32_t(p[11]) << 24));
            return c;
        }
        const auto* p = reinterpret_cast<const unsigned char*>(m_cells) + std::size_t(i) * kWideCellBytes;
        c.terminal = p[0] | (p[1] << 8);
        c.currency = p[2];
        c.method = p[3];
        c.status = p[4];
        c.origin = p[5];
        c.hour = p[6];
        c.negative = p[7] != 0;
        c.count = readI64(p + 8);
        c.amountMinor = readI64(p + 16);
        return c;
    }

private:
    static qint64 readI64(const unsigned char* p)
    {
        std::uint64_t v = 0;
        for (int b = 7; b >= 0; --b)
            v = (v << 8) | p[b];
        return qint64(v);
    }
    std::vector<QByteArrayView> m_terminals;
    std::vector<QByteArrayView> m_currencies;
    const char* m_cells = nullptr;
    int m_cellCount = 0;
    bool m_narrow = false;
};

// A change to one cell: transactions added (count > 0) or taken away (count < 0).
struct HourlyDelta {
    QString terminalId;
    QString currency;
    int method = 0;
    int status = 0;
    int origin = 0;
    int hour = 0;
    bool negative = false;
    qint64 count = 0;
    qint64 amountMinor = 0;
};

// The cells of `existing` (empty: a new row) with `deltas` added, encoded canonically;
// an empty array when no cell is left. std::nullopt when `existing` is damaged. Throws
// StoreError when a sum would overflow.
std::optional<QByteArray> mergeHourlyCells(QByteArrayView existing, std::span<const HourlyDelta> deltas);

// Which cells a filter selects. The row-level criteria (days, weekdays, locations) are
// SQL conditions of HourlyRowCursor; the rest is checked here, cell by cell.
class HourlyCellFilter {
public:
    explicit HourlyCellFilter(const TransactionFilter& filter);
    // Once per row, before matches(): resolves the terminal criterion against its terminals.
    void beginRow(const HourlyCellsView& row);
    bool matches(const HourlyCell& c) const
    {
        return (m_allTerminals || m_terminalOk[std::size_t(c.terminal)]) && (m_methods >> (c.method & 63) & 1)
            && (m_statuses >> (c.status & 63) & 1) && (m_origins >> (c.origin & 63) & 1) && (m_hours >> c.hour & 1);
    }

private:
    std::uint64_t m_methods = ~std::uint64_t(0);
    std::uint64_t m_statuses = ~std::uint64_t(0);
    std::uint64_t m_origins = ~std::uint64_t(0);
    std::uint64_t m_hours = ~std::uint64_t(0);
    std::vector<QByteArray> m_terminals; // UTF-8
    bool m_allTerminals = true;
    std::vector<char> m_terminalOk;
};

// Steps through the rows of tx_hourly_rollup that a filter's dates, weekdays and
// locations select, in business day × location order.
class HourlyRowCursor {
public:
    HourlyRowCursor(const QSqlDatabase& db, const TransactionFilter& filter);
    ~HourlyRowCursor();
    // Throws StoreError when a row is damaged.
    bool next();
    qint64 julianDay() const { return m_day; }
    QByteArrayView locationUtf8() const { return m_location; }
    const HourlyCellsView& cells() const { return m_view; }

private:
    std::unique_ptr<Statement> m_statement;
    qint64 m_day = 0;
    QByteArrayView m_location;
    HourlyCellsView m_view;
};

// Recomputes tx_hourly_rollup from the transactions (their local_hour); returns the rows
// written. Runs in chunks of days, so memory does not grow with the history.
qint64 rebuildHourlyRollup(const QSqlDatabase& db);
// Recomputes one row (a damaged one) from the transactions of that day and location.
void rebuildHourlyRow(const QSqlDatabase& db, qint64 julianDay, const QString& locationId);
// Sets transactions.local_hour from created_at and each location's time zone, for rows
// written before schema 6: set-based UPDATEs, one constant UTC offset per interval between
// the zone's transitions.
void fillLocalHours(const QSqlDatabase& db);

} // namespace comptoir
