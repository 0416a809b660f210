#pragma once

#include "cachedatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;   // "location.rename", "transaction.manual_status", ...
    QString entity;   // "location", "terminal", "transaction", ...
    QString entityId;
    QString beforeJson; // exactly as stored and hashed
    QString afterJson;
    QJsonObject before() const;
    QJsonObject after() const;
    QString prevHash;
    QString hash;
};

// The append-only journal of local changes: who changed what, from what, to what, when.
// Entries are never updated or deleted (the database refuses it), and each entry's
// SHA-256 hash covers its fields and the previous hash, so an edit, insertion or removal
// made behind the application's back breaks the chain at that entry.
class AuditLog {
public:
    explicit AuditLog(CacheDatabase& cache) : m_cache(cache) {}

    // Appends inside the caller's transaction (or its own). Returns the new entry.
    AuditEntry append(const QString& actor, const QString& action, const QString& entity, const QString& entityId,
                      const QJsonObject& before, const QJsonObject& after, const QDateTime& at);

    QList<AuditEntry> entries(const QString& entity = {}, const QString& entityId = {}) const;
    qint64 size() const;

    struct Verification {
        bool intact = true;
        qint64 checked = 0;
        std::optional<qint64> firstBrokenSeq; // the first entry that does not verify
        QString problem;                      // translated explanation
    };
    Verification verify() const;

    static QString hashOf(const AuditEntry& e);

private:
    QString genesisHash() const;
    CacheDatabase& m_cache;
};

} // namespace comptoir
