#pragma once

#include "core/entities.h"

#include <QDateTime>
#include <QImage>
#include <QString>

namespace comptoir {

// The transaction a preview shows: a realistic card payment at the location.
struct ReceiptSample {
    Location location; // its name and address are printed under the header lines
    QString terminalName; // "Kassa 1"
    QDateTime at; // UTC; printed in the location's time zone
    Money amount = Money::eur(2350);
    PaymentMethod method = PaymentMethod::Bancontact;
    QString maskedCard = QStringLiteral("**** **** **** 4242");
    QString authorisationCode = QStringLiteral("063512");
    QString reference = QStringLiteral("R00041217");
    int period = 42;
    int transaction = 1217;

    // The sample the Receipts page shows: 23,50 paid contactless with Bancontact at `at`.
    static ReceiptSample typical(const Location& location, const QString& terminalName, const QDateTime& at);
};

enum class ReceiptCopy { Customer, Merchant };

// Draws a receipt as the terminal's thermal printer prints it: 1 bit per dot, 8 dots per
// mm, exactly the printable width of the paper (384 or 576 dots) and as long as it needs.
// From the top: the logo (centred), the header lines, the location's name and address, the
// copy's title, the transaction, and — on the customer's copy — the footer lines. Texts
// are drawn in the embedded bitmap font (ReceiptBitmapFont) on the character grid of the
// font size, each line with its alignment, bold and double height; a line too long for the
// paper is cut at the paper's edge and a character the terminals cannot print is drawn as
// an inverted "?", as the page's checks say. The fixed texts (titles, "Date", "TOTAL", …)
// are the terminal's own, in the receipt's language, whatever language the UI is in.
//
// The result is the same, dot for dot, on every machine (no outline fonts, no smoothing),
// so tests compare it with golden images. Safe from any thread; needs no QGuiApplication.
class ReceiptRenderer {
public:
    // Format_Mono with colour 0 white and 1 black.
    static QImage render(const ReceiptLayout& layout, Language language, const ReceiptSample& sample, ReceiptCopy copy);
    // The logo as it prints (1 bit, black on white), or a null image when there is none or
    // it cannot be read.
    static QImage logoDots(const QByteArray& png);
};

} // namespace comptoir
