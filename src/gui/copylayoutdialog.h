#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QFlags>
#include <QList>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace comptoir {

// What of a receipt layout is copied to other locations.
enum class LayoutPart { Printer = 0x1, Logo = 0x2, Texts = 0x4 };
Q_DECLARE_FLAGS(LayoutParts, LayoutPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(LayoutParts)

// The locations a layout can be copied to, each with what would change there — or why it
// cannot be copied there (Verifone terminals, not synced, or lines that would not fit its
// paper). Checkable; only the copyable ones with changes can be checked.
class CopyTargetsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Persisted (column layouts in settings): append new columns before Count, never reorder.
    enum class Column { Location, Changes, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;

    struct Target {
        Location location;
        std::optional<ReceiptLayout> layout; // nullopt: not synced
        bool editable = true; // has an active PAX terminal
    };
    struct Row {
        Target target;
        ReceiptLayout after; // the target's layout with the copy applied
        QStringList changes; // what the copy changes there, translated
        QString blocked; // why it cannot be copied there; empty when it can
        bool checked = false;
    };

    explicit CopyTargetsModel(QObject* parent = nullptr);

    void setTargets(const ReceiptLayout& source, const QList<Target>& targets, LayoutParts parts);
    void setParts(LayoutParts parts); // recomputes the changes; keeps what is checked where still possible
    const QList<Row>& rows() const { return m_rows; }
    QList<ReceiptLayout> checkedLayouts() const;
    int checkedCount() const;
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // `target` with the parts of `source` copied onto it.
    static ReceiptLayout apply(const ReceiptLayout& source, const ReceiptLayout& target, LayoutParts parts);
    // What differs from `before` to `after`, one sentence each, in the UI's language.
    static QStringList changes(const ReceiptLayout& before, const ReceiptLayout& after);

signals:
    void checkedChanged();

private:
    void compute(Row& row) const;

    ReceiptLayout m_source;
    LayoutParts m_parts;
    QList<Row> m_rows;
};

// "Copy to other locations": choose what to copy (printer settings, logo, texts) and where,
// and see what will change at each location before anything is saved.
class CopyLayoutDialog : public QDialog {
    Q_OBJECT

public:
    CopyLayoutDialog(const ReceiptLayout& source, const QString& sourceName,
        const QList<CopyTargetsModel::Target>& targets, QWidget* parent = nullptr);

    CopyTargetsModel* model() const { return m_model; }
    QList<ReceiptLayout> layouts() const { return m_model->checkedLayouts(); } // to save
    LayoutParts parts() const;
    void setParts(LayoutParts parts);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButton();

    QString m_sourceName;
    CopyTargetsModel* m_model = nullptr;
    QLabel* m_intro = nullptr;
    QCheckBox* m_printer = nullptr;
    QCheckBox* m_logo = nullptr;
    QCheckBox* m_texts = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace comptoir
