#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class SettingsPage;
}

namespace comptoir {

class CacheDatabase;

// The Settings page (its form is ui/settingspage.ui): the language (Dutch, French, English
// or the system's, switched at once), the appearance (system, light, dark), how often to
// sync in the background, the signed-in account with Sign out, and where Comptoir keeps
// its files (datafolders.h), with a button that opens the data folder.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(CacheDatabase& cache, QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Whether this cache has a portal account to sync and sign out of.
    void setSyncAvailable(bool available, bool canSignOut);
    // The interval shown (after it was changed from the Portal menu).
    void showInterval(int minutes);

    QComboBox* languageCombo() const;
    QComboBox* appearanceCombo() const;
    QComboBox* intervalCombo() const;

signals:
    void intervalChosen(int minutes);
    void syncNowRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateAccount();

    CacheDatabase& m_cache;
    std::unique_ptr<Ui::SettingsPage> m_ui;
    QLabel* m_locations = nullptr;
    bool m_filling = false;
};

} // namespace comptoir
