#include "xlsxreader.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <zlib.h>

#include <cmath>

namespace comptoir::test {

namespace {

quint32 le32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 le16(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

bool inflateRaw(const QByteArray& in, qsizetype expected, QByteArray& out)
{
    out.resize(expected);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return rc == Z_STREAM_END && qsizetype(z.total_out) == expected;
}

// Every entry of a zip file, inflated.
QString unzip(const QByteArray& zip, QHash<QString, QByteArray>& entries)
{
    qsizetype eocd = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 22 - 65535; --i)
        if (le32(zip, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return QStringLiteral("not a zip file (no end of central directory)");
    const int count = le16(zip, eocd + 10);
    qsizetype at = le32(zip, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || le32(zip, at) != 0x02014b50)
            return QStringLiteral("damaged central directory");
        const int method = le16(zip, at + 10);
        const qsizetype compressed = le32(zip, at + 20);
        const qsizetype size = le32(zip, at + 24);
        const int nameLength = le16(zip, at + 28);
        const int extraLength = le16(zip, at + 30);
        const int commentLength = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (local + 30 > zip.size() || le32(zip, local) != 0x04034b50)
            return QStringLiteral("damaged local header of %1").arg(name);
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray raw = zip.mid(data, compressed);
        QByteArray content;
        if (method == 0)
            content = raw;
        else if (method != 8 || !inflateRaw(raw, size, content))
            return QStringLiteral("cannot inflate %1 (method %2)").arg(name).arg(method);
        entries.insert(name, content);
    }
    return {};
}

// "AB12" → column 27 (0-based), row 11 (0-based).
bool cellRef(const QString& ref, int& row, int& column)
{
    column = 0;
    int i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        column = column * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        ++i;
    }
    bool ok = false;
    row = ref.mid(i).toInt(&ok) - 1;
    --column;
    return ok && column >= 0 && row >= 0;
}

QString builtInFormat(int id)
{
    switch (id) {
    case 0:
        return QStringLiteral("General");
    case 1:
        return QStringLiteral("0");
    case 2:
        return QStringLiteral("0.00");
    case 3:
        return QStringLiteral("#,##0");
    case 4:
        return QStringLiteral("#,##0.00");
    case 14:
        return QStringLiteral("m/d/yyyy");
    case 22:
        return QStringLiteral("m/d/yyyy h:mm");
    default:
        return QStringLiteral("builtin:%1").arg(id);
    }
}

QString readText(QXmlStreamReader& xml, const QString& until)
{
    // Every <t> inside the element (rich text runs included).
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == until)
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += xml.readElementText();
    }
    return text;
}

} // namespace

bool XlsxCell::isDate() const
{
    if (type != Type::Number)
        return false;
    QString f = numberFormat;
    f.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return f.contains(QLatin1Char('y')) || f.contains(QLatin1Char('d')) || f.contains(QLatin1Char('h'));
}

qint64 XlsxCell::minor(int digits) const
{
    return qint64(std::llround(number * std::pow(10.0, digits)));
}

const XlsxCell& XlsxSheet::cell(int row, int column) const
{
    static const XlsxCell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return empty;
    return rows[row][column];
}

const XlsxSheet* XlsxBook::sheet(const QString& name) const
{
    for (const XlsxSheet& s : sheets)
        if (s.name == name)
            return &s;
    return nullptr;
}

XlsxBook readXlsx(const QString& path)
{
    XlsxBook book;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        book.error = QStringLiteral("cannot open %1").arg(path);
        return book;
    }
    book.error = unzip(f.readAll(), book.entries);
    if (!book.error.isEmpty())
        return book;

    // Shared strings (libxlsxwriter writes inline strings in constant-memory mode; a
    // reader must understand both).
    QStringList shared;
    if (book.entries.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(book.entries.value(QStringLiteral("xl/sharedStrings.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                shared.append(readText(xml, QStringLiteral("si")));
        }
    }
    // Styles: cell style index → number format.
    QHash<int, QString> formats;
    QList<QString> styleFormats;
    {
        QXmlStreamReader xml(book.entries.value(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                    xml.attributes().value(QLatin1String("formatCode")).toString());
            if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styleFormats.append(formats.contains(id) ? formats.value(id) : builtInFormat(id));
            }
        }
    }
    // Workbook: sheet names and their files.
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(book.entries.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                    xml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    QList<QPair<QString, QString>> sheetFiles;
    {
        QXmlStreamReader xml(book.entries.value(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                QString rid;
                for (const QXmlStreamAttribute& a : xml.attributes())
                    if (a.name() == QLatin1String("id"))
                        rid = a.value().toString();
                sheetFiles.append({ xml.attributes().value(QLatin1String("name")).toString(),
                    QStringLiteral("xl/") + targets.value(rid) });
            }
        }
    }
    for (const auto& [name, file] : sheetFiles) {
        XlsxSheet sheet;
        sheet.name = name;
        QXmlStreamReader xml(book.entries.value(file));
        int row = 0, column = 0;
        XlsxCell cell;
        QString type;
        bool inCell = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == QLatin1String("pane")
                    && xml.attributes().value(QLatin1String("state")) == QLatin1String("frozen"))
                    sheet.frozenRows = xml.attributes().value(QLatin1String("ySplit")).toInt();
                else if (n == QLatin1String("autoFilter"))
                    sheet.autoFilter = xml.attributes().value(QLatin1String("ref")).toString();
                else if (n == QLatin1String("col")) {
                    const int min = xml.attributes().value(QLatin1String("min")).toInt();
                    const int max = xml.attributes().value(QLatin1String("max")).toInt();
                    for (int c = min; c <= max; ++c)
                        sheet.widths.insert(c - 1, xml.attributes().value(QLatin1String("width")).toDouble());
                } else if (n == QLatin1String("c")) {
                    inCell = true;
                    cell = XlsxCell();
                    cellRef(xml.attributes().value(QLatin1String("r")).toString(), row, column);
                    type = xml.attributes().value(QLatin1String("t")).toString();
                    const int style = xml.attributes().value(QLatin1String("s")).toInt();
                    cell.numberFormat = styleFormats.value(style, QStringLiteral("General"));
                } else if (inCell && n == QLatin1String("f")) {
                    cell.formula = xml.readElementText();
                } else if (inCell && n == QLatin1String("v")) {
                    const QString v = xml.readElementText();
                    if (type == QLatin1String("s")) {
                        cell.type = XlsxCell::Type::String;
                        cell.text = shared.value(v.toInt());
                    } else if (type == QLatin1String("str")) {
                        cell.type = XlsxCell::Type::String;
                        cell.text = v;
                    } else if (type == QLatin1String("b")) {
                        cell.type = XlsxCell::Type::Boolean;
                        cell.number = v.toDouble();
                    } else if (type == QLatin1String("e")) {
                        cell.type = XlsxCell::Type::Error;
                        cell.text = v;
                    } else {
                        cell.type = XlsxCell::Type::Number;
                        cell.number = v.toDouble();
                    }
                } else if (inCell && n == QLatin1String("is")) {
                    cell.type = XlsxCell::Type::String;
                    cell.text = readText(xml, QStringLiteral("is"));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                inCell = false;
                while (sheet.rows.size() <= row)
                    sheet.rows.append(QList<XlsxCell>());
                QList<XlsxCell>& r = sheet.rows[row];
                while (r.size() <= column)
                    r.append(XlsxCell());
                r[column] = cell;
            }
        }
        if (xml.hasError()) {
            book.error = QStringLiteral("%1: %2").arg(file, xml.errorString());
            return book;
        }
        book.sheets.append(sheet);
    }
    // Document properties.
    for (const QString& entry : { QStringLiteral("docProps/core.xml"), QStringLiteral("docProps/app.xml") }) {
        QXmlStreamReader xml(book.entries.value(entry));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() != QLatin1String("coreProperties")
                && xml.name() != QLatin1String("Properties")) {
                const QString key = xml.name().toString().toLower();
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (!value.isEmpty())
                    book.properties.insert(key, value);
            }
        }
    }
    return book;
}

double excelSerial(const QDateTime& local)
{
    const QDateTime asUtc(local.date(), local.time(), Qt::UTC);
    return double(asUtc.toMSecsSinceEpoch() / 1000) / 86400.0 + 25569.0;
}

} // namespace comptoir::test
