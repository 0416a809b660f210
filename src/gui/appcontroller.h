#pragma once

#include "portal/credentialstore.h"
#include "store/cachedatabase.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace comptoir {

class DemoPortal;
class MainWindow;
class SyncController;

// What the desktop app does from start to quit: which account's cache to open (the demo
// portal's, a file, the last account, or one the user signs in to), the sign-in dialog
// when the keychain has no usable sign-in, the background sync, signing out and in again
// as another account (each account its own cache, so data never mixes). The window opens
// on the cache at once — also when the portal cannot be reached — and syncs behind it.
class AppController : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool demo = false;
        QString cachePath;     // --cache: open this file (synced if its account has a saved sign-in)
        QString screenshotDir; // hidden --screenshot: save each page, then quit
        QString screenshotSuffix; // added to each screenshot's name ("-fr": transactions-fr.png)
    };
    explicit AppController(Options options, QObject* parent = nullptr);
    ~AppController() override;

    // Starts; the app quits through exitRequested().
    void start();
    MainWindow* window() const { return m_window.get(); }

    // The last account used (no secrets: the portal's address and the e-mail address).
    static std::optional<CacheIdentity> lastAccount();
    static void rememberAccount(const CacheIdentity& account);

signals:
    void exitRequested(int code);

private:
    void startDemo();
    void openFile(const QString& path);
    void openAccount(const CacheIdentity& account);
    // Shows the sign-in dialog; on success opens that account. Returns false when cancelled.
    bool signIn(const CacheIdentity& prefill, const QString& message);
    void signOut();
    void showWindow(std::unique_ptr<CacheDatabase> cache, const QUrl& portal, const QByteArray& token);
    void closeWindow();
    void fail(const QString& message);

    Options m_options;
    CredentialStore m_keychain;
    std::unique_ptr<DemoPortal> m_demo;
    // Destroyed in reverse: the window and the sync before the cache they use.
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace comptoir
