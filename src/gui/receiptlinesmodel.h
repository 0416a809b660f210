#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QList>

namespace comptoir {

// The header or footer lines of one language of a receipt, as an editable table: the text,
// how many characters it has against the line's limit, its alignment, bold and double
// height. A line too long or with characters the terminals cannot print is marked (red,
// with the reason in its tooltip). Holds the lines being edited; the page reads them back
// with lines() when something changed (linesEdited).
class ReceiptLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Persisted (column layouts in settings): append new columns before Count, never reorder.
    enum class Column { Text, Length, Alignment, Bold, DoubleHeight, Count };

    explicit ReceiptLinesModel(QObject* parent = nullptr);

    void setLines(const QList<ReceiptLine>& lines);
    const QList<ReceiptLine>& lines() const { return m_lines; }
    void setLimit(int charactersPerLine);
    int limit() const { return m_limit; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void retranslate();

    static QString alignmentName(TextAlignment a);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Text: EditRole (composed to NFC); Alignment: EditRole int (TextAlignment); Bold and
    // DoubleHeight: CheckStateRole.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;

signals:
    // The user changed the lines (not setLines()).
    void linesEdited();

private:
    QList<ReceiptLine> m_lines;
    int m_limit = 32;
    bool m_readOnly = false;
};

} // namespace comptoir
