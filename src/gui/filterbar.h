#pragma once

#include "core/enums.h"
#include "gui/datepresets.h"
#include "store/transactionfilter.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;

namespace comptoir {

class CacheDatabase;
class MultiSelectButton;

// What a filter bar shows, independent of today's date: a date preset (or a custom range)
// and the other criteria. This is what is remembered between sessions, so "Today" stays
// today tomorrow.
struct FilterChoice {
    DatePreset preset = DatePreset::Today;
    QDate customFrom; // with DatePreset::Custom; a null date is an open end
    QDate customTo;
    TransactionFilter criteria; // its from/to are ignored
    bool operator==(const FilterChoice&) const = default;
};

// The filters above the transaction list and the dashboard: the days (a preset or a custom
// range), locations, terminals, statuses, payment methods and — on the Transactions page —
// status origin, processor, amount range and free text on a reference or the last four
// card digits. Only the locations the signed-in user may see for the page's menu are
// offered, and "all locations" means all of those. A filter on one day close (from the
// Day closes page) or on hours and weekdays (from the dashboard's charts) shows as a
// removable chip.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    enum Field : int {
        Dates = 1,
        Locations = 2,
        Terminals = 4,
        Statuses = 8,
        Methods = 16,
        Origins = 32,
        Processors = 64,
        Amounts = 128,
        Text = 256,
        // What the dashboard shares with the Transactions page.
        Shared = Dates | Locations | Terminals | Methods,
        AllFields = 511,
    };

    // `menu`: whose location permissions apply (Menu::Transactions, Menu::Dashboard).
    FilterBar(CacheDatabase& cache, Menu menu, int fields, QWidget* parent = nullptr);

    // The filter to apply, with preset dates relative to `today`.
    TransactionFilter filter(QDate today = QDate::currentDate()) const;
    FilterChoice choice() const;
    // Shows `choice` (values not offered are dropped); emits no signal.
    void setChoice(const FilterChoice& choice);
    // Shows exactly `filter`: its dates become the matching preset or a custom range.
    void setFilter(const TransactionFilter& filter, QDate today = QDate::currentDate());
    // Takes over the fields both bars have from `other` (the dashboard and the
    // Transactions page keep their shared filters in step); emits no signal.
    void takeSharedFrom(const FilterBar& other);
    // Back to all days of today, everything else cleared; emits changed().
    void clear();

    // Re-reads locations, terminals, processors and permissions (after a sync).
    void reloadChoices();
    // The location ids the user may see for the menu (all cached ones when unrestricted).
    const QStringList& permittedLocations() const { return m_permitted; }

    void save(QSettings& settings, const QString& group) const;
    void restore(const QSettings& settings, const QString& group);

    // For the page (Ctrl+F) and tests.
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* datesCombo() const { return m_dates; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    MultiSelectButton* locationsButton() const { return m_locations; }
    MultiSelectButton* terminalsButton() const { return m_terminals; }
    MultiSelectButton* statusesButton() const { return m_statuses; }
    MultiSelectButton* methodsButton() const { return m_methods; }
    MultiSelectButton* processorsButton() const { return m_processors; }
    QComboBox* originCombo() const { return m_origin; }
    QLineEdit* minAmountEdit() const { return m_minAmount; }
    QLineEdit* maxAmountEdit() const { return m_maxAmount; }
    // What is wrong with an amount typed, or empty.
    QString amountProblem() const { return m_amountProblem; }

signals:
    // The user changed a filter (typing in the search waits for a pause).
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillTerminals();
    void fillProcessors();
    void setProcessors(const QStringList& processors);
    static QStringList processorsIn(CacheDatabase& cache);
    void datesChanged();
    void customDatesChanged();
    void amountsEdited();
    void updateMoreButton();
    void updateChip();
    void emitChanged();
    std::optional<qint64> parseAmount(QLineEdit* edit, QString& problem) const;
    void setAmountText(QLineEdit* edit, const std::optional<qint64>& minor);

    CacheDatabase& m_cache;
    Menu m_menu;
    int m_fields;
    QStringList m_permitted;
    bool m_restricted = false;
    bool m_updating = false; // setting controls programmatically: no signals
    QString m_periodId;      // a day-close filter, shown as a chip
    QList<int> m_hours;      // hours and weekdays from the dashboard, in the same chip
    QList<int> m_weekdays;
    QString m_amountProblem;

    QComboBox* m_dates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_dash = nullptr;
    MultiSelectButton* m_locations = nullptr;
    MultiSelectButton* m_terminals = nullptr;
    MultiSelectButton* m_statuses = nullptr;
    MultiSelectButton* m_methods = nullptr;
    QToolButton* m_more = nullptr;
    QWidget* m_moreRow = nullptr;
    QLabel* m_originLabel = nullptr;
    QComboBox* m_origin = nullptr;
    MultiSelectButton* m_processors = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLineEdit* m_minAmount = nullptr;
    QLabel* m_amountDash = nullptr;
    QLineEdit* m_maxAmount = nullptr;
    QToolButton* m_clear = nullptr;
    QWidget* m_periodChip = nullptr;
    QLabel* m_periodText = nullptr;
    QLineEdit* m_search = nullptr;
    class QTimer* m_searchDelay = nullptr;
    bool m_processorsLoaded = false;
    quint64 m_processorsGeneration = 0;
};

} // namespace comptoir
