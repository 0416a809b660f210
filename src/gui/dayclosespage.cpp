#include "dayclosespage.h"

#include "gui/dateformats.h"
#include "gui/listviews.h"
#include "gui/terminalchoices.h"
#include "core/permissionset.h"
#include "core/translations.h"
#include "gui/pagetitle.h"
#include "portal/periodreports.h"
#include "portal/portalclient.h"
#include "portal/syncengine.h"
#include "reports/dayclosereport.h"
#include "store/accountrepository.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace comptoir {

namespace {

using Column = PeriodTableModel::Column;

const QString kHeaderKey = QStringLiteral("DayClosesPage/columns");
const QString kSplitterKey = QStringLiteral("DayClosesPage/splitter");
constexpr int kListLimit = 1000;      // periods listed per filter, newest first
constexpr int kTransactionPage = 5000; // read per query when making a report locally

// The viewer area's pages.
enum ViewerPage { PdfPage = 0, MessagePage = 1, BusyPage = 2 };

Language uiLanguage()
{
    return languageFromCode(languageFor(QLocale())).value_or(Language::En);
}

// The ids of the periods whose report PDF is kept in the cache: one small query instead of
// reading every PDF (PeriodRepository::pdf returns the whole document).
QSet<QString> keptReportIds(CacheDatabase& cache)
{
    QSet<QString> ids;
    QSqlQuery q = sql::exec(cache.db(), QStringLiteral("SELECT id FROM periods WHERE pdf IS NOT NULL"));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

bool newerFirst(const Period& a, const Period& b)
{
    if (a.openedAt != b.openedAt)
        return a.openedAt > b.openedAt;
    return a.id > b.id;
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

// ---------------------------------------------------------------------------------------
// PeriodTableModel

namespace {

// The locale's short date and time without the year ("19/11 23:53", "19-11 23:53"): the
// table's dates of this year, so that the list leaves room for the report.
QString compactFormatFor(const QLocale& locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+[^dMy]*"));
    date.remove(year);
    if (!date.contains(QLatin1Char('d')) || !date.contains(QLatin1Char('M')))
        return fullYearDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
    return date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
}

} // namespace

PeriodTableModel::PeriodTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_compactFormat(compactFormatFor(QLocale()))
{
}

void PeriodTableModel::setPeriods(QList<Period> periods, QSet<QString> kept, Names names)
{
    beginResetModel();
    m_rows = std::move(periods);
    m_kept = std::move(kept);
    m_names = std::move(names);
    endResetModel();
}

void PeriodTableModel::setKept(const QString& periodId)
{
    if (m_kept.contains(periodId))
        return;
    m_kept.insert(periodId);
    if (const int row = rowOf(periodId); row >= 0)
        emit dataChanged(index(row, int(Column::Report)), index(row, int(Column::Report)));
}

int PeriodTableModel::rowOf(const QString& periodId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == periodId)
            return row;
    return -1;
}

QDateTime PeriodTableModel::inLocationZone(const Period& p, const QDateTime& utc) const
{
    const auto zone = m_names.zones.constFind(p.locationId);
    return zone == m_names.zones.constEnd() || !zone->isValid() ? utc.toLocalTime() : utc.toTimeZone(*zone);
}

QString PeriodTableModel::formatTime(const Period& p, const QDateTime& utc) const
{
    return shortDateTime(inLocationZone(p, utc));
}

QString PeriodTableModel::formatCompactTime(const Period& p, const QDateTime& utc) const
{
    const QDateTime local = inLocationZone(p, utc);
    if (local.date().year() != QDate::currentDate().year())
        return shortDateTime(local);
    return QLocale().toString(local, m_compactFormat);
}

void PeriodTableModel::retranslate()
{
    m_compactFormat = compactFormatFor(QLocale());
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

int PeriodTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeriodTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PeriodTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Period& p = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool kept = m_kept.contains(p.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Location:
            return locationName(p.locationId);
        case Column::Terminal:
            return terminalName(p.terminalId);
        case Column::Sequence:
            return QLocale().toString(p.sequence);
        case Column::Opened:
            return formatCompactTime(p, p.openedAt);
        case Column::Closed:
            return p.isClosed() ? formatCompactTime(p, p.closedAt) : tr("Open");
        case Column::Transactions:
            return QLocale().toString(p.transactionCount);
        case Column::Total:
            return p.total.format(moneyLocaleFor(QLocale()));
        case Column::Report:
            if (kept)
                return tr("Kept");
            if (p.isClosed())
                return p.hasReportPdf ? tr("On the portal") : tr("None");
            return QString();
        case Column::Count:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Sequence:
        case Column::Transactions:
        case Column::Total:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::FontRole:
        if (column == Column::Closed && !p.isClosed()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Report) {
            if (kept)
                return tr("The day-close report is kept in this cache: it opens offline too.");
            if (p.isClosed())
                return tr("The report is downloaded from the portal the first time you open it, then kept.");
            return tr("The period is still open: its report exists once the terminal closes the day.");
        }
        if (column == Column::Total)
            return tr("Net total of the period, as the portal counts it");
        if (column == Column::Opened)
            return QLocale().toString(inLocationZone(p, p.openedAt), QLocale::LongFormat);
        if (column == Column::Closed && p.isClosed())
            return QLocale().toString(inLocationZone(p, p.closedAt), QLocale::LongFormat);
        if (column == Column::Transactions)
            return tr("%n transaction(s) in the period", nullptr, p.transactionCount);
        break;
    case kIdRole:
        return p.id;
    default:
        break;
    }
    return {};
}

QVariant PeriodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const auto column = Column(section);
        const bool right = column == Column::Sequence || column == Column::Transactions || column == Column::Total;
        return QVariant((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && Column(section) == Column::Transactions)
        return tr("Number of transactions in the period");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Location:
        return tr("Location");
    case Column::Terminal:
        return tr("Terminal");
    case Column::Sequence:
        return tr("No.", "period sequence number");
    case Column::Opened:
        return tr("Opened");
    case Column::Closed:
        return tr("Closed");
    case Column::Transactions:
        return tr("Count", "number of transactions");
    case Column::Total:
        return tr("Total");
    case Column::Report:
        return tr("Report");
    case Column::Count:
        break;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Fetching and making reports, off the GUI thread

struct DayClosesPage::Job {
    QString cachePath;
    std::optional<CacheIdentity> identity;
    QUrl portal;
    QByteArray token;
    QString periodId;
    Language language = Language::En;
    bool local = false; // made from the cache's data rather than the portal's
};

struct DayClosesPage::Outcome {
    QString periodId;
    bool local = false;
    std::optional<QByteArray> pdf;
    bool fromCache = false;
    PortalError error; // when no pdf
};

namespace {

// The day-close report made by Comptoir from what the cache holds about the period.
DayClosesPage::Source makeLocal(CacheDatabase& cache, const QString& periodId, Language language,
                                std::optional<QByteArray>& pdf, PortalError& error)
{
    const std::optional<Period> period = PeriodRepository(cache).get(periodId);
    if (!period || !period->isClosed()) {
        error.kind = PortalError::Kind::Rejected;
        error.message = period ? DayClosesPage::tr("This period is still open: its day-close report exists once the "
                                                   "terminal closes the day.")
                               : DayClosesPage::tr("This day close is not in the cache. Sync and try again.");
        return DayClosesPage::Source::None;
    }
    DayCloseData data;
    data.period = *period;
    data.madeLocally = true; // the PDF says so too, for printed copies
    data.merchant = AccountRepository(cache).merchant().value_or(Merchant{});
    data.location = LocationRepository(cache).get(period->locationId).value_or(Location{});
    data.terminal = TerminalRepository(cache).get(period->terminalId).value_or(Terminal{});
    if (data.location.id.isEmpty())
        data.location.id = period->locationId;
    if (data.terminal.id.isEmpty())
        data.terminal.id = period->terminalId;
    TransactionRepository transactions(cache);
    TransactionFilter filter;
    filter.periodId = periodId;
    TransactionCursor after;
    for (;;) {
        const QList<Transaction> page = transactions.page(filter, after, kTransactionPage);
        data.transactions.append(page);
        if (page.size() < kTransactionPage)
            break;
        after = TransactionRepository::cursorOf(page.constLast());
    }
    std::reverse(data.transactions.begin(), data.transactions.end()); // oldest first, as the portal lists them
    QByteArray rendered = DayCloseReport::render(data, language);
    if (rendered.isEmpty()) {
        error.kind = PortalError::Kind::BadAnswer;
        error.message = DayClosesPage::tr("Comptoir could not make the report.");
        return DayClosesPage::Source::None;
    }
    pdf = std::move(rendered);
    return DayClosesPage::Source::Local;
}

} // namespace

// ---------------------------------------------------------------------------------------
// DayClosesPage

DayClosesPage::DayClosesPage(CacheDatabase& cache, QWidget* parent) : QWidget(parent), m_cache(cache)
{
    m_model = new PeriodTableModel(this);

    // Filters.
    m_locations = new QComboBox(this);
    m_locations->setObjectName(QStringLiteral("locationFilter"));
    m_locations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_terminals = new QComboBox(this);
    m_terminals->setObjectName(QStringLiteral("terminalFilter"));
    m_terminals->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_locations);
    m_terminalLabel = new QLabel(this);
    m_terminalLabel->setBuddy(m_terminals);
    connect(m_locations, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // Another location: every terminal of it (also back on "All locations", which
        // would otherwise still show the one terminal picked before).
        m_filling = true;
        m_terminals->setCurrentIndex(0);
        m_filling = false;
        fillTerminals();
        reloadPeriods();
    });
    connect(m_terminals, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reloadPeriods();
    });
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_locationLabel);
    filters->addWidget(m_locations);
    filters->addSpacing(12);
    filters->addWidget(m_terminalLabel);
    filters->addWidget(m_terminals);
    filters->addStretch(1);

    // The periods.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("periods"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::SingleSelection);
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(m_view->fontMetrics().averageCharWidth() * 4);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DayClosesPage::selectionChanged);

    m_listMessage = new QLabel(this);
    m_listMessage->setObjectName(QStringLiteral("listMessage"));
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setForegroundRole(QPalette::PlaceholderText);
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listMessage);
    listLayout->addWidget(m_view, 1);

    // The report.
    m_reportTitle = new QLabel(this);
    m_reportTitle->setObjectName(QStringLiteral("reportTitle"));
    m_reportTitle->setWordWrap(true);
    m_reportTitle->setTextFormat(Qt::RichText);
    QFont bold = m_reportTitle->font();
    bold.setBold(true);
    m_reportSource = new QLabel(this);
    m_reportSource->setObjectName(QStringLiteral("reportSource"));
    m_reportSource->setWordWrap(true);
    m_reportSource->setForegroundRole(QPalette::PlaceholderText);

    m_showTransactions = new QPushButton(this);
    m_showTransactions->setObjectName(QStringLiteral("showTransactions"));
    connect(m_showTransactions, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPeriodId(); !id.isEmpty())
            emit showTransactionsOf(id);
    });
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAs"));
    connect(m_save, &QPushButton::clicked, this, &DayClosesPage::saveAs);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
    connect(m_print, &QPushButton::clicked, this, &DayClosesPage::print);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_showTransactions);
    actions->addStretch(1);
    actions->addWidget(m_save);
    actions->addWidget(m_print);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_document = new QPdfDocument(this);
    m_buffer = new QBuffer(this);
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("reportView"));
    m_pdfView->setDocument(m_document);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setPageSpacing(12);
    m_pdfView->setDocumentMargins(QMargins(12, 12, 12, 12));
    connect(m_document, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (!m_announce)
            return;
        if (status == QPdfDocument::Status::Ready) {
            m_announce = false;
            updateActions();
            emit reportShown(m_shownId);
        } else if (status == QPdfDocument::Status::Error) {
            m_announce = false;
            showMessage(tr("The report cannot be shown"),
                        tr("The day-close report is not a readable PDF. Try again later, or make the report from "
                           "Comptoir's data."),
                        m_shownClosed, true);
        }
    });

    // What the viewer says when it shows no report.
    auto* messagePane = new QWidget(this);
    m_messageTitle = new QLabel(messagePane);
    m_messageTitle->setObjectName(QStringLiteral("messageTitle"));
    m_messageTitle->setFont(bold);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageTitle->setWordWrap(true);
    m_messageText = new QLabel(messagePane);
    m_messageText->setObjectName(QStringLiteral("message"));
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_makeLocal = new QPushButton(messagePane);
    m_makeLocal->setObjectName(QStringLiteral("makeLocal"));
    connect(m_makeLocal, &QPushButton::clicked, this, &DayClosesPage::makeLocalReport);
    m_retry = new QPushButton(messagePane);
    m_retry->setObjectName(QStringLiteral("retry"));
    connect(m_retry, &QPushButton::clicked, this, &DayClosesPage::retry);
    auto* messageButtons = new QHBoxLayout;
    messageButtons->addStretch(1);
    messageButtons->addWidget(m_retry);
    messageButtons->addWidget(m_makeLocal);
    messageButtons->addStretch(1);
    auto* messageLayout = new QVBoxLayout(messagePane);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_messageTitle);
    // Across the pane's width (an alignment here would give it one line's height).
    messageLayout->addWidget(m_messageText);
    messageLayout->setContentsMargins(24, 0, 24, 0);
    messageLayout->addSpacing(8);
    messageLayout->addLayout(messageButtons);
    messageLayout->addStretch(2);

    auto* busyPane = new QWidget(this);
    m_busyText = new QLabel(busyPane);
    m_busyText->setAlignment(Qt::AlignCenter);
    m_busyText->setWordWrap(true);
    auto* bar = new QProgressBar(busyPane);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(200);
    bar->setMaximumHeight(fontMetrics().height());
    auto* busyLayout = new QVBoxLayout(busyPane);
    busyLayout->addStretch(1);
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(bar, 0, Qt::AlignHCenter);
    busyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_pdfView); // PdfPage
    m_stack->addWidget(messagePane); // MessagePage
    m_stack->addWidget(busyPane); // BusyPage

    auto* reportPane = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportPane);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_reportTitle);
    reportLayout->addWidget(m_reportSource);
    reportLayout->addLayout(actions);
    reportLayout->addWidget(m_notice);
    reportLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(reportPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    m_title = createPageTitle(QString(), this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    // Keyboard: the shortcuts work while the page is shown (hidden pages' shortcuts sleep).
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &DayClosesPage::saveAs);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &DayClosesPage::print);
    auto* transactions = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(transactions, &QShortcut::activated, m_showTransactions, &QPushButton::click);
    auto* zoomIn = new QShortcut(QKeySequence::ZoomIn, this);
    connect(zoomIn, &QShortcut::activated, this, [this] {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(std::min(m_pdfView->zoomFactor() * 1.25, 8.0));
    });
    auto* zoomOut = new QShortcut(QKeySequence::ZoomOut, this);
    connect(zoomOut, &QShortcut::activated, this, [this] {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(std::max(m_pdfView->zoomFactor() / 1.25, 0.1));
    });
    auto* fitWidth = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this);
    connect(fitWidth, &QShortcut::activated, this,
            [this] { m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth); });

    retranslateUi();

    // Column widths and the split are remembered.
    QSettings settings;
    m_columnsSized = header->restoreState(settings.value(kHeaderKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({700, 380});
    m_saveLayoutTimer = new QTimer(this);
    m_saveLayoutTimer->setSingleShot(true);
    m_saveLayoutTimer->setInterval(400);
    connect(m_saveLayoutTimer, &QTimer::timeout, this, &DayClosesPage::saveLayout);
    connect(header, &QHeaderView::sectionResized, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(m_splitter, &QSplitter::splitterMoved, m_saveLayoutTimer, qOverload<>(&QTimer::start));

    setFocusProxy(m_view);
    clearReport();
    reload();
}

DayClosesPage::~DayClosesPage()
{
    // A worker still running delivers to nobody (the watcher goes with the page); it has its
    // own cache connection and portal client, so it finishes on its own.
    if (m_saveLayoutTimer->isActive())
        saveLayout();
}

void DayClosesPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void DayClosesPage::setPortal(const QUrl& portal, const QByteArray& token)
{
    const bool wasOnline = m_portal.isValid() && !m_token.isEmpty();
    m_portal = portal;
    m_token = token;
    const bool online = m_portal.isValid() && !m_token.isEmpty();
    // A report that could not be fetched offline can be now.
    if (online && !wasOnline && m_stack->currentIndex() == MessagePage && m_shownClosed && !m_shownId.isEmpty() &&
        m_source == Source::None)
        openReport(m_shownId, false);
}

// ---------------------------------------------------------------------------------------
// Filters and the list

void DayClosesPage::reload()
{
    fillLocations();
    reloadPeriods();
}

void DayClosesPage::retranslateUi()
{
    m_title->setText(tr("Day closes"));
    m_title->setAccessibleName(m_title->text());
    m_locations->setAccessibleName(tr("Location"));
    m_terminals->setAccessibleName(tr("Terminal"));
    m_locationLabel->setText(tr("&Location:"));
    m_terminalLabel->setText(tr("Te&rminal:"));
    m_view->setAccessibleName(tr("Day closes"));
    m_showTransactions->setText(tr("Show &transactions"));
    m_showTransactions->setToolTip(tr("List this period's transactions on the Transactions page (Ctrl+Return)"));
    m_save->setText(tr("&Save as…"));
    m_save->setToolTip(tr("Save the report as a PDF file (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the report (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_pdfView->setAccessibleName(tr("Day-close report"));
    m_makeLocal->setText(tr("&Make the report from Comptoir's data"));
    m_makeLocal->setToolTip(tr("Comptoir makes a day-close report from the transactions in this cache. It is not the "
                               "portal's report and is not kept."));
    m_retry->setText(tr("Try &again"));
}

void DayClosesPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || !m_title)
        return;
    retranslateUi();
    // The lists' "All …" entries, the table's headers and cells, the viewer's header.
    fillLocations();
    fillTerminals();
    m_model->retranslate();
    updateHeader();
    if (m_shownId.isEmpty() && m_stack->currentWidget() != m_pdfView)
        clearReport();
}

void DayClosesPage::fillLocations()
{
    QList<Location> all;
    std::optional<PermissionSet> permissions;
    try {
        all = LocationRepository(m_cache).all();
        permissions = SyncEngine::cachedPermissions(m_cache);
    } catch (const StoreError& e) {
        m_listMessage->setText(e.message());
        m_listMessage->show();
    }
    m_allowed = !permissions || permissions->allows(Menu::DayCloses);
    m_restricted = permissions && !permissions->allowsAllLocations(Menu::DayCloses);
    m_permittedLocations.clear();
    for (const Location& l : all)
        if (!m_restricted || permissions->allows(Menu::DayCloses, l.id))
            m_permittedLocations.append(l.id);

    const QVariant current = m_locations->currentData();
    m_filling = true;
    m_locations->clear();
    m_locations->addItem(tr("All locations"));
    for (const Location& l : all)
        if (m_permittedLocations.contains(l.id))
            m_locations->addItem(l.name, l.id);
    m_locations->setCurrentIndex(std::max(0, current.isValid() ? m_locations->findData(current) : 0));
    m_locations->setEnabled(m_allowed);
    m_filling = false;
    fillTerminals();
}

void DayClosesPage::fillTerminals()
{
    const QString location = m_locations->currentData().toString();
    const QVariant current = m_terminals->currentData();
    m_filling = true;
    m_terminals->clear();
    m_terminals->addItem(tr("All terminals"));
    for (const TerminalChoice& t :
         terminalChoices(m_cache, m_permittedLocations, location.isEmpty() ? QStringList() : QStringList{location}))
        m_terminals->addItem(t.text, t.id);
    const int index = current.isValid() ? m_terminals->findData(current) : 0;
    m_terminals->setCurrentIndex(std::max(0, index));
    m_terminals->setEnabled(m_allowed);
    m_filling = false;
}

void DayClosesPage::reloadPeriods()
{
    const QString location = m_locations->currentData().toString();
    const QString terminal = m_terminals->currentData().toString();
    QList<Period> periods;
    QSet<QString> kept;
    PeriodTableModel::Names names;
    QString error;
    try {
        PeriodRepository repository(m_cache);
        if (!m_allowed) {
        } else if (!location.isEmpty()) {
            if (m_permittedLocations.contains(location))
                periods = repository.list(location, terminal, kListLimit);
        } else if (!m_restricted) {
            periods = repository.list({}, terminal, kListLimit);
        } else {
            for (const QString& id : std::as_const(m_permittedLocations))
                periods.append(repository.list(id, terminal, kListLimit));
            std::sort(periods.begin(), periods.end(), newerFirst);
            if (periods.size() > kListLimit)
                periods.resize(kListLimit);
        }
        if (!m_pinnedId.isEmpty() && std::none_of(periods.cbegin(), periods.cend(),
                                                  [this](const Period& p) { return p.id == m_pinnedId; })) {
            const std::optional<Period> pinned = repository.get(m_pinnedId);
            if (pinned && m_permittedLocations.contains(pinned->locationId) &&
                (location.isEmpty() || pinned->locationId == location) &&
                (terminal.isEmpty() || pinned->terminalId == terminal))
                periods.append(*pinned);
        }
        kept = keptReportIds(m_cache);
        for (const Location& l : LocationRepository(m_cache).all()) {
            names.locations.insert(l.id, l.name);
            names.zones.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
        }
        for (const Terminal& t : TerminalRepository(m_cache).all())
            names.terminals.insert(t.id, t.name);
    } catch (const StoreError& e) {
        error = e.message();
    }

    const QString selected = selectedPeriodId().isEmpty() ? m_shownId : selectedPeriodId();
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setPeriods(std::move(periods), std::move(kept), std::move(names));
    }
    if (!m_columnsSized && m_model->rowCount() > 0)
        sizeColumns();

    if (!error.isEmpty()) {
        m_listMessage->setForegroundRole(QPalette::WindowText);
        m_listMessage->setText(error);
    } else if (!m_allowed) {
        m_listMessage->setForegroundRole(QPalette::WindowText);
        m_listMessage->setText(tr("Your account may not see day closes. An administrator can give access in the "
                                  "portal's user groups."));
    } else {
        m_listMessage->setForegroundRole(QPalette::PlaceholderText);
        m_listMessage->setText(tr("No day closes for these filters yet. They arrive with the next sync."));
    }
    m_listMessage->setVisible(!error.isEmpty() || m_model->rowCount() == 0);

    // Keep the selection; a period that has closed since gets its report.
    const int row = selected.isEmpty() ? -1 : m_model->rowOf(selected);
    if (row >= 0) {
        {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->selectRow(row);
        }
        const Period& p = m_model->periodAt(row);
        if (p.id == m_shownId && p.isClosed() != m_shownClosed)
            openReport(p.id, false);
        else
            updateHeader();
    } else if (!m_shownId.isEmpty()) {
        clearReport();
    }
    updateActions();
}

void DayClosesPage::sizeColumns()
{
    const int maximum = m_view->fontMetrics().averageCharWidth() * 20;
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < int(Column::Count); ++c)
        header->resizeSection(c, std::min(header->sectionSize(c), maximum));
    m_columnsSized = true;
}

QString DayClosesPage::selectedPeriodId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return rows.first().data(PeriodTableModel::kIdRole).toString();
}

std::optional<Period> DayClosesPage::selectedPeriod() const
{
    const int row = m_model->rowOf(selectedPeriodId());
    if (row < 0)
        return std::nullopt;
    return m_model->periodAt(row);
}

void DayClosesPage::selectionChanged()
{
    const QString id = selectedPeriodId();
    if (id.isEmpty()) {
        clearReport();
        return;
    }
    if (id != m_shownId)
        openReport(id, false);
}

void DayClosesPage::showPeriod(const QString& periodId)
{
    std::optional<Period> period;
    try {
        period = PeriodRepository(m_cache).get(periodId);
    } catch (const StoreError& e) {
        showMessage(tr("The day close cannot be read"), e.message(), false, false);
        return;
    }
    if (!period || !m_permittedLocations.contains(period->locationId) || !m_allowed) {
        m_view->clearSelection();
        m_shownId = periodId;
        m_shownClosed = false;
        m_reportTitle->clear();
        m_reportSource->clear();
        showMessage(tr("Day close not found"),
                    period ? tr("Your account may not see the day closes of this location.")
                           : tr("This day close is not in the cache yet. Sync, then try again."),
                    false, false);
        return;
    }
    m_pinnedId = periodId;
    if (m_model->rowOf(periodId) < 0) {
        // Narrow the filters to the period's terminal: its list then holds the period.
        m_filling = true;
        m_locations->setCurrentIndex(std::max(0, m_locations->findData(period->locationId)));
        m_filling = false;
        fillTerminals();
        m_filling = true;
        m_terminals->setCurrentIndex(std::max(0, m_terminals->findData(period->terminalId)));
        m_filling = false;
        reloadPeriods();
    }
    const int row = m_model->rowOf(periodId);
    if (row < 0)
        return;
    m_view->selectRow(row); // opens the report through selectionChanged()
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    if (m_shownId != periodId)
        openReport(periodId, false);
}

// ---------------------------------------------------------------------------------------
// The report

void DayClosesPage::openReport(const QString& periodId, bool local)
{
    setNotice({}, false);
    std::optional<Period> period;
    try {
        period = PeriodRepository(m_cache).get(periodId);
    } catch (const StoreError& e) {
        m_shownId = periodId;
        showMessage(tr("The day close cannot be read"), e.message(), false, false);
        return;
    }
    m_shownId = periodId;
    m_shownClosed = period && period->isClosed();
    updateHeader();

    if (!local) {
        // A kept report opens at once; an open period or an offline cache is told at once.
        // With no client PeriodReports reads the cache only, so this never waits.
        PeriodReports::Result kept;
        try {
            kept = PeriodReports(m_cache, nullptr).report(periodId, uiLanguage());
        } catch (const StoreError& e) {
            kept.error.kind = PortalError::Kind::BadAnswer;
            kept.error.message = e.message();
        }
        if (kept.pdf) {
            m_model->setKept(periodId);
            showPdf(periodId, *kept.pdf, Source::Kept);
            return;
        }
        const bool online = m_portal.isValid() && !m_token.isEmpty();
        if (kept.error.kind != PortalError::Kind::Unreachable) {
            showMessage(m_shownClosed ? tr("The report cannot be shown") : tr("This period is still open"),
                        kept.error.message, m_shownClosed, false);
            return;
        }
        if (!online) {
            showMessage(tr("Not downloaded yet"),
                        kept.error.message + QLatin1Char('\n') + QLatin1Char('\n') +
                            tr("Meanwhile Comptoir can make the report from the data in this cache."),
                        m_shownClosed, false);
            return;
        }
    }
    m_wantedId = periodId;
    m_wantedLocal = local;
    showBusy(local ? tr("Making the report from Comptoir's data…") : tr("Fetching the day-close report from the portal…"));
    startNext();
}

void DayClosesPage::startNext()
{
    if (m_running || m_wantedId.isEmpty())
        return;
    Job job;
    job.cachePath = m_cache.path();
    job.identity = m_cache.identity();
    job.portal = m_portal;
    job.token = m_token;
    job.periodId = m_wantedId;
    job.language = uiLanguage();
    job.local = m_wantedLocal;
    m_wantedId.clear();
    m_running = true;

    const auto run = [](CacheDatabase& cache, const Job& job, PortalClient* client) {
        Outcome outcome;
        outcome.periodId = job.periodId;
        outcome.local = job.local;
        try {
            if (job.local) {
                makeLocal(cache, job.periodId, job.language, outcome.pdf, outcome.error);
            } else {
                // Patient enough for a blip, quick enough for someone waiting at the screen.
                const RetryPolicy retry{3, 250, 2000};
                PeriodReports::Result r = PeriodReports(cache, client, retry).report(job.periodId, job.language);
                outcome.pdf = std::move(r.pdf);
                outcome.fromCache = r.fromCache;
                outcome.error = r.error;
            }
        } catch (const StoreError& e) {
            outcome.pdf.reset();
            outcome.error.kind = PortalError::Kind::BadAnswer;
            outcome.error.message = e.message();
        }
        return outcome;
    };

    if (job.cachePath == QLatin1String(":memory:")) {
        // A private in-memory cache has no file another connection could open: it works
        // here, from the cache only (no portal, so nothing waits on the network).
        const Outcome outcome = run(m_cache, job, nullptr);
        QTimer::singleShot(0, this, [this, outcome] { finished(outcome); });
        return;
    }

    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([job, run] {
        CacheDatabase::Options options;
        options.identity = job.identity;
        CacheDatabase::OpenResult opened = CacheDatabase::open(job.cachePath, options);
        if (!opened) {
            Outcome outcome;
            outcome.periodId = job.periodId;
            outcome.local = job.local;
            outcome.error.kind = PortalError::Kind::BadAnswer;
            outcome.error.message = opened.message;
            return outcome;
        }
        std::unique_ptr<PortalClient> client;
        if (!job.local && job.portal.isValid() && !job.token.isEmpty()) {
            client = std::make_unique<PortalClient>(job.portal);
            client->setToken(job.token);
            client->setTimeout(std::chrono::seconds(20));
        }
        return run(*opened.database, job, client.get());
    }));
}

void DayClosesPage::finished(const Outcome& outcome)
{
    m_running = false;
    if (outcome.pdf && !outcome.local)
        m_model->setKept(outcome.periodId);
    if (m_wantedId == outcome.periodId && m_wantedLocal == outcome.local)
        m_wantedId.clear(); // asked again meanwhile: this is the answer
    const bool current = outcome.periodId == m_shownId && m_wantedId.isEmpty() && m_busy;
    if (current) {
        if (outcome.pdf) {
            showPdf(outcome.periodId, *outcome.pdf,
                    outcome.local ? Source::Local : outcome.fromCache ? Source::Kept : Source::Portal);
        } else {
            const PortalError& e = outcome.error;
            QString text = e.message;
            QString title = tr("The portal did not give the report");
            if (outcome.local)
                title = tr("The report could not be made");
            else if (e.kind == PortalError::Kind::Unauthorized || e.kind == PortalError::Kind::Locked)
                text += QLatin1Char('\n') + tr("Sign in again (Portal menu), then open the report once more.");
            else if (e.kind == PortalError::Kind::Unreachable)
                title = tr("The portal cannot be reached");
            showMessage(title, text, m_shownClosed && !outcome.local, !outcome.local);
        }
    }
    startNext();
}

void DayClosesPage::showPdf(const QString& periodId, const QByteArray& pdf, Source source)
{
    m_busy = false;
    m_shownId = periodId;
    m_source = source;
    m_document->close();
    m_buffer->close();
    m_pdf = pdf;
    m_buffer->setData(m_pdf);
    m_buffer->open(QIODevice::ReadOnly);
    m_stack->setCurrentIndex(PdfPage);
    updateHeader();
    m_announce = true;
    m_document->load(m_buffer);
    if (m_announce && m_document->status() == QPdfDocument::Status::Ready) {
        m_announce = false;
        emit reportShown(periodId);
    } else if (m_announce && m_document->status() == QPdfDocument::Status::Error) {
        m_announce = false;
        showMessage(tr("The report cannot be shown"),
                    tr("The day-close report is not a readable PDF. Try again later, or make the report from "
                       "Comptoir's data."),
                    m_shownClosed, true);
        return;
    }
    updateActions();
}

void DayClosesPage::showMessage(const QString& title, const QString& text, bool offerLocal, bool offerRetry)
{
    m_busy = false;
    m_source = Source::None;
    m_announce = false;
    m_document->close();
    m_buffer->close();
    m_pdf.clear();
    m_messageTitle->setText(title);
    m_messageTitle->setVisible(!title.isEmpty());
    m_messageText->setText(text);
    m_messageText->setForegroundRole(QPalette::WindowText);
    m_makeLocal->setVisible(offerLocal);
    m_retry->setVisible(offerRetry);
    m_stack->setCurrentIndex(MessagePage);
    updateHeader();
    updateActions();
    if (!m_shownId.isEmpty() && (offerLocal || offerRetry || !title.isEmpty()))
        emit reportUnavailable(m_shownId, text);
}

void DayClosesPage::showBusy(const QString& text)
{
    m_busy = true;
    m_source = Source::None;
    m_announce = false;
    m_document->close();
    m_buffer->close();
    m_pdf.clear();
    m_busyText->setText(text);
    m_stack->setCurrentIndex(BusyPage);
    updateHeader();
    updateActions();
}

void DayClosesPage::clearReport()
{
    m_shownId.clear();
    m_shownClosed = false;
    m_busy = false;
    m_source = Source::None;
    m_announce = false;
    m_document->close();
    m_buffer->close();
    m_pdf.clear();
    m_messageTitle->hide();
    m_messageText->setText(tr("Choose a day close to see its report."));
    m_messageText->setForegroundRole(QPalette::PlaceholderText);
    m_makeLocal->hide();
    m_retry->hide();
    m_stack->setCurrentIndex(MessagePage);
    setNotice({}, false);
    updateHeader();
    updateActions();
}

void DayClosesPage::updateHeader()
{
    const int row = m_shownId.isEmpty() ? -1 : m_model->rowOf(m_shownId);
    if (row < 0) {
        m_reportTitle->setText(m_shownId.isEmpty() ? QStringLiteral("<b>%1</b>").arg(tr("Day-close report").toHtmlEscaped())
                                                   : QString());
        m_reportSource->clear();
        m_reportSource->hide();
        return;
    }
    const Period& p = m_model->periodAt(row);
    const QString when = p.isClosed()
                             ? tr("%1 – %2", "period from – to").arg(m_model->formatTime(p, p.openedAt), m_model->formatTime(p, p.closedAt))
                             : tr("open since %1").arg(m_model->formatTime(p, p.openedAt));
    const QString title = tr("%1 at %2, period %3", "terminal at location, period number")
                              .arg(m_model->terminalName(p.terminalId), m_model->locationName(p.locationId),
                                   QLocale().toString(p.sequence));
    m_reportTitle->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), when.toHtmlEscaped()));
    QString source;
    QFont font = m_reportSource->font();
    font.setBold(false);
    switch (m_source) {
    case Source::Kept:
        source = tr("The portal's day-close report, kept in this cache: it opens offline too.");
        break;
    case Source::Portal:
        source = tr("The portal's day-close report, just downloaded and now kept in this cache.");
        break;
    case Source::Local:
        source = tr("Made by Comptoir from the data in this cache — not the portal's day-close report. It covers the "
                    "transactions synced to this computer.");
        font.setBold(true);
        break;
    case Source::None:
        break;
    }
    m_reportSource->setFont(font);
    m_reportSource->setForegroundRole(m_source == Source::Local ? QPalette::WindowText : QPalette::PlaceholderText);
    m_reportSource->setText(source);
    m_reportSource->setVisible(!source.isEmpty());
}

void DayClosesPage::updateActions()
{
    const bool ready = !m_pdf.isEmpty() && m_document->status() == QPdfDocument::Status::Ready;
    m_save->setEnabled(ready);
    m_print->setEnabled(ready);
    m_showTransactions->setEnabled(!selectedPeriodId().isEmpty());
}

QString DayClosesPage::message() const
{
    return m_stack->currentIndex() == MessagePage ? m_messageText->text() : QString();
}

QString DayClosesPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DayClosesPage::setNotice(const QString& text, bool error)
{
    m_notice->setText(text);
    m_notice->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    QFont font = m_notice->font();
    font.setBold(error);
    m_notice->setFont(font);
    m_notice->setVisible(!text.isEmpty());
}

void DayClosesPage::makeLocalReport()
{
    const std::optional<Period> p = selectedPeriod();
    if (!p || !p->isClosed())
        return;
    openReport(p->id, true);
}

void DayClosesPage::retry()
{
    if (const QString id = selectedPeriodId(); !id.isEmpty())
        openReport(id, false);
}

QString DayClosesPage::suggestedFileName() const
{
    const int row = m_model->rowOf(m_shownId);
    if (row < 0)
        return tr("Day close.pdf");
    const Period& p = m_model->periodAt(row);
    const QDateTime end = p.isClosed() ? p.closedAt : p.openedAt;
    QString name = tr("Day close %1 %2 %3", "terminal, period number, date")
                       .arg(m_model->terminalName(p.terminalId), QString::number(p.sequence),
                            end.toLocalTime().date().toString(Qt::ISODate));
    if (m_source == Source::Local)
        name += QLatin1Char(' ') + tr("(made by Comptoir)");
    return safeFileName(name) + QStringLiteral(".pdf");
}

void DayClosesPage::saveAs()
{
    if (m_pdf.isEmpty() || m_busy)
        return;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested = QDir(dir).filePath(suggestedFileName());
    QString path = m_chooseFile ? m_chooseFile(suggested)
                                : QFileDialog::getSaveFileName(this, tr("Save the day-close report"), suggested,
                                                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QString shown = QDir::toNativeSeparators(path);
    // Written beside the target and renamed over it at the end: a failure leaves any
    // existing file as it was, never half-written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setNotice(tr("The report could not be saved as %1: %2. Choose another folder or name.").arg(shown, file.errorString()),
                  true);
        return;
    }
    if (file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        setNotice(tr("The report could not be saved as %1: %2. Check the free space, or choose another folder.")
                      .arg(shown, file.errorString()),
                  true);
        return;
    }
    setNotice(tr("Saved as %1.").arg(shown), false);
}

void DayClosesPage::print()
{
    if (m_pdf.isEmpty() || m_busy || m_document->status() != QPdfDocument::Status::Ready)
        return;
    const int pages = m_document->pageCount();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(suggestedFileName()).completeBaseName());
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFromTo(1, pages);
    bool go = false;
    if (m_setUpPrinter) {
        go = m_setUpPrinter(printer);
    } else {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the day-close report"));
        dialog.setMinMax(1, pages);
        dialog.setOption(QAbstractPrintDialog::PrintPageRange);
        go = dialog.exec() == QDialog::Accepted;
    }
    if (!go)
        return;
    // The report has its own margins: print on the whole sheet, at the report's scale.
    printer.setFullPage(true);
    const int first = printer.fromPage() > 0 ? std::max(1, printer.fromPage()) : 1;
    const int last = printer.toPage() > 0 ? std::min(pages, printer.toPage()) : pages;
    QPainter painter;
    if (!painter.begin(&printer)) {
        setNotice(tr("The printer could not be started. Check that it is connected and switched on."), true);
        return;
    }
    const int dpi = std::min(printer.resolution(), 300);
    const QRect sheet = printer.pageLayout().fullRectPixels(printer.resolution());
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer.newPage();
        const QSizeF points = m_document->pagePointSize(page - 1);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = m_document->render(page - 1, pixels);
        const QSize fitted = pixels.scaled(sheet.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(QPoint(0, 0), fitted), image);
    }
    if (!painter.end()) {
        setNotice(tr("The report could not be printed completely. Check the printer and try again."), true);
        return;
    }
    setNotice(tr("Sent to the printer."), false);
}

} // namespace comptoir
