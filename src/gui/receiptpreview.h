#pragma once

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace comptoir {

class ReceiptPaper;

// The live preview of the Receipts page: the customer's or the merchant's receipt, or both
// side by side, on their paper: exactly the dots the printer prints, zoomable. At 100 % one
// dot is one screen pixel and larger zooms show each dot as a square, never smoothed;
// smaller zooms average the dots so that the text stays readable. "Fit" picks the largest
// zoom up to 100 % at which what is shown fits the width. Ctrl + wheel zooms too.
class ReceiptPreview : public QWidget {
    Q_OBJECT

public:
    explicit ReceiptPreview(QWidget* parent = nullptr);

    // 1-bit receipts (ReceiptRenderer) and the paper width in dots they are printed on.
    void setReceipts(const QImage& customer, const QImage& merchant, int paperDots);
    // Under the customer's receipt: when it is printed.
    void setCustomerNote(const QString& note);
    QImage customer() const { return m_customer; }
    QImage merchant() const { return m_merchant; }

    enum class Shown { Customer = 0, Merchant = 1, Both = 2 };
    void setShown(Shown shown);
    Shown shown() const { return m_shown; }

    // Zoom in percent; 0 is "Fit".
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    int effectiveZoom() const; // the percentage shown
    static const QList<int>& zoomSteps();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void relayout();

    QImage m_customer;
    QImage m_merchant;
    int m_paperDots = 384;
    int m_zoom = 0;
    QString m_customerNote;
    Shown m_shown = Shown::Customer;
    QLabel* m_shownLabel = nullptr;
    QComboBox* m_shownBox = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QComboBox* m_zoomBox = nullptr;
    QScrollArea* m_scroll = nullptr;
    ReceiptPaper* m_paper = nullptr;
};

} // namespace comptoir
