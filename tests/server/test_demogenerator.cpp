#include "core/businessday.h"
#include "core/permissionset.h"
#include "server/demogenerator.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <map>

using namespace comptoir;

namespace {

DemoOptions belgianOptions()
{
    DemoOptions o;
    o.seed = 42;
    o.country = QStringLiteral("BE");
    o.locations = 4;
    o.terminals = 9;
    o.days = 60;
    o.transactionsPerDay = 300;
    o.endDate = QDate(2026, 3, 31); // spans the switch to summer time on 29 March
    return o;
}

DemoOptions dutchOptions()
{
    DemoOptions o = belgianOptions();
    o.seed = 7;
    o.country = QStringLiteral("NL");
    o.endDate = QDate(2025, 11, 10); // spans the switch to winter time on 26 October
    return o;
}

QByteArray dt(const QDateTime& d) { return d.isValid() ? QByteArray::number(d.toMSecsSinceEpoch()) : "null"; }

QByteArray row(const Transaction& t)
{
    return QStringList{t.id, QString::fromLatin1(dt(t.createdAt)), t.businessDay.toString(Qt::ISODate),
                       QString::number(t.amount.minor()), QString::number(int(t.type)),
                       QString::number(int(t.method)), t.issuer, t.processor, QString::number(int(t.status)),
                       QString::number(int(t.statusOrigin)), t.manualStatusBy, QString::fromLatin1(dt(t.manualStatusAt)),
                       t.locationId, t.terminalId, t.periodId, t.maskedCardNumber, t.authorisationCode, t.reference,
                       QString::number(t.version)}
        .join(QLatin1Char('|'))
        .toUtf8();
}

QByteArray row(const Period& p)
{
    return QStringList{p.id, p.terminalId, p.locationId, QString::number(p.sequence), QString::fromLatin1(dt(p.openedAt)),
                       QString::fromLatin1(dt(p.closedAt)), QString::number(p.transactionCount),
                       QString::number(p.total.minor()), QString::number(p.hasReportPdf), QString::number(p.version)}
        .join(QLatin1Char('|'))
        .toUtf8();
}

// A digest of everything the generator produces: set-up and streamed rows, in order.
QByteArray digest(const DemoGenerator& g)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const Merchant m = g.merchant();
    h.addData(QStringList{m.id, m.name, m.country, m.vatNumber}.join(QLatin1Char('|')).toUtf8());
    for (const Location& l : g.locations())
        h.addData(QStringList{l.id, l.name, l.street, l.postalCode, l.city, l.country, l.timeZone}.join(QLatin1Char('|')).toUtf8());
    for (const Terminal& t : g.terminals()) {
        h.addData(QStringList{t.id, t.name, t.model, t.serial, t.locationId, QString::number(t.active)}.join(QLatin1Char('|')).toUtf8());
        h.addData(dt(t.deactivatedAt) + dt(t.lastSeen));
        for (auto it = t.appVersions.cbegin(); it != t.appVersions.cend(); ++it)
            h.addData((it.key() + QLatin1Char('=') + it.value()).toUtf8());
    }
    for (const User& u : g.users())
        h.addData(QStringList{u.id, u.email, u.name, QString::number(u.administrator), QString::number(u.twoFactor),
                              u.groupIds.join(QLatin1Char(','))}
                      .join(QLatin1Char('|'))
                      .toUtf8());
    for (const Group& gr : g.groups()) {
        h.addData((gr.id + gr.name).toUtf8());
        for (const Permission& p : gr.permissions)
            h.addData(QByteArray::number(int(p.menu)) + p.locationId.toUtf8());
    }
    g.generate([&](const Transaction& t) { h.addData(row(t)); }, [&](const Period& p) { h.addData(row(p)); });
    return h.result();
}

bool counted(const Transaction& t)
{
    // The rule documented in demogenerator.cpp: what went through at the terminal.
    return t.status == TransactionStatus::Success || t.status == TransactionStatus::Refunded
        || t.status == TransactionStatus::Chargeback;
}

} // namespace

TEST_CASE("DemoGenerator: same seed gives identical data")
{
    const DemoOptions o = belgianOptions();
    const QByteArray a = digest(DemoGenerator(o));
    CHECK(a == digest(DemoGenerator(o)));

    DemoOptions other = o;
    other.seed = 43;
    CHECK(a != digest(DemoGenerator(other)));

    DemoOptions longer = o;
    longer.days = 61;
    CHECK(a != digest(DemoGenerator(longer)));

    // Streaming twice from one generator gives the same rows as well.
    const DemoGenerator g(dutchOptions());
    CHECK(digest(g) == digest(g));
}

TEST_CASE("DemoGenerator: merchant, locations and terminals look real")
{
    for (const char* country : {"BE", "NL"}) {
        DemoOptions o = QLatin1String(country) == QLatin1String("BE") ? belgianOptions() : dutchOptions();
        o.locations = 50;
        o.terminals = 80;
        o.days = 1;
        const DemoGenerator g(o);
        const bool be = o.country == QLatin1String("BE");
        INFO(country);

        const QRegularExpression vat(be ? QStringLiteral("^BE0\\d{3}\\.\\d{3}\\.\\d{3}$") : QStringLiteral("^NL\\d{9}B01$"));
        CHECK(vat.match(g.merchant().vatNumber).hasMatch());
        CHECK(g.merchant().country == o.country);
        CHECK_FALSE(g.merchant().name.isEmpty());
        if (be) {
            // Enterprise-number check digits: 97 - (first eight digits mod 97).
            const QString digits = g.merchant().vatNumber.mid(2).remove(QLatin1Char('.'));
            CHECK(97 - digits.left(8).toLongLong() % 97 == digits.right(2).toInt());
        }

        REQUIRE(g.locations().size() == 50);
        const QRegularExpression postal(be ? QStringLiteral("^\\d{4}$") : QStringLiteral("^\\d{4} [A-Z]{2}$"));
        QSet<QString> names, ids;
        for (const Location& l : g.locations()) {
            CHECK(postal.match(l.postalCode).hasMatch());
            CHECK(l.timeZone == (be ? QStringLiteral("Europe/Brussels") : QStringLiteral("Europe/Amsterdam")));
            CHECK(l.country == o.country);
            CHECK(l.version == 1);
            CHECK(QRegularExpression(QStringLiteral("^loc-\\d{4}$")).match(l.id).hasMatch());
            CHECK_FALSE(l.street.isEmpty());
            CHECK_FALSE(l.city.isEmpty());
            names.insert(l.name);
            ids.insert(l.id);
        }
        CHECK(names.size() == 50);
        CHECK(ids.size() == 50);

        REQUIRE(g.terminals().size() == 80);
        const QStringList models{QStringLiteral("CCV Duo Base A80-A35"), QStringLiteral("CCV Smart A80-P400"),
                                 QStringLiteral("CCV Compact A77"), QStringLiteral("CCV Mobile A920"),
                                 QStringLiteral("Verifone VX520"), QStringLiteral("Verifone VX690")};
        QSet<QString> withTerminal, serials;
        int verifone = 0, inactive = 0;
        for (const Terminal& t : g.terminals()) {
            CHECK(models.contains(t.model));
            CHECK(QRegularExpression(QStringLiteral("^term-\\d{4}$")).match(t.id).hasMatch());
            CHECK_FALSE(t.name.isEmpty());
            CHECK_FALSE(t.serial.isEmpty());
            serials.insert(t.serial);
            withTerminal.insert(t.locationId);
            if (t.isPax()) {
                for (const char* app : {"SalesPoint", "PayGear", "Service app", "AirViewer", "CCVStore"})
                    CHECK(t.appVersions.contains(QString::fromLatin1(app)));
            } else {
                ++verifone;
                CHECK(t.appVersions.contains(QStringLiteral("Payment app")));
                CHECK_FALSE(t.appVersions.contains(QStringLiteral("SalesPoint")));
                CHECK(QRegularExpression(QStringLiteral("^\\d{3}-\\d{3}-\\d{3}$")).match(t.serial).hasMatch());
            }
            if (!t.active) {
                ++inactive;
                CHECK(t.deactivatedAt.isValid());
                CHECK(t.version == 2);
            } else {
                CHECK_FALSE(t.deactivatedAt.isValid());
                // Last seen on the evening of endDate (local), i.e. within a day of it in UTC.
                CHECK(qAbs(t.lastSeen.date().daysTo(o.endDate)) <= 1);
            }
        }
        CHECK(serials.size() == 80);
        CHECK(withTerminal.size() == 50); // at least one terminal per location
        CHECK(verifone >= 5);             // about one in eight
        CHECK(verifone <= 15);
        CHECK(inactive == 1);
    }
}

TEST_CASE("DemoGenerator: business days match the location time zone and the range")
{
    for (const DemoOptions& o : {belgianOptions(), dutchOptions()}) {
        const DemoGenerator g(o);
        QHash<QString, QString> zoneOf;
        for (const Location& l : g.locations())
            zoneOf.insert(l.id, l.timeZone);
        BusinessDayCalendar calendar(zoneOf.begin().value().toLatin1());
        const QTimeZone zone(zoneOf.begin().value().toLatin1());
        const QDate first = o.endDate.addDays(-(o.days - 1));
        qint64 previous = 0;
        int n = 0, checkedSlowly = 0;
        g.generate(
            [&](const Transaction& t) {
                ++n;
                REQUIRE(t.createdAt.timeSpec() == Qt::UTC);
                CHECK(t.createdAt.toMSecsSinceEpoch() >= previous); // global time order
                previous = t.createdAt.toMSecsSinceEpoch();
                CHECK(t.businessDay == calendar.dayOf(t.createdAt));
                if (n % 97 == 0) { // and through QTimeZone directly, now and then
                    CHECK(t.businessDay == t.createdAt.toTimeZone(zone).date());
                    ++checkedSlowly;
                }
                CHECK(t.businessDay >= first);
                CHECK(t.businessDay <= o.endDate);
                CHECK(t.amount.currency() == Currency::eur());
                CHECK_FALSE(t.periodId.isEmpty());
                CHECK(zoneOf.contains(t.locationId));
            },
            [](const Period&) {});
        CHECK(n > 0);
        CHECK(checkedSlowly > 0);
    }
}

TEST_CASE("DemoGenerator: periods are contiguous and tally their transactions")
{
    for (const DemoOptions& o : {belgianOptions(), dutchOptions()}) {
        const DemoGenerator g(o);
        struct Tally {
            int count = 0;
            std::int64_t total = 0;
            int all = 0;
            qint64 firstMs = std::numeric_limits<qint64>::max(), lastMs = 0;
        };
        QHash<QString, Tally> tally;
        QSet<QString> emittedPeriods;
        QHash<QString, QString> periodTerminal;
        std::map<QString, QList<Period>> byTerminal;
        bool transactionAfterItsPeriodWasEmitted = false;
        g.generate(
            [&](const Transaction& t) {
                Tally& x = tally[t.periodId];
                ++x.all;
                x.firstMs = std::min(x.firstMs, t.createdAt.toMSecsSinceEpoch());
                x.lastMs = std::max(x.lastMs, t.createdAt.toMSecsSinceEpoch());
                if (counted(t)) {
                    ++x.count;
                    x.total += t.amount.minor();
                }
                transactionAfterItsPeriodWasEmitted |= emittedPeriods.contains(t.periodId);
                periodTerminal.insert(t.periodId, t.terminalId);
            },
            [&](const Period& p) {
                emittedPeriods.insert(p.id);
                byTerminal[p.terminalId].append(p);
            });
        CHECK_FALSE(transactionAfterItsPeriodWasEmitted);

        int closed = 0, spanningTwoDays = 0;
        REQUIRE(byTerminal.size() == std::size_t(g.terminals().size()));
        for (const auto& [terminalId, periods] : byTerminal) {
            INFO(terminalId.toStdString());
            REQUIRE_FALSE(periods.isEmpty());
            for (qsizetype i = 0; i < periods.size(); ++i) {
                const Period& p = periods[i];
                CHECK(p.sequence == i + 1);
                CHECK(p.terminalId == terminalId);
                CHECK(p.openedAt.isValid());
                if (i > 0)
                    CHECK(p.openedAt == periods[i - 1].closedAt);
                const bool last = i == periods.size() - 1;
                CHECK(p.isClosed() == !last);
                CHECK(p.hasReportPdf == p.isClosed());
                if (p.isClosed()) {
                    ++closed;
                    CHECK(p.closedAt > p.openedAt);
                    if (p.openedAt.daysTo(p.closedAt) >= 2)
                        ++spanningTwoDays;
                }
                const Tally x = tally.value(p.id);
                CHECK(p.transactionCount == x.count);
                CHECK(p.total.minor() == x.total);
                if (x.all > 0) {
                    CHECK(x.firstMs >= p.openedAt.toMSecsSinceEpoch());
                    if (p.isClosed())
                        CHECK(x.lastMs < p.closedAt.toMSecsSinceEpoch());
                    CHECK(periodTerminal.value(p.id) == terminalId);
                }
            }
        }
        // Every transaction belongs to an emitted period.
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            CHECK(emittedPeriods.contains(it.key()));
        CHECK(closed > 100);
        CHECK(spanningTwoDays > 0); // closed days and forgotten day closes
    }
}

TEST_CASE("DemoGenerator: payment-method mix fits the country")
{
    QHash<PaymentMethod, int> be, nl;
    int beMeal = 0;
    const DemoGenerator bg(belgianOptions());
    QHash<QString, int> kindOfLocation;
    bg.generate(
        [&](const Transaction& t) {
            ++be[t.method];
            if (t.method == PaymentMethod::MealVoucher || t.method == PaymentMethod::EcoVoucher) {
                CHECK(QStringList{QStringLiteral("Pluxee"), QStringLiteral("Edenred"), QStringLiteral("Monizze")}.contains(t.issuer));
                CHECK(t.processor == t.issuer);
            }
            if (t.method == PaymentMethod::MealVoucher)
                ++beMeal;
            if (t.method == PaymentMethod::AmericanExpress)
                CHECK(t.processor == QStringLiteral("American Express"));
            if (t.method == PaymentMethod::Bancontact || t.method == PaymentMethod::Maestro)
                CHECK(t.processor == QStringLiteral("CCV"));
            if (t.method == PaymentMethod::Payconiq)
                CHECK(t.maskedCardNumber.isEmpty());
            else
                CHECK(QRegularExpression(QStringLiteral("^\\*{4} \\*{4} \\*{4} \\d{4}$")).match(t.maskedCardNumber).hasMatch());
        },
        [](const Period&) {});
    CHECK(beMeal > 0);
    const DemoGenerator ng(dutchOptions());
    ng.generate([&](const Transaction& t) { ++nl[t.method]; }, [](const Period&) {});

    auto mostFrequent = [](const QHash<PaymentMethod, int>& h) {
        PaymentMethod best = PaymentMethod::Other;
        int n = -1;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            if (it.value() > n) {
                n = it.value();
                best = it.key();
            }
        return best;
    };
    auto total = [](const QHash<PaymentMethod, int>& h) {
        int n = 0;
        for (const int v : h)
            n += v;
        return n;
    };
    CHECK(mostFrequent(be) == PaymentMethod::Bancontact);
    const double bancontactShare = double(be.value(PaymentMethod::Bancontact)) / total(be);
    CHECK(bancontactShare > 0.5);
    CHECK(bancontactShare < 0.7);
    CHECK(be.value(PaymentMethod::Payconiq) > 0);
    CHECK(be.value(PaymentMethod::Visa) > 0);

    CHECK(nl.value(PaymentMethod::Bancontact) == 0);
    CHECK(nl.value(PaymentMethod::Payconiq) == 0);
    CHECK(nl.value(PaymentMethod::MealVoucher) == 0);
    CHECK(nl.value(PaymentMethod::EcoVoucher) == 0);
    const int maestroVpay = nl.value(PaymentMethod::Maestro) + nl.value(PaymentMethod::VPay);
    for (auto it = nl.cbegin(); it != nl.cend(); ++it)
        CHECK(maestroVpay > it.value());
    CHECK(double(maestroVpay) / total(nl) > 0.55);
}

TEST_CASE("DemoGenerator: statuses, refunds and manual statuses are consistent")
{
    for (const DemoOptions& o : {belgianOptions(), dutchOptions()}) {
        const DemoGenerator g(o);
        QSet<QString> userIdentities;
        for (const User& u : g.users()) {
            userIdentities.insert(u.email);
            userIdentities.insert(u.name);
        }
        QHash<TransactionStatus, int> statuses;
        QSet<QString> ids;
        int n = 0, refunds = 0, manual = 0, processing = 0;
        g.generate(
            [&](const Transaction& t) {
                ++n;
                ++statuses[t.status];
                ids.insert(t.id);
                CHECK(t.amount.minor() != 0);
                CHECK_FALSE(t.reference.isEmpty());
                if (t.type == TransactionType::Refund) {
                    ++refunds;
                    CHECK(t.amount.minor() < 0);
                    CHECK(t.status == TransactionStatus::Success);
                } else {
                    CHECK(t.type == TransactionType::Sale);
                    CHECK(t.amount.minor() > 0);
                }
                if (t.statusOrigin == StatusOrigin::Manual) {
                    ++manual;
                    CHECK((t.status == TransactionStatus::Success || t.status == TransactionStatus::Failed));
                    CHECK(userIdentities.contains(t.manualStatusBy));
                    CHECK(t.manualStatusAt.isValid());
                    CHECK(t.manualStatusAt > t.createdAt);
                    CHECK(t.version == 2);
                } else {
                    CHECK(t.manualStatusBy.isEmpty());
                    CHECK_FALSE(t.manualStatusAt.isValid());
                }
                if (t.status == TransactionStatus::ManualIntervention)
                    CHECK(t.statusOrigin == StatusOrigin::Automatic);
                if (t.status == TransactionStatus::Processing) {
                    ++processing;
                    CHECK(t.businessDay == o.endDate);
                }
                if (t.status == TransactionStatus::Refunded || t.status == TransactionStatus::Chargeback)
                    CHECK(t.version == 2);
                const bool cardSuccess = t.status == TransactionStatus::Success && t.method != PaymentMethod::Payconiq;
                if (cardSuccess)
                    CHECK(t.authorisationCode.size() == 6);
                if (t.status == TransactionStatus::Failed || t.status == TransactionStatus::Declined
                    || t.status == TransactionStatus::Cancelled)
                    CHECK(t.authorisationCode.isEmpty());
            },
            [](const Period&) {});
        CHECK(ids.size() == n); // unique ids
        const double failed = double(statuses.value(TransactionStatus::Failed)) / n;
        const double declined = double(statuses.value(TransactionStatus::Declined)) / n;
        const double success = double(statuses.value(TransactionStatus::Success)) / n;
        CHECK(failed > 0.015);
        CHECK(failed < 0.04);
        CHECK(declined > 0.008);
        CHECK(declined < 0.04);
        CHECK(success > 0.9);
        CHECK(refunds > 0);
        CHECK(manual > 0);
        CHECK(statuses.value(TransactionStatus::Cancelled) > 0);
        CHECK(statuses.value(TransactionStatus::Refunded) > 0);
        CHECK(processing <= 40);
    }
}

TEST_CASE("DemoGenerator: users and groups cover the four roles")
{
    const DemoGenerator g(belgianOptions());
    const QStringList locationIds = [&] {
        QStringList ids;
        for (const Location& l : g.locations())
            ids.append(l.id);
        return ids;
    }();
    const QString firstLocation = g.locations().first().id;
    REQUIRE(g.users().size() == 4);
    for (const Group& gr : g.groups())
        CHECK(gr.id.startsWith(QLatin1String("grp-")));

    int admins = 0, bookkeepers = 0, managers = 0, twoFactor = 0;
    QSet<QString> emails;
    for (const User& u : g.users()) {
        INFO(u.email.toStdString());
        CHECK(u.id.startsWith(QLatin1String("usr-")));
        CHECK(u.active);
        CHECK(u.email.contains(QLatin1Char('@')));
        CHECK(u.name.contains(QLatin1Char(' ')));
        emails.insert(u.email);
        const PermissionSet ps = PermissionSet::forUser(u, g.groups());
        if (u.administrator) {
            ++admins;
            CHECK(u.email.startsWith(QLatin1String("admin@")));
            continue;
        }
        if (u.twoFactor) {
            ++twoFactor;
            for (const Menu m : kAllMenus)
                CHECK(ps.allowsAllLocations(m));
            continue;
        }
        if (ps.allowsAllLocations(Menu::Export)) {
            ++bookkeepers;
            for (const Menu m : {Menu::Dashboard, Menu::Transactions, Menu::Export, Menu::DayCloses})
                CHECK(ps.allowsAllLocations(m));
            for (const Menu m : {Menu::Locations, Menu::Terminals, Menu::Receipts, Menu::Users})
                CHECK_FALSE(ps.allows(m));
            continue;
        }
        ++managers;
        for (const Menu m : {Menu::Dashboard, Menu::Transactions, Menu::DayCloses, Menu::Locations, Menu::Terminals,
                             Menu::Receipts}) {
            CHECK(ps.allows(m, firstLocation));
            CHECK(ps.permittedLocations(m, locationIds) == QStringList{firstLocation});
        }
        CHECK_FALSE(ps.allows(Menu::Export));
        CHECK_FALSE(ps.allows(Menu::Users));
    }
    CHECK(admins == 1);
    CHECK(twoFactor == 1);
    CHECK(bookkeepers == 1);
    CHECK(managers == 1);
    CHECK(emails.size() == 4);
}

TEST_CASE("DemoGenerator: roughly the requested volume")
{
    for (DemoOptions o : {belgianOptions(), dutchOptions()}) {
        for (const int perDay : {50, 400}) {
            o.transactionsPerDay = perDay;
            o.days = 120;
            int n = 0;
            DemoGenerator(o).generate([&](const Transaction&) { ++n; }, [](const Period&) {});
            const double average = double(n) / o.days;
            INFO(o.country.toStdString() << " " << perDay << "/day: " << average);
            CHECK(average > perDay * 0.7);
            CHECK(average < perDay * 1.3);
        }
    }
}

TEST_CASE("DemoGenerator: deactivated terminal stops trading; its replacement starts after")
{
    const DemoGenerator g(belgianOptions());
    const Terminal* old = nullptr;
    for (const Terminal& t : g.terminals())
        if (!t.active)
            old = &t;
    REQUIRE(old != nullptr);
    CHECK(old->deactivatedAt.isValid());
    CHECK_FALSE(old->isPax());
    CHECK(old->lastSeen <= old->deactivatedAt);
    // The replacement took over the device name at the same location.
    const Terminal* replacement = nullptr;
    for (const Terminal& t : g.terminals())
        if (t.active && t.name == old->name && t.locationId == old->locationId)
            replacement = &t;
    REQUIRE(replacement != nullptr);

    int before = 0, after = 0, replacementBefore = 0, replacementAfter = 0;
    QDateTime replacementFirstPeriodOpened;
    g.generate(
        [&](const Transaction& t) {
            if (t.terminalId == old->id)
                (t.createdAt < old->deactivatedAt ? before : after)++;
            if (t.terminalId == replacement->id)
                (t.createdAt < old->deactivatedAt ? replacementBefore : replacementAfter)++;
        },
        [&](const Period& p) {
            if (p.terminalId == replacement->id && p.sequence == 1)
                replacementFirstPeriodOpened = p.openedAt;
            if (p.terminalId == old->id && p.isClosed())
                CHECK(p.closedAt < old->deactivatedAt);
        });
    CHECK(before > 0);
    CHECK(after == 0);
    CHECK(replacementBefore == 0);
    CHECK(replacementAfter > 0);
    CHECK(replacementFirstPeriodOpened > old->deactivatedAt);
}

TEST_CASE("DemoGenerator: amounts fit the kind of shop", "[amounts]")
{
    const DemoGenerator g(belgianOptions());
    QHash<QString, QString> nameOf;
    for (const Location& l : g.locations())
        nameOf.insert(l.id, l.name);
    std::int64_t minAmount = std::numeric_limits<std::int64_t>::max(), maxAmount = 0;
    g.generate(
        [&](const Transaction& t) {
            const std::int64_t a = qAbs(t.amount.minor());
            minAmount = std::min(minAmount, a);
            maxAmount = std::max(maxAmount, a);
        },
        [](const Period&) {});
    CHECK(minAmount >= 50);
    CHECK(maxAmount <= 400000);
}

TEST_CASE("DemoGenerator: small and odd options still give consistent data")
{
    DemoOptions o;
    o.seed = 5;
    o.endDate = QDate(2026, 6, 6);
    SECTION("one day, one location, one terminal")
    {
        o.locations = 1;
        o.terminals = 1;
        o.days = 1;
    }
    SECTION("fewer terminals than locations: one each")
    {
        o.locations = 4;
        o.terminals = 2;
        o.days = 10;
    }
    SECTION("no volume")
    {
        o.transactionsPerDay = 0;
    }
    SECTION("unknown country and no end date fall back to Belgium and a fixed date")
    {
        o.country = QStringLiteral("xx");
        o.endDate = QDate();
        o.days = 3;
    }
    const DemoGenerator g(o);
    CHECK(g.terminals().size() >= g.locations().size());
    CHECK(g.options().endDate.isValid());
    CHECK((g.merchant().country == QLatin1String("BE") || g.merchant().country == QLatin1String("NL")));
    int open = 0, n = 0;
    QHash<QString, int> counts;
    QHash<QString, int> periodCounts;
    g.generate(
        [&](const Transaction& t) {
            ++n;
            if (counted(t))
                ++counts[t.periodId];
        },
        [&](const Period& p) {
            open += p.isClosed() ? 0 : 1;
            periodCounts.insert(p.id, p.transactionCount);
        });
    CHECK(open == g.terminals().size());
    for (auto it = periodCounts.cbegin(); it != periodCounts.cend(); ++it)
        CHECK(it.value() == counts.value(it.key()));
    if (o.transactionsPerDay == 0)
        CHECK(n == 0);
    // Same options, same digest — also for the fallbacks.
    CHECK(digest(g) == digest(DemoGenerator(o)));
}

TEST_CASE("DemoGenerator: a million transactions in a few seconds", "[.][benchmark]")
{
    DemoOptions o = belgianOptions();
    o.locations = 12;
    o.terminals = 30;
    o.days = 365;
    o.transactionsPerDay = 1000000 / 365;
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0, periods = 0;
    DemoGenerator(o).generate([&](const Transaction&) { ++n; }, [&](const Period&) { ++periods; });
    const qint64 ms = timer.elapsed();
    WARN(n << " transactions and " << periods << " periods in " << ms << " ms");
    CHECK(n > 700000);
}

TEST_CASE("DemoGenerator: with `now` set, nothing after it has happened yet")
{
    DemoOptions o = belgianOptions();
    // Mid-afternoon on the last day, Brussels time (UTC+2 after 29 March).
    o.now = QDateTime(o.endDate, QTime(13, 30), Qt::UTC);
    const DemoGenerator g(o);
    qint64 transactions = 0, processing = 0, unresolved = 0;
    QDateTime latest;
    g.generate(
        [&](const Transaction& t) {
            ++transactions;
            REQUIRE(t.createdAt <= o.now);
            if (t.manualStatusAt.isValid())
                REQUIRE(t.manualStatusAt <= o.now);
            if (t.status == TransactionStatus::Processing) {
                ++processing;
                REQUIRE(t.createdAt >= o.now.addSecs(-20 * 60));
            }
            if (t.status == TransactionStatus::ManualIntervention)
                ++unresolved;
            if (!latest.isValid() || t.createdAt > latest)
                latest = t.createdAt;
        },
        [&](const Period& p) {
            if (p.isClosed())
                REQUIRE(p.closedAt <= o.now);
        });
    CHECK(transactions > 0);
    // The shops are open at that time, so the last transactions are from just before now.
    CHECK(latest > o.now.addSecs(-30 * 60));

    // Without `now`, the same seed also trades after 13:30 on the last day.
    DemoOptions whole = o;
    whole.now = {};
    qint64 after = 0;
    DemoGenerator(whole).generate([&](const Transaction& t) { after += t.createdAt > o.now ? 1 : 0; },
                                  [](const Period&) {});
    CHECK(after > 0);
}
