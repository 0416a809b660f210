#pragma once

#include "outboxpusher.h"
#include "portalclient.h"
#include "retry.h"

#include "core/permissionset.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace comptoir {

class CacheDatabase;

// Brings a cache up to date with a portal: first everything, then only what changed since
// the stored cursors. Each page of a feed and its cursor are committed in one database
// transaction, so an interruption at any moment — a cut connection, a killed process, a
// power cut — loses nothing and duplicates nothing, and the next run resumes after the
// last committed page. Pages are applied as they arrive: memory does not grow with history.
// Transient failures are retried with exponential backoff and jitter; authentication
// failures stop at once.
class SyncEngine {
public:
    struct Options {
        int maxAttempts = 8;          // per request
        int backoffBaseMs = 250;      // doubled per attempt, plus jitter
        int backoffMaxMs = 15000;
        int pageSize = 5000;
    };
    struct Progress {
        qint64 transactions = 0; // received in this run
        qint64 periods = 0;
        QString stage;           // translated: what is being synced now
    };
    struct Result {
        bool ok = false;
        bool cancelled = false;
        PortalError error;       // when not ok
        Progress totals;
        OutboxPusher::Result outbox; // what became of the local edits sent first
    };
    // Return false from the callback to stop (after the current page is committed).
    using ProgressCallback = std::function<bool(const Progress&)>;

    SyncEngine(CacheDatabase& cache, PortalClient& client, Options options, ProgressCallback progress = {});
    SyncEngine(CacheDatabase& cache, PortalClient& client) : SyncEngine(cache, client, Options{}) {}

    Result run();

    // Meta keys in the cache.
    static inline const QString kTransactionsCursor = QStringLiteral("sync.cursor.transactions");
    static inline const QString kPeriodsCursor = QStringLiteral("sync.cursor.periods");
    static inline const QString kLastSynced = QStringLiteral("sync.last_synced_at");
    static inline const QString kPermissions = QStringLiteral("sync.permissions");

    // What the signed-in user may do, as the portal said at the last sync (GET /me);
    // nullopt for a cache that was never synced (demo-cache files: everything is shown).
    static std::optional<PermissionSet> cachedPermissions(const CacheDatabase& cache);

private:
    RetryPolicy retryPolicy() const { return {m_options.maxAttempts, m_options.backoffBaseMs, m_options.backoffMaxMs}; }
    PortalClient::Response getWithRetry(const QString& path, Result& result);
    bool syncReference(Result& result);
    bool syncFeed(const QString& resource, const QString& cursorKey, Result& result);
    bool report(Result& result);

    CacheDatabase& m_cache;
    PortalClient& m_client;
    Options m_options;
    ProgressCallback m_progress;
    Progress m_now;
};

} // namespace comptoir
