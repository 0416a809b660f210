#include "receiptrenderer.h"

#include "receiptfont.h"
#include "receiptrules.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace comptoir {

namespace {

// ---------------------------------------------------------------------------------------
// What the terminal prints around the merchant's texts, in its three languages. These are
// part of the printed receipt — the terminal's wording, fixed by its software — and not of
// Comptoir's user interface, so they are not in the translation catalogues: a receipt in
// French says "TOTAL" whatever language the user reads the page in.
struct Wording {
    const char* customerTitle;
    const char* merchantTitle;
    const char* date;
    const char* time;
    const char* terminal;
    const char* period;
    const char* transaction;
    const char* card;
    const char* contactless;
    const char* authorisation;
    const char* reference;
    const char* payment;
    const char* total;
    const char* approved;
};

constexpr Wording kNl { "KLANTENTICKET", "HANDELAARSTICKET", "Datum", "Tijd", "Terminal", "Periode", "Transactie",
    "Kaart", "Contactloos", "Autorisatiecode", "Referentie", "BETALING", "TOTAAL", "Transactie geslaagd" };
constexpr Wording kFr { "TICKET CLIENT", "TICKET COMMERÇANT", "Date", "Heure", "Terminal", "Période", "Transaction",
    "Carte", "Sans contact", "Code d’autorisation", "Référence", "PAIEMENT", "TOTAL", "Transaction réussie" };
constexpr Wording kEn { "CUSTOMER RECEIPT", "MERCHANT RECEIPT", "Date", "Time", "Terminal", "Period", "Transaction",
    "Card", "Contactless", "Authorisation code", "Reference", "PAYMENT", "TOTAL", "Transaction successful" };

const Wording& wordingFor(Language l)
{
    return l == Language::Fr ? kFr : l == Language::En ? kEn : kNl;
}

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

// Card brands as the terminals print them (brand names: the same in every language).
QString brandName(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Bancontact:
        return QStringLiteral("Bancontact");
    case PaymentMethod::Maestro:
        return QStringLiteral("Maestro");
    case PaymentMethod::VPay:
        return QStringLiteral("V PAY");
    case PaymentMethod::Visa:
        return QStringLiteral("VISA");
    case PaymentMethod::Mastercard:
        return QStringLiteral("Mastercard");
    case PaymentMethod::AmericanExpress:
        return QStringLiteral("American Express");
    case PaymentMethod::Payconiq:
        return QStringLiteral("Payconiq");
    case PaymentMethod::MealVoucher:
        return QStringLiteral("Meal voucher");
    case PaymentMethod::EcoVoucher:
        return QStringLiteral("Eco voucher");
    case PaymentMethod::GiftCard:
        return QStringLiteral("Gift card");
    case PaymentMethod::Other:
        break;
    }
    return QStringLiteral("Card");
}

// ---------------------------------------------------------------------------------------
// A strip of thermal paper: rows of 1-bit dots, and the print head's position, which only
// moves down (feed). Dots may be set below the head (a glyph's lower rows); the paper grows.
class Paper {
public:
    explicit Paper(int width)
        : m_width(width)
        , m_stride((width + 7) / 8)
    {
    }

    int width() const { return m_width; }
    int head() const { return m_head; } // the row the next line starts at
    void feed(int dots) { m_head += dots; }

    void set(int x, int y)
    {
        if (x < 0 || x >= m_width || y < 0)
            return;
        grow(y + 1);
        m_bits[std::size_t(y) * std::size_t(m_stride) + std::size_t(x >> 3)] |= uchar(0x80 >> (x & 7));
    }

    QImage image() const
    {
        const int height = std::max({ m_head, m_rows, 1 });
        QImage out(m_width, height, QImage::Format_Mono);
        out.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
        out.fill(0);
        for (int y = 0; y < m_rows; ++y)
            std::copy_n(m_bits.data() + std::size_t(y) * std::size_t(m_stride), m_stride, out.scanLine(y));
        // 8 dots per mm
        out.setDotsPerMeterX(8000);
        out.setDotsPerMeterY(8000);
        return out;
    }

private:
    void grow(int rows)
    {
        if (rows <= m_rows)
            return;
        m_bits.resize(std::size_t(rows) * std::size_t(m_stride), 0);
        m_rows = rows;
    }

    int m_width;
    int m_stride;
    int m_head = 0;
    int m_rows = 0;
    std::vector<uchar> m_bits;
};

struct Style {
    ReceiptFont font = ReceiptFont::Normal;
    TextAlignment alignment = TextAlignment::Left;
    bool bold = false;
    bool doubleHeight = false;
};

// Lines of text on the font's character grid.
class Printer {
public:
    Printer(Paper& paper, ReceiptFont font)
        : m_paper(paper)
        , m_font(font)
    {
    }

    int columns() const { return m_paper.width() / receiptCellWidth(m_font); }
    ReceiptFont font() const { return m_font; }

    // One line; what does not fit is cut at the paper's edge.
    void line(const QString& text, Style style)
    {
        const ReceiptBitmapFont& f = ReceiptBitmapFont::get(style.font, style.bold);
        const int cell = receiptCellWidth(style.font);
        const QList<uint> chars = text.toUcs4();
        const int textWidth = int(chars.size()) * cell;
        int x = 0;
        if (style.alignment == TextAlignment::Center)
            x = std::max(0, (m_paper.width() - textWidth) / 2);
        else if (style.alignment == TextAlignment::Right)
            x = std::max(0, m_paper.width() - textWidth);
        const int scale = style.doubleHeight ? 2 : 1;
        const int top = m_paper.head();
        for (uint c : chars) {
            if (x + cell > m_paper.width() + (cell - f.width()))
                break; // off the paper
            drawGlyph(f, c, x, top, scale);
            x += cell;
        }
        m_paper.feed(f.height() * scale + spacing(style.font));
    }

    // A label on the left and a value on the right; on two lines when both do not fit.
    void pair(const QString& label, const QString& value, Style style = {})
    {
        style.font = m_font;
        const int n = ReceiptRules::length(label) + 1 + ReceiptRules::length(value);
        if (n <= columns()) {
            line(label + QString(columns() - n + 1, QLatin1Char(' ')) + value, style);
            return;
        }
        line(label, style);
        style.alignment = TextAlignment::Right;
        line(value, style);
    }

    // Running text in words over as many lines as needed.
    void wrapped(const QString& text, Style style)
    {
        style.font = m_font;
        QString current;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QString w = word;
            while (ReceiptRules::length(w) > columns()) { // a word longer than a line: cut
                if (!current.isEmpty()) {
                    line(current, style);
                    current.clear();
                }
                line(w.left(columns()), style);
                w = w.mid(columns());
            }
            if (current.isEmpty())
                current = w;
            else if (ReceiptRules::length(current) + 1 + ReceiptRules::length(w) <= columns())
                current += QLatin1Char(' ') + w;
            else {
                line(current, style);
                current = w;
            }
        }
        if (!current.isEmpty())
            line(current, style);
    }

    void rule() { line(QString(columns(), QLatin1Char('-')), { m_font, TextAlignment::Left, false, false }); }
    void blank(int fraction = 1)
    {
        m_paper.feed((ReceiptBitmapFont::get(m_font, false).height() + spacing(m_font)) / fraction);
    }

private:
    static int spacing(ReceiptFont font) { return font == ReceiptFont::Small ? 4 : 6; }

    void drawGlyph(const ReceiptBitmapFont& f, uint c, int x, int top, int scale)
    {
        const bool printable = ReceiptRules::isPrintable(c) && f.hasGlyph(c);
        const uchar* rows = f.glyph(printable ? c : uint('?'));
        if (!rows)
            return;
        const int stride = f.bytesPerRow();
        for (int gy = 0; gy < f.height(); ++gy)
            for (int gx = 0; gx < f.width(); ++gx) {
                const bool dot = (rows[gy * stride + (gx >> 3)] & (0x80 >> (gx & 7))) != 0;
                if (dot == printable) // an unprintable character: the "?" inverted
                    for (int s = 0; s < scale; ++s)
                        m_paper.set(x + gx, top + gy * scale + s);
            }
    }

    Paper& m_paper;
    ReceiptFont m_font;
};

Style styleOf(const ReceiptLine& l, ReceiptFont font)
{
    return { font, l.alignment, l.bold, l.doubleHeight };
}

} // namespace

ReceiptSample ReceiptSample::typical(const Location& location, const QString& terminalName, const QDateTime& at)
{
    ReceiptSample s;
    s.location = location;
    s.terminalName = terminalName;
    s.at = at;
    return s;
}

QImage ReceiptRenderer::logoDots(const QByteArray& png)
{
    if (png.isEmpty())
        return {};
    const QImage source = QImage::fromData(png, "PNG");
    if (source.isNull())
        return {};
    const QImage argb = source.convertToFormat(QImage::Format_ARGB32);
    QImage out(argb.size(), QImage::Format_Mono);
    out.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    out.fill(0);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        uchar* line = out.scanLine(y);
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(in[x]) >= 128 && qGray(in[x]) < 128)
                line[x >> 3] |= uchar(0x80 >> (x & 7));
    }
    return out;
}

QImage ReceiptRenderer::render(
    const ReceiptLayout& layout, Language language, const ReceiptSample& sample, ReceiptCopy copy)
{
    const Wording& w = wordingFor(language);
    Paper paper(paperDots(layout.paperWidth));
    Printer print(paper, layout.font);
    const ReceiptFont font = layout.font;
    const auto center = [font](bool bold = false, bool tall = false) {
        return Style { font, TextAlignment::Center, bold, tall };
    };

    paper.feed(16);
    // The logo, centred; cut at the paper's edges when it is too wide.
    if (const QImage logo = logoDots(layout.logoPng); !logo.isNull()) {
        const int x0 = (paper.width() - logo.width()) / 2;
        const int top = paper.head();
        for (int y = 0; y < logo.height(); ++y) {
            const uchar* line = logo.constScanLine(y);
            for (int x = 0; x < logo.width(); ++x)
                if (line[x >> 3] & (0x80 >> (x & 7)))
                    paper.set(x0 + x, top + y);
        }
        paper.feed(logo.height() + 16);
    }

    const ReceiptTexts& texts = layout.textsFor(language);
    for (const ReceiptLine& l : texts.header)
        print.line(l.text, styleOf(l, font));
    if (!texts.header.isEmpty())
        print.blank(2);

    // The location, as the terminal knows it.
    const Location& loc = sample.location;
    print.wrapped(ReceiptRules::printableVariant(loc.name), center(true));
    print.wrapped(ReceiptRules::printableVariant(loc.street), center());
    print.wrapped(ReceiptRules::printableVariant(loc.postalCode + QLatin1Char(' ') + loc.city), center());
    print.blank();

    print.line(u(copy == ReceiptCopy::Customer ? w.customerTitle : w.merchantTitle), center(true));
    print.rule();

    // When and where, in the location's time zone.
    const QTimeZone zone = loc.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(loc.timeZone.toUtf8());
    const QDateTime local = sample.at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const bool netherlands = loc.country == QLatin1String("NL");
    const QString date
        = local.date().toString(netherlands ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    print.pair(u(w.date), date);
    print.pair(u(w.time), local.time().toString(QStringLiteral("HH:mm")));
    print.pair(u(w.terminal), ReceiptRules::printableVariant(sample.terminalName));
    print.pair(u(w.period), QStringLiteral("%1").arg(sample.period, 4, 10, QLatin1Char('0')));
    print.pair(u(w.transaction), QStringLiteral("%1").arg(sample.transaction, 6, 10, QLatin1Char('0')));
    print.blank(2);

    print.line(brandName(sample.method), Style { font, TextAlignment::Left, true, false });
    print.pair(u(w.card), sample.maskedCard);
    print.line(u(w.contactless), Style { font, TextAlignment::Left, false, false });
    print.pair(u(w.authorisation), sample.authorisationCode);
    print.pair(u(w.reference), sample.reference);
    print.blank(2);

    // The amount as the language writes it: "€ 23,50", "23,50 €", "€23.50".
    MoneyLocale money = MoneyLocale::En;
    if (language == Language::Nl)
        money = netherlands ? MoneyLocale::NlNL : MoneyLocale::NlBE;
    else if (language == Language::Fr)
        money = MoneyLocale::FrBE;
    print.line(u(w.payment), Style { font, TextAlignment::Left, true, false });
    print.pair(u(w.total), ReceiptRules::printableVariant(sample.amount.format(money)),
        Style { font, TextAlignment::Left, true, true });
    print.blank(2);
    print.line(u(w.approved), center(true));
    print.rule();

    if (copy == ReceiptCopy::Customer) {
        for (const ReceiptLine& l : texts.footer)
            print.line(l.text, styleOf(l, font));
    }
    paper.feed(32);
    return paper.image();
}

} // namespace comptoir
