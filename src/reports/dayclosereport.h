#pragma once

#include "core/entities.h"
#include "core/enums.h"

#include <QByteArray>
#include <QList>

namespace comptoir {

// Everything a day-close report shows: one period of one terminal and its transactions.
struct DayCloseData {
    Merchant merchant;
    Location location;
    Terminal terminal;
    Period period;
    QList<Transaction> transactions; // the period's transactions (all statuses)
    bool madeLocally = false; // by Comptoir from its cache, not the portal's report: said so on it
};

// The day-close (period) report as a PDF, the same from the reference portal, the desktop
// app and the CLI: header (merchant, location, terminal, period), turnover per payment
// method, what is not in the turnover, the statuses set by hand and the transactions still
// waiting for the merchant's decision. Only the manual ones are listed row by row, so a
// period of thousands of transactions stays a short report.
class DayCloseReport {
public:
    // Renders an A4 PDF (300 dpi, real text) in `language`, whatever language the user
    // interface is in: texts come from the embedded translations of that language (the
    // executable links comptoir_translations; without them the report is in English),
    // dates and amounts follow the language's locale, times are in the location's zone.
    // Needs a QGuiApplication (an offscreen one will do); safe to call from any thread.
    // Returns an empty array when no QGuiApplication exists.
    static QByteArray render(const DayCloseData& data, Language language);
};

} // namespace comptoir
