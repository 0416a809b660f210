#pragma once

#include <QString>

#include <stdexcept>

namespace comptoir {

// A failure of the local cache with a message a shop owner can act on (already
// translated). Thrown for unexpected database errors: disk full, file damaged, locked.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace comptoir
