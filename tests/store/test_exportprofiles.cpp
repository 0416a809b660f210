// The store side of exports: streaming a filter in keyset pages, export profiles, and the
// record of what each profile has sent.
#include "storefixtures.h"

#include "store/exportprofilerepository.h"
#include "store/scopedtransaction.h"
#include "store/storeerror.h"
#include "store/transactionrepository.h"
#include "store/transactionstream.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QStringList streamed(CacheDatabase& cache, const TransactionFilter& f, int pageSize, const QString& profile = {})
{
    TransactionStream s(cache, f, pageSize);
    if (!profile.isEmpty())
        s.onlyChangedSinceExportOf(profile);
    QStringList ids;
    while (s.next())
        ids.append(QString::fromUtf8(s.row().id));
    CHECK(s.count() == ids.size());
    return ids;
}

QStringList paged(CacheDatabase& cache, const TransactionFilter& f)
{
    QStringList ids;
    TransactionRepository repo(cache);
    TransactionCursor after;
    for (;;) {
        const QList<Transaction> page = repo.page(f, after, 500);
        for (const Transaction& t : page)
            ids.append(t.id);
        if (page.size() < 500)
            break;
        after = TransactionRepository::cursorOf(page.last());
    }
    std::reverse(ids.begin(), ids.end());
    return ids;
}

void fill(CacheDatabase& cache, int count)
{
    addSites(cache);
    std::mt19937_64 rng(3);
    std::vector<Transaction> rows;
    for (int i = 0; i < count; ++i) {
        Transaction t = randomTransaction(rng, i);
        if (i % 10 == 0) // ties on the time: the id orders them
            t.createdAt = QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);
        rows.push_back(t);
    }
    TransactionRepository(cache).upsert(rows);
}

} // namespace

TEST_CASE("TransactionStream: every row of a filter once, oldest first, whatever the page size")
{
    TempCache c;
    fill(*c, 1200);
    TransactionFilter all;
    TransactionFilter some;
    some.from = QDate(2026, 3, 10);
    some.to = QDate(2026, 4, 10);
    some.locationIds = { kLocations[1] };
    some.statuses = { TransactionStatus::Success, TransactionStatus::Refunded };
    TransactionFilter text;
    text.text = QStringLiteral("R11");
    for (const TransactionFilter& f : { all, some, text }) {
        const QStringList want = paged(*c, f);
        REQUIRE_FALSE(want.isEmpty());
        for (int size : { 1, 7, 500, 5000 })
            CHECK(streamed(*c, f, size) == want);
    }
    // The values of a row as stored.
    TransactionStream s(*c, all);
    REQUIRE(s.next());
    const Transaction t = *TransactionRepository(*c).get(QString::fromUtf8(s.row().id));
    CHECK(s.row().createdAtMsecs == t.createdAt.toMSecsSinceEpoch());
    CHECK(s.row().businessDay == t.businessDay.toJulianDay());
    CHECK(s.row().amountMinor == t.amount.minor());
    CHECK(QString::fromUtf8(s.row().reference) == t.reference);
    CHECK(QString::fromUtf8(s.row().maskedCardNumber) == t.maskedCardNumber);
    CHECK(s.row().status == int(t.status));
    CHECK(s.row().sent.exportNumber == 0);
}

TEST_CASE("Export profiles: saved, found by name, unique names, removed with what they sent")
{
    TempCache c;
    ExportProfileRepository repo(*c);
    ExportProfile p;
    p.name = QStringLiteral("  Maandelijks naar de boekhouder ");
    p.format = ExportFormat::Csv;
    p.language = Language::Fr;
    p.csvSeparator = QStringLiteral(";");
    p.isoDates = true;
    p.locationIds = kLocations;
    p.since = QDate(2026, 1, 1);
    p.folder = QStringLiteral("/home/tine/Boekhouding");
    REQUIRE_FALSE(repo.save(p));
    CHECK_FALSE(p.id.isEmpty());
    CHECK(p.name == QStringLiteral("Maandelijks naar de boekhouder"));
    CHECK(repo.get(p.id) == p);
    CHECK(repo.byName(QStringLiteral("maandelijks NAAR de boekhouder")) == p);

    ExportProfile other;
    other.name = QStringLiteral("MAANDELIJKS naar de boekhouder");
    CHECK(repo.save(other).value_or(QString()).contains(QStringLiteral("already")));
    other.name = QStringLiteral("   ");
    CHECK(repo.save(other).has_value());
    other.name = QStringLiteral("Wekelijks");
    other.csvSeparator = QStringLiteral(";;");
    CHECK(repo.save(other).has_value());
    other.csvSeparator.clear();
    REQUIRE_FALSE(repo.save(other));
    CHECK(repo.all().size() == 2);
    CHECK(repo.all().first().name == QStringLiteral("Maandelijks naar de boekhouder"));

    p.language = Language::Nl;
    REQUIRE_FALSE(repo.save(p));
    CHECK(repo.get(p.id)->language == Language::Nl);

    // What a profile sent goes with it.
    addSites(*c);
    std::mt19937_64 rng(1);
    const Transaction t = randomTransaction(rng, 1);
    TransactionRepository(*c).upsert(t);
    {
        auto rec = repo.recorder(p.id);
        TransactionStream s(*c, {});
        REQUIRE(s.next());
        rec->add(s.row());
        ExportRun run;
        run.fileName = QStringLiteral("x.csv");
        run.rows = 1;
        CHECK(rec->commit(run, [](int) { return true; }) == 1);
    }
    CHECK(repo.sentCount(p.id) == 1);
    CHECK(repo.lastRun(p.id)->fileName == QStringLiteral("x.csv"));
    repo.remove(p.id);
    CHECK_FALSE(repo.get(p.id));
    CHECK(repo.sentCount(p.id) == 0);
    CHECK(repo.runs(p.id).isEmpty());
}

TEST_CASE("Export profiles: nothing is recorded unless the file was put in place, and runs never collide")
{
    TempCache c;
    fill(*c, 50);
    ExportProfileRepository repo(*c);
    ExportProfile p;
    p.name = QStringLiteral("Boekhouding");
    REQUIRE_FALSE(repo.save(p));

    const auto send = [&](int number, bool publish) {
        auto rec = repo.recorder(p.id);
        ScopedTransaction read(c.cache->db());
        TransactionStream s(*c, {});
        s.onlyChangedSinceExportOf(p.id);
        int n = 0;
        while (s.next()) {
            rec->add(s.row());
            ++n;
        }
        read.commit();
        ExportRun run;
        run.number = number;
        run.rows = n;
        return rec->commit(run, [&](int) { return publish; });
    };
    CHECK(send(1, false) == 0); // the file could not be put in place
    CHECK(repo.sentCount(p.id) == 0);
    CHECK(repo.runs(p.id).isEmpty());
    CHECK(send(1, true) == 1);
    CHECK(repo.sentCount(p.id) == 50);
    CHECK(streamed(*c, {}, 10, p.id).isEmpty());
    // Another export numbered 2 came first: this one is refused.
    CHECK_THROWS_AS(send(1, true), StoreError);
    CHECK(repo.runs(p.id).size() == 1);

    // A changed status makes the transaction due again, with what was sent.
    TransactionStream first(*c, {});
    REQUIRE(first.next());
    Transaction t = *TransactionRepository(*c).get(QString::fromUtf8(first.row().id));
    const TransactionStatus before = t.status;
    t.status = before == TransactionStatus::Chargeback ? TransactionStatus::Success : TransactionStatus::Chargeback;
    t.version += 1;
    TransactionRepository(*c).upsert(t);
    TransactionStream again(*c, {});
    again.onlyChangedSinceExportOf(p.id);
    REQUIRE(again.next());
    CHECK(QString::fromUtf8(again.row().id) == t.id);
    CHECK(again.row().sent.exportNumber == 1);
    CHECK(again.row().sent.status == int(before));
    CHECK(again.row().status == int(t.status));
    CHECK_FALSE(again.next());
}

TEST_CASE("Export profiles: an export reads one snapshot while a sync writes on its own connection")
{
    TempCache c;
    fill(*c, 200);
    ExportProfileRepository repo(*c);
    ExportProfile p;
    p.name = QStringLiteral("Boekhouding");
    REQUIRE_FALSE(repo.save(p));
    auto writer = CacheDatabase::open(c.path);
    REQUIRE(writer);

    auto rec = repo.recorder(p.id);
    auto read = std::make_unique<ScopedTransaction>(c.cache->db());
    TransactionStream s(*c, {}, 50);
    const qint64 total = s.count();
    int n = 0;
    while (s.next()) {
        rec->add(s.row());
        if (++n == 100) { // halfway: the sync adds rows
            std::mt19937_64 rng(99);
            std::vector<Transaction> more;
            for (int i = 0; i < 30; ++i) {
                Transaction t = randomTransaction(rng, 5000 + i);
                t.businessDay = QDate(2026, 12, 31); // would be read next if the snapshot let it in
                more.push_back(t);
            }
            TransactionRepository(*writer.database).upsert(more);
        }
    }
    CHECK(n == total);
    CHECK(n == 200);
    read->commit();
    read.reset();
    ExportRun run;
    run.rows = n;
    CHECK(rec->commit(run, [](int) { return true; }) == 1);
    CHECK(repo.sentCount(p.id) == 200);
    CHECK(streamed(*c, {}, 64, p.id).size() == 30); // the sync's rows are for the next export
}
