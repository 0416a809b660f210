#pragma once

#include "portal/accountsession.h"
#include "store/cachedatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QString>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QUrl;

namespace comptoir {

class CredentialStore;

// Signing in to a portal account: the portal's address, the e-mail address and password,
// the two-step code when the portal asks for one, and "remember me" (the OS keychain, through
// AccountSession). Checks the address and the e-mail address before contacting the portal,
// and says what went wrong in words a shop owner can act on. The dialog is accepted only
// once the portal has accepted the sign-in; a keychain that cannot remember it is reported,
// and the sign-in is kept all the same.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(CredentialStore& keychain, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Fills in the portal's address and the e-mail address, and puts the cursor in the password.
    void setAccount(const CacheIdentity& account);
    // A message above the form, e.g. why the sign-in is asked for again.
    void setMessage(const QString& message);

    // After exec() == Accepted: the account signed in to (the address as normalised, e.g.
    // "https://portal.example.com"), its token and when that expires (UTC; invalid when the
    // portal did not say), the portal's USER object, and what was asked to be remembered.
    CacheIdentity account() const { return m_account; }
    QByteArray token() const { return m_token; }
    QDateTime tokenExpiresAt() const { return m_expiresAt; }
    QJsonObject user() const { return m_user; }
    AccountSession::Remember remember() const;

    // The portal's address as Comptoir keeps it (scheme and host lower-case, without a trailing
    // slash or "/api/v1"), or nullopt when `text` is not an http or https address with a host.
    // Text without a scheme is taken as https.
    static std::optional<QString> normalizedPortalUrl(const QString& text);

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Tone { Information, Warning, Error };
    void signIn();
    void showMessage(const QString& text, Tone tone);
    void clearMessage();
    void setBusy(bool busy);
    void showTotpField(bool show);
    void fitContents();
    void finishSignIn(); // signed in, the keychain's warning read: accept
    void updateRememberPassword();

    CredentialStore& m_keychain;

    QLineEdit* m_url = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_totpLabel = nullptr;
    QLineEdit* m_totp = nullptr;
    QCheckBox* m_rememberMe = nullptr;
    QCheckBox* m_rememberPassword = nullptr;
    QWidget* m_messageBox = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_cancelButton = nullptr;

    bool m_busy = false;
    bool m_signedIn = false;
    CacheIdentity m_account;
    QByteArray m_token;
    QDateTime m_expiresAt;
    QJsonObject m_user;
};

} // namespace comptoir
