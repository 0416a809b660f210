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
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
// Every run through a test case (Catch runs it once per leaf section) starts with empty
// settings, so what one test remembered never changes another.
struct FreshSettings : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        m_testCase = info.name;
        QSettings().clear();
    }
    void sectionStarting(const Catch::SectionInfo& info) override
    {
        TestEventListenerBase::sectionStarting(info);
        if (info.name == m_testCase)
            QSettings().clear();
    }
    std::string m_testCase;
};
} // namespace
CATCH_REGISTER_LISTENER(FreshSettings)

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
    // Settings (window layouts, remembered filters) start empty in every test process and
    // never reach the user's own.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return Catch::Session().run(argc, argv);
}
