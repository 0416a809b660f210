#pragma once

#include "portalclient.h"

#include <functional>

namespace comptoir {

// How often and how patiently a request is repeated after a transient failure (no
// connection, a cut answer, a time-out, a 5xx).
struct RetryPolicy {
    int maxAttempts = 8;
    int backoffBaseMs = 250;  // doubled per attempt, with jitter
    int backoffMaxMs = 15000;
};

// Calls `request` until it succeeds, fails for good, or the attempts run out — waiting
// between attempts with exponential backoff and full jitter, so a crowd of clients does
// not come back at the same moment. Only transient failures are retried: a request with
// If-Match is then safe to repeat, since a repeat of one that was applied gets a 412.
PortalClient::Response withRetry(const RetryPolicy& policy, const std::function<PortalClient::Response()>& request);

} // namespace comptoir
