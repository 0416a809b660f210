#include "xlsxexportwriter.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <vector>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#endif

namespace comptoir {

namespace {

constexpr double kUnixEpochSerial = 25569.0; // 1970-01-01 as an Excel date serial
constexpr int kMeasuredRows = 10000; // rows whose text widths size the columns

double serial(qint64 localSecs)
{
    return double(localSecs) / 86400.0 + kUnixEpochSerial;
}

// Excel number formats for a language; amounts get the currency's symbol where the
// language puts it (nl "€ -1.234,56", fr "-1 234,56 €", en "-€1,234.56"); Excel shows the
// separators of the reader's own settings.
QByteArray moneyFormat(Language language, const QString& currencyCode, int digits)
{
    QString symbol = currencyCode;
    if (const std::optional<Currency> c = Currency::fromCode(currencyCode))
        symbol = c->symbol();
    symbol.replace(QLatin1Char('"'), QString());
    const QString number
        = digits > 0 ? QStringLiteral("#,##0.") + QString(digits, QLatin1Char('0')) : QStringLiteral("#,##0");
    const QString quoted = QLatin1Char('"') + symbol + QLatin1Char('"');
    const QString spaced = QLatin1Char('"') + symbol + QLatin1Char(' ') + QLatin1Char('"');
    const QString after = QStringLiteral("\" ") + symbol + QLatin1Char('"');
    QString f;
    switch (language) {
    case Language::Nl:
        f = spaced + number + QLatin1Char(';') + spaced + QLatin1Char('-') + number;
        break;
    case Language::Fr:
        f = number + after + QStringLiteral(";-") + number + after;
        break;
    case Language::En:
        f = quoted + number + QStringLiteral(";-") + quoted + number;
        break;
    }
    return f.toUtf8();
}

int displayWidth(const QByteArray& utf8)
{
    int n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

bool hasControlCharacters(const QByteArray& s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return true;
    return false;
}

// Renames `from` to `to`, replacing `to` in one step when it exists (what QSaveFile does
// for the files it writes itself; libxlsxwriter writes to a path of its own).
bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
               reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
               MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace

struct XlsxExportWriter::Impl {
    int rowsPerSheet = kExcelRowsPerSheet;
    QString path; // the destination
    QString tempPath; // what libxlsxwriter writes, beside it
    lxw_workbook* workbook = nullptr;
    ExportLayout layout;
    Language language = Language::En;
    QString sheetBaseName;

    lxw_format* header = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_format* date = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* count = nullptr;
    lxw_format* totalText = nullptr;
    lxw_format* totalCount = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* label = nullptr;
    QHash<QByteArray, lxw_format*> money; // by "CODE/digits"
    QHash<QByteArray, lxw_format*> totalMoney; // the same, bold with a rule above

    struct Sheet {
        lxw_worksheet* sheet = nullptr;
        lxw_row_t rows = 0; // data rows written
    };
    std::vector<Sheet> sheets;
    std::vector<int> widths; // per column, in characters
    qint64 written = 0;
    QByteArray scratch;

    lxw_format* moneyFor(const QByteArray& currency, int digits, bool total)
    {
        const QByteArray key = currency + '/' + QByteArray::number(digits);
        QHash<QByteArray, lxw_format*>& cache = total ? totalMoney : money;
        if (lxw_format* f = cache.value(key))
            return f;
        lxw_format* f = workbook_add_format(workbook);
        format_set_num_format(f, moneyFormat(language, QString::fromUtf8(currency), digits).constData());
        if (total) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
        }
        cache.insert(key, f);
        return f;
    }

    QString sheetName(int index) const
    {
        QString name = index == 0 ? sheetBaseName : QStringLiteral("%1 %2").arg(sheetBaseName).arg(index + 1);
        return name.left(31);
    }

    // A sheet that prints as a bookkeeper expects: A4, as wide as a page, the header row
    // on every page.
    lxw_worksheet* addSheet(const QString& name, bool landscape = true)
    {
        QString safe = name;
        for (QChar& c : safe)
            if (QStringLiteral("[]:*?/\\").contains(c))
                c = QLatin1Char('-');
        lxw_worksheet* ws = workbook_add_worksheet(workbook, safe.left(31).toUtf8().constData());
        worksheet_set_paper(ws, 9); // A4
        if (landscape)
            worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, 0, 0);
        return ws;
    }

    Sheet& current()
    {
        if (sheets.empty() || sheets.back().rows >= lxw_row_t(rowsPerSheet)) {
            Sheet s;
            s.sheet = addSheet(sheetName(int(sheets.size())));
            worksheet_freeze_panes(s.sheet, 1, 0);
            for (int c = 0; c < int(layout.headers.size()); ++c)
                worksheet_write_string(s.sheet, 0, lxw_col_t(c), layout.headers[c].toUtf8().constData(), header);
            sheets.push_back(s);
        }
        return sheets.back();
    }

    void text(lxw_worksheet* ws, lxw_row_t row, int col, const QByteArray* value)
    {
        if (!value || value->isEmpty())
            return;
        const QByteArray* shown = value;
        if (hasControlCharacters(*value)) { // not allowed in XML: a space instead
            scratch = *value;
            for (char& c : scratch)
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    c = ' ';
            shown = &scratch;
        }
        worksheet_write_string(ws, row, lxw_col_t(col), shown->constData(), nullptr);
        if (written < kMeasuredRows)
            widths[std::size_t(col)] = std::max(widths[std::size_t(col)], displayWidth(*value));
    }
};

XlsxExportWriter::XlsxExportWriter(int rowsPerSheet)
    : d(std::make_unique<Impl>())
{
    if (rowsPerSheet > 0)
        d->rowsPerSheet = std::min(rowsPerSheet, kExcelRowsPerSheet);
}

XlsxExportWriter::~XlsxExportWriter()
{
    abandon();
}

QString XlsxExportWriter::open(const QString& path, const ExportLayout& layout, const ExportDocument& document)
{
    d->path = path;
    d->layout = layout;
    d->language = document.language;
    d->sheetBaseName = document.transactionsSheet;
    // A name of our own beside the destination (same file system: the rename is atomic),
    // created new (so unique) with the permissions a new file gets, as QSaveFile does.
    {
        const QFileInfo info(path);
        QString why;
        for (int attempt = 0; attempt < 20 && d->tempPath.isEmpty(); ++attempt) {
            const QString candidate = info.absolutePath() + QStringLiteral("/.") + info.completeBaseName()
                + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".xlsx.part");
            QFile reserve(candidate);
            if (reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                d->tempPath = candidate;
            else
                why = reserve.errorString();
        }
        if (d->tempPath.isEmpty())
            return QCoreApplication::translate("TransactionExport", "The file %1 cannot be written there: %2")
                .arg(QDir::toNativeSeparators(path), why);
    }
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to a temporary file as they are written
    options.tmpdir = nullptr; // the system's; libxlsxwriter unlinks its files at once
    options.use_zip64 = LXW_FALSE;
    d->workbook = workbook_new_opt(QFile::encodeName(d->tempPath).constData(), &options);
    if (!d->workbook) {
        QFile::remove(d->tempPath);
        d->tempPath.clear();
        return QCoreApplication::translate("TransactionExport", "The file %1 could not be created.")
            .arg(QDir::toNativeSeparators(path));
    }

    lxw_workbook* wb = d->workbook;
    // Dates as the merchant's country writes them; the cells are date serials all the same.
    const QByteArray day
        = document.excelDateFormat.isEmpty() ? QByteArrayLiteral("dd/mm/yyyy") : document.excelDateFormat;
    d->date = workbook_add_format(wb);
    format_set_num_format(d->date, day.constData());
    d->dateTime = workbook_add_format(wb);
    format_set_num_format(d->dateTime, (day + " hh:mm:ss").constData());
    d->header = workbook_add_format(wb);
    format_set_bold(d->header);
    format_set_bottom(d->header, LXW_BORDER_THIN);
    format_set_bg_color(d->header, 0xE8EEF4);
    d->integer = workbook_add_format(wb);
    format_set_num_format(d->integer, "0");
    d->count = workbook_add_format(wb);
    format_set_num_format(d->count, "#,##0");
    d->totalText = workbook_add_format(wb);
    format_set_bold(d->totalText);
    format_set_top(d->totalText, LXW_BORDER_THIN);
    d->totalCount = workbook_add_format(wb);
    format_set_bold(d->totalCount);
    format_set_top(d->totalCount, LXW_BORDER_THIN);
    format_set_num_format(d->totalCount, "#,##0");
    d->wrap = workbook_add_format(wb);
    format_set_text_wrap(d->wrap);
    format_set_align(d->wrap, LXW_ALIGN_VERTICAL_TOP);
    d->label = workbook_add_format(wb);
    format_set_bold(d->label);
    format_set_align(d->label, LXW_ALIGN_VERTICAL_TOP);
    d->widths.assign(std::size_t(layout.columns.size()), 0);
    for (int c = 0; c < int(layout.headers.size()); ++c)
        d->widths[std::size_t(c)] = int(layout.headers[c].size());
    return {};
}

void XlsxExportWriter::write(const ExportLine& l)
{
    Impl& x = *d;
    Impl::Sheet& s = x.current();
    lxw_worksheet* ws = s.sheet;
    const lxw_row_t row = ++s.rows;
    int col = 0;
    for (const ExportColumn c : x.layout.columns) {
        switch (c) {
        case ExportColumn::Entry:
            x.text(ws, row, col, l.entryName);
            break;
        case ExportColumn::CorrectsExport:
            if (l.correctsExport > 0)
                worksheet_write_number(ws, row, lxw_col_t(col), l.correctsExport, x.integer);
            break;
        case ExportColumn::DateTime:
            worksheet_write_number(ws, row, lxw_col_t(col), serial(l.localSecs), x.dateTime);
            break;
        case ExportColumn::Location:
            x.text(ws, row, col, l.location);
            break;
        case ExportColumn::Terminal:
            x.text(ws, row, col, l.terminal);
            break;
        case ExportColumn::Period:
            if (l.period > 0)
                worksheet_write_number(ws, row, lxw_col_t(col), l.period, x.integer);
            break;
        case ExportColumn::Type:
            x.text(ws, row, col, l.type);
            break;
        case ExportColumn::Method:
            x.text(ws, row, col, l.method);
            break;
        case ExportColumn::Issuer:
            x.text(ws, row, col, l.issuer);
            break;
        case ExportColumn::Status:
            x.text(ws, row, col, l.status);
            break;
        case ExportColumn::StatusOrigin:
            x.text(ws, row, col, l.origin);
            break;
        case ExportColumn::SetBy:
            x.text(ws, row, col, l.setBy);
            break;
        case ExportColumn::SetAt:
            if (l.hasSetAt)
                worksheet_write_number(ws, row, lxw_col_t(col), serial(l.setAtLocalSecs), x.dateTime);
            break;
        case ExportColumn::Amount: {
            double scale = 1;
            for (int i = 0; i < l.minorDigits; ++i)
                scale *= 10;
            // Minor units divided once: the double nearest to the decimal amount.
            worksheet_write_number(ws, row, lxw_col_t(col), double(l.amountMinor) / scale,
                x.moneyFor(l.currency ? *l.currency : QByteArrayLiteral("EUR"), l.minorDigits, false));
            break;
        }
        case ExportColumn::Currency:
            x.text(ws, row, col, l.currency);
            break;
        case ExportColumn::Card:
            x.text(ws, row, col, l.card);
            break;
        case ExportColumn::AuthorisationCode:
            x.text(ws, row, col, l.authorisationCode);
            break;
        case ExportColumn::Reference:
            x.text(ws, row, col, l.reference);
            break;
        case ExportColumn::Processor:
            x.text(ws, row, col, l.processor);
            break;
        case ExportColumn::TransactionId:
            x.text(ws, row, col, l.id);
            break;
        case ExportColumn::Count:
            break;
        }
        ++col;
    }
    ++x.written;
}

QString XlsxExportWriter::finish(const ExportDocument& doc)
{
    Impl& x = *d;
    if (!x.workbook)
        return QCoreApplication::translate("TransactionExport", "The file %1 could not be created.")
            .arg(QDir::toNativeSeparators(x.path));
    if (x.sheets.empty())
        x.current(); // a header row at least
    const int lastColumn = int(x.layout.columns.size()) - 1;
    for (const Impl::Sheet& s : x.sheets) {
        worksheet_autofilter(s.sheet, 0, 0, s.rows, lxw_col_t(lastColumn));
        for (int c = 0; c <= lastColumn; ++c) {
            double width = std::clamp(x.widths[std::size_t(c)] + 2, 8, 48);
            switch (x.layout.columns[c]) {
            case ExportColumn::DateTime:
            case ExportColumn::SetAt:
                width = std::max(width, 19.0);
                break;
            case ExportColumn::Amount:
                width = std::max(width, 14.0);
                break;
            default:
                break;
            }
            worksheet_set_column(s.sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
    }
    if (!x.sheets.empty())
        worksheet_activate(x.sheets.front().sheet);

    // Summaries: plain numbers, added up in integer minor units from the very rows written.
    for (const SummarySheet& summary : doc.summaries) {
        lxw_worksheet* ws = x.addSheet(summary.name, false);
        worksheet_freeze_panes(ws, 1, 0);
        int keyWidth = summary.keyIsDate ? 12 : 10;
        for (int c = 0; c < int(summary.headers.size()); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), summary.headers[c].toUtf8().constData(), x.header);
        keyWidth = std::max(keyWidth, int(summary.headers.value(0).size()));
        lxw_row_t row = 0;
        for (const SummarySheet::Line& line : summary.lines) {
            ++row;
            const TurnoverFigures& f = line.figures;
            double scale = 1;
            for (int i = 0; i < line.minorDigits; ++i)
                scale *= 10;
            const QByteArray currency = line.currency.toUtf8();
            if (line.total) {
                worksheet_write_string(ws, row, 0, line.label.toUtf8().constData(), x.totalText);
            } else if (summary.keyIsDate) {
                worksheet_write_number(ws, row, 0, serial(line.day.startOfDay(Qt::UTC).toSecsSinceEpoch()), x.date);
            } else {
                worksheet_write_string(ws, row, 0, line.label.toUtf8().constData(), nullptr);
            }
            keyWidth = std::max(keyWidth, int(line.label.size()));
            lxw_format* countFormat = line.total ? x.totalCount : x.count;
            lxw_format* moneyFormat = x.moneyFor(currency, line.minorDigits, line.total);
            worksheet_write_number(ws, row, 1, double(f.count), countFormat);
            worksheet_write_number(ws, row, 2, double(f.successCount), countFormat);
            worksheet_write_number(ws, row, 3, double(f.salesMinor) / scale, moneyFormat);
            worksheet_write_number(ws, row, 4, double(f.refundsMinor) / scale, moneyFormat);
            worksheet_write_number(ws, row, 5, double(f.netMinor()) / scale, moneyFormat);
        }
        worksheet_set_column(ws, 0, 0, std::min(keyWidth + 2, 48), nullptr);
        for (int c = 1; c < int(summary.headers.size()); ++c)
            worksheet_set_column(
                ws, lxw_col_t(c), lxw_col_t(c), std::max(14.0, double(summary.headers[c].size()) + 2), nullptr);
    }

    // About this export: label and value, one per row.
    lxw_worksheet* about = x.addSheet(doc.aboutSheet, false);
    int labelWidth = 10;
    lxw_row_t row = 0;
    for (const auto& [labelText, value] : doc.about) {
        worksheet_write_string(about, row, 0, labelText.toUtf8().constData(), x.label);
        if (!value.isEmpty())
            worksheet_write_string(about, row, 1, value.toUtf8().constData(), x.wrap);
        // A wrapped value needs its lines' height: about 15 points per line of 90 characters.
        const int lines = std::max<int>(int(value.count(QLatin1Char('\n'))) + 1, int(value.size() / 90) + 1);
        if (lines > 1)
            worksheet_set_row(about, row, 15.0 * lines, nullptr);
        labelWidth = std::max(labelWidth, int(labelText.size()));
        ++row;
    }
    worksheet_set_column(about, 0, 0, labelWidth + 2, nullptr);
    worksheet_set_column(about, 1, 1, 100, nullptr);

    const QByteArray title = doc.title.toUtf8();
    const QByteArray subject = doc.subject.toUtf8();
    const QByteArray author = doc.author.toUtf8();
    const QByteArray company = doc.company.toUtf8();
    const QByteArray comments = doc.comments.toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.author = const_cast<char*>(author.constData());
    properties.company = const_cast<char*>(company.constData());
    properties.comments = const_cast<char*>(comments.constData());
    properties.created
        = time_t((doc.created.isValid() ? doc.created : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    workbook_set_properties(x.workbook, &properties);

    const lxw_error error = workbook_close(x.workbook);
    x.workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        const QString message
            = QCoreApplication::translate("TransactionExport", "The file %1 could not be written (%2).")
                  .arg(QDir::toNativeSeparators(x.path), QString::fromUtf8(lxw_strerror(error)));
        abandon();
        return message;
    }
    return {};
}

QString XlsxExportWriter::publish()
{
    if (d->workbook || d->tempPath.isEmpty())
        return QCoreApplication::translate("TransactionExport", "The file %1 is not complete.")
            .arg(QDir::toNativeSeparators(d->path));
    if (!replaceFile(d->tempPath, d->path)) {
        const QString message = QCoreApplication::translate("TransactionExport",
            "The file %1 could not be put in place; check that it is not open in another "
            "program and that the folder can be written.")
                                    .arg(QDir::toNativeSeparators(d->path));
        abandon();
        return message;
    }
    d->tempPath.clear();
    return {};
}

void XlsxExportWriter::abandon()
{
    if (!d)
        return;
    if (d->workbook) {
        lxw_workbook_free(d->workbook); // frees its temporary files, writes nothing
        d->workbook = nullptr;
    }
    if (!d->tempPath.isEmpty()) {
        QFile::remove(d->tempPath);
        d->tempPath.clear();
    }
}

} // namespace comptoir
