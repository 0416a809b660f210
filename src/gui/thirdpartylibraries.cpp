#include "thirdpartylibraries.h"

#include "store/cachedatabase.h"

#include <QCoreApplication>

namespace comptoir {

QList<ThirdPartyLibrary> thirdPartyLibraries()
{
    const QString qt = QString::fromLatin1(qVersion());
    return {
        { QStringLiteral("Qt"), qt, QStringLiteral("LGPL-3.0-only"), QStringLiteral(":/licenses/LGPL-3.0.txt"),
            QStringLiteral("Core, Gui, Widgets, Network, Sql, Concurrent, PrintSupport, Svg, PDF"),
            { QStringLiteral("Qt6Core"), QStringLiteral("Qt6Gui"), QStringLiteral("Qt6Widgets"),
                QStringLiteral("Qt6Network"), QStringLiteral("Qt6Sql"), QStringLiteral("Qt6Concurrent"),
                QStringLiteral("Qt6PrintSupport"), QStringLiteral("Qt6Svg"), QStringLiteral("Qt6SvgWidgets"),
                QStringLiteral("Qt6Pdf"), QStringLiteral("Qt6PdfWidgets"), QStringLiteral("Qt6DBus"),
                QStringLiteral("Qt6OpenGL"), QStringLiteral("Qt6OpenGLWidgets") } },
        { QStringLiteral("Qt HTTP Server"), qt, QStringLiteral("GPL-3.0-only"),
            QStringLiteral(":/licenses/GPL-3.0.txt"), QStringLiteral("HttpServer, WebSockets"),
            { QStringLiteral("Qt6HttpServer"), QStringLiteral("Qt6WebSockets") } },
        { QStringLiteral("Qt Charts"), qt, QStringLiteral("GPL-3.0-only"), QStringLiteral(":/licenses/GPL-3.0.txt"),
            QStringLiteral("Charts"), { QStringLiteral("Qt6Charts") } },
        { QStringLiteral("QtKeychain"), QStringLiteral(COMPTOIR_QTKEYCHAIN_VERSION), QStringLiteral("BSD-2-Clause"),
            QStringLiteral(":/licenses/QtKeychain.txt"), QString(), { QStringLiteral("qt6keychain") } },
        { QStringLiteral("SQLite"), CacheDatabase::sqliteVersion(),
            QCoreApplication::translate("ThirdPartyLibrary", "Public domain"), QStringLiteral(":/licenses/SQLite.txt"),
            QString(), { QStringLiteral("sqlite3") } },
        { QStringLiteral("libxlsxwriter"), QStringLiteral(COMPTOIR_XLSXWRITER_VERSION),
            QStringLiteral("BSD-2-Clause AND Zlib AND MPL-2.0 AND MIT"), QStringLiteral(":/licenses/libxlsxwriter.txt"),
            QString(), { QStringLiteral("xlsxwriter") } },
        { QStringLiteral("zlib"), QStringLiteral(COMPTOIR_ZLIB_VERSION), QStringLiteral("Zlib"),
            QStringLiteral(":/licenses/zlib.txt"), QString(),
            { QStringLiteral("z"), QStringLiteral("zlib1"), QStringLiteral("minizip") } },
    };
}

} // namespace comptoir
