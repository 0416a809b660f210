#include "guifixtures.h"

#include "gui/mainwindow.h"
#include "gui/overviewpage.h"
#include "gui/totalsstrip.h"
#include "gui/transactionspage.h"
#include "gui/transactiontablemodel.h"
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
    CHECK(window.currentPage() == MainWindow::Page::Overview);

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    REQUIRE(navigation->count() == 2);
    CHECK_FALSE(navigation->item(0)->icon().isNull());
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == window.overviewPage());

    navigation->setCurrentRow(1); // as a click does
    CHECK(window.currentPage() == MainWindow::Page::Transactions);
    CHECK(stack->currentWidget() == window.transactionsPage());
    window.showPage(MainWindow::Page::Overview);
    CHECK(navigation->currentRow() == 0);
    CHECK(stack->currentWidget() == window.overviewPage());

    // The status bar says whose data it is, how much and where it lives.
    QStringList texts;
    for (const QLabel* l : window.statusBar()->findChildren<QLabel*>())
        texts.append(l->text());
    CHECK(texts.contains(kMerchantName));
    CHECK(texts.contains(QStringLiteral("1,500 transactions in the cache")));
    CHECK(texts.contains(c.path));

    SECTION("screenshots of every page")
    {
        window.show();
        QTemporaryDir dir;
        const QStringList files = window.saveScreenshots(dir.path());
        REQUIRE(files.size() == 2);
        CHECK(QFileInfo(files.at(0)).fileName() == QStringLiteral("overview.png"));
        CHECK(QFileInfo(files.at(1)).fileName() == QStringLiteral("transactions.png"));
        for (const QString& f : files)
            CHECK(QFileInfo(f).size() > 1000);
        CHECK(window.currentPage() == MainWindow::Page::Overview);
    }
}

TEST_CASE("TransactionsPage: the controls build the filter, the list and the totals follow")
{
    FilledCache c(3000);
    TransactionsPage page(*c);
    const QDate today = QDate::currentDate();

    // Opens on today's transactions.
    CHECK(page.datePreset() == DatePreset::Today);
    CHECK(page.appliedFilter().from == today);
    CHECK(page.appliedFilter().to == today);
    CHECK(page.searchEdit()->placeholderText() == QStringLiteral("Reference or last 4 card digits"));

    page.setDatePreset(DatePreset::All);
    CHECK(page.appliedFilter() == TransactionFilter{});
    CHECK(page.model()->rowCount() == TransactionTableModel::kPageSize);
    CHECK(page.totalsStrip()->totals().count == 3000);

    auto* locations = page.findChild<QComboBox*>(QStringLiteral("locationFilter"));
    auto* statuses = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    REQUIRE(locations);
    REQUIRE(statuses);
    CHECK(locations->itemText(0) == QStringLiteral("All locations"));
    CHECK(locations->count() == 3);
    CHECK(statuses->itemText(0) == QStringLiteral("All statuses"));
    CHECK(statuses->count() == 1 + int(std::size(kAllStatuses)));

    locations->setCurrentIndex(locations->findData(kLocations[1]));
    statuses->setCurrentIndex(statuses->findData(static_cast<int>(TransactionStatus::Declined)));
    TransactionFilter want;
    want.locationIds = {kLocations[1]};
    want.statuses = {TransactionStatus::Declined};
    CHECK(page.appliedFilter() == want);
    CHECK(page.totalsStrip()->totals() == TransactionRepository(*c).totals(want));
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        CHECK(page.model()->transactionAt(row).locationId == kLocations[1]);
        CHECK(page.model()->transactionAt(row).status == TransactionStatus::Declined);
    }

    page.searchEdit()->setText(QStringLiteral("  R29  "));
    page.applyFilter(); // as Return does; typing applies after a short pause
    want.text = QStringLiteral("R29");
    CHECK(page.appliedFilter() == want);
    CHECK(page.totalsStrip()->totals() == TransactionRepository(*c).totals(want));

    SECTION("typing applies the search after a pause")
    {
        page.searchEdit()->setText(QStringLiteral("R1"));
        CHECK(page.appliedFilter().text == QStringLiteral("R29"));
        want.text = QStringLiteral("R1");
        CHECK(QTest::qWaitFor([&] { return page.appliedFilter() == want; }, 3000));
    }
    SECTION("Ctrl+F focuses the search")
    {
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        REQUIRE_FALSE(page.searchEdit()->hasFocus());
        QTest::keySequence(&page, QKeySequence(QKeySequence::Find));
        CHECK(page.searchEdit()->hasFocus());
    }
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

