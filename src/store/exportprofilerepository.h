#pragma once

#include "cachedatabase.h"
#include "core/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace comptoir {

struct StoredTransaction;

// The file formats of an export. Persisted: never renumber.
enum class ExportFormat : int { Xlsx = 1, Csv = 2 };

// A saved export: what a bookkeeper exports again and again. With `incremental`, each
// export of the profile holds only what it has not sent before: new transactions, and
// corrections of those that changed since they were sent.
struct ExportProfile {
    QString id; // assigned by save()
    QString name; // unique
    ExportFormat format = ExportFormat::Xlsx;
    Language language = Language::Nl;
    QString csvSeparator; // one character; empty: the language's
    QString csvDecimal; // one character; empty: the language's
    bool isoDates = false;
    QStringList locationIds; // empty: every location the user may export
    bool incremental = true;
    QDate since; // incremental: transactions from this business day on (null: all)
    QString folder; // where its files are written
    QDateTime createdAt;
    bool operator==(const ExportProfile&) const = default;
};

// One export of a profile.
struct ExportRun {
    QString profileId;
    int number = 0; // 1, 2, 3 … per profile
    QDateTime at; // UTC
    QString fileName;
    qint64 rows = 0; // rows in the file (a correction is two)
    qint64 newRows = 0; // transactions sent for the first time
    qint64 changedRows = 0; // transactions sent again because they changed
    bool operator==(const ExportRun&) const = default;
};

// Export profiles in the cache (so per portal account), their runs, and per profile the
// values of every transaction it has sent (see migration 0005).
class ExportProfileRepository {
public:
    explicit ExportProfileRepository(CacheDatabase& cache)
        : m_cache(cache)
    {
    }

    QList<ExportProfile> all() const; // by name
    std::optional<ExportProfile> get(const QString& id) const;
    std::optional<ExportProfile> byName(const QString& name) const;
    // Creates the profile (empty id: a new id is given) or updates it; returns a message
    // for the user when refused (no name, a name another profile has).
    std::optional<QString> save(ExportProfile& profile);
    // Removes the profile and what it remembers of its exports.
    void remove(const QString& id);

    QList<ExportRun> runs(const QString& profileId) const; // oldest first
    std::optional<ExportRun> lastRun(const QString& profileId) const;
    qint64 sentCount(const QString& profileId) const; // transactions the profile has sent

    // Collects what one export of a profile sends, on the connection that reads it (a TEMP
    // table: private to the connection, not a write on the cache, so it can fill while the
    // export reads in one read transaction and a sync writes on its own connection).
    class Recorder {
    public:
        ~Recorder();
        Recorder(const Recorder&) = delete;
        Recorder& operator=(const Recorder&) = delete;
        void add(const StoredTransaction& t);
        // In one write transaction: the run (numbered after the last; when run.number is
        // set it must be that number, else another export of the profile came first), the
        // values sent, and then `publish` (which puts the file in place). When publish
        // returns false nothing is recorded (0 is returned). Returns the run's number;
        // throws StoreError.
        int commit(const ExportRun& run, const std::function<bool(int number)>& publish);

    private:
        friend class ExportProfileRepository;
        Recorder(CacheDatabase& cache, QString profileId);
        struct Impl;
        std::unique_ptr<Impl> d;
    };
    std::unique_ptr<Recorder> recorder(const QString& profileId);

private:
    CacheDatabase& m_cache;
};

} // namespace comptoir
