// Where Comptoir keeps its files, as the Settings page will list them, and opening the
// data folder.
#include "core/logfile.h"
#include "gui/datafolders.h"
#include "gui/demoportal.h"
#include "store/cachedatabase.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

// Stands in for the file manager: records what it was asked to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened.append(url); }
};

} // namespace

TEST_CASE(
    "Data folders: the caches, demo data, logs and settings are listed where Comptoir keeps them", "[datafolders]")
{
    const QList<DataLocation> locations = dataLocations();
    REQUIRE(locations.size() == 4);
    const auto find = [&](DataLocation::Kind kind) {
        const auto it
            = std::find_if(locations.begin(), locations.end(), [&](const DataLocation& l) { return l.kind == kind; });
        REQUIRE(it != locations.end());
        return *it;
    };
    const QString account
        = CacheDatabase::defaultPathFor({ QStringLiteral("https://portal.example"), QStringLiteral("a@b.example") });
    CHECK(find(DataLocation::Kind::Caches).path == QDir::toNativeSeparators(QFileInfo(account).absolutePath()));
    CHECK(find(DataLocation::Kind::DemoData).path == QDir::toNativeSeparators(DemoPortal::defaultDirectory()));
    CHECK(find(DataLocation::Kind::Logs).path == QDir::toNativeSeparators(defaultLogDirectory()));
    CHECK(find(DataLocation::Kind::Settings).path == QDir::toNativeSeparators(QSettings().fileName()));
    CHECK_FALSE(find(DataLocation::Kind::Settings).isFolder);
    for (const DataLocation& l : locations) {
        CHECK_FALSE(l.label.isEmpty());
        CHECK(QDir::isAbsolutePath(QDir::fromNativeSeparators(l.path)));
        // In the data folder (test mode: never the user's real one), except the settings.
        if (l.kind != DataLocation::Kind::Settings && l.kind != DataLocation::Kind::Logs)
            CHECK(QDir::fromNativeSeparators(l.path).startsWith(dataFolder()));
    }
    CHECK(dataFolder() == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

TEST_CASE("Data folders: opening the data folder creates it and hands it to the file manager", "[datafolders]")
{
    QDir(dataFolder()).removeRecursively();
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    QString error;
    CHECK(openDataFolder(&error));
    CHECK(error.isEmpty());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(catcher.opened.size() == 1);
    CHECK(catcher.opened.first() == QUrl::fromLocalFile(dataFolder()));
    CHECK(QFileInfo(dataFolder()).isDir());
}

#include "test_datafolders.moc"
