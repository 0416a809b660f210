#pragma once

#include "demogenerator.h"

#include <functional>

namespace comptoir {

class CacheDatabase;

// Writes a DemoGenerator's data straight into a cache, as a full sync would: the
// merchant, users, groups, locations, terminals, receipt layouts, periods and every
// transaction (in batches, each in one database transaction). `progress` gets the
// number of transactions written so far; returning false stops early.
struct DemoCacheStats {
    qint64 transactions = 0;
    qint64 periods = 0;
};
// The receipt layouts of the demo locations, one per location: 58 mm paper (80 mm at every
// third location), opening hours above and a thank-you and the exchange terms under the
// transaction in nl, fr and en, no logo. The same for the reference portal and the cache.
QList<ReceiptLayout> demoReceiptLayouts(const DemoGenerator& generator);

DemoCacheStats fillDemoCache(CacheDatabase& cache, const DemoGenerator& generator,
                             const std::function<bool(qint64)>& progress = {});

} // namespace comptoir
