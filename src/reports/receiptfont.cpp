#include "receiptfont.h"

#include <QFile>
#include <QtEndian>

namespace comptoir {

namespace {

ReceiptBitmapFont load(const char* name)
{
    QFile f(QStringLiteral(":/comptoir/fonts/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return ReceiptBitmapFont::fromPsf(f.readAll());
}

} // namespace

const ReceiptBitmapFont& ReceiptBitmapFont::get(ReceiptFont size, bool bold)
{
    // Loaded once (thread-safe static initialisation) and never changed afterwards.
    static const ReceiptBitmapFont fonts[4] = {
        load("Lat15-Terminus24x12.psf"),
        load("Lat15-TerminusBold24x12.psf"),
        load("Lat15-Terminus16.psf"),
        load("Lat15-TerminusBold16.psf"),
    };
    return fonts[(size == ReceiptFont::Small ? 2 : 0) + (bold ? 1 : 0)];
}

ReceiptBitmapFont ReceiptBitmapFont::fromPsf(const QByteArray& d)
{
    ReceiptBitmapFont font;
    const auto* bytes = reinterpret_cast<const uchar*>(d.constData());
    const qsizetype size = d.size();
    int count = 0;
    int glyphBytes = 0;
    qsizetype glyphsAt = 0;
    bool unicode = false;
    bool psf2 = false;
    if (size >= 4 && bytes[0] == 0x36 && bytes[1] == 0x04) { // PSF 1: 8 dots wide
        count = (bytes[2] & 0x01) ? 512 : 256;
        unicode = (bytes[2] & 0x02) != 0;
        glyphBytes = bytes[3];
        font.m_width = 8;
        font.m_height = glyphBytes;
        glyphsAt = 4;
    } else if (size >= 32 && qFromLittleEndian<quint32>(bytes) == 0x864ab572u) { // PSF 2
        psf2 = true;
        const quint32 headerSize = qFromLittleEndian<quint32>(bytes + 8);
        const quint32 flags = qFromLittleEndian<quint32>(bytes + 12);
        const quint32 n = qFromLittleEndian<quint32>(bytes + 16);
        const quint32 charSize = qFromLittleEndian<quint32>(bytes + 20);
        const quint32 height = qFromLittleEndian<quint32>(bytes + 24);
        const quint32 width = qFromLittleEndian<quint32>(bytes + 28);
        if (n == 0 || n > 65536 || width == 0 || width > 64 || height == 0 || height > 64
            || charSize != height * ((width + 7) / 8) || headerSize < 32 || headerSize > quint32(size))
            return {};
        count = int(n);
        glyphBytes = int(charSize);
        unicode = (flags & 0x01) != 0;
        font.m_width = int(width);
        font.m_height = int(height);
        glyphsAt = headerSize;
    } else {
        return {};
    }
    if (glyphBytes <= 0 || glyphsAt + qsizetype(count) * glyphBytes > size)
        return {};
    font.m_glyphs = d.mid(glyphsAt, qsizetype(count) * glyphBytes);

    // The Unicode table: for each glyph, the code points it draws, then a terminator.
    qsizetype at = glyphsAt + qsizetype(count) * glyphBytes;
    if (unicode) {
        int glyph = 0;
        bool inSequence = false; // combining sequences are not used: only single code points
        while (glyph < count && at < size) {
            if (psf2) {
                const uchar b = bytes[at];
                if (b == 0xFF) {
                    ++glyph;
                    inSequence = false;
                    ++at;
                    continue;
                }
                if (b == 0xFE) {
                    inSequence = true;
                    ++at;
                    continue;
                }
                // One UTF-8 sequence.
                int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
                if (length == 0 || at + length > size)
                    return {};
                const QString s = QString::fromUtf8(d.constData() + at, length);
                at += length;
                if (!inSequence && !s.isEmpty() && !font.m_index.contains(s.toUcs4().first()))
                    font.m_index.insert(s.toUcs4().first(), glyph);
            } else {
                if (at + 2 > size)
                    break;
                const quint16 u = qFromLittleEndian<quint16>(bytes + at);
                at += 2;
                if (u == 0xFFFF) {
                    ++glyph;
                    inSequence = false;
                } else if (u == 0xFFFE) {
                    inSequence = true;
                } else if (!inSequence && !font.m_index.contains(u)) {
                    font.m_index.insert(u, glyph);
                }
            }
        }
    } else {
        for (int i = 0; i < count; ++i)
            font.m_index.insert(char32_t(i), i);
    }
    return font;
}

const uchar* ReceiptBitmapFont::glyph(char32_t c) const
{
    const auto it = m_index.constFind(c);
    if (it == m_index.constEnd())
        return nullptr;
    return reinterpret_cast<const uchar*>(m_glyphs.constData()) + qsizetype(*it) * bytesPerRow() * m_height;
}

} // namespace comptoir
