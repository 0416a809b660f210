#include "dashboardcharts.h"

#include "chartcard.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>

#include <QCursor>
#include <QFontMetrics>
#include <QToolTip>

#include <algorithm>

namespace comptoir::dashboard {

namespace {

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void showTip(ChartCard& card, const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, card.view());
}

} // namespace

void showBars(ChartCard& card, const BarChartSpec& spec, const ChartHooks& hooks)
{
    card.setRedraw([&card, spec, hooks] { showBars(card, spec, hooks); });
    QChart* chart = card.chart();
    clear(chart);
    QAbstractBarSeries* series = nullptr;
    if (spec.horizontal)
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries) : new QBarSeries;
    series->setBarWidth(spec.sets.size() > 1 && !spec.stacked ? 0.8 : 0.65);

    double low = 0, high = 0;
    std::vector<double> positive(std::size_t(spec.labels.size())), negative(std::size_t(spec.labels.size()));
    for (qsizetype s = 0; s < spec.sets.size(); ++s) {
        const BarChartSpec::Set& set = spec.sets[s];
        auto* bars = new QBarSet(set.name);
        for (qsizetype i = 0; i < set.values.size(); ++i) {
            const double v = set.values[i];
            bars->append(v);
            if (spec.stacked) {
                (v >= 0 ? positive : negative)[std::size_t(i)] += v;
            } else {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
        const int setIndex = int(s);
        QObject::connect(bars, &QBarSet::clicked, chart, [hooks, setIndex](int index) {
            if (hooks.clicked)
                hooks.clicked(setIndex, index);
        });
        QObject::connect(bars, &QBarSet::hovered, chart, [&card, hooks, setIndex](bool on, int index) {
            showTip(card, on && hooks.toolTip ? hooks.toolTip(setIndex, index) : QString());
        });
        series->append(bars);
    }
    if (spec.stacked) {
        for (double v : positive)
            high = std::max(high, v);
        for (double v : negative)
            low = std::min(low, v);
    }
    chart->addSeries(series);

    QCategoryAxis* values = valueAxis(low, high, spec.valueKind);
    // Room for the value labels at the ends of the axis, which are centred on their ticks.
    const QFontMetrics valueMetrics(chart->font());
    int widestValue = 0;
    for (const QString& l : values->categoriesLabels())
        widestValue = std::max(widestValue, valueMetrics.horizontalAdvance(l));
    chart->setMargins(QMargins(4, valueMetrics.height() / 2 + 4, spec.horizontal ? widestValue / 2 + 8 : 12, 4));
    QAbstractAxis* categories = nullptr;
    if (spec.horizontal) {
        auto* axis = new QBarCategoryAxis;
        axis->append(spec.labels);
        axis->setGridLineVisible(false);
        categories = axis;
        chart->addAxis(values, Qt::AlignBottom);
        chart->addAxis(categories, Qt::AlignLeft);
    } else {
        // As many labels as fit side by side in the card's width.
        const QFontMetrics metrics(chart->font());
        int widest = 1;
        for (const QString& l : spec.labels)
            widest = std::max(widest, metrics.horizontalAdvance(l));
        const int plotWidth = std::max(200, card.view()->width() - 90);
        const int fit = std::max(2, plotWidth / (widest + 14));
        categories = indexAxis(spec.labels, std::min(spec.maxAxisLabels, fit));
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(spec.legend);
    // Horizontal bars: a row each, tall enough for its label.
    card.view()->setMinimumHeight(spec.horizontal ? std::max(260, int(spec.labels.size()) * 30 + 70) : 260);

    QList<int> colors;
    for (const BarChartSpec::Set& set : spec.sets)
        colors.append(set.color);
    card.setSeriesStyler([colors](QChart* c, const QPalette& palette) {
        for (QAbstractSeries* s : c->series()) {
            auto* bars = qobject_cast<QAbstractBarSeries*>(s);
            if (!bars)
                continue;
            const QList<QBarSet*> sets = bars->barSets();
            for (qsizetype i = 0; i < sets.size() && i < colors.size(); ++i) {
                const QColor color = ChartColors::series(colors[i], palette);
                sets[i]->setColor(color);
                sets[i]->setBorderColor(color);
                sets[i]->setLabelColor(palette.color(QPalette::WindowText));
            }
        }
    });
    card.restyle();
}

void showPie(ChartCard& card, const PieChartSpec& spec, const ChartHooks& hooks)
{
    card.setRedraw({});
    QChart* chart = card.chart();
    clear(chart);
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(0.78);
    double total = 0;
    for (const PieChartSpec::Slice& s : spec.slices)
        total += s.value;
    for (qsizetype i = 0; i < spec.slices.size(); ++i) {
        const PieChartSpec::Slice& s = spec.slices[i];
        QPieSlice* slice = pie->append(s.label, s.value);
        slice->setLabelVisible(total > 0 && s.value / total >= spec.labelAbove);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        const int index = int(i);
        QObject::connect(slice, &QPieSlice::clicked, chart, [hooks, index] {
            if (hooks.clicked)
                hooks.clicked(0, index);
        });
        QObject::connect(slice, &QPieSlice::hovered, chart, [&card, hooks, index, slice](bool on) {
            slice->setExploded(on);
            showTip(card, on && hooks.toolTip ? hooks.toolTip(0, index) : QString());
        });
    }
    chart->addSeries(pie);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    // The legend shows the whole name; the label outside, when there is room, the same.
    QList<int> colors;
    for (const PieChartSpec::Slice& s : spec.slices)
        colors.append(s.color);
    card.setSeriesStyler([colors](QChart* c, const QPalette& palette) {
        for (QAbstractSeries* s : c->series()) {
            auto* pieSeries = qobject_cast<QPieSeries*>(s);
            if (!pieSeries)
                continue;
            const QList<QPieSlice*> slices = pieSeries->slices();
            for (qsizetype i = 0; i < slices.size() && i < colors.size(); ++i) {
                slices[i]->setBrush(ChartColors::series(colors[i], palette));
                slices[i]->setBorderColor(palette.color(QPalette::Base));
                slices[i]->setLabelColor(palette.color(QPalette::WindowText));
            }
        }
    });
    card.restyle();
}

} // namespace comptoir::dashboard
