#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace comptoir {

namespace {

// Version of the JSON value kept in the keychain; a reader refuses versions it does not know.
constexpr int kPayloadVersion = 1;

// What one keychain job ended with. timedOut means QtKeychain did not answer in time.
struct JobOutcome {
    bool timedOut = false;
    QKeychain::Error error = QKeychain::NoError;
    QString detail; // QtKeychain's own text; never contains the stored value
    QByteArray data; // read jobs only
};

// Runs one job to its end, or until the timeout. On success or error the job is deleted
// here; on timeout it is left to delete itself whenever the keychain does answer, because
// the backend still holds a pointer to it (deleting it now would be a use-after-free).
JobOutcome runBlocking(std::unique_ptr<QKeychain::Job> job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text QSettings file

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);

    job->start(); // queued: finished cannot be emitted before the loop runs
    timer.start(timeout);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    JobOutcome outcome;
    if (!finished) {
        outcome.timedOut = true;
        QObject::disconnect(job.get(), nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        job.release(); // deletes itself on finished
        return outcome;
    }
    outcome.error = job->error();
    outcome.detail = job->errorString();
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job.get()))
        outcome.data = read->binaryData();
    return outcome;
}

QString timeoutMessage(std::chrono::milliseconds timeout)
{
    const int seconds = int(std::max<qint64>(1, (timeout.count() + 999) / 1000));
    return QCoreApplication::translate("CredentialStore",
        "The system keychain did not answer within %n second(s). Make sure it is running and "
        "unlocked, then try again.",
        nullptr, seconds);
}

// A message a shop owner can act on, for a job that failed with something other than
// "entry not found".
QString failureMessage(const JobOutcome& outcome, std::chrono::milliseconds timeout)
{
    if (outcome.timedOut)
        return timeoutMessage(timeout);
    const QString detail = outcome.detail.isEmpty() ? QCoreApplication::translate("CredentialStore", "no details given")
                                                    : outcome.detail;
    switch (outcome.error) {
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("CredentialStore",
            "Access to the system keychain was declined, so Comptoir cannot remember this "
            "sign-in. Allow access when the keychain asks, or sign in without \"Remember me\".");
    case QKeychain::AccessDenied:
        return QCoreApplication::translate(
            "CredentialStore", "The system keychain is locked or refused access: %1. Unlock it, then try again.")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return QCoreApplication::translate("CredentialStore",
            "The saved sign-in could not be removed from the system keychain: %1. Remove it "
            "with your keychain manager, or try again.")
            .arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
        break;
    }
    return QCoreApplication::translate("CredentialStore",
        "The system keychain is locked or not available: %1. On Linux Comptoir needs a "
        "Secret Service such as GNOME Keyring or KWallet; start or unlock it, then try again.")
        .arg(detail);
}

QByteArray encode(const StoredCredentials& credentials)
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), kPayloadVersion);
    o.insert(QStringLiteral("token"), credentials.token);
    if (credentials.tokenExpiresAt.isValid())
        o.insert(QStringLiteral("expiresAtMs"), double(credentials.tokenExpiresAt.toMSecsSinceEpoch()));
    if (!credentials.password.isEmpty())
        o.insert(QStringLiteral("password"), credentials.password);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<StoredCredentials> decode(const QByteArray& data)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != kPayloadVersion || !o.value(QStringLiteral("token")).isString())
        return std::nullopt;
    StoredCredentials c;
    c.token = o.value(QStringLiteral("token")).toString();
    const QJsonValue expires = o.value(QStringLiteral("expiresAtMs"));
    if (expires.isDouble())
        c.tokenExpiresAt = QDateTime::fromMSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
    c.password = o.value(QStringLiteral("password")).toString();
    return c;
}

} // namespace

CredentialStore::CredentialStore(QString service)
    : m_service(std::move(service))
{
}

QString CredentialStore::keyFor(const CacheIdentity& account)
{
    return account.portalUrl.trimmed().toLower() + QLatin1Char('|') + account.accountEmail.trimmed().toLower();
}

CredentialStore::Result CredentialStore::save(const CacheIdentity& account, const StoredCredentials& credentials)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(keyFor(account));
    job->setTextData(QString::fromUtf8(encode(credentials)));
    const JobOutcome outcome = runBlocking(std::move(job), m_timeout);
    if (!outcome.timedOut && outcome.error == QKeychain::NoError)
        return { true, {} };
    return { false, failureMessage(outcome, m_timeout) };
}

std::optional<StoredCredentials> CredentialStore::load(const CacheIdentity& account, QString* error)
{
    if (error)
        error->clear();
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(keyFor(account));
    const JobOutcome outcome = runBlocking(std::move(job), m_timeout);
    if (!outcome.timedOut && outcome.error == QKeychain::EntryNotFound)
        return std::nullopt;
    if (outcome.timedOut || outcome.error != QKeychain::NoError) {
        if (error)
            *error = failureMessage(outcome, m_timeout);
        return std::nullopt;
    }
    std::optional<StoredCredentials> credentials = decode(outcome.data);
    if (!credentials && error)
        *error = QCoreApplication::translate("CredentialStore",
            "The sign-in remembered for %1 in the system keychain cannot be read. Sign in "
            "again to replace it.")
                     .arg(account.accountEmail.trimmed());
    return credentials;
}

CredentialStore::Result CredentialStore::remove(const CacheIdentity& account)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(keyFor(account));
    const JobOutcome outcome = runBlocking(std::move(job), m_timeout);
    if (!outcome.timedOut && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return { true, {} };
    return { false, failureMessage(outcome, m_timeout) };
}

} // namespace comptoir
