#include "multiselectbutton.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace comptoir {

MultiSelectButton::MultiSelectButton(QWidget* parent) : QToolButton(parent)
{
    m_menu = new QMenu(this);
    m_menu->installEventFilter(this);
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A tool button's width is fixed by default; this one may shrink (eliding its text).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_summary = [](int count) { return QString::number(count); };
    rebuildMenu();
}

void MultiSelectButton::setAllText(const QString& text)
{
    m_allText = text;
    rebuildMenu();
}

void MultiSelectButton::setSummary(Summary summary)
{
    m_summary = std::move(summary);
    updateText();
}

void MultiSelectButton::setItems(const QList<Item>& items)
{
    m_items = items;
    QVariantList kept;
    for (const Item& item : m_items)
        if (m_selected.contains(item.value))
            kept.append(item.value);
    m_selected = kept;
    rebuildMenu();
}

QVariantList MultiSelectButton::selected() const
{
    return m_selected;
}

void MultiSelectButton::setSelected(const QVariantList& values)
{
    QVariantList kept;
    for (const Item& item : m_items)
        if (values.contains(item.value))
            kept.append(item.value);
    if (kept == m_selected)
        return;
    m_selected = kept;
    rebuildMenu();
}

void MultiSelectButton::rebuildMenu()
{
    m_menu->clear();
    QAction* all = m_menu->addAction(m_allText);
    all->setCheckable(true);
    all->setChecked(m_selected.isEmpty());
    all->setData(QVariant());
    connect(all, &QAction::triggered, this, [this] {
        m_selected.clear();
        rebuildMenu();
        emit selectionChanged();
    });
    if (!m_items.isEmpty())
        m_menu->addSeparator();
    for (const Item& item : std::as_const(m_items)) {
        QAction* a = m_menu->addAction(item.text);
        a->setCheckable(true);
        a->setChecked(m_selected.contains(item.value));
        a->setData(item.value);
        connect(a, &QAction::triggered, this, &MultiSelectButton::toggled);
    }
    updateText();
}

void MultiSelectButton::toggled()
{
    QVariantList now;
    const QList<QAction*> actions = m_menu->actions();
    for (QAction* a : actions)
        if (a->isCheckable() && a->data().isValid() && a->isChecked())
            now.append(a->data());
    // Everything ticked is the same as nothing ticked: all.
    if (now.size() == m_items.size())
        now.clear();
    m_selected = now;
    if (!actions.isEmpty())
        actions.first()->setChecked(m_selected.isEmpty());
    if (m_selected.isEmpty())
        for (QAction* a : actions)
            if (a->data().isValid())
                a->setChecked(false);
    updateText();
    emit selectionChanged();
}

void MultiSelectButton::updateText()
{
    QString text = m_allText;
    if (m_selected.size() == 1) {
        for (const Item& item : std::as_const(m_items))
            if (item.value == m_selected.first())
                text = item.text;
    } else if (m_selected.size() > 1) {
        text = m_summary(int(m_selected.size()));
    }
    setText(text);
    updateGeometry();
    QStringList names;
    for (const Item& item : std::as_const(m_items))
        if (m_selected.contains(item.value))
            names.append(item.text);
    setToolTip(names.size() > 1 ? names.join(QLatin1Char('\n')) : QString());
    QFont f = font();
    f.setBold(!m_selected.isEmpty());
    setFont(f);
}

void MultiSelectButton::initComboOption(QStyleOptionComboBox* option) const
{
    option->initFrom(this);
    option->editable = false;
    option->frame = true;
    option->currentText = text();
    option->subControls = QStyle::SC_All;
    if (isDown() || (menu() && menu()->isVisible()))
        option->state |= QStyle::State_On | QStyle::State_Sunken;
}

QSize MultiSelectButton::sizeHint() const
{
    QStyleOptionComboBox option;
    initComboOption(&option);
    const QFontMetrics fm = fontMetrics();
    const QSize text(fm.horizontalAdvance(this->text()) + fm.averageCharWidth() * 2, fm.height());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this).expandedTo(QSize(40, 0));
}

QSize MultiSelectButton::minimumSizeHint() const
{
    QStyleOptionComboBox option;
    initComboOption(&option);
    const QSize text(fontMetrics().averageCharWidth() * 10, fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
}

void MultiSelectButton::paintEvent(QPaintEvent*)
{
    QStylePainter p(this);
    QStyleOptionComboBox option;
    initComboOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText = fontMetrics().elidedText(text(), Qt::ElideRight, field.width());
    p.drawComplexControl(QStyle::CC_ComboBox, option);
    p.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool MultiSelectButton::eventFilter(QObject* watched, QEvent* event)
{
    // Ticking a box keeps the menu open, so several values can be chosen in one go;
    // "All" and Escape close it.
    if (watched == m_menu) {
        QAction* active = m_menu->activeAction();
        const bool toggle = active && active->isCheckable() && active->data().isValid();
        if (event->type() == QEvent::MouseButtonRelease && toggle &&
            m_menu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint()) == active) {
            active->trigger();
            return true;
        }
        if (event->type() == QEvent::KeyPress && toggle) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
                active->trigger();
                return true;
            }
        }
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace comptoir
