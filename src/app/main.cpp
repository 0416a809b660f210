// Comptoir's desktop application: parses the command line, opens a cache (an account's,
// or the demo data) and shows the main window on it.

#include "gui/demosession.h"
#include "gui/icons.h"
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "gui/recentcaches.h"
#include "store/cachedatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace comptoir;

namespace {


} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QApplication::setApplicationName(QStringLiteral("Comptoir"));
    QApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    installTranslators(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Back-office for merchants with CCV payment terminals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QCoreApplication::translate("main", "Open generated demo data."));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QCoreApplication::translate("main", "Open the cache file <file>."), QCoreApplication::translate("main", "file"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of each page into <dir>, then quit."), QCoreApplication::translate("main", "dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, cacheOption, screenshotOption});
    parser.process(app);

    // The cache outlives the window: declared first, destroyed last.
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<MainWindow> window;
    const QString screenshotDir = parser.value(screenshotOption);

    const auto showWindow = [&](std::unique_ptr<CacheDatabase> opened) {
        cache = std::move(opened);
        window = std::make_unique<MainWindow>(*cache);
        window->show();
        if (screenshotDir.isEmpty())
            return;
        QTimer::singleShot(500, window.get(), [&] {
            const QStringList files = window->saveScreenshots(screenshotDir);
            for (const QString& f : files)
                std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(f)));
            QCoreApplication::exit(files.isEmpty() ? 1 : 0);
        });
    };

    DemoSession demo;
    QObject::connect(&demo, &DemoSession::ready, &app, [&] { showWindow(demo.takeCache()); });
    QObject::connect(&demo, &DemoSession::failed, &app, [](const QString& message) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Comptoir"), message);
        QCoreApplication::exit(1);
    });
    QObject::connect(&demo, &DemoSession::cancelled, &app, [] { QCoreApplication::exit(0); });

    // Which cache: --cache, else --demo, else the last one used, else the demo data.
    QString path = parser.value(cacheOption);
    const bool explicitCache = !path.isEmpty();
    if (!explicitCache && !parser.isSet(demoOption))
        path = RecentCaches::mostRecent();
    if (explicitCache && !QFileInfo(path).isFile()) {
        // CacheDatabase::open would create a new, empty cache: never for a typing error.
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Comptoir"),
                              QCoreApplication::translate("main", "There is no cache file at %1.").arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    if (path.isEmpty()) {
        demo.start();
    } else {
        CacheDatabase::OpenResult opened = CacheDatabase::open(path);
        if (opened) {
            RecentCaches::remember(path);
            showWindow(std::move(opened.database));
        } else if (explicitCache) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Comptoir"), opened.message);
            return 1;
        } else {
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Comptoir"),
                                 opened.message + QStringLiteral("\n\n") + QCoreApplication::translate("main", "Comptoir opens the demo data instead."));
            demo.start();
        }
    }
    const int status = QApplication::exec();
    window.reset();
    return status;
}
