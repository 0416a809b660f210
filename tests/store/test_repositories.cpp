#include "storefixtures.h"

#include "store/accountrepository.h"
#include "store/receiptlayoutrepository.h"
#include "store/auditlog.h"
#include "store/locationrepository.h"
#include "store/terminalrepository.h"
#include "store/periodrepository.h"
#include "store/transactionrepository.h"

#include <QHash>
#include <QSet>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {
const QDateTime kNow(QDate(2026, 5, 2), QTime(9, 30, 15, 123), Qt::UTC);

Transaction fullTransaction()
{
    Transaction t;
    t.id = QStringLiteral("tx-full");
    t.createdAt = QDateTime(QDate(2026, 4, 30), QTime(22, 15, 3, 250), Qt::UTC);
    t.businessDay = QDate(2026, 5, 1); // 00:15 in Brussels
    t.amount = Money::eur(-1995);
    t.type = TransactionType::Refund;
    t.method = PaymentMethod::MealVoucher;
    t.issuer = QStringLiteral("Pluxee");
    t.processor = QStringLiteral("Pluxee");
    t.status = TransactionStatus::Success;
    t.statusOrigin = StatusOrigin::Manual;
    t.manualStatusBy = QStringLiteral("Anaïs Dubois");
    t.manualStatusAt = QDateTime(QDate(2026, 4, 30), QTime(22, 20, 0), Qt::UTC);
    t.locationId = kLocations[0];
    t.terminalId = kTerminals[1];
    t.periodId = QStringLiteral("per-term-2-7");
    t.maskedCardNumber = QStringLiteral("**** **** **** 4242");
    t.authorisationCode = QStringLiteral("A1B2C3");
    t.reference = QStringLiteral("Kassa-ticket «42»; é ç ü");
    t.version = 3;
    return t;
}
} // namespace

TEST_CASE("Repositories: every entity round-trips through the cache")
{
    TempCache c;
    addSites(*c);

    SECTION("merchant, locations and terminals")
    {
        AccountRepository accounts(*c);
        const Merchant m{QStringLiteral("m-1"), QStringLiteral("Bakkerij Janssens BV"), QStringLiteral("BE"),
                         QStringLiteral("BE0123.456.789")};
        accounts.setMerchant(m);
        CHECK(accounts.merchant() == m);

        LocationRepository locations(*c);
        REQUIRE(locations.all().size() == 2);
        Location l = *locations.get(kLocations[1]);
        l.name = QStringLiteral("Boulangerie « Chez Léa »");
        l.version = 2;
        locations.upsert(l);
        CHECK(locations.get(kLocations[1]) == l);
        CHECK_FALSE(locations.get(QStringLiteral("loc-404")).has_value());

        TerminalRepository terminals(*c);
        Terminal t = *terminals.get(kTerminals[0]);
        t.active = false;
        t.deactivatedAt = kNow;
        t.appVersions = {{QStringLiteral("PayGear"), QStringLiteral("2.3")}, {QStringLiteral("SalesPoint"), QStringLiteral("4.13.0")}};
        t.version = 5;
        terminals.upsert(t);
        CHECK(terminals.get(kTerminals[0]) == t);
        CHECK(terminals.atLocation(kLocations[1]).size() == 2);
        CHECK(terminals.get(kTerminals[3])->isPax() == false);
        CHECK(terminals.get(kTerminals[2])->isPax() == true);
    }

    SECTION("transactions, with every field")
    {
        TransactionRepository repo(*c);
        const Transaction t = fullTransaction();
        auto stats = repo.upsert(t);
        CHECK(stats.inserted == 1);
        CHECK(repo.get(t.id) == t);

        // An older or equal version never replaces a newer one.
        Transaction stale = t;
        stale.version = 2;
        stale.status = TransactionStatus::Failed;
        CHECK(repo.upsert(stale).unchanged == 1);
        CHECK(repo.get(t.id)->status == TransactionStatus::Success);

        Transaction newer = t;
        newer.version = 4;
        newer.status = TransactionStatus::Chargeback;
        newer.statusOrigin = StatusOrigin::Automatic;
        newer.manualStatusBy.clear();
        newer.manualStatusAt = {};
        CHECK(repo.upsert(newer).updated == 1);
        CHECK(repo.get(t.id) == newer);
        CHECK(repo.count() == 1);
        CHECK(repo.remove(t.id));
        CHECK_FALSE(repo.get(t.id).has_value());
        CHECK_FALSE(repo.remove(t.id));
    }

    SECTION("periods and their PDFs")
    {
        PeriodRepository periods(*c);
        Period open{QStringLiteral("per-1"), kTerminals[0], kLocations[0], 8, kNow, {}, 3, Money::eur(1250), false, 1};
        periods.upsert(open);
        CHECK(periods.get(open.id) == open);
        CHECK_FALSE(periods.get(open.id)->isClosed());
        Period closed = open;
        closed.closedAt = kNow.addSecs(3600);
        closed.hasReportPdf = true;
        closed.version = 2;
        periods.upsert(closed);
        CHECK(periods.get(open.id) == closed);
        CHECK_FALSE(periods.pdf(open.id).has_value());
        const QByteArray pdf("%PDF-1.4\n\x00\xff binary", 20);
        periods.storePdf(open.id, pdf);
        CHECK(periods.pdf(open.id) == pdf);
        periods.upsert(closed); // a later sync keeps the stored PDF
        CHECK(periods.pdf(open.id) == pdf);
        CHECK(periods.list(kLocations[0]).size() == 1);
        CHECK(periods.list(kLocations[1]).isEmpty());
    }

    SECTION("receipt layouts per location")
    {
        ReceiptLayoutRepository layouts(*c);
        ReceiptLayout one;
        one.locationId = kLocations[0];
        one.paperWidth = PaperWidth::Mm80;
        one.font = ReceiptFont::Small;
        one.printCustomerReceiptByDefault = false;
        one.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8);
        one.textsFor(Language::Nl) = { { { QStringLiteral("Bakkerij Gent"), TextAlignment::Center, true, true } },
            { { QStringLiteral("Ruilen binnen 14 dagen"), TextAlignment::Left, false, false },
                { QString(), TextAlignment::Right, false, false } } };
        one.textsFor(Language::Fr).footer
            = { { QStringLiteral("Échange sous 14 jours"), TextAlignment::Right, true, false } };
        one.etag = QStringLiteral("\"v1\"");
        ReceiptLayout two;
        two.locationId = kLocations[1];
        two.etag = QStringLiteral("\"3\"");
        layouts.upsert(one);
        layouts.upsert(two);
        CHECK(layouts.get(kLocations[0]) == one);
        CHECK(layouts.get(kLocations[1]) == two);
        CHECK(layouts.get(kLocations[1])->logoPng.isEmpty());
        CHECK_FALSE(layouts.get(QStringLiteral("loc-nowhere")).has_value());
        CHECK(layouts.all().size() == 2);
        one.textsFor(Language::En).header = { { QStringLiteral("Thank you"), TextAlignment::Left, false, false } };
        layouts.upsert(one); // replaces
        CHECK(layouts.get(kLocations[0]) == one);
        layouts.remove(kLocations[1]);
        CHECK(layouts.all() == QList<ReceiptLayout> { one });
    }

    SECTION("users, groups and permissions")
    {
        AccountRepository accounts(*c);
        const Group all{QStringLiteral("grp-books"), QStringLiteral("Boekhouding"),
                        {{Menu::Transactions, {}}, {Menu::Export, {}}}};
        const Group gent{QStringLiteral("grp-gent"), QStringLiteral("Winkel Gent"),
                         {{Menu::Dashboard, kLocations[0]}, {Menu::Transactions, kLocations[0]}}};
        accounts.upsertGroup(all);
        accounts.upsertGroup(gent);
        const User u{QStringLiteral("usr-1"), QStringLiteral("els@bakkerij.be"), QStringLiteral("Els Peeters"), false,
                     true, true, {QStringLiteral("grp-books"), QStringLiteral("grp-gent")}};
        accounts.upsertUser(u);
        CHECK(accounts.users() == QList<User>{u});
        const QList<Group> groups = accounts.groups();
        REQUIRE(groups.size() == 2);
        CHECK(groups.contains(all));
        CHECK(groups.contains(gent));
        CHECK(accounts.userByEmail(QStringLiteral("ELS@bakkerij.be")) == u);
    }
}

TEST_CASE("Repositories: local edits are applied, validated and written to the audit log")
{
    TempCache c;
    addSites(*c);
    AuditLog audit(*c);
    LocationRepository locations(*c);
    TerminalRepository terminals(*c);

    CHECK_FALSE(locations.rename(kLocations[0], QStringLiteral("  Bakkerij   Gent Centrum "), QStringLiteral("els"), kNow, audit));
    CHECK(locations.get(kLocations[0])->name == QLatin1String("Bakkerij Gent Centrum"));
    CHECK(locations.rename(kLocations[0], QStringLiteral("   "), QStringLiteral("els"), kNow, audit).has_value());

    CHECK_FALSE(terminals.move(kTerminals[0], kLocations[1], QStringLiteral("els"), kNow, audit));
    CHECK(terminals.get(kTerminals[0])->locationId == kLocations[1]);
    CHECK(terminals.move(kTerminals[0], QStringLiteral("loc-404"), QStringLiteral("els"), kNow, audit).has_value());

    // Names of active terminals are unique; deactivation frees the name for a replacement.
    CHECK(terminals.rename(kTerminals[1], QStringLiteral("kassa 1"), QStringLiteral("els"), kNow, audit).has_value());
    CHECK_FALSE(terminals.deactivate(kTerminals[0], QStringLiteral("els"), kNow, audit));
    CHECK_FALSE(terminals.get(kTerminals[0])->active);
    CHECK(terminals.get(kTerminals[0])->deactivatedAt == kNow);
    CHECK_FALSE(terminals.rename(kTerminals[1], QStringLiteral("Kassa 1"), QStringLiteral("els"), kNow, audit));
    CHECK(terminals.deactivate(kTerminals[0], QStringLiteral("els"), kNow, audit).has_value());

    const QList<AuditEntry> entries = audit.entries();
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].action == QLatin1String("location.rename"));
    CHECK(entries[0].before().value(QStringLiteral("name")).toString() == QLatin1String("Bakkerij Gent"));
    CHECK(entries[0].after().value(QStringLiteral("name")).toString() == QLatin1String("Bakkerij Gent Centrum"));
    CHECK(entries[0].actor == QLatin1String("els"));
    CHECK(entries[0].at == kNow);
    CHECK(entries[1].action == QLatin1String("terminal.move"));
    CHECK(entries[2].action == QLatin1String("terminal.deactivate"));
    CHECK(entries[3].action == QLatin1String("terminal.rename"));
    CHECK(audit.verify().intact);
}

TEST_CASE("Repositories: a manual status only resolves a manual-intervention transaction")
{
    TempCache c;
    addSites(*c);
    AuditLog audit(*c);
    TransactionRepository repo(*c);
    Transaction t = fullTransaction();
    t.status = TransactionStatus::ManualIntervention;
    t.statusOrigin = StatusOrigin::Automatic;
    t.manualStatusBy.clear();
    t.manualStatusAt = {};
    repo.upsert(t);

    CHECK(repo.setManualStatus(t.id, TransactionStatus::Refunded, QStringLiteral("els"), kNow, audit).has_value());
    CHECK(repo.setManualStatus(QStringLiteral("tx-404"), TransactionStatus::Success, QStringLiteral("els"), kNow, audit).has_value());
    REQUIRE_FALSE(repo.setManualStatus(t.id, TransactionStatus::Failed, QStringLiteral("els"), kNow, audit));
    const Transaction after = *repo.get(t.id);
    CHECK(after.status == TransactionStatus::Failed);
    CHECK(after.statusOrigin == StatusOrigin::Manual);
    CHECK(after.manualStatusBy == QLatin1String("els"));
    CHECK(after.manualStatusAt == kNow);
    // Once resolved it cannot be resolved again.
    CHECK(repo.setManualStatus(t.id, TransactionStatus::Success, QStringLiteral("els"), kNow, audit).has_value());
    REQUIRE(audit.size() == 1);
    CHECK(audit.entries().at(0).after().value(QStringLiteral("status")).toString() == QLatin1String("failed"));
}

TEST_CASE("Repositories: pages of transactions, newest first, with filters")
{
    TempCache c;
    addSites(*c);
    TransactionRepository repo(*c);
    std::mt19937_64 rng(7);
    std::vector<Transaction> all;
    for (int i = 0; i < 1200; ++i)
        all.push_back(randomTransaction(rng, i));
    repo.upsert(all);

    TransactionFilter f;
    f.locationIds = {kLocations[1]};
    f.statuses = {TransactionStatus::Success, TransactionStatus::Refunded};
    std::vector<Transaction> expected;
    for (const Transaction& t : all)
        if (f.locationIds.contains(t.locationId) && f.statuses.contains(t.status))
            expected.push_back(t);
    std::sort(expected.begin(), expected.end(), [](const Transaction& a, const Transaction& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });

    std::vector<Transaction> paged;
    TransactionCursor cursor;
    for (;;) {
        const QList<Transaction> page = repo.page(f, cursor, 50);
        if (page.isEmpty())
            break;
        paged.insert(paged.end(), page.begin(), page.end());
        cursor = TransactionRepository::cursorOf(page.last());
    }
    CHECK(paged == expected);

    // Free text: the last four digits of the card, or a reference.
    TransactionFilter text;
    text.text = all[17].maskedCardNumber.right(4);
    const QList<Transaction> found = repo.page(text, {}, 2000);
    CHECK(std::any_of(found.begin(), found.end(), [&](const Transaction& t) { return t.id == all[17].id; }));
    for (const Transaction& t : found)
        CHECK((t.maskedCardNumber.endsWith(text.text) || t.reference.startsWith(text.text) || t.id == text.text));
    TransactionFilter percent;
    percent.text = QStringLiteral("%");
    CHECK(repo.page(percent, {}, 10).isEmpty()); // LIKE wildcards are taken literally
}

TEST_CASE("Repositories: sorted pages walk every transaction once, in the column's order, both ways")
{
    TempCache c;
    addSites(*c);
    TransactionRepository repo(*c);
    std::mt19937_64 rng(11);
    std::vector<Transaction> all;
    for (int i = 0; i < 900; ++i) {
        Transaction t = randomTransaction(rng, i);
        t.amount = Money::eur(qint64(rng() % 40) * 50 - 500); // many equal amounts: ties must not lose rows
        all.push_back(t);
    }
    repo.upsert(all);
    QHash<QString, QString> locationName, terminalName;
    for (const Location& l : LocationRepository(*c).all())
        locationName.insert(l.id, l.name);
    for (const Terminal& t : TerminalRepository(*c).all())
        terminalName.insert(t.id, t.name);

    using Key = TransactionSort::Key;
    // The value each key sorts by, as the user sees the column.
    const auto keyOf = [&](Key key, const Transaction& t) -> QVariant {
        switch (key) {
        case Key::Amount:
            return qlonglong(t.amount.minor());
        case Key::Location:
            return locationName.value(t.locationId);
        case Key::Terminal:
            return terminalName.value(t.terminalId);
        case Key::Status:
            return int(t.status);
        case Key::Method:
            return int(t.method);
        case Key::Reference:
            return t.reference;
        case Key::Card:
            return t.maskedCardNumber.right(4);
        default:
            return {};
        }
    };
    const Key keys[] = {Key::Time, Key::Amount, Key::Location, Key::Terminal, Key::Status, Key::Method, Key::Reference, Key::Card};
    TransactionFilter f;
    f.statuses = {TransactionStatus::Success, TransactionStatus::Failed, TransactionStatus::ManualIntervention};
    for (const Key key : keys) {
        for (const bool descending : {true, false}) {
            CAPTURE(int(key), descending);
            const TransactionSort sort{key, descending};
            std::vector<Transaction> paged;
            TransactionCursor cursor;
            for (int guard = 0; guard < 1000; ++guard) {
                const TransactionPage page = repo.page(f, sort, cursor, 37);
                if (page.rows.isEmpty())
                    break;
                paged.insert(paged.end(), page.rows.begin(), page.rows.end());
                cursor = page.last;
            }
            std::vector<Transaction> expected;
            for (const Transaction& t : all)
                if (f.statuses.contains(t.status))
                    expected.push_back(t);
            REQUIRE(paged.size() == expected.size());
            QSet<QString> ids;
            for (const Transaction& t : paged)
                ids.insert(t.id);
            CHECK(ids.size() == qsizetype(expected.size()));
            for (size_t i = 1; i < paged.size(); ++i) {
                const Transaction& a = paged[i - 1];
                const Transaction& b = paged[i];
                const QVariant ka = keyOf(key, a), kb = keyOf(key, b);
                if (ka.isValid() && ka != kb) {
                    const bool ordered = QVariant::compare(ka, kb) == (descending ? QPartialOrdering::Greater : QPartialOrdering::Less);
                    CHECK(ordered);
                } else {
                    const auto timeA = std::make_pair(a.businessDay, a.createdAt), timeB = std::make_pair(b.businessDay, b.createdAt);
                    CHECK((descending ? timeA >= timeB : timeA <= timeB));
                }
            }
        }
    }
}
