#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace comptoir {

// A thermal printer's bitmap font: fixed-size glyphs of 1-bit dots, as the receipt printer
// draws them. Comptoir embeds Terminus Font (resources/fonts, SIL OFL) in the two sizes of
// a receipt — 12 × 24 dots for the normal text, 8 × 16 for the small — each plain and bold,
// read from PC Screen Font files (PSF 1 and 2) with their Unicode tables. Drawing from
// bitmaps instead of an outline font makes every rendered receipt identical on every
// machine, so golden images can be compared dot for dot.
class ReceiptBitmapFont {
public:
    // The embedded fonts; always valid (Comptoir is incomplete without them, which a test
    // catches). Safe to use from any thread.
    static const ReceiptBitmapFont& get(ReceiptFont size, bool bold);

    // Parses PSF data; an invalid font (width 0) when it is not a PSF font.
    static ReceiptBitmapFont fromPsf(const QByteArray& data);

    bool isValid() const { return m_width > 0; }
    int width() const { return m_width; } // dots
    int height() const { return m_height; } // dots
    int bytesPerRow() const { return (m_width + 7) / 8; }
    bool hasGlyph(char32_t c) const { return m_index.contains(c); }
    // The glyph's rows, top to bottom, bytesPerRow() bytes each, most significant bit
    // leftmost; nullptr when the font has no glyph for `c`.
    const uchar* glyph(char32_t c) const;

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_glyphs;
    QHash<char32_t, int> m_index; // code point → glyph number
};

} // namespace comptoir
