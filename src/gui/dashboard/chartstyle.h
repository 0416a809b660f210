#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace comptoir::dashboard {

// Colours and axes shared by the dashboard's charts: series colours that read on light and
// dark palettes alike, the chart's own colours taken from the palette, and axes whose
// labels are formatted with the user's locale (Qt Charts' value axes only know printf).
struct ChartColors {
    static bool isDark(const QPalette& palette);
    // The n-th series colour (turnover is 0), a lighter tint on dark palettes.
    static QColor series(int n, const QPalette& palette);
    static QColor good(const QPalette& palette); // a rise
    static QColor bad(const QPalette& palette); // a fall
    static QColor quiet(const QPalette& palette); // secondary text
};

// Background, title, legend, axes and grid of `chart` from `palette`.
void applyPalette(QChart* chart, const QPalette& palette);

// Round tick values covering [low, high] (0 included), about `ticks` of them.
QList<double> niceTicks(double low, double high, int ticks = 5);

// Whole amounts of euros as the locale writes them: "€ 1.200" (nl), "1 200 €" (fr), "€1,200".
QString wholeEuros(double euros);
// A count with the locale's grouping.
QString countText(qint64 n);
// A percentage with `decimals` decimals: "12,5%" (nl), "12,5 %" (fr), "12.5%".
QString percentText(double percent, int decimals = 1);

enum class AxisKind { Money, Count, Percent };
// A value axis with locale-formatted labels at round values covering [low, high].
QCategoryAxis* valueAxis(double low, double high, AxisKind kind);
// An axis for bars at x = 0 … n-1 labelled with `labels`, at most `maxLabels` of them shown
// (evenly spaced, always the first), so that they never overlap.
QCategoryAxis* indexAxis(const QStringList& labels, int maxLabels);

} // namespace comptoir::dashboard
