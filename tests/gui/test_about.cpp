// Help ▸ About Comptoir: the version, the licences of every library shipped, and a list
// that cannot fall behind what the executable really links.
#include "gui/aboutdialog.h"
#include "gui/helpmenu.h"
#include "gui/thirdpartylibraries.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

// Marks every text of one tr() context, so that a test sees which texts were set again.
class MarkingTranslator : public QTranslator {
public:
    explicit MarkingTranslator(const char* context)
        : m_context(context)
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        return qstrcmp(context, m_context) == 0 ? QStringLiteral("«%1»").arg(QString::fromUtf8(source)) : QString();
    }

private:
    const char* m_context;
};

QString libraryBaseName(QString file)
{
    file.remove(QRegularExpression(QStringLiteral("(\\.so(\\.\\d+)*|\\.dll|(\\.\\d+)*\\.dylib)$")));
    if (file.startsWith(QLatin1String("lib")))
        file.remove(0, 3);
    return file;
}

} // namespace

TEST_CASE("About dialog: shows Comptoir's version and every library with its version and licence text", "[about]")
{
    AboutDialog dialog;
    const auto* version = dialog.findChild<QLabel*>(QStringLiteral("version"));
    REQUIRE(version);
    CHECK(version->text().startsWith(
        QStringLiteral("Version %1 · Qt %2").arg(QStringLiteral(COMPTOIR_VERSION), QString::fromLatin1(qVersion()))));
    const auto* own = dialog.findChild<QLabel*>(QStringLiteral("ownLicence"));
    REQUIRE(own);
    CHECK(own->text().contains(QStringLiteral("has not been chosen yet")));

    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("libraries"));
    auto* text = dialog.findChild<QTextBrowser*>(QStringLiteral("licenceText"));
    REQUIRE(list);
    REQUIRE(text);
    const QList<ThirdPartyLibrary> libraries = thirdPartyLibraries();
    REQUIRE(list->topLevelItemCount() == libraries.size());

    // What each licence text must say: the licence itself, or its copyright holder.
    const QList<std::pair<QString, QString>> expected = {
        { QStringLiteral("Qt"), QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE") },
        { QStringLiteral("Qt HTTP Server"), QStringLiteral("GNU GENERAL PUBLIC LICENSE") },
        { QStringLiteral("Qt Charts"), QStringLiteral("GNU GENERAL PUBLIC LICENSE") },
        { QStringLiteral("QtKeychain"), QStringLiteral("Frank Osterfeld") },
        { QStringLiteral("SQLite"), QStringLiteral("May you do good and not evil") },
        { QStringLiteral("libxlsxwriter"), QStringLiteral("John McNamara") },
        { QStringLiteral("zlib"), QStringLiteral("Jean-loup Gailly and Mark Adler") },
    };
    for (const auto& [name, phrase] : expected) {
        INFO(name.toStdString());
        const auto it = std::find_if(
            libraries.begin(), libraries.end(), [&](const ThirdPartyLibrary& l) { return l.name == name; });
        REQUIRE(it != libraries.end());
        const int row = int(it - libraries.begin());
        QTreeWidgetItem* item = list->topLevelItem(row);
        CHECK(item->text(0).startsWith(name));
        CHECK_FALSE(item->text(1).isEmpty()); // a version
        CHECK(item->text(2) == it->licence);
        dialog.showLicenceOf(row);
        CHECK(list->currentItem() == item);
        CHECK(text->toPlainText().contains(phrase));
    }
    // Choosing a row in the list shows its licence as well.
    list->setCurrentItem(list->topLevelItem(0));
    CHECK(text->toPlainText().contains(QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")));

    const auto sqlite = std::find_if(libraries.begin(), libraries.end(),
        [](const ThirdPartyLibrary& l) { return l.name == QLatin1String("SQLite"); });
    CHECK(sqlite->version.startsWith(QStringLiteral("3.")));
    CHECK(libraries.first().version == QString::fromLatin1(qVersion()));
}

TEST_CASE(
    "About dialog: lists every library the comptoir, comptoir-cli and comptoir-portal executables link", "[about]")
{
    const QList<ThirdPartyLibrary> libraries = thirdPartyLibraries();
    const QStringList system = { QStringLiteral("c"), QStringLiteral("m"), QStringLiteral("stdc++"),
        QStringLiteral("gcc_s"), QStringLiteral("pthread"), QStringLiteral("dl"), QStringLiteral("rt") };
    for (const char* executable : { COMPTOIR_APP, COMPTOIR_CLI, COMPTOIR_PORTAL }) {
        INFO(executable);
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), { QStringLiteral("-d"), QString::fromLocal8Bit(executable) });
        REQUIRE(readelf.waitForFinished(30000));
        REQUIRE(readelf.exitCode() == 0);
        const QString dynamic = QString::fromLocal8Bit(readelf.readAllStandardOutput());
        const QRegularExpression needed(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
        int count = 0;
        for (const QRegularExpressionMatch& m : needed.globalMatch(dynamic)) {
            const QString name = libraryBaseName(m.captured(1));
            ++count;
            if (system.contains(name) || name.startsWith(QLatin1String("ld-linux")))
                continue;
            INFO(name.toStdString());
            const bool listed = std::any_of(libraries.begin(), libraries.end(),
                [&](const ThirdPartyLibrary& l) { return l.libraries.contains(name); });
            CHECK(listed);
        }
        CHECK(count > 3);
    }
}

TEST_CASE("About dialog and Help menu: their texts follow a change of language", "[about]")
{
    QMainWindow window;
    auto* help = new HelpMenu(&window);
    AboutDialog dialog;
    CHECK(dialog.windowTitle() == QStringLiteral("About Comptoir"));
    CHECK(help->title() == QStringLiteral("&Help"));

    MarkingTranslator dialogTexts("comptoir::AboutDialog");
    MarkingTranslator menuTexts("comptoir::HelpMenu");
    MarkingTranslator libraryTexts("ThirdPartyLibrary");
    QCoreApplication::installTranslator(&dialogTexts);
    QCoreApplication::installTranslator(&menuTexts);
    QCoreApplication::installTranslator(&libraryTexts);
    QCoreApplication::processEvents();
    const QList<QTreeWidgetItem*> sqlite = dialog.findChild<QTreeWidget*>(QStringLiteral("libraries"))
                                               ->findItems(QStringLiteral("SQLite"), Qt::MatchExactly, 0);
    REQUIRE(sqlite.size() == 1);
    CHECK(sqlite.first()->text(2) == QStringLiteral("«Public domain»"));
    CHECK(dialog.windowTitle() == QStringLiteral("«About Comptoir»"));
    CHECK(dialog.findChild<QTreeWidget*>(QStringLiteral("libraries"))->headerItem()->text(2)
        == QStringLiteral("«Licence»"));
    CHECK(help->title() == QStringLiteral("«&Help»"));
    CHECK(help->aboutAction()->text() == QStringLiteral("«&About Comptoir»"));

    QCoreApplication::removeTranslator(&dialogTexts);
    QCoreApplication::removeTranslator(&menuTexts);
    QCoreApplication::removeTranslator(&libraryTexts);
    QCoreApplication::processEvents();
    CHECK(dialog.windowTitle() == QStringLiteral("About Comptoir"));
    CHECK(sqlite.first()->text(2) == QStringLiteral("Public domain"));
    CHECK(help->title() == QStringLiteral("&Help"));
}

TEST_CASE("Help menu: About Comptoir opens the About dialog over the window", "[about]")
{
    QMainWindow window;
    auto* help = new HelpMenu(&window);
    window.show();
    CHECK(window.findChildren<AboutDialog*>().isEmpty());
    help->aboutAction()->trigger();
    const QList<AboutDialog*> dialogs = window.findChildren<AboutDialog*>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.first()->isVisible());
    CHECK(help->aboutAction()->menuRole() == QAction::AboutRole);
    dialogs.first()->close();
}
