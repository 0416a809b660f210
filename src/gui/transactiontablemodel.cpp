#include "transactiontablemodel.h"

#include "gui/icons.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
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
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
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

void TransactionTableModel::setFilter(const TransactionFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_rows.squeeze();
    m_atEnd = false;
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
    return !parent.isValid() && !m_atEnd;
}

void TransactionTableModel::fetchMore(const QModelIndex& parent)
{
    // Views (and QAbstractItemModelTester) may ask from a rowsInserted or modelReset
    // handler, while a change is still being announced: ignored, they ask again later.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const TransactionCursor after =
        m_rows.isEmpty() ? TransactionCursor{} : TransactionRepository::cursorOf(m_rows.constLast());
    QList<Transaction> page;
    try {
        page = m_repository.page(m_filter, after, kPageSize);
    } catch (const StoreError& e) {
        m_atEnd = true;
        emit loadFailed(e.message());
        return;
    }
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
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
        if (column == Column::Amount)
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
    case Column::Count:
        break;
    }
    return {};
}

} // namespace comptoir
