#pragma once

#include "core/entities.h"
#include "gui/copylayoutdialog.h"
#include "reports/logoimage.h"
#include "reports/receiptrules.h"

#include <QDateTime>
#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabBar;
class QTableView;
class QTimer;

namespace comptoir {

class CacheDatabase;
class ReceiptLinesModel;
class ReceiptLocationModel;
class ReceiptPreview;

// The Receipts page: what the PAX terminals of each location print. For the location chosen
// on the left: the paper (58 or 80 mm) and text size, "print the customer receipt by
// default", the logo (imported from PNG, JPEG, BMP or SVG, cropped, scaled and dithered to
// 1 bit in LogoDialog), and the header and footer lines in Dutch, French and English with
// their alignment, bold and double height. Everything the terminals could not print — a
// line too long for the paper, a character outside their set, a logo too wide — is listed
// before saving, and saving is refused until it is fixed. On the right, the customer's and
// the merchant's receipt of a sample payment at the location, in the language being edited,
// at printer resolution (ReceiptPreview). A layout can be copied to other locations, with
// what changes at each shown first. Saving goes through LocalEdits (cache, audit log and
// outbox at once) and reaches the portal with If-Match on the next sync; a conflict is
// settled in the outbox dialog like any other.
//
// Only the locations the signed-in user has the Receipts menu for are listed (from the
// permissions of the last sync). Locations whose terminals are all Verifone are shown
// read-only: CCV support changes their receipts.
class ReceiptsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReceiptsPage(CacheDatabase& cache, QWidget* parent = nullptr);
    ~ReceiptsPage() override;

    // Re-reads the cache (after a sync or an edit), keeping the selection and any unsaved
    // changes.
    void reload();
    // The signed-in user's e-mail address, whom edits are made as; by default the cache's
    // account. Empty: the page only shows.
    void setActor(const QString& actor);
    // "Now" for the sample payment; the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    // The dialogs the page opens. Tests replace them; members left empty open the real ones.
    struct Dialogs {
        std::function<QString()> chooseLogoFile; // a path; empty when cancelled
        // Makes the logo from an image (LogoDialog); the PNG, or nullopt when cancelled.
        std::function<std::optional<QByteArray>(const QImage& source, LogoSettings& settings, PaperWidth paper)>
            editLogo;
        // Which layouts to save at other locations (CopyLayoutDialog); empty when cancelled.
        std::function<QList<ReceiptLayout>(
            const ReceiptLayout& source, const QString& sourceName, const QList<CopyTargetsModel::Target>& targets)>
            chooseCopies;
        // Unsaved changes when leaving a location: Save, Discard or Cancel (QMessageBox buttons).
        std::function<int(const QString& title, const QString& text)> askUnsaved;
        std::function<void(const QString& title, const QString& message)> refused;
    };
    void setDialogs(Dialogs dialogs);

    // For the main window and tests.
    ReceiptLocationModel* locationModel() const { return m_locations; }
    QTableView* locationView() const { return m_locationView; }
    ReceiptLinesModel* headerModel() const { return m_headerModel; }
    ReceiptLinesModel* footerModel() const { return m_footerModel; }
    ReceiptPreview* preview() const { return m_preview; }
    QString selectedLocationId() const { return m_locationId; }
    // Selects a location (asking about unsaved changes first); false when it is not listed
    // or the user stayed.
    bool select(const QString& locationId);
    Language language() const { return m_language; }
    void setLanguage(Language language);
    ReceiptLayout draft() const { return m_draft; }
    bool isDirty() const;
    bool isEditable() const;
    QList<ReceiptProblem> problems() const { return m_problems; }
    QString banner() const; // what the page says about the selected location's receipt
    QString notice() const; // the outcome of the last save or copy
    QString message() const; // shown instead of the editor when there is nothing to edit

public slots:
    bool save(); // true when saved, or when there was nothing to save
    void revert();
    void importLogo();
    void editLogo();
    void removeLogo();
    void copyToOtherLocations();
    void fixCharacters(); // lookalikes for what the terminals cannot print

signals:
    // A local edit was made: there is something to send to the portal.
    void edited();
    // "Show both versions…" on a conflict: the main window opens the outbox dialog.
    void showOutboxRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fitEditor();
    void loadLocation(const QString& locationId);
    void fillEditor();
    void editorChanged(); // the controls into the draft
    void linesEdited();
    void refreshState(); // problems, banner, buttons, preview
    void refreshPreview();
    void refreshLogo();
    void refreshBanner();
    void refreshProblems();
    void updateButtons();
    void setNotice(const QString& text, bool error = false);
    void refuse(const QString& title, const QString& message);
    void selectionChanged();
    void moveLine(QTableView* view, ReceiptLinesModel* model, int by);
    void addLine(QTableView* view, ReceiptLinesModel* model);
    void removeLine(QTableView* view, ReceiptLinesModel* model);
    void jumpToProblem(int row);
    void setLogo(const QByteArray& png);
    QString terminalNameFor(const QString& locationId) const;

    CacheDatabase& m_cache;
    QString m_actor;
    Dialogs m_dialogs;
    std::function<QDateTime()> m_clock;

    QString m_locationId; // the location being edited
    std::optional<ReceiptLayout> m_saved; // its layout in the cache
    ReceiptLayout m_base; // what the draft started from (the cache's then)
    ReceiptLayout m_draft;
    bool m_baseChanged = false; // the cache's layout changed under the draft (a sync)
    Language m_language = Language::Nl;
    QImage m_logoSource; // the image the logo was made from in this session
    LogoSettings m_logoSettings;
    QList<ReceiptProblem> m_problems;
    QString m_noticeText;
    bool m_filling = false;
    bool m_selecting = false;

    ReceiptLocationModel* m_locations = nullptr;
    ReceiptLinesModel* m_headerModel = nullptr;
    ReceiptLinesModel* m_footerModel = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_middle = nullptr;
    QScrollArea* m_editorScroll = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_locationView = nullptr;
    QWidget* m_editor = nullptr;
    QLabel* m_bannerText = nullptr;
    QWidget* m_banner = nullptr;
    QPushButton* m_showOutbox = nullptr;
    QGroupBox* m_printerGroup = nullptr;
    QLabel* m_paperLabel = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_fontLabel = nullptr;
    QComboBox* m_font = nullptr;
    QLabel* m_limitText = nullptr;
    QCheckBox* m_printCustomer = nullptr;
    QLabel* m_printCustomerHint = nullptr;
    QGroupBox* m_logoGroup = nullptr;
    QLabel* m_logoView = nullptr;
    QLabel* m_logoInfo = nullptr;
    QPushButton* m_importLogo = nullptr;
    QPushButton* m_editLogo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QGroupBox* m_textsGroup = nullptr;
    QTabBar* m_languageTabs = nullptr;
    QLabel* m_headerLabel = nullptr;
    QTableView* m_headerView = nullptr;
    QLabel* m_footerLabel = nullptr;
    QTableView* m_footerView = nullptr;
    QList<QPushButton*> m_headerButtons; // add, remove, up, down
    QList<QPushButton*> m_footerButtons;
    QGroupBox* m_checkGroup = nullptr;
    QListWidget* m_problemList = nullptr;
    QPushButton* m_fix = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_notice = nullptr;
    ReceiptPreview* m_preview = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace comptoir
