#include "syncengine.h"

#include "outboxpusher.h"

#include "core/apijson.h"
#include "store/accountrepository.h"
#include "store/cachedatabase.h"
#include "store/locationrepository.h"
#include "store/periodrepository.h"
#include "store/receiptlayoutrepository.h"
#include "store/scopedtransaction.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/terminalrepository.h"
#include "store/transactionrepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace comptoir {

namespace {

PortalError badAnswer(const QString& detail)
{
    PortalError e;
    e.kind = PortalError::Kind::BadAnswer;
    e.message = QCoreApplication::translate("SyncEngine", "The portal sent data Comptoir cannot use (%1). Nothing of it was saved.")
                    .arg(detail);
    return e;
}

PortalError localFailure(const QString& message)
{
    PortalError e;
    e.kind = PortalError::Kind::BadAnswer;
    e.message = message;
    return e;
}

} // namespace

SyncEngine::SyncEngine(CacheDatabase& cache, PortalClient& client, Options options, ProgressCallback progress)
    : m_cache(cache), m_client(client), m_options(options), m_progress(std::move(progress))
{
}

bool SyncEngine::report(Result& result)
{
    if (m_progress && !m_progress(m_now)) {
        result.cancelled = true;
        return false;
    }
    return true;
}

PortalClient::Response SyncEngine::getWithRetry(const QString& path, Result& result)
{
    const PortalClient::Response r = withRetry(retryPolicy(), [&] { return m_client.get(path); });
    if (!r.ok())
        result.error = r.error;
    return r;
}

SyncEngine::Result SyncEngine::run()
{
    Result result;
    m_now = {};
    try {
        // Local edits first: what the portal then sends already reflects them.
        m_now.stage = QCoreApplication::translate("SyncEngine", "Sending your changes");
        if (!report(result))
            return result;
        result.outbox = OutboxPusher(m_cache, m_client, retryPolicy()).push();
        if (!result.outbox.ok()) {
            result.error = result.outbox.error;
            return result;
        }
        if (!syncReference(result))
            return result;
        if (!syncFeed(QStringLiteral("transactions"), kTransactionsCursor, result))
            return result;
        if (!syncFeed(QStringLiteral("periods"), kPeriodsCursor, result))
            return result;
        m_cache.setMeta(kLastSynced, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (m_progress)
            m_progress(m_now); // the final counts (stopping is moot now)
    } catch (const StoreError& e) {
        result.error = localFailure(e.message());
        return result;
    }
    result.ok = true;
    result.totals = m_now;
    return result;
}

// Who the user is, what they may see, and the small tables: merchant, locations,
// terminals, users and groups, receipt layouts. Locations the user may no longer see are
// removed from the cache with everything of theirs.
bool SyncEngine::syncReference(Result& result)
{
    m_now.stage = QCoreApplication::translate("SyncEngine", "Locations and terminals");
    if (!report(result))
        return false;
    const auto me = getWithRetry(QStringLiteral("/me"), result);
    if (!me.ok())
        return false;
    const auto merchant = getWithRetry(QStringLiteral("/merchant"), result);
    if (!merchant.ok())
        return false;
    const auto locations = getWithRetry(QStringLiteral("/locations"), result);
    if (!locations.ok())
        return false;
    const auto terminals = getWithRetry(QStringLiteral("/terminals"), result);
    if (!terminals.ok())
        return false;

    const auto parsedMerchant = api::merchantFromJson(merchant.json);
    if (!parsedMerchant.value) {
        result.error = badAnswer(parsedMerchant.error);
        return false;
    }
    QList<Location> visible;
    for (const QJsonValue& v : locations.json.value(QLatin1String("items")).toArray()) {
        auto l = api::locationFromJson(v.toObject());
        if (!l.value) {
            result.error = badAnswer(l.error);
            return false;
        }
        visible.append(*l.value);
    }
    QList<Terminal> visibleTerminals;
    for (const QJsonValue& v : terminals.json.value(QLatin1String("items")).toArray()) {
        auto t = api::terminalFromJson(v.toObject());
        if (!t.value) {
            result.error = badAnswer(t.error);
            return false;
        }
        visibleTerminals.append(*t.value);
    }
    QSet<QString> ids;
    for (const Location& l : visible)
        ids.insert(l.id);

    // Users and groups only for those who may see them.
    const bool mayUsers = [&] {
        for (const QJsonValue& g : me.json.value(QLatin1String("permissions")).toArray())
            if (g.toObject().value(QLatin1String("menu")).toString() == QLatin1String("users"))
                return true;
        return me.json.value(QLatin1String("user")).toObject().value(QLatin1String("administrator")).toBool();
    }();
    QList<User> users;
    QList<Group> groups;
    if (mayUsers) {
        const auto u = getWithRetry(QStringLiteral("/users"), result);
        const auto g = u.ok() ? getWithRetry(QStringLiteral("/groups"), result) : PortalClient::Response{};
        if (!u.ok() || !g.ok())
            return false;
        for (const QJsonValue& v : u.json.value(QLatin1String("items")).toArray())
            if (auto x = api::userFromJson(v.toObject()).value)
                users.append(*x);
        for (const QJsonValue& v : g.json.value(QLatin1String("items")).toArray())
            if (auto x = api::groupFromJson(v.toObject()).value)
                groups.append(*x);
    } else if (auto self = api::userFromJson(me.json.value(QLatin1String("user")).toObject()).value) {
        // Without the users menu the groups themselves are not visible: keep the user, not
        // memberships that would point at groups the cache does not have.
        self->groupIds.clear();
        users.append(*self);
    }
    // Receipt layouts where the user has the receipts menu.
    QList<ReceiptLayout> layouts;
    for (const QJsonValue& g : me.json.value(QLatin1String("permissions")).toArray()) {
        const QJsonObject grant = g.toObject();
        if (grant.value(QLatin1String("menu")).toString() != QLatin1String("receipts"))
            continue;
        for (const QJsonValue& loc : grant.value(QLatin1String("location_ids")).toArray()) {
            const auto r = getWithRetry(QStringLiteral("/receipt-layouts/%1").arg(loc.toString()), result);
            if (!r.ok()) {
                if (r.error.status == 404)
                    continue;
                return false;
            }
            auto layout = api::receiptLayoutFromJson(r.json);
            if (!layout.value) {
                result.error = badAnswer(layout.error);
                return false;
            }
            layout.value->etag = QString::fromLatin1(r.headers.value("etag"));
            layouts.append(*layout.value);
        }
    }

    ScopedTransaction tx(m_cache.db());
    AccountRepository accounts(m_cache);
    accounts.setMerchant(*parsedMerchant.value);
    for (const Group& g : groups)
        accounts.upsertGroup(g);
    for (const User& u : users)
        accounts.upsertUser(u);
    LocationRepository locationRepo(m_cache);
    for (const Location& l : visible)
        locationRepo.upsert(l);
    TerminalRepository terminalRepo(m_cache);
    for (const Terminal& t : visibleTerminals)
        if (ids.contains(t.locationId))
            terminalRepo.upsert(t);
    ReceiptLayoutRepository layoutRepo(m_cache);
    QSet<QString> withLayout;
    for (const ReceiptLayout& l : layouts) {
        layoutRepo.upsert(l);
        withLayout.insert(l.locationId);
    }
    // Layouts the user may no longer see (the receipts grant went) or the portal no longer has.
    for (const ReceiptLayout& cached : layoutRepo.all())
        if (!withLayout.contains(cached.locationId))
            layoutRepo.remove(cached.locationId);

    // Locations no longer visible (the user's groups changed): their rows go.
    bool removed = false;
    for (const Location& cached : locationRepo.all()) {
        if (ids.contains(cached.id))
            continue;
        removed = true;
        for (const char* statement : {"DELETE FROM transactions WHERE location_id = ?", "DELETE FROM periods WHERE location_id = ?",
                                      "DELETE FROM receipt_layouts WHERE location_id = ?",
                                      "DELETE FROM terminals WHERE location_id = ?", "DELETE FROM locations WHERE id = ?"})
            sql::exec(m_cache.db(), QLatin1String(statement), {cached.id});
    }
    if (removed) {
        TransactionRepository(m_cache).rebuildRollup();
        // What the feeds delivered before may have included the removed locations; start
        // them again so nothing is missed if the grants come back.
        m_cache.setMeta(kTransactionsCursor, QString());
        m_cache.setMeta(kPeriodsCursor, QString());
    }
    m_cache.setMeta(kPermissions, QString::fromUtf8(QJsonDocument(me.json).toJson(QJsonDocument::Compact)));
    tx.commit();
    return true;
}

bool SyncEngine::syncFeed(const QString& resource, const QString& cursorKey, Result& result)
{
    const bool transactions = resource == QLatin1String("transactions");
    m_now.stage = transactions ? QCoreApplication::translate("SyncEngine", "Transactions")
                               : QCoreApplication::translate("SyncEngine", "Day closes");
    TransactionRepository txRepo(m_cache);
    PeriodRepository periodRepo(m_cache);
    QString cursor = m_cache.meta(cursorKey);
    std::vector<Transaction> batch;
    const auto pathFor = [&](const QString& after) {
        return QStringLiteral("/%1?limit=%2&cursor=%3").arg(resource).arg(m_options.pageSize).arg(after);
    };
    // Read-ahead: while one page is converted and written to the cache, the next one is
    // fetched (and its JSON parsed) on another thread with a connection of its own, so that
    // the portal, the parser and SQLite work at the same time (docs/performance.md, issue 4).
    // It makes one attempt; when that fails in any way the page is fetched again below with
    // the usual retries, so failures behave exactly as without it.
    struct ReadAhead {
        PortalClient::Response response;
        std::unique_ptr<QThread> thread;
        std::atomic<bool> done{false};
        QObject waker; // lives in this thread: the reader posts to it when done

        void start(const PortalClient& like, const QString& path)
        {
            response = {};
            done = false;
            thread.reset(QThread::create([this, base = like.baseUrl(), token = like.token(), path] {
                {
                    PortalClient client(base);
                    client.setToken(token);
                    response = client.get(path);
                }
                done.store(true, std::memory_order_release);
                QMetaObject::invokeMethod(&waker, [] {}, Qt::QueuedConnection);
            }));
            thread->start();
        }
        // Waits without blocking this thread's events: the portal may be served from this
        // very thread (the tests do that). True when the page arrived.
        bool finish()
        {
            if (!thread)
                return false;
            while (!done.load(std::memory_order_acquire))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            thread->wait();
            thread.reset();
            return response.ok();
        }
        ~ReadAhead() { finish(); }
    } ahead;
    for (;;) {
        if (!report(result))
            return false;
        const auto page = ahead.finish() ? std::move(ahead.response) : getWithRetry(pathFor(cursor), result);
        if (!page.ok()) {
            // A user without the menu has nothing to sync here.
            if (page.error.kind == PortalError::Kind::Forbidden) {
                result.error = {};
                return true;
            }
            return false;
        }
        const QJsonArray items = page.json.value(QLatin1String("items")).toArray();
        const QString next = page.json.value(QLatin1String("next_cursor")).toString();
        if (next.isEmpty() || !page.json.value(QLatin1String("has_more")).isBool()) {
            result.error = badAnswer(QStringLiteral("no cursor"));
            return false;
        }
        if (page.json.value(QLatin1String("has_more")).toBool())
            ahead.start(m_client, pathFor(next));
        ScopedTransaction tx(m_cache.db());
        if (transactions) {
            batch.clear();
            batch.reserve(std::size_t(items.size()));
            for (const QJsonValue& v : items) {
                auto t = api::transactionFromJson(v.toObject());
                if (!t.value) {
                    result.error = badAnswer(t.error);
                    return false; // the page is rolled back; the cursor stays where it was
                }
                batch.push_back(std::move(*t.value));
            }
            txRepo.upsert(batch);
            m_now.transactions += qint64(batch.size());
        } else {
            for (const QJsonValue& v : items) {
                auto p = api::periodFromJson(v.toObject());
                if (!p.value) {
                    result.error = badAnswer(p.error);
                    return false;
                }
                periodRepo.upsert(*p.value);
                ++m_now.periods;
            }
        }
        m_cache.setMeta(cursorKey, next);
        tx.commit();
        cursor = next;
        if (!page.json.value(QLatin1String("has_more")).toBool())
            return true;
    }
}

std::optional<PermissionSet> SyncEngine::cachedPermissions(const CacheDatabase& cache)
{
    const QJsonObject me = QJsonDocument::fromJson(cache.meta(kPermissions).toUtf8()).object();
    if (me.isEmpty())
        return std::nullopt;
    QList<Permission> grants;
    for (const QJsonValue& g : me.value(QLatin1String("permissions")).toArray()) {
        const std::optional<Menu> menu = menuFromCode(g.toObject().value(QLatin1String("menu")).toString());
        if (!menu)
            continue;
        for (const QJsonValue& location : g.toObject().value(QLatin1String("location_ids")).toArray())
            grants.append(Permission{*menu, location.toString()});
    }
    return PermissionSet(me.value(QLatin1String("user")).toObject().value(QLatin1String("administrator")).toBool(), grants);
}

} // namespace comptoir
