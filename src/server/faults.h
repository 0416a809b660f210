#pragma once

#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace comptoir {

// What --faults asks the portal to do wrong, for testing clients:
// "error-rate=0.1,latency-ms=200,drop-rate=0.05[,seed=N]". Rates are probabilities per
// request (in parts per million internally, never floating point in decisions' storage);
// decisions come from a seeded generator, so the same requests meet the same faults.
class FaultInjector {
public:
    static std::optional<FaultInjector> parse(const QString& spec, QString* error);
    FaultInjector() = default;

    enum class Fault { None, ServerError, Drop };
    struct Decision {
        Fault fault = Fault::None;
        int latencyMs = 0;
    };
    Decision next();
    bool isActive() const { return m_errorPpm > 0 || m_dropPpm > 0 || m_latencyMs > 0; }

private:
    quint32 m_errorPpm = 0;
    quint32 m_dropPpm = 0;
    int m_latencyMs = 0;
    QRandomGenerator m_rng{1};
};

} // namespace comptoir
