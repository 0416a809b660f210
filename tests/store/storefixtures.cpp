#include "storefixtures.h"

#include "core/businessday.h"
#include "store/hourlyrollup.h"
#include "store/locationrepository.h"
#include "store/terminalrepository.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace comptoir::test {

TempCache::TempCache()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("cache.sqlite"));
    auto r = CacheDatabase::open(path);
    INFO(r.message.toStdString());
    REQUIRE(r);
    cache = std::move(r.database);
}

void addSites(CacheDatabase& cache)
{
    LocationRepository locations(cache);
    locations.upsert({kLocations[0], QStringLiteral("Bakkerij Gent"), QStringLiteral("Veldstraat 1"),
                      QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE"),
                      QStringLiteral("Europe/Brussels"), 1});
    locations.upsert({kLocations[1], QStringLiteral("Boulangerie Namur"), QStringLiteral("Rue de Fer 12"),
                      QStringLiteral("5000"), QStringLiteral("Namur"), QStringLiteral("BE"),
                      QStringLiteral("Europe/Brussels"), 1});
    TerminalRepository terminals(cache);
    for (int i = 0; i < kTerminals.size(); ++i) {
        Terminal t;
        t.id = kTerminals[i];
        t.name = QStringLiteral("Kassa %1").arg(i + 1);
        t.model = i == 3 ? QStringLiteral("Verifone VX520") : QStringLiteral("CCV Duo Base A80-A35");
        t.serial = QStringLiteral("SN%1").arg(1000 + i);
        t.locationId = kLocations[i / 2];
        t.appVersions = {{QStringLiteral("SalesPoint"), QStringLiteral("4.12.1")}};
        t.lastSeen = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        t.version = 1;
        terminals.upsert(t);
    }
}

Transaction randomTransaction(std::mt19937_64& rng, int serial)
{
    static BusinessDayCalendar calendar(QByteArrayLiteral("Europe/Brussels"));
    const auto pick = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    Transaction t;
    t.id = QStringLiteral("tx-%1").arg(serial, 7, 10, QLatin1Char('0'));
    t.createdAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC)
                      .addSecs(std::uniform_int_distribution<qint64>(0, 60LL * 86400)(rng));
    t.businessDay = calendar.dayOf(t.createdAt);
    const int terminal = pick(4);
    t.terminalId = kTerminals[terminal];
    t.locationId = kLocations[terminal / 2];
    const bool refund = pick(20) == 0;
    t.type = refund ? TransactionType::Refund : TransactionType::Sale;
    const qint64 cents = std::uniform_int_distribution<qint64>(1, 25000)(rng);
    t.amount = Money::eur(refund ? -cents : cents);
    t.method = kAllMethods[pick(int(std::size(kAllMethods)))];
    t.status = kAllStatuses[pick(int(std::size(kAllStatuses)))];
    t.processor = pick(2) ? QStringLiteral("CCV") : QStringLiteral("Worldline");
    t.periodId = QStringLiteral("per-%1-%2").arg(t.terminalId).arg(t.businessDay.dayOfYear());
    t.maskedCardNumber = QStringLiteral("**** **** **** %1").arg(pick(10000), 4, 10, QLatin1Char('0'));
    t.reference = QStringLiteral("R%1").arg(serial);
    t.version = 1;
    return t;
}

std::map<HourKey, HourValues> hourlyTable(CacheDatabase& c)
{
    std::map<HourKey, HourValues> out;
    HourlyRowCursor rows(c.db(), {});
    while (rows.next()) {
        const HourlyCellsView& v = rows.cells();
        REQUIRE(v.cellCount() > 0);
        for (int i = 0; i < v.cellCount(); ++i) {
            const HourlyCell cell = v.cell(i);
            REQUIRE(cell.count != 0);
            const HourKey k { rows.julianDay(), QString::fromUtf8(rows.locationUtf8()),
                QString::fromUtf8(v.terminalUtf8(cell.terminal)), QString::fromLatin1(v.currencyCode(cell.currency)),
                cell.method, cell.status, cell.origin, cell.hour, cell.negative };
            REQUIRE(out.count(k) == 0); // each key once
            out[k] = { cell.count, cell.amountMinor };
        }
    }
    return out;
}

std::map<HourKey, HourValues> bruteForceHourly(CacheDatabase& c)
{
    QHash<QString, QTimeZone> zones;
    QSqlQuery l(c.db());
    REQUIRE(l.exec(QStringLiteral("SELECT id, time_zone FROM locations")));
    while (l.next())
        zones.insert(l.value(0).toString(), QTimeZone(l.value(1).toString().toUtf8()));
    std::map<HourKey, HourValues> out;
    QSqlQuery q(c.db());
    REQUIRE(
        q.exec(QStringLiteral("SELECT business_day, location_id, terminal_id, currency, method, status, status_origin, "
                              "created_at, amount_minor, local_hour FROM transactions")));
    while (q.next()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        const int hour = at.toTimeZone(zones.value(q.value(1).toString())).time().hour();
        REQUIRE(q.value(9).toInt() == hour);
        const qint64 amount = q.value(8).toLongLong();
        HourValues& v = out[{ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), hour, amount < 0 }];
        v.first += 1;
        v.second += amount;
    }
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace comptoir::test
