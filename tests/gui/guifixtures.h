#pragma once

#include "store/storefixtures.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace comptoir::test {

// A cache with the store fixtures' two locations and four terminals, a merchant, and
// `count` random transactions (1 Mar – 30 Apr 2026) of which every 50th got its status
// set by hand.
struct FilledCache : TempCache {
    explicit FilledCache(int count = 3000);
    int count = 0;
};

inline const QString kMerchantName = QStringLiteral("Bakkerij Janssens BV");

// Stores permissions as SyncEngine stores GET /me: grants per menu code ("transactions",
// "day_closes", ...) with their location ids.
void setPermissions(CacheDatabase& cache, const QList<std::pair<QString, QStringList>>& grants,
                    bool administrator = false, const QString& email = QStringLiteral("anais@bakkerij-janssens.be"));

// A transaction resolved by hand by "Anaïs Dubois" on 30 Apr 2026 at 22:20 UTC (00:20 on
// 1 May in Brussels), at loc-1.
Transaction manualTransaction(const QString& id);

} // namespace comptoir::test
