#include "recentcaches.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace comptoir {

namespace {
const QString kKey = QStringLiteral("caches/recent");
}

QStringList RecentCaches::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentCaches::remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaximum)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
}

QString RecentCaches::mostRecent()
{
    for (const QString& path : list())
        if (QFileInfo(path).isFile())
            return path;
    const QDir caches(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/caches"));
    const QFileInfoList files = caches.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

} // namespace comptoir
