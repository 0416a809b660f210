#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace comptoir {

// What went wrong talking to a portal, in the terms the user needs: the kind decides what
// the caller does (retry, ask to sign in again, give up), the message says it in words.
struct PortalError {
    enum class Kind {
        None,
        Unreachable,   // no connection: refused, host unknown, cut, timed out
        Tls,           // certificate or TLS problem — never ignored
        Server,        // 5xx: the portal's trouble, worth retrying
        Unauthorized,  // 401: wrong credentials, expired session, two-step code needed/wrong
        Locked,        // 423: too many wrong sign-ins; retryAfterSeconds says how long
        Forbidden,     // 403
        Rejected,      // other 4xx: the portal refused the request
        BadAnswer,     // the answer is not what the API promises
    };
    Kind kind = Kind::None;
    int status = 0;        // HTTP status, 0 without an answer
    QString code;          // the API's error code, e.g. "totp_required"
    QString message;       // translated, for the user
    int retryAfterSeconds = 0;
    bool isTransient() const { return kind == Kind::Unreachable || kind == Kind::Server; }
};

// A blocking client for Portal API v1: each call runs a local event loop until the answer
// arrives (use it from a worker thread or the CLI, never from the GUI thread).
class PortalClient {
public:
    struct Response {
        int status = 0;
        QByteArray body;
        QJsonObject json;            // for JSON answers
        QMap<QByteArray, QByteArray> headers; // lower-case names
        PortalError error;           // kind None on 2xx
        bool ok() const { return error.kind == PortalError::Kind::None; }
    };

    explicit PortalClient(const QUrl& baseUrl);
    ~PortalClient();

    void setToken(const QByteArray& token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setTimeout(std::chrono::milliseconds t) { m_timeout = t; }
    QUrl baseUrl() const { return m_base; }

    // path is relative to /api/v1, e.g. "/transactions?limit=5000".
    Response get(const QString& path);
    Response send(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                  const QByteArray& ifMatch = {});

    struct SignIn {
        PortalError error;
        QByteArray token;
        QDateTime expiresAt;
        QJsonObject user;
    };
    SignIn signIn(const QString& email, const QString& password, const QString& totp = {});

private:
    Response run(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& ifMatch);
    QUrl m_base;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout{30000};
    std::unique_ptr<QNetworkAccessManager> m_net;
};

} // namespace comptoir
