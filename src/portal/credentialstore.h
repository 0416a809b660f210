#pragma once

#include "store/cachedatabase.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace comptoir {

// What "remember me" keeps for one portal account. Never written to a file, QSettings or a
// log: only CredentialStore handles it, and only towards the OS keychain.
struct StoredCredentials {
    QString token;
    QDateTime tokenExpiresAt; // UTC; invalid when the portal gave no expiry
    QString password; // empty unless the user asked to remember it
};

// Where "remember me" keeps a portal account's secrets: the OS keychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain. Plain-file
// fallbacks are switched off: when no keychain is available, nothing is remembered and the
// caller gets a message saying so.
//
// One keychain entry per account, its key "<portal URL>|<e-mail>" (both trimmed and lower-case,
// like the cache file's name), its value one JSON document with token, expiry and password.
//
// The calls block: they spin a local event loop (user input excluded) until QtKeychain answers
// or the timeout passes, so they suit the CLI and tests as well as a dialog's slot. Call them from
// the main thread (QtKeychain queues its jobs on an object that lives there).
class CredentialStore {
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout { 10'000 };

    explicit CredentialStore(QString service = QStringLiteral("Comptoir"));

    // ok, or a translated message a shop owner can act on.
    struct Result {
        bool ok = false;
        QString error;
    };

    Result save(const CacheIdentity& account, const StoredCredentials& credentials);
    // nullopt when nothing is stored (error left empty) or on failure (error set).
    std::optional<StoredCredentials> load(const CacheIdentity& account, QString* error = nullptr);
    // Signing out. Removing what is not there is ok.
    Result remove(const CacheIdentity& account);

    QString service() const { return m_service; }
    // How long a call waits for the keychain before giving up with an error.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // The keychain key of an account: "<portal URL>|<e-mail>", trimmed and lower-case.
    static QString keyFor(const CacheIdentity& account);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace comptoir
