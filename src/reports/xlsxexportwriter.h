#pragma once

#include "exportwriter.h"

#include <memory>

namespace comptoir {

// Writes an export as an Excel workbook with libxlsxwriter in constant-memory mode (each
// row goes to a temporary file as it is written, so memory does not grow with the rows):
// the Transactions sheet (frozen header row, autofilter, real date-time cells, amounts as
// numbers with a currency format), the summary sheets and an About sheet, with document
// properties. Rows beyond what one sheet can hold (1,048,575 under the header) continue on
// "Transactions 2", "Transactions 3" …
class XlsxExportWriter final : public ExportWriter {
public:
    // `rowsPerSheet`: 0 for Excel's limit (tests use small numbers).
    explicit XlsxExportWriter(int rowsPerSheet = 0);
    ~XlsxExportWriter() override;

    QString open(const QString& path, const ExportLayout& layout, const ExportDocument& document) override;
    void write(const ExportLine& line) override;
    QString finish(const ExportDocument& document) override;
    QString publish() override;
    void abandon() override;

    static constexpr int kExcelRowsPerSheet = 1048575; // 1,048,576 rows, one the header

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace comptoir
