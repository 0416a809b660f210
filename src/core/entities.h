#pragma once

#include "enums.h"
#include "money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace comptoir {

// Plain domain records. All QDateTime values are UTC; business days are dates in the
// location's time zone. `version` grows on every change on the portal.

struct Merchant {
    QString id;
    QString name;
    QString country; // ISO 3166-1 alpha-2: "BE" or "NL"
    QString vatNumber;
    bool operator==(const Merchant&) const = default;
};

// A site of the merchant. Created by the portal when a terminal is ordered for a new
// address; the merchant can rename it but never create one.
struct Location {
    QString id;
    QString name;
    QString street;
    QString postalCode;
    QString city;
    QString country;  // "BE" / "NL"
    QString timeZone; // IANA, e.g. "Europe/Brussels"
    qint64 version = 0;
    bool operator==(const Location&) const = default;
};

struct Terminal {
    QString id;
    QString name;   // device name; freed by deactivation so a replacement can take it over
    QString model;  // "CCV Duo Base A80-A35", "Verifone VX520", ...
    QString serial;
    QString locationId;
    bool active = true;
    QDateTime deactivatedAt;          // null while active
    QMap<QString, QString> appVersions; // app name → version, e.g. "SalesPoint" → "4.12.1"
    QDateTime lastSeen;
    qint64 version = 0;
    bool isPax() const; // Android/PAX models (receipt editable in the portal), not Verifone
    bool operator==(const Terminal&) const = default;
};

struct Transaction {
    QString id;
    QDateTime createdAt;   // UTC
    QDate businessDay;     // in the location's time zone
    Money amount;          // negative for refunds
    TransactionType type = TransactionType::Sale;
    PaymentMethod method = PaymentMethod::Other;
    QString issuer;        // e.g. "Pluxee", "Edenred", "Monizze" for vouchers
    QString processor;     // "CCV" or another acquirer
    TransactionStatus status = TransactionStatus::Processing;
    StatusOrigin statusOrigin = StatusOrigin::Automatic;
    QString manualStatusBy;    // who set a manual status
    QDateTime manualStatusAt;  // when (UTC)
    QString locationId;
    QString terminalId;
    QString periodId;
    QString maskedCardNumber;  // "**** **** **** 1234"
    QString authorisationCode;
    QString reference;         // the till's or terminal's reference
    qint64 version = 0;
    bool operator==(const Transaction&) const = default;
};

// A payment period of one terminal, ended by a day close. The next opens at the close.
struct Period {
    QString id;
    QString terminalId;
    QString locationId;
    int sequence = 0;
    QDateTime openedAt;
    QDateTime closedAt; // null while open
    int transactionCount = 0;
    Money total;        // net total of the period
    bool hasReportPdf = false;
    qint64 version = 0;
    bool isClosed() const { return closedAt.isValid(); }
    bool operator==(const Period&) const = default;
};

// What the PAX terminals of a location print on their receipts: the printer's paper and
// text size, whether the customer's receipt is printed without asking, a logo, and header
// and footer lines in each language. One layout per location (one ETag on the portal).
// The numeric values of the enumerations are persisted in the cache: never reorder them.
enum class PaperWidth : int { Mm58 = 58, Mm80 = 80 };
enum class ReceiptFont : int { Normal = 1, Small = 2 }; // 12 × 24 dots, 9 × 17 dots (ESC/POS fonts A and B)
enum class TextAlignment : int { Left = 1, Center = 2, Right = 3 };

inline constexpr int kMaxReceiptLines = 8; // header lines, and footer lines, per language
inline constexpr int kMaxLogoBytes = 256 * 1024; // PNG
inline constexpr int kMaxLogoHeight = 576; // dots; the width is at most the paper's

// The printable width in dots: 8 dots per mm on 48 mm (58 mm paper) or 72 mm (80 mm paper).
constexpr int paperDots(PaperWidth w)
{
    return w == PaperWidth::Mm58 ? 384 : 576;
}
// The width of one character cell in dots: 12 for the normal text, 9 for the small.
constexpr int receiptCellWidth(ReceiptFont f)
{
    return f == ReceiptFont::Small ? 9 : 12;
}
// How many characters fit on one line: 32 or 48 in the normal text, 42 or 64 in the small.
// Double height does not change it.
constexpr int receiptLineLimit(PaperWidth w, ReceiptFont f)
{
    return paperDots(w) / receiptCellWidth(f);
}

struct ReceiptLine {
    QString text;
    TextAlignment alignment = TextAlignment::Left;
    bool bold = false;
    bool doubleHeight = false;
    bool operator==(const ReceiptLine&) const = default;
};

// The lines of one language: above the transaction (under the logo) and under it.
struct ReceiptTexts {
    QList<ReceiptLine> header;
    QList<ReceiptLine> footer;
    bool isEmpty() const { return header.isEmpty() && footer.isEmpty(); }
    bool operator==(const ReceiptTexts&) const = default;
};

struct ReceiptLayout {
    QString locationId;
    PaperWidth paperWidth = PaperWidth::Mm58;
    ReceiptFont font = ReceiptFont::Normal;
    bool printCustomerReceiptByDefault = true;
    QByteArray logoPng; // 1-bit PNG, at most paperDots() wide and kMaxLogoHeight high; empty: none
    std::array<ReceiptTexts, 3> texts; // by language: nl, fr, en (textsIndex)
    QString etag; // the portal's version; empty for a layout the portal has not seen

    static constexpr std::size_t textsIndex(Language l) { return std::size_t(static_cast<int>(l) - 1); }
    ReceiptTexts& textsFor(Language l) { return texts[textsIndex(l)]; }
    const ReceiptTexts& textsFor(Language l) const { return texts[textsIndex(l)]; }
    // Equal apart from the portal's version.
    bool sameContent(const ReceiptLayout& o) const;
    bool operator==(const ReceiptLayout&) const = default;
};

// One grant: a menu on one location, or on all locations when locationId is empty.
struct Permission {
    Menu menu = Menu::Dashboard;
    QString locationId; // empty: every location
    bool operator==(const Permission&) const = default;
};

struct Group {
    QString id;
    QString name;
    QList<Permission> permissions;
    bool operator==(const Group&) const = default;
};

struct User {
    QString id;
    QString email;
    QString name;
    bool administrator = false;
    bool twoFactor = false;
    bool active = true;
    QStringList groupIds;
    bool operator==(const User&) const = default;
};

} // namespace comptoir
