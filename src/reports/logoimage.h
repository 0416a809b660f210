#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

namespace comptoir {

// An image the user chose for a receipt logo, read and checked: what the page crops, scales
// and dithers. Or, for a file that cannot be one, why not (translated, for the shop owner).
struct LogoSource {
    QImage image; // Format_ARGB32, at most LogoImport::kWorkingSide on its longest side
    QSize originalSize; // the image's own size in pixels
    QByteArray format; // "png", "jpeg", "bmp" or "svg"
    QString error; // why the file was refused; empty when image is valid
    bool ok() const { return error.isEmpty() && !image.isNull(); }
};

// Reads PNG, JPEG, BMP and SVG files for a logo — and refuses, with a message, files that
// are empty, too large, not one of those images, damaged or cut short, and images that
// would decode into huge bitmaps (a "decompression bomb": a few kilobytes announcing
// 100,000 × 100,000 pixels). The dimensions are read from the header before anything is
// decoded, and decoding runs under QImageReader's allocation limit. SVG is drawn by
// Qt Svg; compressed SVG (.svgz) and SVG with XML entity declarations are refused.
namespace LogoImport {
inline constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024; // 20 MiB
inline constexpr int kMaxSide = 10000; // pixels, either side
inline constexpr qint64 kMaxPixels = 30'000'000; // 30 megapixels
inline constexpr int kAllocationLimitMb = 160; // for QImageReader, above kMaxPixels × 4 bytes
inline constexpr int kWorkingSide = 2048; // larger images are scaled down on reading

LogoSource fromFile(const QString& path);
LogoSource fromData(const QByteArray& data);
} // namespace LogoImport

// How a logo is made from its source: the part kept, the size in dots, and the conversion to
// the printer's black and white dots.
struct LogoSettings {
    QRect crop; // in the source image's pixels; empty: all of it
    bool trim = true; // cut the white or transparent borders (inside the crop)
    int width = 0; // dots; 0: the widest that fits the paper and kDefaultMaxHeight
    int brightness = 0; // -100 (darker) … 100 (lighter), added to every grey level
    int threshold = 128; // 1 … 255: grey levels below it print black (before the error spreads)
    bool operator==(const LogoSettings&) const = default;

    static constexpr int kDefaultMaxHeight = 192; // dots: 24 mm, so a logo does not eat the paper
};

// The conversion itself. Integer arithmetic throughout, so the same source and settings give
// the same dots on every machine.
namespace LogoProcessing {
// Grey levels (Format_Grayscale8), transparent parts white, by the Rec. 601 weights. A
// grey image is returned as it is.
QImage toGray(const QImage& image);
// The smallest rectangle holding every pixel darker than `whiteLevel` (null when blank).
QRect contentBounds(const QImage& gray, int whiteLevel = 245);
// Area-averaging resample of a grey image to `size` (down or up).
QImage resample(const QImage& gray, const QSize& size);
// Floyd–Steinberg error diffusion to 1 bit (Format_Mono, colour 0 white, 1 black), left to
// right on every row, after adding `brightness` × 255 / 200 to each level.
QImage dither(const QImage& gray, int brightness, int threshold);
// The part of the source used (crop, then trim), in source pixels. The source may be grey
// already (toGray), which spares converting it again.
QRect usedRect(const QImage& source, const LogoSettings& settings);
// The size in dots for the part kept: settings.width (at most the paper's width) or the
// default, and the height that keeps the proportions (at most kMaxLogoHeight).
QSize dotsFor(const QSize& used, const LogoSettings& settings, PaperWidth paper);
// Everything: the source made into what prints (Format_Mono). The logo dialog keeps the grey
// image and calls makeFromGray on every change.
QImage make(const QImage& source, const LogoSettings& settings, PaperWidth paper);
QImage makeFromGray(const QImage& gray, const LogoSettings& settings, PaperWidth paper);
// A 1-bit PNG of a Format_Mono image, as the layout keeps it.
QByteArray encodePng(const QImage& mono);
} // namespace LogoProcessing

} // namespace comptoir
