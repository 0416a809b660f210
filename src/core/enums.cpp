#include "enums.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

template <typename E, std::size_t N>
struct Table {
    struct Row {
        E value;
        const char* code;
        const char* name; // source text for tr()
    };
    Row rows[N];
};

// Context names for translations: one per enumeration, so lupdate groups them.
constexpr Table<TransactionStatus, 8> kStatus{{
    {TransactionStatus::Success, "success", QT_TRANSLATE_NOOP("Status", "Success")},
    {TransactionStatus::Failed, "failed", QT_TRANSLATE_NOOP("Status", "Failed")},
    {TransactionStatus::Declined, "declined", QT_TRANSLATE_NOOP("Status", "Declined")},
    {TransactionStatus::ManualIntervention, "manual_intervention",
     QT_TRANSLATE_NOOP("Status", "Manual intervention")},
    {TransactionStatus::Processing, "processing", QT_TRANSLATE_NOOP("Status", "Processing")},
    {TransactionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Status", "Cancelled")},
    {TransactionStatus::Refunded, "refunded", QT_TRANSLATE_NOOP("Status", "Refunded")},
    {TransactionStatus::Chargeback, "chargeback", QT_TRANSLATE_NOOP("Status", "Chargeback")},
}};

constexpr Table<StatusOrigin, 2> kOrigin{{
    {StatusOrigin::Automatic, "automatic", QT_TRANSLATE_NOOP("StatusOrigin", "Automatic")},
    {StatusOrigin::Manual, "manual", QT_TRANSLATE_NOOP("StatusOrigin", "Manual")},
}};

constexpr Table<TransactionType, 5> kType{{
    {TransactionType::Sale, "sale", QT_TRANSLATE_NOOP("TransactionType", "Sale")},
    {TransactionType::Refund, "refund", QT_TRANSLATE_NOOP("TransactionType", "Refund")},
    {TransactionType::Cancellation, "cancellation",
     QT_TRANSLATE_NOOP("TransactionType", "Cancellation")},
    {TransactionType::PreAuthorisation, "pre_authorisation",
     QT_TRANSLATE_NOOP("TransactionType", "Pre-authorisation")},
    {TransactionType::Completion, "completion", QT_TRANSLATE_NOOP("TransactionType", "Completion")},
}};

constexpr Table<PaymentMethod, 11> kMethod{{
    {PaymentMethod::Bancontact, "bancontact", QT_TRANSLATE_NOOP("PaymentMethod", "Bancontact")},
    {PaymentMethod::Maestro, "maestro", QT_TRANSLATE_NOOP("PaymentMethod", "Maestro")},
    {PaymentMethod::VPay, "vpay", QT_TRANSLATE_NOOP("PaymentMethod", "V PAY")},
    {PaymentMethod::Visa, "visa", QT_TRANSLATE_NOOP("PaymentMethod", "Visa")},
    {PaymentMethod::Mastercard, "mastercard", QT_TRANSLATE_NOOP("PaymentMethod", "Mastercard")},
    {PaymentMethod::AmericanExpress, "amex",
     QT_TRANSLATE_NOOP("PaymentMethod", "American Express")},
    {PaymentMethod::Payconiq, "payconiq", QT_TRANSLATE_NOOP("PaymentMethod", "Payconiq")},
    {PaymentMethod::MealVoucher, "meal_voucher", QT_TRANSLATE_NOOP("PaymentMethod", "Meal voucher")},
    {PaymentMethod::EcoVoucher, "eco_voucher", QT_TRANSLATE_NOOP("PaymentMethod", "Eco voucher")},
    {PaymentMethod::GiftCard, "gift_card", QT_TRANSLATE_NOOP("PaymentMethod", "Gift card")},
    {PaymentMethod::Other, "other", QT_TRANSLATE_NOOP("PaymentMethod", "Other")},
}};

constexpr Table<Language, 3> kLanguage{{
    {Language::Nl, "nl", QT_TRANSLATE_NOOP("Language", "Dutch")},
    {Language::Fr, "fr", QT_TRANSLATE_NOOP("Language", "French")},
    {Language::En, "en", QT_TRANSLATE_NOOP("Language", "English")},
}};

constexpr Table<Menu, 8> kMenu{{
    {Menu::Dashboard, "dashboard", QT_TRANSLATE_NOOP("Menu", "Dashboard")},
    {Menu::Transactions, "transactions", QT_TRANSLATE_NOOP("Menu", "Transactions")},
    {Menu::Export, "export", QT_TRANSLATE_NOOP("Menu", "Export")},
    {Menu::DayCloses, "day_closes", QT_TRANSLATE_NOOP("Menu", "Day closes")},
    {Menu::Locations, "locations", QT_TRANSLATE_NOOP("Menu", "Locations")},
    {Menu::Terminals, "terminals", QT_TRANSLATE_NOOP("Menu", "Terminals")},
    {Menu::Receipts, "receipts", QT_TRANSLATE_NOOP("Menu", "Receipts")},
    {Menu::Users, "users", QT_TRANSLATE_NOOP("Menu", "Users")},
}};

template <typename E, std::size_t N> QString codeOf(const Table<E, N>& t, E v)
{
    for (const auto& r : t.rows)
        if (r.value == v)
            return QString::fromLatin1(r.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCodeIn(const Table<E, N>& t, const QString& code)
{
    for (const auto& r : t.rows)
        if (code == QLatin1String(r.code))
            return r.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString nameOf(const Table<E, N>& t, E v, const char* context)
{
    for (const auto& r : t.rows)
        if (r.value == v)
            return QCoreApplication::translate(context, r.name);
    return {};
}

template <typename E, std::size_t N> std::optional<E> fromIntIn(const Table<E, N>& t, int v)
{
    for (const auto& r : t.rows)
        if (static_cast<int>(r.value) == v)
            return r.value;
    return std::nullopt;
}

} // namespace

QString toCode(TransactionStatus v) { return codeOf(kStatus, v); }
QString toCode(StatusOrigin v) { return codeOf(kOrigin, v); }
QString toCode(TransactionType v) { return codeOf(kType, v); }
QString toCode(PaymentMethod v) { return codeOf(kMethod, v); }
QString toCode(Language v) { return codeOf(kLanguage, v); }
QString toCode(Menu v) { return codeOf(kMenu, v); }

std::optional<TransactionStatus> statusFromCode(const QString& c) { return fromCodeIn(kStatus, c); }
std::optional<StatusOrigin> originFromCode(const QString& c) { return fromCodeIn(kOrigin, c); }
std::optional<TransactionType> typeFromCode(const QString& c) { return fromCodeIn(kType, c); }
std::optional<PaymentMethod> methodFromCode(const QString& c) { return fromCodeIn(kMethod, c); }
std::optional<Language> languageFromCode(const QString& c) { return fromCodeIn(kLanguage, c); }
std::optional<Menu> menuFromCode(const QString& c) { return fromCodeIn(kMenu, c); }

QString displayName(TransactionStatus v) { return nameOf(kStatus, v, "Status"); }
QString displayName(StatusOrigin v) { return nameOf(kOrigin, v, "StatusOrigin"); }
QString displayName(TransactionType v) { return nameOf(kType, v, "TransactionType"); }
QString displayName(PaymentMethod v) { return nameOf(kMethod, v, "PaymentMethod"); }
QString displayName(Language v) { return nameOf(kLanguage, v, "Language"); }
QString displayName(Menu v) { return nameOf(kMenu, v, "Menu"); }

template <> std::optional<TransactionStatus> enumFromInt(int v) { return fromIntIn(kStatus, v); }
template <> std::optional<StatusOrigin> enumFromInt(int v) { return fromIntIn(kOrigin, v); }
template <> std::optional<TransactionType> enumFromInt(int v) { return fromIntIn(kType, v); }
template <> std::optional<PaymentMethod> enumFromInt(int v) { return fromIntIn(kMethod, v); }
template <> std::optional<Language> enumFromInt(int v) { return fromIntIn(kLanguage, v); }
template <> std::optional<Menu> enumFromInt(int v) { return fromIntIn(kMenu, v); }

} // namespace comptoir
