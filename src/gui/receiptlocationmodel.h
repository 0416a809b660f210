#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace comptoir {

// The locations of the Receipts page: one row per location the user may edit receipts of,
// by name, with what can be done with its receipt. It adapts what the page read from the
// repositories (it stores nothing itself).
class ReceiptLocationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Persisted (column layouts in settings): append new columns before Count, never reorder.
    enum class Column { Location, Receipt, Count };
    enum Role {
        IdRole = Qt::UserRole + 1, // the location id
        EditableRole, // bool: the receipt can be changed here
    };
    enum class State {
        Editable, // PAX terminals take the receipt from the portal
        Verifone, // only Verifone terminals: CCV support sets their receipt
        NoTerminal, // no active terminal
        NotSynced, // the cache has no layout for it yet
    };
    struct Row {
        Location location;
        State state = State::Editable;
        bool waiting = false; // an edit of its receipt waits for the portal
        bool conflict = false; // … and the portal has another version
        bool unsaved = false; // changed on the page, not saved
    };

    explicit ReceiptLocationModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    void setUnsaved(const QString& locationId, bool unsaved);
    const QList<Row>& rows() const { return m_rows; }
    int rowOf(const QString& locationId) const; // -1 when not listed
    const Row* find(const QString& locationId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The UI language changed: views read the texts again.
    void retranslate();

    // What the Receipt column says of a row.
    static QString stateText(const Row& row);

private:
    QList<Row> m_rows;
};

} // namespace comptoir
