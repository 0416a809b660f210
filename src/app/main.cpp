// Comptoir's desktop application: parses the command line and hands over to the
// AppController, which opens an account's cache (or the demo portal's) in the main window.

#include "gui/appcontroller.h"
#include "gui/icons.h"
#include "gui/preferences.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace comptoir;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QApplication::setApplicationName(QStringLiteral("Comptoir"));
    QApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    // The language and appearance chosen in Settings (the system's by default).
    preferences::applyLanguage(app, preferences::savedLanguage());
    preferences::applyAppearance(app, preferences::savedAppearance());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Back-office for merchants with CCV payment terminals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Start the demo portal inside Comptoir and open its data."));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QCoreApplication::translate("main", "Open the cache file <file>."), QCoreApplication::translate("main", "file"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of each page into <dir>, then quit."), QCoreApplication::translate("main", "dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption suffixOption(QStringLiteral("screenshot-suffix"), QStringLiteral("Added to each screenshot's file name."),
                                    QStringLiteral("suffix"));
    suffixOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Show Comptoir in <language> (nl, fr or en) this time, whatever Settings says."),
        QCoreApplication::translate("main", "language"));
    QCommandLineOption appearanceOption(QStringLiteral("appearance"), QStringLiteral("light, dark or system, this time."),
                                        QStringLiteral("appearance"));
    appearanceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, cacheOption, screenshotOption, suffixOption, languageOption, appearanceOption});
    parser.process(app);
    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        if (code != QLatin1String("nl") && code != QLatin1String("fr") && code != QLatin1String("en")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown language “%1”: use nl, fr or en.").arg(code)));
            return 2;
        }
        preferences::applyLanguage(app, code);
    }
    if (parser.isSet(appearanceOption)) {
        const QString a = parser.value(appearanceOption);
        preferences::applyAppearance(app, a == QLatin1String("dark")    ? preferences::Appearance::Dark
                                          : a == QLatin1String("light") ? preferences::Appearance::Light
                                                                        : preferences::Appearance::System);
    }

    AppController::Options options;
    options.demo = parser.isSet(demoOption);
    options.cachePath = parser.value(cacheOption);
    options.screenshotDir = parser.value(screenshotOption);
    options.screenshotSuffix = parser.value(suffixOption);
    AppController controller(options);
    QObject::connect(&controller, &AppController::exitRequested, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
