// The Dashboard page: the series its charts draw for fixed data, the KPI strip, the filter a
// click on a bar, slice or KPI asks for (and that it shows exactly the transactions behind
// it), permissions, the day/week/month switch, export as PNG and PDF, and screenshots in
// light and dark palettes.
#include "guifixtures.h"

#include "gui/dashboard/chartcard.h"
#include "gui/dashboard/chartstyle.h"
#include "gui/dashboard/kpitile.h"
#include "gui/dashboardpage.h"
#include "gui/preferences.h"
#include "portal/syncengine.h"
#include "server/democache.h"
#include "server/demogenerator.h"
#include "store/transactionrepository.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

#include <limits>

using namespace comptoir;
using namespace comptoir::test;
using Chart = DashboardPage::Chart;
using dashboard::ChartCard;
using dashboard::KpiTile;

namespace {

Transaction tx(const QString& id, QDate day, int hour, int terminal, qint64 cents, PaymentMethod method,
    TransactionStatus status = TransactionStatus::Success, StatusOrigin origin = StatusOrigin::Automatic)
{
    Transaction t;
    t.id = id;
    t.businessDay = day;
    t.createdAt = QDateTime(day, QTime(hour - 1, 15), Qt::UTC); // Brussels in winter: UTC+1
    t.amount = Money::eur(cents);
    t.type = cents < 0 ? TransactionType::Refund : TransactionType::Sale;
    t.terminalId = kTerminals[terminal];
    t.locationId = kLocations[terminal / 2];
    t.method = method;
    t.status = status;
    t.statusOrigin = origin;
    t.processor = QStringLiteral("CCV");
    t.reference = QStringLiteral("R-") + id;
    t.version = 1;
    return t;
}

// Until the page has shown the figures of its latest filter.
void settle(DashboardPage& page)
{
    QSignalSpy spy(&page, &DashboardPage::refreshed);
    for (int i = 0; i < 400 && (page.isBusy() || spy.isEmpty()); ++i)
        spy.wait(25);
    REQUIRE_FALSE(page.isBusy());
}

void setFilterAndWait(DashboardPage& page, const TransactionFilter& f)
{
    QSignalSpy spy(&page, &DashboardPage::refreshed);
    page.setFilter(f);
    for (int i = 0; i < 400 && (page.isBusy() || spy.isEmpty()); ++i)
        spy.wait(25);
    REQUIRE_FALSE(page.isBusy());
}

QList<QBarSet*> barSets(DashboardPage& page, Chart chart)
{
    const QList<QAbstractSeries*> series = page.card(chart)->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    REQUIRE(bars);
    return bars->barSets();
}

QList<double> values(QBarSet* set)
{
    QList<double> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

// What a click on bar `index` of set `set` emits (through the bar set's own signal, as a
// mouse click does).
std::optional<TransactionFilter> clickBar(DashboardPage& page, Chart chart, int set, int index)
{
    QSignalSpy spy(&page, &DashboardPage::openTransactions);
    emit barSets(page, chart).at(set)->clicked(index);
    if (spy.isEmpty())
        return std::nullopt;
    REQUIRE(spy.size() == 1);
    return spy.first().first().value<TransactionFilter>();
}

// The transactions a filter shows, counted and summed from the raw rows (the Transactions
// page's path), never from a rollup.
TransactionTotals rawTotals(CacheDatabase& c, TransactionFilter f)
{
    if (!f.minAmountMinor)
        f.minAmountMinor = std::numeric_limits<qint64>::min();
    return TransactionRepository(c).totals(f);
}

const QDate kMonday(2026, 2, 2);

std::vector<Transaction> fixedRows()
{
    using M = PaymentMethod;
    using S = TransactionStatus;
    return {
        tx(QStringLiteral("a"), kMonday, 9, 0, 1000, M::Bancontact),
        tx(QStringLiteral("b"), kMonday, 9, 1, 2550, M::Visa),
        tx(QStringLiteral("c"), kMonday, 14, 2, 400, M::Bancontact),
        tx(QStringLiteral("d"), kMonday.addDays(1), 10, 0, -300, M::Bancontact),
        tx(QStringLiteral("e"), kMonday.addDays(1), 10, 3, 1200, M::Visa, S::Failed),
        tx(QStringLiteral("f"), kMonday.addDays(5), 16, 2, 5000, M::Mastercard, S::Chargeback),
        tx(QStringLiteral("g"), kMonday.addDays(7), 11, 3, 750, M::Payconiq, S::Success, StatusOrigin::Manual),
        tx(QStringLiteral("h"), kMonday.addDays(8), 11, 0, 990, M::Bancontact, S::Declined),
        tx(QStringLiteral("i"), kMonday.addDays(8), 12, 1, 660, M::Visa, S::Refunded),
        tx(QStringLiteral("ly"), kMonday.addDays(7 - 364), 9, 0, 4321, M::Bancontact),
    };
}

} // namespace

TEST_CASE("DashboardPage: the charts' series and the KPIs for fixed data")
{
    qRegisterMetaType<TransactionFilter>();
    TempCache c;
    addSites(*c);
    TransactionRepository(*c).upsert(fixedRows());
    DashboardPage page(*c);
    page.setClock(kMonday.addDays(8)); // Tuesday 10 February 2026
    TransactionFilter f;
    f.from = kMonday;
    f.to = kMonday.addDays(13);
    setFilterAndWait(page, f);
    CHECK(page.message().isEmpty());
    CHECK(page.granularity() == Granularity::Day);

    // Turnover per day, in euros, every day of the two weeks.
    const QList<QBarSet*> turnover = barSets(page, Chart::Turnover);
    REQUIRE(turnover.size() == 1);
    CHECK(values(turnover[0]) == QList<double> { 39.5, -3, 0, 0, 0, 0, 0, 7.5, 0, 0, 0, 0, 0, 0 });
    CHECK(page.card(Chart::Turnover)->title() == QStringLiteral("Turnover per day"));
    // Transactions, stacked: successful and not.
    const QList<QBarSet*> counts = barSets(page, Chart::Transactions);
    REQUIRE(counts.size() == 2);
    CHECK(values(counts[0]) == QList<double> { 3, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0 });
    CHECK(values(counts[1]) == QList<double> { 0, 1, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0 });
    // Refunds (as a positive amount), payments refunded later, chargebacks.
    const QList<QBarSet*> refunds = barSets(page, Chart::Refunds);
    REQUIRE(refunds.size() == 3);
    CHECK(values(refunds[0]).at(1) == 3.0);
    CHECK(values(refunds[1]).at(8) == 6.6);
    CHECK(values(refunds[2]).at(5) == 50.0);
    // Methods with turnover, largest first: Visa, Bancontact, Payconiq (Mastercard has only
    // a chargeback).
    const QList<QAbstractSeries*> pies = page.card(Chart::Methods)->chart()->series();
    REQUIRE(pies.size() == 1);
    const QList<QPieSlice*> slices = qobject_cast<QPieSeries*>(pies.first())->slices();
    REQUIRE(slices.size() == 3);
    CHECK(slices[0]->label() == QStringLiteral("Visa"));
    CHECK(slices[0]->value() == 25.5);
    CHECK(slices[1]->label() == QStringLiteral("Bancontact"));
    CHECK(slices[1]->value() == 11.0);
    CHECK(slices[2]->value() == 7.5);
    // Locations: the largest at the top (the last bar of a horizontal chart).
    CHECK(values(barSets(page, Chart::Locations)[0]) == QList<double> { 11.5, 32.5 });
    // Hours 9-16 on the Brussels clock (the first and last with transactions).
    CHECK(values(barSets(page, Chart::Hours)[0]) == QList<double> { 35.5, -3, 7.5, 0, 0, 4, 0, 0 });
    // Weekdays, Monday first.
    CHECK(values(barSets(page, Chart::Weekdays)[0]) == QList<double> { 47, -3, 0, 0, 0, 0, 0 });
    // Statuses other than a plain success, as shares of the 9 transactions, enum order from
    // the top: success by hand, failed, declined, refunded, chargeback.
    const QList<double> shares = values(barSets(page, Chart::Statuses)[0]);
    REQUIRE(shares.size() == 5);
    for (double s : shares)
        CHECK(s == Approx(100.0 / 9));

    // KPIs on Tuesday 10 February, in the test's English (UK) locale.
    KpiTile* week = page.kpiTile(KpiPeriod::ThisWeek);
    CHECK(week->text(0, 0) == QStringLiteral("€7.50"));
    CHECK(week->text(0, 1) == QStringLiteral("−79.5%")); // 7.50 against 36.50 on 2-3 February
    CHECK(week->text(0, 2) == QStringLiteral("−82.6%")); // against 43.21 a year earlier
    CHECK(week->text(1, 0) == QStringLiteral("1"));
    CHECK(week->text(2, 0) == QStringLiteral("€7.50"));
    KpiTile* today = page.kpiTile(KpiPeriod::Today);
    CHECK(today->text(0, 0) == QStringLiteral("€0.00"));
    CHECK(today->text(0, 1) == QStringLiteral("−100.0%"));
    CHECK(today->text(0, 2) == QStringLiteral("—")); // nothing on 11 February 2025
    CHECK(today->text(2, 0) == QStringLiteral("—")); // no sales today
    KpiTile* month = page.kpiTile(KpiPeriod::ThisMonth);
    CHECK(month->text(0, 0) == QStringLiteral("€44.00"));
    CHECK(month->text(2, 0) == QStringLiteral("€11.75"));
    CHECK(KpiTile::changePermille(1005, 1000) == 5);
    CHECK(KpiTile::changePermille(1000, 1000) == 0);
    CHECK(KpiTile::changePermille(1, 3) == -667);
    CHECK(KpiTile::changePermille(5, -10) == 1500); // from -10 to 5: up by one and a half times |-10|
    CHECK_FALSE(KpiTile::changePermille(5, 0));
    CHECK(KpiTile::changeText(0) == QStringLiteral("±0.0%"));

    // Exact amounts on hover.
    const QString tip = page.toolTipFor(Chart::Turnover, 0, 0);
    CHECK(tip.contains(QStringLiteral("Turnover: €39.50")));
    CHECK(tip.contains(QStringLiteral("Sales: €39.50 (3)")));
    CHECK(page.toolTipFor(Chart::Weekdays, 0, 0).contains(QStringLiteral("2 such days in the period: €23.50 per day")));
    CHECK(page.toolTipFor(Chart::Methods, 0, 0).contains(QStringLiteral("Share of the turnover: 58.0%")));

    // By week: two bars; by month: one. Day is the page's own switch.
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.findChild<QToolButton*>(QStringLiteral("granularity1"))->click();
    settle(page);
    CHECK(page.granularity() == Granularity::Week);
    CHECK(values(barSets(page, Chart::Turnover)[0]) == QList<double> { 36.5, 7.5 });
    CHECK(page.card(Chart::Turnover)->title() == QStringLiteral("Turnover per week"));
    page.setGranularity(Granularity::Month);
    settle(page);
    CHECK(values(barSets(page, Chart::Turnover)[0]) == QList<double> { 44 });
    // The choice stays for the next filter while it fits.
    f.to = kMonday.addDays(20);
    setFilterAndWait(page, f);
    CHECK(page.granularity() == Granularity::Month);

    // What the rollups cannot answer is left to the transaction list, and the page says so.
    TransactionFilter searched = f;
    searched.text = QStringLiteral("R-a");
    setFilterAndWait(page, searched);
    CHECK(page.filter() == searched);
    CHECK(page.notice().contains(QStringLiteral("apply to the transaction list only")));
    CHECK(page.figures().total.count == 9);

    // In the user's language and locale: Dutch (Belgium).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Belgium));
    setFilterAndWait(page, f);
    CHECK(page.kpiTile(KpiPeriod::ThisMonth)->text(0, 0) == QStringLiteral("€\u00a044,00"));
    CHECK(page.kpiTile(KpiPeriod::ThisWeek)->text(0, 1) == QStringLiteral("\u221279,5%"));
    CHECK(page.toolTipFor(Chart::Turnover, 0, 0).contains(QStringLiteral("€\u00a044,00")));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    setFilterAndWait(page, f);
    CHECK(page.kpiTile(KpiPeriod::ThisMonth)->text(0, 0) == QStringLiteral("44,00\u00a0€"));
    CHECK(page.kpiTile(KpiPeriod::ThisWeek)->text(0, 1) == QStringLiteral("\u221279,5\u202f%"));
    QLocale::setDefault(before);
}

TEST_CASE("DashboardPage: a click on a bar, slice or KPI asks for exactly the transactions behind it")
{
    TempCache c;
    addSites(*c);
    TransactionRepository(*c).upsert(fixedRows());
    DashboardPage page(*c);
    page.setClock(kMonday.addDays(8));
    TransactionFilter f;
    f.from = kMonday;
    f.to = kMonday.addDays(13);
    setFilterAndWait(page, f);

    // The turnover bar of Monday 2 February: that day, successful transactions.
    std::optional<TransactionFilter> got = clickBar(page, Chart::Turnover, 0, 0);
    REQUIRE(got);
    TransactionFilter want = f;
    want.from = want.to = kMonday;
    want.statuses = { TransactionStatus::Success };
    CHECK(*got == want);
    CHECK(rawTotals(*c, *got).netMinor() == 3950);
    // An empty day asks for nothing.
    CHECK_FALSE(clickBar(page, Chart::Turnover, 0, 2));
    // The unsuccessful part of Tuesday 10 February's transactions.
    got = clickBar(page, Chart::Transactions, 1, 8);
    REQUIRE(got);
    CHECK(got->from == kMonday.addDays(8));
    CHECK_FALSE(got->statuses.contains(TransactionStatus::Success));
    CHECK(got->statuses.size() == 7);
    CHECK(rawTotals(*c, *got).count == 2);
    // Refunds of Tuesday 3 February: successful with a negative amount.
    got = clickBar(page, Chart::Refunds, 0, 1);
    REQUIRE(got);
    CHECK(got->maxAmountMinor == -1);
    CHECK(rawTotals(*c, *got).count == 1);
    CHECK(rawTotals(*c, *got).refundsMinor == -300);
    got = clickBar(page, Chart::Refunds, 2, 5);
    REQUIRE(got);
    CHECK(got->statuses == QList<TransactionStatus> { TransactionStatus::Chargeback });
    // The Visa slice.
    {
        QSignalSpy spy(&page, &DashboardPage::openTransactions);
        auto* pie = qobject_cast<QPieSeries*>(page.card(Chart::Methods)->chart()->series().first());
        emit pie->slices().at(0)->clicked();
        REQUIRE(spy.size() == 1);
        const auto visa = spy.first().first().value<TransactionFilter>();
        CHECK(visa.methods == QList<PaymentMethod> { PaymentMethod::Visa });
        CHECK(visa.statuses == QList<TransactionStatus> { TransactionStatus::Success });
        CHECK(rawTotals(*c, visa).netMinor() == 2550);
    }
    // The top location bar (the last one): loc-1.
    got = clickBar(page, Chart::Locations, 0, 1);
    REQUIRE(got);
    CHECK(got->locationIds == QStringList { kLocations[0] });
    CHECK(rawTotals(*c, *got).netMinor() == 3250);
    // 09:00-10:00: hours have no field of their own in the filter before issue 6; now they do.
    got = clickBar(page, Chart::Hours, 0, 0);
    REQUIRE(got);
    CHECK(got->hours == QList<int> { 9 });
    CHECK(rawTotals(*c, *got).netMinor() == 3550);
    // Mondays.
    got = clickBar(page, Chart::Weekdays, 0, 0);
    REQUIRE(got);
    CHECK(got->weekdays == QList<int> { 1 });
    CHECK(rawTotals(*c, *got).netMinor() == 4700);
    // Successful, set by hand (the top status bar).
    got = clickBar(page, Chart::Statuses, 0, 4);
    REQUIRE(got);
    CHECK(got->statuses == QList<TransactionStatus> { TransactionStatus::Success });
    CHECK(got->origins == QList<StatusOrigin> { StatusOrigin::Manual });
    CHECK(rawTotals(*c, *got).count == 1);
    // This week's KPI tile.
    {
        QSignalSpy spy(&page, &DashboardPage::openTransactions);
        KpiTile* week = page.kpiTile(KpiPeriod::ThisWeek);
        QTest::mouseClick(week, Qt::LeftButton);
        REQUIRE(spy.size() == 1);
        const auto k = spy.first().first().value<TransactionFilter>();
        CHECK(k.from == kMonday.addDays(7));
        CHECK(k.to == kMonday.addDays(8));
        CHECK(rawTotals(*c, k).netMinor() == 750);
    }

    // Narrowing keeps the rest of the filter: with Visa and Bancontact only, the Monday bar
    // asks for Monday's successful Visa and Bancontact transactions.
    f.methods = { PaymentMethod::Visa, PaymentMethod::Bancontact };
    f.statuses = { TransactionStatus::Success, TransactionStatus::Failed };
    setFilterAndWait(page, f);
    got = clickBar(page, Chart::Turnover, 0, 0);
    REQUIRE(got);
    CHECK(got->methods == f.methods);
    CHECK(got->statuses == QList<TransactionStatus> { TransactionStatus::Success });
    // A status the filter leaves out is never widened back in.
    f.statuses = { TransactionStatus::Failed };
    setFilterAndWait(page, f);
    CHECK_FALSE(page.filterFor(Chart::Turnover, 0, 0));
    CHECK(
        page.filterFor(Chart::Transactions, 1, 1)->statuses == QList<TransactionStatus> { TransactionStatus::Failed });
}

TEST_CASE("DashboardPage: every element's filter shows exactly what the element counts, on random data")
{
    FilledCache c(3000);
    DashboardPage page(*c);
    page.setClock(QDate(2026, 4, 20));
    for (int round = 0; round < 3; ++round) {
        TransactionFilter f;
        if (round == 0) {
            f.from = QDate(2026, 3, 1);
            f.to = QDate(2026, 4, 30);
        } else if (round == 1) {
            f.locationIds = { kLocations[1] };
            f.methods = { PaymentMethod::Visa, PaymentMethod::Maestro, PaymentMethod::Bancontact };
        } else {
            f.from = QDate(2026, 3, 10);
            f.terminalIds = { kTerminals[0], kTerminals[3] };
            f.hours = { 9, 10, 11, 12, 13, 14, 15, 16 };
        }
        INFO("round " << round);
        setFilterAndWait(page, f);
        const DashboardFigures& fig = page.figures();
        REQUIRE(fig.total.count > 0);
        int checked = 0;
        for (qsizetype i = 0; i < fig.series.size(); ++i) {
            const DashboardTotals& t = fig.series[i].totals;
            if (auto g = page.filterFor(Chart::Turnover, 0, int(i)); g && ++checked)
                REQUIRE(rawTotals(*c, *g).netMinor() == t.turnoverMinor());
            if (auto g = page.filterFor(Chart::Transactions, 1, int(i)); g && ++checked)
                REQUIRE(rawTotals(*c, *g).count == t.unsuccessfulCount());
            if (auto g = page.filterFor(Chart::Refunds, 0, int(i)); g && ++checked)
                REQUIRE(rawTotals(*c, *g).refundsMinor == t.refundsMinor);
            if (auto g = page.filterFor(Chart::Refunds, 2, int(i)); g && ++checked)
                REQUIRE(rawTotals(*c, *g).count == t.chargebackCount);
        }
        for (const auto& m : fig.methods)
            for (int i = 0; i < 20; ++i)
                if (auto g = page.filterFor(Chart::Methods, 0, i);
                    g && g->methods == QList<PaymentMethod> { m.method } && ++checked)
                    REQUIRE(rawTotals(*c, *g).netMinor() == m.totals.turnoverMinor());
        for (int h = 0; h < 24; ++h)
            if (auto g = page.filterFor(Chart::Hours, 0, h); g && ++checked)
                REQUIRE(rawTotals(*c, *g).netMinor() == fig.hours[std::size_t(g->hours.first())].turnoverMinor());
        for (int w = 0; w < 7; ++w)
            if (auto g = page.filterFor(Chart::Weekdays, 0, w); g && ++checked)
                REQUIRE(rawTotals(*c, *g).netMinor() == fig.weekdays[std::size_t(w)].turnoverMinor());
        for (int s = 0; s < 20; ++s)
            if (auto g = page.filterFor(Chart::Statuses, 0, s); g && ++checked) {
                const auto row = std::find_if(fig.statuses.begin(), fig.statuses.end(),
                    [&](const auto& r) { return r.status == g->statuses.first() && r.origin == g->origins.first(); });
                REQUIRE(row != fig.statuses.end());
                REQUIRE(rawTotals(*c, *g).count == row->count);
            }
        CHECK(checked > 20);
    }
}

TEST_CASE("DashboardPage: only the permitted locations, and a clear message without the dashboard menu")
{
    TempCache c;
    addSites(*c);
    TransactionRepository(*c).upsert(fixedRows());
    (*c).setMeta(SyncEngine::kPermissions,
        QStringLiteral(
            R"({"user":{"administrator":false},"permissions":[{"menu":"dashboard","location_ids":["loc-2"]},)"
            R"({"menu":"transactions","location_ids":["loc-1","loc-2"]}]})"));
    DashboardPage page(*c);
    page.setClock(kMonday.addDays(8));
    TransactionFilter f;
    f.from = kMonday;
    f.to = kMonday.addDays(13);
    setFilterAndWait(page, f);
    CHECK(page.figures().filter.locationIds == QStringList { kLocations[1] });
    CHECK(page.figures().total.turnoverMinor() == 1150);
    CHECK(page.kpiTile(KpiPeriod::ThisMonth)->text(0, 0) == QStringLiteral("€11.50"));
    // Clicks carry the restriction too.
    CHECK(page.filterFor(Chart::Turnover, 0, 0)->locationIds == QStringList { kLocations[1] });
    // Asking for loc-1 only: nothing to show, and the page says why.
    f.locationIds = { kLocations[0] };
    setFilterAndWait(page, f);
    CHECK(page.message().contains(QStringLiteral("may not see any of the chosen locations")));

    (*c).setMeta(SyncEngine::kPermissions,
        QStringLiteral(
            R"({"user":{"administrator":false},"permissions":[{"menu":"transactions","location_ids":[""]}]})"));
    QSignalSpy spy(&page, &DashboardPage::refreshed);
    page.reload();
    CHECK(page.message().contains(QStringLiteral("may not see the dashboard")));
}

TEST_CASE("DashboardPage: a chart exports as PNG and as PDF")
{
    TempCache c;
    addSites(*c);
    TransactionRepository(*c).upsert(fixedRows());
    DashboardPage page(*c);
    page.setClock(kMonday.addDays(8));
    TransactionFilter f;
    f.from = kMonday;
    f.to = kMonday.addDays(13);
    page.resize(1200, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    setFilterAndWait(page, f);
    QTemporaryDir dir;
    QString asked;
    page.setFileChooser([&](const QString& suggested, const QString&) {
        asked = suggested;
        return dir.filePath(QStringLiteral("turnover"));
    });
    ChartCard* card = page.card(Chart::Turnover);
    auto* menu = card->findChild<QToolButton*>(QStringLiteral("exportButton"))->menu();
    REQUIRE(menu->actions().size() == 2);
    menu->actions().at(0)->trigger();
    CHECK(asked.endsWith(QStringLiteral("Turnover per day.png")));
    const QImage png(dir.filePath(QStringLiteral("turnover.png")));
    REQUIRE_FALSE(png.isNull());
    CHECK(png.width() == card->view()->width() * 2);
    CHECK(page.notice().contains(QStringLiteral("saved as")));

    menu->actions().at(1)->trigger();
    QFile pdfFile(dir.filePath(QStringLiteral("turnover.pdf")));
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    pdfFile.close();
    QPdfDocument pdf;
    REQUIRE(pdf.load(pdfFile.fileName()) == QPdfDocument::Error::None);
    CHECK(pdf.pageCount() == 1);
    CHECK(pdf.getAllText(0).text().contains(QStringLiteral("Turnover per day")));
    CHECK(pdf.getAllText(0).text().contains(QStringLiteral("2 Feb – 15 Feb 2026"))); // what it is of

    // Nowhere to write: a message, and no file left behind.
    const QString bad = dir.filePath(QStringLiteral("missing/sub/turnover.png"));
    CHECK(card->exportPng(bad).contains(QStringLiteral("could not be saved")));
    CHECK_FALSE(QFile::exists(bad));
}

namespace {

QPalette darkPalette()
{
    return preferences::darkPalette(); // the Dark appearance of Settings
}

// Relative luminance contrast between two colours (WCAG).
double contrast(const QColor& a, const QColor& b)
{
    const auto lum = [](const QColor& c) {
        const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The page on a year of the demo merchant, by month, shown and drawn.
void grabDemo(DashboardPage& page, const QString& file)
{
    QTest::qWait(250); // the charts lay their axes out again for their final width
    const QImage image = page.content()->grab().toImage();
    REQUIRE(image.width() > 1000);
    REQUIRE(image.height() > 1200);
    REQUIRE(image.save(file));
}

} // namespace

TEST_CASE("DashboardPage: the demo merchant in light and dark palettes (screenshots)")
{
    TempCache c;
    DemoOptions options;
    options.seed = 1;
    options.country = QStringLiteral("BE");
    options.locations = 4;
    options.terminals = 9;
    options.days = 400;
    options.transactionsPerDay = 600;
    options.endDate = QDate(2026, 11, 30);
    options.now = QDateTime(QDate(2026, 11, 30), QTime(16, 20), Qt::UTC);
    fillDemoCache(*c, DemoGenerator(options));

    DashboardPage page(*c);
    page.setClock(options.endDate, 17); // 17:20 in Brussels: today so far against the same hours
    page.resize(1400, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    TransactionFilter f;
    f.from = QDate(2025, 12, 1);
    f.to = options.endDate;
    setFilterAndWait(page, f);
    CHECK(page.granularity() == Granularity::Month);
    CHECK_FALSE(page.isGranularityAllowed(Granularity::Day)); // 365 bars would not read
    CHECK(page.isGranularityAllowed(Granularity::Week));
    page.content()->resize(page.content()->width(), page.content()->sizeHint().height());
    for (int chart = 0; chart < int(Chart::Count); ++chart)
        CHECK(page.card(Chart(chart))->showsChart());

    const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS");
    QTemporaryDir temp;
    const QString out = dir.isEmpty() ? temp.path() : dir;
    // Falls are red, on the tile (whose labels draw with the Text role: it is a Base panel).
    for (QLabel* l : page.kpiTile(KpiPeriod::Today)->findChildren<QLabel*>())
        if (l->text().startsWith(QChar(0x2212)))
            CHECK(l->palette().color(l->foregroundRole()) == dashboard::ChartColors::bad(page.palette()));
    grabDemo(page, QDir(out).filePath(QStringLiteral("dashboard.png")));

    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(50);
    // The charts follow: a dark background, light text, series that stand out from it.
    QChart* chart = page.card(Chart::Turnover)->chart();
    CHECK(chart->backgroundBrush().color() == darkPalette().color(QPalette::Base));
    for (QAbstractAxis* axis : chart->axes())
        CHECK(contrast(axis->labelsColor(), chart->backgroundBrush().color()) > 7);
    CHECK(contrast(barSets(page, Chart::Turnover)[0]->color(), chart->backgroundBrush().color()) > 4.5);
    CHECK(contrast(page.kpiTile(KpiPeriod::Today)->palette().color(QPalette::WindowText),
              darkPalette().color(QPalette::Base))
        > 7);
    // A PDF is for paper: light, whatever the screen shows; the screen stays dark.
    const QString pdf = QDir(out).filePath(QStringLiteral("hours.pdf"));
    CHECK(page.card(Chart::Hours)->exportPdf(pdf).isEmpty());
    CHECK(QFile(pdf).size() > 1000);
    CHECK(chart->backgroundBrush().color() == darkPalette().color(QPalette::Base));
    grabDemo(page, QDir(out).filePath(QStringLiteral("dashboard-dark.png")));
    QApplication::setPalette(light);
    QTest::qWait(20);
    CHECK(contrast(barSets(page, Chart::Turnover)[0]->color(),
              page.card(Chart::Turnover)->chart()->backgroundBrush().color())
        > 3);

    // A new language: every text is set again (here the same English, no crash, charts kept).
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &change);
    CHECK(page.card(Chart::Hours)->title() == QStringLiteral("Turnover by hour of the day"));
}
