#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QList>

#include <optional>

namespace comptoir {

// Receipt layouts per location and language.
class ReceiptLayoutRepository {
public:
    explicit ReceiptLayoutRepository(CacheDatabase& cache) : m_cache(cache) {}
    void upsert(const ReceiptLayout& layout);
    std::optional<ReceiptLayout> get(const QString& locationId, Language language) const;
    QList<ReceiptLayout> forLocation(const QString& locationId) const;

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
