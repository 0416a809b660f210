// comptoir-iconset: a build-time tool (never installed) that draws the application's SVG
// icon into every file the installers need: PNG sizes for the Freedesktop icon theme,
// a Windows .ico and a macOS .icns. The .ico and .icns hold PNG-compressed images, which
// Windows (Vista and later) and macOS (10.7 and later) read.
//
//   comptoir-iconset <icon.svg> <out-dir> <name>
//     writes <out-dir>/hicolor/<N>x<N>/apps/<name>.png, <out-dir>/<name>.ico, <out-dir>/<name>.icns
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray png(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return bytes;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "comptoir-iconset: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

template <typename T> void put(QByteArray& out, T value, bool bigEndian)
{
    char bytes[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, bytes);
    else
        qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICO: a header, one 16-byte directory entry per image, then the PNG data.
QByteArray ico(QSvgRenderer& svg, const QList<int>& sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(png(svg, size));
    QByteArray out;
    put<quint16>(out, 0, false); // reserved
    put<quint16>(out, 1, false); // type: icon
    put<quint16>(out, quint16(sizes.size()), false);
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes[i];
        out.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        put<quint16>(out, 1, false); // colour planes
        put<quint16>(out, 32, false); // bits per pixel
        put<quint32>(out, quint32(images[i].size()), false);
        put<quint32>(out, offset, false);
        offset += quint32(images[i].size());
    }
    for (const QByteArray& image : images)
        out += image;
    return out;
}

// ICNS: "icns" and the file length, then one chunk (type, length, PNG) per image.
QByteArray icns(QSvgRenderer& svg)
{
    struct Chunk {
        const char* type;
        int size;
    };
    // https://en.wikipedia.org/wiki/Apple_Icon_Image_format: the PNG types, @1x and @2x.
    const Chunk chunks[] = { { "icp4", 16 }, { "icp5", 32 }, { "icp6", 64 }, { "ic07", 128 }, { "ic08", 256 },
        { "ic09", 512 }, { "ic10", 1024 }, { "ic11", 32 }, { "ic12", 64 }, { "ic13", 256 }, { "ic14", 512 } };
    QByteArray body;
    for (const Chunk& c : chunks) {
        const QByteArray image = png(svg, c.size);
        body.append(c.type, 4);
        put<quint32>(body, quint32(8 + image.size()), true);
        body += image;
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(8 + body.size()), true);
    return out + body;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: comptoir-iconset <icon.svg> <out-dir> <name>\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "comptoir-iconset: %s is not a valid SVG file\n", qPrintable(args[1]));
        return 1;
    }
    const QDir out(args[2]);
    const QString name = args[3];
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
        const QString path = out.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name));
        if (!write(path, png(svg, size)))
            return 1;
    }
    if (!write(out.filePath(name + QStringLiteral(".ico")), ico(svg, { 16, 24, 32, 48, 64, 128, 256 })))
        return 1;
    if (!write(out.filePath(name + QStringLiteral(".icns")), icns(svg)))
        return 1;
    return 0;
}
