// Switching the language at runtime (issue 9): every open page retranslates, amounts and
// dates follow the new locale, and the first start follows the system's locale.
#include "guifixtures.h"

#include "gui/dateformats.h"
#include "gui/dayclosespage.h"
#include "gui/filterbar.h"
#include "gui/locationspage.h"
#include "gui/mainwindow.h"
#include "gui/multiselectbutton.h"
#include "gui/preferences.h"
#include "gui/settingspage.h"
#include "gui/totalsstrip.h"
#include "gui/transactionspage.h"
#include "gui/transactiontablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// Back to the English the other tests expect, whatever happens in the test.
struct EnglishAfterwards {
    ~EnglishAfterwards()
    {
        preferences::applyLanguage(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QStringList navigationTexts(const MainWindow& window)
{
    QStringList texts;
    const auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i)
        texts.append(navigation->item(i)->text());
    return texts;
}

QStringList labelTexts(const QWidget* w)
{
    QStringList texts;
    for (const QLabel* l : w->findChildren<QLabel*>())
        texts.append(l->text());
    return texts;
}

QString header(const TransactionsPage* page, TransactionTableModel::Column c)
{
    return page->model()->headerData(int(c), Qt::Horizontal).toString();
}

} // namespace

TEST_CASE("Language: switching in Settings retranslates every open page at once")
{
    EnglishAfterwards restore;
    FilledCache c(600);
    MainWindow window(*c);
    window.transactionsPage()->setDatePreset(DatePreset::All);
    const qint64 gross = window.transactionsPage()->totalsStrip()->totals().grossSalesMinor;
    CHECK(navigationTexts(window).first() == QStringLiteral("Dashboard"));

    // As the user does: the Settings page's language list.
    QComboBox* language = window.settingsPage()->languageCombo();
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QApplication::processEvents(); // the language change reaches every widget
    CHECK(preferences::savedLanguage() == QStringLiteral("fr"));
    CHECK(QLocale().language() == QLocale::French);
    CHECK(navigationTexts(window) == QStringList{QStringLiteral("Tableau de bord"), QStringLiteral("Transactions"),
                                                 QStringLiteral("Clôtures de journée"),
                                                 QStringLiteral("Emplacements et terminaux"), QStringLiteral("Tickets"),
                                                 QStringLiteral("Paramètres")});
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Fichier"));
    TransactionsPage* transactions = window.transactionsPage();
    CHECK(header(transactions, TransactionTableModel::Column::Time) == QStringLiteral("Heure"));
    CHECK(header(transactions, TransactionTableModel::Column::Method) == QStringLiteral("Moyen de paiement"));
    CHECK(transactions->filterBar()->locationsButton()->text() == QStringLiteral("Tous les emplacements"));
    CHECK(transactions->filterBar()->datesCombo()->currentText() == QStringLiteral("Tout"));
    CHECK(labelTexts(transactions->totalsStrip()).contains(QStringLiteral("Ventes brutes")));
    // Amounts follow the language: "1 234,56 €".
    CHECK(labelTexts(transactions->totalsStrip()).contains(Money::eur(gross).format(MoneyLocale::FrBE)));
    CHECK(transactions->model()->index(0, int(TransactionTableModel::Column::Status)).data().toString() ==
          displayName(transactions->model()->transactionAt(0).status));
    CHECK(labelTexts(window.dayClosesPage()).contains(QStringLiteral("Clôtures de journée")));
    CHECK(labelTexts(window.locationsPage()).contains(QStringLiteral("Emplacements et terminaux")));
    CHECK(labelTexts(window.settingsPage()).contains(QStringLiteral("Paramètres")));

    language->setCurrentIndex(language->findData(QStringLiteral("nl")));
    QApplication::processEvents();
    CHECK(navigationTexts(window).at(2) == QStringLiteral("Dagafsluitingen"));
    CHECK(header(transactions, TransactionTableModel::Column::Amount) == QStringLiteral("Bedrag"));
    CHECK(transactions->filterBar()->locationsButton()->text() == QStringLiteral("Alle locaties"));
    CHECK(labelTexts(transactions->totalsStrip()).contains(Money::eur(gross).format(MoneyLocale::NlBE)));

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QApplication::processEvents();
    CHECK(navigationTexts(window).at(2) == QStringLiteral("Day closes"));
    CHECK(header(transactions, TransactionTableModel::Column::Amount) == QStringLiteral("Amount"));
}

TEST_CASE("Language: the first start follows the system's locale")
{
    using preferences::localeFor;
    const QLocale nlBE(QLocale::Dutch, QLocale::Belgium), nlNL(QLocale::Dutch, QLocale::Netherlands),
        frBE(QLocale::French, QLocale::Belgium), frFR(QLocale::French, QLocale::France),
        enUS(QLocale::English, QLocale::UnitedStates), de(QLocale::German, QLocale::Germany);
    // No choice made: the system's own.
    CHECK(localeFor(QString(), nlNL) == nlNL);
    CHECK(localeFor(QString(), frFR) == frFR);
    // A language chosen: the system's variant of it when it has one, else Belgian or British.
    CHECK(localeFor(QStringLiteral("nl"), nlNL) == nlNL);
    CHECK(localeFor(QStringLiteral("nl"), frBE) == nlBE);
    CHECK(localeFor(QStringLiteral("fr"), frFR) == frFR);
    CHECK(localeFor(QStringLiteral("fr"), de) == frBE);
    CHECK(localeFor(QStringLiteral("en"), enUS) == enUS);
    CHECK(localeFor(QStringLiteral("en"), nlBE) == QLocale(QLocale::English, QLocale::UnitedKingdom));

    EnglishAfterwards restore;
    // What is applied: the translators and the default locale for numbers and dates.
    CHECK(preferences::applyLanguage(*qApp, QStringLiteral("nl")) == QStringLiteral("nl"));
    CHECK(QLocale().language() == QLocale::Dutch);
    CHECK(QCoreApplication::translate("comptoir::MainWindow", "Transactions") == QStringLiteral("Transacties"));
    CHECK(preferences::applyLanguage(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    CHECK(QLocale().language() == QLocale::French);
    CHECK(QCoreApplication::translate("comptoir::MainWindow", "Settings") == QStringLiteral("Paramètres"));
}

TEST_CASE("Appearance: light and dark palettes are applied and remembered")
{
    const preferences::Appearance before = preferences::savedAppearance();
    FilledCache c(100);
    MainWindow window(*c);
    QComboBox* appearance = window.settingsPage()->appearanceCombo();
    appearance->setCurrentIndex(int(preferences::Appearance::Dark));
    CHECK(preferences::savedAppearance() == preferences::Appearance::Dark);
    CHECK(preferences::isDark(QApplication::palette()));
    QApplication::processEvents();
    CHECK(preferences::isDark(window.transactionsPage()->palette()));
    appearance->setCurrentIndex(int(preferences::Appearance::Light));
    CHECK_FALSE(preferences::isDark(QApplication::palette()));
    appearance->setCurrentIndex(int(preferences::Appearance::System));
    CHECK(preferences::savedAppearance() == preferences::Appearance::System);
    preferences::applyAppearance(*qApp, before);
}

TEST_CASE("Dates: the year is written in full in every language")
{
    const QDateTime at(QDate(2026, 12, 1), QTime(15, 4, 17));
    const QLocale frBE(QLocale::French, QLocale::Belgium), nlBE(QLocale::Dutch, QLocale::Belgium),
        enGB(QLocale::English, QLocale::UnitedKingdom), nlNL(QLocale::Dutch, QLocale::Netherlands);
    CHECK(frBE.dateFormat(QLocale::ShortFormat).count(QLatin1Char('y')) == 2); // why this exists
    for (const QLocale& l : {frBE, nlBE, enGB, nlNL}) {
        INFO(l.name().toStdString());
        CHECK(fullYearDateFormat(l).contains(QLatin1String("yyyy")));
        CHECK(shortDate(at.date(), l).contains(QLatin1String("2026")));
        CHECK(shortDateTime(at, l).contains(QLatin1String("2026")));
        CHECK(shortDateTime(at, l).contains(QLatin1String("15")));
    }
    CHECK(shortDate(at.date(), frBE) == QStringLiteral("1/12/2026"));
}
