#include "terminalchoices.h"

#include "store/locationrepository.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace comptoir {

QList<TerminalChoice> terminalChoices(CacheDatabase& cache, const QStringList& permitted, const QStringList& chosen)
{
    QList<Terminal> terminals;
    QHash<QString, QString> locationNames;
    try {
        terminals = TerminalRepository(cache).all();
        for (const Location& l : LocationRepository(cache).all())
            locationNames.insert(l.id, l.name);
    } catch (const StoreError&) {
        return {};
    }
    QList<TerminalChoice> out;
    for (const Terminal& t : std::as_const(terminals)) {
        if (!permitted.contains(t.locationId) || (!chosen.isEmpty() && !chosen.contains(t.locationId)))
            continue;
        QString text = chosen.size() == 1
                           ? t.name
                           : QCoreApplication::translate("TerminalChoice", "%1 (%2)", "terminal (location)")
                                 .arg(t.name, locationNames.value(t.locationId));
        if (!t.active)
            text = QCoreApplication::translate("TerminalChoice", "%1 — deactivated", "terminal").arg(text);
        out.append({t.id, text});
    }
    return out;
}

} // namespace comptoir
