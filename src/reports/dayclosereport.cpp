#include "dayclosereport.h"

#include "reportlanguage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTimeZone>
#include <QTranslator>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace comptoir {

namespace {

// ---------------------------------------------------------------------------------------
// Language: the report's own translator (reportlanguage.h), whatever the UI language.

// Texts, dates and amounts in the report's language.
class Wording {
public:
    Wording(Language language, const Location& location)
        : m_translator(reportTranslator(language))
        , m_zone(location.timeZone.isEmpty() ? QTimeZone() : QTimeZone(location.timeZone.toUtf8()))
    {
        const bool netherlands = location.country == QLatin1String("NL");
        switch (language) {
        case Language::Nl:
            m_money = netherlands ? MoneyLocale::NlNL : MoneyLocale::NlBE;
            break;
        case Language::Fr:
            m_money = MoneyLocale::FrBE;
            break;
        case Language::En:
            m_money = MoneyLocale::En;
            break;
        }
        m_locale = qLocaleFor(m_money);
        m_dayMonth = m_money == MoneyLocale::NlNL ? QStringLiteral("dd-MM") : QStringLiteral("dd/MM");
        if (!m_zone.isValid())
            m_zone = QTimeZone::utc();
    }

    // `source` comes from QT_TRANSLATE_NOOP("DayCloseReport", …), where lupdate finds it.
    QString text(const char* source) const { return translate("DayCloseReport", source); }
    QString name(PaymentMethod v) const { return translate("PaymentMethod", sourceName(v)); }
    QString name(TransactionStatus v) const { return translate("Status", sourceName(v)); }

    QString money(const Money& m) const { return m.format(m_money); }
    QString number(int n) const { return m_locale.toString(n); }
    QString zoneName() const { return QString::fromUtf8(m_zone.id()); }

    QDateTime local(const QDateTime& utc) const { return utc.toTimeZone(m_zone); }
    // "3 June 2024 19:02"
    QString dateTime(const QDateTime& utc) const
    {
        const QDateTime t = local(utc);
        return m_locale.toString(t.date(), QStringLiteral("d MMMM yyyy")) + QLatin1Char(' ')
            + t.time().toString(QStringLiteral("HH:mm"));
    }
    // "19:02", or "03/06 19:02" when the report spans several days.
    QString shortTime(const QDateTime& utc) const
    {
        if (!utc.isValid())
            return QStringLiteral("—");
        const QDateTime t = local(utc);
        const QString time = t.time().toString(QStringLiteral("HH:mm"));
        return m_timesOnly ? time : m_locale.toString(t.date(), m_dayMonth) + QLatin1Char(' ') + time;
    }
    void setTimesOnly(bool timesOnly) { m_timesOnly = timesOnly; }
    bool timesOnly() const { return m_timesOnly; }

private:
    QString translate(const char* context, const char* source) const
    {
        if (m_translator) {
            QString t = m_translator->translate(context, source);
            if (!t.isEmpty())
                return t;
        }
        return QString::fromUtf8(source);
    }

    const QTranslator* m_translator;
    QTimeZone m_zone;
    MoneyLocale m_money = MoneyLocale::En;
    QLocale m_locale;
    QString m_dayMonth;
    bool m_timesOnly = false;
};

// ---------------------------------------------------------------------------------------
// Figures

// Amounts per currency: a period is in one currency, but nothing here may throw on a mix.
class Sums {
public:
    void add(const Money& m)
    {
        for (Money& s : m_sums) {
            if (s.currency() == m.currency()) {
                s += m;
                return;
            }
        }
        m_sums.append(m);
        std::sort(m_sums.begin(), m_sums.end(),
            [](const Money& a, const Money& b) { return a.currency().code() < b.currency().code(); });
    }
    QString format(const Wording& w) const
    {
        if (m_sums.isEmpty())
            return w.money(Money::eur(0));
        QStringList parts;
        for (const Money& m : m_sums)
            parts.append(w.money(m));
        return parts.join(QStringLiteral(" / "));
    }

private:
    QList<Money> m_sums;
};

struct Tally {
    int count = 0;
    Sums amount;
    void add(const Money& m)
    {
        ++count;
        amount.add(m);
    }
};

// Turnover: successful transactions (automatic or manual status); positive amounts are
// sales, negative ones refunds.
struct Turnover {
    Tally sales;
    Tally refunds;
    Sums net;
    void add(const Money& m)
    {
        (m.isNegative() ? refunds : sales).add(m);
        net.add(m);
    }
};

struct MethodTurnover {
    Turnover total;
    std::map<QString, Turnover> byIssuer; // empty key: no issuer
    bool hasIssuers() const
    {
        return byIssuer.size() > 1 || (byIssuer.size() == 1 && !byIssuer.begin()->first.isEmpty());
    }
};

struct Figures {
    std::map<int, MethodTurnover> byMethod; // keyed by the enum value: the portal's order
    Turnover total;
    std::map<int, Tally> otherStatuses; // not in the turnover, keyed by status
    QList<const Transaction*> manual; // status set by hand, in time order
    QList<const Transaction*> unresolved; // waiting for the merchant's decision
    int count = 0;

    explicit Figures(const QList<Transaction>& transactions)
    {
        count = int(transactions.size());
        for (const Transaction& t : transactions) {
            if (t.status == TransactionStatus::Success) {
                MethodTurnover& m = byMethod[int(t.method)];
                m.total.add(t.amount);
                m.byIssuer[t.issuer].add(t.amount);
                total.add(t.amount);
            } else {
                otherStatuses[int(t.status)].add(t.amount);
            }
            if (t.statusOrigin == StatusOrigin::Manual)
                manual.append(&t);
            if (t.status == TransactionStatus::ManualIntervention)
                unresolved.append(&t);
        }
        const auto byTime = [](const Transaction* a, const Transaction* b) {
            return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
        };
        std::sort(manual.begin(), manual.end(), byTime);
        std::sort(unresolved.begin(), unresolved.end(), byTime);
    }
};

// ---------------------------------------------------------------------------------------
// Page geometry and style. The painter works in device pixels of a 300 dpi A4 page.

constexpr int kDpi = 300;
constexpr qreal mm(qreal v)
{
    return v * kDpi / 25.4;
}
constexpr qreal pt(qreal v)
{
    return v * kDpi / 72.0;
}

constexpr qreal kPageWidth = mm(210);
constexpr qreal kPageHeight = mm(297);
constexpr qreal kLeft = mm(18);
constexpr qreal kRight = kPageWidth - mm(18);
constexpr qreal kWidth = kRight - kLeft;
constexpr qreal kTop = mm(16);
constexpr qreal kBottom = kPageHeight - mm(22); // the footer lives below
constexpr qreal kFooterRule = kPageHeight - mm(16);
constexpr qreal kCellPadding = mm(1.5);

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x5f, 0x5f);
const QColor kRuleColor(0x9a, 0x9a, 0x9a);
const QColor kLightRule(0xd8, 0xd8, 0xd8);
const QColor kAccent(0x1f, 0x4e, 0x79); // the title
const QColor kManual(0xf2, 0x8c, 0x28); // the portal's orange hand

struct Font {
    QFont font;
    qreal height = 0; // line height in device pixels
    qreal ascent = 0;
};

struct Style {
    Font title, subtitle, section, label, value, figure, figureSmall, body, bodyBold;

    explicit Style(QPaintDevice* device)
    {
        // Qt's default sans-serif family (DejaVu Sans on Linux, Arial on Windows, Helvetica
        // on macOS); the PDF embeds the subset it uses.
        QFont probe;
        probe.setStyleHint(QFont::SansSerif);
        const QString family = probe.defaultFamily();
        const auto make = [&](qreal size, bool bold) {
            QFont f(family);
            f.setStyleHint(QFont::SansSerif);
            // No ligatures: "chiffre" must stay searchable and extractable as c-h-i-f-f, not
            // with U+FB00. Latin text needs no shaping, and skipping it is faster too.
            f.setStyleStrategy(QFont::PreferNoShaping);
            f.setPointSizeF(size);
            f.setBold(bold);
            const QFontMetricsF fm(f, device);
            return Font { f, fm.height(), fm.ascent() };
        };
        title = make(16, true);
        subtitle = make(11, false);
        section = make(12, true);
        label = make(9, false);
        value = make(10, false);
        figure = make(14, true);
        figureSmall = make(11, true);
        body = make(9, false);
        bodyBold = make(9, true);
    }
};

void hline(QPainter& p, qreal x1, qreal x2, qreal y, const QColor& color, qreal widthPt = 0.5)
{
    p.setPen(QPen(color, pt(widthPt), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x1, y), QPointF(x2, y));
}

// Draws text on one line inside [x, x + width), elided when it does not fit; `y` is the top.
void drawText(QPainter& p, const Font& f, const QColor& color, qreal x, qreal y, qreal width, const QString& s,
    Qt::Alignment align = Qt::AlignLeft)
{
    p.setFont(f.font);
    p.setPen(color);
    const QFontMetricsF fm(f.font, p.device());
    // Without shaping, combining accents (a name typed as "i" + U+0308) need composing first.
    const bool combining
        = std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x300 && c.unicode() < 0x370; });
    const QString composed = combining ? s.normalized(QString::NormalizationForm_C) : s;
    const QString shown
        = fm.horizontalAdvance(composed) <= width ? composed : fm.elidedText(composed, Qt::ElideRight, width);
    p.drawText(QRectF(x, y, width, f.height), int(align | Qt::AlignVCenter) | Qt::TextSingleLine, shown);
}

// The raised orange hand of the portal (resources/icons/manual-status.svg), drawn as paths so
// that it needs no glyph in any font; `size` is its height.
void drawHand(QPainter& p, qreal x, qreal y, qreal size)
{
    static const QPainterPath hand = [] {
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        path.addRoundedRect(QRectF(4.6, 2.7, 1.9, 7.0), 0.95, 0.95);
        path.addRoundedRect(QRectF(6.8, 1.2, 1.9, 8.0), 0.95, 0.95);
        path.addRoundedRect(QRectF(9.0, 1.8, 1.9, 8.0), 0.95, 0.95);
        path.addRoundedRect(QRectF(11.2, 3.6, 1.8, 6.5), 0.9, 0.9);
        QPainterPath thumb;
        thumb.addRoundedRect(QRectF(2.6, 6.3, 1.9, 5.6), 0.95, 0.95);
        QTransform rotate;
        rotate.translate(3.55, 9.1);
        rotate.rotate(-32);
        rotate.translate(-3.55, -9.1);
        path.addPath(rotate.map(thumb));
        QPainterPath palm;
        palm.moveTo(4.6, 8.2);
        palm.lineTo(13, 8.2);
        palm.lineTo(13, 10.6);
        palm.cubicTo(13, 13.2, 11.3, 15, 8.9, 15);
        palm.lineTo(8.4, 15);
        palm.cubicTo(6.6, 15, 5.5, 14.2, 4.6, 12.9);
        palm.closeSubpath();
        path.addPath(palm);
        return path.simplified();
    }();
    p.save();
    p.translate(x, y);
    p.scale(size / 16.0, size / 16.0);
    p.setPen(Qt::NoPen);
    p.setBrush(kManual);
    p.drawPath(hand);
    p.restore();
}

// ---------------------------------------------------------------------------------------
// Flow layout: a list of blocks of known height, paginated before anything is drawn so that
// every page can say "page X of Y".

struct Block {
    qreal height = 0;
    qreal keepWithNext = 0; // height that must fit on the same page after this block
    bool space = false; // vertical space: dropped at the top of a page
    int repeat = -1; // index of the block to draw first when this one opens a page
    bool inFlow = true; // false for blocks only drawn as `repeat`
    std::function<void(QPainter&, qreal y)> draw;
};

struct Placed {
    int block;
    qreal y;
};

class Flow {
public:
    int add(Block b)
    {
        m_blocks.push_back(std::move(b));
        return int(m_blocks.size()) - 1;
    }
    void space(qreal h) { add(Block { h, 0, true, -1, true, {} }); }
    qreal height(int block) const { return m_blocks[std::size_t(block)].height; }
    void setKeepWithNext(int block, qreal h) { m_blocks[std::size_t(block)].keepWithNext = h; }

    std::vector<std::vector<Placed>> paginate() const
    {
        std::vector<std::vector<Placed>> pages(1);
        qreal y = kTop;
        bool pageHasContent = false;
        for (int i = 0; i < int(m_blocks.size()); ++i) {
            const Block& b = m_blocks[std::size_t(i)];
            if (!b.inFlow)
                continue;
            if (b.space) {
                if (pageHasContent)
                    y += b.height;
                continue;
            }
            if (pageHasContent && y + b.height + b.keepWithNext > kBottom) {
                pages.emplace_back();
                y = kTop;
                pageHasContent = false;
                if (b.repeat >= 0) {
                    pages.back().push_back({ b.repeat, y });
                    y += m_blocks[std::size_t(b.repeat)].height;
                }
            }
            pages.back().push_back({ i, y });
            y += b.height;
            pageHasContent = true;
        }
        return pages;
    }

    void draw(QPainter& p, const std::vector<Placed>& page) const
    {
        for (const Placed& placed : page) {
            const Block& b = m_blocks[std::size_t(placed.block)];
            if (b.draw)
                b.draw(p, placed.y);
        }
    }

private:
    std::vector<Block> m_blocks;
};

// A table whose columns take the width their header and cells need; the stretching column
// takes what is left (long names are elided, never clipped). Rows are collected first, then
// laid out once, then handed to the flow as blocks.
struct Column {
    Qt::Alignment align = Qt::AlignLeft;
    bool stretch = false;
    qreal min = 0; // the narrowest it may be, padding included
    qreal x = 0; // after layout()
    qreal width = 0; // after layout()
};

class Table {
public:
    enum RowFlag { Plain = 0, Bold = 1, RuleAbove = 2, Hand = 4, Indent = 8, RuleBelow = 16 };
    struct Group {
        int first;
        int last;
        QString label;
    };
    struct Row {
        QStringList cells;
        int flags = Plain;
    };

    Table(const Style& style, QPaintDevice* device, std::vector<Column> columns)
        : m_style(&style)
        , m_body(style.body.font, device)
        , m_bold(style.bodyBold.font, device)
        , m_columns(std::move(columns))
        , m_natural(m_columns.size(), 0)
    {
        m_rowHeight = style.body.height * 1.4;
    }

    qreal rowHeight() const { return m_rowHeight; }

    void setHeader(const QStringList& cells, std::vector<Group> groups = {})
    {
        m_header = cells;
        m_groups = std::move(groups);
        measure(cells, true);
    }
    void addRow(const QStringList& cells, int flags = Plain)
    {
        m_rows.push_back({ cells, flags });
        measure(cells, flags & Bold, flags & Indent);
    }
    // Makes room for cells shown by another table laid out like this one.
    void measure(const QStringList& cells, bool bold, bool indent = false)
    {
        QHash<QString, qreal>& cache = bold ? m_boldWidths : m_bodyWidths;
        const QFontMetricsF& fm = bold ? m_bold : m_body;
        for (int i = 0; i < int(cells.size()) && i < int(m_columns.size()); ++i) {
            const QString& s = cells[i];
            if (s.isEmpty())
                continue;
            auto it = cache.constFind(s);
            if (it == cache.cend())
                it = cache.insert(s, fm.horizontalAdvance(s));
            const qreal w = *it + 2 * kCellPadding + (i == 0 && indent ? kIndent : 0) + mm(0.5);
            qreal& natural = m_natural[std::size_t(i)];
            natural = std::max(natural, w);
        }
    }
    // Takes the geometry of `other` (to line up with it), this table's own rows included.
    void alignWith(const Table& other)
    {
        for (std::size_t i = 0; i < m_columns.size() && i < other.m_columns.size(); ++i) {
            m_columns[i].min = std::max(m_columns[i].min, other.m_columns[i].min);
            m_natural[i] = std::max(m_natural[i], other.m_natural[i]);
        }
    }

    void layout()
    {
        qreal fixed = 0;
        int stretch = -1;
        std::vector<qreal> widths(m_columns.size());
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            widths[i] = std::max(m_columns[i].min, m_natural[i]);
            if (m_columns[i].stretch)
                stretch = int(i);
            else
                fixed += widths[i];
        }
        if (stretch >= 0) {
            auto& w = widths[std::size_t(stretch)];
            w = std::max(kWidth - fixed, std::min(w, mm(25)));
            fixed += w;
        }
        if (fixed > kWidth) { // too wide even so: squeeze everything, cells elide
            for (qreal& w : widths)
                w *= kWidth / fixed;
        }
        qreal x = kLeft;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            m_columns[i].x = x;
            m_columns[i].width = widths[i];
            x += widths[i];
        }
        m_shared = std::make_shared<const std::vector<Column>>(m_columns);
    }

    const QStringList& headerCells() const { return m_header; }
    const std::vector<Row>& rows() const { return m_rows; }

    Block headerBlock() const
    {
        const Style& s = *m_style;
        const qreal groupHeight = m_groups.empty() ? 0 : s.bodyBold.height * 1.3;
        const qreal rowHeight = m_rowHeight;
        Block b;
        b.height = groupHeight + rowHeight;
        b.draw = [&s, columns = m_columns, cells = m_header, groups = m_groups, groupHeight, rowHeight](
                     QPainter& p, qreal y) {
            for (const Group& g : groups) {
                const qreal x1 = columns[std::size_t(g.first)].x + kCellPadding;
                const qreal x2 = columns[std::size_t(g.last)].x + columns[std::size_t(g.last)].width - kCellPadding;
                drawText(p, s.bodyBold, kMuted, x1, y, x2 - x1, g.label, Qt::AlignHCenter);
                hline(p, x1, x2, y + groupHeight - pt(1.5), kLightRule, 0.5);
            }
            const qreal top = y + groupHeight;
            for (int i = 0; i < int(cells.size()) && i < int(columns.size()); ++i) {
                const Column& c = columns[std::size_t(i)];
                drawText(p, s.bodyBold, kMuted, c.x + kCellPadding, top + (rowHeight - s.bodyBold.height) / 2,
                    c.width - 2 * kCellPadding, cells[i], c.align);
            }
            hline(p, kLeft, kRight, top + rowHeight, kRuleColor, 0.6);
        };
        return b;
    }

    Block rowBlock(const Row& row) const
    {
        const Style& s = *m_style;
        const qreal h = m_rowHeight;
        Block b;
        b.height = h;
        b.draw = [&s, columns = m_shared, cells = row.cells, flags = row.flags, h](QPainter& p, qreal y) {
            if (flags & RuleAbove)
                hline(p, kLeft, kRight, y, kRuleColor, 0.6);
            const Font& f = (flags & Bold) ? s.bodyBold : s.body;
            const qreal top = y + (h - f.height) / 2;
            for (int i = 0; i < int(cells.size()) && i < int(columns->size()); ++i) {
                const Column& c = (*columns)[std::size_t(i)];
                qreal x = c.x + kCellPadding;
                qreal w = c.width - 2 * kCellPadding;
                if (i == 0 && (flags & Hand)) {
                    const qreal size = f.height * 0.8;
                    drawHand(p, x, y + (h - size) / 2, size);
                    continue;
                }
                if (i == 0 && (flags & Indent)) {
                    x += kIndent;
                    w -= kIndent;
                }
                drawText(p, f, (flags & Indent) ? kMuted : kInk, x, top, w, cells[i], c.align);
            }
            if (flags & RuleBelow)
                hline(p, kLeft, kRight, y + h, kLightRule, 0.4);
        };
        return b;
    }

private:
    static constexpr qreal kIndent = mm(4);

    const Style* m_style;
    QFontMetricsF m_body;
    QFontMetricsF m_bold;
    std::vector<Column> m_columns;
    std::vector<qreal> m_natural;
    QHash<QString, qreal> m_bodyWidths;
    QHash<QString, qreal> m_boldWidths;
    QStringList m_header;
    std::vector<Group> m_groups;
    std::vector<Row> m_rows;
    qreal m_rowHeight = 0;
    std::shared_ptr<const std::vector<Column>> m_shared; // one copy for all rows
};

// Wrapped text across the content width.
Block paragraph(const Font& f, const QColor& color, const QString& content, QPaintDevice* device, qreal indent = 0)
{
    const QFontMetricsF fm(f.font, device);
    const QRectF bounds = fm.boundingRect(QRectF(0, 0, kWidth - indent, 1e6), Qt::TextWordWrap, content);
    Block b;
    b.height = bounds.height() + f.height * 0.2;
    const qreal h = b.height;
    b.draw = [&f, color, content, indent, h](QPainter& p, qreal y) {
        p.setFont(f.font);
        p.setPen(color);
        p.drawText(
            QRectF(kLeft + indent, y, kWidth - indent, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, content);
    };
    return b;
}

// A note that must not be missed: wrapped text in a thin box.
Block callout(const Font& f, const QString& content, QPaintDevice* device)
{
    constexpr qreal kPad = mm(2.5);
    const QFontMetricsF fm(f.font, device);
    const QRectF bounds = fm.boundingRect(QRectF(0, 0, kWidth - 2 * kPad, 1e6), Qt::TextWordWrap, content);
    Block b;
    b.height = bounds.height() + 2 * kPad;
    const qreal h = b.height;
    b.draw = [&f, content, h](QPainter& p, qreal y) {
        p.setPen(QPen(kRuleColor, pt(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(kLeft, y, kWidth, h));
        p.setFont(f.font);
        p.setPen(kInk);
        p.drawText(QRectF(kLeft + kPad, y + kPad, kWidth - 2 * kPad, h - 2 * kPad),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, content);
    };
    return b;
}

// ---------------------------------------------------------------------------------------
// The report

class Builder {
public:
    Builder(const DayCloseData& data, Language language, QPaintDevice* device)
        : m_data(data)
        , m_w(language, data.location)
        , m_style(device)
        , m_device(device)
        , m_figures(data.transactions)
        , m_generatedAt(QDateTime::currentDateTimeUtc())
    {
        m_w.setTimesOnly(singleDay());
    }

    QString documentTitle() const
    {
        return m_w.text(QT_TRANSLATE_NOOP("DayCloseReport", "Day close %1 — %2"))
            .arg(QString::number(m_data.period.sequence), m_data.terminal.name);
    }

    void build()
    {
        header();
        keyFigures();
        if (m_figures.count == 0) {
            m_flow.space(mm(6));
            m_flow.add(paragraph(m_style.value, kInk,
                m_w.text(QT_TRANSLATE_NOOP("DayCloseReport", "No transactions in this period.")), m_device));
            return;
        }
        unresolved();
        turnover();
        manualStatuses();
    }

    void paint(QPdfWriter& writer, QPainter& p) const
    {
        const auto pages = m_flow.paginate();
        const int total = int(pages.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer.newPage();
            m_flow.draw(p, pages[std::size_t(i)]);
            footer(p, i + 1, total);
        }
    }

private:
    // Whether every time the tables show falls on one local date, so that "19:02" is enough.
    bool singleDay() const
    {
        const QDate day = m_w.local(m_data.period.openedAt).date();
        const QDateTime end = m_data.period.isClosed() ? m_data.period.closedAt : m_generatedAt;
        if (!m_data.period.openedAt.isValid() || m_w.local(end).date() != day)
            return false;
        for (const Transaction* t : m_figures.manual)
            if (t->manualStatusAt.isValid() && m_w.local(t->manualStatusAt).date() != day)
                return false;
        return true;
    }

    QString text(const char* source) const { return m_w.text(source); }

    void header()
    {
        const Style& s = m_style;
        const Period& period = m_data.period;
        const QString title = text(QT_TRANSLATE_NOOP("DayCloseReport", "Day close %1")).arg(period.sequence);
        QStringList subtitleParts;
        for (const QString& part : { m_data.terminal.name, m_data.location.name })
            if (!part.isEmpty())
                subtitleParts.append(part);
        const QString subtitle = subtitleParts.join(QStringLiteral(" · "));
        const QString generated
            = text(QT_TRANSLATE_NOOP("DayCloseReport", "Generated on %1")).arg(m_w.dateTime(m_generatedAt));
        Block top;
        top.height = s.title.height + s.subtitle.height + mm(3);
        top.draw = [&s, title, subtitle, generated](QPainter& p, qreal y) {
            const QFontMetricsF fm(s.label.font, p.device());
            const qreal generatedWidth = fm.horizontalAdvance(generated) + mm(1);
            drawText(p, s.title, kAccent, kLeft, y, kWidth - generatedWidth - mm(4), title);
            drawText(p, s.label, kMuted, kRight - generatedWidth, y + s.title.ascent - s.label.ascent, generatedWidth,
                generated, Qt::AlignRight);
            drawText(p, s.subtitle, kInk, kLeft, y + s.title.height + mm(0.5), kWidth, subtitle);
        };
        m_flow.add(std::move(top));
        m_flow.add(rule(kRuleColor, 0.6, mm(3)));

        // Who, where, which terminal.
        const Merchant& merchant = m_data.merchant;
        const Location& location = m_data.location;
        const Terminal& terminal = m_data.terminal;
        QStringList merchantLines { merchant.name };
        if (!merchant.vatNumber.isEmpty())
            merchantLines.append(text(QT_TRANSLATE_NOOP("DayCloseReport", "VAT %1")).arg(merchant.vatNumber));
        QStringList locationLines { location.name };
        if (!location.street.isEmpty())
            locationLines.append(location.street);
        const QString city = QStringList { location.postalCode, location.city }.join(QLatin1Char(' ')).trimmed();
        if (!city.isEmpty())
            locationLines.append(city);
        QStringList terminalLines { terminal.name };
        if (!terminal.model.isEmpty())
            terminalLines.append(terminal.model);
        if (!terminal.serial.isEmpty())
            terminalLines.append(text(QT_TRANSLATE_NOOP("DayCloseReport", "Serial number %1")).arg(terminal.serial));
        m_flow.add(facts({ { text(QT_TRANSLATE_NOOP("DayCloseReport", "Merchant")), merchantLines },
            { text(QT_TRANSLATE_NOOP("DayCloseReport", "Location")), locationLines },
            { text(QT_TRANSLATE_NOOP("DayCloseReport", "Terminal")), terminalLines } }));
        m_flow.space(mm(3));

        // When.
        const QString opened = period.openedAt.isValid() ? m_w.dateTime(period.openedAt) : QStringLiteral("—");
        const QString closed = period.isClosed() ? m_w.dateTime(period.closedAt)
                                                 : text(QT_TRANSLATE_NOOP("DayCloseReport", "still open"));
        m_flow.add(
            facts({ { text(QT_TRANSLATE_NOOP("DayCloseReport", "Period")), { QString::number(period.sequence) } },
                { text(QT_TRANSLATE_NOOP("DayCloseReport", "Opened")), { opened } },
                { text(QT_TRANSLATE_NOOP("DayCloseReport", "Closed")), { closed } } }));
        m_flow.add(paragraph(s.label, kMuted,
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Times are local time (%1).")).arg(m_w.zoneName()), m_device));
        if (!period.isClosed())
            m_flow.add(paragraph(s.label, kInk,
                text(QT_TRANSLATE_NOOP("DayCloseReport", "This period is still open: its figures can still change.")),
                m_device));
        if (m_data.madeLocally)
            m_flow.add(paragraph(s.label, kInk,
                text(QT_TRANSLATE_NOOP("DayCloseReport",
                    "Made by Comptoir from its own copy of the portal's data, not the portal's report.")),
                m_device));
        m_flow.add(rule(kRuleColor, 0.6, mm(3)));
    }

    void keyFigures()
    {
        const Style& s = m_style;
        const Turnover& t = m_figures.total;
        const auto countAndAmount = [this](const Tally& tally) {
            return m_w.number(tally.count) + QStringLiteral("  ·  ") + tally.amount.format(m_w);
        };
        struct Figure {
            QString label;
            QString value;
            bool main;
        };
        const std::vector<Figure> figures {
            { text(QT_TRANSLATE_NOOP("DayCloseReport", "Net turnover")), t.net.format(m_w), true },
            { text(QT_TRANSLATE_NOOP("DayCloseReport", "Sales")), countAndAmount(t.sales), false },
            { text(QT_TRANSLATE_NOOP("DayCloseReport", "Refunds")), countAndAmount(t.refunds), false },
            { text(QT_TRANSLATE_NOOP("DayCloseReport", "Transactions")), m_w.number(m_figures.count), false },
        };
        static constexpr qreal kWidths[] = { 0.28, 0.29, 0.27, 0.16 };
        Block b;
        b.height = s.label.height + s.figure.height + mm(3);
        b.draw = [&s, figures](QPainter& p, qreal y) {
            qreal x = kLeft;
            for (std::size_t i = 0; i < figures.size(); ++i) {
                const qreal w = kWidth * kWidths[i];
                const Figure& f = figures[i];
                drawText(p, s.label, kMuted, x, y + mm(1), w - mm(3), f.label);
                const Font& font = f.main ? s.figure : s.figureSmall;
                drawText(
                    p, font, kInk, x, y + mm(1) + s.label.height + (s.figure.ascent - font.ascent), w - mm(3), f.value);
                x += w;
            }
        };
        m_flow.add(std::move(b));
        m_flow.add(rule(kRuleColor, 0.6, mm(2)));
    }

    // Turnover per method, and what is not in it, laid out on the same columns.
    void turnover()
    {
        const QString number = text(QT_TRANSLATE_NOOP("DayCloseReport", "Number"));
        const QString amount = text(QT_TRANSLATE_NOOP("DayCloseReport", "Amount"));
        const std::vector<Column> columns { { Qt::AlignLeft, true, mm(45) }, { Qt::AlignRight, false, mm(16) },
            { Qt::AlignRight, false, mm(26) }, { Qt::AlignRight, false, mm(16) }, { Qt::AlignRight, false, mm(26) },
            { Qt::AlignRight, false, mm(28) } };
        Table perMethod(m_style, m_device, columns);
        perMethod.setHeader({ text(QT_TRANSLATE_NOOP("DayCloseReport", "Payment method")), number, amount, number,
                                amount, text(QT_TRANSLATE_NOOP("DayCloseReport", "Net")) },
            { { 1, 2, text(QT_TRANSLATE_NOOP("DayCloseReport", "Sales")) },
                { 3, 4, text(QT_TRANSLATE_NOOP("DayCloseReport", "Refunds")) } });
        const auto cells = [this](const QString& name, const Turnover& t) {
            return QStringList { name, m_w.number(t.sales.count), t.sales.amount.format(m_w),
                m_w.number(t.refunds.count), t.refunds.amount.format(m_w), t.net.format(m_w) };
        };
        for (const auto& [method, m] : m_figures.byMethod) {
            perMethod.addRow(cells(m_w.name(PaymentMethod(method)), m.total));
            if (!m.hasIssuers())
                continue;
            for (const auto& [issuer, t] : m.byIssuer)
                perMethod.addRow(cells(issuer.isEmpty() ? QStringLiteral("—") : issuer, t), Table::Indent);
        }
        perMethod.addRow(
            cells(text(QT_TRANSLATE_NOOP("DayCloseReport", "Total")), m_figures.total), Table::Bold | Table::RuleAbove);

        // Not in the turnover: always the three the merchant looks for, the others when
        // they occur, in the order a merchant reads them.
        Table others(m_style, m_device, columns);
        others.setHeader({ text(QT_TRANSLATE_NOOP("DayCloseReport", "Status")), number, amount });
        for (TransactionStatus st : { TransactionStatus::Failed, TransactionStatus::Declined,
                 TransactionStatus::Cancelled, TransactionStatus::Refunded, TransactionStatus::Chargeback,
                 TransactionStatus::Processing, TransactionStatus::ManualIntervention }) {
            const auto it = m_figures.otherStatuses.find(int(st));
            const bool always = st == TransactionStatus::Failed || st == TransactionStatus::Declined
                || st == TransactionStatus::Cancelled;
            if (it == m_figures.otherStatuses.end()) {
                if (always)
                    others.addRow({ m_w.name(st), m_w.number(0), QStringLiteral("—") });
                continue;
            }
            others.addRow({ m_w.name(st), m_w.number(it->second.count), it->second.amount.format(m_w) });
        }
        for (const Table::Row& row : others.rows())
            perMethod.measure(row.cells, false);
        perMethod.measure(others.headerCells(), true);
        perMethod.layout();
        others.alignWith(perMethod);
        others.layout();

        if (!m_figures.byMethod.empty())
            addTable(text(QT_TRANSLATE_NOOP("DayCloseReport", "Turnover per payment method")), perMethod);
        addTable(text(QT_TRANSLATE_NOOP("DayCloseReport", "Not in the turnover")), others);
    }

    void manualStatuses()
    {
        const QList<const Transaction*>& list = m_figures.manual;
        const QString title
            = text(QT_TRANSLATE_NOOP("DayCloseReport", "Statuses set by hand (%1)")).arg(m_w.number(int(list.size())));
        if (list.isEmpty()) {
            sectionTitle(title, 0, {}, false, true);
            m_flow.add(paragraph(m_style.body, kMuted,
                text(QT_TRANSLATE_NOOP("DayCloseReport", "No status was set by hand in this period.")), m_device));
            return;
        }
        Table table(m_style, m_device,
            { { Qt::AlignLeft, false, mm(6) }, { Qt::AlignLeft, false, 0 }, { Qt::AlignLeft, false, 0 },
                { Qt::AlignLeft, false, 0 }, { Qt::AlignRight, false, 0 }, { Qt::AlignLeft, false, 0 },
                { Qt::AlignLeft, true, mm(30) }, { Qt::AlignLeft, false, 0 } });
        table.setHeader({ QString(), text(QT_TRANSLATE_NOOP("DayCloseReport", "Time")),
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Reference")),
            //: Column header: the payment method, where there is little room.
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Method")), text(QT_TRANSLATE_NOOP("DayCloseReport", "Amount")),
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Status")), text(QT_TRANSLATE_NOOP("DayCloseReport", "Set by")),
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Set at")) });
        for (const Transaction* t : list) {
            table.addRow(
                { QString(), m_w.shortTime(t->createdAt), t->reference, m_w.name(t->method), m_w.money(t->amount),
                    m_w.name(t->status), t->manualStatusBy.isEmpty() ? QStringLiteral("—") : t->manualStatusBy,
                    m_w.shortTime(t->manualStatusAt) },
                Table::Hand | Table::RuleBelow);
        }
        table.layout();
        addTable(title, table, legend(), false, true);
    }

    void unresolved()
    {
        const QList<const Transaction*>& list = m_figures.unresolved;
        if (list.isEmpty())
            return;
        Table table(m_style, m_device,
            { { Qt::AlignLeft, false, 0 }, { Qt::AlignLeft, false, 0 }, { Qt::AlignLeft, false, mm(35) },
                { Qt::AlignLeft, true, 0 }, { Qt::AlignRight, false, mm(28) } });
        table.setHeader({ text(QT_TRANSLATE_NOOP("DayCloseReport", "Time")),
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Reference")),
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Payment method")),
            text(QT_TRANSLATE_NOOP("DayCloseReport", "Card")), text(QT_TRANSLATE_NOOP("DayCloseReport", "Amount")) });
        for (const Transaction* t : list)
            table.addRow({ m_w.shortTime(t->createdAt), t->reference, m_w.name(t->method), t->maskedCardNumber,
                             m_w.money(t->amount) },
                Table::RuleBelow);
        table.layout();
        const QString note = text(QT_TRANSLATE_NOOP("DayCloseReport",
            "The connection between the till and the terminal was lost during these payments, so their outcome is "
            "unknown. Choose a status for each of them in Comptoir (Transactions). Until then they are not in the "
            "turnover."));
        addTable(text(QT_TRANSLATE_NOOP("DayCloseReport", "Waiting for your decision (%1)"))
                     .arg(m_w.number(int(list.size()))),
            table, note, true);
    }

    QString legend() const
    {
        return text(QT_TRANSLATE_NOOP("DayCloseReport",
            "Transactions whose status was set by hand on the terminal, because the payment "
            "was not processed correctly. They count in the turnover when set to success."));
    }

    // A section title, with an optional note below it; `keep` is the height that must follow
    // on the same page (the table header and first row).
    void sectionTitle(const QString& title, qreal keep, const QString& note = {}, bool boxed = false, bool hand = false)
    {
        const Style& s = m_style;
        m_flow.space(mm(4.5));
        Block b;
        b.height = s.section.height + mm(1);
        b.draw = [&s, title, hand](QPainter& p, qreal y) {
            qreal x = kLeft;
            if (hand) {
                const qreal size = s.section.ascent * 0.95;
                drawHand(p, x, y + s.section.ascent - size * 0.95, size);
                x += size + mm(1.5);
            }
            drawText(p, s.section, kInk, x, y, kRight - x, title);
        };
        const int titleBlock = m_flow.add(std::move(b));
        if (!note.isEmpty()) {
            const int noteBlock
                = m_flow.add(boxed ? callout(s.body, note, m_device) : paragraph(s.body, kMuted, note, m_device));
            m_flow.setKeepWithNext(noteBlock, keep + mm(1.5));
            keep += m_flow.height(noteBlock) + mm(1.5);
            m_flow.space(mm(1.5));
        }
        m_flow.setKeepWithNext(titleBlock, keep);
    }

    // A laid-out table under its section title. A page that continues it starts with
    // "Title (continued)" and the header again.
    void addTable(
        const QString& title, const Table& table, const QString& note = {}, bool boxed = false, bool hand = false)
    {
        // No orphans or widows: a short table stays whole, a long one starts and ends with at
        // least three rows on a page.
        const int n = int(table.rows().size());
        const int firstRows = n <= 8 ? n : 3;
        Block header = table.headerBlock();
        sectionTitle(title, header.height + firstRows * table.rowHeight(), note, boxed, hand);
        const Style& s = m_style;
        const qreal captionHeight = s.label.height + mm(1);
        Block repeat;
        repeat.height = captionHeight + header.height;
        repeat.inFlow = false;
        const QString caption = text(QT_TRANSLATE_NOOP("DayCloseReport", "%1 (continued)")).arg(title);
        repeat.draw = [&s, caption, drawHeader = header.draw, captionHeight](QPainter& p, qreal y) {
            drawText(p, s.label, kMuted, kLeft, y, kWidth, caption);
            drawHeader(p, y + captionHeight);
        };
        const int repeatIndex = m_flow.add(std::move(repeat));
        header.keepWithNext = firstRows * table.rowHeight();
        m_flow.add(std::move(header));
        for (int i = 0; i < n; ++i) {
            Block b = table.rowBlock(table.rows()[std::size_t(i)]);
            b.repeat = repeatIndex;
            if (i < firstRows)
                b.keepWithNext = (firstRows - 1 - i) * table.rowHeight();
            else if (n - 1 - i < 3)
                b.keepWithNext = (n - 1 - i) * table.rowHeight();
            m_flow.add(std::move(b));
        }
    }

    Block rule(const QColor& color, qreal widthPt, qreal gapAfter)
    {
        Block b;
        b.height = gapAfter + mm(1);
        b.draw = [color, widthPt](QPainter& p, qreal y) { hline(p, kLeft, kRight, y + mm(1), color, widthPt); };
        return b;
    }

    struct Fact {
        QString label;
        QStringList lines;
    };
    // Labelled facts side by side; a long name wraps (up to three lines) rather than being cut.
    Block facts(const std::vector<Fact>& facts)
    {
        const Style& s = m_style;
        const qreal columnWidth = kWidth / qreal(facts.size()) - mm(4);
        const QFontMetricsF fm(s.value.font, m_device);
        const qreal lineHeight = s.value.height * 1.1;
        struct Cell {
            QString text;
            qreal height;
        };
        std::vector<std::vector<Cell>> cells;
        qreal tallest = 0;
        for (const Fact& f : facts) {
            std::vector<Cell>& column = cells.emplace_back();
            qreal h = 0;
            for (const QString& line : f.lines) {
                const qreal textHeight
                    = fm.boundingRect(QRectF(0, 0, columnWidth, 1e6), Qt::TextWordWrap, line).height();
                const int count = std::clamp(int(std::ceil(textHeight / s.value.height - 0.2)), 1, 3);
                const qreal height = count * s.value.height + (lineHeight - s.value.height);
                column.push_back({ line, height });
                h += height;
            }
            tallest = std::max(tallest, h);
        }
        Block b;
        b.height = s.label.height + tallest + mm(1);
        b.draw = [&s, facts, cells, columnWidth](QPainter& p, qreal y) {
            qreal x = kLeft;
            for (std::size_t i = 0; i < facts.size(); ++i) {
                drawText(p, s.label, kMuted, x, y, columnWidth, facts[i].label);
                qreal ly = y + s.label.height;
                for (const Cell& cell : cells[i]) {
                    if (cell.height > s.value.height * 1.5) {
                        p.setFont(s.value.font);
                        p.setPen(kInk);
                        p.drawText(QRectF(x, ly, columnWidth, cell.height), Qt::TextWordWrap | Qt::AlignTop, cell.text);
                    } else {
                        drawText(p, s.value, kInk, x, ly, columnWidth, cell.text);
                    }
                    ly += cell.height;
                }
                x += columnWidth + mm(4);
            }
        };
        return b;
    }

    void footer(QPainter& p, int page, int pages) const
    {
        const Style& s = m_style;
        hline(p, kLeft, kRight, kFooterRule, kRuleColor, 0.5);
        const qreal y = kFooterRule + mm(1.5);
        QString left = m_data.merchant.name.isEmpty() ? documentTitle()
                                                      : m_data.merchant.name + QStringLiteral(" · ") + documentTitle();
        if (pages > 1) {
            const QString number
                = text(QT_TRANSLATE_NOOP("DayCloseReport", "Page %1 of %2")).arg(m_w.number(page), m_w.number(pages));
            drawText(p, s.label, kMuted, kRight - mm(40), y, mm(40), number, Qt::AlignRight);
            drawText(p, s.label, kMuted, kLeft, y, kWidth - mm(44), left);
        } else {
            drawText(p, s.label, kMuted, kLeft, y, kWidth, left);
        }
    }

    const DayCloseData& m_data;
    Wording m_w;
    Style m_style;
    QPaintDevice* m_device;
    Figures m_figures;
    QDateTime m_generatedAt;
    Flow m_flow;
};

} // namespace

QByteArray DayCloseReport::render(const DayCloseData& data, Language language)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        qWarning("DayCloseReport::render needs a QGuiApplication (QT_QPA_PLATFORM=offscreen will do)");
        return {};
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setCreator(QStringLiteral("Comptoir"));
        Builder builder(data, language, &writer);
        writer.setTitle(builder.documentTitle());
        builder.build();
        QPainter painter(&writer);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        builder.paint(writer, painter);
        painter.end();
    }
    buffer.close();
    return pdf;
}

} // namespace comptoir
