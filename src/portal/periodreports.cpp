#include "periodreports.h"

#include "store/cachedatabase.h"
#include "store/periodrepository.h"

#include <QCoreApplication>

namespace comptoir {

PeriodReports::PeriodReports(CacheDatabase& cache, PortalClient* client, RetryPolicy retry)
    : m_cache(cache), m_client(client), m_retry(retry)
{
}

PeriodReports::Result PeriodReports::report(const QString& periodId, Language language)
{
    Result result;
    PeriodRepository periods(m_cache);
    if (std::optional<QByteArray> kept = periods.pdf(periodId)) {
        result.pdf = std::move(kept);
        result.fromCache = true;
        return result;
    }
    const std::optional<Period> period = periods.get(periodId);
    if (!period) {
        result.error.kind = PortalError::Kind::Rejected;
        result.error.message = QCoreApplication::translate("PeriodReports", "This day close is not in the cache. Sync and try again.");
        return result;
    }
    if (!period->closedAt.isValid()) {
        result.error.kind = PortalError::Kind::Rejected;
        result.error.message = QCoreApplication::translate("PeriodReports", "This period is still open: its day-close report exists once the terminal closes the day.");
        return result;
    }
    if (!m_client) {
        result.error.kind = PortalError::Kind::Unreachable;
        result.error.message = QCoreApplication::translate("PeriodReports", "This day-close report has not been downloaded yet, and Comptoir is offline. It is fetched the first time you open it while online.");
        return result;
    }
    const QString path = QStringLiteral("/periods/%1/report?lang=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(periodId)), toCode(language));
    const PortalClient::Response r = withRetry(m_retry, [&] { return m_client->get(path); });
    if (!r.ok()) {
        result.error = r.error;
        if (r.error.code == QLatin1String("period_open"))
            result.error.message = QCoreApplication::translate("PeriodReports", "This period is still open: its day-close report exists once the terminal closes the day.");
        else if (r.error.status == 404)
            result.error.message = QCoreApplication::translate("PeriodReports", "The portal has no report for this day close.");
        return result;
    }
    if (!r.body.startsWith("%PDF-")) {
        result.error.kind = PortalError::Kind::BadAnswer;
        result.error.message = QCoreApplication::translate("PeriodReports", "The portal sent a day-close report that is not a PDF. Nothing was kept.");
        return result;
    }
    periods.storePdf(periodId, r.body);
    result.pdf = r.body;
    return result;
}

} // namespace comptoir
