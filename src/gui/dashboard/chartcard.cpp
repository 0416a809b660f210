#include "chartcard.h"

#include "chartstyle.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtWidgets/QGraphicsLayout>

namespace comptoir::dashboard {

ChartCard::ChartCard(const QString& objectName, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("exportButton"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_menuButton);
    m_png = menu->addAction(QString(), this, [this] { exportAs(false); });
    m_pdf = menu->addAction(QString(), this, [this] { exportAs(true); });
    m_menuButton->setMenu(menu);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 8, 12, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(260);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_menuButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);

    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(120);
    connect(m_redrawTimer, &QTimer::timeout, this, [this] {
        if (m_redraw && m_view->width() != m_drawnWidth) {
            m_drawnWidth = m_view->width();
            const std::function<void()> redraw = m_redraw; // it replaces itself while it runs
            redraw();
        }
    });

    retranslateUi();
    restyle();
}

void ChartCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (m_redraw)
        m_redrawTimer->start();
}

void ChartCard::retranslateUi()
{
    m_menuButton->setText(tr("Export"));
    m_menuButton->setToolTip(tr("Save this chart as an image or a PDF"));
    m_png->setText(tr("Export as PNG…"));
    m_pdf->setText(tr("Export as PDF…"));
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChartCard::setMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_view) : m_message);
    m_menuButton->setEnabled(message.isEmpty());
}

bool ChartCard::showsChart() const
{
    return m_stack->currentWidget() == m_view;
}

void ChartCard::restyle()
{
    applyPalette(m_chart, palette());
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
    if (m_styleSeries)
        m_styleSeries(m_chart, palette());
    QPalette quiet = m_note->palette();
    quiet.setColor(QPalette::WindowText, ChartColors::quiet(palette()));
    quiet.setColor(QPalette::Text, ChartColors::quiet(palette()));
    m_note->setPalette(quiet);
    m_message->setPalette(quiet);
}

void ChartCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (!m_message) // still being built
        return;
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

QString ChartCard::suggestedFileName(const QString& extension) const
{
    QString name = m_title->text();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(name.simplified() + QLatin1Char('.') + extension);
}

void ChartCard::exportAs(bool pdf)
{
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    const QString suggested = suggestedFileName(pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    QString path = m_chooseFile
        ? m_chooseFile(suggested, filter)
        : QFileDialog::getSaveFileName(this, pdf ? tr("Export as PDF") : tr("Export as PNG"), suggested, filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString error = pdf ? exportPdf(path) : exportPng(path);
    if (error.isEmpty())
        emit exported(tr("“%1” saved as %2.").arg(m_title->text(), QDir::toNativeSeparators(path)), false);
    else
        emit exported(error, true);
}

namespace {
QString writeError(const QString& path, const QString& why)
{
    return ChartCard::tr("The chart could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), why);
}
} // namespace

QString ChartCard::exportPng(const QString& path)
{
    const qreal scale = 2.0;
    QImage image((QSizeF(m_view->size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_view->render(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return writeError(path, tr("the image could not be written"));
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

QString ChartCard::exportPdf(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        // Paper is white: the light palette, whatever the screen shows.
        QPalette light = QApplication::style()->standardPalette();
        applyPalette(m_chart, light);
        if (m_styleSeries)
            m_styleSeries(m_chart, light);
        QPdfWriter pdf(&file);
        pdf.setTitle(m_title->text());
        pdf.setCreator(QStringLiteral("Comptoir"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        QPainter painter(&pdf);
        const QRect page = painter.viewport();
        QFont titleFont = m_title->font();
        titleFont.setPointSizeF(14);
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        const int line = painter.fontMetrics().height();
        painter.drawText(QRect(0, 0, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, m_title->text());
        int top = line + line / 2;
        const QString note = QStringList { m_context, m_note->text() }.join(QLatin1Char('\n')).trimmed();
        if (!note.isEmpty()) {
            QFont noteFont = m_note->font();
            noteFont.setPointSizeF(9);
            painter.setFont(noteFont);
            const QRect noteRect
                = painter.boundingRect(QRect(0, top, page.width(), page.height()), Qt::TextWordWrap, note);
            painter.drawText(noteRect, Qt::TextWordWrap, note);
            top = noteRect.bottom() + line / 2;
        }
        // The chart keeps the proportions it has on screen, scaled to the page.
        const QSizeF source = m_view->size();
        const QRectF space(0, top, page.width(), page.height() - top);
        QSizeF target = source.scaled(space.size(), Qt::KeepAspectRatio);
        m_chart->scene()->render(&painter, QRectF(space.topLeft(), target), m_chart->sceneBoundingRect());
        painter.end();
        restyle();
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace comptoir::dashboard
