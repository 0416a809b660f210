#pragma once

#include "credentialstore.h"
#include "portalclient.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace comptoir {

// Signing in to a portal account, "remember me", and signing out: the rules the sign-in
// dialog and comptoir-cli share. (Not to be confused with the portal's own PortalSession in
// src/server: that is the server's view of a signed-in user.) It drives a PortalClient (whose token it sets) and a
// CredentialStore (the OS keychain), for one account.
//
// What a user can expect:
// - signIn() with Remember::None remembers nothing and does not touch the keychain at all,
//   so a script that passes its password each time never needs one. A sign-in remembered
//   earlier stays until signOut().
// - Remember::Token keeps the token (and its expiry) in the keychain; a password saved before
//   is dropped. Remember::TokenAndPassword keeps the password too, so that resume() can sign
//   in again by itself once the token has expired.
// - resume() uses the remembered token while it has not expired. Past its expiry, and with a
//   saved password, it signs in again with that password and saves the new token. It never
//   guesses a two-step code: when the portal asks for one, it fails with a message saying so
//   (a code can be given to resume() for that case).
// - A saved password the portal no longer accepts (it was changed on the portal) is removed
//   from the keychain at once, so that repeated runs cannot lock the account.
// - signOut() ends the portal session when it can (network failures are ignored: the token
//   expires by itself) and always removes the keychain entry.
//
// Passwords and tokens are only ever handed to the portal and to the keychain: never
// written to a file, QSettings, a log or a message. Calls block (PortalClient and
// CredentialStore both do): use them from the CLI, tests or a worker thread's owner.
class AccountSession {
public:
    enum class Remember { None, Token, TokenAndPassword };

    struct Result {
        enum class Failure {
            None,
            Portal,       // the portal said no or could not be reached: see `portal`
            NothingSaved, // resume(): there is no remembered sign-in for this account
            Keychain,     // the keychain failed (locked, not available, damaged entry)
        };
        Failure failure = Failure::None;
        PortalError portal; // for Failure::Portal: kind, API code, status, Retry-After
        QString message;    // translated, for every failure
        QString warning;    // translated, on success: signed in, but the keychain could not keep it
        bool ok() const { return failure == Failure::None; }
    };

    // `clock` gives the current UTC time for expiry checks (tests move it); empty = the system's.
    AccountSession(PortalClient& client, CredentialStore& keychain, CacheIdentity account,
                  std::function<QDateTime()> clock = {});

    const CacheIdentity& account() const { return m_account; }

    // Signs in with the password (and the two-step code, if the account has two-step
    // verification), then remembers as asked.
    Result signIn(const QString& password, const QString& totp, Remember remember);

    // Continues with the remembered sign-in (see above). `totp` is used only when signing in
    // again with a saved password and the portal asks for a code.
    Result resume(const QString& totp = {});

    // Whether renew() can work: a password is saved for this account (as resume() found it).
    bool canRenew() const { return !m_savedPassword.isEmpty(); }
    // Whether a failed request means the session is over and renew() may help.
    static bool sessionEnded(const PortalError& error);
    // After the portal ended the session (401 session_expired or unauthenticated) in the middle
    // of the work: signs in again with the saved password, keeping it saved.
    Result renew(const QString& totp = {});

    // Ends the portal session (if there is a token: the client's, or the remembered one) and
    // removes the keychain entry. Nothing saved is fine. Fails only when the keychain does.
    Result signOut();

    // When the current token expires (invalid when unknown or not signed in).
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    // `password` by value: it may be m_savedPassword, which this clears.
    Result signInAndKeep(QString password, const QString& totp, Remember remember, bool usingSavedPassword);
    QDateTime now() const;

    PortalClient& m_client;
    CredentialStore& m_keychain;
    CacheIdentity m_account;
    std::function<QDateTime()> m_clock;
    QString m_savedPassword; // the keychain's copy, kept only when the user chose to save it
    QDateTime m_expiresAt;
};

} // namespace comptoir
