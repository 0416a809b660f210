#include "portaldatabase.h"

#include "auth/passwords.h"
#include "auth/totp.h"
#include "core/apijson.h"
#include "democache.h"
#include "demogenerator.h"
#include "store/scopedtransaction.h"
#include "store/sql.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace comptoir {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE merchant (id TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE locations (id TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE terminals (id TEXT PRIMARY KEY, location_id TEXT NOT NULL, json TEXT NOT NULL)",
    "CREATE TABLE transactions (id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, location_id TEXT NOT NULL, "
    "period_id TEXT NOT NULL, status TEXT NOT NULL, json TEXT NOT NULL)",
    "CREATE INDEX transactions_period ON transactions(period_id)",
    "CREATE TABLE periods (id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, location_id TEXT NOT NULL, "
    "json TEXT NOT NULL)",
    "CREATE TABLE period_reports (period_id TEXT NOT NULL, language TEXT NOT NULL, pdf BLOB NOT NULL, "
    "PRIMARY KEY (period_id, language))",
    "CREATE TABLE receipt_layouts (location_id TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, json TEXT NOT NULL, "
    "password TEXT NOT NULL, totp_secret TEXT NOT NULL)",
    "CREATE TABLE groups (id TEXT PRIMARY KEY, json TEXT NOT NULL)",
    "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at INTEGER NOT NULL)",
};

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

PortalDatabase::PortalDatabase(QString connection) : m_connection(std::move(connection)) {}

PortalDatabase::~PortalDatabase()
{
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<PortalDatabase> PortalDatabase::open(const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(dir);
        return {};
    }
    const QString name = QStringLiteral("comptoir-portal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(QDir(dir).filePath(QStringLiteral("portal.sqlite")));
        if (!d.open()) {
            *error = QStringLiteral("cannot open the portal database: %1").arg(d.lastError().text());
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    std::unique_ptr<PortalDatabase> p(new PortalDatabase(name));
    QSqlDatabase d = p->db();
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536"})
        QSqlQuery(d).exec(QLatin1String(pragma));
    QSqlQuery probe(d);
    if (!probe.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))) {
        *error = QStringLiteral("the portal database is damaged: %1").arg(probe.lastError().text());
        return {};
    }
    if (!probe.next()) {
        ScopedTransaction tx(d);
        for (const char* statement : kSchema)
            sql::exec(d, QLatin1String(statement));
        p->setMeta(QStringLiteral("schema_version"), QString::number(kSchemaVersion));
        tx.commit();
    } else if (p->meta(QStringLiteral("schema_version")).toInt() != kSchemaVersion) {
        *error = QStringLiteral("the data folder %1 holds another version's portal data; give a new --data folder")
                     .arg(dir);
        return {};
    }
    QSqlQuery seq = sql::exec(d, QStringLiteral("SELECT MAX(s) FROM (SELECT MAX(seq) AS s FROM transactions "
                                                "UNION ALL SELECT MAX(seq) FROM periods)"));
    p->m_seq = seq.next() ? seq.value(0).toLongLong() : 0;
    return p;
}

bool PortalDatabase::isSeeded() const
{
    return meta(QStringLiteral("seeded")) == QLatin1String("1");
}

QString PortalDatabase::meta(const QString& key) const
{
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

void PortalDatabase::setMeta(const QString& key, const QString& value)
{
    sql::exec(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

qint64 PortalDatabase::nextSeq()
{
    return ++m_seq;
}

void PortalDatabase::putTransaction(const Transaction& t)
{
    sql::exec(db(),
              QStringLiteral("INSERT INTO transactions (id, seq, location_id, period_id, status, json) VALUES (?,?,?,?,?,?) "
                             "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, location_id = excluded.location_id, "
                             "period_id = excluded.period_id, status = excluded.status, json = excluded.json"),
              {t.id, nextSeq(), t.locationId, t.periodId, toCode(t.status), QString::fromUtf8(api::toJson(t))});
}

void PortalDatabase::putPeriod(const Period& p)
{
    sql::exec(db(),
              QStringLiteral("INSERT INTO periods (id, seq, location_id, json) VALUES (?,?,?,?) ON CONFLICT (id) DO UPDATE "
                             "SET seq = excluded.seq, location_id = excluded.location_id, json = excluded.json"),
              {p.id, nextSeq(), p.locationId, json(api::toJsonObject(p))});
}

void PortalDatabase::seed(const DemoGenerator& g)
{
    QSqlDatabase d = db();
    ScopedTransaction tx(d);
    sql::exec(d, QStringLiteral("INSERT INTO merchant (id, json) VALUES (?, ?)"),
              {g.merchant().id, json(api::toJsonObject(g.merchant()))});
    for (const Location& l : g.locations())
        sql::exec(d, QStringLiteral("INSERT INTO locations (id, json) VALUES (?, ?)"), {l.id, json(api::toJsonObject(l))});
    for (const Terminal& t : g.terminals())
        sql::exec(d, QStringLiteral("INSERT INTO terminals (id, location_id, json) VALUES (?, ?, ?)"),
                  {t.id, t.locationId, json(api::toJsonObject(t))});
    for (const Group& gr : g.groups())
        sql::exec(d, QStringLiteral("INSERT INTO groups (id, json) VALUES (?, ?)"), {gr.id, json(api::toJsonObject(gr))});
    for (const User& u : g.users()) {
        // A salt derived from the seed and the user: the same seed gives the same database.
        const QByteArray salt = QCryptographicHash::hash(
                                    QByteArray::number(quint64(g.options().seed)) + '|' + u.id.toUtf8(),
                                    QCryptographicHash::Sha256)
                                    .left(16);
        const passwords::Hash h = passwords::hashWithSalt(QString::fromLatin1(kDemoPassword), salt, 120000);
        sql::exec(d, QStringLiteral("INSERT INTO users (id, email, json, password, totp_secret) VALUES (?,?,?,?,?)"),
                  {u.id, u.email, json(api::toJsonObject(u)), passwords::encode(h),
                   u.twoFactor ? QString::fromLatin1(kDemoTotpSecret) : QString()});
    }
    // Receipt layouts: what each shop prints, in every language.
    for (const ReceiptLayout& r : demoReceiptLayouts(g))
        sql::exec(d, QStringLiteral("INSERT INTO receipt_layouts (location_id, json, etag) VALUES (?,?,?)"),
            { r.locationId, json(api::toJsonObject(r)), r.etag });

    auto insertTx = Statement::prepare(d, QStringLiteral("INSERT INTO transactions (id, seq, location_id, period_id, "
                                                         "status, json) VALUES (?,?,?,?,?,?)"));
    auto insertPeriod = Statement::prepare(d, QStringLiteral("INSERT INTO periods (id, seq, location_id, json) VALUES (?,?,?,?)"));
    g.generate(
        [&](const Transaction& t) {
            insertTx->bind(0, t.id);
            insertTx->bind(1, nextSeq());
            insertTx->bind(2, t.locationId);
            insertTx->bind(3, t.periodId);
            insertTx->bind(4, toCode(t.status));
            insertTx->bind(5, QString::fromUtf8(api::toJson(t)));
            insertTx->exec();
        },
        [&](const Period& p) {
            insertPeriod->bind(0, p.id);
            insertPeriod->bind(1, nextSeq());
            insertPeriod->bind(2, p.locationId);
            insertPeriod->bind(3, json(api::toJsonObject(p)));
            insertPeriod->exec();
        });
    setMeta(QStringLiteral("seeded"), QStringLiteral("1"));
    setMeta(QStringLiteral("seed"), QString::number(quint64(g.options().seed)));
    tx.commit();
}

} // namespace comptoir
