#include "guifixtures.h"

#include "gui/icons.h"
#include "gui/transactiontablemodel.h"
#include "store/transactionrepository.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSet>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

using Column = TransactionTableModel::Column;
constexpr int kPage = TransactionTableModel::kPageSize;

QString cell(const TransactionTableModel& m, int row, Column c, int role = Qt::DisplayRole)
{
    return m.index(row, int(c)).data(role).toString();
}

void fetchAll(TransactionTableModel& m)
{
    while (m.canFetchMore(QModelIndex()))
        m.fetchMore(QModelIndex());
}

// Every transaction the filter matches, newest first, read independently of the model.
QList<Transaction> expected(CacheDatabase& cache, const TransactionFilter& f)
{
    return TransactionRepository(cache).page(f, {}, 1'000'000);
}

} // namespace

TEST_CASE("TransactionTableModel: passes QAbstractItemModelTester while paging and filtering")
{
    FilledCache c(2500);
    TransactionTableModel model(*c);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The tester fetches too (after each change it checks); pages stay whole.
    CHECK(model.columnCount() == int(Column::Count));
    for (int i = 0; i < 4; ++i)
        model.fetchMore(QModelIndex());
    CHECK(model.rowCount() >= 4 * kPage);
    CHECK(model.rowCount() % kPage == 0);
    fetchAll(model);
    CHECK(model.rowCount() == 2500);

    TransactionFilter f;
    f.locationIds = {kLocations[1]};
    f.statuses = {TransactionStatus::Success, TransactionStatus::Refunded};
    model.setFilter(f);
    fetchAll(model);
    CHECK(model.rowCount() == expected(*c, f).size());

    f.text = QStringLiteral("R1");
    model.setFilter(f);
    fetchAll(model);
    model.setFilter({});
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() >= kPage);
}

TEST_CASE("TransactionTableModel: fetchMore loads pages incrementally and never more than requested")
{
    FilledCache c(3000);
    TransactionTableModel model(*c);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Nothing is read until a view (or the page) asks.
    CHECK(model.rowCount() == 0);
    CHECK(model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == kPage);
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 0);
    CHECK(inserted.at(0).at(2).toInt() == kPage - 1);

    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 2 * kPage);
    REQUIRE(inserted.size() == 2);
    CHECK(inserted.at(1).at(1).toInt() == kPage);
    CHECK(inserted.at(1).at(2).toInt() == 2 * kPage - 1);

    // Children never fetch anything.
    CHECK_FALSE(model.canFetchMore(model.index(0, 0)));
    model.fetchMore(model.index(0, 0));
    CHECK(model.rowCount() == 2 * kPage);

    fetchAll(model);
    CHECK(model.rowCount() == 3000);
    CHECK(inserted.size() == (3000 + kPage - 1) / kPage);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // at the end: a no-op
    CHECK(model.rowCount() == 3000);

    // Exactly the cache's rows, newest first, none twice (ties on created_at are common).
    const QList<Transaction> all = expected(*c, {});
    REQUIRE(all.size() == 3000);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.transactionAt(row).id == all.at(row).id);
        seen.insert(model.transactionAt(row).id);
    }
    CHECK(seen.size() == 3000);
}

TEST_CASE("TransactionTableModel: filter changes reset and show the right rows")
{
    FilledCache c(3000);
    TransactionTableModel model(*c);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.fetchMore(QModelIndex());

    SECTION("dates, location and status")
    {
        TransactionFilter f;
        f.from = QDate(2026, 3, 10);
        f.to = QDate(2026, 3, 16);
        f.locationIds = {kLocations[0]};
        f.statuses = {TransactionStatus::Success};
        model.setFilter(f);
        CHECK(resets.size() == 1);
        CHECK(model.rowCount() == 0);
        CHECK(model.filter() == f);
        fetchAll(model);
        const QList<Transaction> want = expected(*c, f);
        REQUIRE(want.size() > 10);
        REQUIRE(model.rowCount() == want.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const Transaction& t = model.transactionAt(row);
            CHECK(t.id == want.at(row).id);
            CHECK(t.locationId == kLocations[0]);
            CHECK(t.status == TransactionStatus::Success);
            CHECK(t.businessDay >= f.from);
            CHECK(t.businessDay <= f.to);
            CHECK(cell(model, row, Column::Location) == QStringLiteral("Bakkerij Gent"));
            CHECK(cell(model, row, Column::Status) == displayName(TransactionStatus::Success));
        }
    }

    SECTION("the last four card digits")
    {
        const Transaction probe = model.transactionAt(17);
        TransactionFilter f;
        f.text = probe.maskedCardNumber.right(4);
        model.setFilter(f);
        fetchAll(model);
        REQUIRE(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.transactionAt(row).maskedCardNumber.endsWith(f.text));
        CHECK(cell(model, 0, Column::Card) == QStringLiteral(u"\u2022\u2022\u2022\u2022 ") + f.text);
    }

    SECTION("a reference")
    {
        TransactionFilter f;
        f.text = QStringLiteral("R2999");
        model.setFilter(f);
        fetchAll(model);
        REQUIRE(model.rowCount() == 1);
        CHECK(cell(model, 0, Column::Reference) == QStringLiteral("R2999"));
    }

    SECTION("nothing matches")
    {
        TransactionFilter f;
        f.text = QStringLiteral("no such reference");
        model.setFilter(f);
        model.fetchMore(QModelIndex());
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore(QModelIndex()));
    }
}

TEST_CASE("TransactionTableModel: cells are formatted for the user")
{
    FilledCache c(10);
    Transaction t = manualTransaction(QStringLiteral("tx-manual"));
    t.amount = Money::eur(-123456);
    t.type = TransactionType::Refund;
    t.method = PaymentMethod::MealVoucher;
    t.issuer = QStringLiteral("Pluxee");
    TransactionRepository(*c).upsert(t);
    TransactionTableModel model(*c);
    TransactionFilter f;
    f.text = QStringLiteral("tx-manual");
    model.setFilter(f);
    model.fetchMore(QModelIndex());
    REQUIRE(model.rowCount() == 1);

    // 22:15:03 UTC is 00:15:03 the next day in Brussels (summer time).
    CHECK(cell(model, 0, Column::Time) == QStringLiteral("01/05/2026 00:15:03"));
    CHECK(cell(model, 0, Column::Terminal) == QStringLiteral("Kassa 1"));
    CHECK(cell(model, 0, Column::Type) == displayName(TransactionType::Refund));
    CHECK(cell(model, 0, Column::Method) == QStringLiteral("Meal voucher (Pluxee)"));
    CHECK(cell(model, 0, Column::Amount) == Money::eur(-123456).format(moneyLocaleFor(QLocale())));
    CHECK(cell(model, 0, Column::Amount) == QStringLiteral("-€1,234.56"));
    CHECK(model.index(0, int(Column::Amount)).data(Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.headerData(int(Column::Amount), Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>() ==
          (Qt::AlignRight | Qt::AlignVCenter));
    CHECK(cell(model, 0, Column::Reference) == QStringLiteral("MANUAL-1"));
    CHECK(cell(model, 0, Column::Card, Qt::ToolTipRole) == QStringLiteral("**** **** **** 4242"));
    for (int col = 0; col < int(Column::Count); ++col)
        CHECK_FALSE(model.headerData(col, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("TransactionTableModel: manual-status rows carry the hand icon and the tooltip")
{
    FilledCache c(400);
    TransactionRepository(*c).upsert(manualTransaction(QStringLiteral("tx-manual")));
    TransactionTableModel model(*c);
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    REQUIRE(model.rowCount() == 401);

    const QIcon hand = manualStatusIcon();
    REQUIRE_FALSE(hand.isNull());
    CHECK_FALSE(hand.pixmap(16, 16).isNull()); // the resource is there and the SVG renders

    int manualRows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Transaction& t = model.transactionAt(row);
        const QVariant decoration = model.index(row, int(Column::Status)).data(Qt::DecorationRole);
        const QString tooltip = cell(model, row, Column::Status, Qt::ToolTipRole);
        if (t.statusOrigin == StatusOrigin::Manual) {
            ++manualRows;
            REQUIRE(decoration.canConvert<QIcon>());
            CHECK(decoration.value<QIcon>().cacheKey() == hand.cacheKey());
            CHECK(tooltip.startsWith(QStringLiteral("Status set by hand by Anaïs Dubois on ")));
            CHECK(cell(model, row, Column::Origin) == displayName(StatusOrigin::Manual));
        } else {
            CHECK_FALSE(decoration.isValid());
            CHECK(tooltip.isEmpty());
            CHECK(cell(model, row, Column::Origin) == displayName(StatusOrigin::Automatic));
        }
        // Only the status column carries the hand.
        CHECK_FALSE(model.index(row, int(Column::Amount)).data(Qt::DecorationRole).isValid());
    }
    CHECK(manualRows == 8 + 1); // every 50th of 400, and ours

    TransactionFilter f;
    f.text = QStringLiteral("tx-manual");
    model.setFilter(f);
    model.fetchMore(QModelIndex());
    REQUIRE(model.rowCount() == 1);
    // 22:20 UTC on 30 April is 00:20 on 1 May in Brussels, the location's zone.
    CHECK(cell(model, 0, Column::Status, Qt::ToolTipRole) ==
          QStringLiteral("Status set by hand by Anaïs Dubois on 01/05/2026 00:20:00"));
}
