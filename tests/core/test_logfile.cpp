// Comptoir's log file: what goes in, and that it never grows without bound.
#include "core/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace comptoir;

namespace {
QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

TEST_CASE("Log file: warnings and errors are written with a UTC time stamp, debug messages are not", "[logfile]")
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    const QString path = installLogFile(logs);
    REQUIRE(path == QDir(logs).filePath(QStringLiteral("comptoir.log")));
    qWarning("the portal answered %d", 503);
    qCritical("two lines\nof one message");
    qInfo("synced");
    qDebug("a debugging detail");
    removeLogFile();
    qWarning("after the log was removed");

    const QString text = readAll(path);
    const QRegularExpression line(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z warning: the portal answered 503$"),
        QRegularExpression::MultilineOption);
    CHECK(line.match(text).hasMatch());
    CHECK(text.contains(QStringLiteral(" error: two lines\n    of one message\n")));
    CHECK(text.contains(QStringLiteral(" info: synced\n")));
    CHECK_FALSE(text.contains(QStringLiteral("debugging detail")));
    CHECK_FALSE(text.contains(QStringLiteral("after the log was removed")));
    // Private to the user.
    CHECK(QFileInfo(path).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Log file: past its limit it moves to comptoir.log.1, so the logs stay under twice the limit", "[logfile]")
{
    QTemporaryDir dir;
    const qint64 limit = 4096;
    const QString path = installLogFile(dir.path(), limit);
    REQUIRE_FALSE(path.isEmpty());
    for (int i = 0; i < 500; ++i)
        qWarning("message number %d with some text to fill the log", i);
    removeLogFile();
    const QString old = path + QStringLiteral(".1");
    REQUIRE(QFileInfo::exists(old));
    CHECK(QFileInfo(path).size() < limit);
    CHECK(QFileInfo(old).size() < limit + 200);
    CHECK(readAll(path).contains(QStringLiteral("message number 499 ")));
    CHECK_FALSE(readAll(old).contains(QStringLiteral("message number 0 "))); // the oldest are gone
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);

    // A new start with a full log rotates it first.
    const QString again = installLogFile(dir.path(), 100);
    removeLogFile();
    CHECK(again == path);
    CHECK(readAll(old).contains(QStringLiteral("message number 499 ")));
}

TEST_CASE("Log file: a folder that cannot be written leaves only standard error, without failing", "[logfile]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CHECK(installLogFile(blocker.fileName() + QStringLiteral("/logs")).isEmpty());
    qWarning("still fine");
    removeLogFile();
}
