#pragma once

#include <QMenu>

class QAction;

namespace comptoir {

// The main window's Help menu: About Comptoir (the version and the libraries' licences)
// and About Qt. Retranslates itself when the language changes.
class HelpMenu : public QMenu {
    Q_OBJECT

public:
    explicit HelpMenu(QWidget* parent = nullptr);

    QAction* aboutAction() const { return m_about; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
};

} // namespace comptoir
