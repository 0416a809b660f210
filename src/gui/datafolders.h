#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace comptoir {

// Where Comptoir keeps its files on this computer, for the Settings page and for support:
// the caches, the demo data, the logs and the settings, as QStandardPaths and QSettings
// give them on this system (Linux, Windows or macOS).
struct DataLocation {
    enum class Kind { Caches, DemoData, Logs, Settings };
    Kind kind;
    QString label; // translated, e.g. "Copies of your portal data"
    QString path; // a folder or a file; on Windows the settings are a registry key
    bool isFolder; // false for the settings (a file, or a registry key)
};

// Every location, in the order above.
QList<DataLocation> dataLocations();

// Comptoir's data folder (QStandardPaths::AppDataLocation): the caches and demo data are in it.
QString dataFolder();

// Opens the data folder in the system's file manager (creating it when missing). Returns
// false, with a message for the user in `error`, when that cannot be done.
bool openDataFolder(QString* error = nullptr);

} // namespace comptoir
