#include "guifixtures.h"

#include "gui/dayclosespage.h"
#include "gui/locationspage.h"
#include "gui/mainwindow.h"
#include "gui/dashboardpage.h"
#include "gui/filterbar.h"
#include "gui/multiselectbutton.h"
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
    CHECK(stack->currentWidget() == window.dashboardPage());

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
    CHECK(stack->currentWidget() == window.dashboardPage());

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


TEST_CASE("MainWindow: the dashboard and the Transactions page share their filters; a click opens its transactions")
{
    FilledCache c(1200);
    MainWindow window(*c);
    FilterBar* dashboardBar = window.dashboardFilterBar();
    FilterBar* transactionsBar = window.transactionsPage()->filterBar();
    // The dashboard offers only what it can answer: no statuses, search or amounts.
    CHECK_FALSE(dashboardBar->statusesButton()->isVisibleTo(dashboardBar));
    CHECK_FALSE(dashboardBar->searchEdit()->isVisibleTo(dashboardBar));

    // Dashboard → Transactions.
    FilterChoice all = dashboardBar->choice();
    all.preset = DatePreset::All;
    all.criteria.locationIds = {kLocations[1]};
    dashboardBar->setChoice(all);
    emit dashboardBar->changed(); // as a user's choice does
    CHECK(window.dashboardPage()->filter().locationIds == QStringList{kLocations[1]});
    CHECK(window.transactionsPage()->appliedFilter().locationIds == QStringList{kLocations[1]});
    CHECK(window.transactionsPage()->datePreset() == DatePreset::All);

    // Transactions → dashboard; what the dashboard lacks (a status) stays on Transactions.
    FilterChoice mine = transactionsBar->choice();
    mine.criteria.methods = {PaymentMethod::Visa};
    mine.criteria.statuses = {TransactionStatus::Failed};
    transactionsBar->setChoice(mine);
    emit transactionsBar->changed();
    CHECK(window.dashboardPage()->filter().methods == QList<PaymentMethod>{PaymentMethod::Visa});
    CHECK(dashboardBar->choice().criteria.statuses.isEmpty());

    // A click on a chart element shows exactly its transactions.
    TransactionFilter oneDay;
    oneDay.from = oneDay.to = QDate(2026, 3, 14);
    oneDay.locationIds = {kLocations[1]};
    oneDay.hours = {14};
    emit window.dashboardPage()->openTransactions(oneDay);
    CHECK(window.currentPage() == MainWindow::Page::Transactions);
    CHECK(window.transactionsPage()->appliedFilter() == oneDay);
    QWidget* chip = transactionsBar->findChild<QWidget*>(QStringLiteral("periodChip"));
    CHECK(chip->isVisibleTo(transactionsBar)); // "14:00–15:00", removable
    for (int row = 0; row < window.transactionsPage()->model()->rowCount(); ++row)
        CHECK(window.transactionsPage()->model()->transactionAt(row).businessDay == oneDay.from);
}
