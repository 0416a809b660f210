#include "kpitile.h"

#include "chartstyle.h"
#include "core/money.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace comptoir::dashboard {

namespace {
QString money(qint64 minor)
{
    return Money::eur(minor).format(moneyLocaleFor(QLocale()));
}

QString dayText(QDate d)
{
    return QLocale().toString(d, QStringLiteral("d MMM"));
}

QString rangeText(const DateRange& r)
{
    if (r.from == r.to)
        return QLocale().toString(r.from, QStringLiteral("ddd d MMM yyyy"));
    return QStringLiteral("%1 – %2").arg(dayText(r.from), QLocale().toString(r.to, QStringLiteral("d MMM yyyy")));
}
} // namespace

KpiTile::KpiTile(KpiPeriod period, QWidget* parent)
    : QFrame(parent)
    , m_period(period)
{
    setObjectName(QStringLiteral("kpi%1").arg(int(period)));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::PointingHandCursor);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_dates = new QLabel(this);
    m_dates->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    m_previousHeader = new QLabel(this);
    m_lastYearHeader = new QLabel(this);
    for (QLabel* h : { m_previousHeader, m_lastYearHeader }) {
        h->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        // "vs last year" / "par rapport à l'an dernier" may take two lines: three tiles
        // then fit side by side in a window of 1280 pixels.
        h->setWordWrap(true);
    }
    grid->addWidget(m_previousHeader, 0, 2);
    grid->addWidget(m_lastYearHeader, 0, 3);
    QFont big = font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.1);
    for (int row = 0; row < 3; ++row) {
        m_captions[row] = new QLabel(this);
        m_values[row] = new QLabel(this);
        m_previous[row] = new QLabel(this);
        m_lastYear[row] = new QLabel(this);
        m_values[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_previous[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lastYear[row]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (row == 0)
            m_values[row]->setFont(big);
        grid->addWidget(m_captions[row], row + 1, 0);
        grid->addWidget(m_values[row], row + 1, 1);
        grid->addWidget(m_previous[row], row + 1, 2);
        grid->addWidget(m_lastYear[row], row + 1, 3);
    }
    grid->setColumnStretch(1, 1);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_dates);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->addLayout(header);
    layout->addLayout(grid);
    retranslateUi();
}

std::optional<qint64> KpiTile::changePermille(qint64 now, qint64 before)
{
    if (before == 0 || before == std::numeric_limits<qint64>::min())
        return std::nullopt;
    // Exact: Money's 128-bit multiply and divide, rounded half to even.
    const std::optional<Money> diff = Money::eur(now).checkedSubtract(Money::eur(before));
    if (!diff)
        return std::nullopt;
    try {
        return diff->multipliedBy(1000, before < 0 ? -before : before, Rounding::HalfEven).minor();
    } catch (const MoneyError&) {
        return std::nullopt;
    }
}

QString KpiTile::changeText(std::optional<qint64> permille)
{
    if (!permille)
        return QStringLiteral("—");
    const double percent = double(*permille) / 10.0;
    const QString number = percentText(std::abs(percent), 1);
    if (*permille > 0)
        return QLatin1Char('+') + number;
    if (*permille < 0)
        return QChar(0x2212) + number; // minus sign
    return QChar(0x00b1) + number;
}

QString KpiTile::text(int row, int column) const
{
    const QLabel* const* columns[] = { m_values, m_previous, m_lastYear };
    return columns[column][row]->text();
}

void KpiTile::retranslateUi()
{
    switch (m_period) {
    case KpiPeriod::Today:
        m_title->setText(tr("Today"));
        m_previousHeader->setText(tr("vs yesterday"));
        break;
    case KpiPeriod::ThisWeek:
        m_title->setText(tr("This week"));
        m_previousHeader->setText(tr("vs last week"));
        break;
    case KpiPeriod::ThisMonth:
        m_title->setText(tr("This month"));
        m_previousHeader->setText(tr("vs last month"));
        break;
    }
    m_lastYearHeader->setText(tr("vs last year"));
    m_captions[0]->setText(tr("Turnover"));
    m_captions[1]->setText(tr("Transactions"));
    m_captions[2]->setText(tr("Average ticket"));
    setToolTip(tr("Click to show the successful transactions of this period"));
    refresh();
}

void KpiTile::clear()
{
    m_kpi.reset();
    refresh();
}

void KpiTile::setKpi(const DashboardFigures::Kpi& kpi)
{
    m_kpi = kpi;
    refresh();
}

void KpiTile::setChange(QLabel* label, std::optional<qint64> permille, const QString& tooltip)
{
    label->setText(changeText(permille));
    label->setToolTip(tooltip);
    QPalette p = label->palette();
    const QColor color = !permille || *permille == 0 ? ChartColors::quiet(palette())
        : *permille > 0                              ? ChartColors::good(palette())
                                                     : ChartColors::bad(palette());
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    label->setPalette(p);
}

void KpiTile::refresh()
{
    QPalette quiet = m_dates->palette();
    quiet.setColor(QPalette::WindowText, ChartColors::quiet(palette()));
    quiet.setColor(QPalette::Text, ChartColors::quiet(palette()));
    for (QLabel* l : { m_dates, m_previousHeader, m_lastYearHeader })
        l->setPalette(quiet);
    if (!m_kpi) {
        m_dates->clear();
        for (int row = 0; row < 3; ++row) {
            m_values[row]->setText(QStringLiteral("—"));
            m_previous[row]->clear();
            m_lastYear[row]->clear();
        }
        return;
    }
    const DashboardFigures::Kpi& k = *m_kpi;
    m_dates->setText(k.ranges.current.from == k.ranges.current.to
            ? dayText(k.ranges.current.from)
            : QStringLiteral("%1 – %2").arg(dayText(k.ranges.current.from), dayText(k.ranges.current.to)));
    m_dates->setToolTip(rangeText(k.ranges.current));

    const DashboardTotals* totals[] = { &k.current, &k.previous, &k.lastYear };
    const DateRange* ranges[] = { &k.ranges.current, &k.ranges.previous, &k.ranges.lastYear };
    const auto turnover = [](const DashboardTotals& t) { return money(t.turnoverMinor()); };
    const auto count = [](const DashboardTotals& t) {
        return tr(
            "%Ln transactions", nullptr, int(std::min<qint64>(t.successCount(), std::numeric_limits<int>::max())));
    };
    const auto average = [](const DashboardTotals& t) {
        const std::optional<qint64> a = t.averageTicketMinor();
        return a ? money(*a) : tr("no sales");
    };

    m_values[0]->setText(turnover(k.current));
    m_values[1]->setText(countText(k.current.successCount()));
    m_values[2]->setText(k.current.averageTicketMinor() ? money(*k.current.averageTicketMinor()) : QStringLiteral("—"));
    m_values[0]->setToolTip(
        tr("Net turnover of the successful transactions, %1: sales %2, refunds %3")
            .arg(rangeText(k.ranges.current), money(k.current.salesMinor), money(k.current.refundsMinor)));
    m_values[1]->setToolTip(tr("Successful transactions (sales and refunds), %1").arg(rangeText(k.ranges.current)));
    m_values[2]->setToolTip(tr("Gross sales divided by the number of sales, %1").arg(rangeText(k.ranges.current)));

    for (int column = 1; column <= 2; ++column) {
        const DashboardTotals& then = *totals[column];
        QString when = rangeText(*ranges[column]);
        if (k.untilHour)
            when = tr("%1 until %2:59").arg(when).arg(*k.untilHour, 2, 10, QLatin1Char('0'));
        QLabel* const* labels = column == 1 ? m_previous : m_lastYear;
        setChange(labels[0], changePermille(k.current.turnoverMinor(), then.turnoverMinor()),
            tr("%1: %2").arg(when, turnover(then)));
        setChange(labels[1], changePermille(k.current.successCount(), then.successCount()),
            tr("%1: %2").arg(when, count(then)));
        const std::optional<qint64> nowAverage = k.current.averageTicketMinor();
        const std::optional<qint64> thenAverage = then.averageTicketMinor();
        setChange(labels[2], nowAverage && thenAverage ? changePermille(*nowAverage, *thenAverage) : std::nullopt,
            tr("%1: %2").arg(when, average(then)));
    }
}

void KpiTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (!m_lastYearHeader) // still being built
        return;
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_period);
    QFrame::mouseReleaseEvent(event);
}

} // namespace comptoir::dashboard
