#pragma once

// Internal to the findings engine (findings.cpp, finding_rules.cpp, finding_risks.cpp): the helpers the rules
// share, and the two range rules (at risk, blocked ephemeral ports).

#include "findings.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace portolan::conflicts::rules {

inline constexpr int kProtocols = 2;
inline int protocolIndex(Protocol protocol)
{
    return protocol == Protocol::Tcp ? 0 : 1;
}

// A flat set of ports, one bit each.
class PortSet
{
public:
    PortSet()
        : m_bits(65536 / 64, 0)
    { }
    void add(const PortRange& r)
    {
        for (std::uint32_t p = r.first; p <= r.last; ++p)
            m_bits[p >> 6] |= std::uint64_t(1) << (p & 63);
    }
    void add(const std::vector<PortRange>& ranges)
    {
        for (const auto& r : ranges)
            add(r);
    }
    bool contains(std::uint32_t port) const { return m_bits[port >> 6] >> (port & 63) & 1; }
    bool any() const
    {
        return std::any_of(m_bits.begin(), m_bits.end(), [](std::uint64_t w) { return w != 0; });
    }

private:
    std::vector<std::uint64_t> m_bits;
};

// Sorted ports -> runs of consecutive ports.
std::vector<PortRange> rangesOfPorts(const std::vector<std::uint16_t>& sortedPorts);
// Whether the entry applies to the platform (unknown platform: any entry applies).
bool applies(const CatalogueEntry& entry, std::optional<Platform> platform);
Holder makeHolder(const Snapshot& snapshot, const Endpoint& e, std::optional<Platform> platform);
// "conflict:radius-auth:udp/1812", "blocked-ephemeral:tcp/2283"
std::string findingId(FindingKind kind, const std::string& entryId, Protocol protocol, const PortRange& ports);
void addEvidence(Finding& f, const Snapshot& snapshot, std::uint32_t index);

// What the conflict pass leaves for the at-risk rule.
struct HeldPorts
{
    std::vector<std::vector<bool>> contested; // per entry, per port offset: already a conflict / unknown holder
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> expectedRows; // (entry << 16 | port) -> rows
};

// Catalogue ports that the dynamic range or a socket pool may hand out, neither reserved nor excluded.
void addAtRisk(FindingReport& report, const std::vector<CatalogueEntry>& entries, const MachinePortConfig& config,
    std::optional<Platform> platform, const HeldPorts& held, const Snapshot& snapshot);
// Ports blocked by policy that lie inside the dynamic range; `blockedRows` are the endpoints on blocked ports.
void addBlocked(FindingReport& report, const std::vector<BlockedPorts>& blocked, const MachinePortConfig& config,
    const std::vector<std::uint32_t>& blockedRows, const Snapshot& snapshot, std::optional<Platform> platform);

} // namespace portolan::conflicts::rules
