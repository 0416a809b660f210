#pragma once

#include <QByteArrayView>

namespace comptoir::auth_detail {

// True when a and b hold the same bytes. The time taken depends on the lengths only, never
// on where the first difference is: every byte is compared, without an early exit.
// (The lengths themselves are public in every use here: fixed-size keys and codes.)
inline bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
    return diff == 0;
}

} // namespace comptoir::auth_detail
