#include "transactionstream.h"

#include "sql.h"
#include "statement.h"

#include <cstring>
#include <limits>

namespace comptoir {

namespace {

const char* const kColumns
    = "t.id, t.created_at, t.business_day, t.amount_minor, t.currency, t.type, t.method, t.issuer, t.processor, "
      "t.status, t.status_origin, t.manual_by, t.manual_at, t.location_id, t.terminal_id, t.period_id, t.masked_pan, "
      "t.auth_code, t.reference, t.version";
const char* const kSentColumns
    = ", COALESCE(e.export_number, 0), e.x_version, e.x_status, e.x_origin, e.x_manual_by, e.x_manual_at, "
      "e.x_amount_minor, e.x_currency";

// Copies into `to`, keeping its capacity: no allocation per row once the buffers have grown.
void copy(QByteArray& to, QByteArrayView from)
{
    to.resize(from.size());
    if (!from.isEmpty())
        std::memcpy(to.data(), from.data(), std::size_t(from.size()));
}

// A period filter also bounds the days, so that the day index finds its rows (the same as
// TransactionRepository does).
TransactionFilter withPeriodDays(CacheDatabase& cache, TransactionFilter f)
{
    if (f.periodId.isEmpty())
        return f;
    QSqlQuery q = sql::exec(
        cache.db(), QStringLiteral("SELECT opened_at, closed_at FROM periods WHERE id = ?"), { f.periodId });
    if (!q.next())
        return f;
    const QDate first = sql::toTime(q.value(0)).date().addDays(-1);
    const QDate last = q.value(1).isNull() ? QDate(9999, 12, 31) : sql::toTime(q.value(1)).date().addDays(1);
    if (!f.from.isValid() || f.from < first)
        f.from = first;
    if (!f.to.isValid() || f.to > last)
        f.to = last;
    return f;
}

} // namespace

TransactionStream::TransactionStream(CacheDatabase& cache, const TransactionFilter& filter, int pageSize)
    : m_cache(cache)
    , m_filter(withPeriodDays(cache, filter))
    , m_pageSize(std::max(1, pageSize))
{
    m_condition = toSql(m_filter);
    // The pages' condition leaves the first day to the keyset: with both "business_day >= ?"
    // and the row value, SQLite takes the day as the start of its index range and every
    // page would scan from the first day again (measured: quadratic).
    TransactionFilter paged = m_filter;
    paged.from = QDate();
    m_pageCondition = toSql(paged);
    if (m_filter.from.isValid())
        m_startDay = m_filter.from.toJulianDay();
}

TransactionStream::~TransactionStream() = default;

void TransactionStream::onlyChangedSinceExportOf(const QString& profileId)
{
    m_profileId = profileId;
}

QString TransactionStream::fromWhere(const SqlCondition& condition) const
{
    QString s = QStringLiteral(" FROM transactions t");
    QStringList parts;
    if (!condition.where.isEmpty())
        parts.append(condition.where.mid(6)); // without "WHERE "
    if (!m_profileId.isEmpty()) {
        s += QStringLiteral(" LEFT JOIN export_items e ON e.profile_id = ? AND e.tx_id = t.id");
        parts.append(QStringLiteral(
            "(e.tx_id IS NULL OR e.x_status <> t.status OR e.x_origin <> t.status_origin OR "
            "e.x_manual_by <> t.manual_by OR e.x_manual_at IS NOT t.manual_at OR e.x_amount_minor <> t.amount_minor OR "
            "e.x_currency <> t.currency)"));
    }
    if (!parts.isEmpty())
        s += QStringLiteral(" WHERE (") + parts.join(QStringLiteral(") AND (")) + QLatin1Char(')');
    return s;
}

void TransactionStream::bindFilter(Statement& s, const SqlCondition& condition, int& index) const
{
    if (!m_profileId.isEmpty())
        s.bind(index++, m_profileId);
    for (const QVariant& v : condition.binds) {
        if (v.typeId() == QMetaType::QString)
            s.bind(index++, v.toString());
        else
            s.bind(index++, v.toLongLong());
    }
}

qint64 TransactionStream::count() const
{
    auto q = Statement::prepare(m_cache.db(), QStringLiteral("SELECT COUNT(*)") + fromWhere(m_condition));
    int i = 0;
    bindFilter(*q, m_condition, i);
    qint64 n = 0;
    if (q->next())
        n = q->int64At(0);
    while (q->next()) { }
    return n;
}

bool TransactionStream::next()
{
    if (m_done)
        return false;
    for (;;) {
        if (!m_page) {
            QString statement = QStringLiteral("SELECT ") + QLatin1String(kColumns);
            if (!m_profileId.isEmpty())
                statement += QLatin1String(kSentColumns);
            QString from = fromWhere(m_pageCondition);
            // Keyset: rows after the last one read, in the order of the index.
            from += from.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ") : QStringLiteral(" WHERE ");
            from += QStringLiteral("(t.business_day, t.created_at, t.id) > (?, ?, ?)");
            statement += from + QStringLiteral(" ORDER BY t.business_day, t.created_at, t.id LIMIT ?");
            m_page = Statement::prepare(m_cache.db(), statement);
        }
        if (!m_inPage) {
            int i = 0;
            bindFilter(*m_page, m_pageCondition, i);
            if (m_started) {
                m_page->bind(i++, m_row.businessDay);
                m_page->bind(i++, m_row.createdAtMsecs);
                m_page->bind(i++, QString::fromUtf8(m_row.id));
            } else { // before the first row of the first day
                m_page->bind(i++, m_startDay);
                m_page->bind(i++, qint64(std::numeric_limits<qint64>::min()));
                m_page->bind(i++, QString());
            }
            m_page->bind(i++, qint64(m_pageSize));
            m_inPage = true;
            m_rowsInPage = 0;
        }
        if (m_page->next()) {
            ++m_rowsInPage;
            m_started = true;
            read(*m_page);
            return true;
        }
        // The page is over (the statement is reset): another one, unless this one was short.
        m_inPage = false;
        if (m_rowsInPage < m_pageSize) {
            m_done = true;
            return false;
        }
    }
}

void TransactionStream::read(Statement& s)
{
    StoredTransaction& r = m_row;
    copy(r.id, s.utf8ViewAt(0));
    r.createdAtMsecs = s.int64At(1);
    r.businessDay = s.int64At(2);
    r.amountMinor = s.int64At(3);
    copy(r.currency, s.utf8ViewAt(4));
    r.type = int(s.int64At(5));
    r.method = int(s.int64At(6));
    copy(r.issuer, s.utf8ViewAt(7));
    copy(r.processor, s.utf8ViewAt(8));
    r.status = int(s.int64At(9));
    r.origin = int(s.int64At(10));
    copy(r.manualBy, s.utf8ViewAt(11));
    r.manualAtMsecs = s.int64At(12);
    copy(r.locationId, s.utf8ViewAt(13));
    copy(r.terminalId, s.utf8ViewAt(14));
    copy(r.periodId, s.utf8ViewAt(15));
    copy(r.maskedCardNumber, s.utf8ViewAt(16));
    copy(r.authorisationCode, s.utf8ViewAt(17));
    copy(r.reference, s.utf8ViewAt(18));
    r.version = s.int64At(19);
    if (m_profileId.isEmpty())
        return;
    StoredTransaction::Sent& e = r.sent;
    e.exportNumber = int(s.int64At(20));
    e.version = s.int64At(21);
    e.status = int(s.int64At(22));
    e.origin = int(s.int64At(23));
    copy(e.manualBy, s.utf8ViewAt(24));
    e.manualAtMsecs = s.int64At(25);
    e.amountMinor = s.int64At(26);
    copy(e.currency, s.utf8ViewAt(27));
}

} // namespace comptoir
