#pragma once

#include <QString>

#include <optional>

namespace comptoir {

// Domain enumerations. The numeric values are persisted in the cache database and must
// never be reordered or reused; the string codes are those of Portal API v1.

enum class TransactionStatus : int {
    Success = 1,
    Failed = 2,
    Declined = 3,
    ManualIntervention = 4,
    Processing = 5,
    Cancelled = 6,
    Refunded = 7,
    Chargeback = 8,
};
inline constexpr TransactionStatus kAllStatuses[] = {
    TransactionStatus::Success,    TransactionStatus::Failed,    TransactionStatus::Declined,
    TransactionStatus::ManualIntervention, TransactionStatus::Processing,
    TransactionStatus::Cancelled,  TransactionStatus::Refunded,  TransactionStatus::Chargeback};

enum class StatusOrigin : int { Automatic = 1, Manual = 2 };

enum class TransactionType : int {
    Sale = 1,
    Refund = 2,
    Cancellation = 3,
    PreAuthorisation = 4,
    Completion = 5,
};
inline constexpr TransactionType kAllTypes[] = {TransactionType::Sale, TransactionType::Refund,
                                                TransactionType::Cancellation,
                                                TransactionType::PreAuthorisation,
                                                TransactionType::Completion};

enum class PaymentMethod : int {
    Bancontact = 1,
    Maestro = 2,
    VPay = 3,
    Visa = 4,
    Mastercard = 5,
    AmericanExpress = 6,
    Payconiq = 7,
    MealVoucher = 8,
    EcoVoucher = 9,
    GiftCard = 10,
    Other = 11,
};
inline constexpr PaymentMethod kAllMethods[] = {
    PaymentMethod::Bancontact,  PaymentMethod::Maestro,    PaymentMethod::VPay,
    PaymentMethod::Visa,        PaymentMethod::Mastercard, PaymentMethod::AmericanExpress,
    PaymentMethod::Payconiq,    PaymentMethod::MealVoucher, PaymentMethod::EcoVoucher,
    PaymentMethod::GiftCard,    PaymentMethod::Other};

enum class Language : int { Nl = 1, Fr = 2, En = 3 };
inline constexpr Language kAllLanguages[] = {Language::Nl, Language::Fr, Language::En};

// What a permission is for: the portal's menus.
enum class Menu : int {
    Dashboard = 1,
    Transactions = 2,
    Export = 3,
    DayCloses = 4,
    Locations = 5,
    Terminals = 6,
    Receipts = 7,
    Users = 8,
};
inline constexpr Menu kAllMenus[] = {Menu::Dashboard, Menu::Transactions, Menu::Export,
                                     Menu::DayCloses, Menu::Locations,    Menu::Terminals,
                                     Menu::Receipts,  Menu::Users};

// API codes ("manual_intervention", "bancontact", "nl", ...).
QString toCode(TransactionStatus v);
QString toCode(StatusOrigin v);
QString toCode(TransactionType v);
QString toCode(PaymentMethod v);
QString toCode(Language v);
QString toCode(Menu v);
std::optional<TransactionStatus> statusFromCode(const QString& code);
std::optional<StatusOrigin> originFromCode(const QString& code);
std::optional<TransactionType> typeFromCode(const QString& code);
std::optional<PaymentMethod> methodFromCode(const QString& code);
std::optional<Language> languageFromCode(const QString& code);
std::optional<Menu> menuFromCode(const QString& code);

// Names as the portal shows them, in the current UI language (through tr()).
QString displayName(TransactionStatus v);
QString displayName(StatusOrigin v);
QString displayName(TransactionType v);
QString displayName(PaymentMethod v);
QString displayName(Language v);
QString displayName(Menu v);

// Whether a database integer is a valid enum value (for reading untrusted files).
template <typename E> std::optional<E> enumFromInt(int v);

} // namespace comptoir
