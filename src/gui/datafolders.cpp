#include "datafolders.h"

#include "core/logfile.h"

#include <QDesktopServices>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace comptoir {

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QList<DataLocation> dataLocations()
{
    const QString data = dataFolder();
    const QSettings settings;
    return {
        { DataLocation::Kind::Caches, QCoreApplication::translate("DataFolders", "Copies of your portal data (caches)"),
            QDir::toNativeSeparators(data + QStringLiteral("/caches")), true },
        { DataLocation::Kind::DemoData, QCoreApplication::translate("DataFolders", "Demo data"),
            QDir::toNativeSeparators(data + QStringLiteral("/demo")), true },
        { DataLocation::Kind::Logs, QCoreApplication::translate("DataFolders", "Logs"),
            QDir::toNativeSeparators(defaultLogDirectory()), true },
        { DataLocation::Kind::Settings, QCoreApplication::translate("DataFolders", "Settings"),
            settings.format() == QSettings::NativeFormat && settings.fileName().startsWith(QLatin1Char('\\'))
                ? settings.fileName() // a registry key on Windows
                : QDir::toNativeSeparators(settings.fileName()),
            false },
    };
}

bool openDataFolder(QString* error)
{
    const QString folder = dataFolder();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate(
                "DataFolders", "The folder %1 cannot be created. Check that your user account may write there.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        if (error)
            *error = QCoreApplication::translate(
                "DataFolders", "No file manager could be opened on %1. Open that folder yourself.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

} // namespace comptoir
