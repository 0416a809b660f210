// The portal's sign-in rules: TOTP codes (RFC 6238) and base32 secrets (RFC 4648), password
// hashing and policy, and the lockout after seven wrong sign-ins. Pure logic, fake clock.
#include "server/auth/lockout.h"
#include "server/auth/passwords.h"
#include "server/auth/totp.h"
#include "server/demogenerator.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTranslator>

#include <iostream>

using namespace comptoir;

namespace {

const QByteArray kRfcSecret = "12345678901234567890"; // RFC 6238 Appendix B, SHA-1

// For CAPTURE/INFO: Catch2 cannot print a QString by itself.
std::string show(const QString& s) { return '"' + s.toStdString() + '"'; }
std::string show(const QStringList& l) { return show(l.join(QLatin1String(" | "))); }

} // namespace

// --- base32 ---------------------------------------------------------------------------

TEST_CASE("base32 follows the RFC 4648 test vectors", "[auth][totp]")
{
    const auto [plain, encoded] = GENERATE(table<const char*, const char*>({
        {"", ""},
        {"f", "MY"},
        {"fo", "MZXQ"},
        {"foo", "MZXW6"},
        {"foob", "MZXW6YQ"},
        {"fooba", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI"},
    }));
    CAPTURE(plain, encoded);
    CHECK(totp::base32Encode(QByteArray(plain)) == QLatin1String(encoded));
    const auto decoded = totp::base32Decode(QString::fromLatin1(encoded));
    REQUIRE(decoded);
    CHECK(*decoded == QByteArray(plain));
}

TEST_CASE("base32 decoding ignores case, spaces and padding", "[auth][totp]")
{
    CHECK(totp::base32Decode(u"MY======") == QByteArray("f"));
    CHECK(totp::base32Decode(u"MZXW6YQ=") == QByteArray("foob"));
    CHECK(totp::base32Decode(u"mzxw6ytboi") == QByteArray("foobar"));
    CHECK(totp::base32Decode(u"mzxw 6ytb oi") == QByteArray("foobar"));
    CHECK(totp::base32Decode(u" MzXw6YtBoI\n") == QByteArray("foobar"));
    CHECK(totp::base32Decode(u"jbsw y3dp ehpk 3pxp") == QByteArray("Hello!\xDE\xAD\xBE\xEF"));
    CHECK(totp::base32Decode(QString::fromLatin1(kDemoTotpSecret)) == QByteArray("Hello!\xDE\xAD\xBE\xEF"));
    CHECK(totp::base32Decode(u"") == QByteArray());
    CHECK(totp::base32Decode(u"  ==  ") == QByteArray());
}

TEST_CASE("base32 decoding refuses other characters and impossible lengths", "[auth][totp]")
{
    const QString bad = GENERATE(QStringLiteral("MZXW1"), QStringLiteral("MZXW8"), QStringLiteral("MZXW0"),
                                 QStringLiteral("MZ-XW6"), QStringLiteral("MZXW6É"), QStringLiteral("MZXW6."),
                                 QStringLiteral("MZ_XW6"), QStringLiteral("M"), QStringLiteral("MZX"),
                                 QStringLiteral("MZXW6Y"), QStringLiteral("MZXW6YTBO"));
    INFO(show(bad));
    CHECK_FALSE(totp::base32Decode(bad).has_value());
}

TEST_CASE("base32 round trips any bytes", "[auth][totp]")
{
    QRandomGenerator random(20260331);
    for (int length = 0; length <= 64; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char& b : bytes)
            b = static_cast<char>(random.bounded(256));
        const QString text = totp::base32Encode(bytes);
        INFO(length << " " << show(text));
        CHECK(text.size() == (length * 8 + 4) / 5);
        CHECK(text == text.toUpper());
        CHECK_FALSE(text.contains(QLatin1Char('=')));
        CHECK(totp::base32Decode(text) == bytes);
        CHECK(totp::base32Decode(text.toLower()) == bytes);
    }
}

// --- TOTP -----------------------------------------------------------------------------

TEST_CASE("TOTP matches the RFC 6238 SHA-1 test vectors", "[auth][totp]")
{
    const auto [time, expected] = GENERATE(table<qint64, const char*>({
        {59, "94287082"},
        {1111111109, "07081804"},
        {1111111111, "14050471"},
        {1234567890, "89005924"},
        {2000000000, "69279037"},
        {20000000000, "65353130"},
    }));
    CAPTURE(time, expected);
    CHECK(totp::code(kRfcSecret, time, 8) == QLatin1String(expected));
    // Six digits are the last six of the eight (the same number modulo 10^6).
    CHECK(totp::code(kRfcSecret, time) == QLatin1String(expected).right(6));
    CHECK(totp::code(kRfcSecret, time, 6, 30) == QLatin1String(expected).right(6));
    CHECK(totp::verify(kRfcSecret, QLatin1String(expected).right(6), time));
}

TEST_CASE("TOTP codes change per step and are zero-padded", "[auth][totp]")
{
    // Steps are floor(t / 30): 0..29 share a code, 30 starts the next; before 1970 too.
    CHECK(totp::code(kRfcSecret, 0) == totp::code(kRfcSecret, 29));
    CHECK(totp::code(kRfcSecret, 29) != totp::code(kRfcSecret, 30));
    CHECK(totp::code(kRfcSecret, -1) == totp::code(kRfcSecret, -30));
    CHECK(totp::code(kRfcSecret, -1) != totp::code(kRfcSecret, 0));
    CHECK(totp::code(kRfcSecret, 59, 8, 60) == totp::code(kRfcSecret, 0, 8, 60));
    CHECK(totp::code(kRfcSecret, 1111111109, 8).startsWith(QLatin1Char('0'))); // "07081804"
    for (int digits = 1; digits <= 10; ++digits)
        CHECK(totp::code(kRfcSecret, 1234567890, digits).size() == digits);
    CHECK(totp::code(kRfcSecret, 59, 0).isEmpty());
    CHECK(totp::code(kRfcSecret, 59, 11).isEmpty());
    CHECK(totp::code(kRfcSecret, 59, 6, 0).isEmpty());
}

TEST_CASE("TOTP verification accepts one step of clock skew, not two", "[auth][totp]")
{
    const QByteArray secret = *totp::base32Decode(QString::fromLatin1(kDemoTotpSecret));
    const qint64 now = 1774951215; // 2026-03-31, 15 s into a step
    const QString current = totp::code(secret, now);
    const QString before = totp::code(secret, now - 30);
    const QString after = totp::code(secret, now + 30);
    const QString twoBefore = totp::code(secret, now - 60);
    const QString twoAfter = totp::code(secret, now + 60);
    // The refusals below only mean something when the codes differ (fixed data: they do).
    REQUIRE(QSet<QString>{current, before, after, twoBefore, twoAfter}.size() == 5);

    CHECK(totp::verify(secret, current, now));
    CHECK(totp::verify(secret, before, now));
    CHECK(totp::verify(secret, after, now));
    CHECK_FALSE(totp::verify(secret, twoBefore, now));
    CHECK_FALSE(totp::verify(secret, twoAfter, now));
    // At the very edges of the current step the window is still exactly ±1 step.
    const qint64 stepStart = now - now % 30;
    CHECK(totp::verify(secret, before, stepStart));
    CHECK(totp::verify(secret, after, stepStart + 29));
    CHECK_FALSE(totp::verify(secret, twoBefore, stepStart + 29 + 30));

    CHECK(totp::verifiedStep(secret, current, now) == now / 30);
    CHECK(totp::verifiedStep(secret, before, now) == now / 30 - 1);
    CHECK(totp::verifiedStep(secret, after, now) == now / 30 + 1);
    CHECK_FALSE(totp::verifiedStep(secret, twoAfter, now));

    // Another secret's code is refused.
    CHECK_FALSE(totp::verify(kRfcSecret, current, now));
}

TEST_CASE("TOTP verification refuses anything but six ASCII digits", "[auth][totp]")
{
    const QByteArray secret = *totp::base32Decode(QString::fromLatin1(kDemoTotpSecret));
    const qint64 now = 1774951215;
    const QString good = totp::code(secret, now);
    REQUIRE(good.size() == 6);

    SECTION("white space is stripped first")
    {
        CHECK(totp::verify(secret, good.left(3) + QLatin1Char(' ') + good.mid(3), now));
        CHECK(totp::verify(secret, QLatin1Char(' ') + good + QStringLiteral("\n"), now));
        CHECK(totp::verify(secret, good.left(3) + QChar(0x202F) + good.mid(3), now)); // narrow no-break space
    }
    SECTION("wrong lengths")
    {
        CHECK_FALSE(totp::verify(secret, QString(), now));
        CHECK_FALSE(totp::verify(secret, QStringLiteral("   "), now));
        CHECK_FALSE(totp::verify(secret, good.left(5), now));
        CHECK_FALSE(totp::verify(secret, good + QLatin1Char('0'), now));
        CHECK_FALSE(totp::verify(secret, QLatin1Char('0') + good, now));
        CHECK_FALSE(totp::verify(secret, totp::code(secret, now, 8), now));
    }
    SECTION("non-digits")
    {
        const QString bad = GENERATE(QStringLiteral("12345a"), QStringLiteral("+12345"), QStringLiteral("-12345"),
                                     QStringLiteral("12.345"), QStringLiteral("１２３４５６"), // full-width digits
                                     QStringLiteral("١٢٣٤٥٦"));                          // Arabic-Indic digits
        INFO(show(bad));
        CHECK_FALSE(totp::verify(secret, bad, now));
    }
    SECTION("a code for a full-width version of the right digits")
    {
        QString wide;
        for (const QChar c : good)
            wide += QChar(0xFF10 + (c.unicode() - u'0'));
        CHECK_FALSE(totp::verify(secret, wide, now));
    }
    SECTION("an empty secret never verifies, not even its own codes")
    {
        CHECK_FALSE(totp::verify(QByteArray(), totp::code(QByteArray(), now), now));
    }
}

// --- passwords ------------------------------------------------------------------------

TEST_CASE("PBKDF2-HMAC-SHA256 matches known answers", "[auth][passwords]")
{
    const auto [password, iterations, hex] = GENERATE(table<const char*, int, const char*>({
        {"password", 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"},
        {"password", 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"},
        {"password", 4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"},
        {"passwd", 1, "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"}, // RFC 7914 §11
    }));
    CAPTURE(password, iterations);
    const passwords::Hash h = passwords::hashWithSalt(QString::fromLatin1(password), "salt", iterations);
    CHECK(h.salt == "salt");
    CHECK(h.iterations == iterations);
    CHECK(h.key.toHex() == QByteArray(hex));
}

TEST_CASE("password hashes use a fresh salt and 120000 iterations by default", "[auth][passwords]")
{
    const QString password = QString::fromLatin1(kDemoPassword);
    const passwords::Hash h = passwords::hash(password);
    CHECK(h.salt.size() == 16);
    CHECK(h.iterations == 120000);
    CHECK(h.key.size() == 32);
    CHECK(passwords::verify(password, h));
    CHECK_FALSE(passwords::verify(password.toLower(), h));

    // Two hashes of one password: different salts, so different keys; both verify.
    const passwords::Hash again = passwords::hash(password);
    CHECK(again.salt != h.salt);
    CHECK(again.key != h.key);
    CHECK(passwords::verify(password, again));

    // hashWithSalt is deterministic and agrees with hash.
    const passwords::Hash same = passwords::hashWithSalt(password, h.salt, h.iterations);
    CHECK(same.salt == h.salt);
    CHECK(same.iterations == h.iterations);
    CHECK(same.key == h.key);
}

TEST_CASE("password hashes verify the right password only", "[auth][passwords]")
{
    // Few iterations keep this fast; the comparison does not depend on the count.
    const QString password = QString::fromLatin1(kDemoPassword);
    const passwords::Hash h = passwords::hashWithSalt(password, "0123456789abcdef", 1000);
    REQUIRE(passwords::verify(password, h));
    CHECK_FALSE(passwords::verify(password.toLower(), h));
    CHECK_FALSE(passwords::verify(password + QLatin1Char(' '), h));
    CHECK_FALSE(passwords::verify(password.chopped(1), h));
    CHECK_FALSE(passwords::verify(QString(), h));

    // Tampered hashes refuse even the right password.
    passwords::Hash tampered = h;
    tampered.key[31] = char(tampered.key[31] ^ 1);
    CHECK_FALSE(passwords::verify(password, tampered));
    tampered = h;
    tampered.key.chop(1);
    CHECK_FALSE(passwords::verify(password, tampered));
    tampered = h;
    tampered.salt[0] = char(tampered.salt[0] ^ 1);
    CHECK_FALSE(passwords::verify(password, tampered));
    tampered = h;
    tampered.iterations = 999;
    CHECK_FALSE(passwords::verify(password, tampered));
    CHECK_FALSE(passwords::verify(password, passwords::Hash{}));
    CHECK_FALSE(passwords::verify(password, passwords::Hash{h.salt, 0, h.key}));
    CHECK_FALSE(passwords::verify(password, passwords::Hash{h.salt, -1, h.key}));
    CHECK_FALSE(passwords::verify(password, passwords::Hash{h.salt, h.iterations, QByteArray()}));
    CHECK_FALSE(passwords::verify(password, passwords::Hash{QByteArray(), h.iterations, h.key}));
    CHECK(passwords::hashWithSalt(password, "salt", 0).key.isEmpty());
}

TEST_CASE("passwords are compared in Unicode NFC", "[auth][passwords]")
{
    const QString composed = QStringLiteral("Caf\u00E9-Cr\u00E8me1");
    const QString decomposed = QStringLiteral("Cafe\u0301-Cre\u0300me1");
    REQUIRE(composed != decomposed);
    const passwords::Hash h = passwords::hashWithSalt(composed, "0123456789abcdef", 1000);
    CHECK(passwords::verify(decomposed, h));
    CHECK(passwords::verify(composed, h));
    CHECK_FALSE(passwords::verify(QStringLiteral("Cafe-Creme1"), h));
}

TEST_CASE("password hashes encode to text and back", "[auth][passwords]")
{
    const passwords::Hash h = passwords::hashWithSalt(QStringLiteral("Tr0ub4dor&3"), "0123456789abcdef", 120000);
    const QString text = passwords::encode(h);
    CHECK(text.startsWith(QLatin1String("pbkdf2-sha256$120000$MDEyMzQ1Njc4OWFiY2RlZg==$")));
    CHECK(text.split(QLatin1Char('$')).size() == 4);

    const auto back = passwords::decode(text);
    REQUIRE(back);
    CHECK(back->salt == h.salt);
    CHECK(back->iterations == 120000);
    CHECK(back->key == h.key);
    CHECK(passwords::verify(QStringLiteral("Tr0ub4dor&3"), *back));
    CHECK_FALSE(passwords::verify(QStringLiteral("Tr0ub4dor&4"), *back));

    const QString key = QString::fromLatin1(h.key.toBase64());
    // The lowest and highest iteration counts decode accepts.
    CHECK(passwords::decode(QStringLiteral("pbkdf2-sha256$100000$c2FsdA==$") + key));
    CHECK(passwords::decode(QStringLiteral("pbkdf2-sha256$10000000$c2FsdA==$") + key));
}

TEST_CASE("malformed password encodings are refused", "[auth][passwords]")
{
    const QString key = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    const QString key31 = QString::fromLatin1(QByteArray(31, 'k').toBase64());
    const QString key33 = QString::fromLatin1(QByteArray(33, 'k').toBase64());
    const QString bad = GENERATE_COPY(
        QString(), QStringLiteral("abc"), QStringLiteral("$$$"),
        QStringLiteral("pbkdf2-sha256$120000$c2FsdA=="),                 // three fields
        QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$") + key + QStringLiteral("$x"), // five
        QStringLiteral("pbkdf2-sha1$120000$c2FsdA==$") + key,            // another scheme
        QStringLiteral("PBKDF2-SHA256$120000$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$99999$c2FsdA==$") + key,           // too few iterations
        QStringLiteral("pbkdf2-sha256$1000$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$0$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$-120000$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$+120000$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$ 120000$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$120000.0$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$0x1d4c0$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$$c2FsdA==$") + key,
        QStringLiteral("pbkdf2-sha256$10000001$c2FsdA==$") + key,        // too many
        QStringLiteral("pbkdf2-sha256$99999999999$c2FsdA==$") + key,     // beyond int
        QStringLiteral("pbkdf2-sha256$120000$$") + key,                  // empty salt
        QStringLiteral("pbkdf2-sha256$120000$c2Fs!A==$") + key,          // invalid base64
        QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$") + key.left(10) + QStringLiteral("*")
            + key.mid(11),
        QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$"),                // empty key
        QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$") + key31,        // key too short
        QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$") + key33);       // key too long
    INFO(show(bad));
    CHECK_FALSE(passwords::decode(bad).has_value());
}

namespace {

// Each rule's message, in the documented order: length, upper, lower, digit, special.
enum Rule { Length, Upper, Lower, Digit, Special };

QStringList messages(std::initializer_list<Rule> rules)
{
    const QStringList all = passwords::policyViolations(QString());
    QStringList out;
    for (Rule r : rules)
        out << all.at(r);
    return out;
}

} // namespace

TEST_CASE("the password policy reports each unmet rule", "[auth][passwords][policy]")
{
    const QStringList all = passwords::policyViolations(QString());
    REQUIRE(all.size() == 5);
    CHECK(QSet<QString>(all.begin(), all.end()).size() == 5);
    CHECK(all.at(Length).contains(QLatin1String("8")));
    CHECK(all.at(Special).contains(QLatin1String("! @ # $ % ^ & * ( ) _ + = - [ ] } { < > ?")));

    const auto [password, expected] = GENERATE(table<QString, QStringList>({
        {QStringLiteral("Abcdef1!"), {}},                       // exactly 8, every rule met
        {QString::fromLatin1(kDemoPassword), {}},
        {QStringLiteral("Abcde1!"), messages({Length})},
        {QStringLiteral("abcdef1!"), messages({Upper})},
        {QStringLiteral("ABCDEF1!"), messages({Lower})},
        {QStringLiteral("Abcdefg!"), messages({Digit})},
        {QStringLiteral("Abcdefg1"), messages({Special})},
        {QStringLiteral("Abcdefg1."), messages({Special})},    // "." is not a special character
        {QStringLiteral("Abcdefg1\u20AC"), messages({Special})}, // neither is "€"
        {QStringLiteral("Abcdef1!."), {}},                      // ... but it is allowed
        {QStringLiteral("Ab 1! \u20AC.,"), {}},                 // spaces and others count for length
        {QStringLiteral("\u00C9clair1!"), {}},                  // "É" is an upper-case letter
        {QStringLiteral("\u00E9CLAIR1!"), {}},                  // "é" a lower-case one
        {QStringLiteral("Ab1!\U0001F600\U0001F600\U0001F600"), messages({Length})}, // 7 code points
        {QStringLiteral("Ab1!\U0001F600\U0001F600\U0001F600\U0001F600"), {}},     // 8
        {QStringLiteral("abcdefgh"), messages({Upper, Digit, Special})},
        {QStringLiteral("12345678"), messages({Upper, Lower, Special})},
        {QStringLiteral("!!!!!!!!"), messages({Upper, Lower, Digit})},
        {QStringLiteral("aA1!"), messages({Length})},
        {QString(), messages({Length, Upper, Lower, Digit, Special})},
    }));
    const QStringList got = passwords::policyViolations(password);
    INFO(show(password) << " gives " << show(got) << ", expected " << show(expected));
    CHECK(got == expected);
}

TEST_CASE("every special character of the policy counts, others do not", "[auth][passwords][policy]")
{
    const QString allowed = QStringLiteral("!@#$%^&*()_+=-[]}{<>?");
    REQUIRE(allowed.size() == 21);
    CHECK(passwords::specialCharacters().split(QLatin1Char(' ')).join(QString()) == allowed);
    for (const QChar c : allowed) {
        INFO(show(QString(c)));
        CHECK(passwords::policyViolations(QStringLiteral("Abcdef1") + c).isEmpty());
        CHECK(passwords::policyViolations(c + QStringLiteral("abcdeF1")).isEmpty());
    }
    const QString others = QStringLiteral(".,;:'\"/\\|~` \u20AC\u00A3\u00A7\u00A1\u00BF\uFF01");
    for (const QChar c : others) {
        INFO(show(QString(c)));
        CHECK(passwords::policyViolations(QStringLiteral("Abcdef1") + c) == messages({Special}));
    }
}

namespace {

// A translator that marks every PasswordPolicy message, to see they go through translate().
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int n) const override
    {
        if (qstrcmp(context, "PasswordPolicy") != 0)
            return {};
        QString s = QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
        if (n >= 0)
            s.replace(QLatin1String("%n"), QString::number(n));
        return s;
    }
};

} // namespace

TEST_CASE("password policy messages are translated", "[auth][passwords][policy]")
{
    MarkingTranslator translator;
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const QStringList all = passwords::policyViolations(QString());
    QCoreApplication::removeTranslator(&translator);
    REQUIRE(all.size() == 5);
    for (const QString& m : all) {
        INFO(show(m));
        CHECK(m.startsWith(QLatin1String("[xx] ")));
        CHECK_FALSE(m.contains(QLatin1String("%n")));
        CHECK_FALSE(m.contains(QLatin1String("%1")));
    }
    CHECK(all.at(Length).contains(QLatin1String("8")));
    CHECK(all.at(Special).contains(QLatin1String("! @ #")));
}

TEST_CASE("time of one password hash", "[.][auth-timing]")
{
    QElapsedTimer timer;
    timer.start();
    const int runs = 5;
    for (int i = 0; i < runs; ++i)
        (void)passwords::hash(QString::fromLatin1(kDemoPassword));
    std::cout << "hash() with 120000 iterations: " << double(timer.nsecsElapsed()) / runs / 1e6 << " ms\n";
}

// --- lockout --------------------------------------------------------------------------

namespace {

struct FakeClock {
    QDateTime now = QDateTime(QDate(2026, 3, 31), QTime(9, 0), Qt::UTC);
    std::function<QDateTime()> function()
    {
        return [this] { return now; };
    }
    void advance(qint64 seconds) { now = now.addSecs(seconds); }
    void advanceMs(qint64 ms) { now = now.addMSecs(ms); }
};

const QString kAnna = QStringLiteral("anna@example.be");

} // namespace

TEST_CASE("seven wrong sign-ins lock an account for 15 minutes", "[auth][lockout]")
{
    FakeClock clock;
    SignInGuard guard(clock.function());
    CHECK(guard.lockedForSeconds(kAnna) == 0);
    CHECK(guard.failures(kAnna) == 0);

    for (int i = 1; i <= 6; ++i) {
        CAPTURE(i);
        CHECK(guard.recordFailure(kAnna) == 0);
        CHECK(guard.failures(kAnna) == i);
        CHECK(guard.lockedForSeconds(kAnna) == 0);
        clock.advance(10);
    }
    CHECK(guard.recordFailure(kAnna) == 900);
    CHECK(guard.lockedForSeconds(kAnna) == 900);
    CHECK(guard.failures(kAnna) == SignInGuard::kMaxFailures);

    SECTION("during the lock even the right password fails, and nothing extends the lock")
    {
        clock.advance(60);
        CHECK(guard.lockedForSeconds(kAnna) == 840); // the caller refuses before checking
        guard.recordSuccess(kAnna);                   // a mistaken call does not unlock
        CHECK(guard.lockedForSeconds(kAnna) == 840);
        CHECK(guard.recordFailure(kAnna) == 840);     // a wrong password does not extend it
        CHECK(guard.lockedForSeconds(kAnna) == 840);
        CHECK(guard.failures(kAnna) == SignInGuard::kMaxFailures);
    }
    SECTION("the lock expires after 15 minutes and the counter starts from zero")
    {
        clock.advance(899);
        CHECK(guard.lockedForSeconds(kAnna) == 1);
        clock.advanceMs(500);
        CHECK(guard.lockedForSeconds(kAnna) == 1); // rounded up: never 0 while locked
        clock.advanceMs(499);
        CHECK(guard.lockedForSeconds(kAnna) == 1);
        clock.advanceMs(1);
        CHECK(guard.lockedForSeconds(kAnna) == 0);
        CHECK(guard.failures(kAnna) == 0);

        for (int i = 1; i <= 6; ++i)
            CHECK(guard.recordFailure(kAnna) == 0);
        CHECK(guard.lockedForSeconds(kAnna) == 0);
        CHECK(guard.recordFailure(kAnna) == 900);
    }
    SECTION("after expiry a right password signs in")
    {
        clock.advance(15 * 60);
        REQUIRE(guard.lockedForSeconds(kAnna) == 0);
        guard.recordSuccess(kAnna);
        CHECK(guard.failures(kAnna) == 0);
        CHECK(guard.snapshot().isEmpty());
    }
}

TEST_CASE("a successful sign-in resets the counter", "[auth][lockout]")
{
    FakeClock clock;
    SignInGuard guard(clock.function());
    for (int i = 0; i < 6; ++i)
        guard.recordFailure(kAnna);
    guard.recordSuccess(kAnna);
    CHECK(guard.failures(kAnna) == 0);
    for (int i = 0; i < 6; ++i)
        CHECK(guard.recordFailure(kAnna) == 0);
    CHECK(guard.lockedForSeconds(kAnna) == 0);
    CHECK(guard.recordFailure(kAnna) == SignInGuard::kLockSeconds);
}

TEST_CASE("failures are counted without a time window", "[auth][lockout]")
{
    // "Seven wrong sign-ins in a row": spread over days, they still lock.
    FakeClock clock;
    SignInGuard guard(clock.function());
    for (int i = 0; i < 6; ++i) {
        guard.recordFailure(kAnna);
        clock.advance(24 * 3600);
    }
    CHECK(guard.recordFailure(kAnna) == 900);
}

TEST_CASE("accounts are independent and case-insensitive", "[auth][lockout]")
{
    FakeClock clock;
    SignInGuard guard(clock.function());
    const QString bob = QStringLiteral("bob@example.be");
    for (int i = 0; i < 3; ++i)
        guard.recordFailure(QStringLiteral("Anna@Example.BE"));
    for (int i = 0; i < 3; ++i)
        guard.recordFailure(QStringLiteral("ANNA@EXAMPLE.BE "));
    guard.recordFailure(bob);
    CHECK(guard.failures(kAnna) == 6);
    CHECK(guard.failures(bob) == 1);
    CHECK(guard.recordFailure(QStringLiteral("anna@example.be")) == 900);
    CHECK(guard.lockedForSeconds(QStringLiteral("Anna@example.be")) == 900);
    CHECK(guard.lockedForSeconds(bob) == 0);
    CHECK(guard.failures(bob) == 1);
    guard.recordSuccess(QStringLiteral("BOB@example.be"));
    CHECK(guard.failures(bob) == 0);
    CHECK(guard.lockedForSeconds(kAnna) == 900);
    CHECK(SignInGuard::accountKey(QStringLiteral(" Anna@Example.BE")) == kAnna);
}

TEST_CASE("the lockout state can be saved and restored", "[auth][lockout]")
{
    FakeClock clock;
    SignInGuard guard(clock.function());
    for (int i = 0; i < 7; ++i)
        guard.recordFailure(kAnna);
    for (int i = 0; i < 2; ++i)
        guard.recordFailure(QStringLiteral("Bob@Example.be"));
    guard.recordFailure(QStringLiteral("carl@example.be"));
    guard.recordSuccess(QStringLiteral("carl@example.be"));

    const QHash<QString, SignInGuard::State> saved = guard.snapshot();
    CHECK(saved.size() == 2); // carl has nothing to remember
    CHECK(saved.value(kAnna).failures == 7);
    CHECK(saved.value(kAnna).lockedUntil == clock.now.addSecs(900));
    CHECK(saved.value(kAnna).lockedUntil.timeSpec() == Qt::UTC);
    CHECK(saved.value(QStringLiteral("bob@example.be")) == SignInGuard::State{2, QDateTime()});
    CHECK(guard.state(kAnna) == saved.value(kAnna));

    clock.advance(300);
    SignInGuard restarted(clock.function());
    restarted.restore(saved);
    CHECK(restarted.lockedForSeconds(kAnna) == 600);
    CHECK(restarted.failures(QStringLiteral("BOB@example.be")) == 2);
    CHECK(restarted.recordFailure(QStringLiteral("bob@example.be")) == 0);
    CHECK(restarted.failures(QStringLiteral("bob@example.be")) == 3);

    SECTION("expired locks read as nothing")
    {
        clock.advance(600);
        CHECK(restarted.state(kAnna) == SignInGuard::State{});
        CHECK_FALSE(restarted.snapshot().contains(kAnna));
        SignInGuard late(clock.function());
        late.restore(saved);
        CHECK(late.lockedForSeconds(kAnna) == 0);
        CHECK(late.failures(kAnna) == 0);
    }
    SECTION("one account at a time")
    {
        SignInGuard other(clock.function());
        other.setState(QStringLiteral("ANNA@example.be"), guard.state(kAnna));
        CHECK(other.lockedForSeconds(kAnna) == 600);
        other.setState(kAnna, {});
        CHECK(other.lockedForSeconds(kAnna) == 0);
        CHECK(other.snapshot().isEmpty());
        other.setState(kAnna, SignInGuard::State{6, QDateTime()});
        CHECK(other.recordFailure(kAnna) == 900);
    }
    SECTION("an administrator can lift a lock")
    {
        restarted.clear(QStringLiteral("Anna@example.be"));
        CHECK(restarted.lockedForSeconds(kAnna) == 0);
        CHECK(restarted.failures(kAnna) == 0);
    }
}

TEST_CASE("the guard uses the system clock when given none", "[auth][lockout]")
{
    SignInGuard guard({});
    for (int i = 0; i < 7; ++i)
        guard.recordFailure(kAnna);
    const qint64 left = guard.lockedForSeconds(kAnna);
    CHECK(left > 890);
    CHECK(left <= 900);
}
