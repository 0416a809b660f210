// Reference portal benchmark (issue 3): serve 1,000,000 transactions through the feed to a
// client on loopback. Target on the 2-core reference machine: >= 150,000 items/s.
// The portal runs in its own thread (as comptoir-portal would in its own process); the
// client follows next_cursor with pages of 5,000 and parses every page.
#include "server/demogenerator.h"
#include "server/portalhttpserver.h"
#include "server/portalservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdio>

using namespace comptoir;

namespace {

constexpr int kTransactions = 1'000'000;

class PortalThread : public QThread {
public:
    explicit PortalThread(QString dir) : m_dir(std::move(dir)) {}
    std::atomic<quint16> port{0};
    double seedSeconds = 0;

protected:
    void run() override
    {
        PortalOptions o;
        o.dataDir = m_dir;
        o.demo.seed = 42;
        o.demo.locations = 10;
        o.demo.terminals = 24;
        o.demo.days = 365;
        o.demo.transactionsPerDay = kTransactions / 365 + 1;
        o.demo.endDate = QDate(2026, 10, 31);
        QString error;
        QElapsedTimer t;
        t.start();
        auto service = PortalService::open(o, &error);
        if (!service)
            qFatal("%s", qPrintable(error));
        seedSeconds = double(t.elapsed()) / 1000.0;
        PortalHttpServer server(*service, FaultInjector());
        port = server.listen(QHostAddress::LocalHost, 0);
        exec();
    }

private:
    QString m_dir;
};

QByteArray fetch(QNetworkAccessManager& net, const QUrl& url, const QByteArray& token, const QByteArray& body = {})
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = body.isEmpty() ? net.get(r) : net.post(r, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

void BM_FeedMillion(benchmark::State& state)
{
    QTemporaryDir dir;
    PortalThread portal(dir.path());
    portal.start();
    while (portal.port == 0)
        QThread::msleep(20);
    state.counters["seed_s"] = portal.seedSeconds;
    const QString base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(portal.port.load());
    QNetworkAccessManager net;
    // The administrator's address comes from the generator; sign in as them.
    DemoOptions o;
    o.seed = 42;
    o.locations = 10;
    o.terminals = 24;
    o.days = 365;
    o.transactionsPerDay = kTransactions / 365 + 1;
    o.endDate = QDate(2026, 10, 31);
    const DemoGenerator generator(o);
    const QByteArray session = fetch(net, QUrl(base + QStringLiteral("/session")), {},
                                     QJsonDocument(QJsonObject{{QStringLiteral("email"), generator.users().first().email},
                                                               {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}})
                                         .toJson());
    const QByteArray token = QJsonDocument::fromJson(session).object().value(QLatin1String("token")).toString().toLatin1();
    if (token.isEmpty())
        state.SkipWithError("sign-in failed");
    qint64 items = 0, bytes = 0;
    for (auto _ : state) {
        items = 0;
        bytes = 0;
        QString cursor;
        for (;;) {
            const QByteArray page = fetch(net, QUrl(base + QStringLiteral("/transactions?limit=5000&cursor=") + cursor), token);
            bytes += page.size();
            const QJsonObject o = QJsonDocument::fromJson(page).object();
            items += o.value(QLatin1String("items")).toArray().size();
            cursor = o.value(QLatin1String("next_cursor")).toString();
            if (!o.value(QLatin1String("has_more")).toBool())
                break;
        }
    }
    state.counters["items"] = double(items);
    state.counters["items_per_s"] = benchmark::Counter(double(items) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["MB_per_s"] = benchmark::Counter(double(bytes) / 1e6 * double(state.iterations()), benchmark::Counter::kIsRate);
    portal.quit();
    portal.wait();
}
BENCHMARK(BM_FeedMillion)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
