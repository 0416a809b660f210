#pragma once

#include <QString>
#include <QtGlobal>

namespace comptoir {

// Comptoir's log: Qt's info, warning and error messages (ours and Qt's own) appended to
// <directory>/comptoir.log with a UTC time stamp, for support when the app was started
// from the desktop menu and nobody saw its standard error. Messages still go to standard
// error as before. When the file passes `maxBytes` it becomes comptoir.log.1 (replacing
// the older one) and a new file begins, so the logs never take more than twice that.
// Credentials are never logged: no code passes them to qWarning and friends.

// <QStandardPaths::AppLocalDataLocation>/logs.
QString defaultLogDirectory();

// Starts logging into `directory` (created, private to the user, when missing); returns
// the log file's path, or an empty string when it cannot be written (then only standard
// error gets the messages). Calling it again moves the log elsewhere.
QString installLogFile(const QString& directory, qint64 maxBytes = 1024 * 1024);

// Stops logging to the file (standard error only again).
void removeLogFile();

} // namespace comptoir
