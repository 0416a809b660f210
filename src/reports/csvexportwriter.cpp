#include "csvexportwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

namespace comptoir {

namespace {

constexpr qsizetype kFlushAt = 1 << 16;

void appendNumber(QByteArray& out, qint64 v, int width)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0);
    for (int i = n; i < width; ++i)
        out.append('0');
    while (n > 0)
        out.append(buf[--n]);
}

} // namespace

struct CsvExportWriter::Impl {
    Language language;
    CsvOptions options;
    char separator = ';';
    char decimal = ',';
    // Date order and separator: dd-MM-yyyy, dd/MM/yyyy or ISO yyyy-MM-dd.
    bool iso = false;
    char dateSeparator = '/';
    QString path;
    std::unique_ptr<QSaveFile> file;
    ExportLayout layout;
    QByteArray buffer;
    bool failed = false;

    void flush()
    {
        if (!file || buffer.isEmpty())
            return;
        if (file->write(buffer) != buffer.size())
            failed = true;
        buffer.clear();
    }

    void field(const char* data, qsizetype size, bool isText)
    {
        bool quote = false;
        for (qsizetype i = 0; i < size && !quote; ++i) {
            const char c = data[i];
            quote = c == separator || c == '"' || c == '\n' || c == '\r';
        }
        const bool formula
            = isText && size > 0 && (data[0] == '=' || data[0] == '+' || data[0] == '-' || data[0] == '@');
        if (!quote) {
            if (formula)
                buffer.append('\'');
            buffer.append(data, size);
            return;
        }
        buffer.append('"');
        if (formula)
            buffer.append('\'');
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '"')
                buffer.append('"');
            buffer.append(data[i]);
        }
        buffer.append('"');
    }
    void text(const QByteArray* value)
    {
        if (value)
            field(value->constData(), value->size(), true);
    }
    void dateTime(qint64 localSecs)
    {
        const qint64 days = localSecs >= 0 ? localSecs / 86400 : -((-localSecs + 86399) / 86400);
        const qint64 secs = localSecs - days * 86400;
        const QDate d = QDate::fromJulianDay(days + 2440588);
        if (iso) {
            appendNumber(buffer, d.year(), 4);
            buffer.append('-');
            appendNumber(buffer, d.month(), 2);
            buffer.append('-');
            appendNumber(buffer, d.day(), 2);
        } else {
            appendNumber(buffer, d.day(), 2);
            buffer.append(dateSeparator);
            appendNumber(buffer, d.month(), 2);
            buffer.append(dateSeparator);
            appendNumber(buffer, d.year(), 4);
        }
        buffer.append(' ');
        appendNumber(buffer, secs / 3600, 2);
        buffer.append(':');
        appendNumber(buffer, secs / 60 % 60, 2);
        buffer.append(':');
        appendNumber(buffer, secs % 60, 2);
    }
    void amount(qint64 minor, int digits)
    {
        quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
        if (minor < 0)
            buffer.append('-');
        quint64 scale = 1;
        for (int i = 0; i < digits; ++i)
            scale *= 10;
        appendNumber(buffer, qint64(magnitude / scale), 1);
        if (digits > 0) {
            buffer.append(decimal);
            appendNumber(buffer, qint64(magnitude % scale), digits);
        }
    }
};

CsvExportWriter::CsvExportWriter(Language language, const CsvOptions& options, const QString& dateFormat)
    : d(std::make_unique<Impl>())
{
    d->language = language;
    d->options = options;
    d->separator = separatorFor(language, options).toLatin1();
    d->decimal = decimalMarkFor(language, options).toLatin1();
    d->iso = options.isoDates;
    d->dateSeparator = dateFormat.contains(QLatin1Char('-')) ? '-' : '/';
}

CsvExportWriter::~CsvExportWriter()
{
    abandon();
}

QChar CsvExportWriter::separatorFor(Language language, const CsvOptions& options)
{
    if (!options.separator.isNull())
        return options.separator;
    return language == Language::En ? QLatin1Char(',') : QLatin1Char(';');
}

QChar CsvExportWriter::decimalMarkFor(Language language, const CsvOptions& options)
{
    if (!options.decimalMark.isNull())
        return options.decimalMark;
    return language == Language::En ? QLatin1Char('.') : QLatin1Char(',');
}

QString CsvExportWriter::open(const QString& path, const ExportLayout& layout, const ExportDocument&)
{
    d->path = path;
    d->layout = layout;
    d->file = std::make_unique<QSaveFile>(path);
    if (!d->file->open(QIODevice::WriteOnly)) {
        const QString why = d->file->errorString();
        d->file.reset();
        return QCoreApplication::translate("TransactionExport", "The file %1 cannot be written there: %2")
            .arg(QDir::toNativeSeparators(path), why);
    }
    d->buffer.reserve(kFlushAt + 4096);
    d->buffer.append("\xEF\xBB\xBF"); // UTF-8 byte-order mark: Excel then reads UTF-8
    for (int c = 0; c < int(layout.headers.size()); ++c) {
        if (c > 0)
            d->buffer.append(d->separator);
        const QByteArray header = layout.headers[c].toUtf8();
        d->field(header.constData(), header.size(), false);
    }
    d->buffer.append("\r\n");
    return {};
}

void CsvExportWriter::write(const ExportLine& l)
{
    Impl& x = *d;
    bool first = true;
    for (const ExportColumn c : x.layout.columns) {
        if (!first)
            x.buffer.append(x.separator);
        first = false;
        switch (c) {
        case ExportColumn::Entry:
            x.text(l.entryName);
            break;
        case ExportColumn::CorrectsExport:
            if (l.correctsExport > 0)
                appendNumber(x.buffer, l.correctsExport, 1);
            break;
        case ExportColumn::DateTime:
            x.dateTime(l.localSecs);
            break;
        case ExportColumn::Location:
            x.text(l.location);
            break;
        case ExportColumn::Terminal:
            x.text(l.terminal);
            break;
        case ExportColumn::Period:
            if (l.period > 0)
                appendNumber(x.buffer, l.period, 1);
            break;
        case ExportColumn::Type:
            x.text(l.type);
            break;
        case ExportColumn::Method:
            x.text(l.method);
            break;
        case ExportColumn::Issuer:
            x.text(l.issuer);
            break;
        case ExportColumn::Status:
            x.text(l.status);
            break;
        case ExportColumn::StatusOrigin:
            x.text(l.origin);
            break;
        case ExportColumn::SetBy:
            x.text(l.setBy);
            break;
        case ExportColumn::SetAt:
            if (l.hasSetAt)
                x.dateTime(l.setAtLocalSecs);
            break;
        case ExportColumn::Amount:
            x.amount(l.amountMinor, l.minorDigits);
            break;
        case ExportColumn::Currency:
            x.text(l.currency);
            break;
        case ExportColumn::Card:
            x.text(l.card);
            break;
        case ExportColumn::AuthorisationCode:
            x.text(l.authorisationCode);
            break;
        case ExportColumn::Reference:
            x.text(l.reference);
            break;
        case ExportColumn::Processor:
            x.text(l.processor);
            break;
        case ExportColumn::TransactionId:
            x.text(l.id);
            break;
        case ExportColumn::Count:
            break;
        }
    }
    x.buffer.append("\r\n");
    if (x.buffer.size() >= kFlushAt)
        x.flush();
}

QString CsvExportWriter::finish(const ExportDocument&)
{
    if (!d->file)
        return QCoreApplication::translate("TransactionExport", "The file %1 could not be created.")
            .arg(QDir::toNativeSeparators(d->path));
    d->flush();
    if (d->failed || !d->file->flush()) {
        const QString why = d->file->errorString();
        abandon();
        return QCoreApplication::translate("TransactionExport", "The file %1 could not be written (%2).")
            .arg(QDir::toNativeSeparators(d->path), why);
    }
    return {};
}

QString CsvExportWriter::publish()
{
    if (!d->file)
        return QCoreApplication::translate("TransactionExport", "The file %1 is not complete.")
            .arg(QDir::toNativeSeparators(d->path));
    if (!d->file->commit()) {
        const QString why = d->file->errorString();
        d->file.reset();
        return QCoreApplication::translate("TransactionExport",
            "The file %1 could not be put in place (%2); check "
            "that it is not open in another program.")
            .arg(QDir::toNativeSeparators(d->path), why);
    }
    d->file.reset();
    return {};
}

void CsvExportWriter::abandon()
{
    if (d && d->file) {
        d->file->cancelWriting();
        d->file.reset(); // QSaveFile removes its temporary file
    }
}

} // namespace comptoir
