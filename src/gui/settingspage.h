#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace comptoir {

class CacheDatabase;

// The Settings page: the language (Dutch, French, English or the system's, switched at
// once), the appearance (system, light, dark), how often to sync in the background, the
// signed-in account with Sign out, and where Comptoir keeps this account's files.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPage(CacheDatabase& cache, QWidget* parent = nullptr);

    // Whether this cache has a portal account to sync and sign out of.
    void setSyncAvailable(bool available, bool canSignOut);
    // The interval shown (after it was changed from the Portal menu).
    void showInterval(int minutes);

    QComboBox* languageCombo() const { return m_language; }
    QComboBox* appearanceCombo() const { return m_appearance; }
    QComboBox* intervalCombo() const { return m_interval; }

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
    QLabel* m_title = nullptr;
    QGroupBox* m_general = nullptr;
    QGroupBox* m_portal = nullptr;
    QGroupBox* m_files = nullptr;
    QFormLayout* m_generalForm = nullptr;
    QFormLayout* m_portalForm = nullptr;
    QFormLayout* m_filesForm = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_appearance = nullptr;
    QComboBox* m_interval = nullptr;
    QLabel* m_account = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_signOut = nullptr;
    QLabel* m_cachePath = nullptr;
    QPushButton* m_openFolder = nullptr;
    bool m_filling = false;
};

} // namespace comptoir
