#include "receiptpreview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace comptoir {

// The canvas: both receipts on their paper, with their captions.
class ReceiptPaper : public QWidget {
public:
    explicit ReceiptPaper(QWidget* parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    QImage customer, merchant;
    QString customerCaption, merchantCaption, customerNote;
    int paperDots = 384;
    int zoom = 100;
    bool showCustomer = true, showMerchant = false;

    int shownCount() const { return (showCustomer ? 1 : 0) + (showMerchant ? 1 : 0); }

    static constexpr int kGap = 24; // pixels between the receipts
    static constexpr int kMargin = 12; // around them

    // The paper is wider than what prints: 58 mm paper prints 48 mm, 80 mm prints 72 mm.
    int paperMargin() const { return paperDots == 384 ? 40 : 32; }
    int scaled(int dots) const { return dots * zoom / 100; }
    int captionHeight() const { return fontMetrics().height() + 6; }
    int noteHeight() const { return customerNote.isEmpty() ? 0 : fontMetrics().height() * 2 + 8; }
    int paperWidth() const { return scaled(paperDots + 2 * paperMargin()); }

    QSize contentSize() const
    {
        const int height = std::max(showCustomer ? customer.height() : 0, showMerchant ? merchant.height() : 0);
        const int n = shownCount();
        return QSize(2 * kMargin + n * paperWidth() + (n - 1) * kGap,
            2 * kMargin + captionHeight() + scaled(height + 2 * 16) + (showCustomer ? noteHeight() : 0));
    }
    QSize sizeHint() const override { return contentSize(); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Dark).lighter(150));
        int x = kMargin;
        for (int i = 0; i < 2; ++i) {
            if ((i == 0 && !showCustomer) || (i == 1 && !showMerchant))
                continue;
            const QImage& img = i == 0 ? customer : merchant;
            const QString& caption = i == 0 ? customerCaption : merchantCaption;
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(x, kMargin, paperWidth(), captionHeight()), Qt::AlignLeft | Qt::AlignVCenter, caption);
            const int top = kMargin + captionHeight();
            const QRect paper(x, top, paperWidth(), scaled(img.height() + 2 * 16));
            p.fillRect(paper.translated(3, 3), QColor(0, 0, 0, 40));
            p.fillRect(paper, QColor(0xfb, 0xfb, 0xf8));
            if (!img.isNull()) {
                // From 100 % every dot is a square, not smoothed: what is shown is what prints.
                // Smaller, the dots are averaged so that the text can still be read.
                p.setRenderHint(QPainter::SmoothPixmapTransform, zoom < 100);
                const QRect target(
                    x + scaled(paperMargin()), top + scaled(16), scaled(img.width()), scaled(img.height()));
                QImage shown = img.convertToFormat(QImage::Format_RGB32);
                p.drawImage(target, shown);
            }
            if (i == 0 && !customerNote.isEmpty()) {
                p.setPen(palette().color(QPalette::WindowText));
                p.drawText(QRect(x, paper.bottom() + 6, paperWidth(), noteHeight()), Qt::AlignLeft | Qt::TextWordWrap,
                    customerNote);
            }
            x += paperWidth() + kGap;
        }
    }
};

ReceiptPreview::ReceiptPreview(QWidget* parent)
    : QWidget(parent)
{
    m_shownLabel = new QLabel(this);
    m_shownBox = new QComboBox(this);
    m_shownBox->setObjectName(QStringLiteral("shown"));
    m_shownBox->setSizeAdjustPolicy(QComboBox::AdjustToContents); // as wide as its texts in any language
    m_shownLabel->setBuddy(m_shownBox);
    m_zoomLabel = new QLabel(this);
    m_zoomBox = new QComboBox(this);
    m_zoomBox->setObjectName(QStringLiteral("zoom"));
    m_zoomBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoomLabel->setBuddy(m_zoomBox);
    m_paper = new ReceiptPaper(this);
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewScroll"));
    m_scroll->setWidget(m_paper);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->viewport()->installEventFilter(this);
    m_paper->installEventFilter(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_shownLabel);
    bar->addWidget(m_shownBox);
    bar->addStretch(1);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_zoomBox, &QComboBox::activated, this, [this](int i) { setZoom(m_zoomBox->itemData(i).toInt()); });
    connect(
        m_shownBox, &QComboBox::activated, this, [this](int i) { setShown(Shown(m_shownBox->itemData(i).toInt())); });
    retranslateUi();
}

const QList<int>& ReceiptPreview::zoomSteps()
{
    static const QList<int> steps = { 25, 50, 75, 100, 150, 200, 300, 400 };
    return steps;
}

void ReceiptPreview::retranslateUi()
{
    m_shownLabel->setText(tr("S&how:"));
    {
        const QSignalBlocker blocker(m_shownBox);
        m_shownBox->clear();
        m_shownBox->addItem(tr("Customer's receipt"), int(Shown::Customer));
        m_shownBox->addItem(tr("Merchant's receipt"), int(Shown::Merchant));
        m_shownBox->addItem(tr("Both"), int(Shown::Both));
        m_shownBox->setCurrentIndex(m_shownBox->findData(int(m_shown)));
    }
    m_zoomLabel->setText(tr("&Zoom:"));
    m_zoomBox->setToolTip(tr("At 100 % one printed dot is one pixel of the screen."));
    m_scroll->setAccessibleName(tr("Receipt preview"));
    {
        const QSignalBlocker blocker(m_zoomBox);
        m_zoomBox->clear();
        m_zoomBox->addItem(tr("Fit"), 0);
        for (int step : zoomSteps())
            m_zoomBox->addItem(tr("%1 %").arg(QLocale().toString(step)), step);
        m_zoomBox->setCurrentIndex(m_zoomBox->findData(m_zoom));
    }
    m_paper->customerCaption = tr("Customer's receipt");
    m_paper->merchantCaption = tr("Merchant's receipt");
    m_paper->update();
}

void ReceiptPreview::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ReceiptPreview::setReceipts(const QImage& customer, const QImage& merchant, int paperDots)
{
    m_customer = customer;
    m_merchant = merchant;
    m_paperDots = paperDots;
    m_paper->customer = customer;
    m_paper->merchant = merchant;
    m_paper->paperDots = paperDots;
    relayout();
}

void ReceiptPreview::setCustomerNote(const QString& note)
{
    m_customerNote = note;
    m_paper->customerNote = note;
    relayout();
}

int ReceiptPreview::effectiveZoom() const
{
    if (m_zoom > 0)
        return m_zoom;
    // Fit: the largest step up to 100 % at which both receipts fit the width.
    const int n = m_paper->shownCount();
    const int available = m_scroll->viewport()->width() - 2 * ReceiptPaper::kMargin - (n - 1) * ReceiptPaper::kGap;
    const int needed = n * (m_paperDots + 2 * (m_paperDots == 384 ? 40 : 32));
    int best = zoomSteps().first();
    for (int step : zoomSteps())
        if (step <= 100 && needed * step / 100 <= available)
            best = step;
    return best;
}

void ReceiptPreview::setZoom(int percent)
{
    if (percent != 0 && !zoomSteps().contains(percent))
        return;
    m_zoom = percent;
    const QSignalBlocker blocker(m_zoomBox);
    m_zoomBox->setCurrentIndex(m_zoomBox->findData(percent));
    relayout();
}

void ReceiptPreview::setShown(Shown shown)
{
    m_shown = shown;
    m_paper->showCustomer = shown != Shown::Merchant;
    m_paper->showMerchant = shown != Shown::Customer;
    const QSignalBlocker blocker(m_shownBox);
    m_shownBox->setCurrentIndex(m_shownBox->findData(int(shown)));
    relayout();
}

void ReceiptPreview::relayout()
{
    m_paper->zoom = effectiveZoom();
    m_paper->resize(m_paper->contentSize());
    m_paper->update();
}

void ReceiptPreview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_zoom == 0)
        relayout();
}

bool ReceiptPreview::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const QList<int>& steps = zoomSteps();
            const int current = effectiveZoom();
            auto it = std::find(steps.begin(), steps.end(), current);
            int i = it == steps.end() ? 3 : int(it - steps.begin());
            i = std::clamp(i + (wheel->angleDelta().y() > 0 ? 1 : -1), 0, int(steps.size()) - 1);
            setZoom(steps[i]);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace comptoir
