#include "portalclient.h"

#include "core/apijson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslCipher>
#include <QSslConfiguration>
#endif
#include <QTimer>

namespace comptoir {

namespace {

// Whether the reply's connection completed a TLS handshake.
bool tlsEstablished(const QNetworkReply* reply)
{
#if QT_CONFIG(ssl)
    return !reply->sslConfiguration().sessionCipher().isNull();
#else
    Q_UNUSED(reply);
    return false;
#endif
}

PortalError errorFor(const QNetworkReply* reply, int status, const QJsonObject& json, const QByteArray& retryAfter,
                     bool timedOut)
{
    PortalError e;
    e.status = status;
    e.code = json.value(QLatin1String("error")).toString();
    const QString portalSays = json.value(QLatin1String("message")).toString();
    using Kind = PortalError::Kind;
    if (timedOut) {
        e.kind = Kind::Unreachable;
        e.message = QCoreApplication::translate("PortalClient", "The portal did not answer in time. Check the internet connection; Comptoir keeps working from its cache.");
        return e;
    }
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            e.kind = Kind::Tls;
            e.message = QCoreApplication::translate("PortalClient", "The portal's security certificate cannot be trusted (%1). Comptoir did not connect. Check the portal address.").arg(reply->errorString());
            return e;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::UnknownNetworkError:
            // Cut before a secure connection was set up (e.g. https to a server that speaks
            // plain http, or no TLS library): a TLS failure, not a network hiccup to retry.
            if (reply->url().scheme() == QLatin1String("https") && !tlsEstablished(reply)) {
                e.kind = Kind::Tls;
                e.message = QCoreApplication::translate("PortalClient", "No secure connection (TLS) could be set up with the portal (%1). Comptoir did not connect. Check the portal address, and whether it starts with https or http.").arg(reply->errorString());
                return e;
            }
            [[fallthrough]];
        default:
            e.kind = Kind::Unreachable;
            e.message = QCoreApplication::translate("PortalClient", "The portal cannot be reached (%1). Check the internet connection and the portal address; Comptoir keeps working from its cache.").arg(reply->errorString());
            return e;
        }
    }
    if (status >= 500) {
        e.kind = Kind::Server;
        e.message = QCoreApplication::translate("PortalClient", "The portal has a problem of its own (HTTP %1). Comptoir will try again.").arg(status);
    } else if (status == 401) {
        e.kind = Kind::Unauthorized;
        if (e.code == QLatin1String("totp_required"))
            e.message = QCoreApplication::translate("PortalClient", "Enter the six-digit code from your authenticator app.");
        else if (e.code == QLatin1String("totp_invalid"))
            e.message = QCoreApplication::translate("PortalClient", "The code from your authenticator app is wrong or was already used. Wait for the next code and try again.");
        else if (e.code == QLatin1String("session_expired") || e.code == QLatin1String("unauthenticated"))
            e.message = QCoreApplication::translate("PortalClient", "Your session with the portal has ended. Sign in again.");
        else
            e.message = QCoreApplication::translate("PortalClient", "The e-mail address or password is wrong.");
    } else if (status == 423) {
        e.kind = Kind::Locked;
        e.retryAfterSeconds = retryAfter.toInt();
        const int minutes = std::max(1, (e.retryAfterSeconds + 59) / 60);
        e.message = QCoreApplication::translate("PortalClient", "Too many wrong sign-ins: the account is blocked. Try again in %n minutes.", nullptr, minutes);
    } else if (status == 403) {
        e.kind = Kind::Forbidden;
        e.message = QCoreApplication::translate("PortalClient", "Your user groups on the portal do not allow this. Ask your administrator.");
    } else if (status >= 400) {
        e.kind = Kind::Rejected;
        e.message = portalSays.isEmpty() ? QCoreApplication::translate("PortalClient", "The portal refused the request (HTTP %1).").arg(status)
                                         : QCoreApplication::translate("PortalClient", "The portal refused the request: %1").arg(portalSays);
    }
    return e;
}

} // namespace

PortalClient::PortalClient(const QUrl& baseUrl) : m_base(baseUrl), m_net(std::make_unique<QNetworkAccessManager>())
{
    m_net->setAutoDeleteReplies(false);
    m_net->setStrictTransportSecurityEnabled(true);
}

PortalClient::~PortalClient() = default;

PortalClient::Response PortalClient::get(const QString& path)
{
    return run("GET", path, {}, {});
}

PortalClient::Response PortalClient::send(const QByteArray& method, const QString& path, const QJsonObject& body,
                                          const QByteArray& ifMatch)
{
    return run(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch);
}

PortalClient::Response PortalClient::run(const QByteArray& method, const QString& path, const QByteArray& body,
                                         const QByteArray& ifMatch)
{
    QString base = m_base.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);

    std::unique_ptr<QNetworkReply> reply(m_net->sendCustomRequest(request, method, body));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
        loop.quit();
    });
    timer.start(m_timeout);
    if (!reply->isFinished())
        loop.exec();

    Response r;
    r.status = timedOut ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto& [k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    const bool cut = !timedOut && reply->error() != QNetworkReply::NoError && r.status >= 200 && r.status < 300;
    if (r.headers.value("content-type").startsWith("application/json")) {
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error == QJsonParseError::NoError)
            r.json = d.object();
        else if (r.status >= 200 && r.status < 300) {
            r.error.kind = cut ? PortalError::Kind::Unreachable : PortalError::Kind::BadAnswer;
            r.error.status = r.status;
            r.error.message = cut ? QCoreApplication::translate("PortalClient", "The connection to the portal broke off. Comptoir will try again.")
                                  : QCoreApplication::translate("PortalClient", "The portal sent an answer Comptoir does not understand.");
            return r;
        }
    }
    if (cut) {
        r.error.kind = PortalError::Kind::Unreachable;
        r.error.message = QCoreApplication::translate("PortalClient", "The connection to the portal broke off. Comptoir will try again.");
        return r;
    }
    if (timedOut || r.status < 200 || r.status >= 300)
        r.error = errorFor(reply.get(), r.status, r.json, r.headers.value("retry-after"), timedOut);
    return r;
}

PortalClient::SignIn PortalClient::signIn(const QString& email, const QString& password, const QString& totp)
{
    QJsonObject body{{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("password"), password}};
    if (!totp.trimmed().isEmpty())
        body.insert(QStringLiteral("totp"), totp.trimmed());
    const QByteArray saved = m_token;
    m_token.clear();
    const Response r = send("POST", QStringLiteral("/session"), body);
    SignIn s;
    s.error = r.error;
    if (r.ok()) {
        s.token = r.json.value(QLatin1String("token")).toString().toLatin1();
        s.expiresAt = api::timeFromJson(r.json.value(QLatin1String("expires_at"))).value_or(QDateTime());
        s.user = r.json.value(QLatin1String("user")).toObject();
        if (s.token.isEmpty()) {
            s.error.kind = PortalError::Kind::BadAnswer;
            s.error.message = QCoreApplication::translate("PortalClient", "The portal sent an answer Comptoir does not understand.");
        }
        m_token = s.token;
    } else {
        m_token = saved;
    }
    return s;
}

} // namespace comptoir
