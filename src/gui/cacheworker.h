#pragma once

#include "store/cachedatabase.h"
#include "store/storeerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>

namespace comptoir {

// Runs `read` on a worker thread with a read-only connection of its own to the cache's file
// (a Qt Sql connection belongs to the thread that opened it) and hands the result to `done`
// on `context`'s thread, with the shop owner's message when the cache could not be opened
// or read. For reads too long for the GUI thread: a search's totals, a sorted page.
template <typename Result>
void readOnWorker(QObject* context, const CacheDatabase& cache, std::function<Result(CacheDatabase&)> read,
                  std::function<void(Result result, const QString& error)> done)
{
    struct Answer {
        Result result{};
        QString error;
    };
    CacheDatabase::Options options;
    options.identity = cache.identity();
    options.readOnly = true;
    auto* watcher = new QFutureWatcher<Answer>(context);
    QObject::connect(watcher, &QFutureWatcher<Answer>::finished, context, [watcher, done] {
        watcher->deleteLater();
        Answer answer = watcher->result();
        done(std::move(answer.result), answer.error);
    });
    watcher->setFuture(QtConcurrent::run([path = cache.path(), options, read] {
        Answer answer;
        CacheDatabase::OpenResult opened = CacheDatabase::open(path, options);
        if (!opened) {
            answer.error = opened.message;
            return answer;
        }
        try {
            answer.result = read(*opened.database);
        } catch (const StoreError& e) {
            answer.error = e.message();
        }
        return answer;
    }));
}

// Whether a second connection can be opened on this cache (not one held in memory).
inline bool canReadOnWorker(const CacheDatabase& cache)
{
    const QString path = cache.path();
    return !path.isEmpty() && path != QLatin1String(":memory:");
}

} // namespace comptoir
