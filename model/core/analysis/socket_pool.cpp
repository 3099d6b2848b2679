#include "socket_pool.h"

#include "owner_key.h"

#include "../text_util.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace portolan::analysis {

std::string_view poolReferenceName(PoolReference reference)
{
    return reference == PoolReference::DynamicRange ? "dynamic-range" : "user-ports";
}

bool isKnownDnsServer(std::string_view processName)
{
    // Windows DNS Server (MS08-037 pool), BIND, unbound, PowerDNS Recursor, Knot Resolver, dnsmasq.
    static constexpr std::array kNames { "dns.exe", "named", "unbound", "pdns_recursor", "kresd", "dnsmasq" };
    const auto lower = toLowerAscii(processName);
    return std::find(kNames.begin(), kNames.end(), lower) != kNames.end();
}

std::string SocketPoolVerdict::label() const
{
    if (!isPool)
        return {};
    return dnsServer ? "DNS server socket pool" : "UDP socket pool";
}

namespace {

std::string fixed(double value, const char* format)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

// Packs what the rule needs of one UDP socket into one sortable word: owner slot, port, family, connected.
std::uint64_t pack(std::uint32_t slot, std::uint16_t port, bool v6, bool connected)
{
    return std::uint64_t(slot) << 24 | std::uint64_t(port) << 2 | std::uint64_t(v6) << 1 | std::uint64_t(connected);
}

void judge(SocketPoolVerdict& v, const std::vector<std::uint16_t>& ports, const SocketPoolRule& rule)
{
    // Spread over the reference range's slices, and runs of consecutive ports, over the ports inside it.
    const std::uint32_t size = v.reference.size();
    const std::uint32_t slices = std::max<std::uint32_t>(1, std::min(rule.slices, size));
    std::vector<std::uint8_t> hit(slices, 0);
    std::uint32_t inside = 0, runs = 0, run = 0, previous = 0;
    for (auto port : ports) { // sorted, distinct
        if (!v.reference.contains(port))
            continue;
        hit[std::uint64_t(port - v.reference.first) * slices / size] = 1;
        run = inside && port == previous + 1 ? run + 1 : 1;
        runs += run == 1;
        v.longestRun = std::max(v.longestRun, run);
        previous = port;
        ++inside;
    }
    v.coverage = double(std::count(hit.begin(), hit.end(), 1)) / slices;
    // n distinct random picks out of N consecutive numbers have n(n-1)/N adjacent pairs on average, so
    // n - n(n-1)/N runs.
    const double n = inside;
    const double expectedRuns = std::max(1.0, n - n * (n - 1) / size);
    v.randomness = inside ? runs / expectedRuns : 0;

    const std::string where = (v.referenceKind == PoolReference::DynamicRange ? "the dynamic range " : "the ports ")
        + formatPortRange(v.reference);
    if (v.udpSockets < rule.minUdpSockets) {
        v.reason = std::to_string(v.udpSockets) + " UDP sockets, fewer than " + std::to_string(rule.minUdpSockets);
    } else if (v.coverage < rule.minCoverage) {
        v.reason = "ports bunch in " + fixed(v.coverage * 100, "%.0f") + "% of " + where + " (a pool covers "
            + fixed(rule.minCoverage * 100, "%.0f") + "% or more)";
    } else if (v.randomness < rule.minRandomness) {
        v.reason = "ports are consecutive: " + std::to_string(runs) + " runs where random picks make about "
            + fixed(expectedRuns, "%.0f") + " (longest run " + std::to_string(v.longestRun) + ")";
    } else {
        v.isPool = true;
        v.reason = std::to_string(v.udpSockets) + " UDP sockets spread over " + fixed(v.coverage * 100, "%.0f")
            + "% of " + where + ", as scattered as random picks (" + fixed(v.randomness, "%.2f") + ")";
    }
}

} // namespace

std::vector<SocketPoolVerdict> detectSocketPools(
    const Snapshot& snapshot, const MachinePortConfig& config, const SocketPoolRule& rule)
{
    PidSlotTable pids(snapshot.processes.size() + 1);
    std::vector<std::uint64_t> items;
    for (const auto& e : snapshot.endpoints) {
        if (e.protocol != Protocol::Udp || e.ownerStatus != OwnerStatus::Resolved)
            continue;
        items.push_back(pack(pids.slotOf(e.pid), e.localPort, e.family() == Family::IPv6, e.remotePort != 0));
    }
    std::sort(items.begin(), items.end());

    const DynamicPortRange* dynamic[2]
        = { config.dynamicRange(Protocol::Udp, Family::IPv4), config.dynamicRange(Protocol::Udp, Family::IPv6) };
    std::vector<SocketPoolVerdict> verdicts;
    std::vector<std::uint16_t> ports;
    for (std::size_t i = 0; i < items.size();) {
        const auto slot = static_cast<std::uint32_t>(items[i] >> 24);
        SocketPoolVerdict v;
        v.pid = pids.pidOf(slot);
        v.name = processName(snapshot, v.pid);
        if (const auto* p = snapshot.process(v.pid))
            v.dnsServer = isKnownDnsServer(p->name);
        ports.clear();
        std::uint32_t v6Sockets = 0;
        for (; i < items.size() && (items[i] >> 24) == slot; ++i) {
            const auto port = static_cast<std::uint16_t>(items[i] >> 2 & 0xffff);
            const bool v6 = items[i] >> 1 & 1;
            ++v.udpSockets;
            v6Sockets += v6;
            v.unconnected += !(items[i] & 1);
            if (!ports.empty() && ports.back() == port)
                continue; // same port in the other family, or shared: one port
            ports.push_back(port);
            if (dynamic[v6] && dynamic[v6]->range.contains(port))
                ++v.insideDynamic;
        }
        v.distinctPorts = static_cast<std::uint32_t>(ports.size());
        v.span = { ports.front(), ports.back() };
        const DynamicPortRange* mine = dynamic[v6Sockets * 2 > v.udpSockets ? 1 : 0];
        if (!mine)
            mine = dynamic[0] ? dynamic[0] : dynamic[1];
        if (mine && mine->range.size() && v.insideDynamic * 2 >= v.distinctPorts) {
            v.reference = mine->range;
            v.referenceKind = PoolReference::DynamicRange;
        } else {
            v.reference = kUserPorts;
            v.referenceKind = PoolReference::UserPorts;
        }
        judge(v, ports, rule);
        verdicts.push_back(std::move(v));
    }
    std::sort(verdicts.begin(), verdicts.end(), [](const auto& a, const auto& b) {
        if (a.isPool != b.isPool)
            return a.isPool;
        return a.udpSockets != b.udpSockets ? a.udpSockets > b.udpSockets : a.pid < b.pid;
    });
    return verdicts;
}

} // namespace portolan::analysis
