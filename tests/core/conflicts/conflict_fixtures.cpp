#include "conflict_fixtures.h"

#include "core/conflicts/catalogue_json.h"

#include <algorithm>
#include <memory>
#include <random>
#include <set>

namespace portolan::conflicts_test {

SnapshotBuilder::SnapshotBuilder(std::string os)
{
    m_snapshot.meta.os = std::move(os);
    m_snapshot.meta.hostname = "test-host";
}

SnapshotBuilder& SnapshotBuilder::process(std::uint32_t pid, std::string name, std::vector<std::string> services)
{
    auto p = std::make_shared<ProcessInfo>();
    p->pid = pid;
    p->name = std::move(name);
    p->services = std::move(services);
    m_snapshot.processes[pid] = p;
    return *this;
}

std::uint32_t SnapshotBuilder::udp(std::uint32_t pid, std::uint16_t port, OwnerStatus owner)
{
    Endpoint e;
    e.protocol = Protocol::Udp;
    e.localAddress = IpAddress::v4(0, 0, 0, 0);
    e.localPort = port;
    e.state = SocketState::Bound;
    e.pid = owner == OwnerStatus::Resolved ? pid : 0;
    e.ownerStatus = owner;
    e.inode = 100000 + m_snapshot.endpoints.size();
    m_snapshot.endpoints.push_back(e);
    return static_cast<std::uint32_t>(m_snapshot.endpoints.size() - 1);
}

std::uint32_t SnapshotBuilder::tcp(
    std::uint32_t pid, std::uint16_t port, SocketState state, OwnerStatus owner, std::uint16_t remotePort)
{
    Endpoint e;
    e.protocol = Protocol::Tcp;
    e.localAddress = IpAddress::v4(10, 0, 0, 1);
    e.localPort = port;
    e.remoteAddress = remotePort ? IpAddress::v4(10, 0, 0, 2) : IpAddress::v4(0, 0, 0, 0);
    e.remotePort = remotePort;
    e.state = state;
    e.pid = owner == OwnerStatus::Resolved ? pid : 0;
    e.ownerStatus = owner;
    e.inode = 100000 + m_snapshot.endpoints.size();
    m_snapshot.endpoints.push_back(e);
    return static_cast<std::uint32_t>(m_snapshot.endpoints.size() - 1);
}

std::vector<std::uint32_t> SnapshotBuilder::udpPool(
    std::uint32_t pid, std::uint32_t count, PortRange range, unsigned seed, const std::vector<std::uint16_t>& include)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::uint32_t> pick(range.first, range.last);
    std::set<std::uint16_t> ports(include.begin(), include.end());
    while (ports.size() < count + include.size())
        ports.insert(static_cast<std::uint16_t>(pick(rng)));
    std::vector<std::uint32_t> indices;
    for (auto port : ports)
        indices.push_back(udp(pid, port));
    return indices;
}

MachinePortConfig linuxConfig(PortRange dynamic, std::vector<PortRange> reserved)
{
    MachinePortConfig config;
    for (auto protocol : { Protocol::Tcp, Protocol::Udp })
        for (auto family : { Family::IPv4, Family::IPv6 })
            config.dynamicRanges.push_back({ protocol, family, dynamic, "net.ipv4.ip_local_port_range" });
    config.reserved = normalizePortRanges(std::move(reserved));
    return config;
}

MachinePortConfig windowsConfig(
    PortRange dynamic, std::optional<std::uint32_t> maxUserPort, std::vector<PortRange> reserved)
{
    MachinePortConfig config = linuxConfig(dynamic, std::move(reserved));
    for (auto& d : config.dynamicRanges)
        d.source = maxUserPort ? "MaxUserPort (Server 2003 rule: 1024-MaxUserPort)" : "netsh";
    config.maxUserPort = maxUserPort;
    return config;
}

conflicts::Catalogue shippedCatalogue()
{
    auto file = conflicts::parseCatalogueJson(conflicts::shippedCatalogueJson(), "services.json");
    conflicts::Catalogue catalogue;
    catalogue.entries = std::move(file.entries);
    catalogue.problems = std::move(file.problems);
    return catalogue;
}

} // namespace portolan::conflicts_test
