#include "appcontroller.h"

#include "gui/demoportal.h"
#include "gui/mainwindow.h"
#include "gui/recentcaches.h"
#include "gui/signindialog.h"
#include "gui/synccontroller.h"
#include "portal/accountsession.h"
#include "portal/portalclient.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace comptoir {

namespace {
const QString kPortalKey = QStringLiteral("Account/portal");
const QString kEmailKey = QStringLiteral("Account/email");
} // namespace

AppController::AppController(Options options, QObject* parent) : QObject(parent), m_options(std::move(options)) {}

AppController::~AppController()
{
    closeWindow();
}

std::optional<CacheIdentity> AppController::lastAccount()
{
    QSettings settings;
    const QString portal = settings.value(kPortalKey).toString();
    const QString email = settings.value(kEmailKey).toString();
    if (portal.isEmpty() || email.isEmpty())
        return std::nullopt;
    return CacheIdentity{portal, email};
}

void AppController::rememberAccount(const CacheIdentity& account)
{
    QSettings settings;
    settings.setValue(kPortalKey, account.portalUrl);
    settings.setValue(kEmailKey, account.accountEmail);
}

void AppController::start()
{
    if (m_options.demo)
        return startDemo();
    if (!m_options.cachePath.isEmpty())
        return openFile(m_options.cachePath);
    if (const std::optional<CacheIdentity> last = lastAccount())
        return openAccount(*last);
    // First start: who are you?
    if (!signIn({}, {}))
        emit exitRequested(0);
}

void AppController::fail(const QString& message)
{
    QMessageBox::critical(m_window.get(), tr("Comptoir"), message);
    emit exitRequested(1);
}

void AppController::startDemo()
{
    m_demo = std::make_unique<DemoPortal>();
    connect(m_demo.get(), &DemoPortal::ready, this, [this] {
        const SyncController::Account account = m_demo->account();
        showWindow(m_demo->takeCache(), account.portal, account.token);
    });
    connect(m_demo.get(), &DemoPortal::failed, this, &AppController::fail);
    connect(m_demo.get(), &DemoPortal::cancelled, this, [this] { emit exitRequested(0); });
    m_demo->start(nullptr, m_options.screenshotDir.isEmpty());
}

void AppController::openFile(const QString& path)
{
    if (!QFileInfo(path).isFile()) // CacheDatabase::open would create a new, empty cache: never for a typing error
        return fail(tr("There is no cache file at %1.").arg(QDir::toNativeSeparators(path)));
    CacheDatabase::OpenResult opened = CacheDatabase::open(path);
    if (!opened)
        return fail(opened.message);
    RecentCaches::remember(path);
    // A cache of a portal account syncs when that account's sign-in is saved.
    QUrl portal;
    QByteArray token;
    if (const std::optional<CacheIdentity> identity = opened.database->identity();
        identity && !DemoPortal::isDemoCache(*opened.database)) {
        portal = QUrl(identity->portalUrl);
        if (portal.scheme().startsWith(QLatin1String("http"))) {
            PortalClient client(portal);
            AccountSession session(client, m_keychain, *identity);
            if (session.resume().ok())
                token = client.token();
        }
    }
    showWindow(std::move(opened.database), portal, token);
}

void AppController::openAccount(const CacheIdentity& account)
{
    CacheDatabase::Options options;
    options.identity = account;
    CacheDatabase::OpenResult opened = CacheDatabase::open(CacheDatabase::defaultPathFor(account), options);
    if (!opened)
        return fail(opened.message);
    const QUrl portal(account.portalUrl);
    PortalClient client(portal);
    AccountSession session(client, m_keychain, account);
    const AccountSession::Result resumed = session.resume();
    rememberAccount(account);
    // Without a usable sign-in the cache still opens, as it was last synced; the dialog asks
    // to sign in, and when the portal cannot be reached the app simply works offline.
    showWindow(std::move(opened.database), portal, resumed.ok() ? client.token() : QByteArray());
    if (!resumed.ok() && resumed.portal.kind != PortalError::Kind::Unreachable)
        QTimer::singleShot(0, this, [this, account, message = resumed.message] { signIn(account, message); });
}

bool AppController::signIn(const CacheIdentity& prefill, const QString& message)
{
    SignInDialog dialog(m_keychain, m_window.get());
    if (!prefill.portalUrl.isEmpty())
        dialog.setAccount(prefill);
    if (!message.isEmpty())
        dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const CacheIdentity account = dialog.account();
    rememberAccount(account);
    // The same account: carry on with the new token.
    if (m_window && m_cache && m_cache->identity() == account && m_sync) {
        m_sync->setToken(dialog.token());
        m_sync->syncNow();
        return true;
    }
    CacheDatabase::Options options;
    options.identity = account;
    CacheDatabase::OpenResult opened = CacheDatabase::open(CacheDatabase::defaultPathFor(account), options);
    if (!opened) {
        fail(opened.message);
        return false;
    }
    closeWindow();
    showWindow(std::move(opened.database), QUrl(account.portalUrl), dialog.token());
    return true;
}

void AppController::signOut()
{
    const std::optional<CacheIdentity> account = m_cache ? m_cache->identity() : std::nullopt;
    if (!account)
        return;
    PortalClient client{QUrl(account->portalUrl)};
    if (m_sync)
        client.setToken(m_sync->account().token);
    AccountSession session(client, m_keychain, *account);
    const AccountSession::Result r = session.signOut();
    if (!r.ok())
        QMessageBox::warning(m_window.get(), tr("Comptoir"), r.message);
    closeWindow();
    if (!signIn(*account, tr("You are signed out. Sign in again, or as another account.")))
        emit exitRequested(0);
}

void AppController::closeWindow()
{
    m_window.reset();
    m_sync.reset();
    m_cache.reset();
}

void AppController::showWindow(std::unique_ptr<CacheDatabase> cache, const QUrl& portal, const QByteArray& token)
{
    m_cache = std::move(cache);
    m_window = std::make_unique<MainWindow>(*m_cache);
    if (const std::optional<CacheIdentity> identity = m_cache->identity(); identity && portal.isValid() && !portal.isEmpty()) {
        m_sync = std::make_unique<SyncController>(SyncController::Account{portal, *identity, m_cache->path(), token});
        m_window->setSyncController(m_sync.get());
        connect(m_window.get(), &MainWindow::signInRequested, this, [this](const QString& reason) {
            // Not from inside the window's own slot: signing in as another account replaces it.
            QTimer::singleShot(0, this, [this, reason] {
                if (const std::optional<CacheIdentity> id = m_cache ? m_cache->identity() : std::nullopt)
                    signIn(*id, reason);
            });
        });
        connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
            QTimer::singleShot(0, this, &AppController::signOut); // not from inside the window's own slot
        });
    }
    m_window->show();
    if (m_sync && !token.isEmpty())
        m_sync->syncNow(); // the demo has just synced too: this one is quick, and shows the portal is there
    if (m_options.screenshotDir.isEmpty())
        return;
    QTimer::singleShot(500, m_window.get(), [this] {
        const QStringList files = m_window->saveScreenshots(m_options.screenshotDir, m_options.screenshotSuffix);
        for (const QString& f : files)
            std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(f)));
        emit exitRequested(files.isEmpty() ? 1 : 0);
    });
}

} // namespace comptoir
