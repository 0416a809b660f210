#pragma once

#include <QList>
#include <QString>
#include <QToolButton>
#include <QVariant>

#include <functional>

class QMenu;
class QStyleOptionComboBox;

namespace comptoir {

// A drop-down button for choosing any number of values of one kind: "All locations",
// "Bakkerij Goossens", "3 locations". Its menu is a list of check boxes that stays open
// while the user ticks, with "All" on top to clear the choice. No value ticked means all.
class MultiSelectButton : public QToolButton {
    Q_OBJECT

public:
    struct Item {
        QString text;
        QVariant value;
    };
    // `summary(n)` says what n > 1 ticked values are ("%n locations").
    using Summary = std::function<QString(int count)>;

    explicit MultiSelectButton(QWidget* parent = nullptr);

    void setAllText(const QString& text);
    void setSummary(Summary summary);
    // Replaces the values offered; ticked values that are still offered stay ticked.
    void setItems(const QList<Item>& items);
    const QList<Item>& items() const { return m_items; }

    QVariantList selected() const; // in the order offered; empty: all
    // Ticks exactly these values (those not offered are ignored); no signal.
    void setSelected(const QVariantList& values);
    bool isFiltering() const { return !selected().isEmpty(); }

    QMenu* popup() const { return m_menu; }

    QSize sizeHint() const override;
    // Narrower than the text when space is short: the text is then elided.
    QSize minimumSizeHint() const override;

signals:
    // The user ticked or unticked something.
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Drawn as a combo box, like the other filters beside it.
    void paintEvent(QPaintEvent* event) override;

private:
    void initComboOption(QStyleOptionComboBox* option) const;
    void rebuildMenu();
    void updateText();
    void toggled();

    QMenu* m_menu = nullptr;
    QList<Item> m_items;
    QVariantList m_selected;
    QString m_allText;
    Summary m_summary;
};

} // namespace comptoir
