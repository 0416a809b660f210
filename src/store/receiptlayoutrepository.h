#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QList>

#include <optional>

namespace comptoir {

// The receipt layout of each location (logo, paper, texts in every language), as the
// portal last sent it or as the user edited it (LocalEdits).
class ReceiptLayoutRepository {
public:
    explicit ReceiptLayoutRepository(CacheDatabase& cache) : m_cache(cache) {}
    void upsert(const ReceiptLayout& layout);
    void remove(const QString& locationId);
    std::optional<ReceiptLayout> get(const QString& locationId) const;
    QList<ReceiptLayout> all() const; // by location id

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
