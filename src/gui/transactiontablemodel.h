#pragma once

#include "core/entities.h"
#include "store/transactionfilter.h"
#include "store/transactionrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QTimeZone>

namespace comptoir {

class CacheDatabase;

// The transaction list as a table: adapts TransactionRepository::page() to a view. It
// never loads the whole history; pages of kPageSize rows are read on demand
// (canFetchMore/fetchMore) with a keyset cursor, newest first or sorted by any column
// (sort(), which the view's header calls). Pages in time order are read at once; in any
// other order, on a worker with its own connection, so the screen never waits for a scan.
class TransactionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Persisted (column layouts in settings): append new columns before Count, never reorder.
    enum class Column { Time, Location, Terminal, Type, Method, Amount, Status, Origin, Reference, Card, Period, Count };
    static constexpr int kPageSize = 200;

    explicit TransactionTableModel(CacheDatabase& cache, QObject* parent = nullptr);

    // Replaces the filter: the model resets to no rows and loads pages as they are asked for.
    void setFilter(const TransactionFilter& filter);
    const TransactionFilter& filter() const { return m_filter; }
    // Sorting restarts the list from the first row in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const TransactionSort& sortOrder() const { return m_sort; }
    static TransactionSort::Key sortKeyFor(Column column);
    // The view's column for a sort key (for restoring the header's indicator).
    static Column columnFor(TransactionSort::Key key);
    void setSortOrder(const TransactionSort& sort); // like sort(), without a view
    // The rows as tab-separated text for a spreadsheet: a header line, then one line per
    // row, the columns in `columns` order; amounts as plain numbers in the locale.
    QString toTabSeparated(const QList<int>& rows, const QList<Column>& columns) const;
    // Re-reads the names of locations and terminals (after a rename or a sync).
    void reloadNames();
    // Headers and cells in the current language and locale (after a language switch).
    void retranslate();

    const Transaction& transactionAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Whether a page is being read on the worker (sorts other than by time): its rows are
    // inserted when it arrives, and fetched() is emitted.
    bool isFetching() const { return m_pending; }

signals:
    // Reading from the cache failed; the message is for the shop owner.
    void loadFailed(const QString& message);
    // A page read on the worker has been added (or nothing more came).
    void fetched();

private:
    QVariant display(const Transaction& t, Column column) const;
    QDateTime inLocationZone(const Transaction& t, const QDateTime& utc) const;
    QString formatDateTime(const QDateTime& local) const;

    TransactionRepository m_repository;
    CacheDatabase& m_cache;
    QString periodLabel(const QString& periodId) const;
    bool readsOnWorker() const;
    void fetchOnWorker();
    void appendPage(TransactionPage page);

    TransactionFilter m_filter;
    TransactionSort m_sort;
    TransactionCursor m_last; // where the next page starts
    QList<Transaction> m_rows;
    mutable QHash<QString, int> m_periodSequences; // period id → sequence (0: unknown), read on demand
    bool m_atEnd = false;
    bool m_fetching = false; // inside fetchMore() or announcing a reset
    bool m_pending = false;  // a page is being read on the worker
    quint64 m_generation = 0; // bumped by every reset, so late pages are dropped
    QHash<QString, QString> m_locationNames;
    QHash<QString, QString> m_terminalNames;
    QHash<QString, QTimeZone> m_zones; // by location id
    QString m_dateTimeFormat;
};

} // namespace comptoir
