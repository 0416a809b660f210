// comptoir-portal: the reference implementation of Portal API v1, with realistic demo
// data. For demos and tests; binds to loopback unless told otherwise.
#include "server/portalhttpserver.h"
#include "server/portalservice.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace comptoir;

namespace {

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "comptoir-portal: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    // Day-close PDFs are drawn with QPainter: a GUI application, without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The reference Comptoir portal (Portal API v1) with demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1:8080; port 0 picks a free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder for the portal's data (default: a temporary folder)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo data seed (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption country(QStringLiteral("country"), QStringLiteral("BE or NL (default BE)."), QStringLiteral("CC"),
                                     QStringLiteral("BE"));
    const QCommandLineOption locations(QStringLiteral("locations"), QStringLiteral("Locations (default 4)."), QStringLiteral("N"),
                                       QStringLiteral("4"));
    const QCommandLineOption terminals(QStringLiteral("terminals"), QStringLiteral("Terminals (default 9)."), QStringLiteral("N"),
                                       QStringLiteral("9"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of history (default 90)."), QStringLiteral("N"),
                                  QStringLiteral("90"));
    const QCommandLineOption perDay(QStringLiteral("tx-per-day"), QStringLiteral("Transactions per day (default 600)."),
                                    QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption live(QStringLiteral("live"), QStringLiteral("Add this many new transactions per minute."),
                                  QStringLiteral("TX_PER_MINUTE"), QStringLiteral("0"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Misbehave for testing clients, e.g. error-rate=0.1,latency-ms=200,drop-rate=0.05."),
                                    QStringLiteral("SPEC"));
    QCommandLineOption now(QStringLiteral("now"), QStringLiteral("Pretend the time is this UTC instant (tests)."),
                           QStringLiteral("ISO8601"));
    now.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({listen, data, seed, country, locations, terminals, days, perDay, live, faults, now});
    parser.process(app);

    const auto number = [&](const QCommandLineOption& o, int min, int max, int* out) {
        bool ok = false;
        *out = parser.value(o).toInt(&ok);
        return ok && *out >= min && *out <= max;
    };
    PortalOptions options;
    int liveRate = 0;
    bool seedOk = false;
    options.demo.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk || !number(locations, 1, 200, &options.demo.locations) || !number(terminals, 1, 2000, &options.demo.terminals) ||
        !number(days, 1, 3660, &options.demo.days) || !number(perDay, 1, 1000000, &options.demo.transactionsPerDay) ||
        !number(live, 0, 600000, &liveRate))
        return fail(QStringLiteral("a number option is out of range; see --help"), 2);
    options.demo.country = parser.value(country).toUpper();
    if (options.demo.country != QLatin1String("BE") && options.demo.country != QLatin1String("NL"))
        return fail(QStringLiteral("--country must be BE or NL"), 2);
    QDateTime start = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        start = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!start.isValid())
            return fail(QStringLiteral("--now must be an ISO 8601 time such as 2026-11-22T10:00:00Z"), 2);
        start = start.toUTC();
        // A fixed clock: the same seed and --now give byte-identical answers.
        options.clock = [start] { return start; };
    }
    options.demo.now = start;
    options.demo.endDate = start.toTimeZone(QTimeZone(options.demo.country == QLatin1String("NL") ? "Europe/Amsterdam"
                                                                                                 : "Europe/Brussels"))
                               .date();
    options.liveTransactionsPerMinute = liveRate;

    FaultInjector injector;
    if (parser.isSet(faults)) {
        QString error;
        const std::optional<FaultInjector> parsed = FaultInjector::parse(parser.value(faults), &error);
        if (!parsed)
            return fail(QStringLiteral("--faults: ") + error, 2);
        injector = *parsed;
    }

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = hostPort.mid(colon + 1).toInt(&portOk);
    const QHostAddress host(hostPort.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || host.isNull())
        return fail(QStringLiteral("--listen must look like 127.0.0.1:8080"), 2);

    std::unique_ptr<QTemporaryDir> temporary;
    options.dataDir = parser.value(data);
    if (options.dataDir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid())
            return fail(QStringLiteral("cannot create a temporary data folder"), 5);
        options.dataDir = temporary->path();
    }

    QString error;
    std::unique_ptr<PortalService> service = PortalService::open(options, &error);
    if (!service)
        return fail(error, 5);
    PortalHttpServer server(*service, injector);
    const quint16 bound = server.listen(host, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(hostPort), 4);

    QTimer liveTimer;
    if (liveRate > 0) {
        liveTimer.setInterval(std::max(1, 60000 / liveRate));
        QObject::connect(&liveTimer, &QTimer::timeout, [&] { service->addLiveTransaction(); });
        liveTimer.start();
    }
    const QString shownHost = host.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                                                                                : host.toString();
    std::fprintf(stdout, "listening on http://%s:%u\n", qPrintable(shownHost), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
