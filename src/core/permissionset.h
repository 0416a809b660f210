#pragma once

#include "entities.h"

#include <QSet>

namespace comptoir {

// The effective rights of one user: the union of their groups' grants (menu × location).
// Administrators may do everything everywhere.
class PermissionSet {
public:
    PermissionSet() = default;
    PermissionSet(bool administrator, QList<Permission> grants);
    static PermissionSet forUser(const User& user, const QList<Group>& groups);

    bool isAdministrator() const { return m_admin; }
    bool allows(Menu menu) const;                                  // on at least one location
    bool allows(Menu menu, const QString& locationId) const;
    bool allowsAllLocations(Menu menu) const;
    // The permitted location ids for a menu among `allLocationIds`.
    QStringList permittedLocations(Menu menu, const QStringList& allLocationIds) const;
    const QList<Permission>& grants() const { return m_grants; }

private:
    bool m_admin = false;
    QList<Permission> m_grants;
};

} // namespace comptoir
