#include "outboxdialog.h"

#include "gui/dateformats.h"
#include "core/apijson.h"
#include "core/enums.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/storeerror.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace comptoir {

namespace {

enum class ListColumn { Change = 0, State = 1, Made = 2, Count };
enum class DetailsPage { Empty = 0, Pending = 1, Conflict = 2, Rejected = 3 };
enum class ComparisonColumn { Field = 0, Mine = 1, Portal = 2, Count };

constexpr int kSeqRole = Qt::UserRole;
// Set on a comparison row's field item: whether the two versions differ there.
constexpr int kDiffersRole = Qt::UserRole + 1;

int col(ListColumn c)
{
    return static_cast<int>(c);
}
int col(ComparisonColumn c)
{
    return static_cast<int>(c);
}

QString localTime(const QJsonValue& value)
{
    const QDateTime utc = api::timeFromJson(value).value_or(QDateTime());
    return utc.isValid() ? shortDateTime(utc.toLocalTime()) : QString();
}

// A receipt section's lines, one per row, with the style of those not plain.
QString lines(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject line = v.toObject();
        QStringList style;
        const QString align = line.value(QLatin1String("align")).toString();
        if (align == QLatin1String("center"))
            style.append(OutboxDialog::tr("centred"));
        else if (align == QLatin1String("right"))
            style.append(OutboxDialog::tr("right"));
        if (line.value(QLatin1String("bold")).toBool())
            style.append(OutboxDialog::tr("bold"));
        if (line.value(QLatin1String("double_height")).toBool())
            style.append(OutboxDialog::tr("double height"));
        const QString text = line.value(QLatin1String("text")).toString();
        out.append(style.isEmpty() ? text : OutboxDialog::tr("%1 (%2)").arg(text, style.join(QStringLiteral(", "))));
    }
    return out.isEmpty() ? OutboxDialog::tr("(none)") : out.join(QLatin1Char('\n'));
}

// One row of the side-by-side comparison: how a field reads in each version, and whether it
// differs (compared on the JSON, so that two different logos are a difference too).
struct Field {
    QString label;
    std::function<QString(const QJsonObject&)> text;
    std::function<QJsonValue(const QJsonObject&)> value = {};
};

QList<Field> fieldsFor(const QString& entity, CacheDatabase& cache)
{
    const auto locationName = [&cache](const QJsonObject& o) {
        const QString id = o.value(QLatin1String("location_id")).toString();
        try {
            if (const std::optional<Location> l = LocationRepository(cache).get(id))
                return l->name;
        } catch (const StoreError&) {
        }
        return id;
    };
    if (entity == QLatin1String("location"))
        return { { OutboxDialog::tr("Name"),
            [](const QJsonObject& o) { return o.value(QLatin1String("name")).toString(); } } };
    if (entity == QLatin1String("terminal"))
        return {
            { OutboxDialog::tr("Name"),
                [](const QJsonObject& o) { return o.value(QLatin1String("name")).toString(); } },
            { OutboxDialog::tr("Location"), locationName },
            { OutboxDialog::tr("State"),
                [](const QJsonObject& o) {
                    if (o.value(QLatin1String("active")).toBool(true))
                        return OutboxDialog::tr("Active");
                    const QString at = localTime(o.value(QLatin1String("deactivated_at")));
                    return at.isEmpty() ? OutboxDialog::tr("Deactivated")
                                        : OutboxDialog::tr("Deactivated on %1").arg(at);
                },
                [](const QJsonObject& o) { return o.value(QLatin1String("active")); } },
        };
    if (entity == QLatin1String("transaction")) {
        const auto manual = [](const QJsonObject& o) {
            return o.value(QLatin1String("status_origin")).toString() == toCode(StatusOrigin::Manual);
        };
        return {
            { OutboxDialog::tr("Status"),
                [](const QJsonObject& o) {
                    const auto status = statusFromCode(o.value(QLatin1String("status")).toString());
                    return status ? displayName(*status) : o.value(QLatin1String("status")).toString();
                } },
            { OutboxDialog::tr("Set by"),
                [manual](const QJsonObject& o) {
                    if (!manual(o))
                        return OutboxDialog::tr("The terminal, automatically");
                    const QString by = o.value(QLatin1String("manual_status_by")).toString();
                    return by.isEmpty() ? OutboxDialog::tr("By hand") : by;
                } },
            { OutboxDialog::tr("Set on"),
                [manual](const QJsonObject& o) {
                    const QString at = manual(o) ? localTime(o.value(QLatin1String("manual_status_at"))) : QString();
                    return at.isEmpty() ? QStringLiteral("—") : at;
                } },
        };
    }
    if (entity == QLatin1String("receipt_layout")) {
        QList<Field> fields = {
            { OutboxDialog::tr("Paper"),
                [](const QJsonObject& o) {
                    const int mm = o.value(QLatin1String("paper_width_mm")).toInt();
                    return o.value(QLatin1String("font")).toString() == QLatin1String("small")
                        ? OutboxDialog::tr("%1 mm, small text").arg(mm)
                        : OutboxDialog::tr("%1 mm, normal text").arg(mm);
                } },
            { OutboxDialog::tr("Customer receipt"),
                [](const QJsonObject& o) {
                    return o.value(QLatin1String("print_customer_receipt_by_default")).toBool(true)
                        ? OutboxDialog::tr("Printed after every payment")
                        : OutboxDialog::tr("Printed when the customer asks");
                } },
            { OutboxDialog::tr("Logo"),
                [](const QJsonObject& o) {
                    return o.value(QLatin1String("logo_png")).toString().isEmpty() ? OutboxDialog::tr("No logo")
                                                                                   : OutboxDialog::tr("A logo");
                },
                [](const QJsonObject& o) { return o.value(QLatin1String("logo_png")); } },
        };
        for (Language language : kAllLanguages) {
            const QString code = toCode(language);
            const auto section = [code](const char* name) {
                return [code, name](const QJsonObject& o) {
                    return o.value(QLatin1String("texts")).toObject().value(code).toObject().value(QLatin1String(name));
                };
            };
            const auto header = section("header");
            const auto footer = section("footer");
            fields.append({ OutboxDialog::tr("Header (%1)").arg(displayName(language)),
                [header](const QJsonObject& o) { return lines(header(o)); }, header });
            fields.append({ OutboxDialog::tr("Footer (%1)").arg(displayName(language)),
                [footer](const QJsonObject& o) { return lines(footer(o)); }, footer });
        }
        return fields;
    }
    return {};
}

// A label for running text in the details.
QLabel* wrappedLabel(QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

OutboxDialog::OutboxDialog(CacheDatabase& cache, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Changes waiting for the portal"));

    auto* heading = new QLabel(tr("Changes waiting for the portal"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_summary = wrappedLabel(this, QStringLiteral("summary"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("entries"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnCount(col(ListColumn::Count));
    m_list->setHeaderLabels({ tr("Change"), tr("State"), tr("Made") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(col(ListColumn::Change), QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(col(ListColumn::State), QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(col(ListColumn::Made), QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Changes"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &OutboxDialog::showSelected);

    // Details of the selected change, one page per state.
    m_details = new QStackedWidget(this);
    m_details->setObjectName(QStringLiteral("details"));

    m_emptyText = wrappedLabel(m_details, QStringLiteral("emptyText"));
    auto* emptyPage = new QWidget(m_details);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(1);

    m_pendingText = wrappedLabel(m_details, QStringLiteral("pendingText"));
    auto* pendingPage = new QWidget(m_details);
    auto* pendingLayout = new QVBoxLayout(pendingPage);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(m_pendingText);
    pendingLayout->addStretch(1);

    m_conflictText = wrappedLabel(m_details, QStringLiteral("conflictText"));
    m_comparison = new QTableWidget(0, col(ComparisonColumn::Count), m_details);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setHorizontalHeaderLabels({ QString(), tr("Your change"), tr("On the portal now") });
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(col(ComparisonColumn::Field), QHeaderView::Fixed);
    m_comparison->horizontalHeader()->setSectionResizeMode(col(ComparisonColumn::Mine), QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setSectionResizeMode(col(ComparisonColumn::Portal), QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setFocusPolicy(Qt::NoFocus);
    m_comparison->setWordWrap(true);
    m_comparison->setShowGrid(false);
    m_comparison->setAlternatingRowColors(false);
    m_comparison->setAccessibleName(tr("Your change and the portal's version"));
    m_keepMine = new QPushButton(tr("&Keep my change"), m_details);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setAutoDefault(false);
    m_keepMine->setToolTip(tr("Your change is sent to the portal again, on top of the portal's version."));
    m_takePortals = new QPushButton(tr("&Use the portal's version"), m_details);
    m_takePortals->setObjectName(QStringLiteral("takePortals"));
    m_takePortals->setAutoDefault(false);
    m_takePortals->setToolTip(tr("Your change is dropped: this computer shows the portal's version."));
    connect(m_keepMine, &QPushButton::clicked, this, &OutboxDialog::keepMine);
    connect(m_takePortals, &QPushButton::clicked, this, &OutboxDialog::takePortals);
    auto* conflictPage = new QWidget(m_details);
    auto* conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addWidget(m_comparison);
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_takePortals);
    conflictButtons->addWidget(m_keepMine);
    conflictLayout->addLayout(conflictButtons);
    conflictLayout->addStretch(1);

    m_rejectedText = wrappedLabel(m_details, QStringLiteral("rejectedText"));
    m_dismiss = new QPushButton(tr("&Dismiss"), m_details);
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    m_dismiss->setAutoDefault(false);
    m_dismiss->setToolTip(tr("Removes it from this list. The change stays undone."));
    connect(m_dismiss, &QPushButton::clicked, this, &OutboxDialog::dismiss);
    auto* rejectedPage = new QWidget(m_details);
    auto* rejectedLayout = new QVBoxLayout(rejectedPage);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(m_rejectedText);
    auto* rejectedButtons = new QHBoxLayout;
    rejectedButtons->addStretch(1);
    rejectedButtons->addWidget(m_dismiss);
    rejectedLayout->addLayout(rejectedButtons);
    rejectedLayout->addStretch(1);

    m_details->insertWidget(static_cast<int>(DetailsPage::Empty), emptyPage);
    m_details->insertWidget(static_cast<int>(DetailsPage::Pending), pendingPage);
    m_details->insertWidget(static_cast<int>(DetailsPage::Conflict), conflictPage);
    m_details->insertWidget(static_cast<int>(DetailsPage::Rejected), rejectedPage);

    m_error = wrappedLabel(this, QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addSpacing(4);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 7);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 70, em * 48);
    refresh();
}

OutboxDialog::~OutboxDialog() = default;

int OutboxDialog::attentionCount(CacheDatabase& cache)
{
    const Outbox outbox(cache);
    return static_cast<int>(outbox.count(OutboxEntry::State::Conflict) + outbox.count(OutboxEntry::State::Rejected));
}

QString OutboxDialog::stateText(OutboxEntry::State state) const
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("Waiting to be sent");
    case OutboxEntry::State::Conflict:
        return tr("Conflict: choose a version");
    case OutboxEntry::State::Rejected:
        return tr("Refused by the portal");
    }
    return {};
}

void OutboxDialog::refresh()
{
    const std::optional<qint64> selected = selectedSeq();
    try {
        m_entries = Outbox(m_cache).entries();
    } catch (const StoreError& e) {
        m_entries.clear();
        showError(e.message());
    }

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int attention = 0;
    int pending = 0;
    const QLocale locale;
    for (const OutboxEntry& e : std::as_const(m_entries)) {
        auto* item = new QTreeWidgetItem(m_list);
        QString description;
        try {
            description = Outbox(m_cache).describe(e);
        } catch (const StoreError&) {
            description = e.kind;
        }
        item->setText(col(ListColumn::Change), description);
        item->setToolTip(col(ListColumn::Change), description);
        item->setText(col(ListColumn::State), stateText(e.state));
        QString made = shortDateTime(e.createdAt.toLocalTime(), locale);
        if (!e.actor.isEmpty() && e.actor.compare(m_actor, Qt::CaseInsensitive) != 0)
            made = tr("%1 by %2").arg(made, e.actor);
        item->setText(col(ListColumn::Made), made);
        item->setData(col(ListColumn::Change), kSeqRole, e.seq);
        switch (e.state) {
        case OutboxEntry::State::Pending:
            item->setIcon(col(ListColumn::State), style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
            ++pending;
            break;
        case OutboxEntry::State::Conflict:
            item->setIcon(col(ListColumn::State), style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
            ++attention;
            break;
        case OutboxEntry::State::Rejected:
            item->setIcon(col(ListColumn::State), style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this));
            ++attention;
            break;
        }
    }

    if (m_entries.isEmpty())
        m_summary->setText(tr("Every change you made has reached the portal."));
    else if (attention == 0)
        m_summary->setText(tr("%n change(s) will be sent to the portal at the next sync. The portal decides: "
                              "until then, Comptoir shows them as you made them.",
            nullptr, pending));
    else
        m_summary->setText(tr("%n change(s) need your attention. Select one to see what happened and what you can "
                              "do; closing this window leaves everything as it is.",
            nullptr, attention));

    // Keep the selection; otherwise start with the first change that needs the user.
    bool found = selected && selectEntry(*selected);
    if (!found)
        for (const OutboxEntry& e : std::as_const(m_entries))
            if (e.state != OutboxEntry::State::Pending && (found = selectEntry(e.seq)))
                break;
    if (!found && !m_entries.isEmpty())
        found = selectEntry(m_entries.first().seq);
    if (!found)
        showSelected();
}

bool OutboxDialog::selectEntry(qint64 seq)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(col(ListColumn::Change), kSeqRole).toLongLong() == seq) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            showSelected(); // also when the signals were blocked
            return true;
        }
    }
    return false;
}

std::optional<qint64> OutboxDialog::selectedSeq() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(col(ListColumn::Change), kSeqRole).toLongLong();
}

void OutboxDialog::showSelected()
{
    const std::optional<qint64> seq = selectedSeq();
    const OutboxEntry* entry = nullptr;
    for (const OutboxEntry& e : std::as_const(m_entries))
        if (seq && e.seq == *seq)
            entry = &e;
    if (!entry) {
        m_emptyText->setText(m_entries.isEmpty() ? tr("Nothing is waiting.") : tr("Select a change to see it here."));
        m_details->setCurrentIndex(static_cast<int>(DetailsPage::Empty));
        return;
    }
    switch (entry->state) {
    case OutboxEntry::State::Pending: {
        bool blocked = false;
        try {
            blocked = Outbox(m_cache).blockedByEarlier(*entry);
        } catch (const StoreError&) {
        }
        m_pendingText->setText(blocked ? tr("Waiting for an earlier change of the same item, which needs your "
                                            "attention first. Comptoir sends this one after it.")
                                       : tr("Waiting to be sent. Comptoir sends it at the next sync; this computer "
                                            "already shows it."));
        m_details->setCurrentIndex(static_cast<int>(DetailsPage::Pending));
        break;
    }
    case OutboxEntry::State::Conflict:
        showConflict(*entry);
        m_details->setCurrentIndex(static_cast<int>(DetailsPage::Conflict));
        break;
    case OutboxEntry::State::Rejected:
        m_rejectedText->setText(
            tr("The portal refused this change: %1\n\nComptoir has undone it on this computer, which shows the "
               "portal's version again.")
                .arg(entry->message.isEmpty() ? tr("it gave no reason.") : entry->message));
        m_details->setCurrentIndex(static_cast<int>(DetailsPage::Rejected));
        break;
    }
}

void OutboxDialog::showConflict(const OutboxEntry& entry)
{
    const QString message = entry.message.isEmpty()
        ? tr("Someone changed this on the portal after you made your change.")
        : entry.message;
    m_conflictText->setText(message + QLatin1Char(' ') + tr("Choose which version to keep."));

    const QJsonObject mine = Outbox::withEdit(entry.before, entry);
    const QJsonObject portal = entry.portalVersion;
    const QList<Field> fields = fieldsFor(entry.entity(), m_cache);
    m_comparison->setRowCount(0);
    m_comparison->setRowCount(static_cast<int>(fields.size()));
    QFont bold = m_comparison->font();
    bold.setBold(true);
    // A tint that reads on light and dark palettes alike.
    const QBrush highlight(QColor(255, 190, 0, 70));
    for (int row = 0; row < fields.size(); ++row) {
        const Field& f = fields.at(row);
        const QString mineText = f.text(mine);
        const QString portalText = portal.isEmpty() ? tr("(not on the portal)") : f.text(portal);
        const bool differs = f.value ? f.value(mine) != f.value(portal) : mineText != portalText;
        auto* label = new QTableWidgetItem(f.label);
        label->setData(kDiffersRole, differs);
        label->setForeground(palette().brush(QPalette::PlaceholderText));
        auto* mineItem = new QTableWidgetItem(mineText);
        auto* portalItem = new QTableWidgetItem(portalText);
        for (QTableWidgetItem* item : { label, mineItem, portalItem }) {
            item->setFlags(Qt::ItemIsEnabled);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            if (differs) {
                item->setBackground(highlight);
                if (item != label)
                    item->setFont(bold);
            }
        }
        if (differs) {
            label->setToolTip(tr("The two versions differ here"));
            label->setForeground(palette().brush(QPalette::Text));
        }
        m_comparison->setItem(row, col(ComparisonColumn::Field), label);
        m_comparison->setItem(row, col(ComparisonColumn::Mine), mineItem);
        m_comparison->setItem(row, col(ComparisonColumn::Portal), portalItem);
    }
    // Room around the text, as in a form.
    const QFontMetrics metrics(bold);
    int labelWidth = 0;
    for (const Field& f : fields)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(f.label));
    m_comparison->setColumnWidth(
        col(ComparisonColumn::Field), labelWidth + 2 * metrics.horizontalAdvance(QLatin1Char('M')));
    m_comparison->resizeRowsToContents();
    // As tall as its rows (receipts can have many lines: then it scrolls).
    int height = m_comparison->horizontalHeader()->sizeHint().height() + 2 * m_comparison->frameWidth();
    for (int row = 0; row < m_comparison->rowCount(); ++row) {
        m_comparison->setRowHeight(row, m_comparison->rowHeight(row) + metrics.lineSpacing() / 2);
        height += m_comparison->rowHeight(row);
    }
    m_comparison->setFixedHeight(std::min(height, m_comparison->fontMetrics().lineSpacing() * 14));
}

template <typename Action> void OutboxDialog::act(Action action)
{
    const std::optional<qint64> seq = selectedSeq();
    if (!seq)
        return;
    m_error->hide();
    try {
        Outbox outbox(m_cache);
        action(outbox, *seq);
    } catch (const StoreError& e) {
        showError(e.message());
        refresh();
        return;
    }
    refresh();
    emit changed();
}

void OutboxDialog::keepMine()
{
    act([this](Outbox& outbox, qint64 seq) {
        AuditLog audit(m_cache);
        outbox.keepMine(seq, QDateTime::currentDateTimeUtc(), audit);
    });
}

void OutboxDialog::takePortals()
{
    act([this](Outbox& outbox, qint64 seq) {
        AuditLog audit(m_cache);
        outbox.takePortals(seq, QDateTime::currentDateTimeUtc(), audit);
    });
}

void OutboxDialog::dismiss()
{
    act([](Outbox& outbox, qint64 seq) { outbox.dismiss(seq); });
}

void OutboxDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace comptoir
