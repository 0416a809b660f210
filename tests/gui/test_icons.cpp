#include "gui/icons.h"

#include <QImage>
#include <QPalette>
#include <QSet>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {

// The colours of the opaque pixels of an icon at 24 px.
QSet<QRgb> opaqueColours(const QIcon& icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(24, 24), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                colours.insert(image.pixel(x, y) | 0xFF000000u);
    return colours;
}

} // namespace

TEST_CASE("Icons: the resources are there and render")
{
    for (const QIcon& icon : {manualStatusIcon(), applicationIcon()}) {
        REQUIRE_FALSE(icon.isNull());
        CHECK_FALSE(opaqueColours(icon).isEmpty());
    }
    // The hand is the portal's orange, whatever the palette.
    CHECK(opaqueColours(manualStatusIcon()) == QSet<QRgb>{qRgb(0xF2, 0x8C, 0x28)});
}

TEST_CASE("Icons: navigation symbols take the palette's text colours, light or dark")
{
    const QColor lightText(20, 20, 20);
    const QColor darkText(235, 235, 235);
    for (const QColor& text : {lightText, darkText}) {
        QPalette palette;
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
        for (const char* name : {"dashboard", "transactions", "daycloses", "locations", "receipts", "settings"}) {
            INFO(name);
            const QIcon icon = symbolicIcon(QLatin1String(name), palette);
            CHECK(opaqueColours(icon) == QSet<QRgb>{text.rgb()});
            CHECK(opaqueColours(icon, QIcon::Selected) == QSet<QRgb>{qRgb(255, 255, 255)});
        }
    }
}
