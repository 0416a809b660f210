#pragma once

#include "core/enums.h"
#include "turnoversummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace comptoir {

// The columns an export can have, in file order. Not persisted.
enum class ExportColumn {
    Entry, // profiles only: new, reversal of what was sent, corrected version
    CorrectsExport, // profiles only: the number of the export a reversal takes back
    DateTime,
    Location,
    Terminal,
    Period,
    Type,
    Method,
    Issuer,
    Status,
    StatusOrigin,
    SetBy,
    SetAt,
    Amount,
    Currency,
    Card,
    AuthorisationCode,
    Reference,
    Processor,
    TransactionId,
    Count
};

// The columns of one export and their headers in its language.
struct ExportLayout {
    QList<ExportColumn> columns;
    QStringList headers; // same order
};

// One row as the writers receive it: typed values, text as UTF-8 (every QByteArray is
// '\0'-terminated, as Qt guarantees). Times are local wall-clock times in the location's
// zone, as seconds since 1970-01-01 00:00 (read as if UTC).
struct ExportLine {
    enum class Entry { None, New, Reversal, Corrected };
    Entry entry = Entry::None;
    int correctsExport = 0;
    const QByteArray* entryName = nullptr;
    qint64 localSecs = 0;
    const QByteArray* location = nullptr;
    const QByteArray* terminal = nullptr;
    int period = 0; // the period's number; 0: unknown
    const QByteArray* type = nullptr;
    const QByteArray* method = nullptr;
    const QByteArray* issuer = nullptr;
    const QByteArray* status = nullptr;
    const QByteArray* origin = nullptr;
    const QByteArray* setBy = nullptr;
    bool hasSetAt = false;
    qint64 setAtLocalSecs = 0;
    qint64 amountMinor = 0;
    int minorDigits = 2;
    const QByteArray* currency = nullptr;
    const QByteArray* card = nullptr;
    const QByteArray* authorisationCode = nullptr;
    const QByteArray* reference = nullptr;
    const QByteArray* processor = nullptr;
    const QByteArray* id = nullptr;
};

// A summary sheet: one line per day, location or payment method, and totals.
struct SummarySheet {
    QString name;
    QStringList headers; // key, transactions, successful, sales, refunds, net
    bool keyIsDate = false;
    struct Line {
        QDate day; // keyIsDate
        QString label; // otherwise (and "Total" on total lines)
        QString currency;
        int minorDigits = 2;
        TurnoverFigures figures;
        bool total = false;
    };
    QList<Line> lines;
};

// What a workbook holds besides its rows: summaries, the About sheet, document properties.
struct ExportDocument {
    QString transactionsSheet; // its name; more sheets get " 2", " 3" … when rows overflow one
    QList<SummarySheet> summaries;
    QString aboutSheet;
    QList<QPair<QString, QString>> about; // label, value
    QString title;
    QString subject;
    QString author;
    QString company;
    QString comments;
    QDateTime created; // UTC
    Language language = Language::En;
    QByteArray excelDateFormat; // "dd/mm/yyyy" or "dd-mm-yyyy"
};

// Writes an export file: into a temporary file beside the destination, which publish()
// puts in place in one rename (a file of that name is replaced whole). Until then nobody
// sees a partial file, and abandon() — or destroying the writer unpublished — leaves
// nothing behind.
class ExportWriter {
public:
    virtual ~ExportWriter() = default;
    // An error message for the user, or empty.
    virtual QString open(const QString& path, const ExportLayout& layout, const ExportDocument& document) = 0;
    virtual void write(const ExportLine& line) = 0;
    // Completes the temporary file; an error message, or empty.
    virtual QString finish(const ExportDocument& document) = 0;
    // Renames it to the destination; an error message, or empty.
    virtual QString publish() = 0;
    // Stops and removes the temporary file.
    virtual void abandon() = 0;
};

} // namespace comptoir
