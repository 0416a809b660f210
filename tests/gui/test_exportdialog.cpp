// The export dialog as a user drives it: what it offers (only the locations the account may
// export), an export on its worker thread, Cancel, profiles that export only what is new,
// and the main window's File ▸ Export… (Ctrl+E).
#include "gui/exportdialog.h"
#include "gui/mainwindow.h"
#include "gui/transactionspage.h"
#include "guifixtures.h"

#include "core/translations.h"
#include "portal/syncengine.h"
#include "store/exportprofilerepository.h"
#include "store/transactionrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// The dialog remembers the last format, language and folder; every test starts afresh.
void forgetSettings()
{
    QSettings().remove(QStringLiteral("ExportDialog"));
}

void settle(ExportDialog& d)
{
    for (int i = 0; i < 2400 && d.isRunning(); ++i)
        QTest::qWait(25);
    REQUIRE_FALSE(d.isRunning());
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// As SyncEngine stores GET /me: grants per menu code.
void grant(CacheDatabase& cache, const QList<std::pair<QString, QStringList>>& grants)
{
    QJsonArray permissions;
    for (const auto& [menu, locations] : grants)
        permissions.append(QJsonObject { { QStringLiteral("menu"), menu },
            { QStringLiteral("location_ids"), QJsonArray::fromStringList(locations) } });
    const QJsonObject me { { QStringLiteral("user"),
                               QJsonObject { { QStringLiteral("email"), QStringLiteral("griet@example.be") },
                                   { QStringLiteral("administrator"), false } } },
        { QStringLiteral("permissions"), permissions } };
    cache.setMeta(SyncEngine::kPermissions, QString::fromUtf8(QJsonDocument(me).toJson(QJsonDocument::Compact)));
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace

TEST_CASE("ExportDialog: the current filter, exported on a worker thread with progress")
{
    forgetSettings();
    FilledCache c(3000);
    QTemporaryDir out;
    TransactionFilter filter;
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 3, 31);
    filter.locationIds = { kLocations[0] };
    filter.statuses = { TransactionStatus::Success };
    ExportDialog dialog(*c, filter);
    CHECK(dialog.scope() == ExportDialog::Scope::CurrentFilter);
    CHECK(dialog.filterForExport() == filter);
    const QString path = out.filePath(QStringLiteral("maart.xlsx"));
    dialog.setDestination(path);
    bool sawProgress = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout,
        [&] { sawProgress = sawProgress || dialog.findChild<QProgressBar*>(QStringLiteral("progress"))->isVisible(); });
    poll.start(1);
    dialog.startExport();
    CHECK(dialog.isRunning());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    settle(dialog);
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.lastResult().ok());
    CHECK(dialog.findChild<QProgressBar*>(QStringLiteral("progress"))->isHidden());
    CHECK(dialog.lastResult().transactions == TransactionRepository(*c).totals(filter).count);
    CHECK(head(path, 2) == QByteArray("PK")); // a zip: the workbook
    CHECK(dialog.message().contains(QStringLiteral("transactions exported to")));
    CHECK(filesIn(out.path()) == QStringList { QStringLiteral("maart.xlsx") });

    // CSV of chosen days and locations, the extension following the format.
    dialog.setScope(ExportDialog::Scope::DaysAndLocations);
    dialog.setDays(QDate(2026, 4, 1), QDate(2026, 4, 30));
    dialog.setLocations({ kLocations[1] });
    dialog.setFormat(ExportFormat::Csv);
    CHECK(dialog.destination().endsWith(QStringLiteral("maart.csv")));
    dialog.startExport();
    settle(dialog);
    REQUIRE(dialog.lastResult().ok());
    TransactionFilter april;
    april.from = QDate(2026, 4, 1);
    april.to = QDate(2026, 4, 30);
    april.locationIds = { kLocations[1] };
    CHECK(dialog.lastResult().transactions == TransactionRepository(*c).totals(april).count);
    CHECK(head(out.filePath(QStringLiteral("maart.csv")), 3) == QByteArray("\xEF\xBB\xBF"));

    // Days the wrong way round, or no location: said, nothing written.
    dialog.setDays(QDate(2026, 4, 30), QDate(2026, 4, 1));
    dialog.setDestination(out.filePath(QStringLiteral("other.csv")));
    dialog.startExport();
    CHECK_FALSE(dialog.isRunning());
    CHECK(dialog.message().contains(QStringLiteral("first day comes after")));
    dialog.setDays(QDate(2026, 4, 1), QDate(2026, 4, 30));
    dialog.setLocations({});
    dialog.startExport();
    CHECK(dialog.message().contains(QStringLiteral("at least one location")));
    CHECK_FALSE(QFile::exists(out.filePath(QStringLiteral("other.csv"))));
}

TEST_CASE("ExportDialog: Cancel stops the export and leaves nothing behind")
{
    forgetSettings();
    FilledCache c(40000);
    QTemporaryDir out;
    for (ExportFormat format : { ExportFormat::Xlsx, ExportFormat::Csv }) {
        ExportDialog dialog(*c, {});
        dialog.setFormat(format);
        const QString path
            = out.filePath(format == ExportFormat::Csv ? QStringLiteral("all.csv") : QStringLiteral("all.xlsx"));
        dialog.setDestination(path);
        dialog.startExport();
        REQUIRE(dialog.isRunning());
        // The Cancel button (the dialog's reject) stops the export; the dialog stays open.
        dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
        settle(dialog);
        CHECK(dialog.lastResult().outcome == ExportResult::Outcome::Cancelled);
        CHECK(dialog.message().contains(QStringLiteral("cancelled")));
        CHECK(filesIn(out.path()).isEmpty());
    }
    // Closing the dialog while it exports: the worker stops, nothing is left.
    {
        auto dialog = std::make_unique<ExportDialog>(*c, TransactionFilter {});
        dialog->setDestination(out.filePath(QStringLiteral("closing.xlsx")));
        dialog->startExport();
        dialog.reset();
    }
    CHECK(filesIn(out.path()).isEmpty());
}

TEST_CASE("ExportDialog: only the locations the account may export are offered")
{
    forgetSettings();
    FilledCache c(500);
    grant(*c, { { QStringLiteral("transactions"), kLocations }, { QStringLiteral("export"), { kLocations[1] } } });
    {
        ExportDialog dialog(*c, {});
        const auto* list = dialog.findChild<QListWidget*>(QStringLiteral("locations"));
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text() == QStringLiteral("Boulangerie Namur"));
        // The Transactions page shows every location; the export keeps to the permitted one.
        CHECK(dialog.filterForExport().locationIds == QStringList { kLocations[1] });
        TransactionFilter other;
        other.locationIds = { kLocations[0] };
        ExportDialog onlyOther(*c, other);
        QTemporaryDir out;
        onlyOther.setDestination(out.filePath(QStringLiteral("x.xlsx")));
        onlyOther.startExport();
        settle(onlyOther);
        CHECK(onlyOther.lastResult().outcome == ExportResult::Outcome::Empty);
        CHECK(filesIn(out.path()).isEmpty());
    }
    grant(*c, { { QStringLiteral("transactions"), kLocations } });
    ExportDialog none(*c, {});
    CHECK_FALSE(none.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    CHECK(none.message().contains(QStringLiteral("may not export")));
}

TEST_CASE("ExportDialog: a profile that exports only what is new never exports a transaction twice")
{
    forgetSettings();
    FilledCache c(800);
    QTemporaryDir out;
    ExportDialog dialog(*c, {});
    dialog.setProfileNameAsker([](const QString&) { return std::optional<QString>(QStringLiteral("Boekhouder")); });
    dialog.setConfirmer([](const QString&) { return true; });
    dialog.setScope(ExportDialog::Scope::NewSinceLastExport);
    dialog.setLanguage(Language::En);
    dialog.setDestination(out.filePath(QStringLiteral("eerste.xlsx")));
    dialog.startExport(); // asks a name, saves the profile, exports
    settle(dialog);
    INFO(dialog.message().toStdString());
    REQUIRE(dialog.lastResult().ok());
    CHECK(dialog.profileNames() == QStringList { QStringLiteral("Boekhouder") });
    CHECK(dialog.lastResult().exportNumber == 1);
    CHECK(dialog.lastResult().newCount == 800);
    // The next file name carries the next number.
    CHECK(dialog.destination().contains(QStringLiteral("Boekhouder 2 ")));

    dialog.startExport();
    settle(dialog);
    CHECK(dialog.lastResult().outcome == ExportResult::Outcome::Empty);
    CHECK(dialog.message().contains(QStringLiteral("Nothing is new or changed")));

    Transaction t = manualTransaction(QStringLiteral("tx-later"));
    TransactionRepository(*c).upsert(t);
    dialog.startExport();
    settle(dialog);
    REQUIRE(dialog.lastResult().ok());
    CHECK(dialog.lastResult().exportNumber == 2);
    CHECK(dialog.lastResult().newCount == 1);
    CHECK(dialog.lastResult().transactions == 1);
    CHECK(filesIn(out.path()).size() == 2);

    // Chosen again later, the profile brings its settings back.
    ExportDialog again(*c, {});
    REQUIRE(again.selectProfile(QStringLiteral("boekhouder")));
    CHECK(again.scope() == ExportDialog::Scope::NewSinceLastExport);
    CHECK(again.language() == Language::En);
    CHECK(again.findChild<QLabel*>(QStringLiteral("newText"))->text().contains(QStringLiteral("Export 2")));
    again.setConfirmer([](const QString&) { return true; });
    again.deleteProfile();
    CHECK(again.profileNames().isEmpty());
    CHECK(ExportProfileRepository(*c).all().isEmpty());
}

TEST_CASE("ExportDialog: File ▸ Export… (Ctrl+E) opens it on the Transactions page's filter; texts follow the language")
{
    forgetSettings();
    FilledCache c(200);
    MainWindow window(*c);
    QAction* action = window.findChild<QAction*>(QStringLiteral("export"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    window.transactionsPage()->setDatePreset(DatePreset::All);
    bool opened = false;
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<ExportDialog*>(w)) {
                opened = true;
                CHECK(d->filterForExport() == window.transactionsPage()->appliedFilter());
                d->reject();
            }
    });
    action->trigger();
    CHECK(opened);

    ExportDialog dialog(*c, {});
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    CHECK(language->itemText(0) == QStringLiteral("Dutch"));
    installTranslators(*qApp, QLocale(QLocale::Dutch, QLocale::Belgium));
    QTest::qWait(20); // the language change is posted to the windows
    CHECK(language->itemText(0) == QStringLiteral("Nederlands"));
    installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
    QTest::qWait(20);
    CHECK(language->itemText(0) == QStringLiteral("Dutch"));
}

TEST_CASE("ExportDialog: screenshots", "[.][screenshots]")
{
    forgetSettings();
    FilledCache c(3000);
    grant(*c, { { QStringLiteral("export"), { QString() } } });
    ExportProfile p;
    p.name = QStringLiteral("Boekhouding Desmet");
    p.incremental = true;
    REQUIRE_FALSE(ExportProfileRepository(*c).save(p));
    const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOTS", QDir::tempPath());
    TransactionFilter f;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 3, 31);
    ExportDialog dialog(*c, f);
    dialog.show();
    QTest::qWait(50);
    CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog.png"))));
    dialog.selectProfile(p.name);
    dialog.setFormat(ExportFormat::Csv);
    QTest::qWait(50);
    CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog-profile.png"))));
}
