#include "exportfixture.h"

#include "store/accountrepository.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QSet>
#include <QTranslator>

#include <catch2/catch.hpp>

namespace comptoir::test {

namespace {

QDateTime utc(int day, int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m, s), Qt::UTC);
}

Transaction make(const QString& id, const QDateTime& at, const QDate& businessDay, qint64 cents, PaymentMethod method,
    TransactionStatus status, int terminal)
{
    Transaction t;
    t.id = id;
    t.createdAt = at;
    t.businessDay = businessDay;
    t.amount = Money::eur(cents);
    t.type = cents < 0 ? TransactionType::Refund : TransactionType::Sale;
    t.method = method;
    t.status = status;
    t.processor = QStringLiteral("CCV");
    t.terminalId = terminal == 5 ? kBonaireTerminal : kTerminals[terminal - 1];
    t.locationId = terminal == 5 ? kBonaire : kLocations[(terminal - 1) / 2];
    t.periodId = QStringLiteral("per-%1-%2").arg(t.terminalId).arg(businessDay.day());
    t.maskedCardNumber
        = method == PaymentMethod::Payconiq ? QString() : QStringLiteral("**** **** **** 4%1").arg(id.right(3));
    t.authorisationCode = status == TransactionStatus::Success ? QStringLiteral("A%1").arg(id.right(3)) : QString();
    t.reference = QStringLiteral("R-%1").arg(id);
    t.version = 1;
    return t;
}

} // namespace

ExportCache::ExportCache()
{
    addSites(*cache);
    AccountRepository(*cache).setMerchant({ QStringLiteral("m-1"), QStringLiteral("Pâtisserie Van Damme SRL"),
        QStringLiteral("BE"), QStringLiteral("BE0123456789") });
    LocationRepository(*cache).upsert({ kBonaire, QStringLiteral("Winkel Kralendijk"), QStringLiteral("Kaya Grandi 1"),
        QString(), QStringLiteral("Kralendijk"), QStringLiteral("BQ"), QStringLiteral("America/Kralendijk"), 1 });
    Terminal t;
    t.id = kBonaireTerminal;
    t.name = QStringLiteral("Toonbank");
    t.model = QStringLiteral("CCV Mobile A920");
    t.serial = QStringLiteral("SN2000");
    t.locationId = kBonaire;
    t.version = 1;
    TerminalRepository(*cache).upsert(t);

    using M = PaymentMethod;
    using S = TransactionStatus;
    QList<Transaction> rows;
    // Monday 2 March 2026, Gent (09:15 local).
    Transaction a
        = make(QStringLiteral("tx-001"), utc(2, 8, 15, 30), QDate(2026, 3, 2), 1234, M::Bancontact, S::Success, 1);
    a.reference = QStringLiteral("Ticket 1; \"vers\" brood\nregel 2 — é ç");
    rows << a;
    rows << make(QStringLiteral("tx-002"), utc(2, 9, 0), QDate(2026, 3, 2), -500, M::Maestro, S::Success, 1);
    rows << make(QStringLiteral("tx-003"), utc(2, 9, 5), QDate(2026, 3, 2), 10000, M::Visa, S::Failed, 2);
    Transaction d
        = make(QStringLiteral("tx-004"), utc(2, 10, 0), QDate(2026, 3, 2), 4567, M::Mastercard, S::Success, 2);
    d.statusOrigin = StatusOrigin::Manual;
    d.manualStatusBy = kAnais;
    d.manualStatusAt = utc(2, 10, 30);
    d.version = 2;
    rows << d;
    // Namur; the last one after midnight local time: business day 4 March.
    Transaction e
        = make(QStringLiteral("tx-005"), utc(3, 22, 30), QDate(2026, 3, 3), 800, M::MealVoucher, S::Success, 3);
    e.issuer = QStringLiteral("Pluxee");
    e.processor = QStringLiteral("Pluxee");
    e.createdAt = utc(3, 22, 30); // 23:30 in Brussels
    rows << e;
    rows << make(
        QStringLiteral("tx-006"), utc(3, 10, 0), QDate(2026, 3, 3), 2000, M::Bancontact, S::ManualIntervention, 3);
    rows << make(QStringLiteral("tx-007"), utc(3, 11, 0), QDate(2026, 3, 3), 350, M::Payconiq, S::Cancelled, 4);
    Transaction late
        = make(QStringLiteral("tx-008"), utc(3, 23, 10), QDate(2026, 3, 4), 990, M::Bancontact, S::Success, 4);
    rows << late; // 00:10 on 4 March in Brussels
    rows << make(QStringLiteral("tx-009"), utc(4, 12, 0), QDate(2026, 3, 4), 3000, M::Visa, S::Refunded, 1);
    rows << make(QStringLiteral("tx-010"), utc(4, 13, 0), QDate(2026, 3, 4), 6000, M::Mastercard, S::Chargeback, 2);
    Transaction k
        = make(QStringLiteral("tx-011"), utc(4, 14, 0), QDate(2026, 3, 4), 1575, M::MealVoucher, S::Failed, 3);
    k.issuer = QStringLiteral("Edenred");
    k.reference = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    k.statusOrigin = StatusOrigin::Manual;
    k.manualStatusBy = kFrancois;
    k.manualStatusAt = utc(4, 14, 20);
    rows << k;
    rows << make(QStringLiteral("tx-012"), utc(4, 15, 0), QDate(2026, 3, 4), 120, M::Other, S::Processing, 4);
    rows << make(QStringLiteral("tx-013"), utc(4, 15, 30), QDate(2026, 3, 4), 777, M::Maestro, S::Declined, 1);
    // Bonaire: 22:00 on 4 March local time is 02:00 UTC on the 5th; in dollars.
    Transaction b = make(QStringLiteral("tx-014"), utc(5, 2, 0), QDate(2026, 3, 4), 1500, M::Visa, S::Success, 5);
    b.amount = Money(1500, *Currency::fromCode(QStringLiteral("USD")));
    rows << b;
    Transaction b2 = make(QStringLiteral("tx-015"), utc(5, 1, 0), QDate(2026, 3, 4), -250, M::Visa, S::Success, 5);
    b2.amount = Money(-250, *Currency::fromCode(QStringLiteral("USD")));
    rows << b2;

    QSet<QString> periods;
    PeriodRepository periodRepo(*cache);
    for (const Transaction& t : std::as_const(rows)) {
        if (periods.contains(t.periodId))
            continue;
        periods.insert(t.periodId);
        Period p;
        p.id = t.periodId;
        p.terminalId = t.terminalId;
        p.locationId = t.locationId;
        p.sequence = 100 + t.businessDay.day() * 10 + kTerminals.indexOf(t.terminalId) + 1;
        p.openedAt = QDateTime(t.businessDay.addDays(-1), QTime(20, 0), Qt::UTC);
        p.closedAt = QDateTime(t.businessDay.addDays(1), QTime(4, 0), Qt::UTC);
        p.version = 1;
        periodRepo.upsert(p);
    }
    for (const Transaction& t : std::as_const(rows))
        add(t);
}

void ExportCache::add(const Transaction& t)
{
    TransactionRepository(*cache).upsert(t);
    for (Transaction& known : transactions)
        if (known.id == t.id) {
            known = t;
            return;
        }
    transactions.append(t);
}

void ExportCache::addRandom(int count, int seed)
{
    std::mt19937_64 rng { std::uint64_t(seed) };
    std::vector<Transaction> batch;
    for (int i = 0; i < count; ++i) {
        Transaction t = randomTransaction(rng, 100000 + i);
        t.id = QStringLiteral("tx-r%1").arg(i, 6, 10, QLatin1Char('0'));
        if (t.status == TransactionStatus::Success && i % 37 == 0) {
            t.statusOrigin = StatusOrigin::Manual;
            t.manualStatusBy = kAnais;
            t.manualStatusAt = t.createdAt.addSecs(600);
        }
        batch.push_back(t);
        transactions.append(t);
    }
    TransactionRepository(*cache).upsert(batch);
}

QString statusName(TransactionStatus s, Language l)
{
    struct Names {
        TransactionStatus status;
        const char* nl;
        const char* fr;
        const char* en;
    };
    static const Names names[] = {
        { TransactionStatus::Success, "Geslaagd", "Réussi", "Success" },
        { TransactionStatus::Failed, "Mislukt", "Échec", "Failed" },
        { TransactionStatus::Declined, "Geweigerd", "Refusé", "Declined" },
        { TransactionStatus::ManualIntervention, "Handmatige interventie", "Intervention manuelle",
            "Manual intervention" },
        { TransactionStatus::Processing, "In behandeling", "En cours de traitement", "Processing" },
        { TransactionStatus::Cancelled, "Geannuleerd", "Annulé", "Cancelled" },
        { TransactionStatus::Refunded, "Terugbetaald", "Remboursé", "Refunded" },
        { TransactionStatus::Chargeback, "Met chargeback", "Avec chargeback", "Chargeback" },
    };
    for (const Names& n : names)
        if (n.status == s)
            return QString::fromUtf8(l == Language::Nl ? n.nl : l == Language::Fr ? n.fr : n.en);
    return {};
}

QString originName(StatusOrigin o, Language l)
{
    if (o == StatusOrigin::Manual)
        return l == Language::Nl ? QStringLiteral("Handmatig")
            : l == Language::Fr  ? QStringLiteral("Manuel")
                                 : QStringLiteral("Manual");
    return l == Language::Nl ? QStringLiteral("Automatisch")
        : l == Language::Fr  ? QStringLiteral("Automatique")
                             : QStringLiteral("Automatic");
}

QString translated(Language l, const char* context, const char* source)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/comptoir_") + toCode(l)))
        return QString::fromUtf8(source);
    const QString t = translator.translate(context, source);
    return t.isEmpty() ? QString::fromUtf8(source) : t;
}

} // namespace comptoir::test
