#include "aboutdialog.h"

#include "gui/icons.h"
#include "gui/thirdpartylibraries.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {
enum Column { Name = 0, Version, Licence, ColumnCount };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_ownLicence = new QLabel(this);
    m_ownLicence->setObjectName(QStringLiteral("ownLicence"));
    m_ownLicence->setWordWrap(true);

    auto* heading = new QVBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_version);
    heading->addWidget(m_summary);
    heading->addWidget(m_ownLicence);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    m_librariesTitle = new QLabel(this);
    m_libraries = new QTreeWidget(this);
    m_libraries->setObjectName(QStringLiteral("libraries"));
    m_libraries->setColumnCount(ColumnCount);
    m_libraries->setRootIsDecorated(false);
    m_libraries->setUniformRowHeights(true);
    m_libraries->header()->setStretchLastSection(true);
    for (const ThirdPartyLibrary& library : thirdPartyLibraries()) {
        auto* item = new QTreeWidgetItem(m_libraries);
        item->setText(
            Name, library.parts.isEmpty() ? library.name : QStringLiteral("%1 (%2)").arg(library.name, library.parts));
        item->setText(Version, library.version);
        item->setData(Name, Qt::UserRole, library.licenceFile);
    }
    m_libraries->setMaximumHeight(m_libraries->sizeHintForRow(0) * (m_libraries->topLevelItemCount() + 2));

    m_licenceText = new QTextBrowser(this);
    m_licenceText->setObjectName(QStringLiteral("licenceText"));
    m_licenceText->setLineWrapMode(QTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_licenceText->setFont(mono);
    connect(m_libraries, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showLicenceOf(m_libraries->indexOfTopLevelItem(item));
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_librariesTitle);
    layout->addWidget(m_libraries);
    layout->addWidget(m_licenceText, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    if (m_libraries->topLevelItemCount() > 0)
        m_libraries->setCurrentItem(m_libraries->topLevelItem(0));
    resize(760, 640);
}

void AboutDialog::showLicenceOf(int library)
{
    QTreeWidgetItem* item = m_libraries->topLevelItem(library);
    if (!item)
        return;
    if (m_libraries->currentItem() != item) {
        m_libraries->setCurrentItem(item); // comes back here through currentItemChanged
        return;
    }
    QFile file(item->data(Name, Qt::UserRole).toString());
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        m_licenceText->setPlainText(QString::fromUtf8(file.readAll()));
    else
        m_licenceText->setPlainText(
            tr("The licence text of %1 is missing from this copy of Comptoir.").arg(item->text(Name)));
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Comptoir"));
    m_title->setText(tr("Comptoir"));
    m_version->setText(
        tr("Version %1 · Qt %2 (built with Qt %3)")
            .arg(QStringLiteral(COMPTOIR_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_summary->setText(tr("Turnover, transactions and day closes of your CCV payment terminals, from a copy of your "
                          "portal data on this computer."));
    m_ownLicence->setText(tr("The licence under which Comptoir itself is distributed has not been chosen yet. "
                             "The libraries below keep their own licences; choose one to read its licence."));
    m_librariesTitle->setText(tr("Libraries shipped with Comptoir"));
    m_libraries->setHeaderLabels({ tr("Library"), tr("Version"), tr("Licence") });
    const QList<ThirdPartyLibrary> libraries = thirdPartyLibraries(); // "Public domain" is translated
    for (int row = 0; row < m_libraries->topLevelItemCount() && row < libraries.size(); ++row) {
        m_libraries->topLevelItem(row)->setText(Licence, libraries[row].licence);
        m_libraries->topLevelItem(row)->setToolTip(Licence, libraries[row].licence);
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_libraries->resizeColumnToContents(c);
    if (QPushButton* close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

} // namespace comptoir
