#include "locationrepository.h"

#include "auditlog.h"
#include "scopedtransaction.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace comptoir {

namespace {


const QString kLocationColumns =
    QStringLiteral("id, name, street, postal_code, city, country, time_zone, version");

Location toLocation(const QSqlQuery& q)
{
    return Location{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()};
}

} // namespace

void LocationRepository::upsert(const Location& l)
{
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO locations (") + kLocationColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                 "street = excluded.street, postal_code = excluded.postal_code, city = excluded.city, "
                                 "country = excluded.country, time_zone = excluded.time_zone, version = excluded.version"),
              {l.id, l.name, l.street, l.postalCode, l.city, l.country, l.timeZone, l.version});
}

QList<Location> LocationRepository::all() const
{
    QList<Location> out;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kLocationColumns +
                                              QStringLiteral(" FROM locations ORDER BY name, id"));
    while (q.next())
        out.append(toLocation(q));
    return out;
}

std::optional<Location> LocationRepository::get(const QString& id) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kLocationColumns +
                                              QStringLiteral(" FROM locations WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return toLocation(q);
}

std::optional<QString> LocationRepository::rename(const QString& id, const QString& newName, const QString& actor,
                                                  const QDateTime& at, AuditLog& audit)
{
    const QString name = newName.simplified();
    if (name.isEmpty())
        return QCoreApplication::translate("LocationRepository", "A location needs a name.");
    if (name.size() > 80)
        return QCoreApplication::translate("LocationRepository", "A location name can be at most 80 characters long.");
    ScopedTransaction tx(m_cache.db());
    std::optional<Location> old = get(id);
    if (!old)
        return QCoreApplication::translate("LocationRepository", "This location is no longer in the cache. Sync and try again.");
    if (old->name == name)
        return std::nullopt;
    sql::exec(m_cache.db(), QStringLiteral("UPDATE locations SET name = ? WHERE id = ?"), {name, id});
    audit.append(actor, QStringLiteral("location.rename"), QStringLiteral("location"), id,
                 {{QStringLiteral("name"), old->name}}, {{QStringLiteral("name"), name}}, at);
    tx.commit();
    return std::nullopt;
}

} // namespace comptoir
