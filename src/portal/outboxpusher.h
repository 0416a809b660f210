#pragma once

#include "portalclient.h"
#include "retry.h"

namespace comptoir {

class CacheDatabase;

// Sends the outbox's pending edits to the portal, oldest first, each with If-Match on the
// version it was made on. Accepted: the edit leaves the outbox and the cache takes the
// portal's answer. 412: a conflict for the user to settle (unless the portal already has
// exactly this edit, e.g. an answer lost on the way back). 403 or another 4xx: rejected —
// undone in the cache, kept for the user to see. No connection or the session ended: the
// push stops and every remaining edit waits for the next one.
class OutboxPusher {
public:
    struct Result {
        int accepted = 0;
        int conflicts = 0;
        int rejected = 0;
        PortalError error; // why the push stopped early; kind None when it went through
        bool ok() const { return error.kind == PortalError::Kind::None; }
    };

    OutboxPusher(CacheDatabase& cache, PortalClient& client, RetryPolicy retry = {});
    Result push();

    // The translated reason for a refusal, from the portal's error code.
    static QString rejectionMessage(const PortalError& error);

private:
    CacheDatabase& m_cache;
    PortalClient& m_client;
    RetryPolicy m_retry;
};

} // namespace comptoir
