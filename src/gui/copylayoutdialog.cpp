#include "copylayoutdialog.h"

#include "reports/receiptrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace comptoir {

namespace {
using Column = CopyTargetsModel::Column;

QString paperText(const ReceiptLayout& l)
{
    return l.font == ReceiptFont::Small
        ? CopyTargetsModel::tr("%1 mm, small text").arg(static_cast<int>(l.paperWidth))
        : CopyTargetsModel::tr("%1 mm, normal text").arg(static_cast<int>(l.paperWidth));
}
} // namespace

CopyTargetsModel::CopyTargetsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ReceiptLayout CopyTargetsModel::apply(const ReceiptLayout& source, const ReceiptLayout& target, LayoutParts parts)
{
    ReceiptLayout out = target;
    if (parts & LayoutPart::Printer) {
        out.paperWidth = source.paperWidth;
        out.font = source.font;
        out.printCustomerReceiptByDefault = source.printCustomerReceiptByDefault;
    }
    if (parts & LayoutPart::Logo)
        out.logoPng = source.logoPng;
    if (parts & LayoutPart::Texts)
        out.texts = source.texts;
    return out;
}

QStringList CopyTargetsModel::changes(const ReceiptLayout& before, const ReceiptLayout& after)
{
    QStringList out;
    if (before.paperWidth != after.paperWidth || before.font != after.font)
        out.append(tr("Paper: %1 → %2").arg(paperText(before), paperText(after)));
    if (before.printCustomerReceiptByDefault != after.printCustomerReceiptByDefault)
        out.append(after.printCustomerReceiptByDefault ? tr("Customer receipt: printed after every payment")
                                                       : tr("Customer receipt: printed only when asked"));
    if (before.logoPng != after.logoPng)
        out.append(after.logoPng.isEmpty() ? tr("Logo: removed")
                : before.logoPng.isEmpty() ? tr("Logo: added")
                                           : tr("Logo: replaced"));
    for (Language language : kAllLanguages) {
        const ReceiptTexts& a = before.textsFor(language);
        const ReceiptTexts& b = after.textsFor(language);
        if (a.header != b.header)
            out.append(a.header.size() == b.header.size()
                    ? tr("Header in %1: other lines").arg(displayName(language))
                    : tr("Header in %1: %n line(s) instead of %2", nullptr, int(b.header.size()))
                          .arg(displayName(language))
                          .arg(a.header.size()));
        if (a.footer != b.footer)
            out.append(a.footer.size() == b.footer.size()
                    ? tr("Footer in %1: other lines").arg(displayName(language))
                    : tr("Footer in %1: %n line(s) instead of %2", nullptr, int(b.footer.size()))
                          .arg(displayName(language))
                          .arg(a.footer.size()));
    }
    return out;
}

void CopyTargetsModel::compute(Row& row) const
{
    row.changes.clear();
    row.blocked.clear();
    if (!row.target.editable) {
        row.blocked = tr("Verifone terminals here: CCV support changes their receipt.");
    } else if (!row.target.layout) {
        row.blocked = tr("Not synced yet: sync first.");
    } else {
        row.after = apply(m_source, *row.target.layout, m_parts);
        row.changes = changes(*row.target.layout, row.after);
        const QList<ReceiptProblem> problems = ReceiptRules::check(row.after);
        if (!problems.isEmpty())
            row.blocked = tr("Would not print here: %1").arg(problems.first().message);
    }
    if (!row.blocked.isEmpty() || row.changes.isEmpty())
        row.checked = false;
}

void CopyTargetsModel::setTargets(const ReceiptLayout& source, const QList<Target>& targets, LayoutParts parts)
{
    beginResetModel();
    m_source = source;
    m_parts = parts;
    m_rows.clear();
    for (const Target& t : targets) {
        Row row;
        row.target = t;
        compute(row);
        m_rows.append(row);
    }
    endResetModel();
    emit checkedChanged();
}

void CopyTargetsModel::setParts(LayoutParts parts)
{
    m_parts = parts;
    for (Row& row : m_rows)
        compute(row);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
    emit checkedChanged();
}

QList<ReceiptLayout> CopyTargetsModel::checkedLayouts() const
{
    QList<ReceiptLayout> out;
    for (const Row& row : m_rows)
        if (row.checked)
            out.append(row.after);
    return out;
}

int CopyTargetsModel::checkedCount() const
{
    return int(checkedLayouts().size());
}

void CopyTargetsModel::retranslate()
{
    setParts(m_parts); // the change sentences are translated
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
}

int CopyTargetsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CopyTargetsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CopyTargetsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool possible = row.blocked.isEmpty() && !row.changes.isEmpty();
    if (role == kIdRole)
        return row.target.location.id;
    switch (Column(index.column())) {
    case Column::Location:
        if (role == Qt::DisplayRole)
            return row.target.location.name;
        if (role == Qt::CheckStateRole)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && !possible)
            return row.blocked.isEmpty() ? tr("Already the same there.") : row.blocked;
        return {};
    case Column::Changes:
        if (role == Qt::DisplayRole) {
            if (!row.blocked.isEmpty())
                return row.blocked;
            if (row.changes.isEmpty())
                return tr("Nothing changes: already the same.");
            return row.changes.join(QLatin1Char('\n'));
        }
        if (role == Qt::ToolTipRole)
            return data(index, Qt::DisplayRole);
        return {};
    case Column::Count:
        break;
    }
    return {};
}

QVariant CopyTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Location:
        return tr("Location");
    case Column::Changes:
        return tr("What changes there");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags CopyTargetsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row& row = m_rows.at(index.row());
    const bool possible = row.blocked.isEmpty() && !row.changes.isEmpty();
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (possible)
        f |= Qt::ItemIsEnabled;
    if (possible && Column(index.column()) == Column::Location)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool CopyTargetsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    Row& row = m_rows[index.row()];
    const bool on = value.toInt() == Qt::Checked;
    if (row.checked == on)
        return true;
    row.checked = on;
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkedChanged();
    return true;
}

// ---------------------------------------------------------------------------------------

CopyLayoutDialog::CopyLayoutDialog(const ReceiptLayout& source, const QString& sourceName,
    const QList<CopyTargetsModel::Target>& targets, QWidget* parent)
    : QDialog(parent)
    , m_sourceName(sourceName)
{
    m_model = new CopyTargetsModel(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_printer = new QCheckBox(this);
    m_printer->setObjectName(QStringLiteral("copyPrinter"));
    m_logo = new QCheckBox(this);
    m_logo->setObjectName(QStringLiteral("copyLogo"));
    m_texts = new QCheckBox(this);
    m_texts->setObjectName(QStringLiteral("copyTexts"));
    for (QCheckBox* box : { m_printer, m_logo, m_texts }) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this] { m_model->setParts(parts()); });
    }
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("targets"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(int(Column::Location), QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(Column::Changes), QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(QStringLiteral("copy"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &CopyTargetsModel::checkedChanged, this, &CopyLayoutDialog::updateButton);

    auto* partsRow = new QHBoxLayout;
    partsRow->addWidget(m_printer);
    partsRow->addWidget(m_logo);
    partsRow->addWidget(m_texts);
    partsRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(partsRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    m_model->setTargets(source, targets, parts());
    retranslateUi();
    resize(760, 460);
}

LayoutParts CopyLayoutDialog::parts() const
{
    LayoutParts p;
    p.setFlag(LayoutPart::Printer, m_printer->isChecked());
    p.setFlag(LayoutPart::Logo, m_logo->isChecked());
    p.setFlag(LayoutPart::Texts, m_texts->isChecked());
    return p;
}

void CopyLayoutDialog::setParts(LayoutParts p)
{
    const QSignalBlocker b1(m_printer), b2(m_logo), b3(m_texts);
    m_printer->setChecked(p.testFlag(LayoutPart::Printer));
    m_logo->setChecked(p.testFlag(LayoutPart::Logo));
    m_texts->setChecked(p.testFlag(LayoutPart::Texts));
    m_model->setParts(parts());
}

void CopyLayoutDialog::retranslateUi()
{
    setWindowTitle(tr("Copy the receipt to other locations"));
    m_intro->setText(tr("Copy the receipt of “%1” as it is saved. Check the locations to copy it to: what changes "
                        "there is listed first. Nothing is saved until you copy.")
                         .arg(m_sourceName));
    m_printer->setText(tr("&Paper and customer receipt"));
    m_logo->setText(tr("&Logo"));
    m_texts->setText(tr("&Texts in every language"));
    m_cancel->setText(tr("Cancel"));
    m_model->retranslate();
    updateButton();
}

void CopyLayoutDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CopyLayoutDialog::updateButton()
{
    const int n = m_model->checkedCount();
    m_copy->setText(n == 0 ? tr("Copy") : tr("Copy to %n location(s)", nullptr, n));
    m_copy->setEnabled(n > 0);
}

} // namespace comptoir
