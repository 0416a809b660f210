#pragma once

#include "dayclosereport.h"
#include "store/cachedatabase.h"

#include <optional>

namespace comptoir {

// The day-close data of one period as the cache holds it: the merchant, the period's
// location and terminal, and its transactions (read in pages, oldest first). nullopt when
// the period is not in the cache. The report made from it is marked as made locally.
std::optional<DayCloseData> loadDayClose(CacheDatabase& cache, const QString& periodId);

} // namespace comptoir
