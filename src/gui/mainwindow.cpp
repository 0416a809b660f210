#include "mainwindow.h"

#include "gui/demosession.h"
#include "gui/icons.h"
#include "gui/overviewpage.h"
#include "gui/transactionspage.h"
#include "store/accountrepository.h"
#include "store/cachedatabase.h"
#include "store/periodrepository.h"
#include "store/storeerror.h"
#include "store/transactionrepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
    statusBar()->addWidget(m_account);
    statusBar()->addWidget(m_count);
    statusBar()->addPermanentWidget(m_location);
    updateStatusBar();

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
    if (DemoSession::isDemoCache(m_cache)) {
        m_location->setText(tr("Demo data"));
        m_location->setToolTip(tr("Generated demo data, kept in %1").arg(QDir::toNativeSeparators(m_cache.path())));
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
