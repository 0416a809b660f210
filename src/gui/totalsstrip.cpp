#include "totalsstrip.h"

#include "core/money.h"
#include "gui/cacheworker.h"
#include "store/cachedatabase.h"
#include "store/storeerror.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <limits>

namespace comptoir {

TotalsStrip::TotalsStrip(CacheDatabase& cache, QWidget* parent) : QFrame(parent), m_repository(cache), m_cache(cache)
{
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(32);
    m_count = addField(QStringLiteral("countValue"));
    m_gross = addField(QStringLiteral("grossSalesValue"));
    m_refunds = addField(QStringLiteral("refundsValue"));
    m_net = addField(QStringLiteral("netValue"));
    layout->addStretch(1);
    showTotals();
}

void TotalsStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_net) {
        if (m_busy)
            updateCaptions();
        else
            showTotals();
    }
    QFrame::changeEvent(event);
}

QLabel* TotalsStrip::addField(const QString& objectName)
{
    auto* box = new QVBoxLayout;
    box->setSpacing(0);
    auto* captionLabel = new QLabel(this);
    m_captions.append(captionLabel);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.25);
    value->setFont(font);
    captionLabel->setBuddy(value);
    box->addWidget(captionLabel);
    box->addWidget(value);
    static_cast<QHBoxLayout*>(layout())->addLayout(box);
    return value;
}

void TotalsStrip::setFilter(const TransactionFilter& filter)
{
    const quint64 generation = ++m_generation;
    if (filter.isRollupCompatible() || !canReadOnWorker(m_cache)) {
        m_busy = false;
        try {
            m_totals = m_repository.totals(filter);
        } catch (const StoreError& e) {
            m_totals = {};
            emit loadFailed(e.message());
        }
        showTotals();
        emit totalsShown();
        return;
    }
    m_busy = true;
    for (QLabel* value : {m_count, m_gross, m_refunds, m_net})
        value->setText(QStringLiteral("…"));
    readOnWorker<TransactionTotals>(
        this, m_cache, [filter](CacheDatabase& cache) { return TransactionRepository(cache).totals(filter); },
        [this, generation](TransactionTotals totals, const QString& error) {
            if (generation != m_generation)
                return; // a newer filter is being added up
            m_busy = false;
            m_totals = totals;
            if (!error.isEmpty())
                emit loadFailed(error);
            showTotals();
            emit totalsShown();
        });
}

void TotalsStrip::updateCaptions()
{
    const QStringList captions{tr("Transactions"), tr("Gross sales"), tr("Refunds"), tr("Net")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

void TotalsStrip::showTotals()
{
    updateCaptions();
    const QLocale locale;
    const MoneyLocale moneyLocale = moneyLocaleFor(locale);
    m_count->setText(locale.toString(m_totals.count));
    m_count->setToolTip(tr("%Ln of them successful", nullptr,
                           int(std::min<qint64>(m_totals.successCount, std::numeric_limits<int>::max()))));
    m_gross->setText(Money::eur(m_totals.grossSalesMinor).format(moneyLocale));
    m_gross->setToolTip(tr("Successful sales"));
    m_refunds->setText(Money::eur(m_totals.refundsMinor).format(moneyLocale));
    m_refunds->setToolTip(tr("Successful refunds"));
    m_net->setText(Money::eur(m_totals.netMinor()).format(moneyLocale));
    m_net->setToolTip(tr("Gross sales minus refunds"));
}

} // namespace comptoir
