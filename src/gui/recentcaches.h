#pragma once

#include <QString>
#include <QStringList>

namespace comptoir {

// Remembers the cache files the user opened, so that Comptoir reopens the last one.
class RecentCaches {
public:
    static constexpr int kMaximum = 8;

    // The most recently opened cache file that still exists; failing that, the newest
    // file among the account caches (AppDataLocation/caches); empty when there is none.
    static QString mostRecent();
    // Puts `path` first in the list (in QSettings).
    static void remember(const QString& path);
    static QStringList list();
};

} // namespace comptoir
