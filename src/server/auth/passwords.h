#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Password storage (PBKDF2-HMAC-SHA256) and the portal's password policy. Pure functions.
//
// Passwords are normalised to Unicode NFC and encoded as UTF-8 before hashing, so the same
// password typed on systems that compose accents differently ("é" as one or two code
// points) gives the same key.
namespace comptoir::passwords {

inline constexpr int kDefaultIterations = 120000;
inline constexpr int kMinIterations = 100000;   // decode() refuses fewer
inline constexpr int kMaxIterations = 10000000; // decode() refuses more (a stored value must not hang sign-in)
inline constexpr int kSaltBytes = 16;
inline constexpr int kKeyBytes = 32;
inline constexpr int kMinLength = 8;

struct Hash {
    QByteArray salt;
    int iterations = 0;
    QByteArray key;
};

// A fresh hash: kSaltBytes random bytes from QRandomGenerator::system(), a kKeyBytes key.
Hash hash(const QString& password, int iterations = kDefaultIterations);

// Deterministic (for seeding demo users reproducibly). iterations must be >= 1; the key is
// empty otherwise, and such a hash never verifies.
Hash hashWithSalt(const QString& password, const QByteArray& salt, int iterations);

// Recomputes the key with the stored salt and iterations and compares in constant time.
// A hash with an empty salt, a key that is not kKeyBytes long, or iterations < 1 never
// verifies.
bool verify(const QString& password, const Hash& stored);

// The storable text "pbkdf2-sha256$<iterations>$<base64 salt>$<base64 key>" (standard
// base64 with padding).
QString encode(const Hash& hash);

// The inverse of encode(). nullopt for anything else: another scheme, not exactly four
// fields, iterations that are not a plain decimal number in [kMinIterations, kMaxIterations],
// invalid base64, an empty salt, or a key that is not kKeyBytes long.
std::optional<Hash> decode(const QString& text);

// The portal's rule, one translated message per unmet part (context "PasswordPolicy"), in
// this order: length, upper-case, lower-case, digit, special character. Empty when fine.
//  - length: at least kMinLength characters, counted as Unicode code points;
//  - upper-case / lower-case letters and digits in the Unicode sense ("É" is upper-case);
//  - special: one of  ! @ # $ % ^ & * ( ) _ + = - [ ] } { < > ?  exactly.
// Any other character (".", "€", a space, ...) is allowed but counts towards none of the
// letter/digit/special rules — only towards the length.
QStringList policyViolations(const QString& password);

// The special characters the policy counts, as shown to users.
QString specialCharacters();

} // namespace comptoir::passwords
