#include "receiptlayoutrepository.h"

#include "sql.h"

namespace comptoir {

namespace {
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

} // namespace comptoir
