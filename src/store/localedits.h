#pragma once

#include "cachedatabase.h"
#include "core/entities.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace comptoir {

// The edits a user makes to portal data: applied to the cache at once, written to the
// audit log and queued in the outbox for the portal — all three in one database
// transaction, so an edit is never half made. Each returns a message for the user when
// the edit is refused (and then nothing changed), or nullopt.
class LocalEdits {
public:
    // actor: the signed-in user's e-mail address, as the portal records it.
    LocalEdits(CacheDatabase& cache, QString actor);

    std::optional<QString> renameLocation(const QString& locationId, const QString& name);
    std::optional<QString> renameTerminal(const QString& terminalId, const QString& name);
    std::optional<QString> moveTerminal(const QString& terminalId, const QString& locationId);
    std::optional<QString> deactivateTerminal(const QString& terminalId);
    std::optional<QString> setManualStatus(const QString& transactionId, TransactionStatus status);
    // The whole layout of a location, over the cached one (whose portal version it keeps).
    // Refused: too many lines, a line too long for the paper and text size, a logo over
    // 256 KiB, a location without an active PAX terminal, a layout not synced yet. The
    // characters are checked by the page and the portal (reports/ReceiptRules).
    std::optional<QString> saveReceiptLayout(const ReceiptLayout& layout);

    // Tests set the clock; by default it is the system's, in UTC.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    CacheDatabase& m_cache;
    QString m_actor;
    std::function<QDateTime()> m_clock;
};

} // namespace comptoir
