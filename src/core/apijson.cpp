#include "apijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace comptoir::api {

namespace {

// --- writing -------------------------------------------------------------------------

void appendEscaped(QByteArray& out, const QString& s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

struct Writer {
    QByteArray out;
    bool first = true;
    void key(const char* k)
    {
        out += first ? "{\"" : ",\"";
        first = false;
        out += k;
        out += "\":";
    }
    void str(const char* k, const QString& v)
    {
        key(k);
        appendEscaped(out, v);
    }
    void num(const char* k, qint64 v)
    {
        key(k);
        out += QByteArray::number(v);
    }
    void time(const char* k, const QDateTime& t)
    {
        key(k);
        if (t.isValid())
            appendEscaped(out, timeToJson(t));
        else
            out += "null";
    }
    QByteArray finish()
    {
        out += first ? "{}" : "}";
        return out;
    }
};

// --- reading -------------------------------------------------------------------------

struct Reader {
    const QJsonObject& o;
    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString& field, const char* what)
    {
        if (error.isEmpty())
            error = field + QLatin1String(": ") + QLatin1String(what);
    }
    QString str(const char* field, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isString())
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(QLatin1String(field), "a text is required");
        return {};
    }
    qint64 integer(const char* field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        const qint64 a = v.toInteger(0);
        const qint64 b = v.toInteger(1);
        if (!v.isDouble() || a != b) {
            fail(QLatin1String(field), "a whole number is required");
            return 0;
        }
        return a;
    }
    bool boolean(const char* field)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isBool())
            fail(QLatin1String(field), "true or false is required");
        return v.toBool();
    }
    QDateTime time(const char* field, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(field));
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        const std::optional<QDateTime> t = timeFromJson(v);
        if (!t || !t->isValid()) {
            fail(QLatin1String(field), "an ISO 8601 UTC time is required");
            return {};
        }
        return *t;
    }
    template <typename E> E code(const char* field, std::optional<E> (*parse)(const QString&))
    {
        const QString c = str(field);
        if (!ok())
            return E{};
        const std::optional<E> e = parse(c);
        if (!e)
            fail(QLatin1String(field), "unknown code");
        return e.value_or(E{});
    }
};

template <typename T> Parsed<T> result(const Reader& r, T value)
{
    Parsed<T> p;
    if (r.ok())
        p.value = std::move(value);
    else
        p.error = r.error;
    return p;
}

} // namespace

QString timeToJson(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> timeFromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QDateTime();
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    // UTC only: a trailing Z, or an explicit +00:00.
    if (!s.endsWith(QLatin1Char('Z')) && !s.endsWith(QLatin1String("+00:00")))
        return std::nullopt;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QByteArray toJson(const Transaction& t)
{
    Writer w;
    w.out.reserve(420);
    w.str("id", t.id);
    w.time("created_at", t.createdAt);
    w.str("business_day", t.businessDay.toString(Qt::ISODate));
    w.num("amount_minor", t.amount.minor());
    w.str("currency", t.amount.currency().code());
    w.str("type", toCode(t.type));
    w.str("method", toCode(t.method));
    w.str("issuer", t.issuer);
    w.str("processor", t.processor);
    w.str("status", toCode(t.status));
    w.str("status_origin", toCode(t.statusOrigin));
    w.key("manual_status_by");
    if (t.manualStatusBy.isEmpty())
        w.out += "null";
    else
        appendEscaped(w.out, t.manualStatusBy);
    w.time("manual_status_at", t.manualStatusAt);
    w.str("location_id", t.locationId);
    w.str("terminal_id", t.terminalId);
    w.str("period_id", t.periodId);
    w.str("masked_card_number", t.maskedCardNumber);
    w.str("authorisation_code", t.authorisationCode);
    w.str("reference", t.reference);
    w.num("version", t.version);
    return w.finish();
}

Parsed<Transaction> transactionFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Transaction t;
    t.id = r.str("id");
    t.createdAt = r.time("created_at", true);
    t.businessDay = QDate::fromString(r.str("business_day"), Qt::ISODate);
    if (r.ok() && !t.businessDay.isValid())
        r.fail(QStringLiteral("business_day"), "a date YYYY-MM-DD is required");
    const qint64 amount = r.integer("amount_minor");
    const std::optional<Currency> currency = Currency::fromCode(r.str("currency"));
    if (r.ok() && !currency)
        r.fail(QStringLiteral("currency"), "unknown currency");
    t.amount = Money(amount, currency.value_or(Currency::eur()));
    t.type = r.code<TransactionType>("type", typeFromCode);
    t.method = r.code<PaymentMethod>("method", methodFromCode);
    t.issuer = r.str("issuer", false);
    t.processor = r.str("processor", false);
    t.status = r.code<TransactionStatus>("status", statusFromCode);
    t.statusOrigin = r.code<StatusOrigin>("status_origin", originFromCode);
    t.manualStatusBy = r.str("manual_status_by", false);
    t.manualStatusAt = r.time("manual_status_at", false);
    t.locationId = r.str("location_id");
    t.terminalId = r.str("terminal_id");
    t.periodId = r.str("period_id", false);
    t.maskedCardNumber = r.str("masked_card_number", false);
    t.authorisationCode = r.str("authorisation_code", false);
    t.reference = r.str("reference", false);
    t.version = r.integer("version");
    if (r.ok() && t.id.isEmpty())
        r.fail(QStringLiteral("id"), "must not be empty");
    return result(r, t);
}

QJsonObject toJsonObject(const Location& l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("street"), l.street},
            {QStringLiteral("postal_code"), l.postalCode},
            {QStringLiteral("city"), l.city},
            {QStringLiteral("country"), l.country},
            {QStringLiteral("time_zone"), l.timeZone},
            {QStringLiteral("version"), l.version}};
}

Parsed<Location> locationFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Location l{r.str("id"), r.str("name"), r.str("street", false), r.str("postal_code", false), r.str("city", false),
               r.str("country", false), r.str("time_zone"), r.integer("version")};
    if (r.ok() && !QTimeZone(l.timeZone.toUtf8()).isValid())
        r.fail(QStringLiteral("time_zone"), "unknown time zone");
    return result(r, l);
}

QJsonObject toJsonObject(const Terminal& t)
{
    QJsonObject apps;
    for (auto it = t.appVersions.begin(); it != t.appVersions.end(); ++it)
        apps.insert(it.key(), it.value());
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("model"), t.model},
            {QStringLiteral("serial"), t.serial},
            {QStringLiteral("location_id"), t.locationId},
            {QStringLiteral("active"), t.active},
            {QStringLiteral("deactivated_at"), t.deactivatedAt.isValid() ? QJsonValue(timeToJson(t.deactivatedAt))
                                                                        : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("app_versions"), apps},
            {QStringLiteral("last_seen"),
             t.lastSeen.isValid() ? QJsonValue(timeToJson(t.lastSeen)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("version"), t.version}};
}

Parsed<Terminal> terminalFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Terminal t;
    t.id = r.str("id");
    t.name = r.str("name");
    t.model = r.str("model", false);
    t.serial = r.str("serial", false);
    t.locationId = r.str("location_id");
    t.active = r.boolean("active");
    t.deactivatedAt = r.time("deactivated_at", false);
    const QJsonObject apps = o.value(QLatin1String("app_versions")).toObject();
    for (auto it = apps.begin(); it != apps.end(); ++it)
        t.appVersions.insert(it.key(), it.value().toString());
    t.lastSeen = r.time("last_seen", false);
    t.version = r.integer("version");
    return result(r, t);
}

QJsonObject toJsonObject(const Period& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("terminal_id"), p.terminalId},
            {QStringLiteral("location_id"), p.locationId},
            {QStringLiteral("sequence"), p.sequence},
            {QStringLiteral("opened_at"), timeToJson(p.openedAt)},
            {QStringLiteral("closed_at"),
             p.closedAt.isValid() ? QJsonValue(timeToJson(p.closedAt)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("transaction_count"), p.transactionCount},
            {QStringLiteral("total_minor"), qint64(p.total.minor())},
            {QStringLiteral("currency"), p.total.currency().code()},
            {QStringLiteral("has_report"), p.hasReportPdf},
            {QStringLiteral("version"), p.version}};
}

Parsed<Period> periodFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Period p;
    p.id = r.str("id");
    p.terminalId = r.str("terminal_id");
    p.locationId = r.str("location_id");
    p.sequence = int(r.integer("sequence"));
    p.openedAt = r.time("opened_at", true);
    p.closedAt = r.time("closed_at", false);
    p.transactionCount = int(r.integer("transaction_count"));
    const qint64 total = r.integer("total_minor");
    const std::optional<Currency> currency = Currency::fromCode(r.str("currency"));
    if (r.ok() && !currency)
        r.fail(QStringLiteral("currency"), "unknown currency");
    p.total = Money(total, currency.value_or(Currency::eur()));
    p.hasReportPdf = r.boolean("has_report");
    p.version = r.integer("version");
    return result(r, p);
}

QJsonObject toJsonObject(const ReceiptLayout& l)
{
    return {{QStringLiteral("location_id"), l.locationId},
            {QStringLiteral("language"), toCode(l.language)},
            {QStringLiteral("logo_png"), QString::fromLatin1(l.logoPng.toBase64())},
            {QStringLiteral("header_lines"), QJsonArray::fromStringList(l.headerLines)},
            {QStringLiteral("footer_lines"), QJsonArray::fromStringList(l.footerLines)},
            {QStringLiteral("print_customer_receipt_by_default"), l.printCustomerReceiptByDefault}};
}

Parsed<ReceiptLayout> receiptLayoutFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    ReceiptLayout l;
    l.locationId = r.str("location_id", false);
    l.language = r.code<Language>("language", languageFromCode);
    const QString logo = r.str("logo_png", false);
    l.logoPng = QByteArray::fromBase64(logo.toLatin1());
    for (const char* field : {"header_lines", "footer_lines"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isArray()) {
            r.fail(QLatin1String(field), "a list of texts is required");
            continue;
        }
        QStringList lines;
        for (const QJsonValue& line : v.toArray()) {
            if (!line.isString())
                r.fail(QLatin1String(field), "a list of texts is required");
            lines.append(line.toString());
        }
        (qstrcmp(field, "header_lines") == 0 ? l.headerLines : l.footerLines) = lines;
    }
    l.printCustomerReceiptByDefault = r.boolean("print_customer_receipt_by_default");
    return result(r, l);
}

QJsonObject toJsonObject(const User& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("administrator"), u.administrator},
            {QStringLiteral("two_factor"), u.twoFactor},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("group_ids"), QJsonArray::fromStringList(u.groupIds)}};
}

Parsed<User> userFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    User u;
    u.id = r.str("id");
    u.email = r.str("email");
    u.name = r.str("name", false);
    u.administrator = r.boolean("administrator");
    u.twoFactor = r.boolean("two_factor");
    u.active = r.boolean("active");
    for (const QJsonValue& g : o.value(QLatin1String("group_ids")).toArray())
        u.groupIds.append(g.toString());
    return result(r, u);
}

QJsonObject toJsonObject(const Group& g)
{
    QJsonArray permissions;
    for (const Permission& p : g.permissions)
        permissions.append(QJsonObject{
            {QStringLiteral("menu"), toCode(p.menu)},
            {QStringLiteral("location_id"), p.locationId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.locationId)}});
    return {{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}, {QStringLiteral("permissions"), permissions}};
}

Parsed<Group> groupFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Group g;
    g.id = r.str("id");
    g.name = r.str("name", false);
    for (const QJsonValue& v : o.value(QLatin1String("permissions")).toArray()) {
        const QJsonObject p = v.toObject();
        Reader pr{p, {}};
        const Menu menu = pr.code<Menu>("menu", menuFromCode);
        const QString location = pr.str("location_id", false);
        if (!pr.ok())
            r.fail(QStringLiteral("permissions"), "invalid permission");
        else
            g.permissions.append(Permission{menu, location});
    }
    return result(r, g);
}

QJsonObject toJsonObject(const Merchant& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("country"), m.country},
            {QStringLiteral("vat_number"), m.vatNumber}};
}

Parsed<Merchant> merchantFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    Merchant m{r.str("id"), r.str("name"), r.str("country", false), r.str("vat_number", false)};
    return result(r, m);
}

} // namespace comptoir::api
