#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <memory>

namespace comptoir {

namespace {

struct Log {
    QMutex mutex;
    std::unique_ptr<QFile> file;
    qint64 maxBytes = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

Log& log()
{
    static Log l;
    return l;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

// Opens <path> for appending; when it is already past the limit, it becomes <path>.1 first.
std::unique_ptr<QFile> openRotated(const QString& path, qint64 maxBytes)
{
    if (QFileInfo(path).size() >= maxBytes) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return nullptr;
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Log& l = log();
    {
        QMutexLocker lock(&l.mutex);
        if (l.file && type != QtDebugMsg) {
            QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
            line += ' ';
            line += levelName(type);
            if (context.category && qstrcmp(context.category, "default") != 0) {
                line += ' ';
                line += context.category;
            }
            line += ": ";
            line += message.toUtf8().replace('\n', "\n    ");
            line += '\n';
            l.file->write(line);
            l.file->flush();
            if (l.file->size() >= l.maxBytes) {
                const QString path = l.file->fileName();
                l.file.reset();
                l.file = openRotated(path, l.maxBytes);
            }
        }
    }
    if (l.previous)
        l.previous(type, context, message);
}

} // namespace

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString installLogFile(const QString& directory, qint64 maxBytes)
{
    Log& l = log();
    QString path;
    {
        QMutexLocker lock(&l.mutex);
        l.file.reset();
        l.maxBytes = std::max<qint64>(maxBytes, 1);
        if (QDir().mkpath(directory)) {
            QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            l.file = openRotated(QDir(directory).filePath(QStringLiteral("comptoir.log")), l.maxBytes);
        }
        if (l.file)
            path = l.file->fileName();
        if (!l.installed) {
            l.previous = qInstallMessageHandler(handler);
            l.installed = true;
        }
    }
    if (path.isEmpty())
        qWarning("Comptoir cannot write its log in %s; messages go to standard error only.", qPrintable(directory));
    return path;
}

void removeLogFile()
{
    Log& l = log();
    QMutexLocker lock(&l.mutex);
    l.file.reset();
}

} // namespace comptoir
