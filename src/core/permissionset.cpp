#include "permissionset.h"

namespace comptoir {

PermissionSet::PermissionSet(bool administrator, QList<Permission> grants)
    : m_admin(administrator), m_grants(std::move(grants))
{
}

PermissionSet PermissionSet::forUser(const User& user, const QList<Group>& groups)
{
    QList<Permission> grants;
    for (const Group& g : groups) {
        if (!user.groupIds.contains(g.id))
            continue;
        for (const Permission& p : g.permissions)
            if (!grants.contains(p))
                grants.append(p);
    }
    return PermissionSet(user.administrator, grants);
}

bool PermissionSet::allows(Menu menu) const
{
    if (m_admin)
        return true;
    for (const Permission& p : m_grants)
        if (p.menu == menu)
            return true;
    return false;
}

bool PermissionSet::allows(Menu menu, const QString& locationId) const
{
    if (m_admin)
        return true;
    for (const Permission& p : m_grants)
        if (p.menu == menu && (p.locationId.isEmpty() || p.locationId == locationId))
            return true;
    return false;
}

bool PermissionSet::allowsAllLocations(Menu menu) const
{
    if (m_admin)
        return true;
    for (const Permission& p : m_grants)
        if (p.menu == menu && p.locationId.isEmpty())
            return true;
    return false;
}

QStringList PermissionSet::permittedLocations(Menu menu, const QStringList& allLocationIds) const
{
    QStringList out;
    for (const QString& id : allLocationIds)
        if (allows(menu, id))
            out.append(id);
    return out;
}

} // namespace comptoir
