#include "logoimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace comptoir {

namespace {

LogoSource refused(const QString& message)
{
    LogoSource s;
    s.error = message;
    return s;
}

bool startsWith(const QByteArray& data, const char* magic, qsizetype length, qsizetype at = 0)
{
    return data.size() >= at + length && data.mid(at, length) == QByteArray(magic, length);
}

// Formats Comptoir does not take but can name, from their signatures (QImageReader's own
// guesses are too loose for that: some plugins claim almost any data).
QString otherFormat(const QByteArray& d)
{
    if (startsWith(d, "GIF8", 4))
        return QStringLiteral("GIF");
    if (startsWith(d, "RIFF", 4) && startsWith(d, "WEBP", 4, 8))
        return QStringLiteral("WebP");
    if (startsWith(d, "II*\0", 4) || startsWith(d, "MM\0*", 4))
        return QStringLiteral("TIFF");
    if (startsWith(d, "\0\0\1\0", 4))
        return QStringLiteral("ICO");
    if (startsWith(d, "ftypheic", 8, 4) || startsWith(d, "ftypheix", 8, 4) || startsWith(d, "ftypmif1", 8, 4))
        return QStringLiteral("HEIC");
    if (startsWith(d, "ftypavif", 8, 4))
        return QStringLiteral("AVIF");
    if (startsWith(d, "%PDF", 4))
        return QStringLiteral("PDF");
    return {};
}

bool looksLikeSvg(const QByteArray& d)
{
    QByteArray head = d.left(4096).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3).trimmed();
    if (!head.startsWith('<'))
        return false;
    return head.contains("<svg") || (head.startsWith("<?xml") && d.left(64 * 1024).contains("<svg"));
}

// Whether the file holds the whole image: decoders fill a cut-off file's missing part with
// grey and call it a success, so the ends are checked here.
bool complete(const QByteArray& d, const QByteArray& format)
{
    if (format == "png")
        return d.contains("IEND");
    if (format == "jpeg") {
        const qsizetype scan = d.lastIndexOf("\xFF\xDA");
        return scan >= 0 && d.lastIndexOf("\xFF\xD9") > scan;
    }
    if (format == "bmp" && d.size() >= 34) {
        const auto le32 = [&](int at) {
            return quint32(uchar(d[at])) | quint32(uchar(d[at + 1])) << 8 | quint32(uchar(d[at + 2])) << 16
                | quint32(uchar(d[at + 3])) << 24;
        };
        const quint32 offset = le32(10);
        const quint32 headerSize = le32(14);
        if (headerSize < 40) // OS/2 headers: the decoder's own checks
            return true;
        const qint64 width = qint32(le32(18));
        const qint64 height = std::abs(qint64(qint32(le32(22))));
        const int bpp = uchar(d[28]) | uchar(d[29]) << 8;
        const quint32 compression = le32(30);
        if (compression != 0 && compression != 3) // run-length encoded: no fixed size
            return true;
        const qint64 rowBytes = ((qint64(bpp) * width + 31) / 32) * 4;
        return qint64(offset) + rowBytes * height <= d.size();
    }
    return true;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QSize fitInside(const QSizeF& size, int side)
{
    if (size.width() <= 0 || size.height() <= 0)
        return {};
    const double scale = double(side) / std::max(size.width(), size.height());
    return QSize(
        std::max(1, int(std::lround(size.width() * scale))), std::max(1, int(std::lround(size.height() * scale))));
}

LogoSource readSvg(const QByteArray& data)
{
    if (data.contains("<!ENTITY") || data.contains("<!entity"))
        return refused(QCoreApplication::translate("LogoImport",
            "This SVG file declares XML entities, which Comptoir does not read for safety. Export it "
            "again as plain SVG."));
    QSvgRenderer renderer(data);
    if (!renderer.isValid())
        return refused(
            QCoreApplication::translate("LogoImport", "This SVG file cannot be read: it is damaged or incomplete."));
    QSizeF size = renderer.viewBoxF().size();
    if (size.isEmpty())
        size = renderer.defaultSize();
    const QSize target = fitInside(size, LogoImport::kWorkingSide);
    if (target.isEmpty())
        return refused(QCoreApplication::translate(
            "LogoImport", "This SVG image has no size. Give it a width and a height, or a viewBox."));
    LogoSource s;
    s.format = "svg";
    s.originalSize = size.toSize();
    s.image = QImage(target, QImage::Format_ARGB32_Premultiplied);
    s.image.fill(Qt::transparent);
    {
        QPainter painter(&s.image);
        renderer.render(&painter);
    }
    s.image = s.image.convertToFormat(QImage::Format_ARGB32);
    return s;
}

} // namespace

LogoSource LogoImport::fromFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return refused(QCoreApplication::translate("LogoImport", "The file %1 cannot be found.").arg(info.fileName()));
    if (info.size() == 0)
        return refused(QCoreApplication::translate("LogoImport", "The file is empty: it holds no image."));
    if (info.size() > kMaxFileBytes)
        return refused(QCoreApplication::translate("LogoImport",
            "The file is %1 MB: a logo file may be at most %2 MB. Save "
            "the image smaller, for example at 1000 pixels wide.")
                           .arg(megabytes(info.size()))
                           .arg(kMaxFileBytes / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refused(
            QCoreApplication::translate("LogoImport", "The file %1 cannot be opened. Check that you may read it.")
                .arg(info.fileName()));
    return fromData(f.read(kMaxFileBytes + 1));
}

LogoSource LogoImport::fromData(const QByteArray& data)
{
    if (data.isEmpty())
        return refused(QCoreApplication::translate("LogoImport", "The file is empty: it holds no image."));
    if (data.size() > kMaxFileBytes)
        return refused(QCoreApplication::translate("LogoImport",
            "The file is %1 MB: a logo file may be at most %2 MB. Save "
            "the image smaller, for example at 1000 pixels wide.")
                           .arg(megabytes(data.size()))
                           .arg(kMaxFileBytes / (1024 * 1024)));
    if (startsWith(data, "\x1F\x8B", 2))
        return refused(QCoreApplication::translate("LogoImport",
            "This is a compressed file (for example an SVGZ image). Comptoir takes logos in PNG, JPEG, "
            "BMP or plain SVG."));
    if (looksLikeSvg(data))
        return readSvg(data);

    QByteArray format;
    if (startsWith(data, "\x89PNG\r\n\x1A\n", 8))
        format = "png";
    else if (startsWith(data, "\xFF\xD8\xFF", 3))
        format = "jpeg";
    else if (startsWith(data, "BM", 2) && data.size() >= 26)
        format = "bmp";
    if (format.isEmpty()) {
        const QString other = otherFormat(data);
        if (!other.isEmpty())
            return refused(QCoreApplication::translate("LogoImport",
                "This is a %1 file. Comptoir takes logos in PNG, "
                "JPEG, BMP or SVG: save the image in one of those.")
                               .arg(other));
        return refused(QCoreApplication::translate(
            "LogoImport", "This file is not an image. Choose a logo in PNG, JPEG, BMP or SVG."));
    }

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAllocationLimit(kAllocationLimitMb);
    reader.setAutoTransform(true);
    const QSize size = reader.size(); // from the header: nothing is decoded yet
    if (!size.isValid() || size.isEmpty())
        return refused(
            QCoreApplication::translate("LogoImport", "This image cannot be read: it is damaged or incomplete."));
    if (size.width() > kMaxSide || size.height() > kMaxSide || qint64(size.width()) * size.height() > kMaxPixels)
        return refused(QCoreApplication::translate("LogoImport",
            "This image is %1 × %2 pixels: far too large for a logo. "
            "Save it at most %3 pixels on its longest side.")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(kMaxSide));
    if (!complete(data, format))
        return refused(QCoreApplication::translate(
            "LogoImport", "This image is incomplete: the file was cut short. Copy or download it again."));
    if (std::max(size.width(), size.height()) > kWorkingSide)
        reader.setScaledSize(fitInside(QSizeF(size), kWorkingSide));
    QImage image = reader.read();
    if (image.isNull())
        return refused(
            QCoreApplication::translate("LogoImport", "This image cannot be read: it is damaged or incomplete."));
    LogoSource s;
    s.format = format;
    s.originalSize = size;
    s.image = image.convertToFormat(QImage::Format_ARGB32);
    return s;
}

// ---------------------------------------------------------------------------------------

QImage LogoProcessing::toGray(const QImage& image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QImage out(argb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        uchar* line = out.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = in[x];
            const int level = (299 * qRed(p) + 587 * qGreen(p) + 114 * qBlue(p) + 500) / 1000;
            const int a = qAlpha(p);
            line[x] = uchar((level * a + 255 * (255 - a) + 127) / 255); // over white paper
        }
    }
    return out;
}

namespace {

// The darker-than-white pixels' bounding box inside `area` of a grey image.
QRect boundsIn(const QImage& gray, const QRect& area, int whiteLevel)
{
    int left = area.right() + 1, right = area.left() - 1, top = -1, bottom = -1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* line = gray.constScanLine(y);
        int first = -1, last = -1;
        for (int x = area.left(); x <= area.right(); ++x)
            if (line[x] < whiteLevel) {
                first = x;
                break;
            }
        if (first < 0)
            continue;
        for (int x = area.right(); x >= first; --x)
            if (line[x] < whiteLevel) {
                last = x;
                break;
            }
        if (top < 0)
            top = y;
        bottom = y;
        left = std::min(left, first);
        right = std::max(right, last);
    }
    if (top < 0)
        return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

QRect LogoProcessing::contentBounds(const QImage& gray, int whiteLevel)
{
    const QImage g = toGray(gray);
    return boundsIn(g, g.rect(), whiteLevel);
}

namespace {

// One axis of the area average: for each output sample, the source samples it covers and
// their weights. Units: a source sample is `out` units long, an output sample `in` units.
struct Span {
    int first = 0;
    std::vector<qint64> weights;
};

std::vector<Span> spans(int in, int out)
{
    std::vector<Span> result(static_cast<std::size_t>(out));
    for (int i = 0; i < out; ++i) {
        const qint64 from = qint64(i) * in, to = qint64(i + 1) * in; // in units
        Span& s = result[std::size_t(i)];
        s.first = int(from / out);
        for (qint64 j = s.first; j * out < to && j < in; ++j) {
            const qint64 a = std::max(from, j * out), b = std::min(to, (j + 1) * out);
            s.weights.push_back(b - a);
        }
    }
    return result;
}

} // namespace

QImage LogoProcessing::resample(const QImage& gray, const QSize& size)
{
    if (gray.isNull() || size.isEmpty())
        return {};
    const int w = gray.width(), h = gray.height();
    const std::vector<Span> xs = spans(w, size.width());
    const std::vector<Span> ys = spans(h, size.height());
    // Horizontal pass into 8 extra bits of precision, then vertical.
    std::vector<qint64> rows(std::size_t(size.width()) * std::size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const Span& s = xs[std::size_t(x)];
            qint64 sum = 0;
            for (std::size_t k = 0; k < s.weights.size(); ++k)
                sum += s.weights[k] * line[s.first + int(k)];
            rows[std::size_t(y) * std::size_t(size.width()) + std::size_t(x)] = (sum * 256 + w / 2) / w;
        }
    }
    QImage out(size, QImage::Format_Grayscale8);
    for (int y = 0; y < size.height(); ++y) {
        const Span& s = ys[std::size_t(y)];
        uchar* line = out.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            qint64 sum = 0;
            for (std::size_t k = 0; k < s.weights.size(); ++k)
                sum += s.weights[k] * rows[std::size_t(s.first + int(k)) * std::size_t(size.width()) + std::size_t(x)];
            const qint64 v = (sum + qint64(h) * 128) / (qint64(h) * 256);
            line[x] = uchar(std::clamp<qint64>(v, 0, 255));
        }
    }
    return out;
}

QImage LogoProcessing::dither(const QImage& gray, int brightness, int threshold)
{
    if (gray.isNull())
        return {};
    const QImage g = gray.format() == QImage::Format_Grayscale8 ? gray : toGray(gray);
    const int w = g.width(), h = g.height();
    const int add = std::clamp(brightness, -100, 100) * 255 / 200;
    threshold = std::clamp(threshold, 1, 255);
    QImage out(w, h, QImage::Format_Mono);
    out.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    out.fill(0);
    // Errors carried to this row and the next, with a cell of margin on both sides.
    std::vector<int> current(std::size_t(w) + 2, 0), next(std::size_t(w) + 2, 0);
    for (int y = 0; y < h; ++y) {
        const uchar* in = g.constScanLine(y);
        uchar* line = out.scanLine(y);
        std::fill(next.begin(), next.end(), 0);
        for (int x = 0; x < w; ++x) {
            const int level = std::clamp(int(in[x]) + add, 0, 255);
            const int v = level + current[std::size_t(x) + 1];
            const bool black = v < threshold;
            if (black)
                line[x >> 3] |= uchar(0x80 >> (x & 7));
            const int e = v - (black ? 0 : 255);
            const int e7 = e * 7 / 16, e3 = e * 3 / 16, e5 = e * 5 / 16, e1 = e - e7 - e3 - e5;
            current[std::size_t(x) + 2] += e7;
            next[std::size_t(x)] += e3;
            next[std::size_t(x) + 1] += e5;
            next[std::size_t(x) + 2] += e1;
        }
        std::swap(current, next);
    }
    return out;
}

QRect LogoProcessing::usedRect(const QImage& source, const LogoSettings& settings)
{
    QRect r = source.rect();
    if (!settings.crop.isEmpty())
        r = settings.crop.intersected(source.rect());
    if (settings.trim && !r.isEmpty())
        r = boundsIn(toGray(source), r, 245);
    return r;
}

QSize LogoProcessing::dotsFor(const QSize& used, const LogoSettings& settings, PaperWidth paper)
{
    if (used.isEmpty())
        return {};
    const qint64 uw = used.width(), uh = used.height();
    const int maxWidth = paperDots(paper);
    const int maxHeight = settings.width > 0 ? kMaxLogoHeight : LogoSettings::kDefaultMaxHeight;
    qint64 w = settings.width > 0 ? std::min(settings.width, maxWidth) : maxWidth;
    qint64 h = (w * uh + uw / 2) / uw;
    if (h > maxHeight) {
        h = maxHeight;
        w = (h * uw + uh / 2) / uh;
    }
    return QSize(int(std::max<qint64>(w, 1)), int(std::max<qint64>(h, 1)));
}

QImage LogoProcessing::make(const QImage& source, const LogoSettings& settings, PaperWidth paper)
{
    return makeFromGray(toGray(source), settings, paper);
}

QImage LogoProcessing::makeFromGray(const QImage& gray, const LogoSettings& settings, PaperWidth paper)
{
    const QRect used = usedRect(gray, settings);
    if (used.isEmpty())
        return {};
    return dither(
        resample(gray.copy(used), dotsFor(used.size(), settings, paper)), settings.brightness, settings.threshold);
}

QByteArray LogoProcessing::encodePng(const QImage& mono)
{
    QImage image = mono.format() == QImage::Format_Mono ? mono : mono.convertToFormat(QImage::Format_Mono);
    image.setDotsPerMeterX(8000);
    image.setDotsPerMeterY(8000);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 9);
    return png;
}

} // namespace comptoir
