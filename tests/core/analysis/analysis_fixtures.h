#pragma once

// Hand-built snapshots and port configurations for the range-view tests and the benchmark.

#include "core/port_config.h"
#include "core/snapshot.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace portolan::test {

struct EndpointSpec
{
    Protocol protocol = Protocol::Udp;
    std::uint16_t localPort = 0;
    SocketState state = SocketState::Bound;
    std::uint32_t pid = 0;
    OwnerStatus owner = OwnerStatus::Resolved;
    Family family = Family::IPv4;
    IpAddress remoteAddress {};
    std::uint16_t remotePort = 0;
};

Endpoint makeEndpoint(const EndpointSpec& spec);

class SnapshotBuilder
{
public:
    SnapshotBuilder& process(std::uint32_t pid, std::string name);
    SnapshotBuilder& add(const EndpointSpec& spec);
    // `count` UDP sockets of `pid` on distinct random ports of [first, last].
    SnapshotBuilder& randomUdp(
        std::uint32_t pid, std::uint32_t count, PortRange range, std::mt19937& rng, Family family = Family::IPv4);
    SnapshotBuilder& udpBlock(std::uint32_t pid, PortRange ports, std::uint16_t step = 1);
    const Snapshot& snapshot() const { return m_snapshot; }
    Snapshot take() { return std::move(m_snapshot); }

private:
    Snapshot m_snapshot;
};

// One dynamic range for TCP and UDP, IPv4 and IPv6, as Linux has it.
MachinePortConfig uniformConfig(
    PortRange dynamic, std::vector<PortRange> reserved = {}, std::string source = "net.ipv4.ip_local_port_range");

// A busy server for the benchmark and the randomized cross-checks: `processes` processes, one of them a DNS
// pool holding a quarter of the endpoints, listeners, outbound connections to a few remote services, TIME_WAIT
// and some rows without an owner. Deterministic for a seed.
Snapshot syntheticServer(std::size_t endpoints, std::size_t processes, unsigned seed);

} // namespace portolan::test
