#pragma once

#include "entities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir::api {

// The JSON shapes of Portal API v1 (docs/portal-api.md), shared by the reference portal
// that writes them and the sync engine that reads them. Times are ISO 8601 UTC with
// milliseconds ("2026-11-22T09:30:00.000Z"), money is integer minor units, enumerations
// are their API codes.
//
// Writers produce compact JSON with keys in a fixed order, byte-identical for equal input.
QByteArray toJson(const Transaction& t);
QJsonObject toJsonObject(const Location& l);
QJsonObject toJsonObject(const Terminal& t);
QJsonObject toJsonObject(const Period& p);
QJsonObject toJsonObject(const ReceiptLayout& r); // logo as base64 PNG; without the ETag
QJsonObject toJsonObject(const User& u);
QJsonObject toJsonObject(const Group& g);
QJsonObject toJsonObject(const Merchant& m);
QString timeToJson(const QDateTime& utc);

// Readers refuse anything malformed with a short reason (for logs and error messages):
// missing or wrongly typed fields, unknown codes, invalid times. Unknown extra fields are
// ignored (forward compatibility).
template <typename T> struct Parsed {
    std::optional<T> value;
    QString error;
};
Parsed<Transaction> transactionFromJson(const QJsonObject& o);
Parsed<Location> locationFromJson(const QJsonObject& o);
Parsed<Terminal> terminalFromJson(const QJsonObject& o);
Parsed<Period> periodFromJson(const QJsonObject& o);
Parsed<ReceiptLayout> receiptLayoutFromJson(const QJsonObject& o);
Parsed<User> userFromJson(const QJsonObject& o);
Parsed<Group> groupFromJson(const QJsonObject& o);
Parsed<Merchant> merchantFromJson(const QJsonObject& o);
std::optional<QDateTime> timeFromJson(const QJsonValue& v); // null/absent → invalid QDateTime

// Parts of RECEIPT_LAYOUT the cache keeps as they are: its "texts" object, and the font's code.
QJsonObject receiptTextsToJson(const ReceiptLayout& l);
QString receiptTextsFromJson(const QJsonValue& texts, ReceiptLayout& l); // fills l.texts; an error, or empty
QString toCode(ReceiptFont f);
std::optional<ReceiptFont> receiptFontFromCode(const QString& code);

} // namespace comptoir::api
