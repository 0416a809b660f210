#include "pagetitle.h"

#include <QLabel>

namespace comptoir {

QLabel* createPageTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.5);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

} // namespace comptoir
