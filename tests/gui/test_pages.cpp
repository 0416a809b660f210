#include "guifixtures.h"

#include "gui/dayclosespage.h"
#include "gui/locationspage.h"
#include "gui/mainwindow.h"
#include "gui/overviewpage.h"
#include "gui/totalsstrip.h"
#include "gui/transactionspage.h"
#include "gui/transactiontablemodel.h"
#include "store/periodrepository.h"
#include "store/rollup.h"
#include "store/transactionrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("MainWindow: constructs on a cache and switches pages")
{
    FilledCache c(1500);
    MainWindow window(*c);
    CHECK(window.windowTitle() == QStringLiteral("Comptoir — ") + kMerchantName);
    CHECK(window.currentPage() == MainWindow::Page::Dashboard);

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    QStringList names;
    for (int i = 0; i < navigation->count(); ++i) {
        names.append(navigation->item(i)->text());
        CHECK_FALSE(navigation->item(i)->icon().isNull());
    }
    CHECK(names == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Transactions"), QStringLiteral("Day closes"),
                               QStringLiteral("Locations & terminals"), QStringLiteral("Receipts"),
                               QStringLiteral("Settings")});
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == window.overviewPage());

    navigation->setCurrentRow(1); // as a click does
    CHECK(window.currentPage() == MainWindow::Page::Transactions);
    CHECK(stack->currentWidget() == window.transactionsPage());
    navigation->setCurrentRow(2);
    CHECK(stack->currentWidget() == window.dayClosesPage());
    window.showPage(MainWindow::Page::Locations);
    CHECK(navigation->currentRow() == 3);
    CHECK(stack->currentWidget() == window.locationsPage());
    window.showPage(MainWindow::Page::Dashboard);
    CHECK(navigation->currentRow() == 0);
    CHECK(stack->currentWidget() == window.overviewPage());

    // The status bar says whose data it is, how much and where it lives.
    QStringList texts;
    for (const QLabel* l : window.statusBar()->findChildren<QLabel*>())
        texts.append(l->text());
    CHECK(texts.contains(kMerchantName));
    CHECK(texts.contains(QStringLiteral("1,500 transactions in the cache")));
    CHECK(texts.contains(c.path));

    SECTION("Ctrl+1 … Ctrl+6 go to the pages")
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
        CHECK(window.currentPage() == MainWindow::Page::Transactions);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_5));
        CHECK(window.currentPage() == MainWindow::Page::Receipts);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_6));
        CHECK(window.currentPage() == MainWindow::Page::Settings);
    }
    SECTION("screenshots of every page")
    {
        window.show();
        QTemporaryDir dir;
        const QStringList files = window.saveScreenshots(dir.path());
        QStringList fileNames;
        for (const QString& f : files) {
            fileNames.append(QFileInfo(f).fileName());
            CHECK(QFileInfo(f).size() > 1000);
        }
        CHECK(fileNames == QStringList{QStringLiteral("dashboard.png"), QStringLiteral("transactions.png"),
                                       QStringLiteral("daycloses.png"), QStringLiteral("locations.png"),
                                       QStringLiteral("receipts.png"), QStringLiteral("settings.png")});
        CHECK(window.currentPage() == MainWindow::Page::Dashboard);
    }
    SECTION("the page shown last is shown at the next start")
    {
        window.showPage(MainWindow::Page::DayCloses);
        window.close();
        MainWindow again(*c);
        CHECK(again.currentPage() == MainWindow::Page::DayCloses);
    }
}

TEST_CASE("MainWindow: pages the user has no permission for are not shown")
{
    FilledCache c(500);
    // A bookkeeper: dashboard, transactions and day closes; no locations, terminals or receipts.
    setPermissions(*c, {{QStringLiteral("dashboard"), kLocations},
                        {QStringLiteral("transactions"), kLocations},
                        {QStringLiteral("day_closes"), kLocations}});
    MainWindow window(*c);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QStringList shown;
    for (int i = 0; i < navigation->count(); ++i)
        if (!navigation->item(i)->isHidden())
            shown.append(navigation->item(i)->text());
    CHECK(shown == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Transactions"), QStringLiteral("Day closes"),
                               QStringLiteral("Settings")});
    CHECK_FALSE(window.isPageAvailable(MainWindow::Page::Locations));
    window.showPage(MainWindow::Page::Locations);
    CHECK(window.currentPage() == MainWindow::Page::Dashboard);

    // A store manager without the dashboard starts on Transactions.
    setPermissions(*c, {{QStringLiteral("transactions"), {kLocations[0]}}});
    window.reload();
    CHECK_FALSE(window.isPageAvailable(MainWindow::Page::Dashboard));
    CHECK(window.currentPage() == MainWindow::Page::Transactions);
}

TEST_CASE("MainWindow: from a transaction to its day close and from a day close to its transactions")
{
    FilledCache c(800);
    Period p;
    const Transaction t = TransactionRepository(*c).page({}, {}, 1).first();
    p.id = t.periodId;
    p.terminalId = t.terminalId;
    p.locationId = t.locationId;
    p.sequence = 7;
    p.openedAt = t.createdAt.addSecs(-3600);
    p.closedAt = t.createdAt.addSecs(3600);
    PeriodRepository(*c).upsert(p);
    MainWindow window(*c);
    emit window.transactionsPage()->showPeriodRequested(p.id);
    CHECK(window.currentPage() == MainWindow::Page::DayCloses);
    CHECK(window.dayClosesPage()->selectedPeriodId() == p.id);
    emit window.dayClosesPage()->showTransactionsOf(p.id);
    CHECK(window.currentPage() == MainWindow::Page::Transactions);
    CHECK(window.transactionsPage()->appliedFilter().periodId == p.id);
    CHECK(window.transactionsPage()->model()->rowCount() > 0);
}

TEST_CASE("OverviewPage: per-day turnover of the last 14 days comes from the rollup")
{
    FilledCache c(3000);
    OverviewPage page(*c);
    const QDate today(2026, 4, 20);
    page.refresh(today);
    QTreeWidget* tree = page.tree();
    REQUIRE(tree->topLevelItemCount() == OverviewPage::kDays);

    const TransactionRepository repo(*c);
    const QLocale locale;
    const MoneyLocale ml = moneyLocaleFor(locale);
    using Column = OverviewPage::Column;
    for (int i = 0; i < OverviewPage::kDays; ++i) {
        const QDate day = today.addDays(-i); // newest first
        QTreeWidgetItem* item = tree->topLevelItem(i);
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(item->text(int(Column::Day)) == locale.toString(day, QLocale::LongFormat));
        TransactionFilter f;
        f.from = day;
        f.to = day;
        const TransactionTotals t = repo.totals(f);
        CHECK(item->text(int(Column::Transactions)) == locale.toString(t.count));
        CHECK(item->text(int(Column::Turnover)) == Money::eur(t.netMinor()).format(ml));
        REQUIRE(item->childCount() == 2); // both locations traded every day
        for (int j = 0; j < item->childCount(); ++j) {
            QTreeWidgetItem* child = item->child(j);
            f.locationIds = {child->text(int(Column::Location)) == QStringLiteral("Bakkerij Gent") ? kLocations[0]
                                                                                                   : kLocations[1]};
            const TransactionTotals lt = repo.totals(f);
            CHECK(child->text(int(Column::Transactions)) == locale.toString(lt.count));
            CHECK(child->text(int(Column::Turnover)) == Money::eur(lt.netMinor()).format(ml));
        }
    }

    SECTION("days without transactions are shown as such")
    {
        page.refresh(QDate(2027, 1, 1));
        REQUIRE(tree->topLevelItemCount() == OverviewPage::kDays);
        CHECK(tree->topLevelItem(0)->text(int(Column::Location)) == QStringLiteral("No transactions"));
        CHECK(tree->topLevelItem(0)->text(int(Column::Transactions)) == QStringLiteral("0"));
    }
}

