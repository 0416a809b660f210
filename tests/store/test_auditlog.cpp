#include "storefixtures.h"

#include "store/auditlog.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {
void appendSome(AuditLog& audit, int n)
{
    for (int i = 0; i < n; ++i)
        audit.append(QStringLiteral("els@bakkerij.be"), QStringLiteral("location.rename"), QStringLiteral("location"),
                     QStringLiteral("loc-1"), {{QStringLiteral("name"), QStringLiteral("Naam %1").arg(i)}},
                     {{QStringLiteral("name"), QStringLiteral("Naam %1").arg(i + 1)}},
                     QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60));
}

// What someone with a SQLite tool and the file could do: drop the guards and edit.
void behindTheBack(CacheDatabase& c, const QString& statement)
{
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
    REQUIRE(q.exec(statement));
}
} // namespace

TEST_CASE("AuditLog: entries chain and verify")
{
    TempCache c;
    AuditLog audit(*c);
    CHECK(audit.verify().intact);
    appendSome(audit, 25);
    const auto v = audit.verify();
    CHECK(v.intact);
    CHECK(v.checked == 25);
    const QList<AuditEntry> entries = audit.entries();
    REQUIRE(entries.size() == 25);
    for (int i = 1; i < entries.size(); ++i) {
        CHECK(entries[i].seq == entries[i - 1].seq + 1);
        CHECK(entries[i].prevHash == entries[i - 1].hash);
    }
    CHECK(audit.entries(QStringLiteral("location"), QStringLiteral("loc-1")).size() == 25);
    CHECK(audit.entries(QStringLiteral("location"), QStringLiteral("loc-2")).isEmpty());
}

TEST_CASE("AuditLog: the database refuses to update or delete entries")
{
    TempCache c;
    AuditLog audit(*c);
    appendSome(audit, 3);
    QSqlQuery q(c.cache->db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    CHECK(audit.size() == 3);
    CHECK(audit.verify().intact);
}

TEST_CASE("AuditLog: an edit made behind the application's back is detected at the first broken link")
{
    struct Tamper {
        const char* what;
        const char* statement;
        qint64 firstBroken;
    };
    const Tamper cases[] = {
        {"changed value", "UPDATE audit_log SET after_json = '{\"name\":\"Fraude\"}' WHERE seq = 7", 7},
        {"changed actor", "UPDATE audit_log SET actor = 'boss@bakkerij.be' WHERE seq = 12", 12},
        {"changed time", "UPDATE audit_log SET at_utc = at_utc + 1 WHERE seq = 1", 1},
        {"removed entry", "DELETE FROM audit_log WHERE seq = 9", 9},
        {"removed first entry", "DELETE FROM audit_log WHERE seq = 1", 1},
        {"rehashed entry", "UPDATE audit_log SET actor = 'x', hash = 'abc' WHERE seq = 5", 5},
        {"inserted entry",
         "INSERT INTO audit_log SELECT 21, at_utc, actor, action, entity, entity_id, before_json, after_json, "
         "prev_hash, hash FROM audit_log WHERE seq = 20",
         21},
    };
    for (const Tamper& t : cases) {
        INFO(t.what);
        TempCache c;
        AuditLog audit(*c);
        appendSome(audit, 20);
        REQUIRE(audit.verify().intact);
        behindTheBack(*c, QString::fromLatin1(t.statement));
        const auto v = audit.verify();
        CHECK_FALSE(v.intact);
        REQUIRE(v.firstBrokenSeq.has_value());
        CHECK(*v.firstBrokenSeq == t.firstBroken);
        CHECK_FALSE(v.problem.isEmpty());
    }
}

TEST_CASE("AuditLog: entries are bound to their cache")
{
    // The same entries copied into another cache do not verify there.
    TempCache a;
    TempCache b;
    AuditLog la(*a);
    appendSome(la, 2);
    QSqlQuery q(b.cache->db());
    for (const AuditEntry& e : la.entries()) {
        q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?)"));
        for (const QVariant& v : {QVariant(e.seq), QVariant(e.at.toMSecsSinceEpoch()), QVariant(e.actor),
                                  QVariant(e.action), QVariant(e.entity), QVariant(e.entityId), QVariant(e.beforeJson),
                                  QVariant(e.afterJson), QVariant(e.prevHash), QVariant(e.hash)})
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    const auto v = AuditLog(*b).verify();
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenSeq == 1);
}
