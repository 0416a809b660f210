#pragma once

#include "reports/transactionexport.h"
#include "store/cachedatabase.h"
#include "store/exportprofilerepository.h"
#include "store/transactionfilter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace comptoir {

// Exporting transactions for the bookkeeper: what (the Transactions page's current filter,
// chosen days and locations, or — with a saved profile — only what is new since the
// profile's last export), the format (Excel, or CSV with its separator, decimal mark and
// dates), the language of the file, and where to write it. Saved export profiles keep
// those choices per account (in the cache). Only the locations the account may export are
// offered. The export runs on a worker thread with its own cache connection, with a
// progress bar and Cancel; the file appears complete or not at all.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Scope { CurrentFilter = 0, DaysAndLocations = 1, NewSinceLastExport = 2 };

    // `currentFilter`: the Transactions page's filter, exported as it is (within the
    // locations the account may export).
    ExportDialog(CacheDatabase& cache, const TransactionFilter& currentFilter, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    Scope scope() const;
    void setDays(const QDate& from, const QDate& to);
    void setLocations(const QStringList& ids); // checked in the list; the others unchecked
    QStringList checkedLocations() const;
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setLanguage(Language language);
    Language language() const;
    void setDestination(const QString& path);
    QString destination() const;
    // Selects a saved profile by name (its settings fill the dialog); false when there is none.
    bool selectProfile(const QString& name);
    QString selectedProfileId() const;
    QStringList profileNames() const;

    bool isRunning() const { return m_running; }
    // What the dialog says under the form: progress, the outcome, or why it cannot export.
    QString message() const;
    const ExportResult& lastResult() const { return m_result; }
    // The filter an export would use now (for the main window and tests).
    TransactionFilter filterForExport() const;

    // "Browse…" asks where with this (by default a file dialog); empty cancels.
    using SaveFileChooser = std::function<QString(const QString& suggestedPath, ExportFormat format)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // "Save as profile…" asks the name with this (by default an input dialog); nullopt cancels.
    using NameAsker = std::function<std::optional<QString>(const QString& suggestedName)>;
    void setProfileNameAsker(NameAsker asker) { m_askName = std::move(asker); }
    // Questions with a yes / no answer (deleting a profile, replacing a file).
    using Confirmer = std::function<bool(const QString& question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

signals:
    void exportFinished(const comptoir::ExportResult& result);

public slots:
    void startExport();
    void cancelExport();
    // Saves the dialog's choices under a name (asked), or into the selected profile.
    bool saveProfile();
    void deleteProfile();
    // Close; while exporting, Cancel: stops the export and keeps the dialog open.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void fitLabels();
    void fillProfiles(const QString& selectId = {});
    void profileChosen();
    void updateState();
    void updateDescriptions();
    void suggestFileName();
    void formatFromDestination();
    void browse();
    void finished(const ExportResult& result);
    void showMessage(const QString& text, bool error);
    ExportProfile profileFromDialog(const QString& name) const;
    TransactionFilter filterForScope(Scope scope) const;
    std::optional<ExportProfile> currentProfile() const;
    CsvOptions csvOptions() const;
    QString describe(const TransactionFilter& filter) const;

    CacheDatabase& m_cache;
    TransactionFilter m_currentFilter;
    QStringList m_permitted; // locations the account may export
    bool m_restricted = false;
    bool m_allowed = true;

    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profiles = nullptr;
    QPushButton* m_saveProfile = nullptr;
    QPushButton* m_deleteProfile = nullptr;
    QGroupBox* m_scopeBox = nullptr;
    QButtonGroup* m_scopeGroup = nullptr;
    QRadioButton* m_scopeCurrent = nullptr;
    QLabel* m_currentText = nullptr;
    QRadioButton* m_scopeDays = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QRadioButton* m_scopeNew = nullptr;
    QLabel* m_newText = nullptr;
    QCheckBox* m_sinceEnabled = nullptr;
    QDateEdit* m_since = nullptr;
    QLabel* m_locationsLabel = nullptr;
    QListWidget* m_locations = nullptr;
    QGroupBox* m_fileBox = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QFormLayout* m_fileForm = nullptr;
    QLabel* m_separatorLabel = nullptr;
    QComboBox* m_separator = nullptr;
    QLabel* m_decimalLabel = nullptr;
    QComboBox* m_decimal = nullptr;
    QCheckBox* m_isoDates = nullptr;
    QLabel* m_destinationLabel = nullptr;
    QLineEdit* m_destination = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_closeButton = nullptr;

    SaveFileChooser m_chooseFile;
    NameAsker m_askName;
    Confirmer m_confirm;

    bool m_running = false;
    bool m_destinationEdited = false; // the user typed or chose a file: keep it
    bool m_filling = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<ExportResult>* m_watcher = nullptr;
    ExportResult m_result;
    QString m_messageText;
    bool m_messageIsError = false;
    const char* m_messageSource = nullptr; // a fixed message, retranslated on a language change
};

} // namespace comptoir
