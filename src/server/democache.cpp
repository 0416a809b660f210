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

ReceiptLine line(const char* text, TextAlignment alignment = TextAlignment::Center, bool bold = false)
{
    return { QString::fromUtf8(text), alignment, bold, false };
}

} // namespace

QList<ReceiptLayout> demoReceiptLayouts(const DemoGenerator& generator)
{
    QList<ReceiptLayout> out;
    int index = 0;
    for (const Location& l : generator.locations()) {
        ReceiptLayout r;
        r.locationId = l.id;
        r.paperWidth = index % 3 == 1 ? PaperWidth::Mm80 : PaperWidth::Mm58;
        r.printCustomerReceiptByDefault = index % 4 != 3;
        r.textsFor(Language::Nl) = { { line("Open di-za 7u30-18u") },
            { line("Bedankt en tot ziens!", TextAlignment::Center, true), line("Ruilen binnen 14 dagen"),
                line("met dit ticket.") } };
        r.textsFor(Language::Fr) = { { line("Ouvert mar-sam 7h30-18h") },
            { line("Merci et à bientôt !", TextAlignment::Center, true), line("Échange sous 14 jours"),
                line("avec ce ticket.") } };
        r.textsFor(Language::En) = { { line("Open Tue-Sat 7:30-18:00") },
            { line("Thank you, see you soon!", TextAlignment::Center, true), line("Exchanges within 14 days"),
                line("with this receipt.") } };
        r.etag = QStringLiteral("\"1\"");
        out.append(r);
        ++index;
    }
    return out;
}

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
        for (const Location& l : generator.locations())
            locations.upsert(l);
        TerminalRepository terminals(cache);
        for (const Terminal& t : generator.terminals())
            terminals.upsert(t);
        ReceiptLayoutRepository layouts(cache);
        for (const ReceiptLayout& r : demoReceiptLayouts(generator))
            layouts.upsert(r);
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
