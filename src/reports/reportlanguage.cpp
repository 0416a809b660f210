#include "reportlanguage.h"

#include <QCoreApplication>
#include <QTranslator>

#include <array>
#include <memory>

namespace comptoir {

const QTranslator* reportTranslator(Language language)
{
    using Translators = std::array<std::unique_ptr<QTranslator>, std::size(kAllLanguages)>;
    static const Translators translators = [] {
        Translators t;
        for (std::size_t i = 0; i < std::size(kAllLanguages); ++i) {
            auto translator = std::make_unique<QTranslator>();
            // Read-only once loaded and used from any thread: tie it to none.
            translator->moveToThread(nullptr);
            if (translator->load(QStringLiteral(":/i18n/comptoir_") + toCode(kAllLanguages[i])))
                t[i] = std::move(translator);
        }
        return t;
    }();
    for (std::size_t i = 0; i < std::size(kAllLanguages); ++i)
        if (kAllLanguages[i] == language)
            return translators[i].get();
    return nullptr;
}

const char* sourceName(PaymentMethod v)
{
    switch (v) {
    case PaymentMethod::Bancontact:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Bancontact");
    case PaymentMethod::Maestro:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Maestro");
    case PaymentMethod::VPay:
        return QT_TRANSLATE_NOOP("PaymentMethod", "V PAY");
    case PaymentMethod::Visa:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Visa");
    case PaymentMethod::Mastercard:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Mastercard");
    case PaymentMethod::AmericanExpress:
        return QT_TRANSLATE_NOOP("PaymentMethod", "American Express");
    case PaymentMethod::Payconiq:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Payconiq");
    case PaymentMethod::MealVoucher:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Meal voucher");
    case PaymentMethod::EcoVoucher:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Eco voucher");
    case PaymentMethod::GiftCard:
        return QT_TRANSLATE_NOOP("PaymentMethod", "Gift card");
    case PaymentMethod::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("PaymentMethod", "Other");
}

const char* sourceName(TransactionStatus v)
{
    switch (v) {
    case TransactionStatus::Success:
        return QT_TRANSLATE_NOOP("Status", "Success");
    case TransactionStatus::Failed:
        return QT_TRANSLATE_NOOP("Status", "Failed");
    case TransactionStatus::Declined:
        return QT_TRANSLATE_NOOP("Status", "Declined");
    case TransactionStatus::ManualIntervention:
        return QT_TRANSLATE_NOOP("Status", "Manual intervention");
    case TransactionStatus::Processing:
        return QT_TRANSLATE_NOOP("Status", "Processing");
    case TransactionStatus::Cancelled:
        return QT_TRANSLATE_NOOP("Status", "Cancelled");
    case TransactionStatus::Refunded:
        return QT_TRANSLATE_NOOP("Status", "Refunded");
    case TransactionStatus::Chargeback:
        return QT_TRANSLATE_NOOP("Status", "Chargeback");
    }
    return "";
}

const char* sourceName(StatusOrigin v)
{
    switch (v) {
    case StatusOrigin::Automatic:
        return QT_TRANSLATE_NOOP("StatusOrigin", "Automatic");
    case StatusOrigin::Manual:
        return QT_TRANSLATE_NOOP("StatusOrigin", "Manual");
    }
    return "";
}

const char* sourceName(TransactionType v)
{
    switch (v) {
    case TransactionType::Sale:
        return QT_TRANSLATE_NOOP("TransactionType", "Sale");
    case TransactionType::Refund:
        return QT_TRANSLATE_NOOP("TransactionType", "Refund");
    case TransactionType::Cancellation:
        return QT_TRANSLATE_NOOP("TransactionType", "Cancellation");
    case TransactionType::PreAuthorisation:
        return QT_TRANSLATE_NOOP("TransactionType", "Pre-authorisation");
    case TransactionType::Completion:
        return QT_TRANSLATE_NOOP("TransactionType", "Completion");
    }
    return "";
}

ReportLanguage::ReportLanguage(Language language, const QString& country)
    : m_language(language)
    , m_translator(reportTranslator(language))
{
    switch (language) {
    case Language::Nl:
        m_money = country == QLatin1String("NL") ? MoneyLocale::NlNL : MoneyLocale::NlBE;
        break;
    case Language::Fr:
        m_money = MoneyLocale::FrBE;
        break;
    case Language::En:
        m_money = MoneyLocale::En;
        break;
    }
    m_locale = qLocaleFor(m_money);
}

QString ReportLanguage::text(const char* context, const char* source, const char* disambiguation) const
{
    if (m_translator) {
        QString t = m_translator->translate(context, source, disambiguation);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

} // namespace comptoir
