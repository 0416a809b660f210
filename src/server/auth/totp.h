#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Time-based one-time codes (RFC 6238, HMAC-SHA1) as authenticator apps show them, and the
// base32 text (RFC 4648) their secrets are exchanged in. Pure functions: no clock, no state.
namespace comptoir::totp {

inline constexpr int kDigits = 6;       // what verify() accepts
inline constexpr int kStepSeconds = 30; // what verify() uses
inline constexpr int kSkewSteps = 1;    // verify() accepts this many steps either side of now

// RFC 4648 base32 (A–Z, 2–7), case-insensitive. Spaces (any Unicode white space) and '='
// are ignored wherever they are, so "jbsw y3dp ehpk 3pxp" and "JBSWY3DPEHPK3PXP====" both
// work. nullopt on any other character, and on a length no encoder can produce (1, 3 or 6
// symbols left over after the groups of 8 — a truncated secret). Empty text gives empty bytes.
std::optional<QByteArray> base32Decode(QStringView text);

// Upper-case base32 without '=' padding, as authenticator apps expect in otpauth:// URIs.
QString base32Encode(const QByteArray& bytes);

// The RFC 6238 code for `unixSeconds` (T0 = 0; the step is floor(unixSeconds / stepSeconds),
// also for times before 1970): HMAC-SHA1, dynamic truncation, zero-padded to `digits`.
// `digits` must be 1..10 and `stepSeconds` positive; otherwise the result is empty.
QString code(const QByteArray& secret, qint64 unixSeconds, int digits = 6, int stepSeconds = 30);

// Whether `candidate` is the 6-digit code of the 30-second step containing `unixSeconds`, or
// of the step just before or after it (clock skew). White space anywhere in the candidate is
// removed first ("123 456" as apps display it, or pasted with a trailing newline); what is
// left must be exactly six ASCII digits 0–9, anything else is refused. All three steps are
// computed and compared in constant time. An empty secret never verifies (an account without
// two-step verification must not accept any code).
bool verify(const QByteArray& secret, const QString& candidate, qint64 unixSeconds);

// Like verify(), but returns the step counter (unixSeconds / 30, floored) of the code that
// matched, or nullopt. A server that remembers the last step it accepted per account can
// refuse a code that is used a second time (RFC 6238 §5.2): accept only steps > last.
std::optional<qint64> verifiedStep(const QByteArray& secret, const QString& candidate, qint64 unixSeconds);

} // namespace comptoir::totp
