#pragma once

#include "cachedatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class AuditLog;

// A local edit waiting for the portal. The cache already shows it; the portal decides.
struct OutboxEntry {
    enum class State { Pending = 0, Conflict = 1, Rejected = 2 };

    qint64 seq = 0;
    QDateTime createdAt; // UTC
    QString actor;
    QString kind;        // one of the k* kinds below
    QString entityId; // location, terminal or transaction id; the location's id for its receipt layout
    QJsonObject payload; // the request body
    QByteArray ifMatch;  // the portal version the edit was made on
    QJsonObject before;  // the entity before the edit (API JSON); empty when there was none
    State state = State::Pending;
    QString message;     // a conflict's or a rejection's explanation, translated
    QJsonObject portalVersion; // a conflict: the entity as the portal has it now
    QByteArray portalEtag;

    static inline const QString kRenameLocation = QStringLiteral("location.rename");
    static inline const QString kRenameTerminal = QStringLiteral("terminal.rename");
    static inline const QString kMoveTerminal = QStringLiteral("terminal.move");
    static inline const QString kDeactivateTerminal = QStringLiteral("terminal.deactivate");
    static inline const QString kManualStatus = QStringLiteral("transaction.manual_status");
    static inline const QString kSaveReceiptLayout = QStringLiteral("receipt_layout.save");

    // "location", "terminal", "transaction" or "receipt_layout".
    QString entity() const { return kind.section(QLatin1Char('.'), 0, 0); }
};

// The queue of local edits, in the order they were made. Edits are pushed in that order
// (OutboxPusher); an edit that waits for the user (a conflict) holds back the later edits
// of the same entity, not the others.
class Outbox {
public:
    explicit Outbox(CacheDatabase& cache) : m_cache(cache) {}

    qint64 enqueue(OutboxEntry entry); // returns its seq
    QList<OutboxEntry> entries() const; // all, in order
    QList<OutboxEntry> entries(OutboxEntry::State state) const;
    std::optional<OutboxEntry> get(qint64 seq) const;
    qint64 count(OutboxEntry::State state) const;
    // Whether an earlier entry of the same entity (id and entity()) is still waiting
    // (pending or in conflict).
    bool blockedByEarlier(const OutboxEntry& entry) const;

    // The portal accepted the entry: it leaves the outbox, the entity takes the portal's
    // answer, and later edits of the entity are based on the new version.
    void accepted(const OutboxEntry& entry, const QJsonObject& answer, const QByteArray& etag);
    // The portal has a newer version: the user chooses.
    void conflict(qint64 seq, const QJsonObject& portalVersion, const QByteArray& etag, const QString& message);
    // The portal refused: the edit is undone in the cache (with an audit entry) and the
    // entry stays, marked rejected, until the user has seen it.
    void rejected(const OutboxEntry& entry, const QString& message, const QDateTime& at, AuditLog& audit);

    // A conflict settled by the user. Keeping theirs queues the edit again on top of the
    // portal's version; taking the portal's drops the edit, undoes it in the cache and
    // puts the portal's version there — both written to the audit log.
    void keepMine(qint64 seq, const QDateTime& at, AuditLog& audit);
    void takePortals(qint64 seq, const QDateTime& at, AuditLog& audit);
    // The user has read a rejection.
    void dismiss(qint64 seq);

    // A sentence for lists, in the user's language: "Rename location “Gent” to “Gent Centrum”".
    QString describe(const OutboxEntry& entry) const;
    // What the entity looks like with the edit applied on top of `base` (API JSON).
    static QJsonObject withEdit(const QJsonObject& base, const OutboxEntry& entry);

private:
    // Writes an entity as the portal describes it (API JSON) into the cache, over what is there.
    void applyPortalEntity(const OutboxEntry& entry, const QJsonObject& json, const QByteArray& etag);
    CacheDatabase& m_cache;
};

} // namespace comptoir
