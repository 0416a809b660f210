#include "exportprofilerepository.h"

#include "scopedtransaction.h"
#include "sql.h"
#include "statement.h"
#include "storeerror.h"
#include "transactionstream.h"

#include <QCoreApplication>
#include <QUuid>

namespace comptoir {

namespace {

const QString kProfileColumns
    = QStringLiteral("id, name, format, language, csv_separator, csv_decimal, iso_dates, location_ids, incremental, "
                     "since_day, folder, created_utc");
const QString kRunColumns
    = QStringLiteral("profile_id, number, at_utc, file_name, row_count, new_count, changed_count");

ExportProfile toProfile(const QSqlQuery& q)
{
    ExportProfile p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.format = q.value(2).toInt() == int(ExportFormat::Csv) ? ExportFormat::Csv : ExportFormat::Xlsx;
    p.language = enumFromInt<Language>(q.value(3).toInt()).value_or(Language::En);
    p.csvSeparator = q.value(4).toString();
    p.csvDecimal = q.value(5).toString();
    p.isoDates = q.value(6).toInt() != 0;
    p.locationIds = sql::toList(q.value(7).toString());
    p.incremental = q.value(8).toInt() != 0;
    p.since = q.value(9).isNull() ? QDate() : sql::toDay(q.value(9));
    p.folder = q.value(10).toString();
    p.createdAt = sql::toTime(q.value(11));
    return p;
}

ExportRun toRun(const QSqlQuery& q)
{
    return ExportRun { q.value(0).toString(), q.value(1).toInt(), sql::toTime(q.value(2)), q.value(3).toString(),
        q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong() };
}

} // namespace

QList<ExportProfile> ExportProfileRepository::all() const
{
    QList<ExportProfile> out;
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kProfileColumns
            + QStringLiteral(" FROM export_profiles ORDER BY name COLLATE NOCASE, id"));
    while (q.next())
        out.append(toProfile(q));
    return out;
}

std::optional<ExportProfile> ExportProfileRepository::get(const QString& id) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kProfileColumns + QStringLiteral(" FROM export_profiles WHERE id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return toProfile(q);
}

std::optional<ExportProfile> ExportProfileRepository::byName(const QString& name) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kProfileColumns
            + QStringLiteral(" FROM export_profiles WHERE name = ? COLLATE NOCASE"),
        { name.trimmed() });
    if (!q.next())
        return std::nullopt;
    return toProfile(q);
}

std::optional<QString> ExportProfileRepository::save(ExportProfile& p)
{
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return QCoreApplication::translate("ExportProfileRepository", "Give the profile a name.");
    if (p.csvSeparator.size() > 1 || p.csvDecimal.size() > 1)
        return QCoreApplication::translate(
            "ExportProfileRepository", "The separator and the decimal mark are one character each.");
    ScopedTransaction tx(m_cache.db());
    if (const std::optional<ExportProfile> same = byName(p.name); same && same->id != p.id)
        return QCoreApplication::translate("ExportProfileRepository", "There is already a profile called “%1”.")
            .arg(p.name);
    if (p.id.isEmpty()) {
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!p.createdAt.isValid())
            p.createdAt = QDateTime::currentDateTimeUtc();
    }
    const QDateTime created = p.createdAt.isValid() ? p.createdAt : QDateTime::currentDateTimeUtc();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(created.toMSecsSinceEpoch(), Qt::UTC);
    sql::exec(m_cache.db(),
        QStringLiteral("INSERT INTO export_profiles (") + kProfileColumns
            + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                             "format = excluded.format, language = excluded.language, "
                             "csv_separator = excluded.csv_separator, csv_decimal = excluded.csv_decimal, "
                             "iso_dates = excluded.iso_dates, location_ids = excluded.location_ids, "
                             "incremental = excluded.incremental, since_day = excluded.since_day, "
                             "folder = excluded.folder"),
        { p.id, p.name, int(p.format), int(p.language), p.csvSeparator, p.csvDecimal, p.isoDates ? 1 : 0,
            sql::fromList(p.locationIds), p.incremental ? 1 : 0,
            p.since.isValid() ? QVariant(sql::fromDay(p.since)) : QVariant(QMetaType::fromType<qint64>()), p.folder,
            sql::fromTime(p.createdAt) });
    tx.commit();
    return std::nullopt;
}

void ExportProfileRepository::remove(const QString& id)
{
    ScopedTransaction tx(m_cache.db());
    // Explicitly, whatever the connection's foreign-key setting.
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM export_items WHERE profile_id = ?"), { id });
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM export_runs WHERE profile_id = ?"), { id });
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM export_profiles WHERE id = ?"), { id });
    tx.commit();
}

QList<ExportRun> ExportProfileRepository::runs(const QString& profileId) const
{
    QList<ExportRun> out;
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kRunColumns
            + QStringLiteral(" FROM export_runs WHERE profile_id = ? ORDER BY number"),
        { profileId });
    while (q.next())
        out.append(toRun(q));
    return out;
}

std::optional<ExportRun> ExportProfileRepository::lastRun(const QString& profileId) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kRunColumns
            + QStringLiteral(" FROM export_runs WHERE profile_id = ? ORDER BY number DESC LIMIT 1"),
        { profileId });
    if (!q.next())
        return std::nullopt;
    return toRun(q);
}

qint64 ExportProfileRepository::sentCount(const QString& profileId) const
{
    QSqlQuery q = sql::exec(
        m_cache.db(), QStringLiteral("SELECT COUNT(*) FROM export_items WHERE profile_id = ?"), { profileId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

// ---------------------------------------------------------------------------------------
// Recorder

struct ExportProfileRepository::Recorder::Impl {
    CacheDatabase& cache;
    QString profileId;
    QString table;
    std::unique_ptr<Statement> insert;
};

ExportProfileRepository::Recorder::Recorder(CacheDatabase& cache, QString profileId)
    : d(std::make_unique<Impl>(Impl { cache, std::move(profileId), {}, {} }))
{
    d->table = QStringLiteral("export_staged_") + QUuid::createUuid().toString(QUuid::Id128);
    sql::exec(cache.db(),
        QStringLiteral("CREATE TEMP TABLE %1 (tx_id TEXT PRIMARY KEY, x_version INTEGER NOT NULL, "
                       "x_status INTEGER NOT NULL, x_origin INTEGER NOT NULL, x_manual_by TEXT NOT NULL, "
                       "x_manual_at INTEGER, x_amount_minor INTEGER NOT NULL, x_currency TEXT NOT NULL)")
            .arg(d->table));
    d->insert = Statement::prepare(
        cache.db(), QStringLiteral("INSERT OR REPLACE INTO temp.%1 VALUES (?,?,?,?,?,?,?,?)").arg(d->table));
}

ExportProfileRepository::Recorder::~Recorder()
{
    d->insert.reset();
    try {
        sql::exec(d->cache.db(), QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(d->table));
    } catch (const StoreError&) {
        // A temporary table goes with the connection anyway.
    }
}

void ExportProfileRepository::Recorder::add(const StoredTransaction& t)
{
    Statement& q = *d->insert;
    q.bind(0, QString::fromUtf8(t.id));
    q.bind(1, t.version);
    q.bind(2, qint64(t.status));
    q.bind(3, qint64(t.origin));
    q.bind(4, QString::fromUtf8(t.manualBy));
    if (t.manualAtMsecs != 0)
        q.bind(5, t.manualAtMsecs);
    else
        q.bindNull(5);
    q.bind(6, t.amountMinor);
    q.bind(7, QString::fromUtf8(t.currency));
    q.exec();
}

int ExportProfileRepository::Recorder::commit(const ExportRun& run, const std::function<bool(int number)>& publish)
{
    QSqlDatabase db = d->cache.db();
    ScopedTransaction tx(db);
    QSqlQuery last = sql::exec(
        db, QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM export_runs WHERE profile_id = ?"), { d->profileId });
    const int number = last.next() ? last.value(0).toInt() + 1 : 1;
    last.finish();
    if (run.number > 0 && run.number != number)
        throw StoreError(QCoreApplication::translate("ExportProfileRepository",
            "Another export of this profile was made in the meantime, so "
            "this one was not kept. Export again: it will hold only what "
            "the other one did not."));
    sql::exec(db,
        QStringLiteral("INSERT INTO export_runs (") + kRunColumns + QStringLiteral(") VALUES (?,?,?,?,?,?,?)"),
        { d->profileId, number, sql::fromTime(run.at.isValid() ? run.at : QDateTime::currentDateTimeUtc()),
            run.fileName, run.rows, run.newRows, run.changedRows });
    sql::exec(db,
        QStringLiteral("INSERT INTO export_items (profile_id, tx_id, export_number, x_version, x_status, "
                       "x_origin, x_manual_by, x_manual_at, x_amount_minor, x_currency) "
                       "SELECT ?, tx_id, ?, x_version, x_status, x_origin, x_manual_by, x_manual_at, "
                       "x_amount_minor, x_currency FROM temp.%1 WHERE true "
                       "ON CONFLICT (profile_id, tx_id) DO UPDATE SET export_number = excluded.export_number, "
                       "x_version = excluded.x_version, x_status = excluded.x_status, "
                       "x_origin = excluded.x_origin, x_manual_by = excluded.x_manual_by, "
                       "x_manual_at = excluded.x_manual_at, x_amount_minor = excluded.x_amount_minor, "
                       "x_currency = excluded.x_currency")
            .arg(d->table),
        { d->profileId, number });
    if (!publish(number))
        return 0; // rolled back
    tx.commit();
    return number;
}

std::unique_ptr<ExportProfileRepository::Recorder> ExportProfileRepository::recorder(const QString& profileId)
{
    return std::unique_ptr<Recorder>(new Recorder(m_cache, profileId));
}

} // namespace comptoir
