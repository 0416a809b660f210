// The Transactions page driven as a user does: the filter bar's menus and fields, the
// header for sorting, the detail pane, Copy, Set status… and the remembered layout.
#include "guifixtures.h"

#include "gui/filterbar.h"
#include "gui/multiselectbutton.h"
#include "gui/totalsstrip.h"
#include "gui/transactiondetailpane.h"
#include "gui/transactionspage.h"
#include "gui/transactiontablemodel.h"
#include "store/auditlog.h"
#include "store/localedits.h"
#include "store/outbox.h"
#include "store/periodrepository.h"
#include "store/transactionrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

using Column = TransactionTableModel::Column;

// Ticks the menu entry whose value is `value`, as a click does.
void tick(MultiSelectButton* button, const QVariant& value)
{
    for (QAction* a : button->popup()->actions())
        if (a->data() == value) {
            a->trigger();
            return;
        }
    FAIL("no menu entry for " << value.toString().toStdString());
}

void tickAll(MultiSelectButton* button)
{
    button->popup()->actions().first()->trigger();
}

TransactionFilter allDays()
{
    return {};
}

QList<Transaction> everything(CacheDatabase& cache, const TransactionFilter& f)
{
    return TransactionRepository(cache).page(f, {}, 1'000'000);
}

// Selects exactly one row, whatever modifier keys an earlier test left pressed.
void selectOnly(QTableView* view, int row)
{
    view->selectionModel()->select(view->model()->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Every page, also those read on the worker (sorts other than by time).
void fetchAll(TransactionTableModel* m)
{
    for (;;) {
        if (m->canFetchMore(QModelIndex()))
            m->fetchMore(QModelIndex());
        else if (m->isFetching())
            QTest::qWait(2);
        else
            return;
    }
}

} // namespace

TEST_CASE("Transactions page: the filter bar builds the filter, the list and the totals follow")
{
    FilledCache c(3000);
    TransactionsPage page(*c);
    FilterBar* bar = page.filterBar();
    const QDate today = QDate::currentDate();

    // Opens on today's transactions.
    CHECK(page.datePreset() == DatePreset::Today);
    CHECK(page.appliedFilter().from == today);
    CHECK(page.appliedFilter().to == today);
    CHECK(page.searchEdit()->placeholderText() == QStringLiteral("Reference or last 4 card digits"));

    page.setDatePreset(DatePreset::All);
    CHECK(page.appliedFilter() == allDays());
    CHECK(page.model()->rowCount() == TransactionTableModel::kPageSize);
    CHECK(page.totalsStrip()->totals().count == 3000);

    // Locations, statuses and methods: several at once.
    CHECK(bar->locationsButton()->text() == QStringLiteral("All locations"));
    CHECK(bar->locationsButton()->items().size() == 2);
    tick(bar->locationsButton(), kLocations[1]);
    CHECK(bar->locationsButton()->text() == QStringLiteral("Boulangerie Namur"));
    tick(bar->statusesButton(), int(TransactionStatus::Declined));
    tick(bar->statusesButton(), int(TransactionStatus::Failed));
    CHECK(bar->statusesButton()->text() == QStringLiteral("2 statuses"));
    TransactionFilter want;
    want.locationIds = {kLocations[1]};
    want.statuses = {TransactionStatus::Failed, TransactionStatus::Declined}; // in the menu's order
    CHECK(page.appliedFilter() == want);
    CHECK(page.totalsStrip()->totals() == TransactionRepository(*c).totals(want));
    fetchAll(page.model());
    CHECK(page.model()->rowCount() == everything(*c, want).size());
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const Transaction& t = page.model()->transactionAt(row);
        CHECK(t.locationId == kLocations[1]);
        CHECK(want.statuses.contains(t.status));
    }

    // Only the chosen location's terminals are offered.
    QStringList terminals;
    for (const MultiSelectButton::Item& item : bar->terminalsButton()->items())
        terminals.append(item.value.toString());
    CHECK(terminals == QStringList{kTerminals[2], kTerminals[3]});
    tick(bar->terminalsButton(), kTerminals[3]);
    want.terminalIds = {kTerminals[3]};
    CHECK(page.appliedFilter() == want);

    tick(bar->methodsButton(), int(PaymentMethod::Bancontact));
    want.methods = {PaymentMethod::Bancontact};
    CHECK(page.appliedFilter() == want);
    CHECK(page.totalsStrip()->totals() == TransactionRepository(*c).totals(want));

    SECTION("More filters: origin, processor and amounts")
    {
        bar->findChild<QToolButton*>(QStringLiteral("moreFilters"))->click();
        bar->originCombo()->setCurrentIndex(bar->originCombo()->findData(int(StatusOrigin::Manual)));
        want.origins = {StatusOrigin::Manual};
        CHECK(page.appliedFilter() == want);
        bar->processorsButton()->popup()->aboutToShow(); // the list is read when opened
        QStringList processors;
        for (const MultiSelectButton::Item& item : bar->processorsButton()->items())
            processors.append(item.value.toString());
        CHECK(processors == QStringList{QStringLiteral("CCV"), QStringLiteral("Worldline")});
        tick(bar->processorsButton(), QStringLiteral("Worldline"));
        want.processors = {QStringLiteral("Worldline")};
        CHECK(page.appliedFilter() == want);

        bar->minAmountEdit()->setText(QStringLiteral("€12.50"));
        emit bar->minAmountEdit()->editingFinished();
        bar->maxAmountEdit()->setText(QStringLiteral("100"));
        emit bar->maxAmountEdit()->editingFinished();
        want.minAmountMinor = 1250;
        want.maxAmountMinor = 10000;
        CHECK(page.appliedFilter() == want);
        REQUIRE(QTest::qWaitFor([&] { return !page.totalsStrip()->isBusy(); }, 10000)); // raw rows, on the worker
        CHECK(page.totalsStrip()->totals() == TransactionRepository(*c).totals(want));
        CHECK(bar->findChild<QToolButton*>(QStringLiteral("moreFilters"))->text() == QStringLiteral("More filters (3)"));

        // A wrong amount is explained and not applied.
        bar->maxAmountEdit()->setText(QStringLiteral("12,5,0"));
        emit bar->maxAmountEdit()->editingFinished();
        want.maxAmountMinor.reset();
        CHECK(page.appliedFilter() == want);
        CHECK(bar->amountProblem().contains(QStringLiteral("“12,5,0” is not an amount")));
        CHECK(bar->maxAmountEdit()->toolTip() == bar->amountProblem());
    }
    SECTION("a custom range of days")
    {
        bar->datesCombo()->setCurrentIndex(bar->datesCombo()->findData(int(DatePreset::Custom)));
        CHECK(bar->fromEdit()->isVisibleTo(bar));
        bar->fromEdit()->setDate(QDate(2026, 3, 10));
        bar->toEdit()->setDate(QDate(2026, 3, 16));
        want.from = QDate(2026, 3, 10);
        want.to = QDate(2026, 3, 16);
        CHECK(page.appliedFilter() == want);
        // A reversed range is turned around, never empty by mistake.
        bar->fromEdit()->setDate(QDate(2026, 3, 20));
        CHECK(bar->toEdit()->date() == QDate(2026, 3, 20));
    }
    SECTION("All takes a choice back, Clear filters takes them all back")
    {
        tickAll(bar->statusesButton());
        want.statuses.clear();
        CHECK(page.appliedFilter() == want);
        bar->findChild<QToolButton*>(QStringLiteral("clearFilters"))->click();
        CHECK(page.datePreset() == DatePreset::Today);
        TransactionFilter today;
        today.from = today.to = QDate::currentDate();
        CHECK(page.appliedFilter() == today);
    }
    SECTION("the search: Return applies, typing applies after a pause, Ctrl+F focuses it")
    {
        page.searchEdit()->setText(QStringLiteral("  R29  "));
        page.applyFilter();
        want.text = QStringLiteral("R29");
        CHECK(page.appliedFilter() == want);
        page.searchEdit()->setText(QStringLiteral("R1"));
        CHECK(page.appliedFilter().text == QStringLiteral("R29"));
        want.text = QStringLiteral("R1");
        CHECK(QTest::qWaitFor([&] { return page.appliedFilter() == want; }, 3000));

        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        REQUIRE_FALSE(page.searchEdit()->hasFocus());
        QTest::keySequence(&page, QKeySequence(QKeySequence::Find));
        CHECK(page.searchEdit()->hasFocus());
    }
}

TEST_CASE("Transactions page: clicking a column header sorts the whole list by it")
{
    FilledCache c(1200);
    TransactionsPage page(*c);
    page.setDatePreset(DatePreset::All);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHeaderView* header = page.view()->horizontalHeader();

    header->setSortIndicator(int(Column::Amount), Qt::AscendingOrder); // as a click does
    CHECK(page.model()->sortOrder() == TransactionSort{TransactionSort::Key::Amount, false});
    // Read on the worker: the screen does not wait for the scan, and says nothing of
    // "no transactions" meanwhile.
    QCoreApplication::processEvents();
    CHECK(page.model()->isFetching());
    for (const QLabel* label : page.findChildren<QLabel*>())
        CHECK_FALSE((label->isVisibleTo(&page) && label->text().contains(QStringLiteral("No transactions"))));
    fetchAll(page.model());
    REQUIRE(page.model()->rowCount() == 1200);
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const Transaction& t : everything(*c, {}))
        smallest = std::min<qint64>(smallest, t.amount.minor());
    CHECK(page.model()->transactionAt(0).amount.minor() == smallest);
    for (int row = 1; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->transactionAt(row - 1).amount.minor() <= page.model()->transactionAt(row).amount.minor());

    header->setSortIndicator(int(Column::Location), Qt::DescendingOrder);
    fetchAll(page.model());
    CHECK(page.model()->transactionAt(0).locationId == kLocations[1]); // "Boulangerie Namur" > "Bakkerij Gent"
    CHECK(page.model()->transactionAt(page.model()->rowCount() - 1).locationId == kLocations[0]);

}

TEST_CASE("Transactions page: filters, sort, columns and the split are remembered for the next start")
{
    FilledCache c(600);
    {
        TransactionsPage page(*c);
        page.setDatePreset(DatePreset::All);
        tick(page.filterBar()->locationsButton(), kLocations[0]);
        tick(page.filterBar()->methodsButton(), int(PaymentMethod::Visa));
        QHeaderView* header = page.view()->horizontalHeader();
        header->setSortIndicator(int(Column::Amount), Qt::DescendingOrder);
        header->setSectionHidden(int(Column::Card), true);
        header->moveSection(header->visualIndex(int(Column::Amount)), 0);
    } // the page saves what changed when it goes
    TransactionsPage page(*c);
    CHECK(page.datePreset() == DatePreset::All);
    TransactionFilter want;
    want.locationIds = {kLocations[0]};
    want.methods = {PaymentMethod::Visa};
    CHECK(page.appliedFilter() == want);
    CHECK(page.model()->sortOrder() == TransactionSort{TransactionSort::Key::Amount, true});
    QHeaderView* header = page.view()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == int(Column::Amount));
    CHECK(header->isSectionHidden(int(Column::Card)));
    CHECK(header->visualIndex(int(Column::Amount)) == 0);
    // The search is for the moment only.
    CHECK(page.searchEdit()->text().isEmpty());
}

TEST_CASE("Transactions page: the detail pane shows every field, the day close and the history")
{
    FilledCache c(400);
    Transaction waiting = manualTransaction(QStringLiteral("tx-waiting"));
    waiting.status = TransactionStatus::ManualIntervention;
    waiting.statusOrigin = StatusOrigin::Automatic;
    waiting.manualStatusBy.clear();
    waiting.manualStatusAt = {};
    waiting.authorisationCode = QStringLiteral("A7X9");
    TransactionRepository(*c).upsert(waiting);
    Period period;
    period.id = waiting.periodId;
    period.terminalId = waiting.terminalId;
    period.locationId = waiting.locationId;
    period.sequence = 41;
    period.openedAt = QDateTime(QDate(2026, 4, 30), QTime(4, 0), Qt::UTC);
    period.closedAt = QDateTime(QDate(2026, 5, 1), QTime(3, 0), Qt::UTC);
    period.transactionCount = 1;
    period.total = Money::eur(1995);
    PeriodRepository(*c).upsert(period);

    TransactionsPage page(*c);
    page.setActor(QStringLiteral("anais@bakkerij-janssens.be"));
    page.setDatePreset(DatePreset::All);
    page.searchEdit()->setText(QStringLiteral("MANUAL-1"));
    page.applyFilter();
    REQUIRE(page.model()->rowCount() == 1);
    TransactionDetailPane* pane = page.detailPane();
    CHECK(pane->plainText().contains(QStringLiteral("No transaction selected")));
    // The pane waits beside the list until asked for: Details, or Return on a row.
    CHECK_FALSE(pane->isVisibleTo(&page));
    auto* statusButton = page.findChild<QToolButton*>(QStringLiteral("setStatusButton"));
    REQUIRE(statusButton);
    CHECK_FALSE(statusButton->isVisibleTo(&page));
    selectOnly(page.view(), 0);
    CHECK(statusButton->isVisibleTo(&page)); // the selected transaction waits for its status
    emit page.view()->activated(page.model()->index(0, 0));
    CHECK(pane->isVisibleTo(&page));
    CHECK(page.detailsAction()->isChecked());
    const QString text = pane->plainText();
    for (const char* expected : {"€19.95 · Sale", "Manual intervention", "Bancontact", "CCV", "**** **** **** 4242",
                                 "A7X9", "MANUAL-1", "Bakkerij Gent", "Kassa 1", "Period 41", "tx-waiting",
                                 "No changes were made to this transaction in Comptoir."})
        CHECK(text.contains(QString::fromUtf8(expected)));
    // Brussels time: 00:15 on 1 May.
    CHECK(text.contains(QLocale().toString(QDateTime(QDate(2026, 5, 1), QTime(0, 15, 3)), QLocale::LongFormat).left(12)));
    CHECK(pane->showPeriodButton()->isVisibleTo(pane));
    QSignalSpy periodAsked(&page, &TransactionsPage::showPeriodRequested);
    pane->showPeriodButton()->click();
    REQUIRE(periodAsked.size() == 1);
    CHECK(periodAsked.first().first().toString() == waiting.periodId);

    // Set status… from the pane, confirmed: the orange hand, the audit entry, the outbox.
    REQUIRE(pane->setStatusButton()->isVisibleTo(pane));
    page.setStatusChooser([](const Transaction&) { return std::optional(TransactionStatus::Success); });
    QSignalSpy edited(&page, &TransactionsPage::edited);
    pane->setStatusButton()->click();
    CHECK(edited.size() == 1);
    REQUIRE(page.model()->rowCount() == 1);
    const Transaction now = page.model()->transactionAt(0);
    CHECK(now.status == TransactionStatus::Success);
    CHECK(now.statusOrigin == StatusOrigin::Manual);
    CHECK(now.manualStatusBy == QStringLiteral("anais@bakkerij-janssens.be"));
    CHECK(Outbox(*c).count(OutboxEntry::State::Pending) == 1);
    selectOnly(page.view(), 0);
    const QString after = pane->plainText();
    CHECK(after.contains(QStringLiteral("by hand, by anais@bakkerij-janssens.be")));
    CHECK(after.contains(QStringLiteral("set the status from “Manual intervention” to “Success”")));
    CHECK(after.contains(QStringLiteral("Waiting for the portal")));
    CHECK_FALSE(pane->setStatusButton()->isVisibleTo(pane));
    CHECK_FALSE(statusButton->isVisibleTo(&page));

    SECTION("without a signed-in user there is no Set status…")
    {
        TransactionsPage readOnly(*c);
        readOnly.setDatePreset(DatePreset::All);
        selectOnly(readOnly.view(), 0);
        CHECK_FALSE(readOnly.detailPane()->setStatusButton()->isVisibleTo(readOnly.detailPane()));
    }
}

TEST_CASE("Transactions page: Copy puts the selected rows on the clipboard for a spreadsheet")
{
    FilledCache c(300);
    TransactionsPage page(*c);
    page.setDatePreset(DatePreset::All);
    selectOnly(page.view(), 2);
    page.view()->selectionModel()->select(page.model()->index(5, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.view()->horizontalHeader()->setSectionHidden(int(Column::Origin), true);
    page.copyAction()->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    CHECK(header.size() == int(Column::Count) - 1); // the hidden column stays out
    CHECK(header.first() == QStringLiteral("Time"));
    CHECK_FALSE(header.contains(QStringLiteral("Origin")));
    const int amount = int(header.indexOf(QStringLiteral("Amount")));
    const int card = int(header.indexOf(QStringLiteral("Card")));
    for (int i : {1, 2}) {
        const Transaction& t = page.model()->transactionAt(i == 1 ? 2 : 5);
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        REQUIRE(cells.size() == header.size());
        // A plain number a spreadsheet reads, not "€12.50".
        CHECK(cells[amount] == t.amount.toPlainString());
        CHECK(cells[card] == t.maskedCardNumber);
    }
}

TEST_CASE("Transactions page: a day close's transactions show with a chip that takes the filter off")
{
    FilledCache c(2000);
    TransactionsPage page(*c);
    const Transaction some = everything(*c, {}).at(10);
    TransactionFilter f;
    f.periodId = some.periodId;
    page.showFilter(f);
    CHECK(page.appliedFilter().periodId == some.periodId);
    fetchAll(page.model());
    CHECK(page.model()->rowCount() == everything(*c, f).size());
    for (int row = 0; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->transactionAt(row).periodId == some.periodId);
    QWidget* chip = page.filterBar()->findChild<QWidget*>(QStringLiteral("periodChip"));
    REQUIRE(chip);
    CHECK(chip->isVisibleTo(page.filterBar()));
    page.filterBar()->findChild<QToolButton*>(QStringLiteral("removePeriod"))->click();
    CHECK(page.appliedFilter().periodId.isEmpty());
    CHECK_FALSE(chip->isVisibleTo(page.filterBar()));
}

TEST_CASE("Transactions page: only the locations the user may see are offered and counted")
{
    FilledCache c(1500);
    setPermissions(*c, {{QStringLiteral("transactions"), {kLocations[0]}}, {QStringLiteral("dashboard"), kLocations}});
    TransactionsPage page(*c);
    page.setDatePreset(DatePreset::All);
    FilterBar* bar = page.filterBar();
    REQUIRE(bar->locationsButton()->items().size() == 1);
    CHECK(bar->locationsButton()->items().first().value.toString() == kLocations[0]);
    CHECK_FALSE(bar->locationsButton()->isEnabled()); // nothing to choose
    for (const MultiSelectButton::Item& item : bar->terminalsButton()->items())
        CHECK((item.value.toString() == kTerminals[0] || item.value.toString() == kTerminals[1]));
    // "All locations" is all of hers: the list and the totals leave Namur out.
    TransactionFilter mine;
    mine.locationIds = {kLocations[0]};
    CHECK(page.appliedFilter() == mine);
    CHECK(page.totalsStrip()->totals() == TransactionRepository(*c).totals(mine));
    fetchAll(page.model());
    for (int row = 0; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->transactionAt(row).locationId == kLocations[0]);
}
