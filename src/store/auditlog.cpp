#include "auditlog.h"

#include "scopedtransaction.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir {

namespace {
QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = sql::toTime(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.beforeJson = q.value(6).toString();
    e.afterJson = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

const QString kColumns = QStringLiteral(
    "seq, at_utc, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash");
} // namespace

QJsonObject AuditEntry::before() const
{
    return object(beforeJson);
}

QJsonObject AuditEntry::after() const
{
    return object(afterJson);
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Canonical form: a compact JSON array of every field, in a fixed order.
    const QJsonArray canonical{QString::number(e.seq), QString::number(e.at.toMSecsSinceEpoch()), e.actor,
                               e.action, e.entity, e.entityId, e.beforeJson, e.afterJson, e.prevHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString AuditLog::genesisHash() const
{
    // The chain starts from this cache's own id, so entries cannot be moved between caches.
    const QByteArray seed = "comptoir-audit|" + m_cache.meta(QStringLiteral("cache_id")).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                            const QString& entityId, const QJsonObject& before, const QJsonObject& after,
                            const QDateTime& at)
{
    ScopedTransaction tx(m_cache.db());
    QSqlQuery last = sql::exec(m_cache.db(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    AuditEntry e;
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    // Millisecond precision, as stored.
    e.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.beforeJson = json(before);
    e.afterJson = json(after);
    e.hash = hashOf(e);
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO audit_log (") + kColumns + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?)"),
              {e.seq, sql::fromTime(e.at), e.actor, e.action, e.entity, e.entityId, e.beforeJson, e.afterJson,
               e.prevHash, e.hash});
    tx.commit();
    return e;
}

QList<AuditEntry> AuditLog::entries(const QString& entity, const QString& entityId) const
{
    QList<AuditEntry> out;
    QSqlQuery q = entity.isEmpty()
                      ? sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq"))
                      : sql::exec(m_cache.db(),
                                  QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                                  {entity, entityId});
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

qint64 AuditLog::size() const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq"));
    const auto broken = [&](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBrokenSeq = seq;
        v.problem = problem;
        return v;
    };
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        if (e.seq != expectedSeq)
            return broken(expectedSeq,
                          QCoreApplication::translate("AuditLog", "Entry %1 is missing: the journal was cut.").arg(expectedSeq));
        if (e.prevHash != expectedPrev)
            return broken(e.seq, QCoreApplication::translate("AuditLog",
                                                             "Entry %1 does not follow entry %2: an entry was removed, "
                                                             "inserted or changed before it.")
                                     .arg(e.seq)
                                     .arg(e.seq - 1));
        if (hashOf(e) != e.hash)
            return broken(e.seq, QCoreApplication::translate("AuditLog", "Entry %1 was changed after it was written.")
                                     .arg(e.seq));
        expectedPrev = e.hash;
        ++expectedSeq;
        ++v.checked;
    }
    return v;
}

} // namespace comptoir
