#include "portalfixture.h"

#include "server/demogenerator.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <catch2/catch.hpp>

namespace comptoir::test {

PortalFixture::PortalFixture(const QString& faults, int days, int perDay, quint64 seed)
{
    REQUIRE(m_dir.isValid());
    clock = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    PortalOptions o;
    o.dataDir = m_dir.path();
    o.demo.seed = seed;
    o.demo.days = days;
    o.demo.transactionsPerDay = perDay;
    o.demo.locations = 3;
    o.demo.terminals = 6;
    o.demo.endDate = clock.date();
    o.demo.now = clock;
    o.clock = [this] { return clock; };
    m_options = o.demo;
    QString error;
    m_service = PortalService::open(o, &error);
    INFO(error.toStdString());
    REQUIRE(m_service);
    QString faultError;
    const std::optional<FaultInjector> injector = FaultInjector::parse(faults, &faultError);
    REQUIRE(injector);
    m_server = std::make_unique<PortalHttpServer>(*m_service, *injector);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    m_base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port);
}

PortalFixture::~PortalFixture() = default;

PortalFixture::Reply PortalFixture::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                            const QByteArray& token, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest r(QUrl(m_base + path));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    for (const auto& [k, v] : headers)
        r.setRawHeader(k, v);
    QNetworkReply* reply = m_net.sendCustomRequest(r, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.cut = reply->error() == QNetworkReply::RemoteHostClosedError ||
              reply->error() == QNetworkReply::ProtocolFailure || reply->error() == QNetworkReply::UnknownNetworkError;
    for (const auto& [k, v] : reply->rawHeaderPairs())
        out.headers.insert(k.toLower(), v);
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

QString PortalFixture::emailOf(const char* role)
{
    // The demo generator's fixed roles, by user id.
    const QString r = QLatin1String(role);
    const QString id = r == QLatin1String("admin")        ? QStringLiteral("usr-0001")
                       : r == QLatin1String("partner")    ? QStringLiteral("usr-0002")
                       : r == QLatin1String("bookkeeper") ? QStringLiteral("usr-0003")
                                                          : QStringLiteral("usr-0004");
    const DemoGenerator generator(m_options);
    for (const User& u : generator.users())
        if (u.id == id)
            return u.email;
    FAIL("no demo user for role " << role);
    return {};
}

QByteArray PortalFixture::signIn(const QString& email, const QString& totp)
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}};
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    const Reply r = request("POST", QStringLiteral("/session"), QJsonDocument(body).toJson());
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    return r.json.value(QLatin1String("token")).toString().toLatin1();
}

} // namespace comptoir::test
