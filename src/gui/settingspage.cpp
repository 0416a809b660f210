#include "settingspage.h"

#include "gui/demoportal.h"
#include "gui/pagetitle.h"
#include "gui/preferences.h"
#include "gui/synccontroller.h"
#include "store/cachedatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace comptoir {

namespace {
constexpr int kIntervals[] = {0, 5, 15, 30, 60};
}

SettingsPage::SettingsPage(CacheDatabase& cache, QWidget* parent) : QWidget(parent), m_cache(cache)
{
    m_title = createPageTitle(QString(), this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so it can be found whatever language is shown.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences::savedLanguage())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString code = m_language->currentData().toString();
        preferences::saveLanguage(code);
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            preferences::applyLanguage(*app, code); // every window retranslates
    });

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    for (int i = 0; i < 3; ++i)
        m_appearance->addItem(QString(), i);
    m_appearance->setCurrentIndex(static_cast<int>(preferences::savedAppearance()));
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        const auto a = static_cast<preferences::Appearance>(index);
        preferences::saveAppearance(a);
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            preferences::applyAppearance(*app, a);
    });

    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    for (int minutes : kIntervals)
        m_interval->addItem(QString(), minutes);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(SyncController::savedIntervalMinutes())));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const int minutes = m_interval->currentData().toInt();
        SyncController::saveIntervalMinutes(minutes);
        emit intervalChosen(minutes);
    });

    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(QStringLiteral("settingsSyncNow"));
    connect(m_syncNow, &QPushButton::clicked, this, &SettingsPage::syncNowRequested);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("settingsSignOut"));
    connect(m_signOut, &QPushButton::clicked, this, &SettingsPage::signOutRequested);

    m_cachePath = new QLabel(this);
    m_cachePath->setObjectName(QStringLiteral("cachePath"));
    m_cachePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cachePath->setWordWrap(true);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openDataFolder"));
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_cache.path()).absolutePath()));
    });

    m_general = new QGroupBox(this);
    m_generalForm = new QFormLayout(m_general);
    m_generalForm->addRow(new QLabel(m_general), m_language);
    m_generalForm->addRow(new QLabel(m_general), m_appearance);

    m_portal = new QGroupBox(this);
    m_portalForm = new QFormLayout(m_portal);
    m_portalForm->addRow(new QLabel(m_portal), m_account);
    m_portalForm->addRow(new QLabel(m_portal), m_interval);
    auto* portalButtons = new QHBoxLayout;
    portalButtons->addWidget(m_syncNow);
    portalButtons->addWidget(m_signOut);
    portalButtons->addStretch(1);
    m_portalForm->addRow(portalButtons);

    m_files = new QGroupBox(this);
    m_filesForm = new QFormLayout(m_files);
    m_filesForm->addRow(new QLabel(m_files), m_cachePath);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_openFolder);
    fileButtons->addStretch(1);
    m_filesForm->addRow(fileButtons);

    auto* column = new QVBoxLayout;
    column->addWidget(m_general);
    column->addWidget(m_portal);
    column->addWidget(m_files);
    column->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addLayout(column, 0);
    row->addStretch(1);
    for (QGroupBox* box : {m_general, m_portal, m_files})
        box->setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(row, 1);
    retranslateUi();
    setSyncAvailable(false, false);
}

void SettingsPage::retranslateUi()
{
    m_filling = true;
    m_title->setText(tr("Settings"));
    m_title->setAccessibleName(m_title->text());
    m_general->setTitle(tr("Language and appearance"));
    m_portal->setTitle(tr("Portal"));
    m_files->setTitle(tr("Files"));
    const QLocale system = QLocale::system();
    const QString systemLanguage = system.language() == QLocale::C ? QString() : system.nativeLanguageName();
    m_language->setItemText(0, systemLanguage.isEmpty() ? tr("Same as the system")
                                                        : tr("Same as the system (%1)").arg(systemLanguage));
    m_appearance->setItemText(0, tr("Same as the system"));
    m_appearance->setItemText(1, tr("Light"));
    m_appearance->setItemText(2, tr("Dark"));
    for (int i = 0; i < m_interval->count(); ++i) {
        const int minutes = m_interval->itemData(i).toInt();
        m_interval->setItemText(i, minutes == 0 ? tr("Only when I ask (Sync now)") : tr("Every %n minutes", nullptr, minutes));
    }
    const auto setLabel = [](QFormLayout* form, QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_generalForm, m_language, tr("Language:"));
    setLabel(m_generalForm, m_appearance, tr("Appearance:"));
    setLabel(m_portalForm, m_account, tr("Account:"));
    setLabel(m_portalForm, m_interval, tr("Sync in the background:"));
    setLabel(m_filesForm, m_cachePath, tr("Local cache:"));
    m_language->setToolTip(tr("The language of Comptoir, its exports and reports; amounts and dates follow it"));
    m_syncNow->setText(tr("Sync now"));
    m_signOut->setText(tr("Sign out"));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setToolTip(tr("Show the folder that holds this account's cache"));
    m_filling = false;
    updateAccount();
}

void SettingsPage::updateAccount()
{
    const std::optional<CacheIdentity> identity = m_cache.identity();
    if (identity && !identity->accountEmail.isEmpty() && DemoPortal::isDemoCache(m_cache))
        m_account->setText(tr("%1 on the demo portal inside Comptoir").arg(identity->accountEmail));
    else if (identity && !identity->accountEmail.isEmpty())
        m_account->setText(tr("%1 on %2").arg(identity->accountEmail, identity->portalUrl));
    else
        m_account->setText(tr("No portal account: this cache is shown as it is."));
    m_cachePath->setText(QDir::toNativeSeparators(m_cache.path()));
}

void SettingsPage::setSyncAvailable(bool available, bool canSignOut)
{
    m_interval->setEnabled(available);
    m_syncNow->setEnabled(available);
    m_signOut->setVisible(canSignOut);
    updateAccount();
}

void SettingsPage::showInterval(int minutes)
{
    m_filling = true;
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(minutes)));
    m_filling = false;
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace comptoir
