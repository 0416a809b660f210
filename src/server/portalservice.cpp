#include "portalservice.h"

#include "auth/lockout.h"
#include "auth/passwords.h"
#include "auth/totp.h"
#include "core/apijson.h"
#include "portaldatabase.h"
#include "reports/dayclosereport.h"
#include "reports/receiptrules.h"
#include "store/scopedtransaction.h"
#include "store/sql.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace comptoir {

namespace {

constexpr int kDefaultPage = 1000;
constexpr int kMaxPage = 5000;

QJsonObject parseObject(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray etagOf(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

QByteArray tokenHash(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

// Only the listed fields, each of the expected JSON type.
std::optional<ApiResult> checkFields(const QJsonObject& body, const QList<QPair<const char*, QJsonValue::Type>>& allowed,
                                     const QStringList& required)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        bool known = false;
        for (const auto& [name, type] : allowed) {
            if (it.key() != QLatin1String(name))
                continue;
            known = true;
            if (it.value().type() != type)
                return ApiResult::error(422, "invalid_field", QStringLiteral("The field %1 has the wrong type.").arg(it.key()));
        }
        if (!known)
            return ApiResult::error(400, "unknown_field", QStringLiteral("The field %1 is not known here.").arg(it.key()));
    }
    for (const QString& r : required)
        if (!body.contains(r))
            return ApiResult::error(422, "missing_field", QStringLiteral("The field %1 is required.").arg(r));
    return std::nullopt;
}

std::optional<ApiResult> checkIfMatch(const QByteArray& ifMatch, const QByteArray& current, const QJsonObject& currentBody)
{
    if (ifMatch.isEmpty())
        return ApiResult::error(428, "precondition_required",
                                QStringLiteral("Send If-Match with the version you are changing."));
    if (ifMatch != current && ifMatch != "*") {
        ApiResult r = ApiResult::json(412, {{QStringLiteral("error"), QStringLiteral("version_mismatch")},
                                            {QStringLiteral("message"), QStringLiteral("Someone changed this in the meantime.")},
                                            {QStringLiteral("current"), currentBody}});
        r.headers.append({"ETag", current});
        return r;
    }
    return std::nullopt;
}

ApiResult forbidden()
{
    return ApiResult::error(403, "forbidden", QStringLiteral("Your user groups do not allow this."));
}

ApiResult notFound(const char* what)
{
    return ApiResult::error(404, "not_found", QStringLiteral("No such %1.").arg(QLatin1String(what)));
}

// Feed cursors are opaque to clients: "c1." followed by the last sequence number served.
QString encodeCursor(qint64 seq)
{
    return QStringLiteral("c1.") + QString::fromLatin1(QByteArray::number(seq).toBase64(QByteArray::Base64UrlEncoding |
                                                                                          QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString& cursor)
{
    if (cursor.isEmpty())
        return 0;
    if (!cursor.startsWith(QLatin1String("c1.")) || cursor.size() > 40)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.mid(3).toLatin1(), QByteArray::Base64UrlEncoding |
                                                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    bool ok = false;
    const qint64 seq = decoded.decoded.toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

} // namespace

ApiResult ApiResult::json(int status, const QJsonObject& body)
{
    ApiResult r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiResult ApiResult::error(int status, const char* code, const QString& message)
{
    return json(status, {{QStringLiteral("error"), QLatin1String(code)}, {QStringLiteral("message"), message}});
}

PortalService::PortalService(PortalOptions options, std::unique_ptr<PortalDatabase> db)
    : m_options(std::move(options)), m_db(std::move(db)), m_guard(std::make_unique<SignInGuard>(m_options.clock))
{
}

PortalService::~PortalService() = default;

std::unique_ptr<PortalService> PortalService::open(const PortalOptions& options, QString* error)
{
    PortalOptions o = options;
    if (!o.clock)
        o.clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::unique_ptr<PortalDatabase> db = PortalDatabase::open(o.dataDir, error);
    if (!db)
        return {};
    try {
        if (!db->isSeeded())
            db->seed(DemoGenerator(o.demo));
    } catch (const StoreError& e) {
        *error = e.message();
        return {};
    }
    return std::unique_ptr<PortalService>(new PortalService(o, std::move(db)));
}

// --- sessions -------------------------------------------------------------------------

ApiResult PortalService::signIn(const QJsonObject& body)
{
    if (auto bad = checkFields(body, {{"email", QJsonValue::String}, {"password", QJsonValue::String}, {"totp", QJsonValue::String}},
                               {QStringLiteral("email"), QStringLiteral("password")}))
        return *bad;
    const QString email = body.value(QLatin1String("email")).toString().trimmed();
    const QString password = body.value(QLatin1String("password")).toString();

    if (const qint64 locked = m_guard->lockedForSeconds(email)) {
        ApiResult r = ApiResult::error(423, "account_locked",
                                       QStringLiteral("Too many wrong sign-ins: this account is blocked for %1 more minutes.")
                                           .arg((locked + 59) / 60));
        r.headers.append({"Retry-After", QByteArray::number(locked)});
        return r;
    }
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json, password, totp_secret FROM users WHERE email = ?"), {email});
    const auto wrong = [&] {
        const qint64 locked = m_guard->recordFailure(email);
        if (locked) {
            ApiResult r = ApiResult::error(423, "account_locked",
                                           QStringLiteral("Too many wrong sign-ins: this account is blocked for %1 minutes.")
                                               .arg((locked + 59) / 60));
            r.headers.append({"Retry-After", QByteArray::number(locked)});
            return r;
        }
        return ApiResult::error(401, "invalid_credentials", QStringLiteral("The e-mail address or password is wrong."));
    };
    if (!q.next()) {
        // Spend the same time as for a real account, so that timing does not tell which
        // addresses exist.
        static const passwords::Hash dummy =
            passwords::hashWithSalt(QStringLiteral("no such user"), QByteArray(16, '\x5a'), passwords::kDefaultIterations);
        passwords::verify(password, dummy);
        return wrong();
    }
    const std::optional<User> user = api::userFromJson(parseObject(q.value(0).toString())).value;
    const std::optional<passwords::Hash> hash = passwords::decode(q.value(1).toString());
    if (!user || !hash || !user->active || !passwords::verify(password, *hash))
        return wrong();
    if (user->twoFactor) {
        const QString code = body.value(QLatin1String("totp")).toString();
        if (code.isEmpty())
            return ApiResult::error(401, "totp_required", QStringLiteral("Enter the code from your authenticator app."));
        const auto secret = totp::base32Decode(q.value(2).toString());
        const std::optional<qint64> step =
            secret ? totp::verifiedStep(*secret, code, now().toSecsSinceEpoch()) : std::nullopt;
        // A code is good once: a replayed (or older) step is refused (RFC 6238 §5.2).
        if (!step || *step <= m_lastTotpStep.value(user->id, -1)) {
            ApiResult r = wrong();
            if (r.status == 401)
                return ApiResult::error(401, "totp_invalid", QStringLiteral("The code from your authenticator app is wrong."));
            return r;
        }
    }
    if (user->twoFactor) {
        const auto secret = totp::base32Decode(q.value(2).toString());
        m_lastTotpStep.insert(user->id, *totp::verifiedStep(*secret, body.value(QLatin1String("totp")).toString(),
                                                            now().toSecsSinceEpoch()));
    }
    m_guard->recordSuccess(email);

    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime expires = now().addSecs(qint64(m_options.sessionHours) * 3600);
    sql::exec(m_db->db(), QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?,?,?)"),
              {QString::fromLatin1(tokenHash(token)), user->id, expires.toMSecsSinceEpoch()});
    return ApiResult::json(201, {{QStringLiteral("token"), QString::fromLatin1(token)},
                                 {QStringLiteral("expires_at"), api::timeToJson(expires)},
                                 {QStringLiteral("user"), api::toJsonObject(*user)}});
}

ApiResult PortalService::signOut(const QByteArray& token)
{
    sql::exec(m_db->db(), QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {QString::fromLatin1(tokenHash(token))});
    ApiResult r;
    r.status = 204;
    return r;
}

std::optional<PortalSession> PortalService::authenticate(const QByteArray& authorization, ApiResult* failure)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() > 200) {
        *failure = ApiResult::error(401, "unauthenticated", QStringLiteral("Sign in first."));
        return std::nullopt;
    }
    const QByteArray token = authorization.mid(7).trimmed();
    QSqlQuery q = sql::exec(m_db->db(),
                            QStringLiteral("SELECT s.expires_at, u.json FROM sessions s JOIN users u ON u.id = s.user_id "
                                           "WHERE s.token_hash = ?"),
                            {QString::fromLatin1(tokenHash(token))});
    if (!q.next()) {
        *failure = ApiResult::error(401, "unauthenticated", QStringLiteral("Sign in first."));
        return std::nullopt;
    }
    const QDateTime expires = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    if (expires <= now()) {
        *failure = ApiResult::error(401, "session_expired", QStringLiteral("Your session has expired. Sign in again."));
        return std::nullopt;
    }
    const std::optional<User> user = api::userFromJson(parseObject(q.value(1).toString())).value;
    if (!user || !user->active) {
        *failure = ApiResult::error(401, "unauthenticated", QStringLiteral("Sign in first."));
        return std::nullopt;
    }
    return PortalSession{*user, PermissionSet::forUser(*user, allGroups()), expires};
}

ApiResult PortalService::changePassword(const PortalSession& s, const QJsonObject& body)
{
    if (auto bad = checkFields(body, {{"current_password", QJsonValue::String}, {"new_password", QJsonValue::String}},
                               {QStringLiteral("current_password"), QStringLiteral("new_password")}))
        return *bad;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT password FROM users WHERE id = ?"), {s.user.id});
    if (!q.next())
        return notFound("user");
    const std::optional<passwords::Hash> hash = passwords::decode(q.value(0).toString());
    if (!hash || !passwords::verify(body.value(QLatin1String("current_password")).toString(), *hash))
        return ApiResult::error(403, "wrong_password", QStringLiteral("The current password is wrong."));
    const QString fresh = body.value(QLatin1String("new_password")).toString();
    const QStringList problems = passwords::policyViolations(fresh);
    if (!problems.isEmpty())
        return ApiResult::json(422, {{QStringLiteral("error"), QStringLiteral("weak_password")},
                                     {QStringLiteral("message"), problems.join(QLatin1Char(' '))},
                                     {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    sql::exec(m_db->db(), QStringLiteral("UPDATE users SET password = ? WHERE id = ?"),
              {passwords::encode(passwords::hash(fresh)), s.user.id});
    ApiResult r;
    r.status = 204;
    return r;
}

// --- resources ------------------------------------------------------------------------

QList<Group> PortalService::allGroups() const
{
    QList<Group> out;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM groups ORDER BY id"));
    while (q.next())
        if (auto g = api::groupFromJson(parseObject(q.value(0).toString())).value)
            out.append(*g);
    return out;
}

QList<Location> PortalService::allLocations() const
{
    QList<Location> out;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM locations ORDER BY id"));
    while (q.next())
        if (auto l = api::locationFromJson(parseObject(q.value(0).toString())).value)
            out.append(*l);
    return out;
}

std::optional<Terminal> PortalService::terminal(const QString& id) const
{
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM terminals WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return api::terminalFromJson(parseObject(q.value(0).toString())).value;
}

namespace {
// Locations a user sees at all: any menu on them.
bool seesLocation(const PermissionSet& p, const QString& locationId)
{
    for (Menu m : kAllMenus)
        if (p.allows(m, locationId))
            return true;
    return false;
}
} // namespace

ApiResult PortalService::me(const PortalSession& s)
{
    QJsonArray grants;
    const QList<Location> locations = allLocations();
    for (Menu m : kAllMenus) {
        QJsonArray ids;
        for (const Location& l : locations)
            if (s.permissions.allows(m, l.id))
                ids.append(l.id);
        if (!ids.isEmpty())
            grants.append(QJsonObject{{QStringLiteral("menu"), toCode(m)}, {QStringLiteral("location_ids"), ids}});
    }
    return ApiResult::json(200, {{QStringLiteral("user"), api::toJsonObject(s.user)},
                                 {QStringLiteral("permissions"), grants},
                                 {QStringLiteral("session_expires_at"), api::timeToJson(s.expiresAt)}});
}

ApiResult PortalService::merchant(const PortalSession&)
{
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM merchant"));
    if (!q.next())
        return notFound("merchant");
    return ApiResult::json(200, parseObject(q.value(0).toString()));
}

ApiResult PortalService::locations(const PortalSession& s)
{
    QJsonArray items;
    for (const Location& l : allLocations())
        if (seesLocation(s.permissions, l.id))
            items.append(api::toJsonObject(l));
    return ApiResult::json(200, {{QStringLiteral("items"), items}});
}

ApiResult PortalService::createLocation(const PortalSession&)
{
    return ApiResult::error(405, "locations_not_creatable",
                            QStringLiteral("A location cannot be created: it is created when a terminal is ordered for "
                                           "a new address. You can rename it."));
}

ApiResult PortalService::renameLocation(const PortalSession& s, const QString& id, const QJsonObject& body,
                                        const QByteArray& ifMatch)
{
    if (auto bad = checkFields(body, {{"name", QJsonValue::String}}, {QStringLiteral("name")}))
        return *bad;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM locations WHERE id = ?"), {id});
    std::optional<Location> l = q.next() ? api::locationFromJson(parseObject(q.value(0).toString())).value : std::nullopt;
    if (!l || !seesLocation(s.permissions, id))
        return notFound("location");
    if (!s.permissions.allows(Menu::Locations, id))
        return forbidden();
    if (auto conflict = checkIfMatch(ifMatch, etagOf(l->version), api::toJsonObject(*l)))
        return *conflict;
    const QString name = body.value(QLatin1String("name")).toString().simplified();
    if (name.isEmpty() || name.size() > 80)
        return ApiResult::error(422, "invalid_name", QStringLiteral("A location name has 1 to 80 characters."));
    l->name = name;
    ++l->version;
    sql::exec(m_db->db(), QStringLiteral("UPDATE locations SET json = ? WHERE id = ?"), {compact(api::toJsonObject(*l)), id});
    ApiResult r = ApiResult::json(200, api::toJsonObject(*l));
    r.headers.append({"ETag", etagOf(l->version)});
    return r;
}

ApiResult PortalService::terminals(const PortalSession& s)
{
    QJsonArray items;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT location_id, json FROM terminals ORDER BY id"));
    while (q.next())
        if (seesLocation(s.permissions, q.value(0).toString()))
            items.append(parseObject(q.value(1).toString()));
    return ApiResult::json(200, {{QStringLiteral("items"), items}});
}

ApiResult PortalService::updateTerminal(const PortalSession& s, const QString& id, const QJsonObject& body,
                                        const QByteArray& ifMatch)
{
    if (auto bad = checkFields(body, {{"name", QJsonValue::String}, {"location_id", QJsonValue::String}}, {}))
        return *bad;
    std::optional<Terminal> t = terminal(id);
    if (!t || !seesLocation(s.permissions, t->locationId))
        return notFound("terminal");
    if (!s.permissions.allows(Menu::Terminals, t->locationId))
        return forbidden();
    if (auto conflict = checkIfMatch(ifMatch, etagOf(t->version), api::toJsonObject(*t)))
        return *conflict;
    if (body.contains(QLatin1String("name"))) {
        const QString name = body.value(QLatin1String("name")).toString().simplified();
        if (name.isEmpty() || name.size() > 40)
            return ApiResult::error(422, "invalid_name", QStringLiteral("A terminal name has 1 to 40 characters."));
        if (!t->active)
            return ApiResult::error(409, "terminal_deactivated", QStringLiteral("A deactivated terminal cannot be renamed."));
        QSqlQuery others = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM terminals WHERE id <> ?"), {id});
        while (others.next()) {
            const auto o = api::terminalFromJson(parseObject(others.value(0).toString())).value;
            if (o && o->active && o->name.compare(name, Qt::CaseInsensitive) == 0)
                return ApiResult::error(409, "name_taken",
                                        QStringLiteral("Another active terminal is called %1. Deactivate it first if this "
                                                       "terminal replaces it.")
                                            .arg(name));
        }
        t->name = name;
    }
    if (body.contains(QLatin1String("location_id"))) {
        const QString target = body.value(QLatin1String("location_id")).toString();
        QSqlQuery exists = sql::exec(m_db->db(), QStringLiteral("SELECT 1 FROM locations WHERE id = ?"), {target});
        if (!exists.next() || !seesLocation(s.permissions, target))
            return ApiResult::error(422, "unknown_location", QStringLiteral("There is no such location."));
        if (!s.permissions.allows(Menu::Terminals, target))
            return forbidden();
        t->locationId = target;
    }
    ++t->version;
    sql::exec(m_db->db(), QStringLiteral("UPDATE terminals SET location_id = ?, json = ? WHERE id = ?"),
              {t->locationId, compact(api::toJsonObject(*t)), id});
    ApiResult r = ApiResult::json(200, api::toJsonObject(*t));
    r.headers.append({"ETag", etagOf(t->version)});
    return r;
}

ApiResult PortalService::deactivateTerminal(const PortalSession& s, const QString& id, const QByteArray& ifMatch)
{
    std::optional<Terminal> t = terminal(id);
    if (!t || !seesLocation(s.permissions, t->locationId))
        return notFound("terminal");
    if (!s.permissions.allows(Menu::Terminals, t->locationId))
        return forbidden();
    if (auto conflict = checkIfMatch(ifMatch, etagOf(t->version), api::toJsonObject(*t)))
        return *conflict;
    if (!t->active)
        return ApiResult::error(409, "already_deactivated", QStringLiteral("This terminal is already deactivated."));
    t->active = false;
    t->deactivatedAt = now();
    ++t->version;
    sql::exec(m_db->db(), QStringLiteral("UPDATE terminals SET json = ? WHERE id = ?"), {compact(api::toJsonObject(*t)), id});
    ApiResult r = ApiResult::json(200, api::toJsonObject(*t));
    r.headers.append({"ETag", etagOf(t->version)});
    return r;
}

ApiResult PortalService::feed(const PortalSession& s, const QString& table, Menu menu, const QString& cursor,
                              const QString& limitText)
{
    const std::optional<qint64> after = decodeCursor(cursor);
    if (!after)
        return ApiResult::error(400, "bad_cursor", QStringLiteral("The cursor is not one this portal gave out."));
    int limit = kDefaultPage;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPage)
            return ApiResult::error(400, "bad_limit", QStringLiteral("limit is a whole number from 1 to %1.").arg(kMaxPage));
    }
    QStringList permitted;
    for (const Location& l : allLocations())
        if (s.permissions.allows(menu, l.id))
            permitted.append(l.id);
    if (permitted.isEmpty())
        return forbidden();

    QString statement = QStringLiteral("SELECT seq, json FROM %1 WHERE seq > ?").arg(table);
    const bool everywhere = permitted.size() == allLocations().size();
    if (!everywhere) {
        QStringList marks;
        for (int i = 0; i < permitted.size(); ++i)
            marks.append(QStringLiteral("?"));
        statement += QStringLiteral(" AND location_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    statement += QStringLiteral(" ORDER BY seq LIMIT ?");
    auto q = Statement::prepare(m_db->db(), statement);
    int i = 0;
    q->bind(i++, *after);
    if (!everywhere)
        for (const QString& id : permitted)
            q->bind(i++, id);
    q->bind(i, qint64(limit) + 1); // one more tells whether there is more

    QByteArray body;
    body.reserve(qsizetype(limit) * 512 + 64); // a transaction is 420 to 500 bytes: one allocation
    body += "{\"items\":[";
    int n = 0;
    qint64 last = *after;
    bool more = false;
    while (q->next()) {
        if (n == limit) {
            more = true;
            while (q->next()) {
            }
            break;
        }
        if (n++)
            body += ',';
        last = q->int64At(0);
        body += q->utf8At(1);
    }
    body += "],\"next_cursor\":\"";
    body += encodeCursor(last).toLatin1();
    body += "\",\"has_more\":";
    body += more ? "true}" : "false}";
    ApiResult r;
    r.body = body;
    return r;
}

ApiResult PortalService::transactions(const PortalSession& s, const QString& cursor, const QString& limit)
{
    return feed(s, QStringLiteral("transactions"), Menu::Transactions, cursor, limit);
}

ApiResult PortalService::setManualStatus(const PortalSession& s, const QString& id, const QJsonObject& body,
                                         const QByteArray& ifMatch)
{
    if (auto bad = checkFields(body, {{"status", QJsonValue::String}}, {QStringLiteral("status")}))
        return *bad;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM transactions WHERE id = ?"), {id});
    std::optional<Transaction> t =
        q.next() ? api::transactionFromJson(parseObject(q.value(0).toString())).value : std::nullopt;
    if (!t || !s.permissions.allows(Menu::Transactions, t->locationId))
        return notFound("transaction");
    const QJsonObject current = parseObject(QString::fromUtf8(api::toJson(*t)));
    if (auto conflict = checkIfMatch(ifMatch, etagOf(t->version), current))
        return *conflict;
    const std::optional<TransactionStatus> status = statusFromCode(body.value(QLatin1String("status")).toString());
    if (!status || (*status != TransactionStatus::Success && *status != TransactionStatus::Failed))
        return ApiResult::error(422, "invalid_status", QStringLiteral("A manual status is success or failed."));
    if (t->status != TransactionStatus::ManualIntervention)
        return ApiResult::error(409, "not_manual_intervention",
                                QStringLiteral("Only a transaction waiting for a manual intervention gets a manual status."));
    t->status = *status;
    t->statusOrigin = StatusOrigin::Manual;
    t->manualStatusBy = s.user.email;
    t->manualStatusAt = now();
    ++t->version;
    m_db->putTransaction(*t);
    ApiResult r;
    r.body = api::toJson(*t);
    r.headers.append({"ETag", etagOf(t->version)});
    return r;
}

ApiResult PortalService::periods(const PortalSession& s, const QString& cursor, const QString& limit)
{
    return feed(s, QStringLiteral("periods"), Menu::DayCloses, cursor, limit);
}

ApiResult PortalService::periodReport(const PortalSession& s, const QString& id, const QString& language)
{
    const std::optional<Language> lang = language.isEmpty() ? Language::Nl : languageFromCode(language);
    if (!lang)
        return ApiResult::error(400, "bad_language", QStringLiteral("lang is nl, fr or en."));
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM periods WHERE id = ?"), {id});
    std::optional<Period> p = q.next() ? api::periodFromJson(parseObject(q.value(0).toString())).value : std::nullopt;
    if (!p || !s.permissions.allows(Menu::DayCloses, p->locationId))
        return notFound("period");
    if (!p->isClosed())
        return ApiResult::error(409, "period_open", QStringLiteral("This period is still open: it has no day-close report yet."));
    ApiResult r;
    r.contentType = "application/pdf";
    QSqlQuery cached = sql::exec(m_db->db(), QStringLiteral("SELECT pdf FROM period_reports WHERE period_id = ? AND language = ?"),
                                 {id, toCode(*lang)});
    if (cached.next()) {
        r.body = cached.value(0).toByteArray();
        return r;
    }
    DayCloseData data;
    QSqlQuery m = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM merchant"));
    if (m.next())
        data.merchant = api::merchantFromJson(parseObject(m.value(0).toString())).value.value_or(Merchant{});
    for (const Location& l : allLocations())
        if (l.id == p->locationId)
            data.location = l;
    data.terminal = terminal(p->terminalId).value_or(Terminal{});
    data.period = *p;
    QSqlQuery txs = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM transactions WHERE period_id = ? ORDER BY seq"), {id});
    while (txs.next())
        if (auto t = api::transactionFromJson(parseObject(txs.value(0).toString())).value)
            data.transactions.append(*t);
    r.body = DayCloseReport::render(data, *lang);
    sql::exec(m_db->db(), QStringLiteral("INSERT INTO period_reports (period_id, language, pdf) VALUES (?,?,?)"),
              {id, toCode(*lang), r.body});
    return r;
}

ApiResult PortalService::receiptLayout(const PortalSession& s, const QString& locationId)
{
    if (!s.permissions.allows(Menu::Receipts, locationId))
        return notFound("receipt layout");
    QSqlQuery q = sql::exec(
        m_db->db(), QStringLiteral("SELECT json, etag FROM receipt_layouts WHERE location_id = ?"), { locationId });
    if (!q.next())
        return notFound("receipt layout");
    ApiResult r = ApiResult::json(200, parseObject(q.value(0).toString()));
    r.headers.append({"ETag", q.value(1).toString().toLatin1()});
    return r;
}

ApiResult PortalService::putReceiptLayout(
    const PortalSession& s, const QString& locationId, const QJsonObject& body, const QByteArray& ifMatch)
{
    if (auto bad = checkFields(body,
            { { "location_id", QJsonValue::String }, { "paper_width_mm", QJsonValue::Double },
                { "font", QJsonValue::String }, { "logo_png", QJsonValue::String }, { "texts", QJsonValue::Object },
                { "print_customer_receipt_by_default", QJsonValue::Bool } },
            { QStringLiteral("paper_width_mm"), QStringLiteral("font"), QStringLiteral("texts"),
                QStringLiteral("print_customer_receipt_by_default") }))
        return *bad;
    if (!s.permissions.allows(Menu::Receipts, locationId))
        return notFound("receipt layout");
    QSqlQuery q = sql::exec(
        m_db->db(), QStringLiteral("SELECT json, etag FROM receipt_layouts WHERE location_id = ?"), { locationId });
    if (!q.next())
        return notFound("receipt layout");
    const QByteArray etag = q.value(1).toString().toLatin1();
    if (auto conflict = checkIfMatch(ifMatch, etag, parseObject(q.value(0).toString())))
        return *conflict;
    // Only PAX terminals take their receipt from the portal.
    bool pax = false;
    QSqlQuery ts = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM terminals WHERE location_id = ?"), {locationId});
    while (ts.next())
        if (auto t = api::terminalFromJson(parseObject(ts.value(0).toString())).value; t && t->active && t->isPax())
            pax = true;
    if (!pax)
        return ApiResult::error(409, "verifone_receipts",
                                QStringLiteral("The terminals at this location are Verifone terminals: CCV support changes "
                                               "their receipts."));
    QJsonObject full = body;
    full.insert(QStringLiteral("location_id"), locationId);
    if (!full.contains(QLatin1String("logo_png")))
        full.insert(QStringLiteral("logo_png"), QString());
    const auto parsed = api::receiptLayoutFromJson(full);
    if (!parsed.value)
        return ApiResult::error(422, "invalid_layout", parsed.error);
    const ReceiptLayout& l = *parsed.value;
    // The same rules as the editor's (reports/ReceiptRules); the first problem answers.
    const QList<ReceiptProblem> problems = ReceiptRules::check(l);
    if (!problems.isEmpty()) {
        const ReceiptProblem& p = problems.first();
        const char* code = "invalid_logo";
        switch (p.kind) {
        case ReceiptProblem::Kind::TooManyLines:
            code = "too_many_lines";
            break;
        case ReceiptProblem::Kind::LineTooLong:
            code = "line_too_long";
            break;
        case ReceiptProblem::Kind::Unprintable:
            code = "unprintable_character";
            break;
        default:
            break;
        }
        return ApiResult::error(422, code, p.message);
    }
    const QByteArray next = etagOf(etag.mid(1, etag.size() - 2).toLongLong() + 1);
    sql::exec(m_db->db(), QStringLiteral("UPDATE receipt_layouts SET json = ?, etag = ? WHERE location_id = ?"),
        { compact(api::toJsonObject(l)), QString::fromLatin1(next), locationId });
    ApiResult r = ApiResult::json(200, api::toJsonObject(l));
    r.headers.append({"ETag", next});
    return r;
}

ApiResult PortalService::users(const PortalSession& s)
{
    if (!s.permissions.allows(Menu::Users))
        return forbidden();
    QJsonArray items;
    QSqlQuery q = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM users ORDER BY id"));
    while (q.next())
        items.append(parseObject(q.value(0).toString()));
    return ApiResult::json(200, {{QStringLiteral("items"), items}});
}

ApiResult PortalService::groups(const PortalSession& s)
{
    if (!s.permissions.allows(Menu::Users))
        return forbidden();
    QJsonArray items;
    for (const Group& g : allGroups())
        items.append(api::toJsonObject(g));
    return ApiResult::json(200, {{QStringLiteral("items"), items}});
}

void PortalService::addLiveTransaction()
{
    // A new payment at one of the active terminals, in its open period; one in fifty
    // times also a pending manual intervention gets resolved (a change with a new version).
    QList<Terminal> active;
    QSqlQuery ts = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM terminals ORDER BY id"));
    while (ts.next())
        if (auto t = api::terminalFromJson(parseObject(ts.value(0).toString())).value; t && t->active)
            active.append(*t);
    if (active.isEmpty())
        return;
    const quint64 n = ++m_liveCounter;
    QRandomGenerator rng(quint32(n * 2654435761u));
    const Terminal& term = active[qsizetype(rng.bounded(quint32(active.size())))];
    QSqlQuery period = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM periods WHERE json LIKE ? ORDER BY seq DESC LIMIT 1"),
                                 {QStringLiteral("%\"terminal_id\":\"") + term.id + QStringLiteral("\"%")});
    Transaction t;
    t.id = QStringLiteral("tx-live-%1-%2").arg(now().toMSecsSinceEpoch()).arg(n);
    t.createdAt = now();
    const QTimeZone zone = [&] {
        for (const Location& l : allLocations())
            if (l.id == term.locationId)
                return QTimeZone(l.timeZone.toUtf8());
        return QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    }();
    t.businessDay = t.createdAt.toTimeZone(zone).date();
    t.amount = Money::eur(qint64(rng.bounded(150, 9000)));
    t.type = TransactionType::Sale;
    const PaymentMethod methods[] = {PaymentMethod::Bancontact, PaymentMethod::Bancontact, PaymentMethod::Bancontact,
                                     PaymentMethod::Visa, PaymentMethod::Mastercard, PaymentMethod::Payconiq};
    t.method = methods[rng.bounded(quint32(std::size(methods)))];
    t.processor = t.method == PaymentMethod::Payconiq ? QStringLiteral("Payconiq") : QStringLiteral("CCV");
    t.status = rng.bounded(100) < 3 ? TransactionStatus::ManualIntervention : TransactionStatus::Success;
    t.locationId = term.locationId;
    t.terminalId = term.id;
    if (period.next())
        if (auto p = api::periodFromJson(parseObject(period.value(0).toString())).value)
            t.periodId = p->id;
    t.maskedCardNumber = t.method == PaymentMethod::Payconiq
                             ? QString()
                             : QStringLiteral("**** **** **** %1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
    t.reference = QStringLiteral("L%1").arg(n, 8, 10, QLatin1Char('0'));
    t.version = 1;
    ScopedTransaction tx(m_db->db());
    m_db->putTransaction(t);
    if (n % 50 == 0) {
        QSqlQuery pending = sql::exec(m_db->db(), QStringLiteral("SELECT json FROM transactions WHERE status = ? ORDER BY seq LIMIT 1"),
                                      {toCode(TransactionStatus::ManualIntervention)});
        if (pending.next())
            if (auto p = api::transactionFromJson(parseObject(pending.value(0).toString())).value) {
                p->status = TransactionStatus::Success;
                p->statusOrigin = StatusOrigin::Manual;
                p->manualStatusBy = QStringLiteral("live@demo");
                p->manualStatusAt = now();
                ++p->version;
                m_db->putTransaction(*p);
            }
    }
    tx.commit();
}

} // namespace comptoir
