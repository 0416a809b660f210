#include "lockout.h"

namespace comptoir {

SignInGuard::SignInGuard(std::function<QDateTime()> clock)
    : m_clock(std::move(clock))
{
}

QDateTime SignInGuard::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString SignInGuard::accountKey(const QString& account)
{
    return account.trimmed().toCaseFolded();
}

SignInGuard::State SignInGuard::effective(const State& s, const QDateTime& now)
{
    if (s.lockedUntil.isValid() && s.lockedUntil <= now)
        return {}; // the lock is over: the counter starts again from zero
    return s;
}

qint64 SignInGuard::lockedForSeconds(const QString& account) const
{
    const QDateTime t = now();
    const State s = effective(m_states.value(accountKey(account)), t);
    if (!s.lockedUntil.isValid())
        return 0;
    const qint64 ms = t.msecsTo(s.lockedUntil);
    return (ms + 999) / 1000; // ms > 0 here
}

qint64 SignInGuard::recordFailure(const QString& account)
{
    const QString key = accountKey(account);
    const QDateTime t = now();
    State s = effective(m_states.value(key), t);
    if (s.lockedUntil.isValid())
        return (t.msecsTo(s.lockedUntil) + 999) / 1000;
    ++s.failures;
    qint64 locked = 0;
    if (s.failures >= kMaxFailures) {
        s.failures = kMaxFailures;
        s.lockedUntil = t.toUTC().addSecs(kLockSeconds);
        locked = kLockSeconds;
    }
    m_states.insert(key, s);
    return locked;
}

void SignInGuard::recordSuccess(const QString& account)
{
    const QString key = accountKey(account);
    const auto it = m_states.find(key);
    if (it == m_states.end())
        return;
    if (effective(*it, now()).lockedUntil.isValid())
        return; // never lift a lock through a sign-in that should have been refused
    m_states.erase(it);
}

int SignInGuard::failures(const QString& account) const
{
    return state(account).failures;
}

SignInGuard::State SignInGuard::state(const QString& account) const
{
    return effective(m_states.value(accountKey(account)), now());
}

void SignInGuard::setState(const QString& account, const State& state)
{
    const QString key = accountKey(account);
    State s = effective(state, now());
    s.failures = qBound(0, s.failures, int(kMaxFailures));
    if (s == State{})
        m_states.remove(key);
    else
        m_states.insert(key, State{s.failures, s.lockedUntil.isValid() ? s.lockedUntil.toUTC() : QDateTime()});
}

QHash<QString, SignInGuard::State> SignInGuard::snapshot() const
{
    const QDateTime t = now();
    QHash<QString, State> out;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        const State s = effective(it.value(), t);
        if (!(s == State{}))
            out.insert(it.key(), s);
    }
    return out;
}

void SignInGuard::restore(const QHash<QString, State>& states)
{
    m_states.clear();
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        setState(it.key(), it.value());
}

void SignInGuard::clear(const QString& account)
{
    m_states.remove(accountKey(account));
}

} // namespace comptoir
