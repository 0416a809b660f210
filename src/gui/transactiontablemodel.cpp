#include "transactiontablemodel.h"

#include "gui/dateformats.h"
#include "gui/cacheworker.h"
#include "gui/icons.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/terminalrepository.h"
#include "store/storeerror.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace comptoir {

namespace {

// The locale's short date and time, with seconds: they matter when matching a receipt.
QString dateTimeFormatFor(const QLocale& locale)
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1String("ss"))) {
        const qsizetype minutes = time.indexOf(QLatin1String("mm"));
        if (minutes >= 0)
            time.insert(minutes + 2, QStringLiteral(":ss"));
    }
    return fullYearDateFormat(locale) + QLatin1Char(' ') + time;
}

// "**** **** **** 1234" → "•••• 1234"; anything else as stored.
QString compactCard(const QString& masked)
{
    const QString digits = masked.right(4);
    if (masked.size() <= 4 || !masked.startsWith(QLatin1Char('*')))
        return masked;
    for (QChar c : digits)
        if (!c.isDigit())
            return masked;
    return QStringLiteral(u"\u2022\u2022\u2022\u2022 ") + digits;
}

} // namespace

TransactionTableModel::TransactionTableModel(CacheDatabase& cache, QObject* parent)
    : QAbstractTableModel(parent), m_repository(cache), m_cache(cache), m_dateTimeFormat(dateTimeFormatFor(QLocale()))
{
    reloadNames();
}

void TransactionTableModel::reloadNames()
{
    m_locationNames.clear();
    m_terminalNames.clear();
    m_zones.clear();
    m_periodSequences.clear();
    try {
        for (const Location& l : LocationRepository(m_cache).all()) {
            m_locationNames.insert(l.id, l.name);
            m_zones.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
        }
        for (const Terminal& t : TerminalRepository(m_cache).all())
            m_terminalNames.insert(t.id, t.name);
    } catch (const StoreError& e) {
        emit loadFailed(e.message());
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

void TransactionTableModel::retranslate()
{
    m_dateTimeFormat = dateTimeFormatFor(QLocale());
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

void TransactionTableModel::setFilter(const TransactionFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_rows.squeeze();
    m_last = {};
    m_atEnd = false;
    m_pending = false;
    ++m_generation; // a page still on its way is for the old list
    // Nothing is fetched while the reset is being announced; views ask once they relaid out.
    const QScopedValueRollback<bool> announcing(m_fetching, true);
    endResetModel();
}

int TransactionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool TransactionTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_pending;
}

bool TransactionTableModel::readsOnWorker() const
{
    // In time order a page is one index walk (a few ms); in any other order SQLite scans
    // the filtered rows for each page (~100 ms over a million), which must not block the
    // screen. A cache without a file (in memory) cannot be opened twice: read here.
    return m_sort.key != TransactionSort::Key::Time && canReadOnWorker(m_cache);
}

void TransactionTableModel::fetchMore(const QModelIndex& parent)
{
    // Views (and QAbstractItemModelTester) may ask from a rowsInserted or modelReset
    // handler, while a change is still being announced: ignored, they ask again later.
    if (parent.isValid() || m_atEnd || m_fetching || m_pending)
        return;
    if (readsOnWorker()) {
        fetchOnWorker();
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    TransactionPage page;
    try {
        page = m_repository.page(m_filter, m_sort, m_last, kPageSize);
    } catch (const StoreError& e) {
        m_atEnd = true;
        emit loadFailed(e.message());
        return;
    }
    appendPage(std::move(page));
}

void TransactionTableModel::appendPage(TransactionPage page)
{
    m_atEnd = page.rows.size() < kPageSize;
    if (page.rows.isEmpty())
        return;
    m_last = page.last;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page.rows.size()) - 1);
    m_rows.append(std::move(page.rows));
    endInsertRows();
}

void TransactionTableModel::fetchOnWorker()
{
    m_pending = true;
    const quint64 generation = m_generation;
    readOnWorker<TransactionPage>(
        this, m_cache,
        [filter = m_filter, sort = m_sort, after = m_last](CacheDatabase& cache) {
            return TransactionRepository(cache).page(filter, sort, after, kPageSize);
        },
        [this, generation](TransactionPage page, const QString& error) {
            if (generation != m_generation)
                return; // the filter or the order changed meanwhile
            m_pending = false;
            if (!error.isEmpty()) {
                m_atEnd = true;
                emit loadFailed(error);
            } else {
                const QScopedValueRollback<bool> fetching(m_fetching, true);
                appendPage(std::move(page));
            }
            emit fetched();
        });
}

TransactionSort::Key TransactionTableModel::sortKeyFor(Column column)
{
    using Key = TransactionSort::Key;
    switch (column) {
    case Column::Time:
        return Key::Time;
    case Column::Location:
        return Key::Location;
    case Column::Terminal:
        return Key::Terminal;
    case Column::Type:
        return Key::Type;
    case Column::Method:
        return Key::Method;
    case Column::Amount:
        return Key::Amount;
    case Column::Status:
        return Key::Status;
    case Column::Origin:
        return Key::Origin;
    case Column::Reference:
        return Key::Reference;
    case Column::Card:
        return Key::Card;
    case Column::Period:
        return Key::Period;
    case Column::Count:
        break;
    }
    return Key::Time;
}

TransactionTableModel::Column TransactionTableModel::columnFor(TransactionSort::Key key)
{
    for (int c = 0; c < int(Column::Count); ++c)
        if (sortKeyFor(Column(c)) == key)
            return Column(c);
    return Column::Time;
}

void TransactionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    setSortOrder({sortKeyFor(Column(column)), order == Qt::DescendingOrder});
}

void TransactionTableModel::setSortOrder(const TransactionSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    setFilter(m_filter);
}

QString TransactionTableModel::periodLabel(const QString& periodId) const
{
    if (periodId.isEmpty())
        return {};
    auto it = m_periodSequences.constFind(periodId);
    if (it == m_periodSequences.constEnd()) {
        int sequence = 0;
        try {
            if (const std::optional<Period> p = PeriodRepository(m_cache).get(periodId))
                sequence = p->sequence;
        } catch (const StoreError&) {
        }
        it = m_periodSequences.insert(periodId, sequence);
    }
    return *it > 0 ? QLocale().toString(*it) : QString();
}

QString TransactionTableModel::toTabSeparated(const QList<int>& rows, const QList<Column>& columns) const
{
    // Tabs and line breaks inside a value would split cells: they become spaces.
    const auto clean = [](QString s) {
        for (QChar& c : s)
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        return s;
    };
    const QLocale locale;
    QStringList lines;
    QStringList header;
    for (Column c : columns)
        header.append(clean(headerData(int(c), Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char('\t')));
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        const Transaction& t = m_rows.at(r);
        QStringList cells;
        for (Column c : columns) {
            if (c == Column::Amount) {
                // A number the spreadsheet reads in this locale: no symbol, no grouping.
                QString plain = t.amount.toPlainString();
                plain.replace(QLatin1Char('.'), locale.decimalPoint());
                cells.append(plain);
            } else if (c == Column::Card) {
                cells.append(clean(t.maskedCardNumber));
            } else {
                cells.append(clean(display(t, c).toString()));
            }
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QDateTime TransactionTableModel::inLocationZone(const Transaction& t, const QDateTime& utc) const
{
    const auto zone = m_zones.constFind(t.locationId);
    if (zone == m_zones.constEnd() || !zone->isValid())
        return utc.toLocalTime();
    return utc.toTimeZone(*zone);
}

QString TransactionTableModel::formatDateTime(const QDateTime& local) const
{
    return QLocale().toString(local, m_dateTimeFormat);
}

QVariant TransactionTableModel::display(const Transaction& t, Column column) const
{
    switch (column) {
    case Column::Time:
        return formatDateTime(inLocationZone(t, t.createdAt));
    case Column::Location:
        return m_locationNames.value(t.locationId, t.locationId);
    case Column::Terminal:
        return m_terminalNames.value(t.terminalId, t.terminalId);
    case Column::Type:
        return displayName(t.type);
    case Column::Method:
        return t.issuer.isEmpty()
                   ? displayName(t.method)
                   : tr("%1 (%2)", "payment method (voucher issuer)").arg(displayName(t.method), t.issuer);
    case Column::Amount:
        return t.amount.format(moneyLocaleFor(QLocale()));
    case Column::Status:
        return displayName(t.status);
    case Column::Origin:
        return displayName(t.statusOrigin);
    case Column::Reference:
        return t.reference;
    case Column::Card:
        return compactCard(t.maskedCardNumber);
    case Column::Period:
        return periodLabel(t.periodId);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TransactionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transaction& t = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool manual = t.statusOrigin == StatusOrigin::Manual;
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Amount || column == Column::Period)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (column == Column::Status && manual)
            return manualStatusIcon();
        return {};
    case Qt::ToolTipRole:
        if ((column == Column::Status || column == Column::Origin) && manual)
            return tr("Status set by hand by %1 on %2")
                .arg(t.manualStatusBy, formatDateTime(inLocationZone(t, t.manualStatusAt)));
        if (column == Column::Card && !t.maskedCardNumber.isEmpty())
            return t.maskedCardNumber;
        if (column == Column::Method && !t.processor.isEmpty())
            return tr("Processed by %1").arg(t.processor);
        return {};
    default:
        return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return {};
    const auto column = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment((column == Column::Amount ? Qt::AlignRight : Qt::AlignLeft) |
                                                 Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Time:
        return tr("Time");
    case Column::Location:
        return tr("Location");
    case Column::Terminal:
        return tr("Terminal");
    case Column::Type:
        return tr("Type");
    case Column::Method:
        return tr("Payment method");
    case Column::Amount:
        return tr("Amount");
    case Column::Status:
        return tr("Status");
    case Column::Origin:
        return tr("Origin");
    case Column::Reference:
        return tr("Reference");
    case Column::Card:
        return tr("Card");
    case Column::Period:
        return tr("Day close");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace comptoir
