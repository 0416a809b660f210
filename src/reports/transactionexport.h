#pragma once

#include "csvexportwriter.h"
#include "store/cachedatabase.h"
#include "store/exportprofilerepository.h"
#include "store/transactionfilter.h"
#include "turnoversummary.h"

#include <QList>
#include <QString>

#include <functional>

namespace comptoir {

// What to export, how and where.
struct ExportRequest {
    // Which transactions. Limit locationIds to what the user may export before asking.
    TransactionFilter filter;
    ExportFormat format = ExportFormat::Xlsx;
    Language language = Language::Nl; // of the file's texts, whatever the UI's
    CsvOptions csv;
    QString outputPath; // replaced whole when it exists
    // An export of this profile: recorded as its next run. When the profile is
    // incremental, the file holds only what the profile has not sent before — new
    // transactions, and for each one that changed since it was sent a reversal of what
    // was sent followed by its corrected version — and the filter should cover the
    // profile's scope (see profileFilter()).
    QString profileId;
    QString author; // who exports (the account's e-mail): the file's author
    QString scope; // what the user chose, in words, for the About sheet (may be empty)
    int rowsPerSheet = 0; // xlsx rows per Transactions sheet; 0: Excel's limit (tests use less)
};

struct ExportResult {
    enum class Outcome { Written, Empty, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    QString message; // for the user, in the UI language: what happened
    QString path;
    qint64 transactions = 0; // transactions in the file
    qint64 rows = 0; // rows in the file (a correction is two)
    qint64 newCount = 0; // of a profile: sent for the first time
    qint64 changedCount = 0; // of a profile: sent again, corrected
    int exportNumber = 0; // of a profile: this run's number
    QList<SummaryLine> totals; // per currency, as in the file
    bool ok() const { return outcome == Outcome::Written; }
};

// Exports transactions from the cache to an xlsx or CSV file, for bookkeepers: streamed in
// keyset pages from one read snapshot (memory stays flat for a million rows; the workbook is
// written in libxlsxwriter's constant-memory mode), summaries added up in integer minor
// units from the same rows, names and texts in the chosen language, times in each
// location's time zone. The file appears complete or not at all: written beside the
// destination and renamed when done; cancelled or failed, nothing is left behind.
// Runs on the calling thread with the given connection (a worker opens its own).
class TransactionExport {
public:
    // Called every thousand transactions and at the end; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static ExportResult run(CacheDatabase& cache, const ExportRequest& request, const Progress& progress = {});

    // The transactions a profile covers: its locations (or `permittedLocations` when it
    // names none; a location no longer permitted is left out) from its first day on.
    static TransactionFilter profileFilter(const ExportProfile& profile, const QStringList& permittedLocations);
    // A file name for the next export of a profile: "<name> <number> <date>.<ext>".
    static QString suggestedFileName(const ExportProfile& profile, int number, const QDate& today);
};

} // namespace comptoir
