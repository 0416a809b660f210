#include "settingspage.h"

#include "gui/datafolders.h"
#include "gui/demoportal.h"
#include "gui/preferences.h"
#include "gui/synccontroller.h"
#include "store/cachedatabase.h"
#include "ui_settingspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

namespace comptoir {

namespace {
constexpr int kIntervals[] = {0, 5, 15, 30, 60};
}

SettingsPage::SettingsPage(CacheDatabase& cache, QWidget* parent)
    : QWidget(parent), m_cache(cache), m_ui(std::make_unique<Ui::SettingsPage>())
{
    m_ui->setupUi(this);
    // Where everything else lives, under this account's cache.
    m_locations = new QLabel(m_ui->files);
    m_locations->setObjectName(QStringLiteral("dataLocations"));
    m_locations->setWordWrap(true);
    m_locations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->filesForm->insertRow(1, QString(), m_locations);
    QFont titleFont = m_ui->title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_ui->title->setFont(titleFont);
    for (QWidget* box : {static_cast<QWidget*>(m_ui->general), static_cast<QWidget*>(m_ui->portal),
                         static_cast<QWidget*>(m_ui->files)})
        box->setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    // Each language is named in itself, so it can be found whatever language is shown.
    m_ui->language->addItem(QString(), QString());
    m_ui->language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (int i = 0; i < 3; ++i)
        m_ui->appearance->addItem(QString(), i);
    for (int minutes : kIntervals)
        m_ui->syncInterval->addItem(QString(), minutes);
    retranslateUi();

    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(preferences::savedLanguage())));
    m_ui->appearance->setCurrentIndex(static_cast<int>(preferences::savedAppearance()));
    m_ui->syncInterval->setCurrentIndex(std::max(0, m_ui->syncInterval->findData(SyncController::savedIntervalMinutes())));

    connect(m_ui->language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString code = m_ui->language->currentData().toString();
        preferences::saveLanguage(code);
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            preferences::applyLanguage(*app, code); // every window retranslates
    });
    connect(m_ui->appearance, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        const auto a = static_cast<preferences::Appearance>(index);
        preferences::saveAppearance(a);
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            preferences::applyAppearance(*app, a);
    });
    connect(m_ui->syncInterval, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const int minutes = m_ui->syncInterval->currentData().toInt();
        SyncController::saveIntervalMinutes(minutes);
        emit intervalChosen(minutes);
    });
    connect(m_ui->settingsSyncNow, &QPushButton::clicked, this, &SettingsPage::syncNowRequested);
    connect(m_ui->settingsSignOut, &QPushButton::clicked, this, &SettingsPage::signOutRequested);
    connect(m_ui->openDataFolder, &QPushButton::clicked, this, [this] {
        QString error;
        if (!openDataFolder(&error))
            QMessageBox::warning(this, tr("Open folder"), error);
    });
    setSyncAvailable(false, false);
}

SettingsPage::~SettingsPage() = default;

QComboBox* SettingsPage::languageCombo() const
{
    return m_ui->language;
}

QComboBox* SettingsPage::appearanceCombo() const
{
    return m_ui->appearance;
}

QComboBox* SettingsPage::intervalCombo() const
{
    return m_ui->syncInterval;
}

void SettingsPage::retranslateUi()
{
    m_filling = true;
    m_ui->retranslateUi(this);
    m_ui->title->setAccessibleName(m_ui->title->text());
    const QLocale system = QLocale::system();
    const QString systemLanguage = system.language() == QLocale::C ? QString() : system.nativeLanguageName();
    m_ui->language->setItemText(0, systemLanguage.isEmpty() ? tr("Same as the system")
                                                            : tr("Same as the system (%1)").arg(systemLanguage));
    m_ui->appearance->setItemText(0, tr("Same as the system"));
    m_ui->appearance->setItemText(1, tr("Light"));
    m_ui->appearance->setItemText(2, tr("Dark"));
    for (int i = 0; i < m_ui->syncInterval->count(); ++i) {
        const int minutes = m_ui->syncInterval->itemData(i).toInt();
        m_ui->syncInterval->setItemText(i, minutes == 0 ? tr("Only when I ask (Sync now)")
                                                        : tr("Every %n minutes", nullptr, minutes));
    }
    m_filling = false;
    updateAccount();
}

void SettingsPage::updateAccount()
{
    const std::optional<CacheIdentity> identity = m_cache.identity();
    if (identity && !identity->accountEmail.isEmpty() && DemoPortal::isDemoCache(m_cache))
        m_ui->account->setText(tr("%1 on the demo portal inside Comptoir").arg(identity->accountEmail));
    else if (identity && !identity->accountEmail.isEmpty())
        m_ui->account->setText(tr("%1 on %2").arg(identity->accountEmail, identity->portalUrl));
    else
        m_ui->account->setText(tr("No portal account: this cache is shown as it is."));
    m_ui->cachePath->setText(QDir::toNativeSeparators(m_cache.path()));
    QStringList lines;
    for (const DataLocation& l : dataLocations())
        lines.append(QStringLiteral("%1:<br>%2").arg(l.label.toHtmlEscaped(), QDir::toNativeSeparators(l.path).toHtmlEscaped()));
    m_locations->setText(lines.join(QStringLiteral("<br>")));
}

void SettingsPage::setSyncAvailable(bool available, bool canSignOut)
{
    m_ui->syncInterval->setEnabled(available);
    m_ui->settingsSyncNow->setEnabled(available);
    m_ui->settingsSignOut->setVisible(canSignOut);
    updateAccount();
}

void SettingsPage::showInterval(int minutes)
{
    m_filling = true;
    m_ui->syncInterval->setCurrentIndex(std::max(0, m_ui->syncInterval->findData(minutes)));
    m_filling = false;
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui->title)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace comptoir
