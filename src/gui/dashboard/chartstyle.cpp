#include "chartstyle.h"

#include "core/money.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

#include <QLocale>

#include <cmath>

namespace comptoir::dashboard {

namespace {
// Colour-blind-friendly hues (Tableau 10 order), and lighter tints for dark backgrounds.
constexpr QRgb kLight[]
    = { 0x2f6fd6, 0xe8772e, 0x2a9d8f, 0xd1495b, 0x7b5ea7, 0xb07d2b, 0xd37295, 0x6b7280, 0x4e9f3d, 0x3c8dbc, 0x9c6644 };
constexpr QRgb kDark[]
    = { 0x6ea8fe, 0xffa05c, 0x4fd1c0, 0xff7a8a, 0xb69cf0, 0xe6b35c, 0xf49ac1, 0xb0b7c3, 0x86d36f, 0x7cc4f0, 0xd29a72 };
} // namespace

bool ChartColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartColors::series(int n, const QPalette& palette)
{
    const int i = ((n % 11) + 11) % 11;
    return QColor(isDark(palette) ? kDark[i] : kLight[i]);
}

QColor ChartColors::good(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6fd38a) : QColor(0x1a7f37);
}

QColor ChartColors::bad(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff8a80) : QColor(0xc62828);
}

QColor ChartColors::quiet(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor((text.red() * 2 + window.red()) / 3, (text.green() * 2 + window.green()) / 3,
        (text.blue() * 2 + window.blue()) / 3);
}

void applyPalette(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = text;
    grid.setAlpha(ChartColors::isDark(palette) ? 45 : 35);
    QColor line = text;
    line.setAlpha(110);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

QList<double> niceTicks(double low, double high, int ticks)
{
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (high - low < 1e-9)
        high = low + 1;
    const double raw = (high - low) / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    if (step < 1)
        step = 1; // counts and euros: whole numbers
    QList<double> out;
    for (double v = std::floor(low / step) * step; v < high + step * 0.999 && out.size() < 50; v += step)
        out.append(std::round(v / step) * step);
    return out;
}

QString wholeEuros(double euros)
{
    const QLocale locale;
    const MoneyLocale ml = moneyLocaleFor(locale);
    QString s = Money::eur(qint64(std::llround(euros)) * 100).format(ml);
    const QString decimals = qLocaleFor(ml).decimalPoint() + QStringLiteral("00");
    const qsizetype at = s.lastIndexOf(decimals);
    if (at >= 0)
        s.remove(at, decimals.size());
    return s;
}

QString countText(qint64 n)
{
    return QLocale().toString(n);
}

QString percentText(double percent, int decimals)
{
    const QLocale locale;
    const QString number = locale.toString(percent, 'f', decimals);
    if (locale.language() == QLocale::French)
        return number + QChar(0x202f) + QLatin1Char('%'); // narrow no-break space
    return number + QLatin1Char('%');
}

QCategoryAxis* valueAxis(double low, double high, AxisKind kind)
{
    const QList<double> ticks = niceTicks(low, high);
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
    axis->setStartValue(ticks.first() - step);
    for (double t : ticks) {
        QString label;
        switch (kind) {
        case AxisKind::Money:
            label = wholeEuros(t);
            break;
        case AxisKind::Count:
            label = countText(qint64(std::llround(t)));
            break;
        case AxisKind::Percent:
            label = percentText(t, step < 1 ? 1 : 0);
            break;
        }
        axis->append(label, t);
    }
    axis->setRange(ticks.first(), ticks.last());
    return axis;
}

QCategoryAxis* indexAxis(const QStringList& labels, int maxLabels)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    const qsizetype n = labels.size();
    const qsizetype every = std::max<qsizetype>(1, (n + maxLabels - 1) / std::max(1, maxLabels));
    // Each label gets the width of the bars up to it: as wide as the others, the first too.
    axis->setStartValue(-double(every));
    for (qsizetype i = 0; i < n; i += every)
        axis->append(labels[i], double(i));
    axis->setRange(-0.5, double(std::max<qsizetype>(n, 1)) - 0.5);
    return axis;
}

} // namespace comptoir::dashboard
