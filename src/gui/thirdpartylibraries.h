#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {

// A library that Comptoir ships or links, with what its licence requires us to say.
struct ThirdPartyLibrary {
    QString name; // "Qt", "QtKeychain", ...
    QString version; // the version in use (or built with, where there is no run-time query)
    QString licence; // SPDX identifier(s), e.g. "LGPL-3.0-only" (SQLite: public domain, translated)
    QString licenceFile; // resource with the licence text, e.g. ":/licenses/LGPL-3.0.txt"
    QString parts; // what of it Comptoir uses, e.g. the Qt modules
    // Base names of its shared libraries (no "lib", no suffix: "Qt6Core", "sqlite3"), so
    // that a test can check that every library an executable links is listed here.
    QStringList libraries;
};

// The libraries of the About dialog: every one the programs link, in display order.
QList<ThirdPartyLibrary> thirdPartyLibraries();

} // namespace comptoir
