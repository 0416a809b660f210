#include "transactiondetailpane.h"

#include "core/money.h"
#include "gui/icons.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/outbox.h"
#include "store/periodrepository.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// One line of the field table; labels in the palette's muted text colour.
struct Rows {
    QString muted;
    QString operator()(const QString& label, const QString& valueHtml, const QString& title = {}) const
    {
        return QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0; color:%4\">%1</td>"
                              "<td style=\"padding:2px 0\"%3>%2</td></tr>")
            .arg(esc(label), valueHtml, title.isEmpty() ? QString() : QStringLiteral(" title=\"%1\"").arg(esc(title)),
                 muted);
    }
};

const QUrl kHandIcon(QStringLiteral("comptoir-icon:manual-status"));

} // namespace

TransactionDetailPane::TransactionDetailPane(CacheDatabase& cache, QWidget* parent) : QWidget(parent), m_cache(cache)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setWordWrap(true);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("detailText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("period") && m_transaction)
            emit showPeriodRequested(m_transaction->periodId);
    });

    m_setStatus = new QPushButton(this);
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    connect(m_setStatus, &QPushButton::clicked, this, &TransactionDetailPane::setStatusRequested);
    m_showPeriod = new QPushButton(this);
    m_showPeriod->setObjectName(QStringLiteral("detailShowPeriod"));
    connect(m_showPeriod, &QPushButton::clicked, this, [this] {
        if (m_transaction && !m_transaction->periodId.isEmpty())
            emit showPeriodRequested(m_transaction->periodId);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_setStatus);
    buttons->addWidget(m_showPeriod);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);
    retranslateUi();
    render();
}

void TransactionDetailPane::retranslateUi()
{
    m_setStatus->setText(tr("Set status…"));
    m_setStatus->setToolTip(tr("Resolve a transaction that waits for a manual intervention: successful or failed."));
    m_showPeriod->setText(tr("Show day close"));
    m_showPeriod->setToolTip(tr("Open the day-close report of the period this transaction belongs to"));
}

void TransactionDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
    QWidget::changeEvent(event);
}

void TransactionDetailPane::showTransaction(const std::optional<Transaction>& transaction)
{
    m_transaction = transaction;
    if (m_transaction) {
        try {
            if (std::optional<Transaction> fresh = TransactionRepository(m_cache).get(m_transaction->id))
                m_transaction = fresh;
        } catch (const StoreError&) {
        }
    }
    render();
}

void TransactionDetailPane::setCanSetStatus(bool can)
{
    m_canSetStatus = can;
    updateButtons(); // the text does not change with it
}

void TransactionDetailPane::updateButtons()
{
    const bool has = m_transaction.has_value();
    m_setStatus->setVisible(has && m_canSetStatus && m_transaction->status == TransactionStatus::ManualIntervention);
    m_showPeriod->setVisible(has && !m_transaction->periodId.isEmpty());
}

QString TransactionDetailPane::plainText() const
{
    return m_title->text() + QLatin1Char('\n') + m_text->toPlainText();
}

void TransactionDetailPane::render()
{
    const bool has = m_transaction.has_value();
    updateButtons();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const Rows row{muted};
    if (!has) {
        m_title->setText(tr("No transaction selected"));
        m_text->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                            .arg(muted, esc(tr("Select a transaction to see all its details, its day close and its history."))));
        return;
    }
    const Transaction& t = *m_transaction;
    const QLocale locale;
    const MoneyLocale money = moneyLocaleFor(locale);

    std::optional<Location> location;
    std::optional<Terminal> terminal;
    std::optional<Period> period;
    QList<AuditEntry> history;
    QList<OutboxEntry> waiting;
    QString problem;
    try {
        location = LocationRepository(m_cache).get(t.locationId);
        terminal = TerminalRepository(m_cache).get(t.terminalId);
        if (!t.periodId.isEmpty())
            period = PeriodRepository(m_cache).get(t.periodId);
        history = AuditLog(m_cache).entries(QStringLiteral("transaction"), t.id);
        const Outbox outbox(m_cache);
        for (const OutboxEntry& e : outbox.entries())
            if (e.entity() == QLatin1String("transaction") && e.entityId == t.id)
                waiting.append(e);
    } catch (const StoreError& e) {
        problem = e.message();
    }
    const QTimeZone zone = location && QTimeZone(location->timeZone.toUtf8()).isValid()
                               ? QTimeZone(location->timeZone.toUtf8())
                               : QTimeZone::systemTimeZone();
    const auto when = [&](const QDateTime& utc) { return locale.toString(utc.toTimeZone(zone), QLocale::LongFormat); };
    const auto utcTitle = [&](const QDateTime& utc) {
        return tr("%1 UTC").arg(locale.toString(utc.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    };

    m_title->setText(tr("%1 · %2", "amount · transaction type").arg(t.amount.format(money), displayName(t.type)));

    m_text->document()->addResource(QTextDocument::ImageResource, kHandIcon,
                                    manualStatusIcon().pixmap(QSize(16, 16), devicePixelRatioF()));
    QString html = QStringLiteral("<table cellspacing=\"0\">");
    QString status = esc(displayName(t.status));
    if (t.statusOrigin == StatusOrigin::Manual)
        status = QStringLiteral("<img src=\"%1\" width=\"16\" height=\"16\"> ").arg(kHandIcon.toString()) + status;
    html += row(tr("Status"), status);
    if (t.statusOrigin == StatusOrigin::Manual) {
        html += row(tr("Status set"), esc(tr("by hand, by %1 on %2").arg(t.manualStatusBy, when(t.manualStatusAt))),
                    utcTitle(t.manualStatusAt));
    } else {
        html += row(tr("Status set"), esc(tr("automatically")));
    }
    if (t.status == TransactionStatus::ManualIntervention)
        html += row(QString(), QStringLiteral("<i>%1</i>").arg(esc(tr("The link between the till and the terminal broke during "
                                                                       "this payment. It joins the turnover once you choose "
                                                                       "its status."))));
    html += row(tr("Time"), esc(when(t.createdAt)), utcTitle(t.createdAt));
    html += row(tr("Business day"), esc(locale.toString(t.businessDay, QLocale::LongFormat)));
    html += row(tr("Amount"), esc(t.amount.format(money)));
    html += row(tr("Type"), esc(displayName(t.type)));
    html += row(tr("Payment method"), esc(displayName(t.method)));
    if (!t.issuer.isEmpty())
        html += row(tr("Issuer"), esc(t.issuer));
    if (!t.processor.isEmpty())
        html += row(tr("Processor"), esc(t.processor));
    if (!t.maskedCardNumber.isEmpty())
        html += row(tr("Card"), esc(t.maskedCardNumber));
    if (!t.authorisationCode.isEmpty())
        html += row(tr("Authorisation code"), esc(t.authorisationCode));
    if (!t.reference.isEmpty())
        html += row(tr("Reference"), esc(t.reference));
    html += row(tr("Location"), esc(location ? location->name : t.locationId));
    if (terminal)
        html += row(tr("Terminal"), esc(tr("%1 (%2, serial number %3)", "terminal name (model, serial)")
                                            .arg(terminal->name, terminal->model, terminal->serial)));
    else
        html += row(tr("Terminal"), esc(t.terminalId));
    if (period) {
        const QString span = period->isClosed()
                                 ? tr("opened %1, closed %2").arg(when(period->openedAt), when(period->closedAt))
                                 : tr("opened %1, still open").arg(when(period->openedAt));
        html += row(tr("Day close"), QStringLiteral("<a href=\"period:%1\">%2</a><br>%3")
                                         .arg(esc(t.periodId), esc(tr("Period %1").arg(period->sequence)), esc(span)));
    } else if (!t.periodId.isEmpty()) {
        html += row(tr("Day close"), esc(tr("Period %1 (not in the cache yet)").arg(t.periodId)));
    }
    html += row(tr("Transaction id"), esc(t.id));
    html += row(tr("Version"), esc(locale.toString(t.version)));
    html += QStringLiteral("</table>");

    if (!waiting.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Waiting for the portal")));
        const Outbox outbox(m_cache);
        for (const OutboxEntry& e : std::as_const(waiting)) {
            QString line = outbox.describe(e);
            if (e.state == OutboxEntry::State::Conflict)
                line = tr("%1 — changed on the portal in the meantime: choose which to keep (Portal ▸ Changes waiting for the portal)")
                           .arg(line);
            else if (e.state == OutboxEntry::State::Rejected)
                line = tr("%1 — refused by the portal: %2").arg(line, e.message);
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("History in Comptoir")));
    if (history.isEmpty()) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, esc(tr("No changes were made to this transaction in Comptoir.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const AuditEntry& e : std::as_const(history)) {
            const auto statusOf = [](const QJsonObject& o) {
                const auto s = statusFromCode(o.value(QLatin1String("status")).toString());
                return s ? displayName(*s) : QString();
            };
            QString what;
            if (e.action == OutboxEntry::kManualStatus)
                what = tr("set the status from “%1” to “%2”").arg(statusOf(e.before()), statusOf(e.after()));
            else if (e.action.endsWith(QLatin1String(".rejected")))
                what = tr("the portal refused the change; the status is “%1” again").arg(statusOf(e.after()));
            else if (e.action.endsWith(QLatin1String(".kept")))
                what = tr("kept their status “%1” over the portal's").arg(statusOf(e.after()));
            else if (e.action.endsWith(QLatin1String(".dropped")))
                what = tr("took the portal's status “%1”").arg(statusOf(e.after()));
            else
                what = e.action;
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("%1 — %2 %3", "when — who what").arg(when(e.at), e.actor, what)));
        }
        html += QStringLiteral("</ul>");
    }
    if (!problem.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(problem));
    m_text->setHtml(html);
}

} // namespace comptoir
