#include "filterbar.h"

#include "core/money.h"
#include "gui/cacheworker.h"
#include "gui/multiselectbutton.h"
#include "gui/terminalchoices.h"
#include "portal/syncengine.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSqlQuery>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int kSearchDelayMs = 300;
constexpr int kCustomIndexData = static_cast<int>(DatePreset::Custom);

template <typename E>
QVariantList toVariants(const QList<E>& values)
{
    QVariantList out;
    for (E v : values)
        out.append(static_cast<int>(v));
    return out;
}

template <typename E>
QList<E> fromVariants(const QVariantList& values)
{
    QList<E> out;
    for (const QVariant& v : values)
        if (const auto e = enumFromInt<E>(v.toInt()))
            out.append(*e);
    return out;
}

QVariantList toVariants(const QStringList& values)
{
    QVariantList out;
    for (const QString& v : values)
        out.append(v);
    return out;
}

QStringList toStrings(const QVariantList& values)
{
    QStringList out;
    for (const QVariant& v : values)
        out.append(v.toString());
    return out;
}

QVariant optionalToVariant(const std::optional<qint64>& v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant();
}

std::optional<qint64> variantToOptional(const QVariant& v)
{
    bool ok = false;
    const qlonglong n = v.toLongLong(&ok);
    return v.isValid() && ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

FilterBar::FilterBar(CacheDatabase& cache, Menu menu, int fields, QWidget* parent)
    : QWidget(parent), m_cache(cache), m_menu(menu), m_fields(fields)
{
    const auto has = [fields](Field f) { return (fields & f) != 0; };

    m_dates = new QComboBox(this);
    m_dates->setObjectName(QStringLiteral("datePresets"));
    for (DatePreset p : kAllDatePresets)
        m_dates->addItem(QString(), static_cast<int>(p));
    m_dates->addItem(QString(), kCustomIndexData);
    m_dates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dates->setMinimumContentsLength(12);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("customFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("customTo"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDate(QDate::currentDate());
        e->hide();
        connect(e, &QDateEdit::dateChanged, this, &FilterBar::customDatesChanged);
    }
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_dash->hide();
    connect(m_dates, &QComboBox::currentIndexChanged, this, &FilterBar::datesChanged);

    m_locations = new MultiSelectButton(this);
    m_locations->setObjectName(QStringLiteral("locationFilter"));
    m_terminals = new MultiSelectButton(this);
    m_terminals->setObjectName(QStringLiteral("terminalFilter"));
    m_statuses = new MultiSelectButton(this);
    m_statuses->setObjectName(QStringLiteral("statusFilter"));
    m_methods = new MultiSelectButton(this);
    m_methods->setObjectName(QStringLiteral("methodFilter"));
    m_processors = new MultiSelectButton(this);
    m_processors->setObjectName(QStringLiteral("processorFilter"));
    connect(m_locations, &MultiSelectButton::selectionChanged, this, [this] {
        fillTerminals();
        emitChanged();
    });
    for (MultiSelectButton* b : {m_terminals, m_statuses, m_methods, m_processors})
        connect(b, &MultiSelectButton::selectionChanged, this, &FilterBar::emitChanged);
    // Processors are read from the cache the first time the list is opened.
    connect(m_processors->popup(), &QMenu::aboutToShow, this, &FilterBar::fillProcessors);

    m_origin = new QComboBox(this);
    m_origin->setObjectName(QStringLiteral("originFilter"));
    m_origin->addItem(QString());
    m_origin->addItem(QString(), static_cast<int>(StatusOrigin::Automatic));
    m_origin->addItem(QString(), static_cast<int>(StatusOrigin::Manual));
    connect(m_origin, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    m_originLabel = new QLabel(this);
    m_originLabel->setBuddy(m_origin);

    m_minAmount = new QLineEdit(this);
    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    m_maxAmount = new QLineEdit(this);
    m_maxAmount->setObjectName(QStringLiteral("maxAmount"));
    for (QLineEdit* e : {m_minAmount, m_maxAmount}) {
        e->setClearButtonEnabled(true);
        e->setMaximumWidth(e->fontMetrics().averageCharWidth() * 14);
        connect(e, &QLineEdit::editingFinished, this, &FilterBar::amountsEdited);
    }
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_minAmount);
    m_amountDash = new QLabel(QStringLiteral("–"), this);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreFilters"));
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The day-close chip: "Day close 12 · Kassa 1 ✕".
    m_periodChip = new QWidget(this);
    m_periodChip->setObjectName(QStringLiteral("periodChip"));
    auto* chipLayout = new QHBoxLayout(m_periodChip);
    chipLayout->setContentsMargins(6, 0, 0, 0);
    chipLayout->setSpacing(2);
    m_periodText = new QLabel(m_periodChip);
    auto* removePeriod = new QToolButton(m_periodChip);
    removePeriod->setObjectName(QStringLiteral("removePeriod"));
    removePeriod->setAutoRaise(true);
    removePeriod->setText(QStringLiteral("✕"));
    connect(removePeriod, &QToolButton::clicked, this, [this] {
        m_periodId.clear();
        m_hours.clear();
        m_weekdays.clear();
        m_periodChip->hide();
        emitChanged();
    });
    chipLayout->addWidget(m_periodText);
    chipLayout->addWidget(removePeriod);
    m_periodChip->setAutoFillBackground(true);
    m_periodChip->setBackgroundRole(QPalette::AlternateBase);
    m_periodChip->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::emitChanged);
    // Typing applies after a pause; Return applies at once.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_searchDelay->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive())
            emitChanged();
    });

    auto* first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_dates);
    first->addWidget(m_from);
    first->addWidget(m_dash);
    first->addWidget(m_to);
    first->addWidget(m_locations);
    first->addWidget(m_terminals);
    first->addWidget(m_statuses);
    first->addWidget(m_methods);
    first->addWidget(m_more);
    first->addWidget(m_periodChip);
    first->addStretch(1);
    first->addWidget(m_search, 4);

    m_moreRow = new QWidget(this);
    auto* second = new QHBoxLayout(m_moreRow);
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_originLabel);
    second->addWidget(m_origin);
    second->addSpacing(12);
    second->addWidget(m_processors);
    second->addSpacing(12);
    second->addWidget(m_amountLabel);
    second->addWidget(m_minAmount);
    second->addWidget(m_amountDash);
    second->addWidget(m_maxAmount);
    second->addStretch(1);
    m_moreRow->hide();
    connect(m_more, &QToolButton::toggled, m_moreRow, &QWidget::setVisible);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addWidget(m_moreRow);

    m_dates->setVisible(has(Dates));
    m_locations->setVisible(has(Locations));
    m_terminals->setVisible(has(Terminals));
    m_statuses->setVisible(has(Statuses));
    m_methods->setVisible(has(Methods));
    m_search->setVisible(has(Text));
    const bool more = has(Origins) || has(Processors) || has(Amounts);
    m_more->setVisible(more);
    for (QWidget* w : {static_cast<QWidget*>(m_originLabel), static_cast<QWidget*>(m_origin)})
        w->setVisible(has(Origins));
    m_processors->setVisible(has(Processors));
    for (QWidget* w : {static_cast<QWidget*>(m_amountLabel), static_cast<QWidget*>(m_minAmount),
                       static_cast<QWidget*>(m_amountDash), static_cast<QWidget*>(m_maxAmount)})
        w->setVisible(has(Amounts));
    if (more)
        second->addWidget(m_clear);
    else
        first->insertWidget(first->count() - 2, m_clear);

    retranslateUi();
    reloadChoices();
}

void FilterBar::retranslateUi()
{
    const bool was = m_updating;
    m_updating = true;
    for (int i = 0; i < m_dates->count(); ++i)
        if (const auto p = presetFromInt(m_dates->itemData(i).toInt()))
            m_dates->setItemText(i, *p == DatePreset::Custom ? tr("Custom range…") : displayName(*p));
    m_updating = was;
    m_dates->setAccessibleName(tr("Days"));
    m_dates->setToolTip(tr("Which days to show"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_locations->setAllText(tr("All locations"));
    m_locations->setSummary([](int n) { return tr("%n locations", nullptr, n); });
    m_locations->setAccessibleName(tr("Locations"));
    m_terminals->setAllText(tr("All terminals"));
    m_terminals->setSummary([](int n) { return tr("%n terminals", nullptr, n); });
    m_terminals->setAccessibleName(tr("Terminals"));
    m_statuses->setAllText(tr("All statuses"));
    m_statuses->setSummary([](int n) { return tr("%n statuses", nullptr, n); });
    m_statuses->setAccessibleName(tr("Statuses"));
    QList<MultiSelectButton::Item> statuses;
    for (TransactionStatus s : kAllStatuses)
        statuses.append({displayName(s), static_cast<int>(s)});
    m_statuses->setItems(statuses);
    m_methods->setAllText(tr("All payment methods"));
    m_methods->setSummary([](int n) { return tr("%n payment methods", nullptr, n); });
    m_methods->setAccessibleName(tr("Payment methods"));
    QList<MultiSelectButton::Item> methods;
    for (PaymentMethod m : kAllMethods)
        methods.append({displayName(m), static_cast<int>(m)});
    m_methods->setItems(methods);
    m_processors->setAllText(tr("All processors"));
    m_processors->setSummary([](int n) { return tr("%n processors", nullptr, n); });
    m_processors->setAccessibleName(tr("Processors"));
    m_processors->setToolTip(tr("Who processed the payment: CCV, or another acquirer or voucher issuer"));
    m_originLabel->setText(tr("Status set:"));
    m_origin->setItemText(0, tr("automatically or by hand"));
    m_origin->setItemText(1, tr("automatically"));
    m_origin->setItemText(2, tr("by hand"));
    m_amountLabel->setText(tr("Amount:"));
    m_minAmount->setPlaceholderText(tr("from"));
    m_maxAmount->setPlaceholderText(tr("to"));
    m_minAmount->setAccessibleName(tr("Smallest amount"));
    m_maxAmount->setAccessibleName(tr("Largest amount"));
    m_clear->setText(tr("Clear filters"));
    m_search->setPlaceholderText(tr("Reference or last 4 card digits"));
    m_search->setAccessibleName(tr("Search"));
    // As wide as its hint when there is room, narrower (the hint elided) when there is not.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 18);
    m_search->setMaximumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    updateMoreButton();
    updateChip(); // the chip's text in the new language
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::reloadChoices()
{
    QList<Location> locations;
    std::optional<PermissionSet> permissions;
    try {
        locations = LocationRepository(m_cache).all();
        permissions = SyncEngine::cachedPermissions(m_cache);
    } catch (const StoreError&) {
        // The page shows the store's message; the bar offers what it could read.
    }
    m_restricted = permissions && !permissions->allowsAllLocations(m_menu);
    m_permitted.clear();
    QList<MultiSelectButton::Item> items;
    for (const Location& l : std::as_const(locations)) {
        if (m_restricted && !permissions->allows(m_menu, l.id))
            continue;
        m_permitted.append(l.id);
        items.append({l.name, l.id});
    }
    m_locations->setItems(items);
    // One location: nothing to choose.
    m_locations->setEnabled(items.size() > 1);
    fillTerminals();
    m_processorsLoaded = false;
    // The processors take a scan of the transactions: read ahead on a worker, so the list
    // is there when the user opens it (and read here only if it is opened sooner).
    if ((m_fields & Processors) && canReadOnWorker(m_cache)) {
        const quint64 generation = ++m_processorsGeneration;
        readOnWorker<QStringList>(this, m_cache, &FilterBar::processorsIn,
                                  [this, generation](const QStringList& processors, const QString& error) {
                                      if (generation != m_processorsGeneration || m_processorsLoaded || !error.isEmpty())
                                          return;
                                      setProcessors(processors);
                                  });
    }
}

QStringList FilterBar::processorsIn(CacheDatabase& cache)
{
    QStringList out;
    QSqlQuery q = sql::exec(cache.db(), QStringLiteral("SELECT DISTINCT processor FROM transactions WHERE processor <> '' "
                                                       "ORDER BY processor"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void FilterBar::setProcessors(const QStringList& processors)
{
    QList<MultiSelectButton::Item> items;
    for (const QString& p : processors)
        items.append({p, p});
    m_processors->setItems(items);
    m_processorsLoaded = true;
}

void FilterBar::fillTerminals()
{
    QList<MultiSelectButton::Item> items;
    for (const TerminalChoice& t : terminalChoices(m_cache, m_permitted, toStrings(m_locations->selected())))
        items.append({t.text, t.id});
    m_terminals->setItems(items);
}

void FilterBar::fillProcessors()
{
    if (m_processorsLoaded)
        return;
    try {
        setProcessors(processorsIn(m_cache));
    } catch (const StoreError&) {
    }
}

TransactionFilter FilterBar::filter(QDate today) const
{
    const FilterChoice c = choice();
    TransactionFilter f = c.criteria;
    if (c.preset == DatePreset::Custom) {
        f.from = c.customFrom;
        f.to = c.customTo;
    } else {
        std::tie(f.from, f.to) = rangeFor(c.preset, today);
    }
    // "All locations" is all the user may see.
    if (f.locationIds.isEmpty() && m_restricted)
        f.locationIds = m_permitted.isEmpty() ? QStringList{QString()} : m_permitted;
    return f;
}

FilterChoice FilterBar::choice() const
{
    FilterChoice c;
    const auto has = [this](Field f) { return (m_fields & f) != 0; };
    if (const auto p = presetFromInt(m_dates->currentData().toInt()))
        c.preset = *p;
    if (c.preset == DatePreset::Custom) {
        c.customFrom = m_from->date();
        c.customTo = m_to->date();
    }
    TransactionFilter& f = c.criteria;
    if (has(Locations))
        f.locationIds = toStrings(m_locations->selected());
    if (has(Terminals))
        f.terminalIds = toStrings(m_terminals->selected());
    if (has(Statuses))
        f.statuses = fromVariants<TransactionStatus>(m_statuses->selected());
    if (has(Methods))
        f.methods = fromVariants<PaymentMethod>(m_methods->selected());
    if (has(Processors))
        f.processors = toStrings(m_processors->selected());
    if (has(Origins))
        if (const QVariant o = m_origin->currentData(); o.isValid())
            if (const auto origin = enumFromInt<StatusOrigin>(o.toInt()))
                f.origins = {*origin};
    if (has(Amounts)) {
        QString problem;
        f.minAmountMinor = parseAmount(m_minAmount, problem);
        f.maxAmountMinor = parseAmount(m_maxAmount, problem);
    }
    if (has(Text))
        f.text = m_search->text().trimmed();
    f.periodId = m_periodId;
    f.hours = m_hours;
    f.weekdays = m_weekdays;
    return c;
}

void FilterBar::setChoice(const FilterChoice& c)
{
    const bool was = m_updating;
    m_updating = true;
    const int index = m_dates->findData(static_cast<int>(c.preset));
    m_dates->setCurrentIndex(index >= 0 ? index : 0);
    const bool custom = c.preset == DatePreset::Custom;
    if (custom) {
        m_from->setDate(c.customFrom.isValid() ? c.customFrom : QDate::currentDate());
        m_to->setDate(c.customTo.isValid() ? c.customTo : QDate::currentDate());
    }
    for (QWidget* w : {static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_dash), static_cast<QWidget*>(m_to)})
        w->setVisible(custom && (m_fields & Dates));
    const TransactionFilter& f = c.criteria;
    m_locations->setSelected(toVariants(f.locationIds));
    fillTerminals();
    m_terminals->setSelected(toVariants(f.terminalIds));
    m_statuses->setSelected(toVariants(f.statuses));
    m_methods->setSelected(toVariants(f.methods));
    if (!f.processors.isEmpty()) {
        fillProcessors();
        m_processors->setSelected(toVariants(f.processors));
    } else {
        m_processors->setSelected({});
    }
    m_origin->setCurrentIndex(f.origins.size() == 1 ? m_origin->findData(static_cast<int>(f.origins.first())) : 0);
    setAmountText(m_minAmount, f.minAmountMinor);
    setAmountText(m_maxAmount, f.maxAmountMinor);
    m_amountProblem.clear();
    if (m_search->text() != f.text)
        m_search->setText(f.text);
    m_periodId = f.periodId;
    m_hours = f.hours;
    m_weekdays = f.weekdays;
    updateChip();
    updateMoreButton();
    m_updating = was;
}

void FilterBar::updateChip()
{
    // What a day close, a dashboard hour or weekday narrowed the list to, in one chip.
    QStringList parts;
    if (!m_periodId.isEmpty()) {
        QString text = tr("Day close");
        try {
            if (const std::optional<Period> p = PeriodRepository(m_cache).get(m_periodId)) {
                const std::optional<Terminal> t = TerminalRepository(m_cache).get(p->terminalId);
                text = tr("Day close %1 · %2", "period sequence number · terminal name")
                           .arg(p->sequence)
                           .arg(t ? t->name : p->terminalId);
            }
        } catch (const StoreError&) {
        }
        parts.append(text);
    }
    const QLocale locale;
    if (!m_hours.isEmpty()) {
        QStringList hours;
        for (int h : std::as_const(m_hours))
            hours.append(tr("%1–%2", "an hour of the day: from – to")
                             .arg(locale.toString(QTime(h, 0), QLocale::ShortFormat),
                                  locale.toString(QTime((h + 1) % 24, 0), QLocale::ShortFormat)));
        parts.append(hours.join(QStringLiteral(", ")));
    }
    if (!m_weekdays.isEmpty()) {
        QStringList days;
        for (int d : std::as_const(m_weekdays))
            if (d >= 1 && d <= 7)
                days.append(locale.dayName(d, QLocale::LongFormat));
        parts.append(days.join(QStringLiteral(", ")));
    }
    m_periodText->setText(parts.join(QStringLiteral(" · ")));
    m_periodChip->setVisible(!parts.isEmpty());
}

void FilterBar::setFilter(const TransactionFilter& filter, QDate today)
{
    FilterChoice c;
    c.criteria = filter;
    c.preset = presetFor(filter.from, filter.to, today);
    if (c.preset == DatePreset::Custom) {
        c.customFrom = filter.from.isValid() ? filter.from : filter.to;
        c.customTo = filter.to.isValid() ? filter.to : today;
    }
    // A restriction to every permitted location is "all locations" on screen.
    if (m_restricted && QSet<QString>(filter.locationIds.begin(), filter.locationIds.end()) ==
                            QSet<QString>(m_permitted.begin(), m_permitted.end()))
        c.criteria.locationIds.clear();
    // Criteria of the second row are shown, not hidden behind "More filters".
    if (!c.criteria.processors.isEmpty() || !c.criteria.origins.isEmpty() || c.criteria.minAmountMinor ||
        c.criteria.maxAmountMinor)
        m_more->setChecked(true);
    setChoice(c);
}

void FilterBar::takeSharedFrom(const FilterBar& other)
{
    const FilterChoice theirs = other.choice();
    FilterChoice mine = choice();
    mine.preset = theirs.preset;
    mine.customFrom = theirs.customFrom;
    mine.customTo = theirs.customTo;
    mine.criteria.locationIds = theirs.criteria.locationIds;
    mine.criteria.terminalIds = theirs.criteria.terminalIds;
    mine.criteria.methods = theirs.criteria.methods;
    setChoice(mine);
}

void FilterBar::clear()
{
    FilterChoice c;
    c.preset = DatePreset::Today;
    setChoice(c);
    emitChanged();
}

void FilterBar::datesChanged()
{
    const bool custom = m_dates->currentData().toInt() == kCustomIndexData;
    if (custom && !m_updating) {
        // Start the custom range from what was shown.
        const auto preset = presetFromInt(m_dates->property("lastPreset").toInt());
        auto [from, to] = rangeFor(preset.value_or(DatePreset::Today), QDate::currentDate());
        const QDate today = QDate::currentDate();
        const bool was = m_updating;
        m_updating = true;
        m_from->setDate(from.isValid() ? from : today.addDays(-30));
        m_to->setDate(to.isValid() ? to : today);
        m_updating = was;
    }
    if (!custom)
        m_dates->setProperty("lastPreset", m_dates->currentData());
    for (QWidget* w : {static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_dash), static_cast<QWidget*>(m_to)})
        w->setVisible(custom);
    emitChanged();
}

void FilterBar::customDatesChanged()
{
    if (m_updating)
        return;
    // A reversed range is turned around rather than showing nothing.
    if (m_from->date() > m_to->date()) {
        const bool was = m_updating;
        m_updating = true;
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
        m_updating = was;
    }
    emitChanged();
}

std::optional<qint64> FilterBar::parseAmount(QLineEdit* edit, QString& problem) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const Money::ParseResult r = Money::parse(text, moneyLocaleFor(QLocale()));
    if (!r.value) {
        problem = tr("“%1” is not an amount. Type it as you would write it, for example %2.")
                      .arg(text, Money::eur(1250).format(moneyLocaleFor(QLocale())));
        return std::nullopt;
    }
    return r.value->minor();
}

void FilterBar::setAmountText(QLineEdit* edit, const std::optional<qint64>& minor)
{
    edit->setText(minor ? Money::eur(*minor).formatNumber(moneyLocaleFor(QLocale())) : QString());
    edit->setStyleSheet(QString());
    edit->setToolTip(QString());
}

void FilterBar::amountsEdited()
{
    QString problem;
    for (QLineEdit* e : {m_minAmount, m_maxAmount}) {
        QString p;
        parseAmount(e, p);
        // A red frame and the reason in the tooltip; the amount is not applied until it reads.
        e->setStyleSheet(p.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d0312d; }"));
        e->setToolTip(p);
        if (problem.isEmpty())
            problem = p;
    }
    m_amountProblem = problem;
    emitChanged();
}

void FilterBar::updateMoreButton()
{
    int active = 0;
    const FilterChoice c = choice();
    if (m_fields & Origins)
        active += c.criteria.origins.isEmpty() ? 0 : 1;
    if (m_fields & Processors)
        active += c.criteria.processors.isEmpty() ? 0 : 1;
    if (m_fields & Amounts)
        active += (c.criteria.minAmountMinor || c.criteria.maxAmountMinor) ? 1 : 0;
    m_more->setText(active == 0 ? tr("More filters") : tr("More filters (%1)").arg(active));
    QFont f = m_more->font();
    f.setBold(active > 0);
    m_more->setFont(f);
    const FilterChoice none;
    m_clear->setEnabled(!(c.preset == none.preset && c.criteria == none.criteria));
}

void FilterBar::emitChanged()
{
    if (m_updating)
        return;
    m_searchDelay->stop();
    updateMoreButton();
    emit changed();
}

void FilterBar::save(QSettings& s, const QString& group) const
{
    const FilterChoice c = choice();
    s.beginGroup(group);
    s.setValue(QStringLiteral("preset"), static_cast<int>(c.preset));
    s.setValue(QStringLiteral("from"), c.customFrom);
    s.setValue(QStringLiteral("to"), c.customTo);
    s.setValue(QStringLiteral("locations"), c.criteria.locationIds);
    s.setValue(QStringLiteral("terminals"), c.criteria.terminalIds);
    s.setValue(QStringLiteral("statuses"), toVariants(c.criteria.statuses));
    s.setValue(QStringLiteral("methods"), toVariants(c.criteria.methods));
    s.setValue(QStringLiteral("origins"), toVariants(c.criteria.origins));
    s.setValue(QStringLiteral("processors"), c.criteria.processors);
    s.setValue(QStringLiteral("minAmount"), optionalToVariant(c.criteria.minAmountMinor));
    s.setValue(QStringLiteral("maxAmount"), optionalToVariant(c.criteria.maxAmountMinor));
    s.setValue(QStringLiteral("more"), m_more->isChecked());
    s.endGroup();
}

void FilterBar::restore(const QSettings& settings, const QString& group)
{
    const auto value = [&](const char* key) { return settings.value(group + QLatin1Char('/') + QLatin1String(key)); };
    if (!value("preset").isValid())
        return;
    FilterChoice c;
    c.preset = presetFromInt(value("preset").toInt()).value_or(DatePreset::Today);
    c.customFrom = value("from").toDate();
    c.customTo = value("to").toDate();
    c.criteria.locationIds = value("locations").toStringList();
    c.criteria.terminalIds = value("terminals").toStringList();
    c.criteria.statuses = fromVariants<TransactionStatus>(value("statuses").toList());
    c.criteria.methods = fromVariants<PaymentMethod>(value("methods").toList());
    c.criteria.origins = fromVariants<StatusOrigin>(value("origins").toList());
    c.criteria.processors = value("processors").toStringList();
    c.criteria.minAmountMinor = variantToOptional(value("minAmount"));
    c.criteria.maxAmountMinor = variantToOptional(value("maxAmount"));
    // The search text and a day-close filter are for the moment, not remembered.
    setChoice(c);
    m_more->setChecked(value("more").toBool());
}

} // namespace comptoir
