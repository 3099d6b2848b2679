#pragma once

// Hand-built snapshots and configurations for the finding and plan tests. Every number in a test comes from
// these builders' arguments, never from the code under test.

#include "core/conflicts/catalogue.h"
#include "core/port_config.h"
#include "core/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace portolan::conflicts_test {

class SnapshotBuilder
{
public:
    explicit SnapshotBuilder(std::string os);

    SnapshotBuilder& process(std::uint32_t pid, std::string name, std::vector<std::string> services = {});
    // Each returns the new endpoint's index.
    std::uint32_t udp(std::uint32_t pid, std::uint16_t port, OwnerStatus owner = OwnerStatus::Resolved);
    std::uint32_t tcp(std::uint32_t pid, std::uint16_t port, SocketState state,
        OwnerStatus owner = OwnerStatus::Resolved, std::uint16_t remotePort = 0);
    // `count` distinct random UDP ports of `range` (plus `include`), bound by `pid`: a socket pool's shape.
    std::vector<std::uint32_t> udpPool(std::uint32_t pid, std::uint32_t count, PortRange range, unsigned seed,
        const std::vector<std::uint16_t>& include = {});

    const Snapshot& snapshot() const { return m_snapshot; }
    Snapshot& snapshot() { return m_snapshot; }

private:
    Snapshot m_snapshot;
};

// The kernel's default ip_local_port_range for all four protocol x family combinations, nothing reserved.
MachinePortConfig linuxConfig(PortRange dynamic = { 32768, 60999 }, std::vector<PortRange> reserved = {});
// A Windows machine: `dynamic` for all four combinations, optionally Server 2003's MaxUserPort.
MachinePortConfig windowsConfig(
    PortRange dynamic, std::optional<std::uint32_t> maxUserPort = std::nullopt, std::vector<PortRange> reserved = {});

// The shipped catalogue (resources/catalogue/services.json as compiled in).
conflicts::Catalogue shippedCatalogue();

} // namespace portolan::conflicts_test
