#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace comptoir {

// The portal's lockout rule: seven wrong sign-ins in a row block an account for 15 minutes.
//
// How the sign-in code uses it, per attempt:
//   1. lockedForSeconds(account) > 0  → refuse ("locked, try again in N s") without looking at
//      the password: during the lock even the right password fails, and is not counted.
//   2. wrong password, or a wrong TOTP code  → recordFailure(account); it returns the lock
//      length when this failure was the seventh.
//   3. right password but no TOTP code yet (first step of a two-step sign-in) → nothing:
//      not a failure, not yet a success.
//   4. fully signed in → recordSuccess(account), which resets the counter.
// When a lock expires, the counter starts again from zero.
//
// Accounts are e-mail addresses, compared case-insensitively (accountKey()). Record failures
// for unknown addresses too, so that a lock does not reveal which addresses exist.
//
// Times come from the injected UTC clock only, so tests move time without sleeping. The
// state lives in memory; a server that wants it to survive a restart saves snapshot() (or
// state() of the account it just changed) and gives it back with restore()/setState().
// Not thread-safe: use one guard from one thread (or lock around it).
class SignInGuard {
public:
    static constexpr int kMaxFailures = 7;
    static constexpr int kLockSeconds = 15 * 60;

    // What is remembered per account; all that needs persisting.
    struct State {
        int failures = 0;      // consecutive failures; kMaxFailures while locked
        QDateTime lockedUntil; // UTC; invalid when the account is not locked
        friend bool operator==(const State&, const State&) = default;
    };

    explicit SignInGuard(std::function<QDateTime()> clock); // UTC clock; empty = the system's

    // Before checking a password: seconds until the account unlocks (rounded up, so never 0
    // while locked), 0 when it is not locked.
    qint64 lockedForSeconds(const QString& account) const;
    // After a wrong password or a wrong TOTP code: the seconds the account is now locked for
    // (kLockSeconds when this was failure number kMaxFailures), 0 when it is not locked yet.
    // During a lock it changes nothing and returns the time left (a lock is not extended).
    qint64 recordFailure(const QString& account);
    // After a complete sign-in: forgets the account's failures. Does not lift an active lock
    // (a sign-in during a lock must have been refused at step 1).
    void recordSuccess(const QString& account);
    // Consecutive failures now: kMaxFailures while locked, 0 once the lock has expired.
    int failures(const QString& account) const;

    // --- persistence and administration
    // The account's effective state now (an expired lock reads as the empty State).
    State state(const QString& account) const;
    // Replaces the account's state (an empty State forgets the account).
    void setState(const QString& account, const State& state);
    // Every account with failures or an active lock, keyed by accountKey().
    QHash<QString, State> snapshot() const;
    // Replaces everything with a snapshot (keys are normalised again; empty states dropped).
    void restore(const QHash<QString, State>& states);
    // Lifts a lock and forgets the failures (an administrator's "unlock").
    void clear(const QString& account);

    // The key accounts are stored under: trimmed and case-folded.
    static QString accountKey(const QString& account);

private:
    QDateTime now() const;
    // The state as it is at `now`: expired locks read as the empty State.
    static State effective(const State& s, const QDateTime& now);

    std::function<QDateTime()> m_clock;
    QHash<QString, State> m_states; // only non-empty states
};

} // namespace comptoir
