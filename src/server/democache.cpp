#include "democache.h"

#include "store/accountrepository.h"
#include "store/receiptlayoutrepository.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/terminalrepository.h"
#include "store/periodrepository.h"
#include "store/scopedtransaction.h"
#include "store/transactionrepository.h"

#include <vector>

namespace comptoir {

namespace {

// What a shop typically prints under its receipts, per language.
ReceiptLayout demoLayout(const Location& l, Language language)
{
    ReceiptLayout r;
    r.locationId = l.id;
    r.language = language;
    r.headerLines = {l.name, l.street, l.postalCode + QLatin1Char(' ') + l.city};
    switch (language) {
    case Language::Nl:
        r.footerLines = {QStringLiteral("Bedankt voor uw bezoek!"), QStringLiteral("Ruilen binnen 14 dagen met kassabon.")};
        break;
    case Language::Fr:
        r.footerLines = {QStringLiteral("Merci de votre visite !"), QStringLiteral("Échange sous 14 jours avec le ticket.")};
        break;
    case Language::En:
        r.footerLines = {QStringLiteral("Thank you for your visit!"), QStringLiteral("Exchanges within 14 days with receipt.")};
        break;
    }
    r.printCustomerReceiptByDefault = true;
    r.etag = QStringLiteral("\"demo-1\"");
    return r;
}

} // namespace

DemoCacheStats fillDemoCache(CacheDatabase& cache, const DemoGenerator& generator,
                             const std::function<bool(qint64)>& progress)
{
    DemoCacheStats stats;
    {
        ScopedTransaction tx(cache.db());
        AccountRepository accounts(cache);
        accounts.setMerchant(generator.merchant());
        for (const Group& g : generator.groups())
            accounts.upsertGroup(g);
        for (const User& u : generator.users())
            accounts.upsertUser(u);
        LocationRepository locations(cache);
        ReceiptLayoutRepository layouts(cache);
        for (const Location& l : generator.locations()) {
            locations.upsert(l);
            for (Language lang : kAllLanguages)
                layouts.upsert(demoLayout(l, lang));
        }
        TerminalRepository terminals(cache);
        for (const Terminal& t : generator.terminals())
            terminals.upsert(t);
        tx.commit();
    }

    TransactionRepository transactions(cache);
    PeriodRepository periods(cache);
    std::vector<Transaction> batch;
    std::vector<Period> closed;
    constexpr std::size_t kBatch = 5000;
    bool stopped = false;
    const auto flush = [&] {
        ScopedTransaction tx(cache.db());
        for (const Period& p : closed)
            periods.upsert(p);
        transactions.upsert(batch);
        tx.commit();
        stats.transactions += qint64(batch.size());
        stats.periods += qint64(closed.size());
        batch.clear();
        closed.clear();
        if (progress && !progress(stats.transactions))
            stopped = true;
    };
    generator.generate(
        [&](const Transaction& t) {
            if (stopped)
                return;
            batch.push_back(t);
            if (batch.size() >= kBatch)
                flush();
        },
        [&](const Period& p) {
            if (!stopped)
                closed.push_back(p);
        });
    if (!stopped)
        flush();
    return stats;
}

} // namespace comptoir
