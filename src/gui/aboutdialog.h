#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QDialogButtonBox;

namespace comptoir {

// Help ▸ About Comptoir: the version, the Qt in use, what Comptoir's own licence is, and
// every library shipped with it (thirdPartyLibraries()) with its version and licence;
// choosing a library shows its licence text.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The row of each library in the list is its index in thirdPartyLibraries().
    void showLicenceOf(int library);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_ownLicence = nullptr;
    QLabel* m_librariesTitle = nullptr;
    QTreeWidget* m_libraries = nullptr;
    QTextBrowser* m_licenceText = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace comptoir
