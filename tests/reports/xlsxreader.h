#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace comptoir::test {

// A small xlsx reader of its own, independent of libxlsxwriter: the zip container read with
// zlib, the XML with QXmlStreamReader. It reports cells as a spreadsheet sees them — a
// number, a string — with the number format of their style, so that tests can tell a date
// cell from a number and a number from text.
struct XlsxCell {
    enum class Type { Empty, Number, String, Boolean, Error };
    Type type = Type::Empty;
    double number = 0;
    QString text; // strings (shared or inline)
    QString formula; // when the cell has one
    QString numberFormat; // of its style ("General" when none)
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    // A number whose format shows a date or time.
    bool isDate() const;
    // Minor units of an amount (the number × 10^digits, rounded).
    qint64 minor(int digits = 2) const;
};

struct XlsxSheet {
    QString name;
    QList<QList<XlsxCell>> rows; // rows[0] is row 1; short rows are padded on access
    QString autoFilter; // "A1:T101"
    int frozenRows = 0;
    QMap<int, double> widths; // 0-based column → width
    const XlsxCell& cell(int row, int column) const; // 0-based; an empty cell outside
    int rowCount() const { return int(rows.size()); }
};

struct XlsxBook {
    QString error; // empty when read
    QList<XlsxSheet> sheets;
    QMap<QString, QString> properties; // "title", "creator", "created", "company", …
    QByteArray rawEntry(const QString& name) const { return entries.value(name); }
    const XlsxSheet* sheet(const QString& name) const;
    QHash<QString, QByteArray> entries; // every zip entry, inflated
};

XlsxBook readXlsx(const QString& path);

// Excel's date serial of a local wall-clock time.
double excelSerial(const QDateTime& localWallClock);

} // namespace comptoir::test
