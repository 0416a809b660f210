#include "faults.h"

#include <QStringList>

namespace comptoir {

namespace {
// "0.05" → 50000 parts per million, without floating point.
std::optional<quint32> parseRate(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() > 2 || parts[0].isEmpty())
        return std::nullopt;
    bool ok = false;
    const int whole = parts[0].toInt(&ok);
    if (!ok || whole < 0 || whole > 1)
        return std::nullopt;
    quint32 ppm = quint32(whole) * 1000000;
    if (parts.size() == 2) {
        const QString frac = parts[1];
        if (frac.isEmpty() || frac.size() > 6)
            return std::nullopt;
        const int f = frac.toInt(&ok);
        if (!ok || f < 0)
            return std::nullopt;
        quint32 scaled = quint32(f);
        for (qsizetype i = frac.size(); i < 6; ++i)
            scaled *= 10;
        ppm += scaled;
    }
    if (ppm > 1000000)
        return std::nullopt;
    return ppm;
}
} // namespace

std::optional<FaultInjector> FaultInjector::parse(const QString& spec, QString* error)
{
    FaultInjector f;
    quint64 seed = 1;
    for (const QString& item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("error-rate") || key == QLatin1String("drop-rate")) {
            const std::optional<quint32> ppm = parseRate(value);
            ok = ppm.has_value();
            (key == QLatin1String("error-rate") ? f.m_errorPpm : f.m_dropPpm) = ppm.value_or(0);
        } else if (key == QLatin1String("latency-ms")) {
            f.m_latencyMs = value.toInt(&ok);
            ok = ok && f.m_latencyMs >= 0 && f.m_latencyMs <= 60000;
        } else if (key == QLatin1String("seed")) {
            seed = value.toULongLong(&ok);
        } else {
            *error = QStringLiteral("unknown fault \"%1\" (known: error-rate, latency-ms, drop-rate, seed)").arg(key);
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("bad value for %1: \"%2\"").arg(key, value);
            return std::nullopt;
        }
    }
    f.m_rng.seed(quint32(seed ^ (seed >> 32)));
    return f;
}

FaultInjector::Decision FaultInjector::next()
{
    Decision d;
    d.latencyMs = m_latencyMs;
    const quint32 roll = m_rng.bounded(1000000u);
    if (roll < m_errorPpm)
        d.fault = Fault::ServerError;
    else if (roll < m_errorPpm + m_dropPpm)
        d.fault = Fault::Drop;
    return d;
}

} // namespace comptoir
