#include "outboxpusher.h"

#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace comptoir {

namespace {

struct Request {
    QByteArray method;
    QString path;
};

Request requestFor(const OutboxEntry& e)
{
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(e.entityId, "/"));
    if (e.kind == OutboxEntry::kRenameLocation)
        return {"PATCH", QStringLiteral("/locations/") + id};
    if (e.kind == OutboxEntry::kRenameTerminal || e.kind == OutboxEntry::kMoveTerminal)
        return {"PATCH", QStringLiteral("/terminals/") + id};
    if (e.kind == OutboxEntry::kDeactivateTerminal)
        return {"POST", QStringLiteral("/terminals/%1/deactivate").arg(id)};
    if (e.kind == OutboxEntry::kManualStatus)
        return {"POST", QStringLiteral("/transactions/%1/manual-status").arg(id)};
    if (e.kind == OutboxEntry::kSaveReceiptLayout)
        return {"PUT", QStringLiteral("/receipt-layouts/") + id};
    return {};
}

// Whether the portal's version already carries this edit: then the 412 only says that an
// earlier attempt got through and its answer was lost.
bool alreadyApplied(const QJsonObject& current, const OutboxEntry& e)
{
    if (e.kind == OutboxEntry::kDeactivateTerminal)
        return !current.value(QLatin1String("active")).toBool(true);
    if (e.kind == OutboxEntry::kManualStatus)
        return current.value(QLatin1String("status_origin")).toString() == QLatin1String("manual") &&
               current.value(QLatin1String("status")) == e.payload.value(QLatin1String("status")) &&
               current.value(QLatin1String("manual_status_by")).toString().compare(e.actor, Qt::CaseInsensitive) == 0;
    for (auto it = e.payload.begin(); it != e.payload.end(); ++it)
        if (current.value(it.key()) != it.value())
            return false;
    return !e.payload.isEmpty();
}

} // namespace

OutboxPusher::OutboxPusher(CacheDatabase& cache, PortalClient& client, RetryPolicy retry)
    : m_cache(cache), m_client(client), m_retry(retry)
{
}

QString OutboxPusher::rejectionMessage(const PortalError& error)
{
    const QString& code = error.code;
    if (error.kind == PortalError::Kind::Forbidden)
        return QCoreApplication::translate("OutboxPusher", "Your user groups on the portal do not allow this change. Ask your administrator.");
    if (code == QLatin1String("not_found"))
        return QCoreApplication::translate("OutboxPusher", "The portal no longer has this, or you may no longer see it.");
    if (code == QLatin1String("name_taken"))
        return QCoreApplication::translate("OutboxPusher", "Another active terminal already has this name. Deactivate that terminal first if this one replaces it.");
    if (code == QLatin1String("terminal_deactivated"))
        return QCoreApplication::translate("OutboxPusher", "The terminal was deactivated on the portal, so it can no longer be renamed.");
    if (code == QLatin1String("already_deactivated"))
        return QCoreApplication::translate("OutboxPusher", "The terminal was already deactivated on the portal.");
    if (code == QLatin1String("not_manual_intervention"))
        return QCoreApplication::translate("OutboxPusher", "The transaction no longer waits for a manual intervention: its status was settled on the portal.");
    if (code == QLatin1String("verifone_receipts"))
        return QCoreApplication::translate("OutboxPusher", "The terminals at this location are Verifone terminals: CCV support changes their receipts.");
    if (code == QLatin1String("invalid_name"))
        return QCoreApplication::translate("OutboxPusher", "The portal does not accept this name: it is empty or too long.");
    if (code == QLatin1String("unknown_location"))
        return QCoreApplication::translate("OutboxPusher", "The portal does not know the location the terminal was moved to.");
    if (code == QLatin1String("unprintable_character"))
        return QCoreApplication::translate("OutboxPusher",
            "The portal does not accept this receipt: a line has a character the terminals cannot print.");
    if (code == QLatin1String("too_many_lines") || code == QLatin1String("line_too_long") ||
        code == QLatin1String("invalid_logo") || code == QLatin1String("invalid_layout"))
        return QCoreApplication::translate("OutboxPusher", "The portal does not accept this receipt: too many lines, a line too long, or a logo it cannot print.");
    return error.message;
}

OutboxPusher::Result OutboxPusher::push()
{
    Result result;
    Outbox outbox(m_cache);
    AuditLog audit(m_cache);
    for (const OutboxEntry& e : outbox.entries(OutboxEntry::State::Pending)) {
        // Re-read: accepting an earlier edit of the same entity rebased this one.
        const std::optional<OutboxEntry> entry = outbox.get(e.seq);
        if (!entry || entry->state != OutboxEntry::State::Pending || outbox.blockedByEarlier(*entry))
            continue;
        const Request request = requestFor(*entry);
        if (request.method.isEmpty())
            continue;
        const PortalClient::Response r = withRetry(m_retry, [&] {
            return m_client.send(request.method, request.path, entry->payload, entry->ifMatch);
        });
        const QByteArray etag = r.headers.value("etag");
        if (r.ok()) {
            QJsonObject answer = r.json;
            if (answer.isEmpty())
                answer = QJsonDocument::fromJson(r.body).object();
            outbox.accepted(*entry, answer, etag);
            ++result.accepted;
            continue;
        }
        switch (r.error.kind) {
        case PortalError::Kind::Unreachable:
        case PortalError::Kind::Tls:
        case PortalError::Kind::Server:
        case PortalError::Kind::Unauthorized:
        case PortalError::Kind::Locked:
        case PortalError::Kind::BadAnswer:
        case PortalError::Kind::None:
            result.error = r.error;
            return result;
        case PortalError::Kind::Forbidden:
        case PortalError::Kind::Rejected:
            break;
        }
        if (r.status == 412) {
            const QJsonObject current = r.json.value(QLatin1String("current")).toObject();
            if (alreadyApplied(current, *entry)) {
                outbox.accepted(*entry, current, etag);
                ++result.accepted;
            } else {
                outbox.conflict(entry->seq, current, etag,
                                QCoreApplication::translate("OutboxPusher", "Someone changed this on the portal after you made your change."));
                ++result.conflicts;
            }
            continue;
        }
        outbox.rejected(*entry, rejectionMessage(r.error), QDateTime::currentDateTimeUtc(), audit);
        ++result.rejected;
    }
    return result;
}

} // namespace comptoir
