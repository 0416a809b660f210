#include "outbox.h"

#include "auditlog.h"
#include "core/apijson.h"
#include "locationrepository.h"
#include "receiptlayoutrepository.h"
#include "scopedtransaction.h"
#include "sql.h"
#include "storeerror.h"
#include "terminalrepository.h"
#include "transactionrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace comptoir {

namespace {

const QString kColumns = QStringLiteral("seq, created_utc, actor, kind, entity_id, payload_json, if_match, before_json, "
                                        "state, message, portal_json, portal_etag");

QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

OutboxEntry toEntry(const QSqlQuery& q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.createdAt = sql::toTime(q.value(1));
    e.actor = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.entityId = q.value(4).toString();
    e.payload = parse(q.value(5).toString());
    e.ifMatch = q.value(6).toString().toLatin1();
    e.before = parse(q.value(7).toString());
    e.state = static_cast<OutboxEntry::State>(q.value(8).toInt());
    e.message = q.value(9).toString();
    e.portalVersion = parse(q.value(10).toString());
    e.portalEtag = q.value(11).toString().toLatin1();
    return e;
}

QList<OutboxEntry> select(CacheDatabase& cache, const QString& where, std::initializer_list<QVariant> binds)
{
    QSqlQuery q = sql::exec(cache.db(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox ") + where +
                                            QStringLiteral(" ORDER BY seq"),
                            binds);
    QList<OutboxEntry> out;
    while (q.next())
        out.append(toEntry(q));
    return out;
}

} // namespace

qint64 Outbox::enqueue(OutboxEntry e)
{
    ScopedTransaction tx(m_cache.db());
    QSqlQuery last = sql::exec(m_cache.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outbox"));
    last.next();
    e.seq = last.value(0).toLongLong() + 1;
    sql::exec(m_cache.db(), QStringLiteral("INSERT INTO outbox (") + kColumns + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
              {e.seq, sql::fromTime(e.createdAt), e.actor, e.kind, e.entityId, compact(e.payload),
               QString::fromLatin1(e.ifMatch), compact(e.before), static_cast<int>(e.state), e.message,
               compact(e.portalVersion), QString::fromLatin1(e.portalEtag)});
    tx.commit();
    return e.seq;
}

QList<OutboxEntry> Outbox::entries() const
{
    return select(m_cache, {}, {});
}

QList<OutboxEntry> Outbox::entries(OutboxEntry::State state) const
{
    return select(m_cache, QStringLiteral("WHERE state = ?"), {static_cast<int>(state)});
}

std::optional<OutboxEntry> Outbox::get(qint64 seq) const
{
    const QList<OutboxEntry> found = select(m_cache, QStringLiteral("WHERE seq = ?"), {seq});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 Outbox::count(OutboxEntry::State state) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"), {static_cast<int>(state)});
    q.next();
    return q.value(0).toLongLong();
}

bool Outbox::blockedByEarlier(const OutboxEntry& entry) const
{
    // The same entity: the same id and the same kind of thing (a location and its receipt
    // layout share the location's id).
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT 1 FROM outbox WHERE entity_id = ? AND kind LIKE ? AND seq < ? "
                       "AND state IN (0, 1) LIMIT 1"),
        { entry.entityId, entry.entity() + QStringLiteral(".%"), entry.seq });
    return q.next();
}

QJsonObject Outbox::withEdit(const QJsonObject& base, const OutboxEntry& e)
{
    QJsonObject out = base;
    if (e.kind == OutboxEntry::kDeactivateTerminal) {
        out.insert(QStringLiteral("active"), false);
        out.insert(QStringLiteral("deactivated_at"), api::timeToJson(e.createdAt));
    } else if (e.kind == OutboxEntry::kManualStatus) {
        out.insert(QStringLiteral("status"), e.payload.value(QLatin1String("status")));
        out.insert(QStringLiteral("status_origin"), QStringLiteral("manual"));
        out.insert(QStringLiteral("manual_status_by"), e.actor);
        out.insert(QStringLiteral("manual_status_at"), api::timeToJson(e.createdAt));
    } else {
        // Renames, moves and layouts send the fields they change, under their API names.
        for (auto it = e.payload.begin(); it != e.payload.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

void Outbox::applyPortalEntity(const OutboxEntry& e, const QJsonObject& json, const QByteArray& etag)
{
    const QString entity = e.entity();
    if (entity == QLatin1String("location")) {
        if (auto l = api::locationFromJson(json).value)
            LocationRepository(m_cache).upsert(*l);
    } else if (entity == QLatin1String("terminal")) {
        if (auto t = api::terminalFromJson(json).value)
            TerminalRepository(m_cache).upsert(*t);
    } else if (entity == QLatin1String("transaction")) {
        if (auto t = api::transactionFromJson(json).value)
            TransactionRepository(m_cache).replace(*t);
    } else if (entity == QLatin1String("receipt_layout")) {
        if (json.isEmpty()) {
            ReceiptLayoutRepository(m_cache).remove(e.entityId);
        } else if (auto l = api::receiptLayoutFromJson(json).value) {
            l->etag = QString::fromLatin1(etag);
            ReceiptLayoutRepository(m_cache).upsert(*l);
        }
    }
}

void Outbox::accepted(const OutboxEntry& e, const QJsonObject& answer, const QByteArray& etag)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {e.seq});
    // Later edits of this entity still waiting were made on top of this one: they now
    // build on the portal's new version, and are shown on top of it.
    QJsonObject current = answer;
    const QList<OutboxEntry> later
        = select(m_cache, QStringLiteral("WHERE entity_id = ? AND kind LIKE ? AND state = 0"),
            { e.entityId, e.entity() + QStringLiteral(".%") });
    for (const OutboxEntry& next : later) {
        sql::exec(m_cache.db(), QStringLiteral("UPDATE outbox SET if_match = ?, before_json = ? WHERE seq = ?"),
                  {QString::fromLatin1(etag), compact(current), next.seq});
        current = withEdit(current, next);
    }
    applyPortalEntity(e, current, etag);
    tx.commit();
}

void Outbox::conflict(qint64 seq, const QJsonObject& portalVersion, const QByteArray& etag, const QString& message)
{
    sql::exec(m_cache.db(), QStringLiteral("UPDATE outbox SET state = 1, portal_json = ?, portal_etag = ?, message = ? WHERE seq = ?"),
              {compact(portalVersion), QString::fromLatin1(etag), message, seq});
}

void Outbox::rejected(const OutboxEntry& e, const QString& message, const QDateTime& at, AuditLog& audit)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(), QStringLiteral("UPDATE outbox SET state = 2, message = ? WHERE seq = ?"), {message, e.seq});
    applyPortalEntity(e, e.before, e.ifMatch);
    audit.append(e.actor, e.kind + QStringLiteral(".rejected"), e.entity(), e.entityId, withEdit(e.before, e), e.before, at);
    tx.commit();
}

void Outbox::keepMine(qint64 seq, const QDateTime& at, AuditLog& audit)
{
    ScopedTransaction tx(m_cache.db());
    const std::optional<OutboxEntry> e = get(seq);
    if (!e || e->state != OutboxEntry::State::Conflict)
        return;
    const QJsonObject mine = withEdit(e->portalVersion, *e);
    sql::exec(m_cache.db(), QStringLiteral("UPDATE outbox SET state = 0, if_match = ?, before_json = ?, message = '', "
                                           "portal_json = '', portal_etag = '' WHERE seq = ?"),
              {QString::fromLatin1(e->portalEtag), compact(e->portalVersion), seq});
    applyPortalEntity(*e, mine, e->portalEtag);
    audit.append(e->actor, e->kind + QStringLiteral(".kept"), e->entity(), e->entityId, e->portalVersion, mine, at);
    tx.commit();
}

void Outbox::takePortals(qint64 seq, const QDateTime& at, AuditLog& audit)
{
    ScopedTransaction tx(m_cache.db());
    const std::optional<OutboxEntry> e = get(seq);
    if (!e || e->state != OutboxEntry::State::Conflict)
        return;
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    applyPortalEntity(*e, e->portalVersion, e->portalEtag);
    audit.append(e->actor, e->kind + QStringLiteral(".dropped"), e->entity(), e->entityId, withEdit(e->before, *e),
                 e->portalVersion, at);
    tx.commit();
}

void Outbox::dismiss(qint64 seq)
{
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM outbox WHERE seq = ? AND state = 2"), {seq});
}

QString Outbox::describe(const OutboxEntry& e) const
{
    const QString name = e.before.value(QLatin1String("name")).toString();
    if (e.kind == OutboxEntry::kRenameLocation)
        return QCoreApplication::translate("Outbox", "Rename location “%1” to “%2”")
            .arg(name, e.payload.value(QLatin1String("name")).toString());
    if (e.kind == OutboxEntry::kRenameTerminal)
        return QCoreApplication::translate("Outbox", "Rename terminal “%1” to “%2”")
            .arg(name, e.payload.value(QLatin1String("name")).toString());
    if (e.kind == OutboxEntry::kMoveTerminal) {
        const QString target = e.payload.value(QLatin1String("location_id")).toString();
        const auto location = LocationRepository(m_cache).get(target);
        return QCoreApplication::translate("Outbox", "Move terminal “%1” to “%2”").arg(name, location ? location->name : target);
    }
    if (e.kind == OutboxEntry::kDeactivateTerminal)
        return QCoreApplication::translate("Outbox", "Deactivate terminal “%1”").arg(name);
    if (e.kind == OutboxEntry::kManualStatus) {
        const auto status = statusFromCode(e.payload.value(QLatin1String("status")).toString());
        const QString reference = e.before.value(QLatin1String("reference")).toString();
        return QCoreApplication::translate("Outbox", "Set the status of transaction %1 to “%2”")
            .arg(reference.isEmpty() ? e.entityId : reference, status ? displayName(*status) : QString());
    }
    if (e.kind == OutboxEntry::kSaveReceiptLayout) {
        const auto location = LocationRepository(m_cache).get(e.entityId);
        return QCoreApplication::translate("Outbox", "Save the receipt of “%1”")
            .arg(location ? location->name : e.entityId);
    }
    return e.kind;
}

} // namespace comptoir
