#include "port_usage_history.h"

#include <algorithm>
#include <map>

namespace portolan {

PortUsageHistory::PortUsageHistory(QObject* parent)
    : QObject(parent)
{ }

void PortUsageHistory::clear()
{
    m_series.clear();
    m_startMs = 0;
    m_maxPorts = 0;
    m_lastSecond = 0;
    Q_EMIT changed();
}

void PortUsageHistory::record(const analysis::ExhaustionReport& report, qint64 epochMs)
{
    if (m_startMs == 0)
        m_startMs = epochMs;
    const double second = double(epochMs - m_startMs) / 1000.0;
    m_lastSecond = second;
    // Ports per process over all dynamic ranges (TCP and UDP, both families).
    std::map<std::uint32_t, std::pair<QString, double>> now;
    for (const auto& range : report.ranges)
        for (const auto& consumer : range.topConsumers)
            if (consumer.kind == analysis::OwnerKind::Process) {
                auto& entry = now[consumer.pid];
                entry.first = QString::fromStdString(consumer.name);
                entry.second += consumer.ports;
            }
    // Existing series get a point (0 when the process dropped out of the top), new big consumers get a series.
    for (auto& series : m_series) {
        auto it = now.find(series.pid);
        const double value = it == now.end() ? 0.0 : it->second.second;
        series.points.append(QPointF(second, value));
        if (series.points.size() > kMaxPoints)
            series.points.removeFirst();
        m_maxPorts = std::max(m_maxPorts, value);
        if (it != now.end())
            now.erase(it);
    }
    std::vector<std::pair<double, std::uint32_t>> newcomers;
    for (const auto& [pid, entry] : now)
        newcomers.emplace_back(entry.second, pid);
    std::sort(newcomers.rbegin(), newcomers.rend());
    for (const auto& [value, pid] : newcomers) {
        if (static_cast<int>(m_series.size()) >= kMaxSeries)
            break;
        m_series.push_back({ pid, now[pid].first, { QPointF(second, value) } });
        m_maxPorts = std::max(m_maxPorts, value);
    }
    Q_EMIT changed();
}

} // namespace portolan
