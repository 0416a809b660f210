#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QList>

#include <functional>
#include <optional>

namespace comptoir {

class AuditLog;

// Terminals in the cache. Local edits (rename, move, deactivate) are validated, applied
// and written to the audit log in one transaction; they return a message for the user
// when refused.
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
