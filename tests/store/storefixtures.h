#pragma once

#include "catchqt.h"
#include "core/entities.h"
#include "store/cachedatabase.h"

#include <QTemporaryDir>

#include <map>
#include <memory>
#include <random>
#include <tuple>

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

// The hourly rollup, decoded: (day, location, terminal, currency, method, status, origin,
// hour, negative) → (count, sum). Fails the test on a damaged row or a cell that is empty
// or there twice.
using HourKey = std::tuple<qint64, QString, QString, QString, int, int, int, int, bool>;
using HourValues = std::pair<qint64, qint64>;
std::map<HourKey, HourValues> hourlyTable(CacheDatabase& c);
// The brute-force truth for it from the raw rows, each row's hour computed with QTimeZone
// (and checked against its stored local_hour).
std::map<HourKey, HourValues> bruteForceHourly(CacheDatabase& c);

} // namespace comptoir::test
