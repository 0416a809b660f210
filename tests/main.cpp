// The one test main: a QCoreApplication, or an offscreen QApplication when the test
// target is built with COMPTOIR_TEST_GUI. Catch2 runs the test cases inside it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef COMPTOIR_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char** argv)
{
#ifdef COMPTOIR_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-tests"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's real cache
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return Catch::Session().run(argc, argv);
}
