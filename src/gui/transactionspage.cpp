#include "transactionspage.h"

#include "gui/pagetitle.h"
#include "gui/totalsstrip.h"
#include "gui/transactiontablemodel.h"
#include "portal/syncengine.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/storeerror.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {
using Column = TransactionTableModel::Column;
constexpr int kSearchDelayMs = 300;
} // namespace

TransactionsPage::TransactionsPage(CacheDatabase& cache, QWidget* parent) : QWidget(parent), m_cache(cache)
{
    m_model = new TransactionTableModel(cache, this);
    m_totals = new TotalsStrip(cache, this);

    // Filters.
    m_dates = new QComboBox(this);
    m_dates->setObjectName(QStringLiteral("datePresets"));
    m_dates->setAccessibleName(tr("Period"));
    m_dates->setToolTip(tr("Days to show"));
    for (DatePreset p : kAllDatePresets)
        m_dates->addItem(displayName(p), static_cast<int>(p));

    m_locations = new QComboBox(this);
    m_locations->setObjectName(QStringLiteral("locationFilter"));
    m_locations->setAccessibleName(tr("Location"));
    m_locations->addItem(tr("All locations"));
    try {
        for (const Location& l : LocationRepository(cache).all())
            m_locations->addItem(l.name, l.id);
    } catch (const StoreError& e) {
        // Shown once the page is built; the list still works without location names.
        QTimer::singleShot(0, this, [this, message = e.message()] { showError(message); });
    }
    m_locations->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_statuses = new QComboBox(this);
    m_statuses->setObjectName(QStringLiteral("statusFilter"));
    m_statuses->setAccessibleName(tr("Status"));
    m_statuses->addItem(tr("All statuses"));
    for (TransactionStatus s : kAllStatuses)
        m_statuses->addItem(displayName(s), static_cast<int>(s));
    m_statuses->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Reference or last 4 card digits"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &TransactionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TransactionsPage::applyFilter);
    for (QComboBox* combo : {m_dates, m_locations, m_statuses})
        connect(combo, &QComboBox::currentIndexChanged, this, &TransactionsPage::applyFilter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_dates);
    filters->addWidget(m_locations);
    filters->addWidget(m_statuses);
    filters->addStretch(1);
    filters->addWidget(m_search);

    m_setStatus = new QPushButton(tr("Set status…"), this);
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    m_setStatus->setToolTip(tr("Resolve a transaction that waits for a manual intervention: successful or failed."));
    m_setStatus->setVisible(false);
    connect(m_setStatus, &QPushButton::clicked, this, &TransactionsPage::setManualStatus);
    filters->addWidget(m_setStatus);

    // The list.
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setSortingEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    // Every column keeps the width its contents need (a long French status must not
    // squeeze the location to "Caf…"); the last one takes what is left, and a narrow
    // window scrolls sideways rather than clipping.
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    // Columns are sized once, from the first rows shown (see sizeColumns()).
    // A little air between cells: the right-aligned amount otherwise touches the status.
    m_view->setStyleSheet(QStringLiteral("QTableView::item { padding-left: 6px; padding-right: 6px; }"));

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        updateActions();
        if (!m_setStatus->isVisible() || !m_setStatus->isEnabled())
            return;
        QMenu menu(this);
        menu.addAction(m_setStatus->text(), this, &TransactionsPage::setManualStatus);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransactionsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPage::updateActions);
    connect(m_model, &TransactionTableModel::loadFailed, this, &TransactionsPage::showError);
    connect(m_totals, &TotalsStrip::loadFailed, this, &TransactionsPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransactionsPage::updateEmptyState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageTitle(tr("Transactions"), this));
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    setFocusProxy(m_view);
    applyFilter();
}

TransactionFilter TransactionsPage::filterFor(QDate today) const
{
    TransactionFilter f;
    const auto [from, to] = rangeFor(datePreset(), today);
    f.from = from;
    f.to = to;
    if (const QVariant id = m_locations->currentData(); id.isValid())
        f.locationIds = {id.toString()};
    if (const QVariant status = m_statuses->currentData(); status.isValid())
        if (const auto s = enumFromInt<TransactionStatus>(status.toInt()))
            f.statuses = {*s};
    f.text = m_search->text().trimmed();
    return f;
}

void TransactionsPage::setDatePreset(DatePreset preset)
{
    m_dates->setCurrentIndex(m_dates->findData(static_cast<int>(preset)));
}

DatePreset TransactionsPage::datePreset() const
{
    const int value = m_dates->currentData().toInt();
    for (DatePreset p : kAllDatePresets)
        if (static_cast<int>(p) == value)
            return p;
    return DatePreset::Today;
}

void TransactionsPage::applyFilter()
{
    m_searchDelay->stop();
    const TransactionFilter f = filterFor(QDate::currentDate());
    if (f == m_applied && m_model->rowCount() > 0 && !m_forceReload)
        return;
    m_forceReload = false;
    m_applied = f;
    m_error = false;
    m_message->hide();
    m_model->setFilter(f);
    // A hidden view asks for nothing; load the first page so the page is never blank.
    if (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    m_totals->setFilter(f);
    updateEmptyState();
}

void TransactionsPage::reload()
{
    m_forceReload = true;
    applyFilter();
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

void TransactionsPage::updateActions()
{
    bool permitted = !m_actor.isEmpty();
    std::optional<PermissionSet> permissions;
    try {
        permissions = SyncEngine::cachedPermissions(m_cache);
    } catch (const StoreError&) {
    }
    if (permissions && !permissions->allows(Menu::Transactions))
        permitted = false;
    m_setStatus->setVisible(permitted);
    const std::optional<Transaction> t = selectedTransaction();
    m_setStatus->setEnabled(permitted && t && t->status == TransactionStatus::ManualIntervention &&
                            (!permissions || permissions->allows(Menu::Transactions, t->locationId)));
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
            .arg(t.amount.format(moneyLocaleFor(locale)), locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat),
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
    if (!t || !m_setStatus->isEnabled())
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
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore(QModelIndex());
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setText(tr("No transactions match these filters."));
    m_message->setVisible(empty);
}

} // namespace comptoir
