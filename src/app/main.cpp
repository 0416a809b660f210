// Comptoir's desktop application: parses the command line and hands over to the
// AppController, which opens an account's cache (or the demo portal's) in the main window.

#include "core/logfile.h"
#include "core/translations.h"
#include "gui/appcontroller.h"
#include "gui/icons.h"
#include "gui/preferences.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace comptoir;

namespace {

// --version and --help print and quit; they must work without a display (over SSH, in a
// package test), so they get a QCoreApplication instead of a QApplication.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-v", "--version", "-h", "--help", "-?"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> application = onlyPrints(argc, argv)
                                                              ? std::make_unique<QCoreApplication>(argc, argv)
                                                              : std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    // The language chosen in Settings (the system's by default), for --help too.
    installTranslators(app, preferences::localeFor(preferences::savedLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Back-office for merchants with CCV payment terminals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the demo portal inside Comptoir and open its data."));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
        QCoreApplication::translate("main", "Open the cache file <file>."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate("main", "Show Comptoir in <language> (nl, fr or en) this time, whatever Settings says."),
        QCoreApplication::translate("main", "language"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of each page into <dir>, then quit."),
        QCoreApplication::translate("main", "dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption suffixOption(QStringLiteral("screenshot-suffix"),
        QStringLiteral("Added to each screenshot's file name."), QStringLiteral("suffix"));
    suffixOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption appearanceOption(QStringLiteral("appearance"), QStringLiteral("light, dark or system, this time."),
        QStringLiteral("appearance"));
    appearanceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, cacheOption, languageOption, screenshotOption, suffixOption, appearanceOption});
    parser.process(app);
    // Past this point the app runs with a window (process() quit for --version / --help).
    auto& gui = static_cast<QApplication&>(app);
    QString language = preferences::savedLanguage();
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        if (language != QLatin1String("nl") && language != QLatin1String("fr") && language != QLatin1String("en")) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown language “%1”: use nl, fr or en.").arg(language)));
            return 2;
        }
    }
    preferences::applyLanguage(gui, language);
    preferences::Appearance appearance = preferences::savedAppearance();
    if (parser.isSet(appearanceOption)) {
        const QString a = parser.value(appearanceOption);
        appearance = a == QLatin1String("dark")    ? preferences::Appearance::Dark
                     : a == QLatin1String("light") ? preferences::Appearance::Light
                                                   : preferences::Appearance::System;
    }
    preferences::applyAppearance(gui, appearance);
    QGuiApplication::setDesktopFileName(QStringLiteral(COMPTOIR_APP_ID)); // Wayland: the desktop entry and its icon
    QApplication::setWindowIcon(applicationIcon());
    installLogFile(defaultLogDirectory());

    AppController::Options options;
    options.demo = parser.isSet(demoOption);
    options.cachePath = parser.value(cacheOption);
    options.screenshotDir = parser.value(screenshotOption);
    options.screenshotSuffix = parser.value(suffixOption);
    AppController controller(options);
    QObject::connect(
        &controller, &AppController::exitRequested, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
