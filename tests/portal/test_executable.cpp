// comptoir-portal as a process: the one ready line, a free port, refused options.
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
QProcess* start(const QStringList& args)
{
    auto* p = new QProcess;
    p->setProgram(QStringLiteral(COMPTOIR_PORTAL));
    p->setArguments(args);
    p->start();
    REQUIRE(p->waitForStarted());
    return p;
}
} // namespace

TEST_CASE("comptoir-portal: prints exactly one ready line and serves on a free loopback port", "[portal]")
{
    std::unique_ptr<QProcess> p(start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--days"),
                                       QStringLiteral("3"), QStringLiteral("--tx-per-day"), QStringLiteral("50")}));
    REQUIRE(p->waitForReadyRead(60000));
    QByteArray out = p->readAllStandardOutput();
    while (!out.contains('\n') && p->waitForReadyRead(10000))
        out += p->readAllStandardOutput();
    const QRegularExpression ready(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
    const auto m = ready.match(QString::fromLatin1(out));
    INFO(out.toStdString());
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() > 0);
    p->terminate();
    REQUIRE(p->waitForFinished(10000));
    CHECK(p->readAllStandardOutput().isEmpty()); // nothing more on stdout
}

TEST_CASE("comptoir-portal: bad options are refused with exit code 2", "[portal]")
{
    const QStringList bad[] = {{QStringLiteral("--listen"), QStringLiteral("nowhere")},
                               {QStringLiteral("--faults"), QStringLiteral("error-rate=2")},
                               {QStringLiteral("--faults"), QStringLiteral("explode=1")},
                               {QStringLiteral("--days"), QStringLiteral("0")},
                               {QStringLiteral("--country"), QStringLiteral("FR")}};
    for (const QStringList& args : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        std::unique_ptr<QProcess> p(start(args));
        REQUIRE(p->waitForFinished(30000));
        CHECK(p->exitCode() == 2);
        CHECK(p->readAllStandardError().contains("comptoir-portal: "));
    }
}
