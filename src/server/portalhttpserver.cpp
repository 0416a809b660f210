#include "portalhttpserver.h"

#include "portalservice.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace comptoir {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 423: return "Locked";
    case 428: return "Precondition Required";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

using Method = QHttpServerRequest::Method;

} // namespace

PortalHttpServer::PortalHttpServer(PortalService& service, FaultInjector faults, QObject* parent)
    : QAbstractHttpServer(parent), m_service(service), m_faults(std::move(faults))
{
}

bool PortalHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const FaultInjector::Decision fault = m_faults.next();
    ApiResult result;
    if (fault.fault == FaultInjector::Fault::ServerError) {
        result = ApiResult::error(503, "injected_fault", QStringLiteral("The portal is busy (injected fault). Try again."));
    } else {
        try {
            result = route(request);
        } catch (const std::exception& e) {
            result = ApiResult::error(500, "internal_error", QStringLiteral("The portal failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    const bool drop = fault.fault == FaultInjector::Fault::Drop;
    if (fault.latencyMs > 0) {
        QTimer::singleShot(fault.latencyMs, this, [this, socket = QPointer<QTcpSocket>(socket), result, drop] {
            if (socket)
                send(socket, result, drop);
        });
    } else {
        send(socket, result, drop);
    }
    return true;
}

void PortalHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    send(socket, ApiResult::error(404, "not_found", QStringLiteral("There is no such address in Portal API v1.")), false);
}

void PortalHttpServer::send(QTcpSocket* socket, const ApiResult& result, bool drop)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(result.status) + ' ' + reason(result.status) + "\r\n";
    if (result.status != 204) {
        out += "Content-Type: " + result.contentType + (result.contentType == "application/json" ? "; charset=utf-8" : "") + "\r\n";
        out += "Content-Length: " + QByteArray::number(result.body.size()) + "\r\n";
    }
    for (const auto& [key, value] : result.headers)
        out += key + ": " + value + "\r\n";
    out += "Cache-Control: no-store\r\n\r\n";
    if (drop) {
        // Cut the connection in the middle of the body, as a broken network would.
        out += result.body.left(result.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->abort();
        return;
    }
    // A large body (a feed page is megabytes) is written apart from the head: QIODevice then
    // keeps the QByteArray as it is instead of copying it. Small ones go in one write.
    const bool large = result.body.size() >= 64 * 1024;
    if (result.status != 204 && !large)
        out += result.body;
    socket->write(out);
    if (result.status != 204 && large)
        socket->write(result.body);
}

ApiResult PortalHttpServer::route(const QHttpServerRequest& request)
{
    const QString path = request.url().path();
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("api") || parts[1] != QLatin1String("v1"))
        return ApiResult::error(404, "not_found", QStringLiteral("There is no such address in Portal API v1."));
    parts = parts.mid(2);
    const Method method = request.method();
    const QByteArray body = request.body();
    if (body.size() > kMaxBodyBytes)
        return ApiResult::error(413, "body_too_large", QStringLiteral("The request is larger than 1 MiB."));

    // Bodies, where a request has one, are JSON objects.
    QJsonObject json;
    if (method == Method::Post || method == Method::Put || method == Method::Patch) {
        if (!body.isEmpty()) {
            QJsonParseError e;
            const QJsonDocument d = QJsonDocument::fromJson(body, &e);
            if (e.error != QJsonParseError::NoError)
                return ApiResult::error(400, "bad_json", QStringLiteral("The body is not valid JSON: %1.").arg(e.errorString()));
            if (!d.isObject())
                return ApiResult::error(400, "bad_json", QStringLiteral("The body must be a JSON object."));
            json = d.object();
        }
    }
    const auto methodNotAllowed = [] {
        return ApiResult::error(405, "method_not_allowed", QStringLiteral("This address does not take that method."));
    };

    if (parts == QStringList{QStringLiteral("session")}) {
        if (method == Method::Post)
            return m_service.signIn(json);
        if (method == Method::Delete) {
            const QByteArray auth = request.value("Authorization");
            return m_service.signOut(auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray());
        }
        return methodNotAllowed();
    }

    ApiResult failure;
    const std::optional<PortalSession> session = m_service.authenticate(request.value("Authorization"), &failure);
    if (!session)
        return failure;
    const PortalSession& s = *session;
    const QByteArray ifMatch = request.value("If-Match");
    const QUrlQuery query = request.query();
    const QString resource = parts.value(0);
    const qsizetype n = parts.size();

    if (resource == QLatin1String("me")) {
        if (n == 1 && method == Method::Get)
            return m_service.me(s);
        if (n == 2 && parts[1] == QLatin1String("password") && method == Method::Put)
            return m_service.changePassword(s, json);
    } else if (resource == QLatin1String("merchant") && n == 1 && method == Method::Get) {
        return m_service.merchant(s);
    } else if (resource == QLatin1String("locations")) {
        if (n == 1 && method == Method::Get)
            return m_service.locations(s);
        if (n == 1 && method == Method::Post)
            return m_service.createLocation(s);
        if (n == 2 && method == Method::Patch)
            return m_service.renameLocation(s, parts[1], json, ifMatch);
        if (n <= 2)
            return methodNotAllowed();
    } else if (resource == QLatin1String("terminals")) {
        if (n == 1 && method == Method::Get)
            return m_service.terminals(s);
        if (n == 2 && method == Method::Patch)
            return m_service.updateTerminal(s, parts[1], json, ifMatch);
        if (n == 3 && parts[2] == QLatin1String("deactivate") && method == Method::Post)
            return m_service.deactivateTerminal(s, parts[1], ifMatch);
    } else if (resource == QLatin1String("transactions")) {
        if (n == 1 && method == Method::Get)
            return m_service.transactions(s, query.queryItemValue(QStringLiteral("cursor")),
                                          query.queryItemValue(QStringLiteral("limit")));
        if (n == 3 && parts[2] == QLatin1String("manual-status") && method == Method::Post)
            return m_service.setManualStatus(s, parts[1], json, ifMatch);
    } else if (resource == QLatin1String("periods")) {
        if (n == 1 && method == Method::Get)
            return m_service.periods(s, query.queryItemValue(QStringLiteral("cursor")),
                                     query.queryItemValue(QStringLiteral("limit")));
        if (n == 3 && parts[2] == QLatin1String("report") && method == Method::Get)
            return m_service.periodReport(s, parts[1], query.queryItemValue(QStringLiteral("lang")));
    } else if (resource == QLatin1String("receipt-layouts") && n == 2) {
        if (method == Method::Get)
            return m_service.receiptLayout(s, parts[1]);
        if (method == Method::Put)
            return m_service.putReceiptLayout(s, parts[1], json, ifMatch);
        return methodNotAllowed();
    } else if (resource == QLatin1String("users") && n == 1 && method == Method::Get) {
        return m_service.users(s);
    } else if (resource == QLatin1String("groups") && n == 1 && method == Method::Get) {
        return m_service.groups(s);
    }
    return ApiResult::error(404, "not_found", QStringLiteral("There is no such address in Portal API v1."));
}

} // namespace comptoir
