#include "mainwindow.h"

#include "gui/dateformats.h"
#include "gui/dayclosespage.h"
#include "gui/demoportal.h"
#include "gui/exportdialog.h"
#include "gui/helpmenu.h"
#include "gui/icons.h"
#include "gui/locationspage.h"
#include "gui/outboxdialog.h"
#include "gui/dashboardpage.h"
#include "gui/filterbar.h"
#include "gui/receiptspage.h"
#include "gui/settingspage.h"
#include "gui/synccontroller.h"
#include "gui/transactionspage.h"
#include "portal/syncengine.h"
#include "store/accountrepository.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "store/periodrepository.h"
#include "store/storeerror.h"
#include "store/transactionrepository.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <limits>

namespace comptoir {

namespace {

const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kPageKey = QStringLiteral("MainWindow/page");

} // namespace

MainWindow::MainWindow(CacheDatabase& cache, QWidget* parent) : QMainWindow(parent), m_cache(cache)
{
    setWindowIcon(applicationIcon());
    const std::optional<CacheIdentity> identity = cache.identity();
    // Local edits are made as the account's user; a cache without an account is read-only.
    const QString actor = identity ? identity->accountEmail : QString();

    m_dashboard = new DashboardPage(cache, this);
    m_dashboardFilters = new FilterBar(cache, Menu::Dashboard, FilterBar::Shared, m_dashboard);
    m_dashboardFilters->setObjectName(QStringLiteral("dashboardFilters"));
    m_dashboard->setFilterBar(m_dashboardFilters);
    m_transactions = new TransactionsPage(cache, this);
    m_transactions->setActor(actor);
    connect(m_transactions, &TransactionsPage::edited, this, &MainWindow::localEditMade);
    connect(m_transactions, &TransactionsPage::showPeriodRequested, this, &MainWindow::showPeriod);
    m_dayCloses = new DayClosesPage(cache, this);
    connect(m_dayCloses, &DayClosesPage::showTransactionsOf, this, &MainWindow::showTransactionsOfPeriod);
    m_locations = new LocationsPage(cache, actor, this);
    connect(m_locations, &LocationsPage::edited, this, &MainWindow::localEditMade);
    m_receipts = new ReceiptsPage(cache, this);
    m_receipts->setActor(actor);
    connect(m_receipts, &ReceiptsPage::edited, this, &MainWindow::localEditMade);
    connect(m_receipts, &ReceiptsPage::showOutboxRequested, this, &MainWindow::showOutbox);
    m_settings = new SettingsPage(cache, this);
    connect(m_settings, &SettingsPage::intervalChosen, this, [this](int minutes) {
        if (m_sync)
            m_sync->setIntervalMinutes(minutes);
        for (QAction* a : m_intervalGroup->actions())
            a->setChecked(a->data().toInt() == minutes);
    });
    connect(m_settings, &SettingsPage::syncNowRequested, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    connect(m_settings, &SettingsPage::signOutRequested, this, &MainWindow::signOutRequested);

    m_pages = new QStackedWidget(this);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addPage(Page::Dashboard, "dashboard", m_dashboard);
    connectDashboard();
    addPage(Page::Transactions, "transactions", m_transactions);
    addPage(Page::DayCloses, "daycloses", m_dayCloses);
    addPage(Page::Locations, "locations", m_locations);
    addPage(Page::Receipts, "receipts", m_receipts);
    addPage(Page::Settings, "settings", m_settings);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            m_pages->setCurrentWidget(m_entries.at(row).widget);
    });

    // A hairline in the palette's Mid colour: quiet on light and dark palettes alike.
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::NoFrame);
    separator->setFixedWidth(1);
    separator->setAutoFillBackground(true);
    separator->setBackgroundRole(QPalette::Mid);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_account = new QLabel(this);
    m_count = new QLabel(this);
    m_location = new QLabel(this);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_account, m_count, m_location})
        label->setContentsMargins(6, 0, 6, 0);
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_lastSynced = new QLabel(this);
    m_lastSynced->setObjectName(QStringLiteral("lastSynced"));
    for (QLabel* label : {m_connection, m_lastSynced})
        label->setContentsMargins(6, 0, 6, 0);

    // While a sync runs: what it is doing, a busy bar and a way to stop it.
    m_progress = new QWidget(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    auto* progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(6, 0, 0, 0);
    m_progressText = new QLabel(m_progress);
    auto* bar = new QProgressBar(m_progress);
    bar->setRange(0, 0);
    bar->setMaximumWidth(120);
    bar->setMaximumHeight(fontMetrics().height());
    bar->setTextVisible(false);
    m_cancelSync = new QToolButton(m_progress);
    m_cancelSync->setObjectName(QStringLiteral("cancelSync"));
    connect(m_cancelSync, &QToolButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(bar);
    progressLayout->addWidget(m_cancelSync);
    m_progress->hide();

    m_outboxButton = new QToolButton(this);
    m_outboxButton->setObjectName(QStringLiteral("outboxButton"));
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->hide();
    connect(m_outboxButton, &QToolButton::clicked, this, &MainWindow::showOutbox);

    statusBar()->addWidget(m_account);
    statusBar()->addWidget(m_count);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_outboxButton);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_lastSynced);
    statusBar()->addPermanentWidget(m_location);
    createMenus();
    retranslateUi();
    updatePermissions();

    // "Last synced 5 minutes ago" stays true as time passes.
    m_clock = new QTimer(this);
    m_clock->setInterval(30'000);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::updateSyncStatus);
    m_clock->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        QSize size(1280, 800);
        if (const QScreen* screen = QApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    const int saved = settings.value(kPageKey, static_cast<int>(Page::Dashboard)).toInt();
    const Page start = saved >= 0 && saved <= static_cast<int>(Page::Settings) ? static_cast<Page>(saved) : Page::Dashboard;
    showPage(isPageAvailable(start) ? start : Page::Dashboard);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const char* name, QWidget* widget)
{
    m_entries.append({page, name, widget});
    m_pages->addWidget(widget);
    auto* item = new QListWidgetItem(m_navigation);
    item->setData(Qt::UserRole, static_cast<int>(page));
    item->setSizeHint(QSize(0, std::max(fontMetrics().height(), 20) + 16));
}

const MainWindow::PageEntry* MainWindow::entry(Page page) const
{
    for (const PageEntry& e : m_entries)
        if (e.page == page)
            return &e;
    return nullptr;
}

bool MainWindow::isPageAvailable(Page page) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).page == page)
            return !m_navigation->item(row)->isHidden();
    return false;
}

void MainWindow::showPage(Page page)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).page != page)
            continue;
        if (m_navigation->item(row)->isHidden())
            return;
        m_navigation->setCurrentRow(row);
        m_pages->setCurrentWidget(m_entries.at(row).widget);
        return;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    for (const PageEntry& e : m_entries)
        if (e.widget == m_pages->currentWidget())
            return e.page;
    return Page::Dashboard;
}

void MainWindow::updatePermissions()
{
    std::optional<PermissionSet> permissions;
    try {
        permissions = SyncEngine::cachedPermissions(m_cache);
    } catch (const StoreError&) {
    }
    const auto allows = [&](Menu menu) { return !permissions || permissions->allows(menu); };
    for (int row = 0; row < m_entries.size(); ++row) {
        bool visible = true;
        switch (m_entries.at(row).page) {
        case Page::Dashboard:
            visible = allows(Menu::Dashboard);
            break;
        case Page::Transactions:
            visible = allows(Menu::Transactions);
            break;
        case Page::DayCloses:
            visible = allows(Menu::DayCloses);
            break;
        case Page::Locations:
            visible = LocationsPage::isPermitted(permissions);
            break;
        case Page::Receipts:
            visible = allows(Menu::Receipts);
            break;
        case Page::Settings:
            break;
        }
        m_navigation->item(row)->setHidden(!visible);
        if (row < m_pageActions.size())
            m_pageActions.at(row)->setVisible(visible);
    }
    // The page shown may have just become forbidden: show the first one allowed.
    if (!isPageAvailable(currentPage()))
        for (const PageEntry& e : std::as_const(m_entries))
            if (isPageAvailable(e.page)) {
                showPage(e.page);
                break;
            }
}

void MainWindow::connectDashboard()
{
    // The dashboard and the Transactions page share their dates, locations, terminals and
    // methods: a change on either shows on both.
    m_dashboardFilters->takeSharedFrom(*m_transactions->filterBar());
    m_dashboard->setFilter(m_dashboardFilters->filter());
    connect(m_dashboardFilters, &FilterBar::changed, this, [this] {
        m_dashboard->setFilter(m_dashboardFilters->filter());
        m_transactions->filterBar()->takeSharedFrom(*m_dashboardFilters);
        m_transactions->applyFilter();
    });
    connect(m_transactions, &TransactionsPage::filterChanged, this, [this] {
        m_dashboardFilters->takeSharedFrom(*m_transactions->filterBar());
        m_dashboard->setFilter(m_dashboardFilters->filter());
    });
    // A bar, a slice or a KPI: exactly its transactions.
    connect(m_dashboard, &DashboardPage::openTransactions, this, [this](const TransactionFilter& filter) {
        if (!isPageAvailable(Page::Transactions))
            return;
        m_transactions->showFilter(filter);
        showPage(Page::Transactions);
    });
}

void MainWindow::showPeriod(const QString& periodId)
{
    if (!isPageAvailable(Page::DayCloses))
        return;
    showPage(Page::DayCloses);
    m_dayCloses->showPeriod(periodId);
}

void MainWindow::showTransactionsOfPeriod(const QString& periodId)
{
    if (!isPageAvailable(Page::Transactions))
        return;
    // Every day of the period: the filter holds the period, not dates.
    TransactionFilter f;
    f.periodId = periodId;
    m_transactions->showFilter(f);
    showPage(Page::Transactions);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this,
            [this] { ExportDialog(m_cache, m_transactions->appliedFilter(), this).exec(); });
    m_fileMenu->insertAction(m_quit, m_export);
    m_fileMenu->insertSeparator(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_entries.size(); ++i) {
        QAction* a = m_viewMenu->addAction(QString());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const Page page = m_entries.at(i).page;
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(a);
    }

    m_portalMenu = menuBar()->addMenu(QString());
    m_syncNow = m_portalMenu->addAction(QString());
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setEnabled(false);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_outboxAction = m_portalMenu->addAction(QString());
    m_outboxAction->setObjectName(QStringLiteral("showOutbox"));
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::showOutbox);

    m_intervalMenu = m_portalMenu->addMenu(QString());
    m_intervalGroup = new QActionGroup(m_intervalMenu);
    const int saved = SyncController::savedIntervalMinutes();
    for (const int minutes : {0, 5, 15, 30, 60}) {
        QAction* a = m_intervalMenu->addAction(QString());
        a->setData(minutes);
        a->setCheckable(true);
        a->setChecked(minutes == saved);
        m_intervalGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] {
            SyncController::saveIntervalMinutes(minutes);
            if (m_sync)
                m_sync->setIntervalMinutes(minutes);
            m_settings->showInterval(minutes);
        });
    }
    m_portalMenu->addSeparator();
    m_signOut = m_portalMenu->addAction(QString());
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setEnabled(false);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::retranslateUi()
{
    m_navigation->setAccessibleName(tr("Pages"));
    for (int row = 0; row < m_entries.size(); ++row) {
        QString name;
        switch (m_entries.at(row).page) {
        case Page::Dashboard:
            name = tr("Dashboard");
            break;
        case Page::Transactions:
            name = tr("Transactions");
            break;
        case Page::DayCloses:
            name = tr("Day closes");
            break;
        case Page::Locations:
            name = tr("Locations & terminals");
            break;
        case Page::Receipts:
            name = tr("Receipts");
            break;
        case Page::Settings:
            name = tr("Settings");
            break;
        }
        m_navigation->item(row)->setText(name);
        if (row < m_pageActions.size())
            m_pageActions.at(row)->setText(name);
    }
    int navWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        navWidth = std::max(navWidth, fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(std::max(160, navWidth + 20 + 48));
    updateIcons();

    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Export the transactions to Excel or CSV for the bookkeeping"));
    m_viewMenu->setTitle(tr("&View"));
    m_portalMenu->setTitle(tr("&Portal"));
    m_syncNow->setText(tr("&Sync now"));
    m_outboxAction->setText(tr("&Changes waiting for the portal…"));
    m_intervalMenu->setTitle(tr("&Background sync"));
    for (QAction* a : m_intervalGroup->actions()) {
        const int minutes = a->data().toInt();
        a->setText(minutes == 0 ? tr("Off") : tr("Every %n minutes", nullptr, minutes));
    }
    m_signOut->setText(tr("Sign &out"));
    m_cancelSync->setText(tr("Cancel"));
    m_cancelSync->setToolTip(tr("Stop the sync. What has arrived so far is kept."));
    updateStatusBar();
}

void MainWindow::setSyncController(SyncController* sync)
{
    m_sync = sync;
    m_syncNow->setEnabled(sync != nullptr);
    const bool canSignOut = sync != nullptr && !DemoPortal::isDemoCache(m_cache);
    m_signOut->setEnabled(canSignOut);
    m_settings->setSyncAvailable(sync != nullptr, canSignOut);
    if (sync)
        m_dayCloses->setPortal(sync->account().portal, sync->account().token);
    if (!sync) {
        updateSyncStatus();
        return;
    }
    sync->setIntervalMinutes(SyncController::savedIntervalMinutes());
    connect(sync, &SyncController::started, this, [this] {
        m_progressText->setText(tr("Syncing…"));
        m_progress->show();
        m_syncNow->setEnabled(false);
    });
    connect(sync, &SyncController::progress, this, [this](const QString& stage, qint64 transactions, qint64 periods) {
        const QLocale locale;
        m_progressText->setText(tr("Syncing (%1): %2 transactions, %3 day closes", "%1 is the step, e.g. “Transactions”")
                                    .arg(stage, locale.toString(transactions), locale.toString(periods)));
    });
    connect(sync, &SyncController::finished, this, [this](const SyncEngine::Result& result) {
        m_progress->hide();
        m_syncNow->setEnabled(true);
        if (result.ok) {
            const qint64 n = result.totals.transactions;
            statusBar()->showMessage(n == 0 ? tr("Up to date.")
                                            : tr("%Ln new or changed transactions.", nullptr, int(std::min<qint64>(n, std::numeric_limits<int>::max()))),
                                     8000);
        } else if (result.cancelled) {
            statusBar()->showMessage(tr("Sync stopped. What had arrived is kept."), 8000);
        } else if (result.error.kind == PortalError::Kind::Unauthorized || result.error.kind == PortalError::Kind::Locked) {
            emit signInRequested(result.error.message);
        } else if (result.error.kind != PortalError::Kind::Unreachable) {
            statusBar()->showMessage(result.error.message, 15000);
        }
        if (m_sync)
            m_dayCloses->setPortal(m_sync->account().portal, m_sync->account().token);
        reload();
        if (result.outbox.conflicts > 0 || result.outbox.rejected > 0)
            statusBar()->showMessage(tr("The portal did not take all your changes: see what needs your attention."), 15000);
    });
    connect(sync, &SyncController::connectionChanged, this, &MainWindow::updateSyncStatus);
    updateSyncStatus();
}

void MainWindow::localEditMade()
{
    updateSyncStatus();
    if (m_sync)
        m_sync->syncNow(); // pushes it (the sync sends local edits first)
}

void MainWindow::reload()
{
    updatePermissions();
    m_dashboardFilters->reloadChoices();
    m_dashboard->reload();
    m_transactions->reloadChoices();
    m_transactions->reload();
    m_dayCloses->reload();
    m_locations->reload();
    m_receipts->reload();
    updateStatusBar();
}

void MainWindow::showOutbox()
{
    const std::optional<CacheIdentity> identity = m_cache.identity();
    OutboxDialog dialog(m_cache, identity ? identity->accountEmail : QString(), this);
    connect(&dialog, &OutboxDialog::changed, this, [this] {
        reload();
        if (m_sync)
            m_sync->syncNow();
    });
    dialog.exec();
    updateSyncStatus();
}

void MainWindow::updateSyncStatus()
{
    const QLocale locale;
    if (!m_sync) {
        m_connection->setText(tr("Offline: no portal sign-in"));
        m_connection->setToolTip(tr("This cache is shown as it was last synced."));
    } else {
        switch (m_sync->connection()) {
        case SyncController::Connection::Online:
            m_connection->setText(tr("● Online"));
            m_connection->setToolTip(tr("The portal answered the last sync."));
            break;
        case SyncController::Connection::Offline:
            m_connection->setText(tr("○ Offline"));
            m_connection->setToolTip(m_sync->lastResult().error.message);
            break;
        case SyncController::Connection::SignedOut:
            m_connection->setText(tr("Signed out"));
            m_connection->setToolTip(m_sync->lastResult().error.message);
            break;
        case SyncController::Connection::Unknown:
            m_connection->setText(QString());
            m_connection->setToolTip(QString());
            break;
        }
    }
    QString last;
    try {
        last = m_cache.meta(SyncEngine::kLastSynced);
    } catch (const StoreError&) {
    }
    const QDateTime at = QDateTime::fromString(last, Qt::ISODateWithMs);
    if (!at.isValid()) {
        m_lastSynced->setText(tr("Never synced"));
    } else {
        const qint64 minutes = at.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        const QDateTime local = at.toLocalTime();
        m_lastSynced->setText(minutes < 1    ? tr("Last synced just now")
                              : minutes < 60 ? tr("Last synced %n minutes ago", nullptr, int(minutes))
                              : local.date() == QDate::currentDate()
                                  ? tr("Last synced at %1").arg(locale.toString(local.time(), QLocale::ShortFormat))
                                  : tr("Last synced on %1").arg(shortDateTime(local, locale)));
        m_lastSynced->setToolTip(locale.toString(local, QLocale::LongFormat));
    }
    int attention = 0;
    qint64 waiting = 0;
    try {
        attention = OutboxDialog::attentionCount(m_cache);
        waiting = Outbox(m_cache).count(OutboxEntry::State::Pending);
    } catch (const StoreError&) {
    }
    m_outboxButton->setVisible(attention > 0 || waiting > 0);
    m_outboxButton->setText(attention > 0 ? tr("%n change(s) need your attention", nullptr, attention)
                                          : tr("%n change(s) waiting for the portal", nullptr, int(waiting)));
    QFont font = m_outboxButton->font();
    font.setBold(attention > 0);
    m_outboxButton->setFont(font);
}

void MainWindow::updateIcons()
{
    for (int row = 0; row < m_entries.size(); ++row)
        m_navigation->item(row)->setIcon(symbolicIcon(QLatin1String(m_entries.at(row).name), palette()));
}

void MainWindow::updateStatusBar()
{
    const QLocale locale;
    QString merchantName;
    qint64 count = 0;
    try {
        if (const std::optional<Merchant> merchant = AccountRepository(m_cache).merchant())
            merchantName = merchant->name;
        count = TransactionRepository(m_cache).count();
    } catch (const StoreError& e) {
        statusBar()->showMessage(e.message());
    }
    setWindowTitle(merchantName.isEmpty() ? tr("Comptoir") : tr("Comptoir — %1").arg(merchantName));

    QString account = merchantName;
    if (const std::optional<CacheIdentity> identity = m_cache.identity(); identity && !identity->accountEmail.isEmpty())
        account = merchantName.isEmpty() ? identity->accountEmail
                                         : tr("%1 (%2)", "merchant (account e-mail)").arg(merchantName, identity->accountEmail);
    m_account->setText(account);
    m_count->setText(tr("%Ln transactions in the cache", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max()))));
    if (m_lastSynced)
        updateSyncStatus();
    if (DemoPortal::isDemoCache(m_cache)) {
        m_location->setText(tr("Demo portal"));
        m_location->setToolTip(tr("Synced from the demo portal running inside Comptoir, kept in %1").arg(QDir::toNativeSeparators(m_cache.path())));
    } else {
        m_location->setText(QDir::toNativeSeparators(m_cache.path()));
        m_location->setToolTip(tr("The local cache file"));
    }
}

QStringList MainWindow::saveScreenshots(const QString& dir, const QString& suffix)
{
    QStringList written;
    if (!QDir().mkpath(dir))
        return written;
    const Page current = currentPage();
    for (const PageEntry& e : std::as_const(m_entries)) {
        if (!isPageAvailable(e.page))
            continue;
        showPage(e.page);
        // Let layouts settle and the views fetch their first rows (and a worker its
        // report) before grabbing.
        for (int i = 0; i < 20; ++i) {
            QApplication::processEvents();
            QThread::msleep(10);
        }
        const QString name = QLatin1String(e.name);
        const QString file = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
        if (grab().save(file))
            written.append(file);
    }
    showPage(current);
    return written;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kPageKey, static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_navigation)
        updateIcons();
    if (event->type() == QEvent::LanguageChange && m_navigation)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace comptoir
