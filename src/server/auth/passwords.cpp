#include "passwords.h"

#include "constanttime.h"

#include <QCoreApplication>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace comptoir::passwords {

namespace {

constexpr QLatin1StringView kScheme{"pbkdf2-sha256"};
constexpr QLatin1StringView kSpecials{"!@#$%^&*()_+=-[]}{<>?"};

QByteArray deriveKey(const QString& password, const QByteArray& salt, int iterations, qsizetype keyBytes)
{
    if (iterations < 1 || keyBytes < 1)
        return {};
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                              password.normalized(QString::NormalizationForm_C).toUtf8(), salt,
                                              iterations, quint64(keyBytes));
}

std::optional<QByteArray> strictBase64(QStringView text)
{
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return result.decoded;
}

} // namespace

Hash hash(const QString& password, int iterations)
{
    std::array<quint32, (kSaltBytes + 3) / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    std::memcpy(salt.data(), words.data(), std::size_t(kSaltBytes));
    return hashWithSalt(password, salt, iterations);
}

Hash hashWithSalt(const QString& password, const QByteArray& salt, int iterations)
{
    return Hash{salt, iterations, deriveKey(password, salt, iterations, kKeyBytes)};
}

bool verify(const QString& password, const Hash& stored)
{
    // A key of another length is refused: a truncated key would be a prefix of the right one.
    if (stored.salt.isEmpty() || stored.key.size() != kKeyBytes || stored.iterations < 1)
        return false;
    const QByteArray key = deriveKey(password, stored.salt, stored.iterations, stored.key.size());
    return auth_detail::constantTimeEquals(key, stored.key);
}

QString encode(const Hash& h)
{
    return QStringList{QString(kScheme), QString::number(h.iterations), QString::fromLatin1(h.salt.toBase64()),
                       QString::fromLatin1(h.key.toBase64())}
        .join(QLatin1Char('$'));
}

std::optional<Hash> decode(const QString& text)
{
    const QList<QStringView> parts = QStringView(text).split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return std::nullopt;
    // Plain decimal only: no sign, no spaces, no leading "+" that toInt() would take.
    const QStringView count = parts[1];
    if (count.isEmpty() || count.size() > 9
        || !std::all_of(count.begin(), count.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const int iterations = count.toInt();
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return std::nullopt;
    const auto salt = strictBase64(parts[2]);
    const auto key = strictBase64(parts[3]);
    if (!salt || !key || salt->isEmpty() || key->size() != kKeyBytes)
        return std::nullopt;
    return Hash{*salt, iterations, *key};
}

QString specialCharacters()
{
    QString shown;
    for (const char c : kSpecials) {
        if (!shown.isEmpty())
            shown += QLatin1Char(' ');
        shown += QLatin1Char(c);
    }
    return shown;
}

QStringList policyViolations(const QString& password)
{
    qsizetype length = 0;
    bool upper = false, lower = false, digit = false, special = false;
    for (const char32_t c : QStringView(password).toUcs4()) {
        ++length;
        upper = upper || QChar::isUpper(c);
        lower = lower || QChar::isLower(c);
        digit = digit || QChar::isDigit(c);
        special = special || (c < 0x80 && kSpecials.contains(QLatin1Char(char(c))));
    }
    QStringList out;
    if (length < kMinLength)
        out << QCoreApplication::translate("PasswordPolicy", "The password must be at least %n characters long.",
                                           nullptr, kMinLength);
    if (!upper)
        out << QCoreApplication::translate("PasswordPolicy", "The password must contain an upper-case letter.");
    if (!lower)
        out << QCoreApplication::translate("PasswordPolicy", "The password must contain a lower-case letter.");
    if (!digit)
        out << QCoreApplication::translate("PasswordPolicy", "The password must contain a digit.");
    if (!special)
        out << QCoreApplication::translate("PasswordPolicy",
                                           "The password must contain one of these special characters: %1")
                   .arg(specialCharacters());
    return out;
}

} // namespace comptoir::passwords
