#pragma once

#include "core/enums.h"
#include "portalclient.h"
#include "retry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace comptoir {

class CacheDatabase;

// Day-close report PDFs, fetched from the portal on demand and then kept in the cache, so
// a report opened once opens again offline. A report is kept in the language it was first
// fetched in (it is the same day close either way).
class PeriodReports {
public:
    PeriodReports(CacheDatabase& cache, PortalClient* client, RetryPolicy retry = {});

    struct Result {
        std::optional<QByteArray> pdf;
        bool fromCache = false;
        PortalError error; // when no pdf: why (translated message)
    };
    // The kept PDF, or fetches it (client may be null: offline, the cache only).
    Result report(const QString& periodId, Language language);

private:
    CacheDatabase& m_cache;
    PortalClient* m_client;
    RetryPolicy m_retry;
};

} // namespace comptoir
