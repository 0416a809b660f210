#include "apijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

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
    QJsonValue get(const char* field) const { return o.value(QLatin1String(field)); }

    // Each reading comes twice: by field name, and for a value already taken from the object
    // (transactionFromJson collects all its fields in one pass).
    QString str(const char* field, bool required = true) { return str(field, get(field), required); }
    QString str(const char* field, const QJsonValue& v, bool required = true)
    {
        if (v.isString())
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(QLatin1String(field), "a text is required");
        return {};
    }
    qint64 integer(const char* field) { return integer(field, get(field)); }
    qint64 integer(const char* field, const QJsonValue& v)
    {
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
        const QJsonValue v = get(field);
        if (!v.isBool())
            fail(QLatin1String(field), "true or false is required");
        return v.toBool();
    }
    QDateTime time(const char* field, bool required) { return time(field, get(field), required); }
    QDateTime time(const char* field, const QJsonValue& v, bool required)
    {
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
        return code(field, get(field), parse);
    }
    template <typename E> E code(const char* field, const QJsonValue& v, std::optional<E> (*parse)(const QString&))
    {
        const QString c = str(field, v);
        if (!ok())
            return E{};
        const std::optional<E> e = parse(c);
        if (!e)
            fail(QLatin1String(field), "unknown code");
        return e.value_or(E{});
    }
};

// The members of a transaction in alphabetical order — the order in which QJsonObject keeps
// its keys — and their indexes in TransactionFields.
enum TransactionField {
    AmountMinor, AuthorisationCode, BusinessDay, CreatedAt, CurrencyCode, Id, Issuer, LocationId,
    ManualStatusAt, ManualStatusBy, MaskedCardNumber, Method, PeriodId, Processor, Reference,
    Status, StatusOriginCode, TerminalId, Type, Version, TransactionFieldCount
};
constexpr QLatin1StringView kTransactionFields[TransactionFieldCount] = {
    QLatin1StringView("amount_minor"), QLatin1StringView("authorisation_code"), QLatin1StringView("business_day"),
    QLatin1StringView("created_at"), QLatin1StringView("currency"), QLatin1StringView("id"),
    QLatin1StringView("issuer"), QLatin1StringView("location_id"), QLatin1StringView("manual_status_at"),
    QLatin1StringView("manual_status_by"), QLatin1StringView("masked_card_number"), QLatin1StringView("method"),
    QLatin1StringView("period_id"), QLatin1StringView("processor"), QLatin1StringView("reference"),
    QLatin1StringView("status"), QLatin1StringView("status_origin"), QLatin1StringView("terminal_id"),
    QLatin1StringView("type"), QLatin1StringView("version")};

// All the members of a transaction object that the reader uses, in one pass over the object
// (absent ones stay undefined, unknown ones are skipped). A sync reads a million of them:
// twenty lookups by name cost about twice as much as this walk.
struct TransactionFields {
    QJsonValue v[TransactionFieldCount];
    explicit TransactionFields(const QJsonObject& o)
    {
        std::fill(std::begin(v), std::end(v), QJsonValue(QJsonValue::Undefined));
        int next = 0; // keys arrive sorted: the next key is almost always the next field
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            for (int i = 0; i < TransactionFieldCount; ++i) {
                const int f = (next + i) % TransactionFieldCount;
                if (key == kTransactionFields[f]) {
                    v[f] = it.value();
                    next = f + 1;
                    break;
                }
            }
        }
    }
    const QJsonValue& operator[](TransactionField f) const { return v[f]; }
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

namespace {

// The number written by the n decimal digits at s, or -1 if any of them is not a digit.
int digitsAt(const QChar* s, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// "yyyy-MM-dd", the only form the portal writes, read without QDate::fromString's general
// parser (a sync reads a million of them). Anything else → nullopt: the caller falls back
// to the general parser, so what is accepted and what it means do not change.
std::optional<QDate> isoDateFast(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const int y = digitsAt(s.data(), 4), m = digitsAt(s.data() + 5, 2), d = digitsAt(s.data() + 8, 2);
    if (y < 1 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return QDate(y, m, d);
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ", as timeToJson writes it; nullopt for anything else (the
// caller then uses QDateTime::fromString).
std::optional<QDateTime> isoTimeFast(QStringView s)
{
    if (s.size() != 24 || s[10] != u'T' || s[13] != u':' || s[16] != u':' || s[19] != u'.' || s[23] != u'Z')
        return std::nullopt;
    const std::optional<QDate> date = isoDateFast(s.first(10));
    const int h = digitsAt(s.data() + 11, 2), m = digitsAt(s.data() + 14, 2), sec = digitsAt(s.data() + 17, 2),
              ms = digitsAt(s.data() + 20, 3);
    if (!date || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59 || ms < 0)
        return std::nullopt;
    return QDateTime(*date, QTime(h, m, sec, ms), Qt::UTC);
}

QDate dateFromIso(const QString& s)
{
    if (const std::optional<QDate> d = isoDateFast(s))
        return *d;
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace

std::optional<QDateTime> timeFromJson(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QDateTime();
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (std::optional<QDateTime> fast = isoTimeFast(s))
        return fast;
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
    const TransactionFields f(o);
    const auto name = [](TransactionField k) { return kTransactionFields[k].data(); };
    const auto str = [&](TransactionField k, bool required = true) { return r.str(name(k), f[k], required); };
    const auto time = [&](TransactionField k, bool required) { return r.time(name(k), f[k], required); };
    const auto integer = [&](TransactionField k) { return r.integer(name(k), f[k]); };
    const auto code = [&]<typename E>(TransactionField k, std::optional<E> (*parse)(const QString&)) {
        return r.code<E>(name(k), f[k], parse);
    };
    Transaction t;
    t.id = str(Id);
    t.createdAt = time(CreatedAt, true);
    t.businessDay = dateFromIso(str(BusinessDay));
    if (r.ok() && !t.businessDay.isValid())
        r.fail(QStringLiteral("business_day"), "a date YYYY-MM-DD is required");
    const qint64 amount = integer(AmountMinor);
    const std::optional<Currency> currency = Currency::fromCode(str(CurrencyCode));
    if (r.ok() && !currency)
        r.fail(QStringLiteral("currency"), "unknown currency");
    t.amount = Money(amount, currency.value_or(Currency::eur()));
    t.type = code(Type, typeFromCode);
    t.method = code(Method, methodFromCode);
    t.issuer = str(Issuer, false);
    t.processor = str(Processor, false);
    t.status = code(Status, statusFromCode);
    t.statusOrigin = code(StatusOriginCode, originFromCode);
    t.manualStatusBy = str(ManualStatusBy, false);
    t.manualStatusAt = time(ManualStatusAt, false);
    t.locationId = str(LocationId);
    t.terminalId = str(TerminalId);
    t.periodId = str(PeriodId, false);
    t.maskedCardNumber = str(MaskedCardNumber, false);
    t.authorisationCode = str(AuthorisationCode, false);
    t.reference = str(Reference, false);
    t.version = integer(Version);
    if (r.ok() && t.id.isEmpty())
        r.fail(QStringLiteral("id"), "must not be empty");
    return result(r, std::move(t));
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

namespace {

const char* const kFontCodes[] = { "normal", "small" }; // ReceiptFont 1, 2
const char* const kAlignmentCodes[] = { "left", "center", "right" }; // TextAlignment 1, 2, 3

QJsonArray linesToJson(const QList<ReceiptLine>& lines)
{
    QJsonArray out;
    for (const ReceiptLine& line : lines)
        out.append(QJsonObject { { QStringLiteral("text"), line.text },
            { QStringLiteral("align"), QLatin1String(kAlignmentCodes[static_cast<int>(line.alignment) - 1]) },
            { QStringLiteral("bold"), line.bold }, { QStringLiteral("double_height"), line.doubleHeight } });
    return out;
}

QList<ReceiptLine> linesFromJson(const QJsonValue& v, const QString& where, QString& error)
{
    QList<ReceiptLine> out;
    if (!v.isArray()) {
        error = where + QLatin1String(": a list of lines is required");
        return out;
    }
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject o = item.toObject();
        const QJsonValue text = o.value(QLatin1String("text"));
        const QJsonValue align = o.value(QLatin1String("align"));
        const QJsonValue bold = o.value(QLatin1String("bold"));
        const QJsonValue tall = o.value(QLatin1String("double_height"));
        if (!item.isObject() || !text.isString() || !align.isString() || !bold.isBool() || !tall.isBool()) {
            error = where + QLatin1String(": a line is {text, align, bold, double_height}");
            return {};
        }
        ReceiptLine line;
        line.text = text.toString();
        const auto code = std::find_if(std::begin(kAlignmentCodes), std::end(kAlignmentCodes),
            [&](const char* c) { return align.toString() == QLatin1String(c); });
        if (code == std::end(kAlignmentCodes)) {
            error = where + QLatin1String(": align is left, center or right");
            return {};
        }
        line.alignment = static_cast<TextAlignment>(code - std::begin(kAlignmentCodes) + 1);
        line.bold = bold.toBool();
        line.doubleHeight = tall.toBool();
        out.append(line);
    }
    return out;
}

} // namespace

QString toCode(ReceiptFont f)
{
    return QLatin1String(kFontCodes[static_cast<int>(f) - 1]);
}

std::optional<ReceiptFont> receiptFontFromCode(const QString& code)
{
    for (int i = 0; i < int(std::size(kFontCodes)); ++i)
        if (code == QLatin1String(kFontCodes[i]))
            return static_cast<ReceiptFont>(i + 1);
    return std::nullopt;
}

QJsonObject receiptTextsToJson(const ReceiptLayout& l)
{
    QJsonObject texts;
    for (Language lang : kAllLanguages) {
        const ReceiptTexts& t = l.textsFor(lang);
        texts.insert(toCode(lang),
            QJsonObject { { QStringLiteral("header"), linesToJson(t.header) },
                { QStringLiteral("footer"), linesToJson(t.footer) } });
    }
    return texts;
}

QString receiptTextsFromJson(const QJsonValue& v, ReceiptLayout& l)
{
    if (!v.isObject())
        return QStringLiteral("texts: an object with nl, fr and en is required");
    const QJsonObject texts = v.toObject();
    QString error;
    for (Language lang : kAllLanguages) {
        const QJsonValue one = texts.value(toCode(lang));
        ReceiptTexts& t = l.textsFor(lang);
        if (one.isUndefined()) {
            t = {};
            continue; // a language without texts
        }
        if (!one.isObject())
            return QStringLiteral("texts.%1: an object with header and footer is required").arg(toCode(lang));
        t.header = linesFromJson(
            one.toObject().value(QLatin1String("header")), QStringLiteral("texts.%1.header").arg(toCode(lang)), error);
        if (error.isEmpty())
            t.footer = linesFromJson(one.toObject().value(QLatin1String("footer")),
                QStringLiteral("texts.%1.footer").arg(toCode(lang)), error);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QJsonObject toJsonObject(const ReceiptLayout& l)
{
    return { { QStringLiteral("location_id"), l.locationId },
        { QStringLiteral("paper_width_mm"), static_cast<int>(l.paperWidth) },
        { QStringLiteral("font"), toCode(l.font) },
        { QStringLiteral("print_customer_receipt_by_default"), l.printCustomerReceiptByDefault },
        { QStringLiteral("logo_png"), QString::fromLatin1(l.logoPng.toBase64()) },
        { QStringLiteral("texts"), receiptTextsToJson(l) } };
}

Parsed<ReceiptLayout> receiptLayoutFromJson(const QJsonObject& o)
{
    Reader r{o, {}};
    ReceiptLayout l;
    l.locationId = r.str("location_id");
    const qint64 width = r.integer("paper_width_mm");
    if (r.ok() && width != 58 && width != 80)
        r.fail(QStringLiteral("paper_width_mm"), "58 or 80 is required");
    l.paperWidth = width == 80 ? PaperWidth::Mm80 : PaperWidth::Mm58;
    l.font = r.code<ReceiptFont>("font", receiptFontFromCode);
    l.printCustomerReceiptByDefault = r.boolean("print_customer_receipt_by_default");
    const QJsonValue logo = o.value(QLatin1String("logo_png"));
    if (logo.isString()) {
        const auto decoded
            = QByteArray::fromBase64Encoding(logo.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            l.logoPng = *decoded;
        else
            r.fail(QStringLiteral("logo_png"), "base64 is required");
    } else if (!logo.isUndefined() && !logo.isNull()) {
        r.fail(QStringLiteral("logo_png"), "base64 is required");
    }
    if (r.ok()) {
        const QString error = receiptTextsFromJson(o.value(QLatin1String("texts")), l);
        if (!error.isEmpty())
            r.error = error;
    }
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
