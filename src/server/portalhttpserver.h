#pragma once

#include "faults.h"

#include <QAbstractHttpServer>

namespace comptoir {

class PortalService;
struct ApiResult;

// Portal API v1 over HTTP: routes requests to PortalService, turns every bad request into
// a JSON error (never a 500 for bad input), limits body sizes, and injects the faults of
// --faults (5xx answers, slow answers, connections cut in the middle of a body).
class PortalHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    PortalHttpServer(PortalService& service, FaultInjector faults, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    ApiResult route(const QHttpServerRequest& request);
    void send(QTcpSocket* socket, const ApiResult& result, bool drop);

    PortalService& m_service;
    FaultInjector m_faults;
};

} // namespace comptoir
