#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QList>

#include <optional>

namespace comptoir {

class AuditLog;

// The merchant's locations in the cache. A rename is a local edit, written to the
// audit log in the same transaction.
class LocationRepository {
public:
    explicit LocationRepository(CacheDatabase& cache) : m_cache(cache) {}

    void upsert(const Location& location);
    QList<Location> all() const; // by name
    std::optional<Location> get(const QString& id) const;

    // Returns an error message for the user, or nullopt on success.
    std::optional<QString> rename(const QString& id, const QString& newName, const QString& actor,
                                  const QDateTime& at, AuditLog& audit);

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
