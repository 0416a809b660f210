#include "transactionspage.h"

#include "gui/dateformats.h"
#include "gui/filterbar.h"
#include "gui/listviews.h"
#include "gui/pagetitle.h"
#include "gui/totalsstrip.h"
#include "gui/transactiondetailpane.h"
#include "gui/transactiontablemodel.h"
#include "portal/syncengine.h"
#include "store/localedits.h"
#include "store/storeerror.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {
using Column = TransactionTableModel::Column;
const QString kSettingsGroup = QStringLiteral("TransactionsPage");
// Bumped when the columns change meaning, so an old saved header is not applied.
constexpr int kHeaderStateVersion = 2;
} // namespace

TransactionsPage::TransactionsPage(CacheDatabase& cache, QWidget* parent) : QWidget(parent), m_cache(cache)
{
    m_model = new TransactionTableModel(cache, this);
    m_totals = new TotalsStrip(cache, this);
    m_filters = new FilterBar(cache, Menu::Transactions, FilterBar::AllFields, this);
    connect(m_filters, &FilterBar::changed, this, [this] {
        applyFilter();
        emit filterChanged();
    });

    m_title = createPageTitle(QString(), this);

    // The list.
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("transactionList"));
    m_view->setModel(m_model);
    setUpListView(m_view, QAbstractItemView::ExtendedSelection);
    QHeaderView* header = m_view->horizontalHeader();
    // Every column keeps the width its contents need (a long French status must not
    // squeeze the location to "Caf…"); the last one takes what is left, and a narrow
    // window scrolls sideways rather than clipping.
    header->setSortIndicatorShown(true);
    // Newest first until the user clicks a header; the model sorts in the cache.
    header->setSortIndicator(int(Column::Time), Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Columns can be hidden and shown again from the header's menu.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu menu(this);
        for (int c = 0; c < int(Column::Count); ++c) {
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != int(Column::Time) && c != int(Column::Amount)); // always shown
            connect(a, &QAction::toggled, this, [this, header, c](bool on) {
                header->setSectionHidden(c, !on);
                saveLayout();
            });
        }
        menu.exec(header->mapToGlobal(at));
    });

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_detail = new TransactionDetailPane(cache, this);
    m_detail->setObjectName(QStringLiteral("transactionDetail"));
    connect(m_detail, &TransactionDetailPane::setStatusRequested, this, &TransactionsPage::setManualStatus);
    connect(m_detail, &TransactionDetailPane::showPeriodRequested, this, &TransactionsPage::showPeriodRequested);

    auto* listArea = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_message);
    listLayout->addWidget(m_view, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("transactionsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listArea);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_detail->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_splitter->setSizes({1000, fontMetrics().averageCharWidth() * 34});

    // Actions: on the list's context menu and on the keyboard.
    m_copy = new QAction(this);
    m_copy->setObjectName(QStringLiteral("copyRows"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &TransactionsPage::copySelection);
    m_view->addAction(m_copy);
    m_setStatus = new QAction(this);
    m_setStatus->setObjectName(QStringLiteral("setStatusAction"));
    m_setStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_setStatus->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_setStatus, &QAction::triggered, this, &TransactionsPage::setManualStatus);
    addAction(m_setStatus);
    m_showPeriod = new QAction(this);
    m_showPeriod->setObjectName(QStringLiteral("showPeriod"));
    m_showPeriod->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_showPeriod->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showPeriod, &QAction::triggered, this, [this] {
        if (const std::optional<Transaction> t = selectedTransaction(); t && !t->periodId.isEmpty())
            emit showPeriodRequested(t->periodId);
    });
    addAction(m_showPeriod);

    // The details beside the list: shown on demand (the list needs the width more often),
    // and on a double click or Return on a row.
    m_showDetails = new QAction(this);
    m_showDetails->setObjectName(QStringLiteral("showDetails"));
    m_showDetails->setCheckable(true);
    m_showDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_showDetails->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showDetails, &QAction::toggled, this, [this](bool on) {
        m_detail->setVisible(on);
        m_saveLayoutTimer->start();
    });
    addAction(m_showDetails);
    auto* detailsButton = new QToolButton(this);
    detailsButton->setObjectName(QStringLiteral("detailsButton"));
    detailsButton->setDefaultAction(m_showDetails);
    detailsButton->setAutoRaise(true);
    connect(m_view, &QAbstractItemView::activated, this, [this] { m_showDetails->setChecked(true); });
    m_detail->hide();

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        searchEdit()->setFocus(Qt::ShortcutFocusReason);
        searchEdit()->selectAll();
    });

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        updateActions();
        QMenu menu(this);
        menu.addAction(m_copy);
        if (m_setStatus->isVisible())
            menu.addAction(m_setStatus);
        menu.addAction(m_showPeriod);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransactionsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPage::updateActions);
    connect(m_model, &TransactionTableModel::loadFailed, this, &TransactionsPage::showError);
    connect(m_totals, &TotalsStrip::loadFailed, this, &TransactionsPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransactionsPage::updateEmptyState);
    connect(m_model, &TransactionTableModel::fetched, this, &TransactionsPage::updateEmptyState);
    // After a new sort the list starts at the top again (once the reset is announced).
    connect(
        m_model, &QAbstractItemModel::modelReset, this,
        [this] {
            if (m_model->rowCount() == 0 && m_model->canFetchMore(QModelIndex()))
                m_model->fetchMore(QModelIndex());
        },
        Qt::QueuedConnection);

    m_saveLayoutTimer = new QTimer(this);
    m_saveLayoutTimer->setSingleShot(true);
    m_saveLayoutTimer->setInterval(500);
    connect(m_saveLayoutTimer, &QTimer::timeout, this, &TransactionsPage::saveLayout);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(m_splitter, &QSplitter::splitterMoved, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(m_filters, &FilterBar::changed, m_saveLayoutTimer, qOverload<>(&QTimer::start));

    // Set status… beside it whenever the selected transaction waits for one.
    auto* statusButton = new QToolButton(this);
    statusButton->setObjectName(QStringLiteral("setStatusButton"));
    statusButton->setDefaultAction(m_setStatus);
    statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_setStatus, &QAction::changed, statusButton,
            [this, statusButton] { statusButton->setVisible(m_setStatus->isVisible() && m_setStatus->isEnabled()); });
    statusButton->hide();

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(statusButton, 0, Qt::AlignBottom);
    bottom->addWidget(detailsButton, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    setFocusProxy(m_view);
    retranslateUi();
    restoreLayout();
    applyFilter();
}

TransactionsPage::~TransactionsPage()
{
    if (m_saveLayoutTimer->isActive())
        saveLayout();
}

void TransactionsPage::retranslateUi()
{
    m_title->setText(tr("Transactions"));
    m_title->setAccessibleName(m_title->text());
    m_copy->setText(tr("&Copy rows"));
    m_copy->setToolTip(tr("Copy the selected rows for a spreadsheet"));
    m_setStatus->setText(tr("Set status…"));
    m_showPeriod->setText(tr("Show &day close"));
    m_showDetails->setText(tr("Details"));
    m_showDetails->setToolTip(tr("Show every field of the selected transaction, its day close and its history (Ctrl+I)"));
}

void TransactionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        // Other words, other widths ("En cours de traitement"): the columns fit them again.
        if (m_model->rowCount() > 0)
            sizeColumns();
    }
    QWidget::changeEvent(event);
}

QLineEdit* TransactionsPage::searchEdit() const
{
    return m_filters->searchEdit();
}

TransactionFilter TransactionsPage::filterFor(QDate today) const
{
    return m_filters->filter(today);
}

void TransactionsPage::showFilter(const TransactionFilter& filter)
{
    m_filters->setFilter(filter);
    applyFilter();
    saveLayout();
}

void TransactionsPage::setDatePreset(DatePreset preset)
{
    FilterChoice c = m_filters->choice();
    c.preset = preset;
    m_filters->setChoice(c);
    applyFilter();
}

DatePreset TransactionsPage::datePreset() const
{
    return m_filters->choice().preset;
}

void TransactionsPage::applyFilter()
{
    const TransactionFilter f = filterFor(QDate::currentDate());
    if (f == m_applied && m_model->rowCount() > 0 && !m_forceReload)
        return;
    m_forceReload = false;
    m_applied = f;
    m_error = false;
    m_message->hide();
    // The totals first: those of raw rows are added up on a worker while the list's first
    // page is read here.
    m_totals->setFilter(f);
    m_model->setFilter(f);
    // A hidden view asks for nothing; load the first page so the page is never blank.
    if (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    updateEmptyState();
    if (!m_filters->amountProblem().isEmpty())
        showError(m_filters->amountProblem());
}

void TransactionsPage::reload()
{
    // Keep the selected transaction selected when it is still listed.
    const std::optional<Transaction> selected = selectedTransaction();
    m_forceReload = true;
    m_model->reloadNames();
    applyFilter();
    if (selected) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->transactionAt(row).id == selected->id) {
                m_view->selectionModel()->select(m_model->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                break;
            }
    }
    updateActions();
}

void TransactionsPage::reloadChoices()
{
    m_filters->reloadChoices();
}

void TransactionsPage::setActor(const QString& actor)
{
    m_actor = actor;
    updateActions();
}

std::optional<Transaction> TransactionsPage::selectedTransaction() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->transactionAt(rows.first().row());
}

bool TransactionsPage::canSetStatus(const Transaction& t) const
{
    if (m_actor.isEmpty() || t.status != TransactionStatus::ManualIntervention)
        return false;
    std::optional<PermissionSet> permissions;
    try {
        permissions = SyncEngine::cachedPermissions(m_cache);
    } catch (const StoreError&) {
    }
    return !permissions || permissions->allows(Menu::Transactions, t.locationId);
}

void TransactionsPage::updateActions()
{
    const std::optional<Transaction> t = selectedTransaction();
    const bool can = t && canSetStatus(*t);
    m_setStatus->setVisible(!m_actor.isEmpty());
    m_setStatus->setEnabled(can);
    m_showPeriod->setEnabled(t && !t->periodId.isEmpty());
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    // One render of the pane per change: the transaction (which reads its day close and
    // history) only when it is another one.
    if (m_detail->transaction() != t)
        m_detail->showTransaction(t);
    m_detail->setCanSetStatus(can);
}

QString TransactionsPage::selectedRowsAsText() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    // The columns as the user arranged them, without the hidden ones.
    QList<Column> columns;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(Column(logical));
    }
    return m_model->toTabSeparated(rows, columns);
}

void TransactionsPage::copySelection()
{
    if (!m_view->selectionModel()->hasSelection())
        return;
    QApplication::clipboard()->setText(selectedRowsAsText());
}

std::optional<TransactionStatus> TransactionsPage::askStatus(const Transaction& t)
{
    if (m_chooseStatus)
        return m_chooseStatus(t);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set status"));
    auto* layout = new QVBoxLayout(&dialog);
    const QLocale locale;
    auto* text = new QLabel(
        tr("The terminal lost contact with the till during this payment of %1 on %2 (reference %3). Check your bank "
           "statement or the till's records, then say how it ended.\n\nThe status is recorded with your name and sent "
           "to the portal; it shows the orange hand from then on.")
            .arg(t.amount.format(moneyLocaleFor(locale)), shortDateTime(t.createdAt.toLocalTime(), locale),
                 t.reference.isEmpty() ? t.id : t.reference),
        &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* success = new QRadioButton(tr("The payment succeeded"), &dialog);
    auto* failed = new QRadioButton(tr("The payment failed"), &dialog);
    layout->addWidget(success);
    layout->addWidget(failed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set status"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    for (QRadioButton* b : {success, failed})
        connect(b, &QRadioButton::toggled, buttons, [buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return success->isChecked() ? TransactionStatus::Success : TransactionStatus::Failed;
}

void TransactionsPage::setManualStatus()
{
    updateActions();
    const std::optional<Transaction> t = selectedTransaction();
    if (!t || !canSetStatus(*t))
        return;
    const std::optional<TransactionStatus> status = askStatus(*t);
    if (!status)
        return;
    std::optional<QString> refused;
    try {
        refused = LocalEdits(m_cache, m_actor).setManualStatus(t->id, *status);
    } catch (const StoreError& e) {
        refused = e.message();
    }
    if (refused) {
        QMessageBox::warning(this, tr("Set status"), *refused);
        return;
    }
    reload();
    m_detail->showTransaction(m_detail->transaction());
    emit edited();
}

void TransactionsPage::sizeColumns()
{
    // To the contents of the first page, within reason; the user may resize them later.
    const int maximum = m_view->fontMetrics().averageCharWidth() * 32;
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < int(Column::Count); ++c)
        header->resizeSection(c, std::min(header->sectionSize(c), maximum));
    header->setMinimumSectionSize(m_view->fontMetrics().averageCharWidth() * 6);
    m_columnsSized = true;
}

void TransactionsPage::saveLayout() const
{
    if (m_restoring)
        return;
    m_saveLayoutTimer->stop();
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (m_columnsSized) {
        settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
        settings.setValue(QStringLiteral("headerVersion"), kHeaderStateVersion);
    }
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("details"), m_showDetails->isChecked());
    settings.setValue(QStringLiteral("sortKey"), static_cast<int>(m_model->sortOrder().key));
    settings.setValue(QStringLiteral("sortDescending"), m_model->sortOrder().descending);
    settings.endGroup();
    m_filters->save(settings, kSettingsGroup + QStringLiteral("/filters"));
}

void TransactionsPage::restoreLayout()
{
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (settings.value(QStringLiteral("headerVersion")).toInt() == kHeaderStateVersion &&
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray()))
        m_columnsSized = true;
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_showDetails->setChecked(settings.value(QStringLiteral("details"), false).toBool());
    const int key = settings.value(QStringLiteral("sortKey"), 0).toInt();
    const bool descending = settings.value(QStringLiteral("sortDescending"), true).toBool();
    settings.endGroup();
    if (key >= 0 && key <= static_cast<int>(TransactionSort::Key::Period)) {
        const TransactionSort sort{static_cast<TransactionSort::Key>(key), descending};
        m_model->setSortOrder(sort);
        m_view->horizontalHeader()->setSortIndicator(int(TransactionTableModel::columnFor(sort.key)),
                                                     descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_filters->restore(settings, kSettingsGroup + QStringLiteral("/filters"));
    m_restoring = false;
}

void TransactionsPage::showError(const QString& message)
{
    m_error = true;
    m_message->setText(message);
    m_message->setForegroundRole(QPalette::WindowText);
    m_message->show();
}

void TransactionsPage::updateEmptyState()
{
    if (!m_columnsSized && m_model->rowCount() > 0)
        sizeColumns();
    if (m_error)
        return; // the error says more than "nothing found"
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore(QModelIndex()) && !m_model->isFetching();
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setText(tr("No transactions match these filters."));
    m_message->setVisible(empty);
}

} // namespace comptoir
