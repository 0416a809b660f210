#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {

class CacheDatabase;

// A terminal as the filters offer it: "Kassa 1", or "Kassa 1 (Bakkerij Goossens)" when
// several locations are listed, marked when deactivated.
struct TerminalChoice {
    QString id;
    QString text;
};

// The terminals at `permitted` locations, restricted to `chosen` ones when any are given,
// by location then name. A cache that cannot be read gives none (the page says why).
QList<TerminalChoice> terminalChoices(CacheDatabase& cache, const QStringList& permitted, const QStringList& chosen);

} // namespace comptoir
