#pragma once

#include "chartstyle.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace comptoir::dashboard {

class ChartCard;

// What a click or a hover on a bar or a slice calls: the series' set (0 for a single set
// or a pie) and the element's index.
struct ChartHooks {
    std::function<void(int set, int index)> clicked;
    std::function<QString(int set, int index)> toolTip;
};

// A bar chart, ready to draw: elements in drawing order (left to right; bottom to top for
// horizontal bars), one value per element and set.
struct BarChartSpec {
    QStringList labels; // per element: the axis label (horizontal: the category)
    int maxAxisLabels = 12; // vertical bars: at most this many labels on the axis
    struct Set {
        QString name;
        QList<double> values; // per element
        int color = 0; // ChartColors::series index
    };
    QList<Set> sets;
    bool stacked = false;
    bool horizontal = false;
    AxisKind valueKind = AxisKind::Money;
    bool legend = false;
};

struct PieChartSpec {
    struct Slice {
        QString label;
        double value = 0;
        int color = 0;
    };
    QList<Slice> slices;
    double labelAbove = 0.05; // slices smaller than this share show no label (the legend has them)
};

// Replaces the card's chart with the spec's series and axes, wired to `hooks`.
void showBars(ChartCard& card, const BarChartSpec& spec, const ChartHooks& hooks);
void showPie(ChartCard& card, const PieChartSpec& spec, const ChartHooks& hooks);

} // namespace comptoir::dashboard
