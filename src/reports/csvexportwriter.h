#pragma once

#include "exportwriter.h"

#include <QChar>

#include <memory>

namespace comptoir {

// How a CSV export writes its fields. A null separator or decimal mark takes the
// language's: ';' and ',' for nl and fr (what Excel expects in Belgium and the
// Netherlands), ',' and '.' for en.
struct CsvOptions {
    QChar separator;
    QChar decimalMark;
    bool isoDates = false; // 2026-12-31 14:05:09 instead of the country's 31/12/2026 14:05:09
    bool operator==(const CsvOptions&) const = default;
};

// Writes an export as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel shows é
// and ç, CRLF line ends, a field quoted when it holds the separator, a quote or a line
// break (quotes doubled). Amounts without grouping and with the decimal mark chosen, no
// currency symbol (the Currency column says it). A text field that a spreadsheet would
// take for a formula (starting with = + - @) gets a leading apostrophe. Only the rows:
// CSV has no room for summaries. Written through QSaveFile.
class CsvExportWriter final : public ExportWriter {
public:
    CsvExportWriter(Language language, const CsvOptions& options, const QString& dateFormat);
    ~CsvExportWriter() override;

    // The separator and decimal mark `options` give for `language`.
    static QChar separatorFor(Language language, const CsvOptions& options);
    static QChar decimalMarkFor(Language language, const CsvOptions& options);

    QString open(const QString& path, const ExportLayout& layout, const ExportDocument& document) override;
    void write(const ExportLine& line) override;
    QString finish(const ExportDocument& document) override;
    QString publish() override;
    void abandon() override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace comptoir
