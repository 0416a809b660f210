#include "retry.h"

#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace comptoir {

PortalClient::Response withRetry(const RetryPolicy& policy, const std::function<PortalClient::Response()>& request)
{
    PortalClient::Response r;
    for (int attempt = 0; attempt < std::max(1, policy.maxAttempts); ++attempt) {
        if (attempt > 0) {
            const int cap = std::min(policy.backoffMaxMs, policy.backoffBaseMs << std::min(attempt - 1, 16));
            QThread::msleep(quint32(QRandomGenerator::global()->bounded(cap / 2 + 1) + cap / 2));
        }
        r = request();
        if (r.ok() || !r.error.isTransient())
            break;
    }
    return r;
}

} // namespace comptoir
