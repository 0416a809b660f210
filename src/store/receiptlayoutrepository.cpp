#include "receiptlayoutrepository.h"

#include "core/apijson.h"
#include "sql.h"

#include <QJsonDocument>

namespace comptoir {

namespace {
const QString kLayoutColumns
    = QStringLiteral("location_id, paper_width_mm, font, print_customer, logo_png, texts_json, etag");

ReceiptLayout toLayout(const QSqlQuery& q)
{
    ReceiptLayout l;
    l.locationId = q.value(0).toString();
    l.paperWidth = q.value(1).toInt() == 80 ? PaperWidth::Mm80 : PaperWidth::Mm58;
    l.font = q.value(2).toInt() == static_cast<int>(ReceiptFont::Small) ? ReceiptFont::Small : ReceiptFont::Normal;
    l.printCustomerReceiptByDefault = q.value(3).toInt() != 0;
    l.logoPng = q.value(4).toByteArray();
    // Written by upsert from the same codec; a damaged value reads as no texts.
    api::receiptTextsFromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(), l);
    l.etag = q.value(6).toString();
    return l;
}
} // namespace

void ReceiptLayoutRepository::upsert(const ReceiptLayout& l)
{
    const QString texts = QString::fromUtf8(QJsonDocument(api::receiptTextsToJson(l)).toJson(QJsonDocument::Compact));
    sql::exec(m_cache.db(),
        QStringLiteral("INSERT INTO receipt_layouts (") + kLayoutColumns
            + QStringLiteral(") VALUES (?,?,?,?,?,?,?) ON CONFLICT (location_id) DO UPDATE SET "
                             "paper_width_mm = excluded.paper_width_mm, font = excluded.font, "
                             "print_customer = excluded.print_customer, logo_png = excluded.logo_png, "
                             "texts_json = excluded.texts_json, etag = excluded.etag"),
        { l.locationId, static_cast<int>(l.paperWidth), static_cast<int>(l.font),
            l.printCustomerReceiptByDefault ? 1 : 0, l.logoPng, texts, l.etag });
}

void ReceiptLayoutRepository::remove(const QString& locationId)
{
    sql::exec(m_cache.db(), QStringLiteral("DELETE FROM receipt_layouts WHERE location_id = ?"), { locationId });
}

std::optional<ReceiptLayout> ReceiptLayoutRepository::get(const QString& locationId) const
{
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kLayoutColumns + QStringLiteral(" FROM receipt_layouts WHERE location_id = ?"),
        { locationId });
    if (!q.next())
        return std::nullopt;
    return toLayout(q);
}

QList<ReceiptLayout> ReceiptLayoutRepository::all() const
{
    QSqlQuery q = sql::exec(m_cache.db(),
        QStringLiteral("SELECT ") + kLayoutColumns + QStringLiteral(" FROM receipt_layouts ORDER BY location_id"));
    QList<ReceiptLayout> out;
    while (q.next())
        out.append(toLayout(q));
    return out;
}

} // namespace comptoir
