#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace comptoir {

class CacheDatabase;

// The periods (day closes) of the cache as a table: one row per period, newest first, with
// the names of its location and terminal and whether its report PDF is kept in the cache.
class PeriodTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Persisted in the header's saved state: append, never reorder.
    enum class Column { Location, Terminal, Sequence, Opened, Closed, Transactions, Total, Report, Count };
    static constexpr int kIdRole = Qt::UserRole; // the period id, on every cell

    struct Names {
        QHash<QString, QString> locations; // id → name
        QHash<QString, QString> terminals;
        QHash<QString, QTimeZone> zones;   // location id → its time zone
    };

    explicit PeriodTableModel(QObject* parent = nullptr);

    // `kept`: the ids whose report PDF is kept in the cache.
    void setPeriods(QList<Period> periods, QSet<QString> kept, Names names);
    void setKept(const QString& periodId);
    // The headers and cells in the current language and locale (after a language switch).
    void retranslate();

    const Period& periodAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& periodId) const; // -1 when not listed
    bool isKept(const QString& periodId) const { return m_kept.contains(periodId); }
    QString locationName(const QString& id) const { return m_names.locations.value(id, id); }
    QString terminalName(const QString& id) const { return m_names.terminals.value(id, id); }
    // A time in the period's location's zone, in the user's short format.
    QString formatTime(const Period& p, const QDateTime& utc) const;
    // The same without the year for dates of this year (the table's cells).
    QString formatCompactTime(const Period& p, const QDateTime& utc) const;
    QDateTime inLocationZone(const Period& p, const QDateTime& utc) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Period> m_rows;
    QSet<QString> m_kept;
    Names m_names;
    QString m_compactFormat;
};

// The Day closes page: filters (location, terminal), the periods of the permitted locations
// and, beside them, the selected period's day-close report in a PDF viewer with Save as…
// and Print…. A report comes from the cache when it is kept there, else from the portal
// (fetched on a worker thread with its own cache connection and portal client, then kept,
// so it opens offline from then on). When neither can give it, the viewer says why and,
// for a closed period, offers a report made by Comptoir from the cache's own data — marked
// as such and never kept in place of the portal's.
class DayClosesPage : public QWidget {
    Q_OBJECT

public:
    // Where the report shown comes from.
    enum class Source { None, Kept, Portal, Local };

    explicit DayClosesPage(CacheDatabase& cache, QWidget* parent = nullptr);
    ~DayClosesPage() override;

    // The portal to fetch reports from; an empty URL or token: offline (kept reports only,
    // or one made locally).
    void setPortal(const QUrl& portal, const QByteArray& token);
    // Re-reads locations, terminals, permissions and periods (after a sync), keeping the
    // selection.
    void reload();
    // Selects the period (widening the filters when needed) and opens its report: the
    // main window's "jump to the period" of a transaction.
    void showPeriod(const QString& periodId);

    // "Save as…" asks where with this (by default a file dialog); an empty answer cancels.
    using SaveFileChooser = std::function<QString(const QString& suggestedPath)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // "Print…" sets the printer up with this (by default the print dialog); false cancels.
    using PrinterSetup = std::function<bool(QPrinter& printer)>;
    void setPrinterSetup(PrinterSetup setup) { m_setUpPrinter = std::move(setup); }

    // For the main window and tests.
    PeriodTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPdfDocument* document() const { return m_document; }
    QString selectedPeriodId() const;
    QString shownPeriodId() const { return m_shownId; } // the period whose report is shown
    Source source() const { return m_source; }
    bool isBusy() const { return m_busy; }
    QString message() const;     // what the viewer area says when it shows no report
    QString notice() const;      // the last save/print outcome
    QByteArray reportPdf() const { return m_pdf; }

signals:
    // "Show transactions": the main window shows the Transactions page filtered on it.
    void showTransactionsOf(const QString& periodId);
    // The selected period's report is shown (document() is Ready) or cannot be.
    void reportShown(const QString& periodId);
    void reportUnavailable(const QString& periodId, const QString& message);

public slots:
    void saveAs();
    void print();
    // The report made from the cache's data, for the selected closed period.
    void makeLocalReport();
    // Fetches the selected period's report again (after an error).
    void retry();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Job;
    struct Outcome;

    void retranslateUi();
    void fillLocations();
    void fillTerminals();
    void reloadPeriods();
    void selectionChanged();
    void openReport(const QString& periodId, bool local);
    void startNext();
    void finished(const Outcome& outcome);
    void showPdf(const QString& periodId, const QByteArray& pdf, Source source);
    void showMessage(const QString& title, const QString& text, bool offerLocal, bool offerRetry);
    void showBusy(const QString& text);
    void clearReport();
    void updateHeader();
    void updateActions();
    void setNotice(const QString& text, bool error);
    void saveLayout() const;
    void sizeColumns();
    QString suggestedFileName() const;
    std::optional<Period> selectedPeriod() const;

    CacheDatabase& m_cache;
    QUrl m_portal;
    QByteArray m_token;
    QStringList m_permittedLocations; // empty with m_restricted: none
    bool m_restricted = false;        // the user may see only m_permittedLocations
    bool m_allowed = true;            // the user may see day closes at all

    PeriodTableModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_locationLabel = nullptr;
    QLabel* m_terminalLabel = nullptr;
    QComboBox* m_locations = nullptr;
    QComboBox* m_terminals = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_listMessage = nullptr;
    QLabel* m_reportTitle = nullptr;
    QLabel* m_reportSource = nullptr;
    QPushButton* m_showTransactions = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPdfView* m_pdfView = nullptr;
    QPdfDocument* m_document = nullptr;
    QBuffer* m_buffer = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageText = nullptr;
    QPushButton* m_makeLocal = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_busyText = nullptr;
    QTimer* m_saveLayoutTimer = nullptr;

    QByteArray m_pdf;
    QString m_shownId;        // the period whose report (or message) the viewer shows
    bool m_shownClosed = false;
    Source m_source = Source::None;
    bool m_busy = false;
    bool m_running = false;   // a worker is fetching or rendering
    QString m_wantedId;       // what the worker should do next (the latest request)
    bool m_wantedLocal = false;
    bool m_columnsSized = false;
    bool m_filling = false;   // combos being refilled: no reloads per item
    bool m_announce = false;  // reportShown is due once the document is Ready
    QString m_pinnedId;       // shown by showPeriod even when older than the list's limit

    SaveFileChooser m_chooseFile;
    PrinterSetup m_setUpPrinter;
};

} // namespace comptoir
