#include "helpmenu.h"

#include "gui/aboutdialog.h"

#include <QApplication>
#include <QEvent>

namespace comptoir {

HelpMenu::HelpMenu(QWidget* parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_about = addAction(QString());
    m_about->setObjectName(QStringLiteral("aboutComptoir"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_aboutQt = addAction(QString());
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    retranslateUi();
}

void HelpMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_about->setText(tr("&About Comptoir"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace comptoir
