#include "overviewpage.h"

#include "core/money.h"
#include "gui/pagetitle.h"
#include "store/locationrepository.h"
#include "store/rollup.h"
#include "store/storeerror.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

#include <limits>

namespace comptoir {

namespace {

struct DayTotals {
    qint64 count = 0;
    qint64 turnoverMinor = 0; // net of successful transactions
};

void setNumbers(QTreeWidgetItem* item, const DayTotals& totals, const QLocale& locale, MoneyLocale moneyLocale)
{
    using Column = OverviewPage::Column;
    item->setText(int(Column::Transactions), locale.toString(totals.count));
    item->setText(int(Column::Turnover), Money::eur(totals.turnoverMinor).format(moneyLocale));
    item->setTextAlignment(int(Column::Transactions), Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(int(Column::Turnover), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

OverviewPage::OverviewPage(CacheDatabase& cache, QWidget* parent) : QWidget(parent), m_cache(cache)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(int(Column::Count));
    m_tree->setHeaderLabels({tr("Day"), tr("Location"), tr("Transactions"), tr("Turnover")});
    m_tree->headerItem()->setTextAlignment(int(Column::Transactions), Qt::AlignRight | Qt::AlignVCenter);
    m_tree->headerItem()->setTextAlignment(int(Column::Turnover), Qt::AlignRight | Qt::AlignVCenter);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding-top: 2px; padding-bottom: 2px; padding-right: 6px; }"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The location takes the spare width, so the numbers line up near the names.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::Location), QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    header->resizeSection(int(Column::Day),
                          fm.horizontalAdvance(locale.toString(QDate(2026, 9, 30), QLocale::LongFormat)) + 64);
    header->resizeSection(int(Column::Transactions), fm.horizontalAdvance(tr("Transactions")) + 40);
    header->resizeSection(int(Column::Turnover),
                          fm.horizontalAdvance(Money::eur(100'000'000).format(moneyLocaleFor(locale))) + 40);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageTitle(tr("Overview"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    refresh();
}

void OverviewPage::refresh(QDate today)
{
    const QLocale locale;
    const MoneyLocale moneyLocale = moneyLocaleFor(locale);
    const QDate from = today.addDays(1 - kDays);
    m_tree->clear();

    QHash<QString, QString> names;
    QList<RollupRow> rows;
    try {
        for (const Location& l : LocationRepository(m_cache).all())
            names.insert(l.id, l.name);
        TransactionFilter filter;
        filter.from = from;
        filter.to = today;
        rows = Rollup(m_cache).aggregate(filter, Rollup::Day | Rollup::Location | Rollup::Status);
    } catch (const StoreError& e) {
        m_summary->setText(e.message());
        return;
    }

    // day → location → totals; every status counts, turnover only the successful ones.
    QMap<QDate, QMap<QString, DayTotals>> byDay;
    DayTotals all;
    for (const RollupRow& r : std::as_const(rows)) {
        DayTotals& t = byDay[r.day][r.locationId];
        t.count += r.count;
        all.count += r.count;
        if (r.status == static_cast<int>(TransactionStatus::Success)) {
            t.turnoverMinor += r.amountMinor;
            all.turnoverMinor += r.amountMinor;
        }
    }

    QFont bold = m_tree->font();
    bold.setBold(true);
    QFont quiet = m_tree->font(); // a day without transactions (a closing day)
    quiet.setItalic(true);
    for (QDate day = today; day >= from; day = day.addDays(-1)) {
        auto* dayItem = new QTreeWidgetItem(m_tree);
        dayItem->setText(int(Column::Day), locale.toString(day, QLocale::LongFormat));
        DayTotals dayTotals;
        const QMap<QString, DayTotals> locations = byDay.value(day);
        // Locations by name, as everywhere else.
        QList<QString> ids = locations.keys();
        std::sort(ids.begin(), ids.end(), [&names](const QString& a, const QString& b) {
            return QString::localeAwareCompare(names.value(a, a), names.value(b, b)) < 0;
        });
        for (const QString& id : std::as_const(ids)) {
            const DayTotals& t = locations[id];
            dayTotals.count += t.count;
            dayTotals.turnoverMinor += t.turnoverMinor;
            if (names.size() < 2)
                continue; // one shop: the day's row says it all
            auto* item = new QTreeWidgetItem(dayItem);
            item->setText(int(Column::Location), names.value(id, id));
            setNumbers(item, t, locale, moneyLocale);
        }
        if (ids.isEmpty())
            dayItem->setText(int(Column::Location), tr("No transactions"));
        else if (names.size() > 1)
            dayItem->setText(int(Column::Location), tr("All locations"));
        else
            dayItem->setText(int(Column::Location), names.value(ids.first(), ids.first()));
        setNumbers(dayItem, dayTotals, locale, moneyLocale);
        for (int c = 0; c < int(Column::Count); ++c)
            dayItem->setFont(c, ids.isEmpty() ? quiet : bold);
    }
    m_tree->expandAll();
    const int count = int(std::min<qint64>(all.count, std::numeric_limits<int>::max()));
    m_summary->setText(tr("Last %n days, %1 to %2:", nullptr, kDays)
                           .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(today, QLocale::ShortFormat)) +
                       QLatin1Char(' ') +
                       tr("%Ln transactions, %1 turnover.", nullptr, count)
                           .arg(Money::eur(all.turnoverMinor).format(moneyLocale)));
}

} // namespace comptoir
