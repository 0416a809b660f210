#include "daycloseloader.h"

#include "store/accountrepository.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <algorithm>

namespace comptoir {

std::optional<DayCloseData> loadDayClose(CacheDatabase& cache, const QString& periodId)
{
    const std::optional<Period> period = PeriodRepository(cache).get(periodId);
    if (!period)
        return std::nullopt;
    DayCloseData data;
    data.period = *period;
    data.madeLocally = true;
    data.merchant = AccountRepository(cache).merchant().value_or(Merchant {});
    data.location = LocationRepository(cache).get(period->locationId).value_or(Location {});
    data.terminal = TerminalRepository(cache).get(period->terminalId).value_or(Terminal {});
    if (data.location.id.isEmpty())
        data.location.id = period->locationId;
    if (data.terminal.id.isEmpty())
        data.terminal.id = period->terminalId;
    constexpr int kPage = 5000;
    TransactionRepository transactions(cache);
    TransactionFilter filter;
    filter.periodId = periodId;
    TransactionCursor after;
    for (;;) {
        const QList<Transaction> page = transactions.page(filter, after, kPage);
        data.transactions.append(page);
        if (page.size() < kPage)
            break;
        after = TransactionRepository::cursorOf(page.constLast());
    }
    std::reverse(data.transactions.begin(), data.transactions.end()); // oldest first, as the portal lists them
    return data;
}

} // namespace comptoir
