#include "periodrepository.h"

#include "scopedtransaction.h"
#include "sql.h"

namespace comptoir {

namespace {
const QString kPeriodColumns = QStringLiteral(
    "id, terminal_id, location_id, sequence, opened_at, closed_at, tx_count, total_minor, currency, has_pdf, version");

Period toPeriod(const QSqlQuery& q)
{
    Period p;
    p.id = q.value(0).toString();
    p.terminalId = q.value(1).toString();
    p.locationId = q.value(2).toString();
    p.sequence = q.value(3).toInt();
    p.openedAt = sql::toTime(q.value(4));
    p.closedAt = sql::toTime(q.value(5));
    p.transactionCount = q.value(6).toInt();
    p.total = Money(q.value(7).toLongLong(), Currency::fromCode(q.value(8).toString()).value_or(Currency::eur()));
    p.hasReportPdf = q.value(9).toInt() != 0;
    p.version = q.value(10).toLongLong();
    return p;
}

const QString kLayoutColumns =
    QStringLiteral("location_id, language, logo_png, header_lines, footer_lines, print_customer, etag");

ReceiptLayout toLayout(const QSqlQuery& q)
{
    ReceiptLayout l;
    l.locationId = q.value(0).toString();
    l.language = enumFromInt<Language>(q.value(1).toInt()).value_or(Language::Nl);
    l.logoPng = q.value(2).toByteArray();
    l.headerLines = sql::toList(q.value(3).toString());
    l.footerLines = sql::toList(q.value(4).toString());
    l.printCustomerReceiptByDefault = q.value(5).toInt() != 0;
    l.etag = q.value(6).toString();
    return l;
}
} // namespace

void PeriodRepository::upsert(const Period& p)
{
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO periods (") + kPeriodColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                                 "terminal_id = excluded.terminal_id, location_id = excluded.location_id, "
                                 "sequence = excluded.sequence, opened_at = excluded.opened_at, "
                                 "closed_at = excluded.closed_at, tx_count = excluded.tx_count, "
                                 "total_minor = excluded.total_minor, currency = excluded.currency, "
                                 "has_pdf = excluded.has_pdf, version = excluded.version"),
              {p.id, p.terminalId, p.locationId, p.sequence, sql::fromTime(p.openedAt), sql::fromTime(p.closedAt),
               p.transactionCount, qint64(p.total.minor()), p.total.currency().code(), p.hasReportPdf ? 1 : 0, p.version});
}

std::optional<Period> PeriodRepository::get(const QString& id) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT ") + kPeriodColumns +
                                              QStringLiteral(" FROM periods WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return toPeriod(q);
}

QList<Period> PeriodRepository::list(const QString& locationId, const QString& terminalId, int limit) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
                            QStringLiteral("SELECT ") + kPeriodColumns +
                                QStringLiteral(" FROM periods WHERE (? = '' OR location_id = ?) AND (? = '' OR terminal_id = ?) "
                                               "ORDER BY opened_at DESC, id DESC LIMIT ?"),
                            {locationId, locationId, terminalId, terminalId, limit});
    QList<Period> out;
    while (q.next())
        out.append(toPeriod(q));
    return out;
}

void PeriodRepository::storePdf(const QString& periodId, const QByteArray& pdf)
{
    sql::exec(m_cache.db(), QStringLiteral("UPDATE periods SET pdf = ?, has_pdf = 1 WHERE id = ?"), {pdf, periodId});
}

std::optional<QByteArray> PeriodRepository::pdf(const QString& periodId) const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT pdf FROM periods WHERE id = ?"), {periodId});
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toByteArray();
}

void ReceiptLayoutRepository::upsert(const ReceiptLayout& l)
{
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO receipt_layouts (") + kLayoutColumns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?) ON CONFLICT (location_id, language) DO UPDATE SET "
                                 "logo_png = excluded.logo_png, header_lines = excluded.header_lines, "
                                 "footer_lines = excluded.footer_lines, print_customer = excluded.print_customer, "
                                 "etag = excluded.etag"),
              {l.locationId, static_cast<int>(l.language), l.logoPng, sql::fromList(l.headerLines),
               sql::fromList(l.footerLines), l.printCustomerReceiptByDefault ? 1 : 0, l.etag});
}

std::optional<ReceiptLayout> ReceiptLayoutRepository::get(const QString& locationId, Language language) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
                            QStringLiteral("SELECT ") + kLayoutColumns +
                                QStringLiteral(" FROM receipt_layouts WHERE location_id = ? AND language = ?"),
                            {locationId, static_cast<int>(language)});
    if (!q.next())
        return std::nullopt;
    return toLayout(q);
}

QList<ReceiptLayout> ReceiptLayoutRepository::forLocation(const QString& locationId) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
                            QStringLiteral("SELECT ") + kLayoutColumns +
                                QStringLiteral(" FROM receipt_layouts WHERE location_id = ? ORDER BY language"),
                            {locationId});
    QList<ReceiptLayout> out;
    while (q.next())
        out.append(toLayout(q));
    return out;
}

void AccountRepository::setMerchant(const Merchant& m)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM merchant"));
    sql::exec(m_cache.db(), QStringLiteral("INSERT INTO merchant (id, name, country, vat_number) VALUES (?,?,?,?)"),
              {m.id, m.name, m.country, m.vatNumber});
    tx.commit();
}

std::optional<Merchant> AccountRepository::merchant() const
{
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT id, name, country, vat_number FROM merchant"));
    if (!q.next())
        return std::nullopt;
    return Merchant{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

void AccountRepository::upsertGroup(const Group& g)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO groups (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
              {g.id, g.name});
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM group_permissions WHERE group_id = ?"), {g.id});
    for (const Permission& p : g.permissions)
        sql::exec(m_cache.db(),
                  QStringLiteral("INSERT INTO group_permissions (group_id, menu, location_id) VALUES (?,?,?) "
                                 "ON CONFLICT DO NOTHING"),
                  {g.id, static_cast<int>(p.menu), p.locationId});
    tx.commit();
}

void AccountRepository::upsertUser(const User& u)
{
    ScopedTransaction tx(m_cache.db());
    sql::exec(m_cache.db(),
              QStringLiteral("INSERT INTO users (id, email, name, administrator, two_factor, active) VALUES (?,?,?,?,?,?) "
                             "ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, "
                             "administrator = excluded.administrator, two_factor = excluded.two_factor, "
                             "active = excluded.active"),
              {u.id, u.email, u.name, u.administrator ? 1 : 0, u.twoFactor ? 1 : 0, u.active ? 1 : 0});
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM user_groups WHERE user_id = ?"), {u.id});
    for (const QString& g : u.groupIds)
        sql::exec(m_cache.db(), QStringLiteral("INSERT INTO user_groups (user_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                  {u.id, g});
    tx.commit();
}

QList<Group> AccountRepository::groups() const
{
    QList<Group> out;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT id, name FROM groups ORDER BY name, id"));
    while (q.next())
        out.append(Group{q.value(0).toString(), q.value(1).toString(), {}});
    for (Group& g : out) {
        QSqlQuery p = sql::exec(m_cache.db(),
                                QStringLiteral("SELECT menu, location_id FROM group_permissions WHERE group_id = ? "
                                               "ORDER BY menu, location_id"),
                                {g.id});
        while (p.next())
            if (auto menu = enumFromInt<Menu>(p.value(0).toInt()))
                g.permissions.append(Permission{*menu, p.value(1).toString()});
    }
    return out;
}

QList<User> AccountRepository::users() const
{
    QList<User> out;
    QSqlQuery q = sql::exec(m_cache.db(), QStringLiteral("SELECT id, email, name, administrator, two_factor, active "
                                                         "FROM users ORDER BY name, id"));
    while (q.next())
        out.append(User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                        q.value(4).toInt() != 0, q.value(5).toInt() != 0, {}});
    for (User& u : out) {
        QSqlQuery g = sql::exec(m_cache.db(), QStringLiteral("SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id"),
                                {u.id});
        while (g.next())
            u.groupIds.append(g.value(0).toString());
    }
    return out;
}

std::optional<User> AccountRepository::userByEmail(const QString& email) const
{
    for (const User& u : users())
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u;
    return std::nullopt;
}

} // namespace comptoir
