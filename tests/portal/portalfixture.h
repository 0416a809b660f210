#pragma once

#include "server/demogenerator.h"
#include "server/portalhttpserver.h"
#include "server/portalservice.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace comptoir::test {

// A reference portal on a free loopback port, in this process, with a clock the test
// moves, and a small client that speaks real HTTP to it.
class PortalFixture {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QMap<QByteArray, QByteArray> headers;
        bool cut = false; // the connection broke before the answer was complete
    };

    explicit PortalFixture(const QString& faults = {}, int days = 20, int perDay = 150, quint64 seed = 7);
    ~PortalFixture();

    QDateTime clock; // UTC; every request sees this time
    PortalService& service() { return *m_service; }
    QString baseUrl() const { return m_base; }

    Reply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QByteArray& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Reply get(const QString& path, const QByteArray& token) { return request("GET", path, {}, token); }
    // Signs in as one of the demo users; returns the token (REQUIREs success).
    QByteArray signIn(const QString& email, const QString& totp = {});
    QString emailOf(const char* role); // "admin", "bookkeeper", "manager", "partner"

private:
    QTemporaryDir m_dir;
    DemoOptions m_options;
    std::unique_ptr<PortalService> m_service;
    std::unique_ptr<PortalHttpServer> m_server;
    QNetworkAccessManager m_net;
    QString m_base;
};

} // namespace comptoir::test
