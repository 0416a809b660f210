#include "dashboardpage.h"

#include "core/money.h"
#include "core/permissionset.h"
#include "gui/dashboard/chartstyle.h"
#include "gui/dashboard/dashboardcharts.h"
#include "gui/dashboard/kpitile.h"
#include "gui/datepresets.h"
#include "gui/pagetitle.h"
#include "portal/syncengine.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/storeerror.h"
#include "store/transactionrepository.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace comptoir {

using dashboard::ChartCard;
using dashboard::countText;
using dashboard::KpiTile;
using dashboard::percentText;

namespace {

QString money(qint64 minor)
{
    return Money::eur(minor).format(moneyLocaleFor(QLocale()));
}

double euros(qint64 minor)
{
    return double(minor) / 100.0; // for drawing only: every figure shown in text is exact
}

QString shortDay(QDate d)
{
    return QLocale().toString(d, QStringLiteral("d MMM"));
}

QString longDay(QDate d)
{
    return QLocale().toString(d, QStringLiteral("ddd d MMM yyyy"));
}

QString rangeText(const DateRange& r)
{
    if (r.from == r.to)
        return longDay(r.from);
    return QStringLiteral("%1 – %2").arg(shortDay(r.from), QLocale().toString(r.to, QStringLiteral("d MMM yyyy")));
}

template <typename T> std::optional<QList<T>> narrowed(const QList<T>& current, const QList<T>& to)
{
    if (current.isEmpty())
        return to;
    QList<T> out;
    for (const T& v : to)
        if (current.contains(v))
            out.append(v);
    if (out.isEmpty())
        return std::nullopt; // an empty list would mean "any"
    return out;
}

QList<TransactionStatus> unsuccessfulStatuses()
{
    QList<TransactionStatus> out;
    for (TransactionStatus s : kAllStatuses)
        if (s != TransactionStatus::Success)
            out.append(s);
    return out;
}

QString statusName(TransactionStatus s, StatusOrigin o)
{
    if (o == StatusOrigin::Manual)
        return DashboardPage::tr("%1, set by hand").arg(displayName(s));
    return displayName(s);
}

int int32(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

// "€ 1.234,56 from 120 sales, refunds € -12,00 (2)": what a turnover is made of.
QString turnoverLines(const DashboardTotals& t)
{
    QString s = DashboardPage::tr("Turnover: %1").arg(money(t.turnoverMinor()));
    s += QStringLiteral("<br>")
        + DashboardPage::tr("Sales: %1 (%Ln)", nullptr, int32(t.salesCount)).arg(money(t.salesMinor));
    if (t.refundCount > 0)
        s += QStringLiteral("<br>")
            + DashboardPage::tr("Refunds: %1 (%Ln)", nullptr, int32(t.refundCount)).arg(money(t.refundsMinor));
    if (const std::optional<qint64> a = t.averageTicketMinor())
        s += QStringLiteral("<br>") + DashboardPage::tr("Average ticket: %1").arg(money(*a));
    return s;
}

QString bold(const QString& s)
{
    return QStringLiteral("<b>") + s.toHtmlEscaped() + QStringLiteral("</b>");
}

} // namespace

// ---------------------------------------------------------------------------------------

struct DashboardPage::Outcome {
    DashboardFigures figures;
    QString error;
};

// Lives on the page's worker thread: only its jobs touch it.
struct DashboardPage::Worker {
    std::unique_ptr<CacheDatabase> cache;
};

DashboardPage::DashboardPage(CacheDatabase& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_worker(std::make_shared<Worker>())
{
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1); // one thread for the page's life: its connection stays
    m_title = createPageTitle(QString(), this);

    // The toolbar: the day/week/month switch and what is shown.
    m_showBy = new QLabel(this);
    m_granularityGroup = new QButtonGroup(this);
    m_granularityGroup->setExclusive(true);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_showBy);
    for (int g = 0; g < 3; ++g) {
        auto* b = new QToolButton(this);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("granularity%1").arg(g));
        m_granularityGroup->addButton(b, g);
        m_granularityButtons[g] = b;
        toolbar->addWidget(b);
    }
    connect(m_granularityGroup, &QButtonGroup::idClicked, this, [this](int id) { setGranularity(Granularity(id)); });
    toolbar->addSpacing(16);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    toolbar->addWidget(m_status, 1);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    // The figures: the KPI strip, then the charts two by two.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto* kpis = new QGridLayout;
    kpis->setSpacing(10);
    m_kpiGrid = kpis;
    for (KpiPeriod p : kAllKpiPeriods) {
        auto* tile = new KpiTile(p, m_content);
        connect(tile, &KpiTile::activated, this, [this](KpiPeriod period) {
            if (const std::optional<TransactionFilter> f = filterForKpi(period))
                emit openTransactions(*f);
        });
        m_kpis[int(p)] = tile;
        kpis->addWidget(tile, 0, int(p));
    }
    static const char* const names[] = { "turnoverChart", "transactionsChart", "methodsChart", "locationsChart",
        "hoursChart", "weekdaysChart", "statusesChart", "refundsChart" };
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    for (int c = 0; c < int(Chart::Count); ++c) {
        auto* card = new ChartCard(QLatin1String(names[c]), m_content);
        connect(card, &ChartCard::exported, this, &DashboardPage::setNotice);
        m_cards[c] = card;
        grid->addWidget(card, c / 2, c % 2);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(kpis);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->viewport()->installEventFilter(this);

    // Instead of the figures: why there are none.
    auto* messagePage = new QWidget(this);
    m_messageText = new QLabel(messagePage);
    m_messageText->setObjectName(QStringLiteral("dashboardMessage"));
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignCenter);
    m_rebuild = new QPushButton(messagePage);
    m_rebuild->setObjectName(QStringLiteral("rebuildTotals"));
    connect(m_rebuild, &QPushButton::clicked, this, &DashboardPage::rebuildTotals);
    auto* messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_messageText);
    messageLayout->addWidget(m_rebuild, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(messagePage);

    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->addWidget(m_title);
    layout->addLayout(toolbar);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    const auto [from, to] = rangeFor(DatePreset::ThisMonth, QDate::currentDate());
    m_filter.from = from;
    m_filter.to = to;
    retranslateUi();
    reload();
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        relayoutKpis();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::relayoutKpis()
{
    // The three KPI tiles side by side when they fit (a French "par rapport à l'an dernier"
    // is wide), else two and one, else one under the other.
    const int available = m_scroll->viewport()->width();
    const int spacing = m_kpiGrid->spacing();
    int widest = 0;
    for (const KpiTile* tile : m_kpis)
        widest = std::max(widest, tile->minimumSizeHint().width());
    int columns = 3;
    while (columns > 1 && columns * widest + (columns - 1) * spacing > available)
        --columns;
    if (columns == m_kpiColumns)
        return;
    m_kpiColumns = columns;
    for (KpiTile* tile : m_kpis)
        m_kpiGrid->removeWidget(tile);
    for (int i = 0; i < int(std::size(m_kpis)); ++i)
        m_kpiGrid->addWidget(m_kpis[i], i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_kpiGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

DashboardPage::~DashboardPage()
{
    // The connection belongs to the worker thread: it is closed there. (Not through a
    // QFuture: waitForFinished() may run a task that has not started on the calling thread.)
    m_pool->start([worker = m_worker] { worker->cache.reset(); });
    m_pool->waitForDone();
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    m_title->setAccessibleName(m_title->text());
    m_showBy->setText(tr("Show by:"));
    m_granularityButtons[0]->setText(tr("Day"));
    m_granularityButtons[1]->setText(tr("Week"));
    m_granularityButtons[2]->setText(tr("Month"));
    m_rebuild->setText(tr("Rebuild the totals"));
    updateGranularityButtons();
    updateStatusLine();
    if (m_hasFigures && m_stack->currentIndex() == 0)
        showFigures();
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (!m_stack) // still being built
        return;
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        setNotice(m_notice->text(), m_notice->property("error").toBool());
}

QDate DashboardPage::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

QString DashboardPage::message() const
{
    return m_stack->currentIndex() == 1 ? m_messageText->text() : QString();
}

QString DashboardPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DashboardPage::setFileChooser(const ChartCard::FileChooser& chooser)
{
    for (ChartCard* card : m_cards)
        card->setFileChooser(chooser);
}

void DashboardPage::setNotice(const QString& text, bool error)
{
    m_notice->setText(text);
    m_notice->setProperty("error", error);
    QPalette p = m_notice->palette();
    p.setColor(QPalette::WindowText,
        error ? dashboard::ChartColors::bad(palette()) : dashboard::ChartColors::quiet(palette()));
    p.setColor(
        QPalette::Text, error ? dashboard::ChartColors::bad(palette()) : dashboard::ChartColors::quiet(palette()));
    m_notice->setPalette(p);
    m_notice->setVisible(!text.isEmpty());
}

// ---------------------------------------------------------------------------------------
// Filter and granularity

void DashboardPage::setFilterBar(QWidget* bar)
{
    m_layout->insertWidget(1, bar); // under the title, above the day/week/month switch
}

void DashboardPage::setFilter(const TransactionFilter& filter)
{
    m_filter = filter;
    if (!m_userGranularity || !isGranularityAllowed(m_granularity))
        m_granularity = autoGranularity(expectedRange());
    if (dashboardPart(filter) != filter)
        setNotice(tr("The search text, amount, processor and day-close filters apply to the transaction list only: "
                     "the dashboard counts every transaction that matches the other filters."),
            false);
    else
        setNotice(QString(), false);
    updateGranularityButtons();
    refresh();
}

DateRange DashboardPage::expectedRange() const
{
    DateRange r { m_filter.from, m_filter.to };
    if (!r.from.isValid() && m_hasFigures)
        r.from = m_figures.range.from;
    if (!r.to.isValid())
        r.to = m_hasFigures ? m_figures.range.to : today();
    return r;
}

bool DashboardPage::isGranularityAllowed(Granularity g) const
{
    const DateRange r = expectedRange();
    if (!r.from.isValid() || !r.to.isValid())
        return g == Granularity::Month;
    switch (g) {
    case Granularity::Day:
        return periodCount(r.from, r.to, g) <= kMaxDays;
    case Granularity::Week:
        return periodCount(r.from, r.to, g) <= kMaxWeeks;
    case Granularity::Month:
        return true;
    }
    return true;
}

Granularity DashboardPage::autoGranularity(const DateRange& r) const
{
    if (!r.from.isValid() || !r.to.isValid())
        return Granularity::Month;
    const qint64 days = r.from.daysTo(r.to) + 1;
    if (days <= 62)
        return Granularity::Day;
    if (days <= 190)
        return Granularity::Week;
    return Granularity::Month;
}

void DashboardPage::setGranularity(Granularity g)
{
    if (!isGranularityAllowed(g)) {
        updateGranularityButtons();
        return;
    }
    m_userGranularity = true;
    if (g == m_granularity)
        return;
    m_granularity = g;
    updateGranularityButtons();
    refresh();
}

void DashboardPage::updateGranularityButtons()
{
    for (int g = 0; g < 3; ++g) {
        QToolButton* b = m_granularityButtons[g];
        const bool allowed = isGranularityAllowed(Granularity(g));
        b->setEnabled(allowed);
        b->setChecked(Granularity(g) == m_granularity);
        b->setToolTip(allowed ? QString()
                              : tr("Too many bars for these dates: choose a shorter period to see them by %1.")
                                    .arg(b->text().toLower()));
    }
}

void DashboardPage::updateStatusLine()
{
    if (m_running) {
        m_status->setText(tr("Updating…"));
        return;
    }
    if (!m_hasFigures) {
        m_status->clear();
        return;
    }
    const DashboardFigures& f = m_figures;
    QString where;
    if (f.filter.locationIds.isEmpty())
        where = tr("all locations");
    else if (f.filter.locationIds.size() == 1)
        where = f.locationNames.value(f.filter.locationIds.first(), f.filter.locationIds.first());
    else
        where = tr("%n locations", nullptr, int(f.filter.locationIds.size()));
    m_status->setText(tr("%1 · %2 · %Ln transactions", nullptr, int32(f.total.count)).arg(rangeText(f.range), where));
}

// ---------------------------------------------------------------------------------------
// Refreshing, off the GUI thread

void DashboardPage::reload()
{
    std::optional<PermissionSet> permissions;
    QStringList all;
    try {
        permissions = SyncEngine::cachedPermissions(m_cache);
        for (const Location& l : LocationRepository(m_cache).all())
            all.append(l.id);
    } catch (const StoreError& e) {
        showMessage(e.message(), false);
        emit refreshed();
        return;
    }
    m_allowed = !permissions || permissions->allows(Menu::Dashboard);
    if (permissions && !permissions->allowsAllLocations(Menu::Dashboard))
        m_permitted = permissions->permittedLocations(Menu::Dashboard, all);
    else
        m_permitted.reset();
    refresh();
}

void DashboardPage::refresh()
{
    if (!m_allowed) {
        showMessage(tr("Your user account may not see the dashboard. An administrator can give your user group "
                       "access to it on the portal."),
            false);
        emit refreshed();
        return;
    }
    if (m_running) {
        m_pending = true; // the latest filter wins once the current pass is done
        return;
    }
    start();
}

void DashboardPage::start()
{
    DashboardRequest request;
    request.filter = dashboardPart(m_filter);
    request.granularity = m_granularity;
    request.today = today();
    // The hour it is where the shops are (transactions are filed by their location's wall
    // clock), not on this computer's clock.
    std::optional<int> hour = QTime::currentTime().hour();
    try {
        for (const Location& l : LocationRepository(m_cache).all())
            if (!m_permitted || m_permitted->contains(l.id))
                if (const QTimeZone zone(l.timeZone.toUtf8()); zone.isValid()) {
                    hour = QDateTime::currentDateTimeUtc().toTimeZone(zone).time().hour();
                    break;
                }
    } catch (const StoreError&) {
    }
    request.nowHour = m_fixedToday.isValid() ? m_fixedHour : hour;
    request.permittedLocations = m_permitted;
    const QString path = m_cache.path();
    const std::optional<CacheIdentity> identity = m_cache.identity();
    m_running = true;
    updateStatusLine();

    const auto compute = [request](CacheDatabase& cache) {
        Outcome outcome;
        try {
            outcome.figures = DashboardQuery(cache).compute(request);
        } catch (const StoreError& e) {
            outcome.error = e.message();
        }
        return outcome;
    };
    if (path == QLatin1String(":memory:")) {
        // A private in-memory cache has no file another connection could open.
        const Outcome outcome = compute(m_cache);
        QTimer::singleShot(0, this, [this, outcome] { finished(outcome); });
        return;
    }
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) { // never ran (the thread pool refused it)
            Outcome outcome;
            outcome.error = tr("The dashboard could not be computed. Open the page again.");
            finished(outcome);
            return;
        }
        finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [worker = m_worker, path, identity, compute] {
        if (!worker->cache || worker->cache->path() != path) {
            worker->cache.reset();
            CacheDatabase::Options options;
            options.identity = identity;
            options.readOnly = true;
            CacheDatabase::OpenResult opened = CacheDatabase::open(path, options);
            if (!opened) {
                Outcome outcome;
                outcome.error = opened.message;
                return outcome;
            }
            worker->cache = std::move(opened.database);
        }
        Outcome outcome = compute(*worker->cache);
        if (!outcome.error.isEmpty())
            worker->cache.reset(); // opened again next time
        return outcome;
    }));
}

void DashboardPage::finished(const Outcome& outcome)
{
    m_running = false;
    if (m_pending) {
        m_pending = false;
        start();
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_error = outcome.error;
        updateStatusLine();
        showMessage(outcome.error, true);
        emit refreshed();
        return;
    }
    m_error.clear();
    m_figures = outcome.figures;
    m_hasFigures = true;
    // An open range ("all") is only known now: too many bars go by a coarser period.
    if (!isGranularityAllowed(m_granularity)) {
        Granularity g = autoGranularity(m_figures.range);
        while (!isGranularityAllowed(g))
            g = Granularity(int(g) + 1);
        m_granularity = g;
        updateGranularityButtons();
        start();
        return;
    }
    updateGranularityButtons();
    updateStatusLine();
    if (m_figures.nothingPermitted) {
        showMessage(tr("You may not see any of the chosen locations. Choose other locations in the filter."), false);
    } else {
        m_stack->setCurrentIndex(0);
        showFigures();
    }
    emit refreshed();
}

void DashboardPage::showMessage(const QString& text, bool offerRebuild)
{
    m_messageText->setText(text);
    m_rebuild->setVisible(offerRebuild);
    m_rebuild->setEnabled(true);
    m_stack->setCurrentIndex(1);
}

void DashboardPage::rebuildTotals()
{
    m_rebuild->setEnabled(false);
    m_messageText->setText(tr("Rebuilding the totals from the transactions…"));
    const QString path = m_cache.path();
    const auto done = [this](const QString& error) {
        if (!error.isEmpty()) {
            showMessage(error, false);
            return;
        }
        m_stack->setCurrentIndex(0);
        reload();
    };
    if (path == QLatin1String(":memory:")) {
        QString error;
        try {
            TransactionRepository(m_cache).rebuildRollup();
        } catch (const StoreError& e) {
            error = e.message();
        }
        done(error);
        return;
    }
    const std::optional<CacheIdentity> identity = m_cache.identity();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, identity] {
        CacheDatabase::Options options;
        options.identity = identity;
        CacheDatabase::OpenResult opened = CacheDatabase::open(path, options);
        if (!opened)
            return opened.message;
        try {
            TransactionRepository(*opened.database).rebuildRollup();
        } catch (const StoreError& e) {
            return e.message();
        }
        return QString();
    }));
}

// ---------------------------------------------------------------------------------------
// Drawing

namespace {

QString axisLabel(const DashboardFigures::Period& p, Granularity g)
{
    if (g == Granularity::Month)
        return QLocale().toString(p.start, QStringLiteral("MMM yyyy"));
    return shortDay(p.start);
}

QString periodTitle(const DashboardFigures::Period& p, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return QLocale().toString(p.start, QLocale::LongFormat);
    case Granularity::Week:
        return DashboardPage::tr("Week %1: %2").arg(p.start.weekNumber()).arg(rangeText(p.days));
    case Granularity::Month: {
        const QString month = QLocale().toString(p.start, QStringLiteral("MMMM yyyy"));
        if (p.days.from == p.start && p.days.to == periodEnd(p.start, g))
            return month;
        return DashboardPage::tr("%1 (%2)").arg(month, rangeText(p.days));
    }
    }
    return {};
}

QString perPeriodTitle(const QString& day, const QString& week, const QString& month, Granularity g)
{
    return g == Granularity::Day ? day : g == Granularity::Week ? week : month;
}

QString elided(const QString& s, int length)
{
    return s.size() <= length ? s : s.left(length - 1) + QChar(0x2026);
}

} // namespace

void DashboardPage::showFigures()
{
    using namespace dashboard;
    const DashboardFigures& f = m_figures;
    const Granularity g = f.granularity;
    for (KpiPeriod p : kAllKpiPeriods) {
        KpiTile* tile = m_kpis[int(p)];
        const auto k = std::find_if(f.kpis.begin(), f.kpis.end(), [p](const auto& x) { return x.period == p; });
        if (k == f.kpis.end())
            tile->clear();
        else
            tile->setKpi(*k);
    }
    const auto hooks = [this](Chart chart) {
        ChartHooks h;
        h.clicked = [this, chart](int set, int index) {
            if (const std::optional<TransactionFilter> filter = filterFor(chart, set, index))
                emit openTransactions(*filter);
        };
        h.toolTip = [this, chart](int set, int index) { return toolTipFor(chart, set, index); };
        return h;
    };
    for (ChartCard* card : m_cards)
        card->setContext(m_status->text());
    const bool empty = f.total.count == 0;
    const QString nothing = tr("No transactions for these filters.");

    // Time series.
    QStringList periodLabels;
    for (const auto& p : f.series)
        periodLabels.append(axisLabel(p, g));
    {
        ChartCard* card = m_cards[int(Chart::Turnover)];
        card->setTitle(perPeriodTitle(tr("Turnover per day"), tr("Turnover per week"), tr("Turnover per month"), g));
        card->setNote(tr("Net turnover of the successful transactions: %1.").arg(money(f.total.turnoverMinor())));
        BarChartSpec spec;
        spec.labels = periodLabels;
        BarChartSpec::Set set { tr("Turnover"), {}, 0 };
        for (const auto& p : f.series)
            set.values.append(euros(p.totals.turnoverMinor()));
        spec.sets = { set };
        showBars(*card, spec, hooks(Chart::Turnover));
        card->setMessage(empty ? nothing : QString());
    }
    {
        ChartCard* card = m_cards[int(Chart::Transactions)];
        card->setTitle(perPeriodTitle(tr("Number of transactions per day"), tr("Number of transactions per week"),
            tr("Number of transactions per month"), g));
        card->setNote(tr("%1 successful, %2 not (failed, declined, cancelled, …).")
                          .arg(countText(f.total.successCount()), countText(f.total.unsuccessfulCount())));
        BarChartSpec spec;
        spec.labels = periodLabels;
        spec.stacked = true;
        spec.legend = true;
        spec.valueKind = AxisKind::Count;
        BarChartSpec::Set ok { tr("Successful"), {}, 2 };
        BarChartSpec::Set notOk { tr("Not successful"), {}, 3 };
        for (const auto& p : f.series) {
            ok.values.append(double(p.totals.successCount()));
            notOk.values.append(double(p.totals.unsuccessfulCount()));
        }
        spec.sets = { ok, notOk };
        showBars(*card, spec, hooks(Chart::Transactions));
        card->setMessage(empty ? nothing : QString());
    }
    {
        ChartCard* card = m_cards[int(Chart::Refunds)];
        card->setTitle(perPeriodTitle(tr("Refunds and chargebacks per day"), tr("Refunds and chargebacks per week"),
            tr("Refunds and chargebacks per month"), g));
        card->setNote(tr("Refunds %1 (%2), payments refunded later %3 (%4), chargebacks %5 (%6).")
                          .arg(money(-f.total.refundsMinor), countText(f.total.refundCount),
                              money(f.total.refundedMinor), countText(f.total.refundedCount),
                              money(f.total.chargebackMinor), countText(f.total.chargebackCount)));
        BarChartSpec spec;
        spec.labels = periodLabels;
        spec.legend = true;
        BarChartSpec::Set refunds { tr("Refunds"), {}, 1 };
        BarChartSpec::Set refunded { tr("Payments refunded"), {}, 4 };
        BarChartSpec::Set chargebacks { tr("Chargebacks"), {}, 3 };
        for (const auto& p : f.series) {
            refunds.values.append(euros(-p.totals.refundsMinor));
            refunded.values.append(euros(p.totals.refundedMinor));
            chargebacks.values.append(euros(p.totals.chargebackMinor));
        }
        spec.sets = { refunds, refunded, chargebacks };
        showBars(*card, spec, hooks(Chart::Refunds));
        const bool none = f.total.refundCount + f.total.refundedCount + f.total.chargebackCount == 0;
        card->setMessage(empty ? nothing : none ? tr("No refunds and no chargebacks for these filters.") : QString());
    }

    // Payment methods: the slices with turnover.
    {
        ChartCard* card = m_cards[int(Chart::Methods)];
        card->setTitle(tr("Turnover by payment method"));
        card->setNote(QString());
        m_methodSlices.clear();
        PieChartSpec spec;
        for (const auto& m : f.methods) {
            if (m.totals.turnoverMinor() <= 0)
                continue;
            m_methodSlices.append(m.method);
            spec.slices.append({ displayName(m.method), euros(m.totals.turnoverMinor()), int(m.method) - 1 });
        }
        showPie(*card, spec, hooks(Chart::Methods));
        card->setMessage(empty ? nothing : spec.slices.isEmpty() ? tr("No turnover for these filters.") : QString());
    }

    // Locations: the largest one by one, the rest together; the largest at the top.
    {
        ChartCard* card = m_cards[int(Chart::Locations)];
        card->setTitle(tr("Turnover by location"));
        m_locationBars.clear();
        QList<LocationBar> bars;
        LocationBar rest;
        for (qsizetype i = 0; i < f.locations.size(); ++i) {
            const auto& l = f.locations[i];
            if (i < kMaxLocationBars - 1 || f.locations.size() == kMaxLocationBars) {
                bars.append({ { l.locationId }, l.totals, f.locationNames.value(l.locationId, l.locationId) });
            } else {
                rest.ids.append(l.locationId);
                rest.totals += l.totals;
            }
        }
        if (!rest.ids.isEmpty()) {
            rest.name = tr("%n other locations", nullptr, int(rest.ids.size()));
            bars.append(rest);
        }
        std::reverse(bars.begin(), bars.end());
        BarChartSpec spec;
        spec.horizontal = true;
        BarChartSpec::Set set { tr("Turnover"), {}, 0 };
        QSet<QString> used;
        for (const LocationBar& b : std::as_const(bars)) {
            QString label = elided(b.name, 28);
            while (used.contains(label)) // the axis needs distinct names
                label += QChar(0x200b);
            used.insert(label);
            spec.labels.append(label);
            set.values.append(euros(b.totals.turnoverMinor()));
        }
        spec.sets = { set };
        m_locationBars = bars;
        showBars(*card, spec, hooks(Chart::Locations));
        card->setNote(f.locations.size() > 1 ? tr("%n locations with transactions.", nullptr, int(f.locations.size()))
                                             : QString());
        card->setMessage(empty ? nothing : QString());
    }

    // Hours: from the first to the last hour with transactions.
    {
        ChartCard* card = m_cards[int(Chart::Hours)];
        card->setTitle(tr("Turnover by hour of the day"));
        card->setNote(tr("Sums over the period, on each location's own clock."));
        int first = 24, last = -1;
        for (int h = 0; h < 24; ++h)
            if (f.hours[std::size_t(h)].count > 0) {
                first = std::min(first, h);
                last = std::max(last, h);
            }
        if (last < 0) {
            first = 8;
            last = 20;
        }
        m_hourBars.clear();
        BarChartSpec spec;
        spec.maxAxisLabels = 24;
        BarChartSpec::Set set { tr("Turnover"), {}, 0 };
        for (int h = first; h <= last; ++h) {
            m_hourBars.append(h);
            spec.labels.append(QString::number(h));
            set.values.append(euros(f.hours[std::size_t(h)].turnoverMinor()));
        }
        spec.sets = { set };
        showBars(*card, spec, hooks(Chart::Hours));
        card->setMessage(empty ? nothing : QString());
    }

    // Weekdays, Monday first.
    {
        ChartCard* card = m_cards[int(Chart::Weekdays)];
        card->setTitle(tr("Turnover by day of the week"));
        card->setNote(tr("Sums over the period; hover a bar for the average per day."));
        BarChartSpec spec;
        BarChartSpec::Set set { tr("Turnover"), {}, 0 };
        for (int w = 1; w <= 7; ++w) {
            spec.labels.append(QLocale().dayName(w, QLocale::ShortFormat));
            set.values.append(euros(f.weekdays[std::size_t(w - 1)].turnoverMinor()));
        }
        spec.sets = { set };
        showBars(*card, spec, hooks(Chart::Weekdays));
        card->setMessage(empty ? nothing : QString());
    }

    // Statuses: every one but a plain success, as a share of all transactions.
    {
        ChartCard* card = m_cards[int(Chart::Statuses)];
        card->setTitle(tr("Failed, declined and resolved by hand"));
        m_statusBars.clear();
        qint64 plain = 0;
        for (const auto& s : f.statuses) {
            if (s.status == TransactionStatus::Success && s.origin == StatusOrigin::Automatic)
                plain = s.count;
            else
                m_statusBars.append(s);
        }
        std::reverse(m_statusBars.begin(), m_statusBars.end()); // enum order from the top
        BarChartSpec spec;
        spec.horizontal = true;
        spec.valueKind = AxisKind::Percent;
        BarChartSpec::Set set { tr("Share of all transactions"), {}, 3 };
        for (const auto& s : std::as_const(m_statusBars)) {
            spec.labels.append(statusName(s.status, s.origin));
            set.values.append(f.total.count > 0 ? 100.0 * double(s.count) / double(f.total.count) : 0.0);
        }
        spec.sets = { set };
        showBars(*card, spec, hooks(Chart::Statuses));
        card->setNote(f.total.count > 0
                ? tr("%1 of the %2 transactions went through without intervention.")
                      .arg(percentText(100.0 * double(plain) / double(f.total.count)), countText(f.total.count))
                : QString());
        card->setMessage(empty           ? nothing
                : m_statusBars.isEmpty() ? tr("Every transaction went through without intervention.")
                                         : QString());
    }
}

// ---------------------------------------------------------------------------------------
// Click-through and hover

std::optional<TransactionFilter> DashboardPage::filterFor(Chart chart, int set, int index) const
{
    if (!m_hasFigures || index < 0)
        return std::nullopt;
    const DashboardFigures& f = m_figures;
    TransactionFilter out = f.filter;
    const auto narrowStatuses = [&out](const QList<TransactionStatus>& to) {
        const auto s = narrowed(out.statuses, to);
        if (s)
            out.statuses = *s;
        return bool(s);
    };
    const auto toPeriod = [&out, &f](int i) {
        out.from = f.series[i].days.from;
        out.to = f.series[i].days.to;
    };
    const bool period = chart == Chart::Turnover || chart == Chart::Transactions || chart == Chart::Refunds;
    if (period && index >= f.series.size())
        return std::nullopt;
    switch (chart) {
    case Chart::Turnover:
        if (set != 0 || f.series[index].totals.successCount() == 0)
            return std::nullopt;
        toPeriod(index);
        return narrowStatuses({ TransactionStatus::Success }) ? std::optional(out) : std::nullopt;
    case Chart::Transactions: {
        const DashboardTotals& t = f.series[index].totals;
        if ((set == 0 && t.successCount() == 0) || (set == 1 && t.unsuccessfulCount() == 0) || set < 0 || set > 1)
            return std::nullopt;
        toPeriod(index);
        return narrowStatuses(
                   set == 0 ? QList<TransactionStatus> { TransactionStatus::Success } : unsuccessfulStatuses())
            ? std::optional(out)
            : std::nullopt;
    }
    case Chart::Refunds: {
        const DashboardTotals& t = f.series[index].totals;
        toPeriod(index);
        if (set == 0 && t.refundCount > 0) {
            // Refunds are the successful transactions with a negative amount.
            out.maxAmountMinor = out.maxAmountMinor ? std::min<qint64>(*out.maxAmountMinor, -1) : -1;
            return narrowStatuses({ TransactionStatus::Success }) ? std::optional(out) : std::nullopt;
        }
        if (set == 1 && t.refundedCount > 0)
            return narrowStatuses({ TransactionStatus::Refunded }) ? std::optional(out) : std::nullopt;
        if (set == 2 && t.chargebackCount > 0)
            return narrowStatuses({ TransactionStatus::Chargeback }) ? std::optional(out) : std::nullopt;
        return std::nullopt;
    }
    case Chart::Methods: {
        if (set != 0 || index >= m_methodSlices.size())
            return std::nullopt;
        const auto m = narrowed(out.methods, { m_methodSlices[index] });
        if (!m)
            return std::nullopt;
        out.methods = *m;
        return narrowStatuses({ TransactionStatus::Success }) ? std::optional(out) : std::nullopt;
    }
    case Chart::Locations: {
        if (set != 0 || index >= m_locationBars.size() || m_locationBars[index].totals.successCount() == 0)
            return std::nullopt;
        const auto l = narrowed(out.locationIds, m_locationBars[index].ids);
        if (!l)
            return std::nullopt;
        out.locationIds = *l;
        return narrowStatuses({ TransactionStatus::Success }) ? std::optional(out) : std::nullopt;
    }
    case Chart::Hours: {
        if (set != 0 || index >= m_hourBars.size() || f.hours[std::size_t(m_hourBars[index])].successCount() == 0)
            return std::nullopt;
        const auto h = narrowed(out.hours, { m_hourBars[index] });
        if (!h)
            return std::nullopt;
        out.hours = *h;
        return narrowStatuses({ TransactionStatus::Success }) ? std::optional(out) : std::nullopt;
    }
    case Chart::Weekdays: {
        if (set != 0 || index >= 7 || f.weekdays[std::size_t(index)].successCount() == 0)
            return std::nullopt;
        const auto w = narrowed(out.weekdays, { index + 1 });
        if (!w)
            return std::nullopt;
        out.weekdays = *w;
        return narrowStatuses({ TransactionStatus::Success }) ? std::optional(out) : std::nullopt;
    }
    case Chart::Statuses: {
        if (set != 0 || index >= m_statusBars.size())
            return std::nullopt;
        const DashboardFigures::StatusRow& s = m_statusBars[index];
        const auto o = narrowed(out.origins, { s.origin });
        if (!o || !narrowStatuses({ s.status }))
            return std::nullopt;
        out.origins = *o;
        return out;
    }
    case Chart::Count:
        break;
    }
    return std::nullopt;
}

std::optional<TransactionFilter> DashboardPage::filterForKpi(KpiPeriod period) const
{
    if (!m_hasFigures)
        return std::nullopt;
    const auto k = std::find_if(
        m_figures.kpis.begin(), m_figures.kpis.end(), [period](const auto& x) { return x.period == period; });
    if (k == m_figures.kpis.end() || k->current.successCount() == 0)
        return std::nullopt;
    TransactionFilter out = m_figures.filter;
    out.from = k->ranges.current.from;
    out.to = k->ranges.current.to;
    const auto s = narrowed(out.statuses, { TransactionStatus::Success });
    if (!s)
        return std::nullopt;
    out.statuses = *s;
    return out;
}

QString DashboardPage::toolTipFor(Chart chart, int set, int index) const
{
    if (!m_hasFigures || index < 0)
        return {};
    const DashboardFigures& f = m_figures;
    const QString click
        = QStringLiteral("<br><i>") + tr("Click to see these transactions.").toHtmlEscaped() + QStringLiteral("</i>");
    switch (chart) {
    case Chart::Turnover: {
        if (index >= f.series.size())
            return {};
        const auto& p = f.series[index];
        return bold(periodTitle(p, f.granularity)) + QStringLiteral("<br>") + turnoverLines(p.totals)
            + (p.totals.successCount() > 0 ? click : QString());
    }
    case Chart::Transactions: {
        if (index >= f.series.size())
            return {};
        const auto& p = f.series[index];
        QString s = bold(periodTitle(p, f.granularity)) + QStringLiteral("<br>")
            + tr("%Ln transactions", nullptr, int32(p.totals.count)) + QStringLiteral("<br>")
            + tr("Successful: %1").arg(countText(p.totals.successCount())) + QStringLiteral("<br>")
            + tr("Not successful: %1").arg(countText(p.totals.unsuccessfulCount()));
        return s + ((set == 0 ? p.totals.successCount() : p.totals.unsuccessfulCount()) > 0 ? click : QString());
    }
    case Chart::Refunds: {
        if (index >= f.series.size())
            return {};
        const auto& t = f.series[index].totals;
        QString s = bold(periodTitle(f.series[index], f.granularity)) + QStringLiteral("<br>")
            + tr("Refunds: %1 (%Ln)", nullptr, int32(t.refundCount)).arg(money(t.refundsMinor)) + QStringLiteral("<br>")
            + tr("Payments refunded later: %1 (%Ln)", nullptr, int32(t.refundedCount)).arg(money(t.refundedMinor))
            + QStringLiteral("<br>")
            + tr("Chargebacks: %1 (%Ln)", nullptr, int32(t.chargebackCount)).arg(money(t.chargebackMinor));
        return s + (filterFor(chart, set, index) ? click : QString());
    }
    case Chart::Methods: {
        if (index >= m_methodSlices.size())
            return {};
        const auto m = std::find_if(
            f.methods.begin(), f.methods.end(), [&](const auto& x) { return x.method == m_methodSlices[index]; });
        if (m == f.methods.end())
            return {};
        const qint64 all = f.total.turnoverMinor();
        QString s = bold(displayName(m->method)) + QStringLiteral("<br>") + turnoverLines(m->totals);
        if (all > 0)
            s += QStringLiteral("<br>")
                + tr("Share of the turnover: %1")
                      .arg(percentText(100.0 * double(m->totals.turnoverMinor()) / double(all)));
        return s + click;
    }
    case Chart::Locations: {
        if (index >= m_locationBars.size())
            return {};
        const LocationBar& b = m_locationBars[index];
        QString s = bold(b.name);
        if (b.ids.size() > 1) {
            QStringList names;
            for (const QString& id : b.ids)
                names.append(f.locationNames.value(id, id));
            s += QStringLiteral("<br>") + names.join(QStringLiteral(", ")).toHtmlEscaped();
        }
        s += QStringLiteral("<br>") + turnoverLines(b.totals) + QStringLiteral("<br>")
            + tr("%Ln transactions in all", nullptr, int32(b.totals.count));
        return s + (b.totals.successCount() > 0 ? click : QString());
    }
    case Chart::Hours: {
        if (index >= m_hourBars.size())
            return {};
        const int h = m_hourBars[index];
        const DashboardTotals& t = f.hours[std::size_t(h)];
        const QString hours
            = tr("%1:00 – %2:00").arg(h, 2, 10, QLatin1Char('0')).arg((h + 1) % 24, 2, 10, QLatin1Char('0'));
        return bold(hours) + QStringLiteral("<br>") + turnoverLines(t) + QStringLiteral("<br>")
            + tr("%Ln transactions in all", nullptr, int32(t.count)) + (t.successCount() > 0 ? click : QString());
    }
    case Chart::Weekdays: {
        if (index >= 7)
            return {};
        const DashboardTotals& t = f.weekdays[std::size_t(index)];
        const int days = f.weekdayDays[std::size_t(index)];
        QString s = bold(QLocale().dayName(index + 1)) + QStringLiteral("<br>") + turnoverLines(t);
        if (days > 0)
            s += QStringLiteral("<br>")
                + tr("%n such days in the period: %1 per day on average", nullptr, days)
                      .arg(money(Money::eur(t.turnoverMinor()).multipliedBy(1, days).minor()));
        return s + (t.successCount() > 0 ? click : QString());
    }
    case Chart::Statuses: {
        if (index >= m_statusBars.size())
            return {};
        const auto& r = m_statusBars[index];
        QString s = bold(statusName(r.status, r.origin)) + QStringLiteral("<br>")
            + tr("%Ln transactions", nullptr, int32(r.count)) + QStringLiteral("<br>")
            + tr("Amount: %1").arg(money(r.amountMinor));
        if (f.total.count > 0)
            s += QStringLiteral("<br>")
                + tr("Share of all transactions: %1")
                      .arg(percentText(100.0 * double(r.count) / double(f.total.count), 2));
        return s + click;
    }
    case Chart::Count:
        break;
    }
    return {};
}

} // namespace comptoir
