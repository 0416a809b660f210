#include "receiptlocationmodel.h"

#include <QFont>

namespace comptoir {

ReceiptLocationModel::ReceiptLocationModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReceiptLocationModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ReceiptLocationModel::setUnsaved(const QString& locationId, bool unsaved)
{
    const int row = rowOf(locationId);
    if (row < 0 || m_rows[row].unsaved == unsaved)
        return;
    m_rows[row].unsaved = unsaved;
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void ReceiptLocationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

int ReceiptLocationModel::rowOf(const QString& locationId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].location.id == locationId)
            return i;
    return -1;
}

const ReceiptLocationModel::Row* ReceiptLocationModel::find(const QString& locationId) const
{
    const int row = rowOf(locationId);
    return row < 0 ? nullptr : &m_rows[row];
}

int ReceiptLocationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiptLocationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ReceiptLocationModel::stateText(const Row& r)
{
    if (r.unsaved)
        return tr("Not saved");
    if (r.conflict)
        return tr("Conflict: choose a version");
    if (r.waiting)
        return tr("Waiting for the portal");
    switch (r.state) {
    case State::Editable:
        return {};
    case State::Verifone:
        return tr("Verifone: set by CCV support");
    case State::NoTerminal:
        return tr("No active terminal");
    case State::NotSynced:
        return tr("Not synced yet");
    }
    return {};
}

QVariant ReceiptLocationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Column(index.column()) == Column::Location ? r.location.name : stateText(r);
    case Qt::ToolTipRole: {
        const QString address
            = r.location.street + QLatin1String(", ") + r.location.postalCode + QLatin1Char(' ') + r.location.city;
        const QString state = stateText(r);
        return state.isEmpty() ? address : address + QLatin1Char('\n') + state;
    }
    case Qt::FontRole:
        if (r.unsaved) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case IdRole:
        return r.location.id;
    case EditableRole:
        return r.state == State::Editable;
    default:
        return {};
    }
}

QVariant ReceiptLocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Location:
        return tr("Location");
    case Column::Receipt:
        return tr("Receipt");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace comptoir
