#pragma once

#include "core/enums.h"
#include "core/money.h"

#include <QLocale>
#include <QString>

class QTranslator;

namespace comptoir {

// The translator of one of Comptoir's languages (the embedded :/i18n/comptoir_<code>.qm),
// loaded once, shared read-only by every thread; null when the executable embeds none.
// Documents made for someone else — day-close reports, exports — are in the language they
// ask for, whatever the UI's: QCoreApplication::translate would answer in the UI language,
// and swapping the application's translators would retranslate every open window.
const QTranslator* reportTranslator(Language language);

// The source texts of core's enumeration names (enums.cpp, with the same contexts: "Status",
// "StatusOrigin", "TransactionType", "PaymentMethod"), so that they can be looked up in a
// report's language. lupdate merges them with core's entries; the tests check that they
// read exactly as displayName() does.
const char* sourceName(TransactionStatus v);
const char* sourceName(StatusOrigin v);
const char* sourceName(TransactionType v);
const char* sourceName(PaymentMethod v);

// Texts, names, numbers and amounts in one language for a merchant of one country (nl for
// a Dutch merchant formats "€ 1.234,56" as in the Netherlands, for a Belgian one as in
// Belgium). Cheap to copy; usable from any thread.
class ReportLanguage {
public:
    explicit ReportLanguage(Language language, const QString& country = QStringLiteral("BE"));

    Language language() const { return m_language; }
    QString code() const { return toCode(m_language); }
    // `source` as written in the code (QT_TRANSLATE_NOOP(context, …)); the source itself
    // when the language has no translation for it.
    QString text(const char* context, const char* source, const char* disambiguation = nullptr) const;
    QString name(TransactionStatus v) const { return text("Status", sourceName(v)); }
    QString name(StatusOrigin v) const { return text("StatusOrigin", sourceName(v)); }
    QString name(TransactionType v) const { return text("TransactionType", sourceName(v)); }
    QString name(PaymentMethod v) const { return text("PaymentMethod", sourceName(v)); }

    MoneyLocale moneyLocale() const { return m_money; }
    QLocale locale() const { return m_locale; }
    // Dates as the merchant's country writes them: "31-12-2026" in the Netherlands,
    // "31/12/2026" in Belgium (and in English).
    QString dateFormat() const
    {
        return m_money == MoneyLocale::NlNL ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy");
    }

private:
    Language m_language;
    const QTranslator* m_translator;
    MoneyLocale m_money = MoneyLocale::En;
    QLocale m_locale;
};

} // namespace comptoir
