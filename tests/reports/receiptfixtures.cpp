#include "receiptfixtures.h"

#include "reports/logoimage.h"

#include <QBuffer>
#include <QTimeZone>
#include <QtEndian>

#include <cmath>

namespace comptoir::test {

Location sampleLocation()
{
    return { QStringLiteral("loc-1"), QStringLiteral("Bakkerij Het Gouden Hoofd"), QStringLiteral("Korenmarkt 12"),
        QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE"), QStringLiteral("Europe/Brussels"), 1 };
}

ReceiptSample sampleTransaction()
{
    return ReceiptSample::typical(
        sampleLocation(), QStringLiteral("Kassa 1"), QDateTime(QDate(2026, 5, 14), QTime(12, 32, 7), QTimeZone::utc()));
}

QImage emblem(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    const int cx = width / 2, cy = height * 2 / 5, radius = height / 3;
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int dx = x - cx, dy = y - cy;
            const int d2 = dx * dx + dy * dy;
            QRgb p = qRgb(255, 255, 255);
            if (d2 <= radius * radius) {
                // Darker towards the lower right: a shaded ball, in colour.
                const int shade = std::clamp(60 + (dx + dy + 2 * radius) * 150 / (4 * radius), 0, 255);
                p = qRgb(shade, std::clamp(shade + 30, 0, 255), 255 - shade / 2);
            } else if (y >= height * 4 / 5 && y < height * 4 / 5 + height / 16 && std::abs(dx) < radius * 3 / 2) {
                p = qRgb(20, 20, 20);
            } else if (x < width / 10 && y < height / 10) {
                p = qRgba(0, 0, 0, 0); // a transparent corner: white on paper
            }
            line[x] = p;
        }
    }
    return image;
}

namespace {
ReceiptLine line(const char* text, TextAlignment a = TextAlignment::Left, bool bold = false, bool tall = false)
{
    return { QString::fromUtf8(text), a, bold, tall };
}
} // namespace

ReceiptLayout richLayout(PaperWidth paper, ReceiptFont font)
{
    ReceiptLayout l;
    l.locationId = sampleLocation().id;
    l.paperWidth = paper;
    l.font = font;
    l.logoPng = LogoProcessing::encodePng(LogoProcessing::make(emblem(), LogoSettings {}, paper));
    l.textsFor(Language::Nl)
        = { { line("Welkom!", TextAlignment::Center, true, true), line("Open di-za 7u30-18u", TextAlignment::Center),
                line("BTW BE0123.456.789", TextAlignment::Right) },
              { line("Bedankt en tot ziens!", TextAlignment::Center, true), line("Ruilen binnen 14 dagen"),
                  line("met dit ticket.", TextAlignment::Left, false, true) } };
    l.textsFor(Language::Fr) = { { line("Bienvenue\u00a0!", TextAlignment::Center, true, true),
                                     line("Ouvert mar-sam 7h30-18h", TextAlignment::Center) },
        { line("Merci et à bientôt\u00a0!", TextAlignment::Center, true),
            line("Échange sous 14 jours", TextAlignment::Right), line("avec ce ticket — «\u00a0merci\u00a0»") } };
    l.textsFor(Language::En) = { { line("Welcome!", TextAlignment::Center, true, true) },
        { line("Thank you, see you soon!", TextAlignment::Center, true), line("Exchanges within 14 days") } };
    l.etag = QStringLiteral("\"1\"");
    return l;
}

namespace {
QByteArray encode(const QImage& image, const char* format, int quality = -1)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return out;
}

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint32(uchar(c));
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const char* type, const QByteArray& data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    const QByteArray body = QByteArray(type, 4) + data;
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return out + crc;
}
} // namespace

QByteArray pngFile(const QImage& image)
{
    return encode(image, "PNG");
}
QByteArray jpegFile(const QImage& image)
{
    return encode(image.convertToFormat(QImage::Format_RGB32), "JPEG", 90);
}
QByteArray bmpFile(const QImage& image)
{
    return encode(image.convertToFormat(QImage::Format_RGB32), "BMP");
}

QByteArray svgFile()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" "
        "width=\"200\" height=\"100\"><rect x=\"10\" y=\"10\" width=\"180\" height=\"80\" "
        "fill=\"#224488\"/><circle cx=\"100\" cy=\"50\" r=\"30\" fill=\"#ffffff\"/></svg>\n");
}

QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // 8 bits
    ihdr[9] = 0; // grey
    // A zlib stream of a few rows of zeros: it would inflate to width × height bytes.
    const QByteArray rows = qCompress(QByteArray(1 << 16, '\0'), 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", rows) + chunk("IEND", {});
}

} // namespace comptoir::test
