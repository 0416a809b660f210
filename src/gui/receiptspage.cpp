#include "receiptspage.h"

#include "gui/logodialog.h"
#include "gui/pagetitle.h"
#include "gui/receiptlinesmodel.h"
#include "gui/receiptlocationmodel.h"
#include "gui/receiptpreview.h"
#include "portal/syncengine.h"
#include "reports/receiptrenderer.h"
#include "store/cachedatabase.h"
#include "store/localedits.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/receiptlayoutrepository.h"
#include "store/scopedtransaction.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

namespace {

using LinesColumn = ReceiptLinesModel::Column;

constexpr int kLanguageRole = Qt::UserRole + 1; // on a problem item: the language, section and line
constexpr int kSectionRole = Qt::UserRole + 2;
constexpr int kLineRole = Qt::UserRole + 3;

// Alignment cells edited with a drop-down of the three alignments.
class AlignmentDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (TextAlignment a : { TextAlignment::Left, TextAlignment::Center, TextAlignment::Right })
            box->addItem(ReceiptLinesModel::alignmentName(a), static_cast<int>(a));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

QTableView* linesView(QWidget* parent, ReceiptLinesModel* model, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setItemDelegateForColumn(int(LinesColumn::Alignment), new AlignmentDelegate(view));
    view->horizontalHeader()->setSectionResizeMode(int(LinesColumn::Text), QHeaderView::Stretch);
    for (LinesColumn c : { LinesColumn::Length, LinesColumn::Alignment, LinesColumn::Bold, LinesColumn::DoubleHeight })
        view->horizontalHeader()->setSectionResizeMode(int(c), QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setWordWrap(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its lines (at least two), so the page scrolls, not the table.
    const auto fit = [view] {
        const int rows = std::max(2, view->model()->rowCount());
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
            + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    fit();
    return view;
}

QList<QPushButton*> lineButtons(QWidget* parent, const QString& prefix)
{
    QList<QPushButton*> out;
    for (const char* what : { "Add", "Remove", "Up", "Down" }) {
        auto* b = new QPushButton(parent);
        b->setObjectName(prefix + QLatin1String(what));
        b->setAutoDefault(false);
        out.append(b);
    }
    return out;
}

QHBoxLayout* buttonRow(const QList<QPushButton*>& buttons)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    return row;
}

} // namespace

ReceiptsPage::ReceiptsPage(CacheDatabase& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (const std::optional<CacheIdentity> identity = cache.identity())
        m_actor = identity->accountEmail;

    m_locations = new ReceiptLocationModel(this);
    m_headerModel = new ReceiptLinesModel(this);
    m_footerModel = new ReceiptLinesModel(this);

    m_title = createPageTitle(QString(), this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();

    // Left: the locations.
    m_locationView = new QTableView(this);
    m_locationView->setObjectName(QStringLiteral("locations"));
    m_locationView->setModel(m_locations);
    m_locationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_locationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_locationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_locationView->verticalHeader()->hide();
    m_locationView->setShowGrid(false);
    m_locationView->setWordWrap(false);
    m_locationView->horizontalHeader()->setSectionResizeMode(
        int(ReceiptLocationModel::Column::Location), QHeaderView::Stretch);
    m_locationView->horizontalHeader()->setSectionResizeMode(
        int(ReceiptLocationModel::Column::Receipt), QHeaderView::ResizeToContents);
    connect(m_locationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReceiptsPage::selectionChanged);

    // Middle: the editor.
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("editor"));
    m_banner = new QWidget(m_editor);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAutoFillBackground(true);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_showOutbox = new QPushButton(m_banner);
    m_showOutbox->setObjectName(QStringLiteral("showOutbox"));
    m_showOutbox->setAutoDefault(false);
    connect(m_showOutbox, &QPushButton::clicked, this, &ReceiptsPage::showOutboxRequested);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_showOutbox, 0, Qt::AlignTop);

    m_printerGroup = new QGroupBox(m_editor);
    m_paperLabel = new QLabel(m_printerGroup);
    m_paper = new QComboBox(m_printerGroup);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->setSizeAdjustPolicy(QComboBox::AdjustToContents); // as wide as its texts in any language
    m_paperLabel->setBuddy(m_paper);
    m_fontLabel = new QLabel(m_printerGroup);
    m_font = new QComboBox(m_printerGroup);
    m_font->setObjectName(QStringLiteral("font"));
    m_font->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fontLabel->setBuddy(m_font);
    m_limitText = new QLabel(m_printerGroup);
    m_limitText->setObjectName(QStringLiteral("limit"));
    m_printCustomer = new QCheckBox(m_printerGroup);
    m_printCustomer->setObjectName(QStringLiteral("printCustomer"));
    m_printCustomerHint = new QLabel(m_printerGroup);
    m_printCustomerHint->setWordWrap(true);
    QFont small = m_printCustomerHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_printCustomerHint->setFont(small);
    auto* printer = new QGridLayout(m_printerGroup);
    printer->addWidget(m_paperLabel, 0, 0);
    printer->addWidget(m_paper, 0, 1);
    printer->addWidget(m_fontLabel, 0, 2);
    printer->addWidget(m_font, 0, 3);
    printer->addWidget(m_limitText, 0, 4);
    printer->addWidget(m_printCustomer, 1, 0, 1, 5);
    printer->addWidget(m_printCustomerHint, 2, 0, 1, 5);
    printer->setColumnStretch(4, 1);

    m_logoGroup = new QGroupBox(m_editor);
    m_logoView = new QLabel(m_logoGroup);
    m_logoView->setObjectName(QStringLiteral("logo"));
    m_logoView->setAlignment(Qt::AlignCenter);
    m_logoView->setMinimumSize(200, 72);
    m_logoView->setMaximumHeight(112);
    m_logoView->setFrameShape(QFrame::StyledPanel);
    m_logoView->setAutoFillBackground(true);
    QPalette paper = m_logoView->palette();
    paper.setColor(QPalette::Window, QColor(0xfb, 0xfb, 0xf8));
    paper.setColor(QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    m_logoView->setPalette(paper);
    m_logoInfo = new QLabel(m_logoGroup);
    m_logoInfo->setObjectName(QStringLiteral("logoInfo"));
    m_logoInfo->setWordWrap(true);
    m_importLogo = new QPushButton(m_logoGroup);
    m_importLogo->setObjectName(QStringLiteral("importLogo"));
    m_editLogo = new QPushButton(m_logoGroup);
    m_editLogo->setObjectName(QStringLiteral("editLogo"));
    m_removeLogo = new QPushButton(m_logoGroup);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    for (QPushButton* b : { m_importLogo, m_editLogo, m_removeLogo })
        b->setAutoDefault(false);
    connect(m_importLogo, &QPushButton::clicked, this, &ReceiptsPage::importLogo);
    connect(m_editLogo, &QPushButton::clicked, this, &ReceiptsPage::editLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &ReceiptsPage::removeLogo);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_importLogo);
    logoButtons->addWidget(m_editLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto* logo = new QGridLayout(m_logoGroup);
    logo->addWidget(m_logoView, 0, 0);
    logo->addLayout(logoButtons, 0, 1);
    logo->addWidget(m_logoInfo, 1, 0, 1, 2);
    logo->setColumnStretch(0, 1);

    m_textsGroup = new QGroupBox(m_editor);
    m_languageTabs = new QTabBar(m_textsGroup);
    m_languageTabs->setObjectName(QStringLiteral("languages"));
    m_languageTabs->setExpanding(false);
    m_languageTabs->setDrawBase(true);
    for (Language l : kAllLanguages)
        m_languageTabs->setTabData(m_languageTabs->addTab(QString()), static_cast<int>(l));
    m_headerLabel = new QLabel(m_textsGroup);
    m_headerView = linesView(m_textsGroup, m_headerModel, QStringLiteral("headerLines"));
    m_headerLabel->setBuddy(m_headerView);
    m_headerButtons = lineButtons(m_textsGroup, QStringLiteral("header"));
    m_footerLabel = new QLabel(m_textsGroup);
    m_footerView = linesView(m_textsGroup, m_footerModel, QStringLiteral("footerLines"));
    m_footerLabel->setBuddy(m_footerView);
    m_footerButtons = lineButtons(m_textsGroup, QStringLiteral("footer"));
    auto* texts = new QVBoxLayout(m_textsGroup);
    texts->addWidget(m_languageTabs);
    texts->addWidget(m_headerLabel);
    texts->addWidget(m_headerView);
    texts->addLayout(buttonRow(m_headerButtons));
    texts->addWidget(m_footerLabel);
    texts->addWidget(m_footerView);
    texts->addLayout(buttonRow(m_footerButtons));
    for (const auto& [view, model, buttons] : { std::tuple { m_headerView, m_headerModel, m_headerButtons },
             std::tuple { m_footerView, m_footerModel, m_footerButtons } }) {
        QTableView* v = view;
        ReceiptLinesModel* m = model;
        connect(buttons[0], &QPushButton::clicked, this, [this, v, m] { addLine(v, m); });
        connect(buttons[1], &QPushButton::clicked, this, [this, v, m] { removeLine(v, m); });
        connect(buttons[2], &QPushButton::clicked, this, [this, v, m] { moveLine(v, m, -1); });
        connect(buttons[3], &QPushButton::clicked, this, [this, v, m] { moveLine(v, m, +1); });
        connect(m, &ReceiptLinesModel::linesEdited, this, &ReceiptsPage::linesEdited);
        connect(v->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceiptsPage::updateButtons);
    }
    connect(m_languageTabs, &QTabBar::currentChanged, this, [this](int i) {
        if (i >= 0)
            setLanguage(static_cast<Language>(m_languageTabs->tabData(i).toInt()));
    });

    m_checkGroup = new QGroupBox(m_editor);
    m_problemList = new QListWidget(m_checkGroup);
    m_problemList->setObjectName(QStringLiteral("problems"));
    m_problemList->setWordWrap(true);
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().height() * 6);
    connect(m_problemList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { jumpToProblem(m_problemList->row(item)); });
    connect(m_problemList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { jumpToProblem(m_problemList->row(item)); });
    m_fix = new QPushButton(m_checkGroup);
    m_fix->setObjectName(QStringLiteral("fixCharacters"));
    m_fix->setAutoDefault(false);
    connect(m_fix, &QPushButton::clicked, this, &ReceiptsPage::fixCharacters);
    auto* check = new QVBoxLayout(m_checkGroup);
    check->addWidget(m_problemList);
    check->addWidget(m_fix, 0, Qt::AlignLeft);

    m_copy = new QPushButton(m_editor);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_revert = new QPushButton(m_editor);
    m_revert->setObjectName(QStringLiteral("revert"));
    m_save = new QPushButton(m_editor);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    for (QPushButton* b : { m_copy, m_revert })
        b->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &ReceiptsPage::copyToOtherLocations);
    connect(m_revert, &QPushButton::clicked, this, &ReceiptsPage::revert);
    connect(m_save, &QPushButton::clicked, this, &ReceiptsPage::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ReceiptsPage::save);
    m_notice = new QLabel(m_editor);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addStretch(1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);

    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 6, 0);
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_printerGroup);
    editorLayout->addWidget(m_logoGroup);
    editorLayout->addWidget(m_textsGroup);
    editorLayout->addWidget(m_checkGroup);
    editorLayout->addStretch(1);
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setObjectName(QStringLiteral("editorScroll"));
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(editorScroll, 1);
    middleLayout->addWidget(m_notice);
    middleLayout->addLayout(actions);

    // Right: the preview.
    m_preview = new ReceiptPreview(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(0); // after the current edit's events, once
    connect(m_previewTimer, &QTimer::timeout, this, &ReceiptsPage::refreshPreview);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_locationView);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    m_editorScroll = editorScroll;
    m_middle = middle;
    m_locationView->setMinimumWidth(m_locationView->fontMetrics().averageCharWidth() * 24);
    m_splitter->setSizes({ 200, 640, 400 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    const auto edited = [this] { editorChanged(); };
    connect(m_paper, &QComboBox::currentIndexChanged, this, edited);
    connect(m_font, &QComboBox::currentIndexChanged, this, edited);
    connect(m_printCustomer, &QCheckBox::toggled, this, edited);

    retranslateUi();
    fitEditor();
    reload();
}

ReceiptsPage::~ReceiptsPage() = default;

void ReceiptsPage::setActor(const QString& actor)
{
    m_actor = actor;
    reload();
}

void ReceiptsPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshPreview();
}

void ReceiptsPage::setDialogs(Dialogs dialogs)
{
    m_dialogs = std::move(dialogs);
}

// ---------------------------------------------------------------------------------------
// Reading

void ReceiptsPage::reload()
{
    QList<ReceiptLocationModel::Row> rows;
    std::optional<PermissionSet> permissions;
    bool anyLocation = false;
    try {
        permissions = SyncEngine::cachedPermissions(m_cache);
        QHash<QString, ReceiptLayout> layouts;
        for (const ReceiptLayout& l : ReceiptLayoutRepository(m_cache).all())
            layouts.insert(l.locationId, l);
        const QList<Terminal> terminals = TerminalRepository(m_cache).all();
        const QList<OutboxEntry> waiting = Outbox(m_cache).entries();
        for (const Location& location : LocationRepository(m_cache).all()) {
            anyLocation = true;
            if (permissions && !permissions->allows(Menu::Receipts, location.id))
                continue;
            ReceiptLocationModel::Row row;
            row.location = location;
            bool pax = false, verifone = false;
            for (const Terminal& t : terminals)
                if (t.locationId == location.id && t.active)
                    (t.isPax() ? pax : verifone) = true;
            if (!layouts.contains(location.id))
                row.state = ReceiptLocationModel::State::NotSynced;
            else if (pax)
                row.state = ReceiptLocationModel::State::Editable;
            else if (verifone)
                row.state = ReceiptLocationModel::State::Verifone;
            else
                row.state = ReceiptLocationModel::State::NoTerminal;
            for (const OutboxEntry& e : waiting)
                if (e.entity() == QLatin1String("receipt_layout") && e.entityId == location.id
                    && e.state != OutboxEntry::State::Rejected) {
                    row.waiting = true;
                    row.conflict = row.conflict || e.state == OutboxEntry::State::Conflict;
                }
            rows.append(row);
        }
    } catch (const StoreError& e) {
        m_message->setText(e.message());
        m_message->show();
        return; // what is shown stays
    }
    std::sort(rows.begin(), rows.end(), [](const ReceiptLocationModel::Row& a, const ReceiptLocationModel::Row& b) {
        return QString::localeAwareCompare(a.location.name, b.location.name) < 0;
    });

    const QString keep = m_locationId;
    const bool keepDraft = isDirty();
    for (ReceiptLocationModel::Row& r : rows)
        r.unsaved = keepDraft && r.location.id == keep;
    m_selecting = true;
    m_locations->setRows(rows);
    m_selecting = false;

    m_message->setVisible(rows.isEmpty());
    m_splitter->setVisible(!rows.isEmpty());
    if (rows.isEmpty()) {
        m_message->setText(!anyLocation ? tr("There are no locations in the cache yet. Sync with the portal first.")
                                        : tr("Your user groups on the portal do not include Receipts for any "
                                             "location. Ask your administrator."));
        m_locationId.clear();
        m_saved.reset();
        return;
    }

    const int row = std::max(0, m_locations->rowOf(keep));
    const QString id = m_locations->rows().at(row).location.id;
    if (id == keep && keepDraft) {
        // Unsaved changes stay; the cache's version may have moved under them.
        try {
            m_saved = ReceiptLayoutRepository(m_cache).get(id);
        } catch (const StoreError& e) {
            setNotice(e.message(), true);
        }
        m_baseChanged = !m_saved || !m_saved->sameContent(m_base);
        m_selecting = true;
        m_locationView->selectRow(row);
        m_selecting = false;
        refreshState();
        return;
    }
    m_selecting = true;
    m_locationView->selectRow(row);
    m_selecting = false;
    loadLocation(id);
}

void ReceiptsPage::loadLocation(const QString& locationId)
{
    m_locationId = locationId;
    try {
        m_saved = ReceiptLayoutRepository(m_cache).get(locationId);
    } catch (const StoreError& e) {
        m_saved.reset();
        setNotice(e.message(), true);
    }
    if (m_saved) {
        m_draft = *m_saved;
    } else {
        m_draft = ReceiptLayout {};
        m_draft.locationId = locationId;
    }
    m_base = m_draft;
    m_baseChanged = false;
    m_logoSource = {};
    m_logoSettings = {};
    m_locations->setUnsaved(locationId, false);
    fillEditor();
}

void ReceiptsPage::fillEditor()
{
    m_filling = true;
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(static_cast<int>(m_draft.paperWidth))));
    m_font->setCurrentIndex(std::max(0, m_font->findData(static_cast<int>(m_draft.font))));
    m_printCustomer->setChecked(m_draft.printCustomerReceiptByDefault);
    const int limit = receiptLineLimit(m_draft.paperWidth, m_draft.font);
    m_headerModel->setLimit(limit);
    m_footerModel->setLimit(limit);
    m_headerModel->setLines(m_draft.textsFor(m_language).header);
    m_footerModel->setLines(m_draft.textsFor(m_language).footer);
    m_filling = false;
    refreshState();
}

QString ReceiptsPage::terminalNameFor(const QString& locationId) const
{
    try {
        QList<Terminal> here;
        for (const Terminal& t : TerminalRepository(m_cache).all())
            if (t.locationId == locationId && t.active)
                here.append(t);
        std::sort(here.begin(), here.end(), [](const Terminal& a, const Terminal& b) {
            if (a.isPax() != b.isPax())
                return a.isPax();
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return here.isEmpty() ? QString() : here.first().name;
    } catch (const StoreError&) {
        return {};
    }
}

// ---------------------------------------------------------------------------------------
// State

bool ReceiptsPage::isDirty() const
{
    // Against the cache's version: a change saved and then made again is no change.
    return !m_locationId.isEmpty() && m_saved && !m_draft.sameContent(*m_saved);
}

bool ReceiptsPage::isEditable() const
{
    const ReceiptLocationModel::Row* row = m_locations->find(m_locationId);
    return row && !m_actor.isEmpty() && row->state == ReceiptLocationModel::State::Editable;
}

QString ReceiptsPage::banner() const
{
    return m_bannerText->text();
}

QString ReceiptsPage::notice() const
{
    return m_noticeText;
}

QString ReceiptsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReceiptsPage::editorChanged()
{
    if (m_filling || m_locationId.isEmpty())
        return;
    const PaperWidth paper = static_cast<PaperWidth>(m_paper->currentData().toInt());
    const bool paperChanged = paper != m_draft.paperWidth;
    m_draft.paperWidth = paper;
    m_draft.font = static_cast<ReceiptFont>(m_font->currentData().toInt());
    m_draft.printCustomerReceiptByDefault = m_printCustomer->isChecked();
    // A logo made in this session is made again for the new paper, with the same settings.
    if (paperChanged && !m_logoSource.isNull()) {
        const QImage logo = LogoProcessing::make(m_logoSource, m_logoSettings, paper);
        m_draft.logoPng = logo.isNull() ? QByteArray() : LogoProcessing::encodePng(logo);
    }
    const int limit = receiptLineLimit(m_draft.paperWidth, m_draft.font);
    m_headerModel->setLimit(limit);
    m_footerModel->setLimit(limit);
    refreshState();
}

void ReceiptsPage::linesEdited()
{
    if (m_filling || m_locationId.isEmpty())
        return;
    ReceiptTexts& t = m_draft.textsFor(m_language);
    t.header = m_headerModel->lines();
    t.footer = m_footerModel->lines();
    refreshState();
}

void ReceiptsPage::setLanguage(Language language)
{
    m_language = language;
    for (int i = 0; i < m_languageTabs->count(); ++i)
        if (m_languageTabs->tabData(i).toInt() == static_cast<int>(language) && m_languageTabs->currentIndex() != i) {
            const QSignalBlocker blocker(m_languageTabs);
            m_languageTabs->setCurrentIndex(i);
        }
    m_filling = true;
    m_headerModel->setLines(m_draft.textsFor(language).header);
    m_footerModel->setLines(m_draft.textsFor(language).footer);
    m_filling = false;
    refreshState();
}

void ReceiptsPage::refreshState()
{
    m_problems = ReceiptRules::check(m_draft);
    const bool editable = isEditable();
    m_headerModel->setReadOnly(!editable);
    m_footerModel->setReadOnly(!editable);
    for (QWidget* w : std::initializer_list<QWidget*> { m_paper, m_font, m_printCustomer })
        w->setEnabled(editable);
    m_locations->setUnsaved(m_locationId, isDirty());
    m_limitText->setText(tr("%1 characters per line.").arg(receiptLineLimit(m_draft.paperWidth, m_draft.font)));
    refreshLogo();
    refreshBanner();
    refreshProblems();
    updateButtons();
    m_previewTimer->start();
}

void ReceiptsPage::refreshLogo()
{
    const QImage dots = ReceiptRenderer::logoDots(m_draft.logoPng);
    const QLocale locale;
    if (dots.isNull()) {
        m_logoView->setPixmap({});
        m_logoView->setText(m_draft.logoPng.isEmpty() ? tr("No logo") : tr("The logo cannot be read"));
        m_logoInfo->setText(m_draft.logoPng.isEmpty() ? tr("Receipts start with the header lines.") : QString());
    } else {
        // An overview, smaller when it is large: the preview shows it dot for dot.
        QImage shown = dots.convertToFormat(QImage::Format_RGB32);
        if (shown.width() > 300 || shown.height() > 100)
            shown = shown.scaled(QSize(300, 100), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_logoView->setPixmap(QPixmap::fromImage(shown));
        m_logoInfo->setText(
            tr("%1 × %2 dots (%3 × %4 mm), %5 KiB.")
                .arg(locale.toString(dots.width()), locale.toString(dots.height()),
                    locale.toString(dots.width() / 8.0, 'f', 1), locale.toString(dots.height() / 8.0, 'f', 1),
                    locale.toString((m_draft.logoPng.size() + 1023) / 1024)));
    }
}

void ReceiptsPage::refreshBanner()
{
    QString text;
    bool conflict = false;
    QColor tint = palette().color(QPalette::AlternateBase);
    const ReceiptLocationModel::Row* row = m_locations->find(m_locationId);
    if (row) {
        switch (row->state) {
        case ReceiptLocationModel::State::Verifone:
            text = tr("The terminals at this location are Verifone terminals: CCV support changes their receipts. "
                      "Call CCV support to change what they print. This is the layout the portal keeps for the "
                      "location; it is shown, not used.");
            break;
        case ReceiptLocationModel::State::NoTerminal:
            text = tr("No terminal is active at this location. A receipt layout is for the PAX terminals of a "
                      "location; it can be changed once one is active there.");
            break;
        case ReceiptLocationModel::State::NotSynced:
            text = tr("This location's receipt is not in the cache yet. Sync with the portal (F5) to edit it.");
            break;
        case ReceiptLocationModel::State::Editable:
            break;
        }
        if (row->state == ReceiptLocationModel::State::Editable) {
            if (m_actor.isEmpty())
                text = tr("Nobody is signed in: receipts are only shown. Sign in to change them.");
            else if (row->conflict) {
                text = tr("Someone changed this receipt on the portal after your last change. Choose which version "
                          "to keep; until then, new changes wait behind it.");
                conflict = true;
            } else if (m_baseChanged)
                text = tr("The portal's version of this receipt changed while you were editing. Saving replaces it "
                          "with yours; Revert shows the portal's.");
            else if (row->waiting)
                text = tr("Your last change is waiting to be sent to the portal: it goes with the next sync.");
            bool verifone = false;
            try {
                for (const Terminal& t : TerminalRepository(m_cache).all())
                    verifone = verifone || (t.locationId == m_locationId && t.active && !t.isPax());
            } catch (const StoreError&) {
            }
            if (verifone && text.isEmpty())
                text = tr("This location also has Verifone terminals: they keep the receipt CCV support set up for "
                          "them. This layout is for its PAX terminals.");
        }
    }
    if (conflict)
        tint = QColor(0xff, 0xf3, 0xe0);
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, tint);
    m_banner->setPalette(p);
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_showOutbox->setVisible(conflict);
}

void ReceiptsPage::refreshProblems()
{
    bool fixable = false;
    for (const ReceiptProblem& p : std::as_const(m_problems))
        if (p.kind == ReceiptProblem::Kind::Unprintable && p.line >= 0) {
            const ReceiptTexts& t = m_draft.textsFor(p.language);
            const QString text = (p.section == ReceiptSection::Header ? t.header : t.footer).at(p.line).text;
            fixable = fixable || ReceiptRules::printableVariant(text) != text;
        }
    m_fix->setVisible(fixable && isEditable());
    // The same list as shown: left as it is (its selection too).
    const QString allGood = tr("The terminals can print this receipt as it is.");
    QStringList expected;
    for (const ReceiptProblem& p : std::as_const(m_problems))
        expected.append(p.message);
    if (expected.isEmpty())
        expected.append(allGood);
    QStringList shown;
    for (int i = 0; i < m_problemList->count(); ++i)
        shown.append(m_problemList->item(i)->text());
    if (expected == shown)
        return;
    m_problemList->clear();
    for (const ReceiptProblem& p : std::as_const(m_problems)) {
        auto* item = new QListWidgetItem(p.message, m_problemList);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        item->setData(kLanguageRole, static_cast<int>(p.language));
        item->setData(kSectionRole, static_cast<int>(p.section));
        item->setData(kLineRole, p.line);
    }
    if (m_problems.isEmpty()) {
        auto* item = new QListWidgetItem(allGood, m_problemList);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void ReceiptsPage::updateButtons()
{
    const bool editable = isEditable();
    const bool dirty = isDirty();
    m_save->setEnabled(editable && dirty && m_problems.isEmpty());
    m_save->setToolTip(
        !m_problems.isEmpty() && dirty ? tr("Fix what is listed under “Before saving” first.") : QString());
    m_revert->setEnabled(dirty);
    int others = 0;
    for (const ReceiptLocationModel::Row& r : m_locations->rows())
        others += r.location.id != m_locationId ? 1 : 0;
    m_copy->setEnabled(editable && !dirty && m_saved && others > 0);
    m_copy->setToolTip(dirty ? tr("Save this receipt first: what is saved is copied.") : QString());
    m_importLogo->setEnabled(editable);
    m_editLogo->setEnabled(editable && (!m_logoSource.isNull() || !m_draft.logoPng.isEmpty()));
    m_removeLogo->setEnabled(editable && !m_draft.logoPng.isEmpty());
    for (const auto& [view, model, buttons] : { std::tuple { m_headerView, m_headerModel, m_headerButtons },
             std::tuple { m_footerView, m_footerModel, m_footerButtons } }) {
        const int row = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
        buttons[0]->setEnabled(editable && model->rowCount() < kMaxReceiptLines);
        buttons[1]->setEnabled(editable && row >= 0);
        buttons[2]->setEnabled(editable && row > 0);
        buttons[3]->setEnabled(editable && row >= 0 && row + 1 < model->rowCount());
    }
}

void ReceiptsPage::refreshPreview()
{
    if (m_locationId.isEmpty())
        return;
    const ReceiptLocationModel::Row* row = m_locations->find(m_locationId);
    if (!row)
        return;
    const ReceiptSample sample = ReceiptSample::typical(row->location, terminalNameFor(m_locationId), m_clock());
    m_preview->setReceipts(ReceiptRenderer::render(m_draft, m_language, sample, ReceiptCopy::Customer),
        ReceiptRenderer::render(m_draft, m_language, sample, ReceiptCopy::Merchant), paperDots(m_draft.paperWidth));
    m_preview->setCustomerNote(m_draft.printCustomerReceiptByDefault
            ? tr("Printed after every payment.")
            : tr("Printed only when the customer asks for it after the payment."));
}

void ReceiptsPage::setNotice(const QString& text, bool error)
{
    m_noticeText = text;
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void ReceiptsPage::refuse(const QString& title, const QString& message)
{
    setNotice(message, true);
    if (m_dialogs.refused)
        m_dialogs.refused(title, message);
    else
        QMessageBox::warning(this, title, message);
}

// ---------------------------------------------------------------------------------------
// Selecting

bool ReceiptsPage::select(const QString& locationId)
{
    const int row = m_locations->rowOf(locationId);
    if (row < 0)
        return false;
    m_locationView->selectRow(row);
    return m_locationId == locationId;
}

void ReceiptsPage::selectionChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_locationView->currentIndex();
    const QString id = current.isValid() ? current.data(ReceiptLocationModel::IdRole).toString() : QString();
    if (id.isEmpty() || id == m_locationId)
        return;
    if (isDirty()) {
        const ReceiptLocationModel::Row* row = m_locations->find(m_locationId);
        const QString title = tr("Unsaved changes");
        const QString text
            = tr("The receipt of “%1” has changes that are not saved.").arg(row ? row->location.name : m_locationId);
        const int answer = m_dialogs.askUnsaved
            ? m_dialogs.askUnsaved(title, text)
            : QMessageBox::question(
                this, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        const bool stay = answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save());
        if (stay) {
            m_selecting = true;
            m_locationView->selectRow(std::max(0, m_locations->rowOf(m_locationId)));
            m_selecting = false;
            return;
        }
        m_locations->setUnsaved(m_locationId, false);
    }
    setNotice({});
    // Saving re-read the list; the row chosen is selected again.
    m_selecting = true;
    m_locationView->selectRow(m_locations->rowOf(id));
    m_selecting = false;
    loadLocation(id);
}

// ---------------------------------------------------------------------------------------
// Editing

void ReceiptsPage::addLine(QTableView* view, ReceiptLinesModel* model)
{
    if (model->rowCount() >= kMaxReceiptLines)
        return;
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() + 1 : model->rowCount();
    if (!model->insertRows(row, 1))
        return;
    // New lines are centred, as most receipt texts are.
    model->setData(model->index(row, int(LinesColumn::Alignment)), static_cast<int>(TextAlignment::Center));
    const QModelIndex text = model->index(row, int(LinesColumn::Text));
    view->setCurrentIndex(text);
    view->edit(text);
}

void ReceiptsPage::removeLine(QTableView* view, ReceiptLinesModel* model)
{
    if (view->currentIndex().isValid())
        model->removeRows(view->currentIndex().row(), 1);
    updateButtons();
}

void ReceiptsPage::moveLine(QTableView* view, ReceiptLinesModel* model, int by)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int to = row + by;
    if (to < 0 || to >= model->rowCount())
        return;
    if (model->moveRows({}, row, 1, {}, by > 0 ? to + 1 : to))
        view->setCurrentIndex(model->index(to, current.column()));
}

void ReceiptsPage::jumpToProblem(int row)
{
    const QListWidgetItem* item = m_problemList->item(row);
    if (!item || item->data(kLineRole).isNull())
        return;
    // Read before anything changes: showing another language may refresh the list.
    const int line = item->data(kLineRole).toInt();
    const auto language = static_cast<Language>(item->data(kLanguageRole).toInt());
    const auto section = static_cast<ReceiptSection>(item->data(kSectionRole).toInt());
    if (line < 0)
        return;
    setLanguage(language);
    QTableView* view = section == ReceiptSection::Header ? m_headerView : m_footerView;
    view->setCurrentIndex(view->model()->index(line, int(LinesColumn::Text)));
    view->setFocus();
}

void ReceiptsPage::fixCharacters()
{
    if (!isEditable())
        return;
    for (ReceiptTexts& t : m_draft.texts)
        for (QList<ReceiptLine>* lines : { &t.header, &t.footer })
            for (ReceiptLine& l : *lines)
                l.text = ReceiptRules::printableVariant(l.text);
    m_filling = true;
    m_headerModel->setLines(m_draft.textsFor(m_language).header);
    m_footerModel->setLines(m_draft.textsFor(m_language).footer);
    m_filling = false;
    refreshState();
}

void ReceiptsPage::setLogo(const QByteArray& png)
{
    m_draft.logoPng = png;
    refreshState();
}

void ReceiptsPage::importLogo()
{
    if (!isEditable())
        return;
    const QString path = m_dialogs.chooseLogoFile
        ? m_dialogs.chooseLogoFile()
        : QFileDialog::getOpenFileName(this, tr("Import a logo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    const LogoSource source = LogoImport::fromFile(path);
    if (!source.ok()) {
        refuse(tr("This file cannot be a logo"), source.error);
        return;
    }
    LogoSettings settings;
    std::optional<QByteArray> png;
    if (m_dialogs.editLogo) {
        png = m_dialogs.editLogo(source.image, settings, m_draft.paperWidth);
    } else {
        LogoDialog dialog(source.image, settings, m_draft.paperWidth, this);
        if (dialog.exec() == QDialog::Accepted) {
            png = dialog.png();
            settings = dialog.settings();
        }
    }
    if (!png)
        return;
    m_logoSource = source.image;
    m_logoSettings = settings;
    setNotice({});
    setLogo(*png);
}

void ReceiptsPage::editLogo()
{
    if (!isEditable())
        return;
    QImage source = m_logoSource;
    LogoSettings settings = m_logoSettings;
    if (source.isNull()) {
        // The logo as saved: its own dots are the source (the image it came from is not kept).
        source = ReceiptRenderer::logoDots(m_draft.logoPng).convertToFormat(QImage::Format_ARGB32);
        if (source.isNull())
            return;
        settings = {};
        settings.trim = false;
        settings.width = std::min(source.width(), paperDots(m_draft.paperWidth));
    }
    std::optional<QByteArray> png;
    if (m_dialogs.editLogo) {
        png = m_dialogs.editLogo(source, settings, m_draft.paperWidth);
    } else {
        LogoDialog dialog(source, settings, m_draft.paperWidth, this);
        if (dialog.exec() == QDialog::Accepted) {
            png = dialog.png();
            settings = dialog.settings();
        }
    }
    if (!png)
        return;
    m_logoSource = source;
    m_logoSettings = settings;
    setLogo(*png);
}

void ReceiptsPage::removeLogo()
{
    if (!isEditable())
        return;
    m_logoSource = {};
    m_logoSettings = {};
    setLogo({});
}

// ---------------------------------------------------------------------------------------
// Saving

bool ReceiptsPage::save()
{
    if (!isDirty())
        return true;
    if (!isEditable())
        return false;
    if (!m_problems.isEmpty()) {
        QStringList lines;
        for (const ReceiptProblem& p : std::as_const(m_problems))
            lines.append(p.message);
        refuse(tr("The receipt cannot be saved yet"),
            tr("The terminals could not print it:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    std::optional<QString> refused;
    try {
        refused = LocalEdits(m_cache, m_actor).saveReceiptLayout(m_draft);
    } catch (const StoreError& e) {
        refused = e.message();
    }
    if (refused) {
        refuse(tr("The receipt cannot be saved"), *refused);
        return false;
    }
    m_base = m_draft;
    m_baseChanged = false;
    try {
        m_saved = ReceiptLayoutRepository(m_cache).get(m_locationId);
    } catch (const StoreError&) {
    }
    setNotice(tr("Saved. The change is sent to the portal with the next sync."));
    emit edited();
    // The image the logo was made from stays at hand (a change of paper makes it again).
    const QImage logoSource = m_logoSource;
    const LogoSettings logoSettings = m_logoSettings;
    reload();
    m_logoSource = logoSource;
    m_logoSettings = logoSettings;
    updateButtons();
    return true;
}

void ReceiptsPage::revert()
{
    if (m_locationId.isEmpty())
        return;
    setNotice({});
    loadLocation(m_locationId);
}

void ReceiptsPage::copyToOtherLocations()
{
    if (!isEditable() || isDirty() || !m_saved)
        return;
    QList<CopyTargetsModel::Target> targets;
    QString sourceName;
    try {
        for (const ReceiptLocationModel::Row& r : m_locations->rows()) {
            if (r.location.id == m_locationId) {
                sourceName = r.location.name;
                continue;
            }
            CopyTargetsModel::Target t;
            t.location = r.location;
            t.layout = ReceiptLayoutRepository(m_cache).get(r.location.id);
            t.editable
                = r.state == ReceiptLocationModel::State::Editable || r.state == ReceiptLocationModel::State::NotSynced;
            targets.append(t);
        }
    } catch (const StoreError& e) {
        setNotice(e.message(), true);
        return;
    }
    QList<ReceiptLayout> copies;
    if (m_dialogs.chooseCopies) {
        copies = m_dialogs.chooseCopies(*m_saved, sourceName, targets);
    } else {
        CopyLayoutDialog dialog(*m_saved, sourceName, targets, this);
        if (dialog.exec() == QDialog::Accepted)
            copies = dialog.layouts();
    }
    if (copies.isEmpty())
        return;
    // All or nothing: one database transaction around the edits (each nests in it).
    std::optional<QString> refused;
    try {
        ScopedTransaction tx(m_cache.db());
        LocalEdits edits(m_cache, m_actor);
        for (const ReceiptLayout& l : std::as_const(copies)) {
            refused = edits.saveReceiptLayout(l);
            if (refused) {
                const ReceiptLocationModel::Row* row = m_locations->find(l.locationId);
                refused = tr("“%1”: %2").arg(row ? row->location.name : l.locationId, *refused);
                break;
            }
        }
        if (!refused)
            tx.commit();
    } catch (const StoreError& e) {
        refused = e.message();
    }
    if (refused) {
        refuse(tr("The receipt was not copied"), tr("Nothing was copied. %1").arg(*refused));
        return;
    }
    setNotice(tr("Copied to %n location(s). The changes are sent to the portal with the next sync.", nullptr,
        int(copies.size())));
    emit edited();
    reload();
}

// ---------------------------------------------------------------------------------------

void ReceiptsPage::retranslateUi()
{
    m_title->setText(tr("Receipts"));
    m_title->setAccessibleName(m_title->text());
    m_intro->setText(tr("What the PAX terminals of each location print: a logo at the top, your texts above and "
                        "under the payment, in the language of the receipt. The preview shows it dot for dot."));
    m_locationView->setAccessibleName(tr("Locations"));
    m_printerGroup->setTitle(tr("Printer"));
    m_paperLabel->setText(tr("&Paper:"));
    m_fontLabel->setText(tr("&Text size:"));
    {
        const QSignalBlocker b1(m_paper), b2(m_font);
        m_paper->clear();
        m_paper->addItem(tr("58 mm (384 dots)"), static_cast<int>(PaperWidth::Mm58));
        m_paper->addItem(tr("80 mm (576 dots)"), static_cast<int>(PaperWidth::Mm80));
        m_font->clear();
        m_font->addItem(tr("Normal"), static_cast<int>(ReceiptFont::Normal));
        m_font->addItem(tr("Small"), static_cast<int>(ReceiptFont::Small));
        m_paper->setCurrentIndex(std::max(0, m_paper->findData(static_cast<int>(m_draft.paperWidth))));
        m_font->setCurrentIndex(std::max(0, m_font->findData(static_cast<int>(m_draft.font))));
    }
    m_paper->setToolTip(tr("The paper in the terminals' printer: most PAX terminals take 58 mm rolls."));
    m_printCustomer->setText(tr("Print the &customer receipt by default"));
    m_printCustomerHint->setText(tr("When this is off, the terminal prints only the merchant's receipt; the customer "
                                    "can still get a receipt after the payment."));
    m_logoGroup->setTitle(tr("Logo"));
    m_importLogo->setText(tr("&Import…"));
    m_importLogo->setToolTip(tr("A PNG, JPEG, BMP or SVG image. It is made black and white for the printer."));
    m_editLogo->setText(tr("&Adjust…"));
    m_removeLogo->setText(tr("Re&move"));
    m_textsGroup->setTitle(tr("Texts"));
    for (int i = 0; i < m_languageTabs->count(); ++i)
        m_languageTabs->setTabText(i, displayName(static_cast<Language>(m_languageTabs->tabData(i).toInt())));
    m_headerLabel->setText(tr("&Header: under the logo, above the payment"));
    m_footerLabel->setText(tr("&Footer: under the payment, on the customer's receipt (return conditions, offers)"));
    for (const QList<QPushButton*>* buttons : { &m_headerButtons, &m_footerButtons }) {
        (*buttons)[0]->setText(tr("Add line"));
        (*buttons)[1]->setText(tr("Remove"));
        (*buttons)[2]->setText(tr("Up"));
        (*buttons)[3]->setText(tr("Down"));
    }
    m_checkGroup->setTitle(tr("Before saving"));
    m_problemList->setAccessibleName(tr("What the terminals could not print"));
    m_fix->setText(tr("Replace with printable characters"));
    m_fix->setToolTip(tr("Puts lookalikes the terminals print in place of the characters they cannot: a normal "
                         "no-break space for a narrow one, c for č, - for other dashes."));
    m_copy->setText(tr("C&opy to other locations…"));
    m_revert->setText(tr("&Revert"));
    m_save->setText(tr("&Save"));
    m_showOutbox->setText(tr("Show both versions…"));
    m_headerModel->retranslate();
    m_footerModel->retranslate();
    m_locations->retranslate();
    refreshState();
}

void ReceiptsPage::fitEditor()
{
    // The editor is never narrower than its controls need in this language (they would be
    // cut off); the preview gives way first.
    if (!m_middle)
        return;
    m_editor->ensurePolished();
    m_middle->setMinimumWidth(m_editor->minimumSizeHint().width() + m_editorScroll->verticalScrollBar()->sizeHint().width() + 4);
}

void ReceiptsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitEditor();
    }
}

} // namespace comptoir
