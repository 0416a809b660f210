#include "exportdialog.h"

#include "gui/dateformats.h"
#include "core/permissionset.h"
#include "core/translations.h"
#include "portal/syncengine.h"
#include "store/locationrepository.h"
#include "store/storeerror.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace comptoir {

namespace {

const QString kFolderKey = QStringLiteral("ExportDialog/folder");
const QString kFormatKey = QStringLiteral("ExportDialog/format");
const QString kLanguageKey = QStringLiteral("ExportDialog/language");
constexpr int kIdRole = Qt::UserRole;

Language uiLanguage()
{
    return languageFromCode(languageFor(QLocale())).value_or(Language::En);
}

QString extensionOf(ExportFormat f)
{
    return f == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    return name.simplified();
}

} // namespace

ExportDialog::ExportDialog(CacheDatabase& cache, const TransactionFilter& currentFilter, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_currentFilter(currentFilter)
{
    setObjectName(QStringLiteral("exportDialog"));
    // Who may export what: the grants of the last sync (everything for a cache without them).
    QList<Location> locations;
    try {
        locations = LocationRepository(cache).all();
        const std::optional<PermissionSet> permissions = SyncEngine::cachedPermissions(cache);
        m_restricted = permissions && !permissions->allowsAllLocations(Menu::Export);
        for (const Location& l : std::as_const(locations))
            if (!permissions || permissions->allows(Menu::Export, l.id))
                m_permitted.append(l.id);
    } catch (const StoreError& e) {
        m_messageText = e.message();
        m_messageIsError = true;
    }
    m_allowed = !m_permitted.isEmpty();

    // Profile.
    m_profileLabel = new QLabel(this);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profileLabel->setBuddy(m_profiles);
    m_saveProfile = new QPushButton(this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfile"));
    m_deleteProfile = new QPushButton(this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfile"));
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileLabel);
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_saveProfile);
    profileRow->addWidget(m_deleteProfile);

    // What to export.
    m_scopeBox = new QGroupBox(this);
    m_scopeGroup = new QButtonGroup(this);
    m_scopeCurrent = new QRadioButton(m_scopeBox);
    m_scopeCurrent->setObjectName(QStringLiteral("scopeCurrent"));
    m_currentText = new QLabel(m_scopeBox);
    m_currentText->setWordWrap(true);
    m_currentText->setContentsMargins(22, 0, 0, 4);
    m_scopeDays = new QRadioButton(m_scopeBox);
    m_scopeDays->setObjectName(QStringLiteral("scopeDays"));
    m_fromLabel = new QLabel(m_scopeBox);
    m_from = new QDateEdit(m_scopeBox);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(m_scopeBox);
    m_to = new QDateEdit(m_scopeBox);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    m_toLabel->setBuddy(m_to);
    m_scopeNew = new QRadioButton(m_scopeBox);
    m_scopeNew->setObjectName(QStringLiteral("scopeNew"));
    m_newText = new QLabel(m_scopeBox);
    m_newText->setObjectName(QStringLiteral("newText"));
    m_newText->setWordWrap(true);
    m_newText->setContentsMargins(22, 0, 0, 0);
    m_sinceEnabled = new QCheckBox(m_scopeBox);
    m_sinceEnabled->setObjectName(QStringLiteral("sinceEnabled"));
    m_since = new QDateEdit(m_scopeBox);
    m_since->setObjectName(QStringLiteral("since"));
    m_since->setCalendarPopup(true);
    m_locationsLabel = new QLabel(m_scopeBox);
    m_locations = new QListWidget(m_scopeBox);
    m_locations->setObjectName(QStringLiteral("locations"));
    m_locationsLabel->setBuddy(m_locations);
    for (const Location& l : std::as_const(locations)) {
        if (!m_permitted.contains(l.id))
            continue; // only what the account may export is offered
        auto* item = new QListWidgetItem(l.name, m_locations);
        item->setData(kIdRole, l.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_locations->setMaximumHeight(
        std::max(4, std::min<int>(int(m_locations->count()), 6)) * (fontMetrics().height() + 6) + 6);
    m_scopeGroup->addButton(m_scopeCurrent, int(Scope::CurrentFilter));
    m_scopeGroup->addButton(m_scopeDays, int(Scope::DaysAndLocations));
    m_scopeGroup->addButton(m_scopeNew, int(Scope::NewSinceLastExport));
    auto* days = new QHBoxLayout;
    days->setContentsMargins(22, 0, 0, 0);
    days->addWidget(m_fromLabel);
    days->addWidget(m_from);
    days->addSpacing(8);
    days->addWidget(m_toLabel);
    days->addWidget(m_to);
    days->addStretch(1);
    auto* since = new QHBoxLayout;
    since->setContentsMargins(22, 0, 0, 0);
    since->addWidget(m_sinceEnabled);
    since->addWidget(m_since);
    since->addStretch(1);
    auto* scope = new QVBoxLayout(m_scopeBox);
    scope->addWidget(m_scopeCurrent);
    scope->addWidget(m_currentText);
    scope->addWidget(m_scopeDays);
    scope->addLayout(days);
    scope->addWidget(m_scopeNew);
    scope->addLayout(since);
    scope->addWidget(m_newText);
    scope->addSpacing(4);
    scope->addWidget(m_locationsLabel);
    scope->addWidget(m_locations);

    // The file.
    m_fileBox = new QGroupBox(this);
    m_formatLabel = new QLabel(m_fileBox);
    m_format = new QComboBox(m_fileBox);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(QString(), int(ExportFormat::Xlsx));
    m_format->addItem(QString(), int(ExportFormat::Csv));
    m_formatLabel->setBuddy(m_format);
    m_languageLabel = new QLabel(m_fileBox);
    m_language = new QComboBox(m_fileBox);
    m_language->setObjectName(QStringLiteral("language"));
    for (Language l : kAllLanguages)
        m_language->addItem(QString(), int(l));
    m_languageLabel->setBuddy(m_language);
    m_separatorLabel = new QLabel(m_fileBox);
    m_separator = new QComboBox(m_fileBox);
    m_separator->setObjectName(QStringLiteral("separator"));
    for (const QString& s : { QString(), QStringLiteral(";"), QStringLiteral(","), QStringLiteral("\t") })
        m_separator->addItem(QString(), s);
    m_separatorLabel->setBuddy(m_separator);
    m_decimalLabel = new QLabel(m_fileBox);
    m_decimal = new QComboBox(m_fileBox);
    m_decimal->setObjectName(QStringLiteral("decimal"));
    for (const QString& s : { QString(), QStringLiteral(","), QStringLiteral(".") })
        m_decimal->addItem(QString(), s);
    m_decimalLabel->setBuddy(m_decimal);
    m_isoDates = new QCheckBox(m_fileBox);
    m_isoDates->setObjectName(QStringLiteral("isoDates"));
    m_destinationLabel = new QLabel(m_fileBox);
    m_destination = new QLineEdit(m_fileBox);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_destinationLabel->setBuddy(m_destination);
    m_browse = new QPushButton(m_fileBox);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto* destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);
    m_fileForm = new QFormLayout(m_fileBox);
    m_fileForm->addRow(m_formatLabel, m_format);
    m_fileForm->addRow(m_separatorLabel, m_separator);
    m_fileForm->addRow(m_decimalLabel, m_decimal);
    m_fileForm->addRow(QString(), m_isoDates);
    m_fileForm->addRow(m_languageLabel, m_language);
    m_fileForm->addRow(m_destinationLabel, destination);

    // Progress and outcome.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addWidget(m_scopeBox);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Defaults: the current filter, its days (else last month), the last format and folder.
    QDate from = currentFilter.from, to = currentFilter.to;
    const QDate today = QDate::currentDate();
    if (!from.isValid() || !to.isValid()) {
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        from = QDate(to.year(), to.month(), 1);
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_since->setDate(QDate(today.year(), 1, 1));
    if (!currentFilter.locationIds.isEmpty())
        setLocations(currentFilter.locationIds);
    QSettings settings;
    setFormat(settings.value(kFormatKey).toInt() == int(ExportFormat::Csv) ? ExportFormat::Csv : ExportFormat::Xlsx);
    setLanguage(languageFromCode(settings.value(kLanguageKey).toString()).value_or(uiLanguage()));
    m_scopeCurrent->setChecked(true);

    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updateState();
            suggestFileName();
        }
    });
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ExportDialog::profileChosen);
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_deleteProfile, &QPushButton::clicked, this, &ExportDialog::deleteProfile);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        suggestFileName();
    });
    for (QDateEdit* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, [this] { suggestFileName(); });
    connect(m_sinceEnabled, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_locations, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(m_destination, &QLineEdit::editingFinished, this, &ExportDialog::formatFromDestination);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);

    fillProfiles();
    retranslateUi();
    suggestFileName();
    // Wide enough for the explanations to wrap into a few lines.
    setMinimumWidth(std::min(fontMetrics().averageCharWidth() * 110, 960));
}

void ExportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, this, &ExportDialog::fitLabels);
}

void ExportDialog::fitLabels()
{
    // A window takes its word-wrapped labels' height from a guess at their width: once laid
    // out, grow to the height they need at the real width.
    if (!layout() || !isVisible())
        return;
    layout()->activate();
    const int w = width();
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : layout()->totalSizeHint().height();
    if (h > height())
        resize(w, h);
}

ExportDialog::~ExportDialog()
{
    if (m_watcher && m_running) {
        m_cancel->store(true);
        m_watcher->waitForFinished(); // its progress calls name this dialog
    }
}

// ---------------------------------------------------------------------------------------
// Texts

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export transactions"));
    m_profileLabel->setText(tr("&Profile:"));
    m_profiles->setItemText(0, tr("No profile"));
    m_profiles->setToolTip(tr("Saved export settings, for exporting the same way again."));
    m_saveProfile->setText(tr("&Save as profile…"));
    m_saveProfile->setToolTip(tr("Keep these settings under a name. A profile that exports only what is new "
                                 "remembers what it has exported."));
    m_deleteProfile->setText(tr("&Delete profile"));
    m_scopeBox->setTitle(tr("What to export"));
    m_scopeCurrent->setText(tr("The transactions shown on the &Transactions page"));
    m_scopeDays->setText(tr("B&usiness days and locations"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("t&o:"));
    m_scopeNew->setText(tr("Only what is &new since the last export of this profile"));
    m_sinceEnabled->setText(tr("Starting from"));
    m_locationsLabel->setText(tr("&Locations:"));
    m_fileBox->setTitle(tr("File"));
    m_formatLabel->setText(tr("Fo&rmat:"));
    m_format->setItemText(0, tr("Excel workbook (.xlsx)"));
    m_format->setItemText(1, tr("CSV text file (.csv)"));
    m_format->setToolTip(tr("The workbook holds the transactions and summaries by day, location and payment method; "
                            "a CSV file holds the transactions only."));
    m_languageLabel->setText(tr("Lan&guage of the file:"));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, displayName(Language(m_language->itemData(i).toInt())));
    m_language->setToolTip(tr("Statuses, payment methods and column headers are written in this language, "
                              "whatever the language of Comptoir."));
    m_separatorLabel->setText(tr("Sep&arator:"));
    m_separator->setItemText(0, tr("As usual for the language"));
    m_separator->setItemText(1, tr("Semicolon ;"));
    m_separator->setItemText(2, tr("Comma ,"));
    m_separator->setItemText(3, tr("Tab"));
    m_decimalLabel->setText(tr("Deci&mal mark:"));
    m_decimal->setItemText(0, tr("As usual for the language"));
    m_decimal->setItemText(1, tr("Comma ,"));
    m_decimal->setItemText(2, tr("Point ."));
    m_isoDates->setText(tr("&ISO dates (2026-12-31)"));
    m_destinationLabel->setText(tr("Sa&ve to:"));
    m_browse->setText(tr("&Browse…"));
    m_exportButton->setText(tr("&Export"));
    updateState();
    updateDescriptions();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ExportDialog::describe(const TransactionFilter& f) const
{
    const QLocale locale;
    QStringList parts;
    if (f.from.isValid() && f.to.isValid())
        parts.append(
            tr("%1 to %2")
                .arg(shortDate(f.from, locale), shortDate(f.to, locale)));
    else if (f.from.isValid())
        parts.append(tr("from %1").arg(shortDate(f.from, locale)));
    else if (f.to.isValid())
        parts.append(tr("up to %1").arg(shortDate(f.to, locale)));
    else
        parts.append(tr("all days"));
    QStringList names;
    for (int i = 0; i < m_locations->count(); ++i)
        if (f.locationIds.contains(m_locations->item(i)->data(kIdRole).toString()))
            names.append(m_locations->item(i)->text());
    parts.append(f.locationIds.isEmpty() ? tr("every location") : names.join(QStringLiteral(", ")));
    if (!f.statuses.isEmpty()) {
        QStringList s;
        for (TransactionStatus st : f.statuses)
            s.append(displayName(st));
        parts.append(s.join(QStringLiteral(", ")));
    }
    if (!f.text.trimmed().isEmpty())
        parts.append(tr("search “%1”").arg(f.text.trimmed()));
    if (!f.periodId.isEmpty())
        parts.append(tr("one day close"));
    return parts.join(QStringLiteral(" · "));
}

void ExportDialog::updateDescriptions()
{
    QTimer::singleShot(0, this, &ExportDialog::fitLabels);
    m_currentText->setText(describe(filterForScope(Scope::CurrentFilter)));
    const QString corrections
        = tr("A transaction that changed after it was exported — a status set by hand, a chargeback, a refund — comes "
             "back in the next export as two rows: a reversal of what was sent (the amount negated) and its new "
             "version. Book every row and nothing is counted twice.");
    QString status;
    if (const std::optional<ExportProfile> p = currentProfile(); p && p->incremental) {
        std::optional<ExportRun> last;
        try {
            last = ExportProfileRepository(m_cache).lastRun(p->id);
        } catch (const StoreError&) {
        }
        status = last ? tr("Export %1 of “%2” was made on %3 (%Ln rows); the next holds only what is new or changed "
                           "since.",
                     nullptr, int(std::min<qint64>(last->rows, std::numeric_limits<int>::max())))
                            .arg(last->number)
                            .arg(p->name, shortDateTime(last->at.toLocalTime()))
                      : tr("“%1” has not exported anything yet: its first export holds every transaction of its "
                           "locations (from the day chosen).")
                            .arg(p->name);
    } else {
        status = tr("Save the settings as a profile (on Export you are asked for a name): its first export holds "
                    "every transaction of its locations, each later one only what is new or changed since.");
    }
    m_newText->setText(status + QLatin1Char(' ') + corrections);
}

// ---------------------------------------------------------------------------------------
// State

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(std::max(0, m_scopeGroup->checkedId()));
}

void ExportDialog::setScope(Scope s)
{
    if (QAbstractButton* b = m_scopeGroup->button(int(s)))
        b->setChecked(true);
}

void ExportDialog::setDays(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportDialog::setLocations(const QStringList& ids)
{
    m_filling = true;
    for (int i = 0; i < m_locations->count(); ++i) {
        QListWidgetItem* item = m_locations->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    updateState();
}

QStringList ExportDialog::checkedLocations() const
{
    QStringList ids;
    for (int i = 0; i < m_locations->count(); ++i)
        if (m_locations->item(i)->checkState() == Qt::Checked)
            ids.append(m_locations->item(i)->data(kIdRole).toString());
    return ids;
}

void ExportDialog::setFormat(ExportFormat f)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(f))));
}

ExportFormat ExportDialog::format() const
{
    return m_format->currentData().toInt() == int(ExportFormat::Csv) ? ExportFormat::Csv : ExportFormat::Xlsx;
}

void ExportDialog::setLanguage(Language l)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(l))));
}

Language ExportDialog::language() const
{
    return enumFromInt<Language>(m_language->currentData().toInt()).value_or(Language::En);
}

void ExportDialog::setDestination(const QString& path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
    m_destinationEdited = true;
    formatFromDestination();
}

void ExportDialog::formatFromDestination()
{
    // A file named .csv or .xlsx gets that format: never CSV text in a file called .xlsx.
    const QString suffix = QFileInfo(destination()).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        setFormat(ExportFormat::Csv);
    else if (suffix == QLatin1String("xlsx"))
        setFormat(ExportFormat::Xlsx);
}

QString ExportDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

QString ExportDialog::message() const
{
    return m_message->text();
}

CsvOptions ExportDialog::csvOptions() const
{
    CsvOptions o;
    const QString sep = m_separator->currentData().toString();
    const QString dec = m_decimal->currentData().toString();
    if (!sep.isEmpty())
        o.separator = sep.front();
    if (!dec.isEmpty())
        o.decimalMark = dec.front();
    o.isoDates = m_isoDates->isChecked();
    return o;
}

TransactionFilter ExportDialog::filterForExport() const
{
    return filterForScope(scope());
}

TransactionFilter ExportDialog::filterForScope(Scope s) const
{
    const QStringList checked = checkedLocations();
    const QString none = QStringLiteral("\x01none"); // no location left: nothing matches
    switch (s) {
    case Scope::CurrentFilter: {
        TransactionFilter f = m_currentFilter;
        if (f.locationIds.isEmpty()) {
            if (m_restricted)
                f.locationIds = m_permitted;
        } else {
            QStringList allowed;
            for (const QString& id : std::as_const(f.locationIds))
                if (m_permitted.contains(id))
                    allowed.append(id);
            f.locationIds = allowed.isEmpty() ? QStringList { none } : allowed;
        }
        return f;
    }
    case Scope::DaysAndLocations: {
        TransactionFilter f;
        f.from = m_from->date();
        f.to = m_to->date();
        f.locationIds = checked.isEmpty() ? QStringList { none } : checked;
        return f;
    }
    case Scope::NewSinceLastExport:
        return TransactionExport::profileFilter(profileFromDialog(QString()), m_permitted);
    }
    return {};
}

void ExportDialog::updateState()
{
    if (m_filling)
        return;
    const Scope s = scope();
    const bool idle = !m_running;
    m_from->setEnabled(idle && s == Scope::DaysAndLocations);
    m_to->setEnabled(idle && s == Scope::DaysAndLocations);
    m_fromLabel->setEnabled(s == Scope::DaysAndLocations);
    m_toLabel->setEnabled(s == Scope::DaysAndLocations);
    m_sinceEnabled->setEnabled(idle && s == Scope::NewSinceLastExport);
    m_since->setEnabled(idle && s == Scope::NewSinceLastExport && m_sinceEnabled->isChecked());
    m_newText->setEnabled(s == Scope::NewSinceLastExport);
    m_currentText->setEnabled(s == Scope::CurrentFilter);
    m_locations->setEnabled(idle && s != Scope::CurrentFilter);
    m_locationsLabel->setEnabled(s != Scope::CurrentFilter);
    const bool csv = format() == ExportFormat::Csv;
    for (QWidget* w : std::initializer_list<QWidget*> { m_separator, m_decimal, m_isoDates })
        m_fileForm->setRowVisible(w, csv);
    if (isVisible())
        QTimer::singleShot(0, this, &ExportDialog::fitLabels);
    for (QWidget* w : std::initializer_list<QWidget*> { m_profiles, m_saveProfile, m_scopeCurrent, m_scopeDays,
             m_scopeNew, m_format, m_language, m_separator, m_decimal, m_isoDates, m_destination, m_browse })
        w->setEnabled(idle && m_allowed);
    m_deleteProfile->setEnabled(idle && m_allowed && !selectedProfileId().isEmpty());
    m_exportButton->setEnabled(idle && m_allowed);
    m_closeButton->setText(m_running ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(m_running);
    if (!m_allowed)
        showMessage(m_messageIsError && !m_messageText.isEmpty()
                ? m_messageText
                : tr("Your account may not export transactions of any location. An administrator can give "
                     "you the Export permission in the portal."),
            true);
    if (m_currentText)
        m_currentText->setText(describe(filterForScope(Scope::CurrentFilter)));
}

void ExportDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1e, 0x1e) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
}

void ExportDialog::suggestFileName()
{
    if (m_destinationEdited) {
        // Keep the user's file, with the extension of the format.
        QString path = destination();
        const QString other = format() == ExportFormat::Csv ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        if (path.endsWith(other, Qt::CaseInsensitive)) {
            path.chop(other.size());
            path += QLatin1Char('.') + extensionOf(format());
            m_destination->setText(QDir::toNativeSeparators(path));
        }
        return;
    }
    QString folder = QSettings().value(kFolderKey).toString();
    const std::optional<ExportProfile> profile = currentProfile();
    if (profile && !profile->folder.isEmpty())
        folder = profile->folder;
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name;
    if (scope() == Scope::NewSinceLastExport && profile) {
        std::optional<ExportRun> last;
        try {
            last = ExportProfileRepository(m_cache).lastRun(profile->id);
        } catch (const StoreError&) {
        }
        ExportProfile p = *profile;
        p.format = format();
        name = TransactionExport::suggestedFileName(p, last ? last->number + 1 : 1, QDate::currentDate());
    } else {
        const TransactionFilter f = filterForExport();
        name = f.from.isValid() && f.to.isValid()
            ? tr("Transactions %1 to %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
            : tr("Transactions %1").arg(QDate::currentDate().toString(Qt::ISODate));
        name = safeFileName(name) + QLatin1Char('.') + extensionOf(format());
    }
    m_destination->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
}

void ExportDialog::browse()
{
    const QString suggested = destination();
    QString chosen;
    if (m_chooseFile) {
        chosen = m_chooseFile(suggested, format());
    } else {
        const QString filter = format() == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)");
        chosen = QFileDialog::getSaveFileName(this, tr("Export to"), suggested, filter);
    }
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += QLatin1Char('.') + extensionOf(format());
    setDestination(chosen);
}

// ---------------------------------------------------------------------------------------
// Profiles

void ExportDialog::fillProfiles(const QString& selectId)
{
    m_filling = true;
    const QString keep = selectId.isEmpty() ? selectedProfileId() : selectId;
    m_profiles->clear();
    m_profiles->addItem(tr("No profile"), QString());
    try {
        for (const ExportProfile& p : ExportProfileRepository(m_cache).all())
            m_profiles->addItem(p.name, p.id);
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
    }
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(keep)));
    m_filling = false;
    updateState();
}

QString ExportDialog::selectedProfileId() const
{
    return m_profiles->currentData().toString();
}

QStringList ExportDialog::profileNames() const
{
    QStringList names;
    for (int i = 1; i < m_profiles->count(); ++i)
        names.append(m_profiles->itemText(i));
    return names;
}

bool ExportDialog::selectProfile(const QString& name)
{
    for (int i = 1; i < m_profiles->count(); ++i)
        if (m_profiles->itemText(i).compare(name, Qt::CaseInsensitive) == 0) {
            m_profiles->setCurrentIndex(i);
            return true;
        }
    return false;
}

std::optional<ExportProfile> ExportDialog::currentProfile() const
{
    const QString id = selectedProfileId();
    if (id.isEmpty())
        return std::nullopt;
    try {
        return ExportProfileRepository(m_cache).get(id);
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

void ExportDialog::profileChosen()
{
    if (m_filling)
        return;
    const std::optional<ExportProfile> p = currentProfile();
    if (p) {
        m_filling = true;
        setFormat(p->format);
        setLanguage(p->language);
        m_separator->setCurrentIndex(std::max(0, m_separator->findData(p->csvSeparator)));
        m_decimal->setCurrentIndex(std::max(0, m_decimal->findData(p->csvDecimal)));
        m_isoDates->setChecked(p->isoDates);
        m_sinceEnabled->setChecked(p->since.isValid());
        if (p->since.isValid())
            m_since->setDate(p->since);
        m_filling = false;
        setLocations(p->locationIds.isEmpty() ? m_permitted : p->locationIds);
        setScope(p->incremental ? Scope::NewSinceLastExport : Scope::DaysAndLocations);
        m_destinationEdited = false;
    }
    updateState();
    updateDescriptions();
    suggestFileName();
}

ExportProfile ExportDialog::profileFromDialog(const QString& name) const
{
    ExportProfile p;
    if (const std::optional<ExportProfile> current = currentProfile())
        p = *current;
    if (!name.isEmpty())
        p.name = name;
    p.format = format();
    p.language = language();
    p.csvSeparator = m_separator->currentData().toString();
    p.csvDecimal = m_decimal->currentData().toString();
    p.isoDates = m_isoDates->isChecked();
    const QStringList checked = checkedLocations();
    // Every location it may export: new ones join by themselves.
    p.locationIds = checked.size() == m_permitted.size() && !m_restricted ? QStringList() : checked;
    if (checked.isEmpty())
        p.locationIds = QStringList { QStringLiteral("\x01none") };
    p.incremental = scope() == Scope::NewSinceLastExport;
    p.since = m_sinceEnabled->isChecked() ? m_since->date() : QDate();
    const QString folder = QFileInfo(destination()).absolutePath();
    if (!destination().isEmpty())
        p.folder = folder;
    return p;
}

bool ExportDialog::saveProfile()
{
    const std::optional<ExportProfile> current = currentProfile();
    const QString suggested = current ? current->name : tr("Bookkeeper");
    std::optional<QString> name;
    if (m_askName) {
        name = m_askName(suggested);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Save as profile"), tr("Name of the profile:"), QLineEdit::Normal, suggested, &ok);
        if (ok)
            name = text;
    }
    if (!name)
        return false;
    ExportProfile p = profileFromDialog(name->trimmed());
    try {
        ExportProfileRepository repo(m_cache);
        // Saving under another profile's name replaces that one's settings (not its history).
        if (const std::optional<ExportProfile> same = repo.byName(p.name); same && same->id != p.id) {
            const ExportProfile keep = *same;
            p.id = keep.id;
            p.createdAt = keep.createdAt;
        } else if (current && current->name.compare(p.name, Qt::CaseInsensitive) != 0) {
            p.id.clear(); // a new name: a new profile, the selected one stays as it is
            p.createdAt = QDateTime();
        }
        if (const std::optional<QString> problem = repo.save(p)) {
            showMessage(*problem, true);
            return false;
        }
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
        return false;
    }
    fillProfiles(p.id);
    showMessage(tr("The profile “%1” is saved.").arg(p.name), false);
    updateDescriptions();
    return true;
}

void ExportDialog::deleteProfile()
{
    const std::optional<ExportProfile> p = currentProfile();
    if (!p)
        return;
    const QString question = tr("Delete the profile “%1”? Comptoir then forgets what it has exported: a new profile "
                                "would export everything again.")
                                 .arg(p->name);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Delete profile"), question) == QMessageBox::Yes;
    if (!yes)
        return;
    try {
        ExportProfileRepository(m_cache).remove(p->id);
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
        return;
    }
    fillProfiles(QStringLiteral("\x01"));
    showMessage(tr("The profile “%1” is deleted.").arg(p->name), false);
    updateDescriptions();
}

// ---------------------------------------------------------------------------------------
// Exporting

void ExportDialog::startExport()
{
    if (m_running || !m_allowed)
        return;
    const QString path = destination();
    if (path.isEmpty()) {
        showMessage(tr("Choose where to save the file."), true);
        return;
    }
    const Scope s = scope();
    if (s == Scope::DaysAndLocations && m_from->date() > m_to->date()) {
        showMessage(tr("The first day comes after the last one."), true);
        return;
    }
    if (s != Scope::CurrentFilter && checkedLocations().isEmpty()) {
        showMessage(tr("Choose at least one location."), true);
        return;
    }
    QString profileId;
    if (s == Scope::NewSinceLastExport) {
        // "Only what is new" needs a profile that remembers what was exported.
        std::optional<ExportProfile> p = currentProfile();
        if (!p || !p->incremental) {
            if (!saveProfile())
                return;
            p = currentProfile();
        } else {
            ExportProfile updated = profileFromDialog(QString());
            if (updated != *p) {
                try {
                    if (const std::optional<QString> problem = ExportProfileRepository(m_cache).save(updated)) {
                        showMessage(*problem, true);
                        return;
                    }
                } catch (const StoreError& e) {
                    showMessage(e.message(), true);
                    return;
                }
            }
        }
        if (!p)
            return;
        profileId = p->id;
    }
    if (QFileInfo::exists(path) && m_destinationEdited) {
        const QString question = tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path));
        const bool yes = m_confirm ? m_confirm(question)
                                   : QMessageBox::question(this, tr("Replace file"), question) == QMessageBox::Yes;
        if (!yes)
            return;
    }

    ExportRequest req;
    req.filter = filterForScope(s);
    req.format = format();
    req.language = language();
    req.csv = csvOptions();
    req.outputPath = path;
    req.profileId = profileId;
    if (const std::optional<CacheIdentity> who = m_cache.identity())
        req.author = who->accountEmail;
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(kFormatKey, int(req.format));
    settings.setValue(kLanguageKey, toCode(req.language));

    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    showMessage(tr("Exporting…"), false);
    updateState();

    const auto cancel = m_cancel;
    const auto progress = [this, cancel](qint64 done, qint64 total) {
        // Queued to the GUI thread; the destructor waits for the worker, so `this` lives on.
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (!m_running)
                    return;
                if (total > 0 && done >= total) {
                    m_progress->setRange(0, 0); // the file is being put together
                    showMessage(tr("Writing the file…"), false);
                    return;
                }
                m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
                m_progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
                m_progress->setFormat(
                    tr("%1 of %2 transactions").arg(QLocale().toString(done), QLocale().toString(total)));
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };

    if (m_cache.path() == QLatin1String(":memory:")) {
        // A private in-memory cache has no file another connection could open: here.
        const ExportResult r = TransactionExport::run(m_cache, req, progress);
        QTimer::singleShot(0, this, [this, r] { finished(r); });
        return;
    }
    const QString cachePath = m_cache.path();
    const std::optional<CacheIdentity> identity = m_cache.identity();
    m_watcher = new QFutureWatcher<ExportResult>(this);
    connect(m_watcher, &QFutureWatcher<ExportResult>::finished, this, [this] {
        const ExportResult r = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        finished(r);
    });
    m_watcher->setFuture(QtConcurrent::run([cachePath, identity, req, progress]() {
        // Its own connection: Qt Sql connections belong to the thread that opened them.
        CacheDatabase::Options options;
        options.identity = identity;
        CacheDatabase::OpenResult opened = CacheDatabase::open(cachePath, options);
        if (!opened) {
            ExportResult r;
            r.outcome = ExportResult::Outcome::Failed;
            r.message = opened.message;
            return r;
        }
        return TransactionExport::run(*opened.database, req, progress);
    }));
}

void ExportDialog::cancelExport()
{
    if (m_running && m_cancel) {
        m_cancel->store(true);
        showMessage(tr("Stopping…"), false);
    }
}

void ExportDialog::finished(const ExportResult& result)
{
    m_running = false;
    m_result = result;
    switch (result.outcome) {
    case ExportResult::Outcome::Written: {
        QString text = result.message;
        if (result.exportNumber > 0)
            text += QLatin1Char(' ')
                + tr("Export %1 of the profile: %2 new, %3 corrected (each as a reversal and its "
                     "new version).")
                      .arg(result.exportNumber)
                      .arg(QLocale().toString(result.newCount), QLocale().toString(result.changedCount));
        showMessage(text, false);
        if (result.exportNumber > 0)
            m_destinationEdited = false; // the profile's next file gets the next number
        break;
    }
    case ExportResult::Outcome::Empty:
    case ExportResult::Outcome::Cancelled:
        showMessage(result.message, false);
        break;
    case ExportResult::Outcome::Failed:
        showMessage(result.message, true);
        break;
    }
    updateState();
    updateDescriptions();
    if (result.ok())
        suggestFileName(); // the next export of a profile gets the next number
    emit exportFinished(result);
}

void ExportDialog::reject()
{
    if (m_running) {
        cancelExport(); // Cancel while exporting stops the export; the dialog stays
        return;
    }
    QDialog::reject();
}

} // namespace comptoir
