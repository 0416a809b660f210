#pragma once

#include "core/entities.h"

#include <QDate>
#include <QList>

#include <cstdint>
#include <functional>
#include <vector>

namespace comptoir {

// Realistic, deterministic demo data for a Belgian or Dutch merchant: locations,
// terminals (real CCV models and a few older Verifone), users and groups, transactions
// and periods (day closes). The same options give exactly the same data.
struct DemoOptions {
    std::uint64_t seed = 1;
    QString country = QStringLiteral("BE"); // "BE" or "NL"
    int locations = 3;
    int terminals = 6;                       // spread over the locations, at least one each
    int days = 90;                           // history length, ending on endDate (inclusive)
    int transactionsPerDay = 400;            // average over all terminals, before patterns
    QDate endDate;                           // required: the last business day generated
    QDateTime now;                           // optional (UTC): nothing later has happened yet —
                                             // no transaction, close or manual status after it
};

// Demo users: email → role. All share kDemoPassword; the 2FA user's secret is kDemoTotpSecret.
inline constexpr const char* kDemoPassword = "Comptoir!2026";
inline constexpr const char* kDemoTotpSecret = "JBSWY3DPEHPK3PXP"; // base32

class DemoGenerator {
public:
    // Bumped whenever the generated data changes, so stored demo data can be rebuilt.
    static constexpr int kDataVersion = 3;

    explicit DemoGenerator(const DemoOptions& options);

    const DemoOptions& options() const { return m_options; }
    Merchant merchant() const { return m_merchant; }
    const QList<Location>& locations() const { return m_locations; }
    const QList<Terminal>& terminals() const { return m_terminals; }
    const QList<User>& users() const { return m_users; }
    const QList<Group>& groups() const { return m_groups; }

    // Streams every period and transaction in time order (a period is emitted when it
    // closes, and the still-open last period of each terminal at the end), calling the
    // sinks as it goes so that memory does not grow with history. Transactions carry
    // their business day in the location's time zone and a period id.
    // Manual-intervention transactions mostly get a manual status (success or failed) set
    // by a named user some minutes later; those are emitted already resolved, with
    // status_origin manual, manualStatusBy and manualStatusAt set, and version 2.
    void generate(const std::function<void(const Transaction&)>& onTransaction,
                  const std::function<void(const Period&)>& onPeriod) const;

private:
    // How each location trades (see demogenerator.cpp for the tables behind `kind`).
    struct LocationProfile {
        int kind = 0;             // shop kind: bakery, café, fashion, ...
        bool french = false;      // names and labels in French (Wallonia, Brussels)
        bool worldline = false;   // Visa/Mastercard acquired by Worldline instead of CCV
        int zone = 0;             // index into m_zoneIds
    };
    // When and how much each terminal trades. Days are indexes from the first generated day.
    struct TerminalProfile {
        int location = 0;
        int share = 100;          // relative transaction volume
        int skipClosePermille = 0; // chance to forget the day close on an open day
        std::uint32_t referenceBase = 0;
        int activeFromDay = -1;   // replacement terminal: first day and local minute; -1: always
        int activeFromMinute = 0;
        int activeUntilDay = -1;  // deactivated terminal: last day and local minute; -1: active
        int activeUntilMinute = 0;
    };

    DemoOptions m_options;
    Merchant m_merchant;
    QList<Location> m_locations;
    QList<Terminal> m_terminals;
    QList<User> m_users;
    QList<Group> m_groups;
    std::vector<LocationProfile> m_locationProfiles;
    std::vector<TerminalProfile> m_terminalProfiles;
    QList<QByteArray> m_zoneIds;
};

} // namespace comptoir
