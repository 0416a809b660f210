#pragma once
// Layouts, logos and images shared by the receipt tests (reports) and the Receipts page
// tests (gui).
#include "core/entities.h"
#include "reports/receiptrenderer.h"

#include <QByteArray>
#include <QImage>

namespace comptoir::test {

// A bakery in Ghent, and its payment at 14:32 (Brussels) on 14 May 2026.
Location sampleLocation();
ReceiptSample sampleTransaction();

// A round, shaded emblem with a bar under it on a white background with wide margins:
// drawn point by point (no painter), so the same on every machine.
QImage emblem(int width = 600, int height = 320);

// A layout using every style: centred bold double-height, right-aligned, plain lines, a
// dithered logo from emblem(), texts in nl, fr and en.
ReceiptLayout richLayout(PaperWidth paper, ReceiptFont font);

// Image files made in memory.
QByteArray pngFile(const QImage& image);
QByteArray jpegFile(const QImage& image);
QByteArray bmpFile(const QImage& image);
QByteArray svgFile();
// A valid PNG whose header announces width × height pixels, with a few bytes of data: the
// decompression bomb.
QByteArray pngBomb(quint32 width, quint32 height);

} // namespace comptoir::test
