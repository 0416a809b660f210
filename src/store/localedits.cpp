#include "localedits.h"

#include "auditlog.h"
#include "core/apijson.h"
#include "locationrepository.h"
#include "outbox.h"
#include "receiptlayoutrepository.h"
#include "scopedtransaction.h"
#include "terminalrepository.h"
#include "transactionrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir {

namespace {

QByteArray etagOf(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

// What the audit log keeps of a layout: its settings and texts, and the logo by its fingerprint.
QJsonObject layoutAudit(const ReceiptLayout& l)
{
    QJsonObject o = api::toJsonObject(l);
    o.remove(QStringLiteral("logo_png"));
    o.insert(QStringLiteral("logo_sha256"),
        l.logoPng.isEmpty()
            ? QString()
            : QString::fromLatin1(QCryptographicHash::hash(l.logoPng, QCryptographicHash::Sha256).toHex()));
    return o;
}

} // namespace

LocalEdits::LocalEdits(CacheDatabase& cache, QString actor)
    : m_cache(cache), m_actor(std::move(actor)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

namespace {

// Runs a repository edit, and when it changed the entity, queues it.
template <typename Get, typename Edit>
std::optional<QString> queued(CacheDatabase& cache, const QString& actor, const QDateTime& at, const QString& kind,
                              const QString& entityId, const QJsonObject& payload, Get get, Edit edit)
{
    ScopedTransaction tx(cache.db());
    const auto before = get();
    AuditLog audit(cache);
    if (std::optional<QString> refused = edit(audit))
        return refused;
    const auto after = get();
    if (!before || !after || *before == *after)
        return std::nullopt; // nothing changed, nothing to send
    OutboxEntry e;
    e.createdAt = at;
    e.actor = actor;
    e.kind = kind;
    e.entityId = entityId;
    e.payload = payload;
    e.ifMatch = etagOf(before->version);
    if constexpr (std::is_same_v<std::decay_t<decltype(*before)>, Transaction>)
        e.before = QJsonDocument::fromJson(api::toJson(*before)).object();
    else
        e.before = api::toJsonObject(*before);
    Outbox(cache).enqueue(e);
    tx.commit();
    return std::nullopt;
}

} // namespace

std::optional<QString> LocalEdits::renameLocation(const QString& id, const QString& name)
{
    const QDateTime at = m_clock();
    LocationRepository repo(m_cache);
    return queued(m_cache, m_actor, at, OutboxEntry::kRenameLocation, id, {{QStringLiteral("name"), name.simplified()}},
                  [&] { return repo.get(id); }, [&](AuditLog& audit) { return repo.rename(id, name, m_actor, at, audit); });
}

std::optional<QString> LocalEdits::renameTerminal(const QString& id, const QString& name)
{
    const QDateTime at = m_clock();
    TerminalRepository repo(m_cache);
    return queued(m_cache, m_actor, at, OutboxEntry::kRenameTerminal, id, {{QStringLiteral("name"), name.simplified()}},
                  [&] { return repo.get(id); }, [&](AuditLog& audit) { return repo.rename(id, name, m_actor, at, audit); });
}

std::optional<QString> LocalEdits::moveTerminal(const QString& id, const QString& locationId)
{
    const QDateTime at = m_clock();
    TerminalRepository repo(m_cache);
    return queued(m_cache, m_actor, at, OutboxEntry::kMoveTerminal, id, {{QStringLiteral("location_id"), locationId}},
                  [&] { return repo.get(id); }, [&](AuditLog& audit) { return repo.move(id, locationId, m_actor, at, audit); });
}

std::optional<QString> LocalEdits::deactivateTerminal(const QString& id)
{
    const QDateTime at = m_clock();
    TerminalRepository repo(m_cache);
    return queued(m_cache, m_actor, at, OutboxEntry::kDeactivateTerminal, id, {}, [&] { return repo.get(id); },
                  [&](AuditLog& audit) { return repo.deactivate(id, m_actor, at, audit); });
}

std::optional<QString> LocalEdits::setManualStatus(const QString& id, TransactionStatus status)
{
    const QDateTime at = m_clock();
    TransactionRepository repo(m_cache);
    return queued(m_cache, m_actor, at, OutboxEntry::kManualStatus, id, {{QStringLiteral("status"), toCode(status)}},
                  [&] { return repo.get(id); },
                  [&](AuditLog& audit) { return repo.setManualStatus(id, status, m_actor, at, audit); });
}

std::optional<QString> LocalEdits::saveReceiptLayout(const ReceiptLayout& layout)
{
    const int limit = receiptLineLimit(layout.paperWidth, layout.font);
    for (const ReceiptTexts& texts : layout.texts) {
        if (texts.header.size() > kMaxReceiptLines || texts.footer.size() > kMaxReceiptLines)
            return QCoreApplication::translate(
                "LocalEdits", "A receipt has at most %1 header lines and %1 footer lines in each language.")
                .arg(kMaxReceiptLines);
        for (const QList<ReceiptLine>* lines : { &texts.header, &texts.footer })
            for (const ReceiptLine& line : *lines)
                if (line.text.size() > limit)
                    return QCoreApplication::translate(
                        "LocalEdits", "The line “%1” is longer than the %2 characters a line of this receipt can hold.")
                        .arg(line.text)
                        .arg(limit);
    }
    if (layout.logoPng.size() > kMaxLogoBytes)
        return QCoreApplication::translate("LocalEdits", "The logo is larger than 256 KiB. Use a smaller black-and-white image.");

    const QDateTime at = m_clock();
    ReceiptLayoutRepository repo(m_cache);
    ScopedTransaction tx(m_cache.db());
    const std::optional<ReceiptLayout> before = repo.get(layout.locationId);
    if (!before)
        return QCoreApplication::translate("LocalEdits", "This location's receipt is not in the cache yet. Sync and try again.");
    bool pax = false;
    for (const Terminal& t : TerminalRepository(m_cache).all())
        pax = pax || (t.locationId == layout.locationId && t.active && t.isPax());
    if (!pax)
        return QCoreApplication::translate(
            "LocalEdits", "The terminals at this location are Verifone terminals: CCV support changes their receipts.");
    ReceiptLayout after = layout;
    after.etag = before->etag; // the portal's version until it answers
    if (after == *before)
        return std::nullopt;
    repo.upsert(after);
    AuditLog(m_cache).append(m_actor, OutboxEntry::kSaveReceiptLayout, QStringLiteral("receipt_layout"),
        layout.locationId, layoutAudit(*before), layoutAudit(after), at);
    QJsonObject body = api::toJsonObject(after);
    body.remove(QStringLiteral("location_id"));
    OutboxEntry e;
    e.createdAt = at;
    e.actor = m_actor;
    e.kind = OutboxEntry::kSaveReceiptLayout;
    e.entityId = layout.locationId;
    e.payload = body;
    e.ifMatch = before->etag.toLatin1();
    e.before = api::toJsonObject(*before);
    Outbox(m_cache).enqueue(e);
    tx.commit();
    return std::nullopt;
}

} // namespace comptoir
