#pragma once

#include "core/entities.h"
#include "store/storefixtures.h"

#include <QList>

namespace comptoir::test {

// A cache for export tests: the store fixtures' two Belgian locations (Europe/Brussels,
// four terminals), a shop on Bonaire (America/Kralendijk, UTC−4, US dollars) with one
// terminal, a merchant, a period per terminal and day, and hand-made transactions that
// cover every status, a manual status, refunds, vouchers, a payment after local midnight,
// and references with ; " line breaks, é ç and a would-be formula.
struct ExportCache : TempCache {
    ExportCache();
    // Adds `count` random transactions (store fixtures) and keeps them in `transactions`.
    void addRandom(int count, int seed = 7);
    void add(const Transaction& t);
    QList<Transaction> transactions; // what the cache holds
};

inline const QString kBonaire = QStringLiteral("loc-3");
inline const QString kBonaireTerminal = QStringLiteral("term-5");
inline const QString kAnais = QStringLiteral("Anaïs Dubois");
inline const QString kFrancois = QStringLiteral("François Çelik");

// The names merchants know from MyCCV, per language: what an export must print.
QString statusName(TransactionStatus s, Language l);
QString originName(StatusOrigin o, Language l);

// The translation of `source` in `context`, or the source while the language has none.
QString translated(Language l, const char* context, const char* source);

} // namespace comptoir::test
