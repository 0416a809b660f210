#include "guifixtures.h"

#include "portal/syncengine.h"
#include "store/accountrepository.h"
#include "store/periodrepository.h"
#include "store/transactionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>
#include <vector>

namespace comptoir::test {

Transaction manualTransaction(const QString& id)
{
    Transaction t;
    t.id = id;
    t.createdAt = QDateTime(QDate(2026, 4, 30), QTime(22, 15, 3), Qt::UTC);
    t.businessDay = QDate(2026, 5, 1);
    t.amount = Money::eur(1995);
    t.type = TransactionType::Sale;
    t.method = PaymentMethod::Bancontact;
    t.processor = QStringLiteral("CCV");
    t.status = TransactionStatus::Success;
    t.statusOrigin = StatusOrigin::Manual;
    t.manualStatusBy = QStringLiteral("Anaïs Dubois");
    t.manualStatusAt = QDateTime(QDate(2026, 4, 30), QTime(22, 20, 0), Qt::UTC);
    t.locationId = kLocations[0];
    t.terminalId = kTerminals[0];
    t.periodId = QStringLiteral("per-manual");
    t.maskedCardNumber = QStringLiteral("**** **** **** 4242");
    t.reference = QStringLiteral("MANUAL-1");
    t.version = 2;
    return t;
}

void setPermissions(CacheDatabase& cache, const QList<std::pair<QString, QStringList>>& grants, bool administrator,
                    const QString& email)
{
    QJsonArray permissions;
    for (const auto& [menu, locations] : grants)
        permissions.append(QJsonObject{{QStringLiteral("menu"), menu},
                                       {QStringLiteral("location_ids"), QJsonArray::fromStringList(locations)}});
    const QJsonObject me{
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("administrator"), administrator}}},
        {QStringLiteral("permissions"), permissions}};
    cache.setMeta(SyncEngine::kPermissions, QString::fromUtf8(QJsonDocument(me).toJson(QJsonDocument::Compact)));
}

FilledCache::FilledCache(int n) : count(n)
{
    addSites(*cache);
    AccountRepository(*cache).setMerchant(
        {QStringLiteral("m-1"), kMerchantName, QStringLiteral("BE"), QStringLiteral("BE0123.456.789")});
    std::mt19937_64 rng(20260501);
    std::vector<Transaction> batch;
    batch.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        Transaction t = randomTransaction(rng, i);
        if (i % 50 == 0) {
            t.status = i % 100 == 0 ? TransactionStatus::Success : TransactionStatus::Failed;
            t.statusOrigin = StatusOrigin::Manual;
            t.manualStatusBy = QStringLiteral("Anaïs Dubois");
            t.manualStatusAt = t.createdAt.addSecs(600);
            t.version = 2;
        }
        batch.push_back(t);
    }
    TransactionRepository(*cache).upsert(batch);
}

} // namespace comptoir::test
