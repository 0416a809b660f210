#pragma once

#include "core/permissionset.h"
#include "demogenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <optional>

namespace comptoir {

class PortalDatabase;
class SignInGuard;

// One answer of Portal API v1: status, body and extra headers. Errors carry
// {"error": code, "message": text}.
struct ApiResult {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResult json(int status, const QJsonObject& body);
    static ApiResult error(int status, const char* code, const QString& message);
};

// A signed-in user, as the bearer token identifies them.
struct PortalSession {
    User user;
    PermissionSet permissions;
    QDateTime expiresAt;
};

struct PortalOptions {
    QString dataDir;
    DemoOptions demo;                          // used to seed an empty data folder
    std::function<QDateTime()> clock;          // UTC; injected by tests (lockout, expiry)
    int liveTransactionsPerMinute = 0;
    int sessionHours = 12;
};

// The reference portal's behaviour, independent of HTTP: sign-in rules, permissions
// (menu × location) applied to every resource, the feeds, and the edits a merchant may
// make. PortalHttpServer maps requests onto it.
class PortalService {
public:
    static std::unique_ptr<PortalService> open(const PortalOptions& options, QString* error);
    ~PortalService();

    QDateTime now() const { return m_options.clock(); }

    // --- sessions
    ApiResult signIn(const QJsonObject& body);
    ApiResult signOut(const QByteArray& token);
    // The session for an Authorization header value ("Bearer <token>"), or the 401 to send.
    std::optional<PortalSession> authenticate(const QByteArray& authorization, ApiResult* failure);
    ApiResult changePassword(const PortalSession& s, const QJsonObject& body);

    // --- resources
    ApiResult me(const PortalSession& s);
    ApiResult merchant(const PortalSession& s);
    ApiResult locations(const PortalSession& s);
    ApiResult createLocation(const PortalSession& s);
    ApiResult renameLocation(const PortalSession& s, const QString& id, const QJsonObject& body, const QByteArray& ifMatch);
    ApiResult terminals(const PortalSession& s);
    ApiResult updateTerminal(const PortalSession& s, const QString& id, const QJsonObject& body, const QByteArray& ifMatch);
    ApiResult deactivateTerminal(const PortalSession& s, const QString& id, const QByteArray& ifMatch);
    ApiResult transactions(const PortalSession& s, const QString& cursor, const QString& limit);
    ApiResult setManualStatus(const PortalSession& s, const QString& id, const QJsonObject& body, const QByteArray& ifMatch);
    ApiResult periods(const PortalSession& s, const QString& cursor, const QString& limit);
    ApiResult periodReport(const PortalSession& s, const QString& id, const QString& language);
    ApiResult receiptLayout(const PortalSession& s, const QString& locationId);
    ApiResult putReceiptLayout(
        const PortalSession& s, const QString& locationId, const QJsonObject& body, const QByteArray& ifMatch);
    ApiResult users(const PortalSession& s);
    ApiResult groups(const PortalSession& s);

    // --- live traffic (--live): adds one transaction now, and now and then resolves a
    // pending manual intervention (a change that moves it up the feed).
    void addLiveTransaction();

    PortalDatabase& database() { return *m_db; }

private:
    PortalService(PortalOptions options, std::unique_ptr<PortalDatabase> db);
    ApiResult feed(const PortalSession& s, const QString& table, Menu menu, const QString& cursor, const QString& limit);
    QList<Location> allLocations() const;
    std::optional<Terminal> terminal(const QString& id) const;
    QList<Group> allGroups() const;

    PortalOptions m_options;
    std::unique_ptr<PortalDatabase> m_db;
    std::unique_ptr<SignInGuard> m_guard;
    quint64 m_liveCounter = 0;
    QHash<QString, qint64> m_lastTotpStep; // user id → the last two-step code's time step
};

} // namespace comptoir
