#include "analysis_fixtures.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

namespace portolan::test {

Endpoint makeEndpoint(const EndpointSpec& spec)
{
    Endpoint e;
    e.protocol = spec.protocol;
    e.localPort = spec.localPort;
    e.state = spec.state;
    e.pid = spec.pid;
    e.ownerStatus = spec.owner;
    e.localAddress = spec.family == Family::IPv4 ? IpAddress::v4(10, 0, 0, 1) : *IpAddress::parse("2001:db8::1");
    e.remoteAddress = spec.remotePort ? spec.remoteAddress
        : spec.family == Family::IPv4 ? IpAddress::anyV4()
                                      : IpAddress::anyV6();
    e.remotePort = spec.remotePort;
    return e;
}

SnapshotBuilder& SnapshotBuilder::process(std::uint32_t pid, std::string name)
{
    auto p = std::make_shared<ProcessInfo>();
    p->pid = pid;
    p->name = std::move(name);
    m_snapshot.processes[pid] = std::move(p);
    return *this;
}

SnapshotBuilder& SnapshotBuilder::add(const EndpointSpec& spec)
{
    m_snapshot.endpoints.push_back(makeEndpoint(spec));
    return *this;
}

SnapshotBuilder& SnapshotBuilder::randomUdp(
    std::uint32_t pid, std::uint32_t count, PortRange range, std::mt19937& rng, Family family)
{
    std::uniform_int_distribution<unsigned> pick(range.first, range.last);
    std::unordered_set<unsigned> taken;
    while (taken.size() < count) {
        const unsigned port = pick(rng);
        if (taken.insert(port).second)
            add({ Protocol::Udp, static_cast<std::uint16_t>(port), SocketState::Bound, pid, OwnerStatus::Resolved,
                family });
    }
    return *this;
}

SnapshotBuilder& SnapshotBuilder::udpBlock(std::uint32_t pid, PortRange ports, std::uint16_t step)
{
    for (std::uint32_t port = ports.first; port <= ports.last; port += step)
        add({ Protocol::Udp, static_cast<std::uint16_t>(port), SocketState::Bound, pid });
    return *this;
}

MachinePortConfig uniformConfig(PortRange dynamic, std::vector<PortRange> reserved, std::string source)
{
    MachinePortConfig config;
    for (auto protocol : { Protocol::Tcp, Protocol::Udp })
        for (auto family : { Family::IPv4, Family::IPv6 })
            config.dynamicRanges.push_back({ protocol, family, dynamic, source });
    config.reserved = normalizePortRanges(std::move(reserved));
    return config;
}

Snapshot syntheticServer(std::size_t endpoints, std::size_t processes, unsigned seed)
{
    std::mt19937 rng(seed);
    SnapshotBuilder b;
    processes = std::max<std::size_t>(processes, 2);
    for (std::uint32_t i = 0; i < processes; ++i)
        b.process(1000 + i * 4, i == 0 ? "dns.exe" : "svc" + std::to_string(i));
    std::uniform_int_distribution<std::uint32_t> anyProcess(1, static_cast<std::uint32_t>(processes - 1));
    std::uniform_int_distribution<unsigned> dynamicPort(49152, 65535), anyPort(0, 65535), servicePort(1, 1023);
    std::uniform_int_distribution<int> kind(0, 99), remoteHost(1, 8);
    const IpAddress remotes[] = { IpAddress::v4(10, 1, 0, 1), IpAddress::v4(10, 1, 0, 2),
        *IpAddress::parse("2001:db8::53"), IpAddress::v4(192, 0, 2, 7) };
    auto pidOf = [](std::uint32_t index) { return 1000 + index * 4; };
    for (std::size_t n = 0; n < endpoints; ++n) {
        const int k = kind(rng);
        EndpointSpec s;
        if (k < 25) { // the DNS pool
            s = { Protocol::Udp, static_cast<std::uint16_t>(dynamicPort(rng)), SocketState::Bound, pidOf(0) };
            s.family = n % 2 ? Family::IPv6 : Family::IPv4;
        } else if (k < 30) { // listeners
            s = { Protocol::Tcp, static_cast<std::uint16_t>(servicePort(rng)), SocketState::Listen,
                pidOf(anyProcess(rng)) };
        } else if (k < 65) { // outbound connections from dynamic ports
            const auto& remote = remotes[remoteHost(rng) % 4];
            s = { Protocol::Tcp, static_cast<std::uint16_t>(dynamicPort(rng)), SocketState::Established,
                pidOf(anyProcess(rng)), OwnerStatus::Resolved, remote.family, remote,
                static_cast<std::uint16_t>(remoteHost(rng) <= 4 ? 443 : 389) };
        } else if (k < 90) { // TIME_WAIT, no owner
            const auto& remote = remotes[remoteHost(rng) % 4];
            s = { Protocol::Tcp, static_cast<std::uint16_t>(dynamicPort(rng)), SocketState::TimeWait, 0,
                OwnerStatus::Kernel, remote.family, remote, 443 };
        } else if (k < 95) { // inbound, server side
            s = { Protocol::Tcp, static_cast<std::uint16_t>(servicePort(rng)), SocketState::Established,
                pidOf(anyProcess(rng)), OwnerStatus::Resolved, Family::IPv4, IpAddress::v4(198, 51, 100, 9),
                static_cast<std::uint16_t>(dynamicPort(rng)) };
        } else { // anything, some of it unowned
            s = { k % 2 ? Protocol::Udp : Protocol::Tcp, static_cast<std::uint16_t>(anyPort(rng)),
                k % 2 ? SocketState::Bound : SocketState::CloseWait, pidOf(anyProcess(rng)),
                k == 99       ? OwnerStatus::AccessDenied
                    : k == 98 ? OwnerStatus::Unknown
                              : OwnerStatus::Resolved };
            if (s.state == SocketState::CloseWait) {
                s.remoteAddress = IpAddress::v4(203, 0, 113, 1);
                s.remotePort = 80;
            }
        }
        b.add(s);
    }
    return b.take();
}

} // namespace portolan::test
