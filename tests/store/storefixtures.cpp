#include "storefixtures.h"

#include "core/businessday.h"
#include "store/locationrepository.h"
#include "store/terminalrepository.h"

#include <QFile>

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

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace comptoir::test
