#include "receiptlinesmodel.h"

#include "reports/receiptrules.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace comptoir {

namespace {
using Column = ReceiptLinesModel::Column;

const QColor kProblem(0xc6, 0x28, 0x28);
} // namespace

ReceiptLinesModel::ReceiptLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReceiptLinesModel::setLines(const QList<ReceiptLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void ReceiptLinesModel::setLimit(int charactersPerLine)
{
    if (m_limit == charactersPerLine)
        return;
    m_limit = charactersPerLine;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, int(Column::Count) - 1));
}

void ReceiptLinesModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    beginResetModel(); // flags change everywhere
    m_readOnly = readOnly;
    endResetModel();
}

void ReceiptLinesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, int(Column::Count) - 1));
}

QString ReceiptLinesModel::alignmentName(TextAlignment a)
{
    switch (a) {
    case TextAlignment::Left:
        return tr("Left");
    case TextAlignment::Center:
        return tr("Centred");
    case TextAlignment::Right:
        return tr("Right");
    }
    return {};
}

int ReceiptLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReceiptLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ReceiptLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceiptLine& line = m_lines.at(index.row());
    const int length = ReceiptRules::length(line.text);
    const QString unprintable = ReceiptRules::unprintableCharacters(line.text);
    const bool tooLong = length > m_limit;
    switch (Column(index.column())) {
    case Column::Text:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return line.text;
        case Qt::ForegroundRole:
            return tooLong || !unprintable.isEmpty() ? QVariant(QBrush(kProblem)) : QVariant();
        case Qt::ToolTipRole: {
            QStringList why;
            if (tooLong)
                why.append(tr("%1 characters: a line holds %2 here.").arg(length).arg(m_limit));
            if (!unprintable.isEmpty())
                why.append(tr("The terminals cannot print %1.").arg(ReceiptRules::describeCharacters(unprintable)));
            return why.isEmpty() ? QVariant() : QVariant(why.join(QLatin1Char('\n')));
        }
        default:
            return {};
        }
    case Column::Length:
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1/%2").arg(QLocale().toString(length), QLocale().toString(m_limit));
        case Qt::ForegroundRole:
            return tooLong ? QVariant(QBrush(kProblem)) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("Characters on this line, and how many fit on the paper in this text size.");
        default:
            return {};
        }
    case Column::Alignment:
        if (role == Qt::DisplayRole)
            return alignmentName(line.alignment);
        if (role == Qt::EditRole)
            return static_cast<int>(line.alignment);
        return {};
    case Column::Bold:
        return role == Qt::CheckStateRole ? QVariant(line.bold ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Column::DoubleHeight:
        return role == Qt::CheckStateRole ? QVariant(line.doubleHeight ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Column::Count:
        break;
    }
    return {};
}

QVariant ReceiptLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(section + 1)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Text:
        return tr("Text");
    case Column::Length:
        return tr("Length");
    case Column::Alignment:
        return tr("Alignment");
    case Column::Bold:
        return tr("Bold");
    case Column::DoubleHeight:
        return tr("Double height");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ReceiptLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly)
        return f;
    switch (Column(index.column())) {
    case Column::Text:
    case Column::Alignment:
        return f | Qt::ItemIsEditable;
    case Column::Bold:
    case Column::DoubleHeight:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool ReceiptLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    ReceiptLine& line = m_lines[index.row()];
    switch (Column(index.column())) {
    case Column::Text: {
        if (role != Qt::EditRole)
            return false;
        // One line: what is pasted with line breaks becomes one line (the rules flag nothing
        // invisible then), in composed form.
        QString text = value.toString();
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        text = text.normalized(QString::NormalizationForm_C);
        if (text == line.text)
            return true;
        line.text = text;
        emit dataChanged(index, this->index(index.row(), int(Column::Length)));
        break;
    }
    case Column::Alignment: {
        if (role != Qt::EditRole)
            return false;
        const int a = value.toInt();
        if (a < int(TextAlignment::Left) || a > int(TextAlignment::Right))
            return false;
        if (line.alignment == TextAlignment(a))
            return true;
        line.alignment = TextAlignment(a);
        emit dataChanged(index, index);
        break;
    }
    case Column::Bold:
    case Column::DoubleHeight: {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = value.toInt() == Qt::Checked;
        bool& field = Column(index.column()) == Column::Bold ? line.bold : line.doubleHeight;
        if (field == on)
            return true;
        field = on;
        emit dataChanged(index, index);
        break;
    }
    default:
        return false;
    }
    emit linesEdited();
    return true;
}

bool ReceiptLinesModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (m_readOnly || parent.isValid() || row < 0 || row > m_lines.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_lines.insert(row, ReceiptLine {});
    endInsertRows();
    emit linesEdited();
    return true;
}

bool ReceiptLinesModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (m_readOnly || parent.isValid() || row < 0 || count <= 0 || row + count > m_lines.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_lines.remove(row, count);
    endRemoveRows();
    emit linesEdited();
    return true;
}

bool ReceiptLinesModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    if (m_readOnly || sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_lines.size() || destinationChild < 0 || destinationChild > m_lines.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<ReceiptLine> moved = m_lines.mid(sourceRow, count);
    m_lines.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_lines.insert(to + i, moved[i]);
    endMoveRows();
    emit linesEdited();
    return true;
}

} // namespace comptoir
