#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QList>

#include <optional>

namespace comptoir {

class AuditLog;

// Locations and terminals in the cache. Local edits (rename, move, deactivate) are
// written to the audit log in the same transaction.
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

class TerminalRepository {
public:
    explicit TerminalRepository(CacheDatabase& cache) : m_cache(cache) {}

    void upsert(const Terminal& terminal);
    QList<Terminal> all() const; // by location, then name
    QList<Terminal> atLocation(const QString& locationId) const;
    std::optional<Terminal> get(const QString& id) const;

    std::optional<QString> rename(const QString& id, const QString& newName, const QString& actor,
                                  const QDateTime& at, AuditLog& audit);
    std::optional<QString> move(const QString& id, const QString& locationId, const QString& actor,
                                const QDateTime& at, AuditLog& audit);
    std::optional<QString> deactivate(const QString& id, const QString& actor, const QDateTime& at, AuditLog& audit);

private:
    std::optional<QString> change(const QString& id, const QString& action, const QString& actor,
                                  const QDateTime& at, AuditLog& audit,
                                  const std::function<std::optional<QString>(Terminal&)>& edit);
    CacheDatabase& m_cache;
};

} // namespace comptoir
