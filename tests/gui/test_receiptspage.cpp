// The Receipts page (issue 8) on a cache with four locations — "Bakkerij Gent" (loc-1, two
// PAX terminals), "Boulangerie Namur" (loc-2, a PAX and a Verifone), "Frituur De Hoek"
// (loc-3, only a Verifone) and "Slagerij Peeters" (loc-4, never synced) — and one the user
// has no Receipts grant for; driven as a user does, with the dialogs replaced by answers.
// Then on a cache synced from the reference portal: a layout saved here reaches the portal,
// and a conflict is shown.
#include "client/syncclient.h"
#include "core/apijson.h"
#include "gui/copylayoutdialog.h"
#include "gui/logodialog.h"
#include "gui/outboxdialog.h"
#include "gui/receiptlinesmodel.h"
#include "gui/receiptlocationmodel.h"
#include "gui/receiptpreview.h"
#include "gui/receiptspage.h"
#include "portal/syncengine.h"
#include "reports/logoimage.h"
#include "reports/receiptfixtures.h"
#include "reports/receiptrenderer.h"
#include "store/auditlog.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/receiptlayoutrepository.h"
#include "store/storefixtures.h"
#include "store/terminalrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

using LinesColumn = ReceiptLinesModel::Column;
const QString kActor = QStringLiteral("anais@bakkerij-janssens.be");
const QDateTime kNow(QDate(2026, 5, 14), QTime(12, 32, 7), QTimeZone::utc());

ReceiptLine line(const QString& text, TextAlignment a = TextAlignment::Left, bool bold = false, bool tall = false)
{
    return { text, a, bold, tall };
}

// As SyncEngine stores GET /me: grants per menu code.
void setPermissions(CacheDatabase& cache, const QList<std::pair<QString, QStringList>>& grants)
{
    QJsonArray permissions;
    for (const auto& [menu, locations] : grants)
        permissions.append(QJsonObject { { QStringLiteral("menu"), menu },
            { QStringLiteral("location_ids"), QJsonArray::fromStringList(locations) } });
    const QJsonObject me { { QStringLiteral("user"),
                               QJsonObject {
                                   { QStringLiteral("email"), kActor }, { QStringLiteral("administrator"), false } } },
        { QStringLiteral("permissions"), permissions } };
    cache.setMeta(SyncEngine::kPermissions, QString::fromUtf8(QJsonDocument(me).toJson(QJsonDocument::Compact)));
}

struct Shops : TempCache {
    Shops()
    {
        CacheDatabase& c = **this;
        addSites(c);
        LocationRepository locations(c);
        locations.upsert({ QStringLiteral("loc-3"), QStringLiteral("Frituur De Hoek"), QStringLiteral("Markt 3"),
            QStringLiteral("2000"), QStringLiteral("Antwerpen"), QStringLiteral("BE"),
            QStringLiteral("Europe/Brussels"), 1 });
        locations.upsert({ QStringLiteral("loc-4"), QStringLiteral("Slagerij Peeters"), QStringLiteral("Kerkstraat 9"),
            QStringLiteral("3000"), QStringLiteral("Leuven"), QStringLiteral("BE"), QStringLiteral("Europe/Brussels"),
            1 });
        locations.upsert(
            { QStringLiteral("loc-5"), QStringLiteral("Zuivelhoeve"), QStringLiteral("Dorp 1"), QStringLiteral("9900"),
                QStringLiteral("Eeklo"), QStringLiteral("BE"), QStringLiteral("Europe/Brussels"), 1 });
        Terminal v;
        v.id = QStringLiteral("term-9");
        v.name = QStringLiteral("Toog");
        v.model = QStringLiteral("Verifone VX520");
        v.serial = QStringLiteral("395-084-410");
        v.locationId = QStringLiteral("loc-3");
        v.version = 1;
        TerminalRepository(c).upsert(v);
        ReceiptLayoutRepository layouts(c);
        for (const char* id : { "loc-1", "loc-2", "loc-3", "loc-5" }) {
            ReceiptLayout l;
            l.locationId = QString::fromLatin1(id);
            l.paperWidth = qstrcmp(id, "loc-2") == 0 ? PaperWidth::Mm80 : PaperWidth::Mm58;
            l.textsFor(Language::Nl) = { { line(QStringLiteral("Open di-za 7u30-18u"), TextAlignment::Center) },
                { line(QStringLiteral("Bedankt en tot ziens!"), TextAlignment::Center, true) } };
            l.textsFor(Language::Fr).footer
                = { line(QStringLiteral("Merci et à bientôt\u00a0!"), TextAlignment::Center) };
            l.etag = QStringLiteral("\"1\"");
            layouts.upsert(l);
        }
        // The user may change receipts at the first four; loc-5 is someone else's.
        setPermissions(c,
            { { QStringLiteral("receipts"),
                  { QStringLiteral("loc-1"), QStringLiteral("loc-2"), QStringLiteral("loc-3"),
                      QStringLiteral("loc-4") } },
                { QStringLiteral("transactions"), { QStringLiteral("loc-5") } } });
    }
};

// What the page asked and told, and what the "user" answers.
struct Dialogs {
    QString file;
    LogoSettings logoSettings;
    bool acceptLogo = true;
    QStringList refusals;
    int unsavedAnswer = QMessageBox::Cancel;
    QStringList unsavedTexts;
    std::function<QList<ReceiptLayout>(const ReceiptLayout&, const QString&, const QList<CopyTargetsModel::Target>&)>
        copies;

    void install(ReceiptsPage& page)
    {
        ReceiptsPage::Dialogs d;
        d.chooseLogoFile = [this] { return file; };
        d.editLogo
            = [this](const QImage& source, LogoSettings& settings, PaperWidth paper) -> std::optional<QByteArray> {
            if (!acceptLogo)
                return std::nullopt;
            settings = logoSettings;
            const QImage logo = LogoProcessing::make(source, settings, paper);
            return LogoProcessing::encodePng(logo);
        };
        d.chooseCopies = [this](const ReceiptLayout& s, const QString& name, const QList<CopyTargetsModel::Target>& t) {
            return copies ? copies(s, name, t) : QList<ReceiptLayout> {};
        };
        d.askUnsaved = [this](const QString&, const QString& text) {
            unsavedTexts.append(text);
            return unsavedAnswer;
        };
        d.refused = [this](const QString&, const QString& message) { refusals.append(message); };
        page.setDialogs(d);
    }
};

QStringList rowNames(const ReceiptsPage& page)
{
    QStringList out;
    for (const ReceiptLocationModel::Row& r : page.locationModel()->rows())
        out.append(r.location.name);
    return out;
}

QString stateOf(const ReceiptsPage& page, const QString& id)
{
    const int row = page.locationModel()->rowOf(id);
    return page.locationModel()->index(row, int(ReceiptLocationModel::Column::Receipt)).data().toString();
}

template <typename T> T* child(const QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

ReceiptSample sampleAt(CacheDatabase& cache, const QString& locationId, const QString& terminal)
{
    return ReceiptSample::typical(*LocationRepository(cache).get(locationId), terminal, kNow);
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("Receipts page: lists the locations the user may change receipts of; Verifone ones are read-only and say why",
    "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    QAbstractItemModelTester tester(page.locationModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.locationModel()->columnCount() == int(ReceiptLocationModel::Column::Count));
    CHECK(rowNames(page)
        == QStringList { QStringLiteral("Bakkerij Gent"), QStringLiteral("Boulangerie Namur"),
            QStringLiteral("Frituur De Hoek"),
            QStringLiteral("Slagerij Peeters") }); // not Zuivelhoeve: no Receipts grant there
    CHECK(stateOf(page, QStringLiteral("loc-1")).isEmpty());
    CHECK(stateOf(page, QStringLiteral("loc-3")) == QStringLiteral("Verifone: set by CCV support"));
    CHECK(stateOf(page, QStringLiteral("loc-4")) == QStringLiteral("Not synced yet"));
    CHECK(page.selectedLocationId() == QStringLiteral("loc-1"));
    CHECK(page.isEditable());
    CHECK(page.draft() == *ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-1")));
    CHECK(page.banner().isEmpty());
    CHECK(page.headerModel()->lines() == QList { line(QStringLiteral("Open di-za 7u30-18u"), TextAlignment::Center) });
    CHECK(child<QLabel>(page, "limit")->text() == QStringLiteral("32 characters per line."));

    // Mixed: editable, with a word about the Verifone terminal there.
    REQUIRE(page.select(QStringLiteral("loc-2")));
    CHECK(page.isEditable());
    CHECK(page.banner().contains(QStringLiteral("also has Verifone terminals")));

    // Only Verifone: read-only with the explanation, nothing can be changed.
    REQUIRE(page.select(QStringLiteral("loc-3")));
    CHECK_FALSE(page.isEditable());
    CHECK(page.banner().startsWith(QStringLiteral("The terminals at this location are Verifone terminals: CCV support "
                                                  "changes their receipts.")));
    CHECK(page.headerModel()->isReadOnly());
    CHECK_FALSE(page.headerModel()->flags(page.headerModel()->index(0, int(LinesColumn::Text))) & Qt::ItemIsEditable);
    CHECK_FALSE(child<QComboBox>(page, "paper")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "importLogo")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "save")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "copy")->isEnabled());
    CHECK_FALSE(page.headerModel()->setData(page.headerModel()->index(0, 0), QStringLiteral("changed")));
    page.importLogo(); // does nothing
    CHECK(page.draft().logoPng.isEmpty());

    REQUIRE(page.select(QStringLiteral("loc-4")));
    CHECK_FALSE(page.isEditable());
    CHECK(page.banner().contains(QStringLiteral("not in the cache yet")));

    // Nobody signed in: shown, not changed.
    page.setActor({});
    REQUIRE(page.select(QStringLiteral("loc-1")));
    CHECK_FALSE(page.isEditable());
    CHECK(page.banner().contains(QStringLiteral("Nobody is signed in")));

    // A user without the Receipts menu anywhere gets a message instead of the editor.
    setPermissions(*shops, { { QStringLiteral("transactions"), { QStringLiteral("loc-1") } } });
    page.reload();
    CHECK(page.locationModel()->rowCount() == 0);
    CHECK(page.message().contains(QStringLiteral("do not include Receipts")));
}

TEST_CASE(
    "Receipts page: lines too long for the paper and characters the terminals cannot print are flagged before saving",
    "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QAbstractItemModelTester header(page.headerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester footer(page.footerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReceiptLinesModel* m = page.headerModel();
    auto* save = child<QPushButton>(page, "save");
    auto* problems = child<QListWidget>(page, "problems");
    page.resize(1440, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(save->isEnabled()); // nothing changed
    CHECK(problems->item(0)->text() == QStringLiteral("The terminals can print this receipt as it is."));

    // A 33-character line on 58 mm paper: flagged in the table and in the list, not saved.
    REQUIRE(m->insertRows(1, 1));
    REQUIRE(m->setData(m->index(1, int(LinesColumn::Text)), QString(33, QLatin1Char('x'))));
    CHECK(page.isDirty());
    CHECK(m->index(1, int(LinesColumn::Length)).data().toString() == QStringLiteral("33/32"));
    CHECK(m->index(1, int(LinesColumn::Text)).data(Qt::ToolTipRole).toString()
        == QStringLiteral("33 characters: a line holds 32 here."));
    REQUIRE(page.problems().size() == 1);
    CHECK(page.problems()[0].kind == ReceiptProblem::Kind::LineTooLong);
    CHECK(
        problems->item(0)->text() == QStringLiteral("Header line 2 (Dutch) has 33 characters: a line holds 32 here."));
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(page.save());
    CHECK(dialogs.refusals.last().contains(QStringLiteral("Header line 2 (Dutch)")));
    CHECK(Outbox(*shops).entries().isEmpty());

    // 80 mm paper holds 48: the same line fits; the small text holds 64.
    auto* paper = child<QComboBox>(page, "paper");
    paper->setCurrentIndex(paper->findData(80));
    CHECK(page.problems().isEmpty());
    CHECK(m->index(1, int(LinesColumn::Length)).data().toString() == QStringLiteral("33/48"));
    auto* font = child<QComboBox>(page, "font");
    font->setCurrentIndex(font->findData(int(ReceiptFont::Small)));
    CHECK(child<QLabel>(page, "limit")->text() == QStringLiteral("64 characters per line."));
    font->setCurrentIndex(font->findData(int(ReceiptFont::Normal)));

    // Characters the terminals cannot print, in another language: listed with the language;
    // the fix puts lookalikes in, what has none stays flagged.
    page.setLanguage(Language::Fr);
    ReceiptLinesModel* f = page.footerModel();
    REQUIRE(f->rowCount() == 1);
    REQUIRE(f->setData(f->index(0, int(LinesColumn::Text)), QStringLiteral("Merci\u202f! À bientôt 🙂")));
    page.setLanguage(Language::Nl);
    REQUIRE(page.problems().size() == 1);
    CHECK(page.problems()[0].kind == ReceiptProblem::Kind::Unprintable);
    CHECK(page.problems()[0].language == Language::Fr);
    CHECK(problems->item(0)->text()
        == QStringLiteral("Footer line 1 (French) has characters the terminals cannot print: U+202F, “🙂”."));
    auto* fix = child<QPushButton>(page, "fixCharacters");
    CHECK(fix->isVisibleTo(&page));
    // Clicking the problem shows the line.
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(problems->item(0)).center());
    CHECK(page.language() == Language::Fr);
    page.fixCharacters();
    CHECK(page.draft().textsFor(Language::Fr).footer[0].text == QStringLiteral("Merci\u00a0! À bientôt 🙂"));
    REQUIRE(page.problems().size() == 1);
    CHECK(page.problems()[0].characters == QStringLiteral("🙂"));
    CHECK_FALSE(fix->isVisibleTo(&page)); // nothing more it can do
    REQUIRE(f->setData(f->index(0, int(LinesColumn::Text)), QStringLiteral("Merci\u00a0! À bientôt")));
    CHECK(page.problems().isEmpty());
    CHECK(save->isEnabled());

    // Styles: alignment, bold, double height.
    page.setLanguage(Language::Nl);
    REQUIRE(m->setData(m->index(1, int(LinesColumn::Text)), QStringLiteral("BTW BE0123.456.789")));
    REQUIRE(m->setData(m->index(1, int(LinesColumn::Alignment)), int(TextAlignment::Right)));
    REQUIRE(m->setData(m->index(0, int(LinesColumn::Bold)), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(m->setData(m->index(0, int(LinesColumn::DoubleHeight)), Qt::Checked, Qt::CheckStateRole));
    CHECK(m->index(1, int(LinesColumn::Alignment)).data().toString() == QStringLiteral("Right"));
    child<QCheckBox>(page, "printCustomer")->setChecked(false);

    // Saved through the outbox: the cache, the audit log and the edit for the portal.
    QSignalSpy edited(&page, &ReceiptsPage::edited);
    REQUIRE(page.save());
    CHECK(edited.count() == 1);
    CHECK_FALSE(page.isDirty());
    const std::optional<ReceiptLayout> saved = ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-1"));
    REQUIRE(saved);
    CHECK(saved->paperWidth == PaperWidth::Mm80);
    CHECK_FALSE(saved->printCustomerReceiptByDefault);
    CHECK(saved->textsFor(Language::Nl).header
        == QList { line(QStringLiteral("Open di-za 7u30-18u"), TextAlignment::Center, true, true),
            line(QStringLiteral("BTW BE0123.456.789"), TextAlignment::Right) });
    CHECK(saved->textsFor(Language::Fr).footer
        == QList { line(QStringLiteral("Merci\u00a0! À bientôt"), TextAlignment::Center) });
    CHECK(saved->etag == QStringLiteral("\"1\"")); // the portal's version until it answers
    const QList<OutboxEntry> queued = Outbox(*shops).entries();
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].kind == OutboxEntry::kSaveReceiptLayout);
    CHECK(queued[0].entityId == QStringLiteral("loc-1"));
    CHECK(queued[0].actor == kActor);
    CHECK(queued[0].ifMatch == "\"1\"");
    CHECK(queued[0].payload.value(QLatin1String("paper_width_mm")).toInt() == 80);
    CHECK(Outbox(*shops).describe(queued[0]) == QStringLiteral("Save the receipt of “Bakkerij Gent”"));
    CHECK(AuditLog(*shops).entries(QStringLiteral("receipt_layout"), QStringLiteral("loc-1")).size() == 1);
    CHECK(stateOf(page, QStringLiteral("loc-1")) == QStringLiteral("Waiting for the portal"));
    CHECK(page.banner().contains(QStringLiteral("waiting to be sent to the portal")));
    CHECK(page.notice().startsWith(QStringLiteral("Saved.")));

    // Eight lines at most: adding is disabled at eight.
    while (m->rowCount() < kMaxReceiptLines)
        child<QPushButton>(page, "headerAdd")->click();
    CHECK_FALSE(child<QPushButton>(page, "headerAdd")->isEnabled());
}

TEST_CASE("Receipts page: the preview is the draft's receipts at printer resolution, in the language edited, zoomable",
    "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    page.setClock([] { return kNow; });
    page.resize(1440, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    settle();
    const auto expect = [&](Language language, ReceiptCopy copy) {
        return ReceiptRenderer::render(
            page.draft(), language, sampleAt(*shops, QStringLiteral("loc-1"), QStringLiteral("Kassa 1")), copy);
    };
    ReceiptPreview* preview = page.preview();
    CHECK(preview->shown() == ReceiptPreview::Shown::Customer);
    preview->setShown(ReceiptPreview::Shown::Both);
    CHECK(preview->customer() == expect(Language::Nl, ReceiptCopy::Customer));
    CHECK(preview->merchant() == expect(Language::Nl, ReceiptCopy::Merchant));
    CHECK(preview->customer().width() == 384);

    // Every edit shows at once.
    REQUIRE(
        page.headerModel()->setData(page.headerModel()->index(0, int(LinesColumn::Text)), QStringLiteral("Welkom!")));
    settle();
    CHECK(preview->customer() == expect(Language::Nl, ReceiptCopy::Customer));
    page.setLanguage(Language::Fr);
    settle();
    CHECK(preview->customer() == expect(Language::Fr, ReceiptCopy::Customer));
    CHECK(preview->customer() != expect(Language::Nl, ReceiptCopy::Customer));
    auto* paper = child<QComboBox>(page, "paper");
    paper->setCurrentIndex(paper->findData(80));
    settle();
    CHECK(preview->customer().width() == 576);

    // Zoom: 100 % is one dot per pixel, 200 % two; Fit fits both receipts.
    QWidget* canvas = child<QWidget>(*preview, "receiptPaper");
    preview->setZoom(100);
    const int at100 = canvas->width();
    preview->setZoom(200);
    const int margins = 2 * 12 + 24; // around and between the receipts, not zoomed
    CHECK(canvas->width() - margins == 2 * (at100 - margins));
    CHECK(preview->effectiveZoom() == 200);
    preview->setZoom(0);
    CHECK(preview->effectiveZoom() <= 100);
    CHECK(canvas->width() <= child<QWidget>(*preview, "previewScroll")->width());
    // Ctrl + wheel zooms in.
    const int fit = preview->effectiveZoom();
    QWheelEvent wheel(QPointF(10, 10), QPointF(10, 10), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
        Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(
        child<QWidget>(*preview, "previewScroll")->findChild<QWidget*>(QStringLiteral("qt_scrollarea_viewport")),
        &wheel);
    CHECK(preview->effectiveZoom() > fit);
}

TEST_CASE(
    "Receipts page: logos are imported through the logo dialog; bad files are refused with their reason", "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    Dialogs dialogs;
    dialogs.install(page);
    QTemporaryDir dir;

    // Refused files change nothing and say why.
    struct Bad {
        const char* name;
        QByteArray bytes;
        const char* says;
    };
    for (const Bad& b : { Bad { "notes.png", QByteArray("shopping list: flour, butter"), "not an image" },
             Bad { "bomb.png", pngBomb(50000, 50000), "far too large" },
             Bad { "empty.jpg", QByteArray(), "The file is empty" },
             Bad { "cut.png", pngFile(emblem()).left(900), "incomplete" } }) {
        INFO(b.name);
        dialogs.file = writeFile(dir, b.name, b.bytes);
        page.importLogo();
        REQUIRE_FALSE(dialogs.refusals.isEmpty());
        CHECK(dialogs.refusals.last().contains(QLatin1String(b.says)));
        CHECK(page.draft().logoPng.isEmpty());
        CHECK_FALSE(page.isDirty());
    }

    // A good one, 500 dots wide asked, on 58 mm paper: 384 dots wide, 1 bit.
    dialogs.file = writeFile(dir, "emblem.png", pngFile(emblem()));
    dialogs.logoSettings.width = 500;
    page.importLogo();
    const QImage dots = ReceiptRenderer::logoDots(page.draft().logoPng);
    REQUIRE_FALSE(dots.isNull());
    CHECK(dots.width() == 384);
    CHECK(dots == LogoProcessing::make(emblem(), dialogs.logoSettings, PaperWidth::Mm58));
    CHECK(page.isDirty());
    CHECK(child<QLabel>(page, "logoInfo")
              ->text()
              .startsWith(QStringLiteral("%1 × %2 dots").arg(dots.width()).arg(dots.height())));
    CHECK(child<QPushButton>(page, "removeLogo")->isEnabled());

    // Wider paper: the logo is made again from the image, now 500 dots wide.
    auto* paper = child<QComboBox>(page, "paper");
    paper->setCurrentIndex(paper->findData(80));
    CHECK(ReceiptRenderer::logoDots(page.draft().logoPng).width() == 500);
    CHECK(ReceiptRenderer::logoDots(page.draft().logoPng)
        == LogoProcessing::make(emblem(), dialogs.logoSettings, PaperWidth::Mm80));
    REQUIRE(page.save());

    // Adjusting a saved logo (its image is not kept): its own dots are the source.
    page.revert(); // a fresh start on what is saved
    dialogs.logoSettings = {};
    dialogs.logoSettings.trim = false;
    dialogs.logoSettings.width = 100;
    page.editLogo();
    CHECK(ReceiptRenderer::logoDots(page.draft().logoPng).width() == 100);

    // A cancelled dialog changes nothing; Remove takes it away.
    page.revert();
    dialogs.acceptLogo = false;
    dialogs.file = writeFile(dir, "other.png", pngFile(emblem(300, 300)));
    page.importLogo();
    CHECK_FALSE(page.isDirty());
    page.removeLogo();
    CHECK(page.draft().logoPng.isEmpty());
    CHECK(page.isDirty());

    // A saved logo too wide for new paper is a problem to fix, not something silently cut.
    page.revert();
    paper->setCurrentIndex(paper->findData(58));
    REQUIRE(page.problems().size() == 1);
    CHECK(page.problems()[0].kind == ReceiptProblem::Kind::LogoTooWide);
    CHECK_FALSE(child<QPushButton>(page, "save")->isEnabled());
}

TEST_CASE("Receipts page: unsaved changes survive a reload and are asked about when leaving the location", "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    Dialogs dialogs;
    dialogs.install(page);
    ReceiptLinesModel* m = page.headerModel();
    REQUIRE(m->setData(m->index(0, int(LinesColumn::Text)), QStringLiteral("Welkom bij Bakkerij Gent")));
    REQUIRE(page.isDirty());

    // A sync (reload) keeps the draft; when the cache's version moved, the page says so.
    page.reload();
    CHECK(page.isDirty());
    CHECK(page.draft().textsFor(Language::Nl).header[0].text == QStringLiteral("Welkom bij Bakkerij Gent"));
    CHECK(stateOf(page, QStringLiteral("loc-1")) == QStringLiteral("Not saved"));
    ReceiptLayout theirs = *ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-1"));
    theirs.textsFor(Language::En).header = { line(QStringLiteral("Welcome")) };
    theirs.etag = QStringLiteral("\"2\"");
    ReceiptLayoutRepository(*shops).upsert(theirs);
    page.reload();
    CHECK(page.isDirty());
    CHECK(page.banner().contains(QStringLiteral("changed while you were editing")));

    // Leaving: Cancel stays, Discard goes.
    auto* view = page.locationView();
    dialogs.unsavedAnswer = QMessageBox::Cancel;
    view->selectRow(page.locationModel()->rowOf(QStringLiteral("loc-2")));
    CHECK(dialogs.unsavedTexts.size() == 1);
    CHECK(dialogs.unsavedTexts[0] == QStringLiteral("The receipt of “Bakkerij Gent” has changes that are not saved."));
    CHECK(page.selectedLocationId() == QStringLiteral("loc-1"));
    CHECK(view->currentIndex().row() == page.locationModel()->rowOf(QStringLiteral("loc-1")));
    CHECK(page.isDirty());
    dialogs.unsavedAnswer = QMessageBox::Discard;
    REQUIRE(page.select(QStringLiteral("loc-2")));
    CHECK(page.selectedLocationId() == QStringLiteral("loc-2"));
    CHECK_FALSE(page.isDirty());
    CHECK(Outbox(*shops).entries().isEmpty());
    REQUIRE(page.select(QStringLiteral("loc-1")));
    CHECK(page.draft() == theirs); // the change was dropped

    // Save on leaving saves.
    REQUIRE(m->setData(m->index(0, int(LinesColumn::Text)), QStringLiteral("Welkom!")));
    dialogs.unsavedAnswer = QMessageBox::Save;
    REQUIRE(page.select(QStringLiteral("loc-2")));
    CHECK(page.selectedLocationId() == QStringLiteral("loc-2"));
    CHECK(view->currentIndex().row() == page.locationModel()->rowOf(QStringLiteral("loc-2")));
    CHECK(page.draft() == *ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-2")));
    CHECK(ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-1"))->textsFor(Language::Nl).header[0].text
        == QStringLiteral("Welkom!"));
    CHECK(Outbox(*shops).entries().size() == 1);
}

TEST_CASE(
    "Receipts page: a layout is copied to other locations after showing what changes there, all at once", "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    Dialogs dialogs;
    dialogs.install(page);
    // Bakkerij Gent gets a logo and an English header first.
    QTemporaryDir dir;
    dialogs.file = writeFile(dir, "emblem.png", pngFile(emblem()));
    page.importLogo();
    page.setLanguage(Language::En);
    REQUIRE(page.headerModel()->insertRows(0, 1));
    REQUIRE(page.headerModel()->setData(page.headerModel()->index(0, 0), QStringLiteral("Welcome!")));
    CHECK_FALSE(child<QPushButton>(page, "copy")->isEnabled()); // save first
    REQUIRE(page.save());
    CHECK(child<QPushButton>(page, "copy")->isEnabled());

    QStringList shownChanges;
    dialogs.copies
        = [&](const ReceiptLayout& source, const QString& name, const QList<CopyTargetsModel::Target>& targets) {
              CHECK(name == QStringLiteral("Bakkerij Gent"));
              CopyLayoutDialog dialog(source, name, targets);
              CopyTargetsModel* model = dialog.model();
              QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
              REQUIRE(model->rowCount() == 3);
              const auto rowOf = [&](const char* id) {
                  for (int r = 0; r < model->rowCount(); ++r)
                      if (model->index(r, 0).data(CopyTargetsModel::kIdRole).toString() == QLatin1String(id))
                          return r;
                  FAIL("no row for " << id);
                  return -1;
              };
              const auto changes = [&](const char* id) {
                  return model->index(rowOf(id), int(CopyTargetsModel::Column::Changes)).data().toString();
              };
              // Namur (80 mm): paper, logo, English header; the Verifone shop and the unsynced one cannot take it.
              // (Plurals in the source texts' form: the test runs without translations.)
              CHECK(changes("loc-2")
                  == QStringLiteral("Paper: 80 mm, normal text → 58 mm, normal text\nLogo: added\n"
                                    "Header in English: 1 line(s) instead of 0"));
              CHECK(changes("loc-3") == QStringLiteral("Verifone terminals here: CCV support changes their receipt."));
              CHECK(changes("loc-4") == QStringLiteral("Not synced yet: sync first."));
              CHECK_FALSE(model->flags(model->index(rowOf("loc-3"), 0)) & Qt::ItemIsUserCheckable);
              CHECK_FALSE(model->setData(model->index(rowOf("loc-3"), 0), Qt::Checked, Qt::CheckStateRole));
              // Only the texts: the paper stays 80 mm there.
              dialog.setParts(LayoutPart::Texts);
              CHECK(changes("loc-2") == QStringLiteral("Header in English: 1 line(s) instead of 0"));
              dialog.setParts(LayoutPart::Texts | LayoutPart::Logo);
              shownChanges.append(changes("loc-2"));
              auto* copy = child<QPushButton>(dialog, "copy");
              CHECK_FALSE(copy->isEnabled());
              REQUIRE(model->setData(model->index(rowOf("loc-2"), 0), Qt::Checked, Qt::CheckStateRole));
              CHECK(copy->isEnabled());
              CHECK(copy->text() == QStringLiteral("Copy to 1 location(s)"));
              return dialog.layouts();
          };
    page.copyToOtherLocations();
    REQUIRE(shownChanges.size() == 1);
    const ReceiptLayout source = *ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-1"));
    const ReceiptLayout namur = *ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-2"));
    CHECK(namur.logoPng == source.logoPng);
    CHECK(namur.texts == source.texts);
    CHECK(namur.paperWidth == PaperWidth::Mm80); // not copied
    QStringList queued;
    for (const OutboxEntry& e : Outbox(*shops).entries())
        queued.append(e.entityId);
    CHECK(queued == QStringList { QStringLiteral("loc-1"), QStringLiteral("loc-2") });
    CHECK(page.notice().startsWith(QStringLiteral("Copied to 1 location(s).")));

    // A copy that fails somewhere saves nothing anywhere.
    dialogs.copies = [&](const ReceiptLayout& s, const QString&, const QList<CopyTargetsModel::Target>&) {
        ReceiptLayout toNamur = namur;
        toNamur.textsFor(Language::Nl).header = { line(QStringLiteral("Changed")) };
        ReceiptLayout toFrituur = *ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-3")); // Verifone: refused
        toFrituur.texts = s.texts;
        return QList { toNamur, toFrituur };
    };
    page.copyToOtherLocations();
    CHECK(dialogs.refusals.last().startsWith(QStringLiteral("Nothing was copied. “Frituur De Hoek”: ")));
    CHECK(*ReceiptLayoutRepository(*shops).get(QStringLiteral("loc-2")) == namur);
    CHECK(Outbox(*shops).entries().size() == 2);
}

TEST_CASE(
    "Receipts page: the logo dialog shows the dots that will print and follows crop, width, brightness and threshold",
    "[receipts]")
{
    const QImage source = emblem();
    LogoDialog dialog(source, LogoSettings {}, PaperWidth::Mm58);
    CHECK(dialog.logo() == LogoProcessing::make(source, {}, PaperWidth::Mm58));
    CHECK(ReceiptRenderer::logoDots(dialog.png()) == dialog.logo());
    CHECK(child<QLabel>(dialog, "logoInfo")->text().contains(QStringLiteral("on 58 mm paper")));
    const auto blackDots = [](const QImage& img) {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                n += qGray(img.pixel(x, y)) < 128 ? 1 : 0;
        return n;
    };
    const int base = blackDots(dialog.logo());
    dialog.brightnessSlider()->setValue(50);
    CHECK(blackDots(dialog.logo()) < base);
    CHECK(dialog.settings().brightness == 50);
    dialog.brightnessSlider()->setValue(0);
    dialog.thresholdSlider()->setValue(200);
    CHECK(blackDots(dialog.logo()) > base);
    child<QPushButton>(dialog, "resetTone")->click();
    CHECK(dialog.logo() == LogoProcessing::make(source, {}, PaperWidth::Mm58));

    child<QCheckBox>(dialog, "autoWidth")->setChecked(false);
    dialog.widthBox()->setValue(120);
    CHECK(dialog.logo().width() == 120);
    CHECK(dialog.widthBox()->maximum() == 384);
    dialog.setCrop(QRect(0, 0, 300, 320)); // the left half
    LogoSettings expected;
    expected.width = 120;
    expected.crop = QRect(0, 0, 300, 320);
    CHECK(dialog.logo() == LogoProcessing::make(source, expected, PaperWidth::Mm58));
    dialog.trimBox()->setChecked(false);
    dialog.setCrop(QRect(0, 0, 40, 40)); // only white and transparent: blank dots
    CHECK(blackDots(dialog.logo()) == 0);
    dialog.trimBox()->setChecked(true); // trimmed, nothing is left
    CHECK(dialog.logo().isNull());
    CHECK(dialog.png().isEmpty());
    CHECK(child<QLabel>(dialog, "logoInfo")->text().startsWith(QStringLiteral("Nothing is left to print")));
}

TEST_CASE("Receipts page: the lines model edits, moves and limits lines", "[receipts]")
{
    ReceiptLinesModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy edited(&m, &ReceiptLinesModel::linesEdited);
    m.setLines({ line(QStringLiteral("a")), line(QStringLiteral("b")), line(QStringLiteral("c")) });
    CHECK(edited.isEmpty()); // setLines is not an edit
    REQUIRE(m.moveRows({}, 0, 1, {}, 3));
    CHECK(m.lines() == QList { line(QStringLiteral("b")), line(QStringLiteral("c")), line(QStringLiteral("a")) });
    REQUIRE(m.moveRows({}, 2, 1, {}, 0));
    CHECK(m.lines() == QList { line(QStringLiteral("a")), line(QStringLiteral("b")), line(QStringLiteral("c")) });
    CHECK_FALSE(m.moveRows({}, 0, 1, {}, 1)); // onto itself
    REQUIRE(m.removeRows(1, 1));
    CHECK(m.rowCount() == 2);
    // Pasted line breaks become spaces; decomposed accents are composed.
    REQUIRE(m.setData(m.index(0, 0), QStringLiteral("Cafe\u0301\nbar")));
    CHECK(m.lines()[0].text == QStringLiteral("Café bar"));
    CHECK_FALSE(m.setData(m.index(0, int(LinesColumn::Alignment)), 7));
    CHECK_FALSE(m.setData(m.index(0, int(LinesColumn::Length)), 3));
    m.setLimit(4);
    CHECK(m.index(0, int(LinesColumn::Length)).data().toString() == QStringLiteral("8/4"));
    CHECK(m.index(0, int(LinesColumn::Text)).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(m.index(1, int(LinesColumn::Text)).data(Qt::ForegroundRole).isValid());
    CHECK(edited.count() == 4); // two moves, a removal, a text; not the refused ones

    m.setReadOnly(true);
    CHECK_FALSE(m.insertRows(0, 1));
    CHECK_FALSE(m.setData(m.index(0, int(LinesColumn::Bold)), Qt::Checked, Qt::CheckStateRole));
    CHECK(m.headerData(int(LinesColumn::DoubleHeight), Qt::Horizontal).toString() == QStringLiteral("Double height"));
}

namespace {
// Brackets every text of the page's classes: shows what retranslates.
class BracketTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QByteArray c(context);
        if (c == "comptoir::ReceiptsPage" || c == "comptoir::ReceiptPreview" || c == "comptoir::ReceiptLinesModel"
            || c == "comptoir::ReceiptLocationModel")
            return QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']');
        return {};
    }
};
} // namespace

TEST_CASE("Receipts page: switches language without a restart", "[receipts]")
{
    Shops shops;
    ReceiptsPage page(*shops);
    page.setActor(kActor);
    auto* save = child<QPushButton>(page, "save");
    CHECK(save->text() == QStringLiteral("&Save"));
    BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTest::qWait(20); // the language change is posted to every window
    CHECK(save->text() == QStringLiteral("[&Save]"));
    CHECK(child<QComboBox>(page, "font")->itemText(0) == QStringLiteral("[Normal]"));
    CHECK(page.headerModel()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("[Text]"));
    CHECK(page.locationModel()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("[Location]"));
    CHECK(child<QComboBox>(*page.preview(), "zoom")->itemText(0) == QStringLiteral("[Fit]"));
    CHECK(child<QComboBox>(page, "paper")->currentData().toInt() == 58); // the choice stays
    QCoreApplication::removeTranslator(&translator);
    QTest::qWait(20);
    CHECK(save->text() == QStringLiteral("&Save"));
}

TEST_CASE("Receipts page: a layout saved here reaches the portal with the next sync; a conflict is shown for the user",
    "[receipts][portal]")
{
    PortalFixture p;
    Client c(p, "admin");
    REQUIRE(c.sync().ok);
    ReceiptsPage page(*c.cache);
    page.setActor(c.email);
    page.setClock([] { return kNow; });
    Dialogs dialogs;
    dialogs.install(page);
    REQUIRE(page.locationModel()->rowCount() == LocationRepository(*c.cache).all().size());
    // A location with PAX terminals.
    QString id;
    for (const ReceiptLocationModel::Row& r : page.locationModel()->rows())
        if (r.state == ReceiptLocationModel::State::Editable && id.isEmpty())
            id = r.location.id;
    REQUIRE(page.select(id));
    QTemporaryDir dir;
    dialogs.file = writeFile(dir, "logo.png", pngFile(emblem()));
    page.importLogo();
    ReceiptLinesModel* m = page.headerModel();
    REQUIRE(m->insertRows(0, 1));
    REQUIRE(m->setData(m->index(0, 0), QStringLiteral("Welkom!")));
    REQUIRE(m->setData(m->index(0, int(LinesColumn::DoubleHeight)), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(page.save());
    const ReceiptLayout mine = page.draft();

    const SyncEngine::Result r = c.sync();
    REQUIRE(r.ok);
    CHECK(r.outbox.accepted == 1);
    const auto onPortal = p.get(QStringLiteral("/receipt-layouts/%1").arg(id), c.portal->token());
    REQUIRE(onPortal.status == 200);
    const auto portalLayout = api::receiptLayoutFromJson(onPortal.json);
    REQUIRE(portalLayout.value);
    CHECK(portalLayout.value->sameContent(mine));
    page.reload();
    CHECK(stateOf(page, id).isEmpty());
    CHECK(page.draft().etag.toLatin1() == onPortal.headers.value("etag"));

    // A colleague changes it on the portal; our next change meets a conflict.
    const QByteArray colleague = p.signIn(p.emailOf("admin"));
    QJsonObject theirs = onPortal.json;
    QJsonObject texts = theirs.value(QLatin1String("texts")).toObject();
    QJsonObject en = texts.value(QLatin1String("en")).toObject();
    en.insert(QStringLiteral("header"),
        QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("Hello") },
            { QStringLiteral("align"), QStringLiteral("center") }, { QStringLiteral("bold"), false },
            { QStringLiteral("double_height"), false } } });
    texts.insert(QStringLiteral("en"), en);
    theirs.insert(QStringLiteral("texts"), texts);
    REQUIRE(p.request("PUT", QStringLiteral("/receipt-layouts/%1").arg(id), QJsonDocument(theirs).toJson(), colleague,
                 { { "If-Match", onPortal.headers.value("etag") } })
                .status
        == 200);
    REQUIRE(m->setData(m->index(0, 0), QStringLiteral("Welkom bij ons!")));
    REQUIRE(page.save());
    const SyncEngine::Result second = c.sync();
    REQUIRE(second.ok);
    CHECK(second.outbox.conflicts == 1);
    page.reload();
    CHECK(stateOf(page, id) == QStringLiteral("Conflict: choose a version"));
    CHECK(page.banner().contains(QStringLiteral("Someone changed this receipt on the portal")));
    auto* showOutbox = child<QPushButton>(page, "showOutbox");
    CHECK(showOutbox->isVisibleTo(&page));
    QSignalSpy asked(&page, &ReceiptsPage::showOutboxRequested);
    showOutbox->click();
    CHECK(asked.count() == 1);

    // The outbox dialog shows both versions, the English header differing.
    OutboxDialog outbox(*c.cache, c.email);
    auto* comparison = child<QTableWidget>(outbox, "comparison");
    QStringList fields;
    QString mineEn, portalEn;
    for (int row = 0; row < comparison->rowCount(); ++row) {
        fields.append(comparison->item(row, 0)->text());
        if (comparison->item(row, 0)->text() == QStringLiteral("Header (English)")) {
            mineEn = comparison->item(row, 1)->text();
            portalEn = comparison->item(row, 2)->text();
        }
    }
    CHECK(fields.contains(QStringLiteral("Paper")));
    CHECK(fields.contains(QStringLiteral("Header (Dutch)")));
    CHECK(portalEn == QStringLiteral("Hello (centred)"));
    CHECK(mineEn == QStringLiteral("Open Tue-Sat 7:30-18:00 (centred)")); // as the demo portal had it

    // For the documentation: COMPTOIR_SCREENSHOT_DIR=dir saves the page (and its dialogs) as
    // they look: a pharmacy's receipt with its logo, a line being written in Dutch.
    if (const QString shots = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR"); !shots.isEmpty()) {
        AuditLog audit(*c.cache);
        Outbox(*c.cache).takePortals(Outbox(*c.cache).entries().first().seq, kNow, audit);
        ReceiptsPage shot(*c.cache);
        shot.setActor(c.email);
        Dialogs answers;
        answers.install(shot);
        REQUIRE(shot.select(id));
        answers.file = writeFile(dir, "cross.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 150\">"
            "<path d=\"M35 5h40v35h35v40h-35v35h-40v-35h-35v-40h35z\" fill=\"#1b8a3a\"/>"
            "<text x=\"125\" y=\"62\" font-family=\"DejaVu Sans\" font-weight=\"bold\" "
            "font-size=\"38\" fill=\"#1b8a3a\">APOTHEEK</text><text x=\"127\" y=\"108\" "
            "font-family=\"DejaVu Sans\" font-size=\"34\" fill=\"#555\">De Linde</text></svg>");
        answers.logoSettings = {};
        shot.importLogo();
        ReceiptLinesModel* h = shot.headerModel();
        REQUIRE(h->setData(h->index(0, 0), QStringLiteral("Welkom!")));
        REQUIRE(h->setData(h->index(0, int(LinesColumn::Alignment)), int(TextAlignment::Center)));
        REQUIRE(h->setData(h->index(0, int(LinesColumn::Bold)), Qt::Checked, Qt::CheckStateRole));
        REQUIRE(h->setData(h->index(0, int(LinesColumn::DoubleHeight)), Qt::Checked, Qt::CheckStateRole));
        ReceiptLinesModel* f = shot.footerModel();
        REQUIRE(f->insertRows(f->rowCount(), 1));
        REQUIRE(f->setData(f->index(f->rowCount() - 1, 0), QStringLiteral("Gratis bloeddrukmeting ♥")));
        shot.resize(1440, 900);
        shot.show();
        REQUIRE(QTest::qWaitForWindowExposed(&shot));
        QTest::qWait(300);
        CHECK(shot.grab().save(QDir(shots).filePath(QStringLiteral("receipts.png"))));

        LogoSource source = LogoImport::fromFile(answers.file);
        REQUIRE(source.ok());
        LogoDialog logo(source.image, {}, PaperWidth::Mm58);
        logo.show();
        REQUIRE(QTest::qWaitForWindowExposed(&logo));
        QTest::qWait(100);
        CHECK(logo.grab().save(QDir(shots).filePath(QStringLiteral("receipts-logo.png"))));
        QList<CopyTargetsModel::Target> targets;
        for (const Location& l : LocationRepository(*c.cache).all())
            if (l.id != id)
                targets.append({ l, ReceiptLayoutRepository(*c.cache).get(l.id), true });
        CopyLayoutDialog copy(*ReceiptLayoutRepository(*c.cache).get(id), QStringLiteral("Apotheek De Linde"), targets);
        copy.show();
        REQUIRE(QTest::qWaitForWindowExposed(&copy));
        QTest::qWait(100);
        CHECK(copy.grab().save(QDir(shots).filePath(QStringLiteral("receipts-copy.png"))));
    }
}
