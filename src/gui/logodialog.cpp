#include "logodialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace comptoir {

// The source image, scaled to fit, with the part kept framed; dragging draws a new frame.
class LogoCropView : public QWidget {
public:
    explicit LogoCropView(const QImage& source, QWidget* parent)
        : QWidget(parent)
        , m_source(source)
    {
        setMinimumSize(320, 200);
        setCursor(Qt::CrossCursor);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    std::function<void(const QRect&)> cropped; // in source pixels; empty: all
    void setFrame(const QRect& used) // the part used (after trimming), in source pixels
    {
        m_used = used;
        update();
    }

protected:
    QSize sizeHint() const override { return QSize(420, 260); }

    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Base));
        // A checkerboard under transparent parts.
        const QRect target = imageRect();
        for (int y = target.top(); y < target.bottom(); y += 8)
            for (int x = target.left(); x < target.right(); x += 8)
                if (((x - target.left()) / 8 + (y - target.top()) / 8) % 2)
                    p.fillRect(QRect(x, y, 8, 8).intersected(target), QColor(0xe6, 0xe6, 0xe6));
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(target, m_source);
        if (!m_used.isEmpty()) {
            const QRect frame = toView(m_used);
            QPainterPath outside;
            outside.addRect(target);
            QPainterPath inside;
            inside.addRect(frame);
            p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 90));
            p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            p.drawRect(frame);
        }
        if (m_dragging) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1));
            p.drawRect(QRect(m_from, m_to).normalized());
        }
    }
    void mousePressEvent(QMouseEvent* e) override
    {
        if (e->button() != Qt::LeftButton)
            return;
        m_dragging = true;
        m_from = m_to = e->position().toPoint();
        update();
    }
    void mouseMoveEvent(QMouseEvent* e) override
    {
        if (!m_dragging)
            return;
        m_to = e->position().toPoint();
        update();
    }
    void mouseReleaseEvent(QMouseEvent* e) override
    {
        if (!m_dragging || e->button() != Qt::LeftButton)
            return;
        m_dragging = false;
        const QRect r = toSource(QRect(m_from, e->position().toPoint()).normalized());
        if (cropped && r.width() >= 4 && r.height() >= 4)
            cropped(r);
        update();
    }

private:
    QRect imageRect() const
    {
        if (m_source.isNull())
            return {};
        const QSize s = m_source.size().scaled(size() - QSize(8, 8), Qt::KeepAspectRatio);
        return QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s);
    }
    double scale() const { return m_source.isNull() ? 1.0 : double(imageRect().width()) / m_source.width(); }
    QRect toView(const QRect& r) const
    {
        const QRect t = imageRect();
        const double s = scale();
        return QRect(t.left() + int(r.left() * s), t.top() + int(r.top() * s), std::max(1, int(r.width() * s)),
            std::max(1, int(r.height() * s)));
    }
    QRect toSource(const QRect& r) const
    {
        const QRect t = imageRect();
        const double s = scale();
        const QRect raw(
            int((r.left() - t.left()) / s), int((r.top() - t.top()) / s), int(r.width() / s), int(r.height() / s));
        return raw.intersected(m_source.rect());
    }

    QImage m_source;
    QRect m_used;
    bool m_dragging = false;
    QPoint m_from, m_to;
};

LogoDialog::LogoDialog(const QImage& source, const LogoSettings& settings, PaperWidth paper, QWidget* parent)
    : QDialog(parent)
    , m_source(source)
    , m_paper(paper)
    , m_settings(settings)
{
    m_cropLabel = new QLabel(this);
    m_cropLabel->setWordWrap(true);
    m_crop = new LogoCropView(m_source, this);
    m_crop->setObjectName(QStringLiteral("crop"));
    m_crop->cropped = [this](const QRect& r) { setCrop(r); };
    m_resetCrop = new QPushButton(this);
    m_resetCrop->setObjectName(QStringLiteral("resetCrop"));
    m_resetCrop->setAutoDefault(false);
    connect(m_resetCrop, &QPushButton::clicked, this, [this] { setCrop({}); });
    m_trim = new QCheckBox(this);
    m_trim->setObjectName(QStringLiteral("trim"));
    m_trim->setChecked(settings.trim);

    m_widthLabel = new QLabel(this);
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("logoWidth"));
    m_width->setRange(16, paperDots(paper));
    m_widthLabel->setBuddy(m_width);
    m_autoWidth = new QCheckBox(this);
    m_autoWidth->setObjectName(QStringLiteral("autoWidth"));
    m_autoWidth->setChecked(settings.width <= 0);
    m_width->setEnabled(settings.width > 0);

    m_brightnessLabel = new QLabel(this);
    m_brightness = new QSlider(Qt::Horizontal, this);
    m_brightness->setObjectName(QStringLiteral("brightness"));
    m_brightness->setRange(-100, 100);
    m_brightness->setValue(settings.brightness);
    m_brightness->setPageStep(10);
    m_brightnessLabel->setBuddy(m_brightness);
    m_thresholdLabel = new QLabel(this);
    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(1, 255);
    m_threshold->setValue(settings.threshold);
    m_threshold->setPageStep(16);
    m_thresholdLabel->setBuddy(m_threshold);
    m_resetTone = new QPushButton(this);
    m_resetTone->setObjectName(QStringLiteral("resetTone"));
    m_resetTone->setAutoDefault(false);
    connect(m_resetTone, &QPushButton::clicked, this, [this] {
        m_updating = true;
        m_brightness->setValue(0);
        m_threshold->setValue(128);
        m_updating = false;
        refresh();
    });

    m_previewLabel = new QLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAutoFillBackground(true);
    QPalette paper2 = m_preview->palette();
    paper2.setColor(QPalette::Window, QColor(0xfb, 0xfb, 0xf8));
    m_preview->setPalette(paper2);
    auto* previewScroll = new QScrollArea(this);
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setMinimumWidth(paperDots(PaperWidth::Mm80) + 24);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("logoInfo"));
    m_info->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addWidget(m_cropLabel);
    left->addWidget(m_crop, 1);
    auto* cropButtons = new QHBoxLayout;
    cropButtons->addWidget(m_trim);
    cropButtons->addStretch(1);
    cropButtons->addWidget(m_resetCrop);
    left->addLayout(cropButtons);
    auto* form = new QGridLayout;
    form->addWidget(m_widthLabel, 0, 0);
    auto* widthRow = new QHBoxLayout;
    widthRow->addWidget(m_width);
    widthRow->addWidget(m_autoWidth);
    widthRow->addStretch(1);
    form->addLayout(widthRow, 0, 1);
    form->addWidget(m_brightnessLabel, 1, 0);
    form->addWidget(m_brightness, 1, 1);
    form->addWidget(m_thresholdLabel, 2, 0);
    form->addWidget(m_threshold, 2, 1);
    auto* toneRow = new QHBoxLayout;
    toneRow->addStretch(1);
    toneRow->addWidget(m_resetTone);
    form->addLayout(toneRow, 3, 1);
    left->addLayout(form);

    auto* right = new QVBoxLayout;
    right->addWidget(m_previewLabel);
    right->addWidget(previewScroll, 1);
    right->addWidget(m_info);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_trim, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_width, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_autoWidth, &QCheckBox::toggled, this, [this](bool on) {
        m_width->setEnabled(!on);
        refresh();
    });
    connect(m_brightness, &QSlider::valueChanged, this, [this] { refresh(); });
    connect(m_threshold, &QSlider::valueChanged, this, [this] { refresh(); });

    m_gray = LogoProcessing::toGray(m_source);
    retranslateUi();
    refresh();
    resize(960, 560);
}

QByteArray LogoDialog::png() const
{
    return m_logo.isNull() ? QByteArray() : LogoProcessing::encodePng(m_logo);
}

void LogoDialog::setCrop(const QRect& sourceRect)
{
    m_settings.crop = sourceRect;
    refresh();
}

void LogoDialog::retranslateUi()
{
    setWindowTitle(tr("Receipt logo"));
    m_cropLabel->setText(tr("Drag a rectangle over the part of the image to keep."));
    m_resetCrop->setText(tr("&Whole image"));
    m_trim->setText(tr("&Trim white borders"));
    m_widthLabel->setText(tr("Wi&dth:"));
    m_width->setSuffix(tr(" dots"));
    m_autoWidth->setText(tr("&Automatic"));
    m_autoWidth->setToolTip(tr("As wide as the paper, unless that makes the logo higher than 24 mm."));
    m_brightnessLabel->setText(tr("&Brightness:"));
    m_brightness->setToolTip(tr("Lighter to the right: fewer black dots."));
    m_thresholdLabel->setText(tr("T&hreshold:"));
    m_threshold->setToolTip(tr("Grey darker than this prints black; the difference is spread over the next dots "
                               "(Floyd–Steinberg), so shades become patterns of dots."));
    m_resetTone->setText(tr("&Reset"));
    m_previewLabel->setText(tr("What the printer prints, dot for dot:"));
    m_ok->setText(tr("Use this logo"));
    showInfo();
}

void LogoDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LogoDialog::refresh()
{
    if (m_updating)
        return;
    m_settings.trim = m_trim->isChecked();
    m_settings.width = m_autoWidth->isChecked() ? 0 : m_width->value();
    m_settings.brightness = m_brightness->value();
    m_settings.threshold = m_threshold->value();

    const QRect used = LogoProcessing::usedRect(m_gray, m_settings);
    m_crop->setFrame(used);
    m_logo = LogoProcessing::makeFromGray(m_gray, m_settings, m_paper);
    if (!m_logo.isNull() && m_autoWidth->isChecked()) {
        const QSignalBlocker blocker(m_width);
        m_width->setValue(m_logo.width());
    }
    m_preview->setPixmap(
        m_logo.isNull() ? QPixmap() : QPixmap::fromImage(m_logo.convertToFormat(QImage::Format_RGB32)));
    m_ok->setEnabled(!m_logo.isNull());
    showInfo();
}

void LogoDialog::showInfo()
{
    if (m_logo.isNull()) {
        m_info->setText(
            tr("Nothing is left to print: the part kept is blank. Choose another part, or the whole image."));
        return;
    }
    const QLocale locale;
    m_info->setText(
        tr("%1 × %2 dots (%3 × %4 mm) on %5 mm paper, %6 KiB.")
            .arg(locale.toString(m_logo.width()), locale.toString(m_logo.height()),
                locale.toString(m_logo.width() / 8.0, 'f', 1), locale.toString(m_logo.height() / 8.0, 'f', 1))
            .arg(static_cast<int>(m_paper))
            .arg(locale.toString((png().size() + 1023) / 1024)));
}

} // namespace comptoir
