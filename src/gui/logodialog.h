#pragma once

#include "core/entities.h"
#include "reports/logoimage.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace comptoir {

class LogoCropView;

// Makes a receipt logo from an imported image: the part to keep (drag a rectangle on the
// image; white borders are trimmed unless asked not to), the width in dots (up to the
// paper's), and the conversion to black and white dots — Floyd–Steinberg dithering with a
// brightness and a threshold control — shown dot for dot as the printer will print it,
// with its size. The reports layer does the work (LogoProcessing); this only drives it.
class LogoDialog : public QDialog {
    Q_OBJECT

public:
    LogoDialog(const QImage& source, const LogoSettings& settings, PaperWidth paper, QWidget* parent = nullptr);

    LogoSettings settings() const { return m_settings; }
    QImage logo() const { return m_logo; } // Format_Mono; null when nothing is left
    QByteArray png() const; // what the layout keeps

    // For tests: the controls.
    QSlider* brightnessSlider() const { return m_brightness; }
    QSlider* thresholdSlider() const { return m_threshold; }
    QSpinBox* widthBox() const { return m_width; }
    QCheckBox* trimBox() const { return m_trim; }
    void setCrop(const QRect& sourceRect); // empty: all of the image

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh(); // the settings from the controls, then the logo and the preview
    void showInfo();

    QImage m_source;
    QImage m_gray; // of the whole source, once
    PaperWidth m_paper;
    LogoSettings m_settings;
    QImage m_logo;

    QLabel* m_cropLabel = nullptr;
    LogoCropView* m_crop = nullptr;
    QPushButton* m_resetCrop = nullptr;
    QCheckBox* m_trim = nullptr;
    QLabel* m_widthLabel = nullptr;
    QSpinBox* m_width = nullptr;
    QCheckBox* m_autoWidth = nullptr;
    QLabel* m_brightnessLabel = nullptr;
    QSlider* m_brightness = nullptr;
    QLabel* m_thresholdLabel = nullptr;
    QSlider* m_threshold = nullptr;
    QPushButton* m_resetTone = nullptr;
    QLabel* m_previewLabel = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_info = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_updating = false;
};

} // namespace comptoir
