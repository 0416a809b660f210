#include "guifixtures.h"

#include "gui/totalsstrip.h"
#include "store/transactionrepository.h"

#include <QLabel>
#include <QLocale>

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QString labelText(const TotalsStrip& strip, const char* name)
{
    const auto* label = strip.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

void checkShows(const TotalsStrip& strip, const TransactionTotals& t)
{
    const MoneyLocale ml = moneyLocaleFor(QLocale());
    CHECK(strip.totals() == t);
    CHECK(labelText(strip, "countValue") == QLocale().toString(t.count));
    CHECK(labelText(strip, "grossSalesValue") == Money::eur(t.grossSalesMinor).format(ml));
    CHECK(labelText(strip, "refundsValue") == Money::eur(t.refundsMinor).format(ml));
    CHECK(labelText(strip, "netValue") == Money::eur(t.netMinor()).format(ml));
}

} // namespace

TEST_CASE("TotalsStrip: shows the values of TransactionRepository::totals for the filter")
{
    FilledCache c(3000);
    const TransactionRepository repo(*c);
    TotalsStrip strip(*c);

    SECTION("everything")
    {
        strip.setFilter({});
        const TransactionTotals t = repo.totals({});
        REQUIRE(t.count == 3000);
        REQUIRE(t.grossSalesMinor > 0);
        REQUIRE(t.refundsMinor < 0);
        checkShows(strip, t);
        // A sanity check of the formatting itself, in the tests' en_GB locale.
        CHECK(labelText(strip, "countValue") == QStringLiteral("3,000"));
        CHECK(labelText(strip, "netValue").startsWith(QStringLiteral(u"\u20AC")));
    }
    SECTION("one location and a week (answered by the rollup)")
    {
        TransactionFilter f;
        f.locationIds = {kLocations[1]};
        f.from = QDate(2026, 3, 2);
        f.to = QDate(2026, 3, 8);
        REQUIRE(f.isRollupCompatible());
        strip.setFilter(f);
        checkShows(strip, repo.totals(f));
        CHECK(strip.totals().count < 3000);
    }
    SECTION("a search (answered from the raw rows)")
    {
        TransactionFilter f;
        f.text = QStringLiteral("R1");
        REQUIRE_FALSE(f.isRollupCompatible());
        QSignalSpy shown(&strip, &TotalsStrip::totalsShown);
        strip.setFilter(f);
        // Added up on the worker: "…" until then, the list stays usable meanwhile.
        CHECK(strip.isBusy());
        CHECK(labelText(strip, "netValue") == QStringLiteral("…"));
        REQUIRE(shown.wait(10000));
        CHECK_FALSE(strip.isBusy());
        checkShows(strip, repo.totals(f));
        // A newer filter wins over an answer still on its way.
        strip.setFilter(f);
        TransactionFilter later;
        later.locationIds = {kLocations[0]};
        strip.setFilter(later);
        CHECK_FALSE(strip.isBusy());
        checkShows(strip, repo.totals(later));
        QTest::qWait(300);
        checkShows(strip, repo.totals(later));
    }
    SECTION("nothing matches: zeros, still formatted")
    {
        TransactionFilter f;
        f.from = QDate(2030, 1, 1);
        strip.setFilter(f);
        checkShows(strip, TransactionTotals{});
        CHECK(labelText(strip, "grossSalesValue") == QStringLiteral(u"\u20AC0.00"));
    }
}
