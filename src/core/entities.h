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

// What the terminals of a location print on receipts, for one language.
// What a PAX terminal's receipt can hold (the portal enforces the same).
inline constexpr int kMaxReceiptLines = 8;        // header lines, and footer lines
inline constexpr int kMaxReceiptLineLength = 48;  // characters
inline constexpr int kMaxLogoBytes = 256 * 1024;  // PNG
inline constexpr int kMaxLogoDots = 576;          // printer width, and height

struct ReceiptLayout {
    QString locationId;
    Language language = Language::Nl;
    QByteArray logoPng;          // 1-bit PNG at printer width, empty for none
    QStringList headerLines;
    QStringList footerLines;
    bool printCustomerReceiptByDefault = true;
    QString etag;
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
