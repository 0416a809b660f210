#include "mainwindow.h"

#include "gui/demoportal.h"
#include "gui/exportdialog.h"
#include "gui/icons.h"
#include "gui/outboxdialog.h"
#include "gui/overviewpage.h"
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
#include <QTimer>
#include <QToolButton>

#include <limits>

namespace comptoir {

namespace {

const QString kGeometryKey = QStringLiteral("MainWindow/geometry");

struct PageInfo {
    MainWindow::Page page;
    const char* name; // its icon :/icons/<name>.svg and its screenshot <name>.png
};
constexpr PageInfo kPages[] = {
    {MainWindow::Page::Overview, "overview"},
    {MainWindow::Page::Transactions, "transactions"},
};

} // namespace

MainWindow::MainWindow(CacheDatabase& cache, QWidget* parent) : QMainWindow(parent), m_cache(cache)
{
    setWindowIcon(applicationIcon());

    m_overview = new OverviewPage(cache, this);
    m_transactions = new TransactionsPage(cache, this);
    // Local edits are made as the account's user; a cache without an account is read-only.
    if (const std::optional<CacheIdentity> identity = cache.identity())
        m_transactions->setActor(identity->accountEmail);
    connect(m_transactions, &TransactionsPage::edited, this, &MainWindow::localEditMade);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_overview);     // Page::Overview
    m_pages->addWidget(m_transactions); // Page::Transactions

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int itemHeight = std::max(fontMetrics().height(), 20) + 16;
    for (const QString& name : {tr("Overview"), tr("Transactions")}) {
        auto* item = new QListWidgetItem(name, m_navigation);
        item->setSizeHint(QSize(0, itemHeight));
    }
    int navWidth = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        navWidth = std::max(navWidth, fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(std::max(160, navWidth + 20 + 48));
    updateIcons();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

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
    auto* cancel = new QToolButton(m_progress);
    cancel->setObjectName(QStringLiteral("cancelSync"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop the sync. What has arrived so far is kept."));
    connect(cancel, &QToolButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(bar);
    progressLayout->addWidget(cancel);
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
    updateStatusBar();

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
    showPage(Page::Overview);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
    m_pages->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages->currentIndex() == static_cast<int>(Page::Transactions) ? Page::Transactions : Page::Overview;
}

void MainWindow::createMenus()
{
    QAction* exportAction = menuBar()->addMenu(tr("&File"))->addAction(tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("export"));
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(exportAction, &QAction::triggered, this,
            [this] { ExportDialog(m_cache, m_transactions->appliedFilter(), this).exec(); });
    QMenu* portal = menuBar()->addMenu(tr("&Portal"));
    m_syncNow = portal->addAction(tr("&Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setEnabled(false);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_outboxAction = portal->addAction(tr("&Changes waiting for the portal…"));
    m_outboxAction->setObjectName(QStringLiteral("showOutbox"));
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::showOutbox);

    QMenu* interval = portal->addMenu(tr("&Background sync"));
    auto* group = new QActionGroup(interval);
    const int saved = SyncController::savedIntervalMinutes();
    for (const int minutes : {0, 5, 15, 30, 60}) {
        QAction* a = interval->addAction(minutes == 0 ? tr("Off") : tr("Every %n minutes", nullptr, minutes));
        a->setCheckable(true);
        a->setChecked(minutes == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] {
            SyncController::saveIntervalMinutes(minutes);
            if (m_sync)
                m_sync->setIntervalMinutes(minutes);
        });
    }
    portal->addSeparator();
    m_signOut = portal->addAction(tr("Sign &out"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setEnabled(false);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
}

void MainWindow::setSyncController(SyncController* sync)
{
    m_sync = sync;
    m_syncNow->setEnabled(sync != nullptr);
    m_signOut->setEnabled(sync != nullptr && !DemoPortal::isDemoCache(m_cache));
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
    m_overview->refresh();
    m_transactions->reload();
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
                                  : tr("Last synced on %1").arg(locale.toString(local, QLocale::ShortFormat)));
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
    for (const PageInfo& p : kPages)
        if (QListWidgetItem* item = m_navigation->item(static_cast<int>(p.page)))
            item->setIcon(symbolicIcon(QLatin1String(p.name), palette()));
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

QStringList MainWindow::saveScreenshots(const QString& dir)
{
    QStringList written;
    if (!QDir().mkpath(dir))
        return written;
    const Page current = currentPage();
    for (const PageInfo& p : kPages) {
        showPage(p.page);
        // Let layouts settle and the views fetch their first rows before grabbing.
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        const QString file = QDir(dir).filePath(QLatin1String(p.name) + QStringLiteral(".png"));
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
    QMainWindow::changeEvent(event);
}

} // namespace comptoir
