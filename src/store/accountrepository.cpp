#include "accountrepository.h"

#include "scopedtransaction.h"
#include "sql.h"

namespace comptoir {

void AccountRepository::setMerchant(const Merchant& m)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM merchant"));
    sql::exec(m_cache.db(), QStringLiteral("INSERT INTO merchant (id, name, country, vat_number) VALUES (?,?,?,?)"),
              {m.id, m.name, m.country, m.vatNumber});
    tx.commit();
}

std::optional<Merchant> AccountRepository::merchant() const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT id, name, country, vat_number FROM merchant"));
    if (!q.next())
        return std::nullopt;
    return Merchant{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

void AccountRepository::upsertGroup(const Group& g)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO groups (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
              {g.id, g.name});
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM group_permissions WHERE group_id = ?"), {g.id});
    for (const Permission& p : g.permissions)
        sql::exec(m_cache.db(),
                  QStringLiteral("INSERT INTO group_permissions (group_id, menu, location_id) VALUES (?,?,?) "
                                 "ON CONFLICT DO NOTHING"),
                  {g.id, static_cast<int>(p.menu), p.locationId});
    tx.commit();
}

void AccountRepository::upsertUser(const User& u)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO users (id, email, name, administrator, two_factor, active) VALUES (?,?,?,?,?,?) "
                             "ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, "
                             "administrator = excluded.administrator, two_factor = excluded.two_factor, "
                             "active = excluded.active"),
              {u.id, u.email, u.name, u.administrator ? 1 : 0, u.twoFactor ? 1 : 0, u.active ? 1 : 0});
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM user_groups WHERE user_id = ?"), {u.id});
    for (const QString& g : u.groupIds)
        sql::exec(m_cache.db(), QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                  {u.id, g});
    tx.commit();
}

QList<Group> AccountRepository::groups() const
{
    QList<Group> out;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT id, name FROM groups ORDER BY name, id"));
    while (q.next())
        out.append(Group{q.value(0).toString(), q.value(1).toString(), {}});
    for (Group& g : out) {
        QSqlQuery p = sql::exec(m_cache.db(),
                                QStringLiteral("SELECT menu, location_id FROM group_permissions WHERE group_id = ? "
                                               "ORDER BY menu, location_id"),
                                {g.id});
        while (p.next())
            if (auto menu = enumFromInt<Menu>(p.value(0).toInt()))
                g.permissions.append(Permission{*menu, p.value(1).toString()});
    }
    return out;
}

QList<User> AccountRepository::users() const
{
    QList<User> out;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT id, email, name, administrator, two_factor, active "
                                                         "FROM users ORDER BY name, id"));
    while (q.next())
        out.append(User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                        q.value(4).toInt() != 0, q.value(5).toInt() != 0, {}});
    for (User& u : out) {
        QSqlQuery g = sql::exec(m_cache.db(), QStringLiteral("SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id"),
                                {u.id});
        while (g.next())
            u.groupIds.append(g.value(0).toString());
    }
    return out;
}

std::optional<User> AccountRepository::userByEmail(const QString& email) const
{
    for (const User& u : users())
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u;
    return std::nullopt;
}

} // namespace comptoir
