#include "accountsession.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace comptoir {

namespace {

using Result = AccountSession::Result;
using Failure = AccountSession::Result::Failure;

Result portalFailure(const PortalError& error, const QString& message)
{
    Result r;
    r.failure = Failure::Portal;
    r.portal = error;
    r.message = message;
    return r;
}

// The session is over and only a password (the user's) can open a new one.
PortalError sessionExpired()
{
    PortalError e;
    e.kind = PortalError::Kind::Unauthorized;
    e.status = 401;
    e.code = QStringLiteral("session_expired");
    return e;
}

} // namespace

AccountSession::AccountSession(PortalClient& client, CredentialStore& keychain, CacheIdentity account,
                             std::function<QDateTime()> clock)
    : m_client(client), m_keychain(keychain), m_account(std::move(account)), m_clock(std::move(clock))
{
}

QDateTime AccountSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool AccountSession::sessionEnded(const PortalError& error)
{
    return error.kind == PortalError::Kind::Unauthorized &&
           (error.code == QLatin1String("session_expired") || error.code == QLatin1String("unauthenticated"));
}

AccountSession::Result AccountSession::signIn(const QString& password, const QString& totp, Remember remember)
{
    return signInAndKeep(password, totp, remember, false);
}

AccountSession::Result AccountSession::signInAndKeep(QString password, const QString& totp, Remember remember,
                                                   bool usingSavedPassword)
{
    const QString email = m_account.accountEmail.trimmed();
    const PortalClient::SignIn s = m_client.signIn(email, password, totp);
    if (s.error.kind != PortalError::Kind::None) {
        if (!usingSavedPassword)
            return portalFailure(s.error, s.error.message);
        if (s.error.kind == PortalError::Kind::Unauthorized && s.error.code == QLatin1String("totp_required"))
            return portalFailure(s.error, QCoreApplication::translate("AccountSession",
                "The portal asks for a two-step code for %1: the saved password alone is not enough to sign in "
                "again. Sign in with the code from your authenticator app.").arg(email));
        if (s.error.kind == PortalError::Kind::Unauthorized && s.error.code == QLatin1String("invalid_credentials")) {
            // The password was changed on the portal. Trying it again would only count towards
            // the lockout: forget it now.
            m_savedPassword.clear();
            const CredentialStore::Result removed = m_keychain.remove(m_account);
            QString message = QCoreApplication::translate("AccountSession",
                "The portal no longer accepts the password saved for %1, so Comptoir removed it from the "
                "keychain. Sign in again with the current password.").arg(email);
            if (!removed.ok)
                message += QLatin1Char(' ') + removed.error;
            return portalFailure(s.error, message);
        }
        return portalFailure(s.error, s.error.message);
    }

    m_expiresAt = s.expiresAt;
    m_savedPassword.clear();
    Result r;
    if (remember == Remember::None)
        return r;
    StoredCredentials keep{QString::fromLatin1(s.token), s.expiresAt, {}};
    if (remember == Remember::TokenAndPassword)
        keep.password = password;
    const CredentialStore::Result saved = m_keychain.save(m_account, keep);
    if (saved.ok) {
        m_savedPassword = keep.password;
    } else {
        r.warning = QCoreApplication::translate("AccountSession",
            "Signed in, but this sign-in could not be remembered: %1").arg(saved.error);
    }
    return r;
}

AccountSession::Result AccountSession::resume(const QString& totp)
{
    QString error;
    const std::optional<StoredCredentials> stored = m_keychain.load(m_account, &error);
    if (!stored) {
        Result r;
        if (!error.isEmpty()) {
            r.failure = Failure::Keychain;
            r.message = error;
        } else {
            r.failure = Failure::NothingSaved;
            r.message = QCoreApplication::translate("AccountSession",
                "There is no saved sign-in for %1 on %2. Sign in with the password, and tick “Remember me” "
                "to keep the sign-in.").arg(m_account.accountEmail.trimmed(), m_account.portalUrl.trimmed());
        }
        return r;
    }
    m_savedPassword = stored->password;
    const bool tokenValid = !stored->token.isEmpty() &&
                            (!stored->tokenExpiresAt.isValid() || stored->tokenExpiresAt > now());
    if (tokenValid) {
        m_client.setToken(stored->token.toLatin1());
        m_expiresAt = stored->tokenExpiresAt;
        return {};
    }
    if (!m_savedPassword.isEmpty())
        return signInAndKeep(m_savedPassword, totp, Remember::TokenAndPassword, true);
    return portalFailure(sessionExpired(), QCoreApplication::translate("AccountSession",
        "The saved sign-in for %1 has expired. Sign in again with the password.").arg(m_account.accountEmail.trimmed()));
}

AccountSession::Result AccountSession::renew(const QString& totp)
{
    if (m_savedPassword.isEmpty())
        return portalFailure(sessionExpired(), QCoreApplication::translate("AccountSession",
            "Your session with the portal has ended. Sign in again with the password."));
    return signInAndKeep(m_savedPassword, totp, Remember::TokenAndPassword, true);
}

AccountSession::Result AccountSession::signOut()
{
    QString loadError;
    const std::optional<StoredCredentials> stored = m_keychain.load(m_account, &loadError);
    QList<QByteArray> tokens;
    if (!m_client.token().isEmpty())
        tokens.append(m_client.token());
    if (stored && !stored->token.isEmpty() && !tokens.contains(stored->token.toLatin1()))
        tokens.append(stored->token.toLatin1());
    // End the portal sessions. Whatever the answer (unreachable, already expired), the
    // token is dropped here and expires on the portal by itself.
    for (const QByteArray& token : tokens) {
        m_client.setToken(token);
        m_client.send("DELETE", QStringLiteral("/session"));
    }
    m_client.setToken({});
    m_savedPassword.clear();
    m_expiresAt = {};

    // Removed even when it could not be read (a damaged entry goes too).
    const CredentialStore::Result removed = m_keychain.remove(m_account);
    Result r;
    if (!removed.ok) {
        r.failure = Failure::Keychain;
        r.message = removed.error;
    }
    return r;
}

} // namespace comptoir
