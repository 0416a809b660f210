#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace comptoir {

// Periods (day closes) and their report PDFs, kept once fetched.
class PeriodRepository {
public:
    explicit PeriodRepository(CacheDatabase& cache) : m_cache(cache) {}

    void upsert(const Period& period); // keeps a stored PDF
    std::optional<Period> get(const QString& id) const;
    // Newest first; empty ids mean every location / terminal.
    QList<Period> list(const QString& locationId = {}, const QString& terminalId = {}, int limit = 1000) const;

    void storePdf(const QString& periodId, const QByteArray& pdf);
    std::optional<QByteArray> pdf(const QString& periodId) const; // nullopt until fetched

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
