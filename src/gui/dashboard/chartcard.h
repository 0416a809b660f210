#pragma once

#include <QFrame>
#include <QString>

#include <functional>

class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace comptoir::dashboard {

// One chart of the dashboard in a frame: its title, a note under it, the chart (or a
// message when there is nothing to show) and a menu to export it as PNG or PDF. The
// chart's colours follow the widget's palette, also when it changes (dark mode).
class ChartCard : public QFrame {
    Q_OBJECT

public:
    explicit ChartCard(const QString& objectName, QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }
    void setTitle(const QString& title);
    QString title() const;
    void setNote(const QString& note); // empty: none
    // What the figures are of (dates, locations), printed under the title of a PDF.
    void setContext(const QString& context) { m_context = context; }
    // A message instead of the chart (empty: show the chart).
    void setMessage(const QString& message);
    bool showsChart() const;
    // After the series and axes changed: applies the palette to the new ones.
    void restyle();
    // Draws the chart again after the card was resized (axis labels depend on its width).
    void setRedraw(std::function<void()> redraw) { m_redraw = std::move(redraw); }

    // Writes the chart as it is shown (PNG, twice the screen resolution) or on a white page
    // in the light palette (PDF, A4 landscape, with the title and note). Atomic: a failed
    // export leaves no file. Returns an error message for the user, empty on success.
    QString exportPng(const QString& path);
    QString exportPdf(const QString& path);

    // Where "Export as…" writes (by default a file dialog); empty cancels.
    using FileChooser = std::function<QString(const QString& suggestedPath, const QString& filter)>;
    // Colours the series for a palette (restyle() and the PDF's light page call it).
    using SeriesStyler = std::function<void(QChart* chart, const QPalette& palette)>;
    void setSeriesStyler(SeriesStyler styler) { m_styleSeries = std::move(styler); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    // The outcome of an export the user asked for, for the page's notice line.
    void exported(const QString& message, bool error);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void exportAs(bool pdf);
    QString suggestedFileName(const QString& extension) const;

    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QToolButton* m_menuButton = nullptr;
    QAction* m_png = nullptr;
    QAction* m_pdf = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    FileChooser m_chooseFile;
    SeriesStyler m_styleSeries;
    QString m_context;
    std::function<void()> m_redraw;
    QTimer* m_redrawTimer = nullptr;
    int m_drawnWidth = 0;
};

} // namespace comptoir::dashboard
