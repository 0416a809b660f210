// What the installers are made of, checked on the Linux build: the executables' --version
// and --help (without a display), the man pages against --help, the icon files, and the
// desktop entry, AppStream metadata and macOS Info.plist naming one application and version.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtEndian>

#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program as from a terminal without any display: no DISPLAY, no WAYLAND_DISPLAY,
// no QT_QPA_PLATFORM.
Run run(const char* program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QString::fromLocal8Bit(program), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const QString kVersion = QStringLiteral(COMPTOIR_VERSION);
const QString kAppId = QStringLiteral(COMPTOIR_APP_ID);
const QString kBuild = QStringLiteral(COMPTOIR_INSTALLERS_BUILD_DIR);

// The long options a --help text lists.
QSet<QString> optionsIn(const QString& help)
{
    QSet<QString> options;
    const QRegularExpression option(
        QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"), QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch& m : option.globalMatch(help))
        options.insert(m.captured(1));
    return options;
}

// A man page's text with roff's escaped minus signs made plain.
QString manPage(const QString& name)
{
    return QString::fromUtf8(readFile(kBuild + QStringLiteral("/man/") + name + QStringLiteral(".1")))
        .replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

QString xmlElementText(const QByteArray& xml, const QString& element, const QString& attribute = {})
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == element)
            return attribute.isEmpty() ? r.readElementText() : r.attributes().value(attribute).toString();
    }
    return QString();
}

} // namespace

TEST_CASE("Installers: comptoir, comptoir-cli and comptoir-portal --version print the version, without a display",
    "[installers]")
{
    const Run app = run(COMPTOIR_APP, { QStringLiteral("--version") });
    INFO(app.err.toStdString());
    CHECK(app.exitCode == 0);
    CHECK(app.out == QStringLiteral("Comptoir %1\n").arg(kVersion));
    CHECK(run(COMPTOIR_APP, { QStringLiteral("-v") }).out == app.out);

    const Run cli = run(COMPTOIR_CLI, { QStringLiteral("--version") });
    CHECK(cli.exitCode == 0);
    CHECK(cli.out == QStringLiteral("comptoir-cli %1\n").arg(kVersion));

    const Run portal = run(COMPTOIR_PORTAL, { QStringLiteral("--version") });
    CHECK(portal.exitCode == 0);
    CHECK(portal.out == QStringLiteral("comptoir-portal %1\n").arg(kVersion));
}

TEST_CASE("Installers: the man pages describe every option that --help lists", "[installers]")
{
    const Run appHelp = run(COMPTOIR_APP, { QStringLiteral("--help") });
    INFO(appHelp.err.toStdString());
    REQUIRE(appHelp.exitCode == 0); // no display needed for --help either
    struct Page {
        QString man;
        QStringList helps;
    };
    QList<Page> pages = { { QStringLiteral("comptoir"), { appHelp.out } },
        { QStringLiteral("comptoir-portal"), { run(COMPTOIR_PORTAL, { QStringLiteral("--help") }).out } } };
    Page cli { QStringLiteral("comptoir-cli"), { run(COMPTOIR_CLI, { QStringLiteral("--help") }).out } };
    // Every command of comptoir-cli, as its --help lists them.
    const QRegularExpression command(QStringLiteral("^  ([a-z][a-z-]+)   "), QRegularExpression::MultilineOption);
    QStringList commands;
    const QString commandList
        = cli.helps.first().section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const QRegularExpressionMatch& m : command.globalMatch(commandList))
        commands.append(m.captured(1));
    CHECK(commands
        == QStringList { QStringLiteral("audit-check"), QStringLiteral("dayclose"), QStringLiteral("demo-cache"),
            QStringLiteral("export"), QStringLiteral("signout"), QStringLiteral("summary"), QStringLiteral("sync") });
    for (const QString& c : commands)
        cli.helps.append(run(COMPTOIR_CLI, { c, QStringLiteral("--help") }).out);
    pages.append(cli);

    for (const Page& page : pages) {
        INFO(page.man.toStdString());
        const QString man = manPage(page.man);
        CHECK(man.contains(QStringLiteral(".TH ")));
        CHECK(man.contains(QStringLiteral("Comptoir %1").arg(kVersion)));
        int options = 0;
        for (const QString& help : page.helps) {
            for (const QString& option : optionsIn(help)) {
                INFO(option.toStdString());
                CHECK(man.contains(QStringLiteral("--") + option));
                ++options;
            }
        }
        CHECK(options >= 4);
        if (page.man == QLatin1String("comptoir-cli"))
            for (const QString& c : commands)
                CHECK(man.contains(QStringLiteral(".SS ") + c));
    }
}

TEST_CASE("Installers: the icon is drawn at every size, and the .ico and .icns hold those images", "[installers]")
{
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
        INFO(size);
        const QImage png(kBuild + QStringLiteral("/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
        REQUIRE_FALSE(png.isNull());
        CHECK(png.size() == QSize(size, size));
        CHECK(png.hasAlphaChannel());
        CHECK(qAlpha(png.pixel(0, 0)) == 0); // transparent corners
        CHECK(qAlpha(png.pixel(size / 2, size / 2)) == 255); // an opaque middle
    }

    // ICO: a directory of PNG images.
    const QByteArray ico = readFile(kBuild + QStringLiteral("/icons/%1.ico").arg(kAppId));
    REQUIRE(ico.size() > 6);
    CHECK(qFromLittleEndian<quint16>(ico.constData() + 2) == 1);
    const int count = qFromLittleEndian<quint16>(ico.constData() + 4);
    CHECK(count == 7);
    QList<int> icoSizes;
    for (int i = 0; i < count; ++i) {
        const char* entry = ico.constData() + 6 + 16 * i;
        const int width = quint8(entry[0]) == 0 ? 256 : quint8(entry[0]);
        const quint32 length = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        REQUIRE(qint64(offset) + length <= ico.size());
        const QImage image = QImage::fromData(ico.mid(offset, length), "PNG");
        CHECK(image.size() == QSize(width, width));
        icoSizes.append(width);
    }
    CHECK(icoSizes == QList<int> { 16, 24, 32, 48, 64, 128, 256 });

    // ICNS: "icns", the total length, then (type, length, PNG) chunks.
    const QByteArray icns = readFile(kBuild + QStringLiteral("/icons/%1.icns").arg(kAppId));
    REQUIRE(icns.startsWith("icns"));
    CHECK(qFromBigEndian<quint32>(icns.constData() + 4) == quint32(icns.size()));
    QMap<QByteArray, int> chunks;
    qint64 at = 8;
    while (at + 8 <= icns.size()) {
        const QByteArray type = icns.mid(at, 4);
        const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
        REQUIRE(length > 8);
        REQUIRE(at + length <= icns.size());
        chunks.insert(type, QImage::fromData(icns.mid(at + 8, length - 8), "PNG").width());
        at += length;
    }
    CHECK(at == icns.size());
    const QMap<QByteArray, int> expected
        = { { "icp4", 16 }, { "icp5", 32 }, { "icp6", 64 }, { "ic07", 128 }, { "ic08", 256 }, { "ic09", 512 },
              { "ic10", 1024 }, { "ic11", 32 }, { "ic12", 64 }, { "ic13", 256 }, { "ic14", 512 } };
    CHECK(chunks == expected);
}

TEST_CASE("Installers: desktop entry, AppStream metadata and Info.plist name one application and this version",
    "[installers]")
{
    const QString desktop
        = QString::fromUtf8(readFile(QStringLiteral(COMPTOIR_SOURCE_DIR "/installers/%1.desktop").arg(kAppId)));
    CHECK(desktop.contains(QStringLiteral("\nExec=comptoir\n")));
    CHECK(desktop.contains(QStringLiteral("\nIcon=%1\n").arg(kAppId)));
    CHECK(desktop.contains(QStringLiteral("\nName[nl]=")) == false); // the name is the same in every language
    CHECK(desktop.contains(QStringLiteral("\nComment[nl]=")));
    CHECK(desktop.contains(QStringLiteral("\nComment[fr]=")));

    const QByteArray metainfo = readFile(kBuild + QStringLiteral("/%1.metainfo.xml").arg(kAppId));
    CHECK(xmlElementText(metainfo, QStringLiteral("id")) == kAppId);
    CHECK(xmlElementText(metainfo, QStringLiteral("launchable")) == kAppId + QStringLiteral(".desktop"));
    CHECK(xmlElementText(metainfo, QStringLiteral("release"), QStringLiteral("version")) == kVersion);
    CHECK(xmlElementText(metainfo, QStringLiteral("release"), QStringLiteral("date"))
        == QStringLiteral(COMPTOIR_RELEASE_DATE));
    CHECK_FALSE(metainfo.contains('@')); // every @VARIABLE@ was filled in

    // Info.plist: the keys of its <dict> and their string values.
    const QByteArray plist = readFile(kBuild + QStringLiteral("/Info.plist"));
    QXmlStreamReader r(plist);
    QMap<QString, QString> values;
    QString key;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("key"))
            key = r.readElementText();
        else if (r.isStartElement() && r.name() == QLatin1String("string") && !key.isEmpty())
            values.insert(std::exchange(key, QString()), r.readElementText());
        else if (r.isStartElement() && (r.name() == QLatin1String("true") || r.name() == QLatin1String("array")))
            key.clear();
    }
    REQUIRE_FALSE(r.hasError());
    CHECK(values.value(QStringLiteral("CFBundleIdentifier")) == kAppId);
    CHECK(values.value(QStringLiteral("CFBundleShortVersionString")) == kVersion);
    CHECK(values.value(QStringLiteral("CFBundleExecutable")) == QStringLiteral("Comptoir"));
    CHECK(QFile::exists(kBuild + QStringLiteral("/icons/") + values.value(QStringLiteral("CFBundleIconFile"))));

    // The Debian changelogs carry the version, and the Windows resource its numbers.
    CHECK(readFile(kBuild + QStringLiteral("/debian/comptoir/changelog.Debian"))
              .startsWith(QStringLiteral("comptoir (%1-1) ").arg(kVersion).toUtf8()));
    const QByteArray rc = readFile(kBuild + QStringLiteral("/comptoir.rc"));
    CHECK(rc.contains(
        QStringLiteral("FILEVERSION %1,0").arg(kVersion).replace(QLatin1Char('.'), QLatin1Char(',')).toUtf8()));
    CHECK_FALSE(rc.contains('@'));
}
