#pragma once

#include "catchqt.h"
#include "core/entities.h"
#include "store/cachedatabase.h"

#include <QTemporaryDir>

#include <memory>
#include <random>

namespace comptoir::test {

// A fresh cache file in a temporary directory, removed afterwards.
struct TempCache {
    TempCache();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<CacheDatabase> cache;
    CacheDatabase& operator*() { return *cache; }
};

// Two locations with two terminals each, written to the cache.
void addSites(CacheDatabase& cache);
inline const QStringList kLocations{QStringLiteral("loc-1"), QStringLiteral("loc-2")};
inline const QStringList kTerminals{QStringLiteral("term-1"), QStringLiteral("term-2"), QStringLiteral("term-3"),
                                    QStringLiteral("term-4")};

// A random but valid transaction at one of those terminals, within 60 days from 1 Mar 2026.
Transaction randomTransaction(std::mt19937_64& rng, int serial);

QByteArray fileBytes(const QString& path);

} // namespace comptoir::test
