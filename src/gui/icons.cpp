#include "icons.h"

#include <QPainter>
#include <QPixmap>

namespace comptoir {

namespace {

QPixmap tinted(const QIcon& source, int size, const QColor& color)
{
    QPixmap pixmap = source.pixmap(QSize(size, size));
    QPainter p(&pixmap);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(pixmap.rect(), color);
    return pixmap;
}

} // namespace

QIcon manualStatusIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/manual-status.svg"));
    return icon;
}

QIcon applicationIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/comptoir.svg"));
    return icon;
}

QIcon symbolicIcon(const QString& name, const QPalette& palette)
{
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(tinted(source, size, palette.color(QPalette::Active, QPalette::WindowText)), QIcon::Normal);
        icon.addPixmap(tinted(source, size, palette.color(QPalette::Active, QPalette::HighlightedText)),
                       QIcon::Selected);
        icon.addPixmap(tinted(source, size, palette.color(QPalette::Disabled, QPalette::WindowText)),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace comptoir
