// The Day closes page on a cache synced from an in-process reference portal: the periods
// of the permitted locations, reports from the portal kept for offline use, the offline
// message, the report made locally, Save as, Print, and the jump to the transactions.
#include "client/syncclient.h"
#include "gui/dayclosespage.h"
#include "portal/portalfixture.h"
#include "portal/syncengine.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/terminalrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QUrl portalUrl(PortalFixture& p)
{
    return QUrl(p.baseUrl().chopped(QStringLiteral("/api/v1").size()));
}

QStringList ids(const QList<Period>& periods)
{
    QStringList out;
    for (const Period& p : periods)
        out.append(p.id);
    return out;
}

QStringList rowIds(const DayClosesPage& page)
{
    QStringList out;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        out.append(page.model()->periodAt(row).id);
    return out;
}

// Until the page has finished fetching or making what it was asked for.
void settle(DayClosesPage& page)
{
    for (int i = 0; i < 1200 && (page.isBusy() || (!page.reportPdf().isEmpty() &&
                                                   page.document()->status() != QPdfDocument::Status::Ready));
         ++i)
        QTest::qWait(25);
    CHECK_FALSE(page.isBusy());
}

void select(DayClosesPage& page, const QString& periodId)
{
    const int row = page.model()->rowOf(periodId);
    REQUIRE(row >= 0);
    page.view()->selectRow(row);
    settle(page);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Closed periods of the cache, newest first.
QList<Period> closedPeriods(CacheDatabase& cache)
{
    QList<Period> out;
    for (const Period& p : PeriodRepository(cache).list())
        if (p.isClosed())
            out.append(p);
    return out;
}

void forgetLayout()
{
    QSettings().remove(QStringLiteral("DayClosesPage"));
}

} // namespace

TEST_CASE("Day closes page: lists the periods of the permitted locations, newest first, by location and terminal")
{
    forgetLayout();
    PortalFixture p;
    Client admin(p, "admin");
    REQUIRE(admin.sync().ok);
    CacheDatabase& cache = *admin.cache;
    const QList<Period> all = PeriodRepository(cache).list();
    REQUIRE(all.size() > 20);

    DayClosesPage page(cache);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rowIds(page) == ids(all));
    CHECK(page.model()->columnCount() == int(PeriodTableModel::Column::Count));

    // Cells: names, the sequence number, "Open" for the running period, the total in the
    // user's locale, and whether the report is kept.
    const Period newest = page.model()->periodAt(0);
    const auto cell = [&](int row, PeriodTableModel::Column c) {
        return page.model()->index(row, int(c)).data().toString();
    };
    CHECK(cell(0, PeriodTableModel::Column::Location) == LocationRepository(cache).get(newest.locationId)->name);
    CHECK(cell(0, PeriodTableModel::Column::Terminal) == TerminalRepository(cache).get(newest.terminalId)->name);
    CHECK(cell(0, PeriodTableModel::Column::Sequence) == QLocale().toString(newest.sequence));
    CHECK(cell(0, PeriodTableModel::Column::Total) == newest.total.format(moneyLocaleFor(QLocale())));
    bool sawOpen = false;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const Period& period = page.model()->periodAt(row);
        if (!period.isClosed()) {
            sawOpen = true;
            CHECK(cell(row, PeriodTableModel::Column::Closed) == QStringLiteral("Open"));
            CHECK(cell(row, PeriodTableModel::Column::Report).isEmpty());
        } else {
            CHECK(cell(row, PeriodTableModel::Column::Report) == QStringLiteral("On the portal"));
        }
    }
    CHECK(sawOpen);

    auto* locations = page.findChild<QComboBox*>(QStringLiteral("locationFilter"));
    auto* terminals = page.findChild<QComboBox*>(QStringLiteral("terminalFilter"));
    REQUIRE(locations);
    REQUIRE(terminals);
    CHECK(locations->count() == 1 + LocationRepository(cache).all().size());
    CHECK(terminals->count() == 1 + TerminalRepository(cache).all().size());

    const QString location = newest.locationId;
    locations->setCurrentIndex(locations->findData(location));
    CHECK(rowIds(page) == ids(PeriodRepository(cache).list(location)));
    CHECK(terminals->count() == 1 + TerminalRepository(cache).atLocation(location).size());
    terminals->setCurrentIndex(terminals->findData(newest.terminalId));
    CHECK(rowIds(page) == ids(PeriodRepository(cache).list(location, newest.terminalId)));
    locations->setCurrentIndex(0);
    CHECK(terminals->currentIndex() == 0);
    CHECK(rowIds(page) == ids(all));

    SECTION("a user with some locations sees only theirs, in the list and in the filters")
    {
        Client manager(p, "manager");
        REQUIRE(manager.sync().ok);
        CacheDatabase& mine = *manager.cache;
        const std::optional<PermissionSet> permissions = SyncEngine::cachedPermissions(mine);
        REQUIRE(permissions);
        REQUIRE_FALSE(permissions->allowsAllLocations(Menu::DayCloses));
        // A location the user may not see, with a day close, as a cache may hold after
        // the user's rights were narrowed.
        Location hidden;
        hidden.id = QStringLiteral("loc-hidden");
        hidden.name = QStringLiteral("Not yours");
        hidden.country = QStringLiteral("BE");
        hidden.timeZone = QStringLiteral("Europe/Brussels");
        LocationRepository(mine).upsert(hidden);
        Terminal t;
        t.id = QStringLiteral("term-hidden");
        t.name = QStringLiteral("Hidden till");
        t.locationId = hidden.id;
        TerminalRepository(mine).upsert(t);
        Period secret;
        secret.id = QStringLiteral("per-hidden");
        secret.terminalId = t.id;
        secret.locationId = hidden.id;
        secret.sequence = 1;
        secret.openedAt = p.clock.addSecs(-600);
        secret.closedAt = p.clock.addSecs(-60);
        secret.total = Money::eur(1234);
        PeriodRepository(mine).upsert(secret);
        REQUIRE_FALSE(permissions->allows(Menu::DayCloses, hidden.id));

        QStringList permitted;
        for (const Location& l : LocationRepository(mine).all())
            if (permissions->allows(Menu::DayCloses, l.id))
                permitted.append(l.id);
        REQUIRE_FALSE(permitted.isEmpty());
        QList<Period> expected;
        for (const QString& id : permitted)
            expected.append(PeriodRepository(mine).list(id));
        std::sort(expected.begin(), expected.end(), [](const Period& a, const Period& b) {
            return a.openedAt != b.openedAt ? a.openedAt > b.openedAt : a.id > b.id;
        });

        DayClosesPage restricted(mine);
        CHECK(rowIds(restricted) == ids(expected));
        CHECK_FALSE(rowIds(restricted).contains(secret.id));
        auto* theirLocations = restricted.findChild<QComboBox*>(QStringLiteral("locationFilter"));
        auto* theirTerminals = restricted.findChild<QComboBox*>(QStringLiteral("terminalFilter"));
        CHECK(theirLocations->count() == 1 + permitted.size());
        CHECK(theirLocations->findData(hidden.id) < 0);
        CHECK(theirTerminals->findData(t.id) < 0);
        // Nor can it be reached by a jump from elsewhere.
        restricted.showPeriod(secret.id);
        CHECK(restricted.selectedPeriodId().isEmpty());
        CHECK(restricted.document()->status() != QPdfDocument::Status::Ready);
        CHECK(restricted.message().contains(QStringLiteral("may not see")));
    }
}

TEST_CASE("Day closes page: a closed period's report comes from the portal, is kept, and opens offline afterwards")
{
    forgetLayout();
    PortalFixture p;
    Client admin(p, "admin");
    REQUIRE(admin.sync().ok);
    CacheDatabase& cache = *admin.cache;
    const QList<Period> closed = closedPeriods(cache);
    REQUIRE(closed.size() >= 3);
    const QString first = closed.at(0).id;
    const QString second = closed.at(1).id;
    REQUIRE_FALSE(PeriodRepository(cache).pdf(first));

    DayClosesPage page(cache);
    page.resize(1280, 760);
    page.setPortal(portalUrl(p), admin.portal->token());
    QSignalSpy shown(&page, &DayClosesPage::reportShown);

    // Fetching happens off the GUI thread: the page says it is busy, and stays responsive.
    page.view()->selectRow(page.model()->rowOf(first));
    CHECK(page.isBusy());
    settle(page);
    CHECK(page.shownPeriodId() == first);
    CHECK(page.source() == DayClosesPage::Source::Portal);
    CHECK(page.document()->status() == QPdfDocument::Status::Ready);
    CHECK(page.document()->pageCount() >= 1);
    CHECK(page.reportPdf().startsWith("%PDF-"));
    REQUIRE(shown.size() >= 1);
    CHECK(shown.last().first().toString() == first);
    // Kept in the cache, and the list says so.
    const std::optional<QByteArray> kept = PeriodRepository(cache).pdf(first);
    REQUIRE(kept);
    CHECK(*kept == page.reportPdf());
    const int firstRow = page.model()->rowOf(first);
    CHECK(page.model()->index(firstRow, int(PeriodTableModel::Column::Report)).data().toString() ==
          QStringLiteral("Kept"));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("saveAs"))->isEnabled());
    CHECK(page.findChild<QPushButton*>(QStringLiteral("print"))->isEnabled());

    // For the documentation: COMPTOIR_SCREENSHOT_DIR=dir saves the page as it looks now.
    if (const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.view()->scrollTo(page.model()->index(firstRow, 0));
        QTest::qWait(300);
        CHECK(page.grab().save(QDir(dir).filePath(QStringLiteral("daycloses.png"))));
    }

    SECTION("offline, a kept report still opens and one not kept says so and offers the local report")
    {
        page.setPortal({}, {});
        select(page, second);
        CHECK(page.document()->status() != QPdfDocument::Status::Ready);
        CHECK(page.source() == DayClosesPage::Source::None);
        CHECK(page.message().contains(QStringLiteral("offline")));
        CHECK(page.findChild<QPushButton*>(QStringLiteral("makeLocal"))->isVisibleTo(&page));
        CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("saveAs"))->isEnabled());

        select(page, first);
        CHECK(page.source() == DayClosesPage::Source::Kept);
        CHECK(page.document()->status() == QPdfDocument::Status::Ready);
        CHECK(page.document()->pageCount() >= 1);

        // Back online, the report not yet kept is fetched.
        select(page, second);
        page.setPortal(portalUrl(p), admin.portal->token());
        settle(page);
        CHECK(page.source() == DayClosesPage::Source::Portal);
        CHECK(PeriodRepository(cache).pdf(second));
    }
    SECTION("the report made from Comptoir's data renders, says so, and is never kept as the portal's")
    {
        page.setPortal({}, {});
        select(page, second);
        auto* makeLocal = page.findChild<QPushButton*>(QStringLiteral("makeLocal"));
        REQUIRE(makeLocal);
        makeLocal->click();
        settle(page);
        CHECK(page.source() == DayClosesPage::Source::Local);
        CHECK(page.document()->status() == QPdfDocument::Status::Ready);
        CHECK(page.document()->pageCount() >= 1);
        CHECK(page.reportPdf().startsWith("%PDF-"));
        auto* source = page.findChild<QLabel*>(QStringLiteral("reportSource"));
        REQUIRE(source);
        CHECK(source->text().contains(QStringLiteral("Made by Comptoir")));
        CHECK(source->text().contains(QStringLiteral("not the portal's")));
        CHECK_FALSE(PeriodRepository(cache).pdf(second));
    }
    SECTION("an open period says it has no report yet, without a local report")
    {
        QString open;
        for (const Period& period : PeriodRepository(cache).list())
            if (!period.isClosed())
                open = period.id;
        REQUIRE_FALSE(open.isEmpty());
        select(page, open);
        CHECK(page.message().contains(QStringLiteral("still open")));
        CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("makeLocal"))->isVisibleTo(&page));
        CHECK(page.findChild<QPushButton*>(QStringLiteral("showTransactions"))->isEnabled());
    }
    SECTION("Save as writes the PDF through a temporary file, and says when it cannot")
    {
        QTemporaryDir dir;
        QString offered;
        QString answer = dir.filePath(QStringLiteral("report"));
        page.setSaveFileChooser([&](const QString& suggested) {
            offered = suggested;
            return answer;
        });
        page.saveAs();
        CHECK(offered.endsWith(QStringLiteral(".pdf")));
        CHECK(fileBytes(answer + QStringLiteral(".pdf")).startsWith("%PDF-"));
        CHECK(fileBytes(answer + QStringLiteral(".pdf")) == page.reportPdf());
        CHECK(page.notice().startsWith(QStringLiteral("Saved as")));
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.pdf")});

        answer = dir.filePath(QStringLiteral("no such folder/report.pdf"));
        page.saveAs();
        CHECK(page.notice().contains(QStringLiteral("could not be saved")));
        CHECK_FALSE(QFile::exists(answer));

        answer.clear(); // cancelled: nothing happens
        page.saveAs();
        CHECK(page.notice().contains(QStringLiteral("could not be saved")));
    }
    SECTION("Print sends every page to the printer the user set up")
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("printed.pdf"));
        page.setPrinterSetup([&](QPrinter& printer) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(out);
            return true;
        });
        page.print();
        CHECK(page.notice() == QStringLiteral("Sent to the printer."));
        QPdfDocument printed;
        REQUIRE(printed.load(out) == QPdfDocument::Error::None);
        CHECK(printed.pageCount() == page.document()->pageCount());
    }
    SECTION("Show transactions names the selected period")
    {
        QSignalSpy asked(&page, &DayClosesPage::showTransactionsOf);
        page.findChild<QPushButton*>(QStringLiteral("showTransactions"))->click();
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().first().toString() == first);
    }
}

TEST_CASE("Day closes page: showPeriod selects the period whatever the filters and opens its report")
{
    forgetLayout();
    PortalFixture p;
    Client admin(p, "admin");
    REQUIRE(admin.sync().ok);
    CacheDatabase& cache = *admin.cache;
    const QList<Period> closed = closedPeriods(cache);
    REQUIRE_FALSE(closed.isEmpty());
    const Period target = closed.last(); // the oldest

    DayClosesPage page(cache);
    page.setPortal(portalUrl(p), admin.portal->token());
    // Filtered on another location: the jump widens the list to the period's terminal.
    auto* locations = page.findChild<QComboBox*>(QStringLiteral("locationFilter"));
    for (int i = 1; i < locations->count(); ++i)
        if (locations->itemData(i).toString() != target.locationId)
            locations->setCurrentIndex(i);
    REQUIRE(page.model()->rowOf(target.id) < 0);

    page.showPeriod(target.id);
    settle(page);
    CHECK(page.selectedPeriodId() == target.id);
    CHECK(page.shownPeriodId() == target.id);
    CHECK(page.document()->status() == QPdfDocument::Status::Ready);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        CHECK(page.model()->periodAt(row).terminalId == target.terminalId);

    QSignalSpy asked(&page, &DayClosesPage::showTransactionsOf);
    page.findChild<QPushButton*>(QStringLiteral("showTransactions"))->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first().toString() == target.id);

    page.showPeriod(QStringLiteral("no-such-period"));
    CHECK(page.message().contains(QStringLiteral("not in the cache")));
}

TEST_CASE("Day closes page: column widths are remembered")
{
    forgetLayout();
    PortalFixture p;
    Client admin(p, "admin");
    REQUIRE(admin.sync().ok);
    int width = 0;
    {
        DayClosesPage page(*admin.cache);
        QHeaderView* header = page.view()->horizontalHeader();
        width = header->sectionSize(int(PeriodTableModel::Column::Terminal)) + 57;
        header->resizeSection(int(PeriodTableModel::Column::Terminal), width);
    }
    DayClosesPage again(*admin.cache);
    CHECK(again.view()->horizontalHeader()->sectionSize(int(PeriodTableModel::Column::Terminal)) == width);
    forgetLayout();
}
