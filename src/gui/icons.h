#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace comptoir {

// The application's own icons, from the resources under :/icons.

// The orange raised hand that marks a status set by hand, as in the portal. The same
// QIcon object every time, so views and tests can compare cacheKey().
QIcon manualStatusIcon();
// The application's window icon.
QIcon applicationIcon();
// A monochrome symbol (":/icons/<name>.svg") painted in the palette's text colours, so
// that it reads well on light and dark palettes; selected items use HighlightedText.
QIcon symbolicIcon(const QString& name, const QPalette& palette);

} // namespace comptoir
