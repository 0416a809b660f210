#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QList>

#include <optional>

namespace comptoir {

// The merchant, users, groups and their permissions.
class AccountRepository {
public:
    explicit AccountRepository(CacheDatabase& cache) : m_cache(cache) {}

    void setMerchant(const Merchant& merchant);
    std::optional<Merchant> merchant() const;

    void upsertGroup(const Group& group); // replaces its permissions
    void upsertUser(const User& user);    // replaces its group memberships
    QList<Group> groups() const;
    QList<User> users() const;
    std::optional<User> userByEmail(const QString& email) const;

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
