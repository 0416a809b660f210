#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace comptoir {

// The large title at the top of a page, in the palette's text colour.
QLabel* createPageTitle(const QString& text, QWidget* parent);

} // namespace comptoir
