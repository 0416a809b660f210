#include "terminalrepository.h"

#include "auditlog.h"
#include "locationrepository.h"
#include "scopedtransaction.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {


const QString kTerminalColumns = QStringLiteral(
    "id, name, model, serial, location_id, active, deactivated_at, app_versions, last_seen, version");

QString mapToJson(const QMap<QString, QString>& m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> jsonToMap(const QString& s)
{
    QMap<QString, QString> m;
    const QJsonObject o = QJsonDocument::fromJson(s.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

Terminal toTerminal(const QSqlQuery& q)
{
    Terminal t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.model = q.value(2).toString();
    t.serial = q.value(3).toString();
    t.locationId = q.value(4).toString();
    t.active = q.value(5).toInt() != 0;
    t.deactivatedAt = sql::toTime(q.value(6));
    t.appVersions = jsonToMap(q.value(7).toString());
    t.lastSeen = sql::toTime(q.value(8));
    t.version = q.value(9).toLongLong();
    return t;
}

QJsonObject terminalJson(const Terminal& t)
{
    QJsonObject o{{QStringLiteral("name"), t.name},
                  {QStringLiteral("location_id"), t.locationId},
                  {QStringLiteral("active"), t.active}};
    return o;
}

} // namespace

void TerminalRepository::upsert(const Terminal& t)
{
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO terminals (") + kTerminalColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                 "model = excluded.model, serial = excluded.serial, location_id = excluded.location_id, "
                                 "active = excluded.active, deactivated_at = excluded.deactivated_at, "
                                 "app_versions = excluded.app_versions, last_seen = excluded.last_seen, "
                                 "version = excluded.version"),
              {t.id, t.name, t.model, t.serial, t.locationId, t.active ? 1 : 0, sql::fromTime(t.deactivatedAt),
               mapToJson(t.appVersions), sql::fromTime(t.lastSeen), t.version});
}

QList<Terminal> TerminalRepository::all() const
{
    QList<Terminal> out;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kTerminalColumns +
                                              QStringLiteral(" FROM terminals ORDER BY location_id, name, id"));
    while (q.next())
        out.append(toTerminal(q));
    return out;
}

QList<Terminal> TerminalRepository::atLocation(const QString& locationId) const
{
    QList<Terminal> out;
    QSqlQuery q = sql::exec(m_cache.db(),
                            QStringLiteral("SELECT ") + kTerminalColumns +
                                QStringLiteral(" FROM terminals WHERE location_id = ? ORDER BY name, id"),
                            {locationId});
    while (q.next())
        out.append(toTerminal(q));
    return out;
}

std::optional<Terminal> TerminalRepository::get(const QString& id) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kTerminalColumns +
                                              QStringLiteral(" FROM terminals WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return toTerminal(q);
}

std::optional<QString> TerminalRepository::change(const QString& id, const QString& action, const QString& actor,
                                                  const QDateTime& at, AuditLog& audit,
                                                  const std::function<std::optional<QString>(Terminal&)>& edit)
{
    ScopedTransaction tx(m_cache.db());
    std::optional<Terminal> old = get(id);
    if (!old)
        return QCoreApplication::translate("TerminalRepository", "This terminal is no longer in the cache. Sync and try again.");
    Terminal t = *old;
    if (std::optional<QString> refused = edit(t))
        return refused;
    if (t == *old)
        return std::nullopt;
    upsert(t);
    audit.append(actor, action, QStringLiteral("terminal"), id, terminalJson(*old), terminalJson(t), at);
    tx.commit();
    return std::nullopt;
}

std::optional<QString> TerminalRepository::rename(const QString& id, const QString& newName, const QString& actor,
                                                  const QDateTime& at, AuditLog& audit)
{
    const QString name = newName.simplified();
    return change(id, QStringLiteral("terminal.rename"), actor, at, audit, [&](Terminal& t) -> std::optional<QString> {
        if (name.isEmpty())
            return QCoreApplication::translate("TerminalRepository", "A terminal needs a name.");
        if (name.size() > 40)
            return QCoreApplication::translate("TerminalRepository", "A terminal name can be at most 40 characters long.");
        if (!t.active)
            return QCoreApplication::translate("TerminalRepository", "A deactivated terminal cannot be renamed.");
        for (const Terminal& other : all())
            if (other.id != t.id && other.active && other.name.compare(name, Qt::CaseInsensitive) == 0)
                return QCoreApplication::translate("TerminalRepository", "Another active terminal is already called “%1”. Deactivate it first if this terminal "
                          "replaces it.")
                    .arg(name);
        t.name = name;
        return std::nullopt;
    });
}

std::optional<QString> TerminalRepository::move(const QString& id, const QString& locationId, const QString& actor,
                                                const QDateTime& at, AuditLog& audit)
{
    return change(id, QStringLiteral("terminal.move"), actor, at, audit, [&](Terminal& t) -> std::optional<QString> {
        if (!LocationRepository(m_cache).get(locationId))
            return QCoreApplication::translate("TerminalRepository", "That location is not in the cache. Sync and try again.");
        t.locationId = locationId;
        return std::nullopt;
    });
}

std::optional<QString> TerminalRepository::deactivate(const QString& id, const QString& actor, const QDateTime& at,
                                                      AuditLog& audit)
{
    return change(id, QStringLiteral("terminal.deactivate"), actor, at, audit, [&](Terminal& t) -> std::optional<QString> {
        if (!t.active)
            return QCoreApplication::translate("TerminalRepository", "This terminal is already deactivated.");
        t.active = false;
        t.deactivatedAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
        return std::nullopt;
    });
}

} // namespace comptoir
