#include "totp.h"

#include "constanttime.h"

#include <QMessageAuthenticationCode>

#include <array>

namespace comptoir::totp {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The value of one base32 symbol (either case), or -1.
int symbolValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return 26 + (c - u'2');
    return -1;
}

// floor(a / b) for b > 0, also for negative a (C++ division truncates towards zero).
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if (a % b != 0 && a < 0)
        --q;
    return q;
}

// RFC 4226 HOTP for one counter value; `digits` is 1..10.
QByteArray hotp(const QByteArray& secret, qint64 counter, int digits)
{
    const auto c = static_cast<quint64>(counter); // two's complement for times before 1970
    std::array<char, 8> message{};
    for (int i = 0; i < 8; ++i)
        message[std::size_t(i)] = static_cast<char>((c >> (8 * (7 - i))) & 0xffu);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray(message.data(), qsizetype(message.size())),
                                                            secret, QCryptographicHash::Sha1);
    const auto byte = [&mac](int i) { return static_cast<quint32>(static_cast<unsigned char>(mac[i])); };
    const int offset = int(byte(int(mac.size()) - 1) & 0x0fu);
    const quint32 binary = ((byte(offset) & 0x7fu) << 24) | (byte(offset + 1) << 16) | (byte(offset + 2) << 8)
        | byte(offset + 3);
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    QByteArray text = QByteArray::number(quint64(binary) % modulus);
    return text.rightJustified(digits, '0');
}

} // namespace

std::optional<QByteArray> base32Decode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8 + 1);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype symbols = 0;
    for (const QChar ch : text) {
        if (ch.isSpace() || ch == u'=')
            continue;
        const int v = symbolValue(ch.unicode());
        if (v < 0)
            return std::nullopt;
        ++symbols;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xffu));
        }
    }
    // A group of 8 symbols holds 5 bytes; 1, 2, 3 or 4 bytes leave 2, 4, 5 or 7 symbols.
    switch (symbols % 8) {
    case 1:
    case 3:
    case 6:
        return std::nullopt;
    default:
        return out;
    }
}

QString base32Encode(const QByteArray& bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char b : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(b);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1fu]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1fu]));
    return out;
}

QString code(const QByteArray& secret, qint64 unixSeconds, int digits, int stepSeconds)
{
    if (digits < 1 || digits > 10 || stepSeconds <= 0)
        return {};
    return QString::fromLatin1(hotp(secret, floorDiv(unixSeconds, stepSeconds), digits));
}

std::optional<qint64> verifiedStep(const QByteArray& secret, const QString& candidate, qint64 unixSeconds)
{
    if (secret.isEmpty())
        return std::nullopt;
    QByteArray digits;
    digits.reserve(kDigits);
    for (const QChar ch : candidate) {
        if (ch.isSpace())
            continue;
        if (ch < u'0' || ch > u'9' || digits.size() == kDigits)
            return std::nullopt;
        digits.append(static_cast<char>(ch.unicode()));
    }
    if (digits.size() != kDigits)
        return std::nullopt;

    const qint64 now = floorDiv(unixSeconds, kStepSeconds);
    std::optional<qint64> matched;
    // The current step first, then the neighbours; every step is computed and compared fully.
    for (const qint64 delta : {qint64(0), qint64(-1), qint64(1)}) {
        static_assert(kSkewSteps == 1, "the loop lists the steps");
        const bool equal = auth_detail::constantTimeEquals(hotp(secret, now + delta, kDigits), digits);
        if (equal && !matched)
            matched = now + delta;
    }
    return matched;
}

bool verify(const QByteArray& secret, const QString& candidate, qint64 unixSeconds)
{
    return verifiedStep(secret, candidate, unixSeconds).has_value();
}

} // namespace comptoir::totp
