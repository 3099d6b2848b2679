#include "synthetic_snapshots.h"

#include <algorithm>
#include <string>

namespace portolan::test {

namespace {
const char* const kNames[] = { "nginx", "postgres", "sshd", "named", "java", "node", "redis-server", "chronyd",
    "systemd-resolve", "dns.exe", "svchost.exe", "lsass.exe", "httpd", "python3", "dockerd" };
}

SyntheticServer::SyntheticServer(std::size_t endpoints, double churn, unsigned seed)
    : m_target(endpoints)
    , m_churn(churn)
    , m_rng(seed)
{
    for (int i = 0; i < 300; ++i)
        m_processes.push_back(randomProcess());
    m_endpoints.reserve(endpoints);
    while (m_endpoints.size() < m_target)
        m_endpoints.push_back(randomEndpoint());
    m_current = publish();
}

ProcessInfoPtr SyntheticServer::randomProcess()
{
    auto p = std::make_shared<ProcessInfo>();
    // Pids from a small space so that reuse happens.
    p->pid = 100 + static_cast<std::uint32_t>(m_rng() % 2000);
    p->name = kNames[m_rng() % std::size(kNames)];
    p->startTime = m_startCounter++;
    p->user = m_rng() % 3 ? "root" : "www-data";
    p->commandLine = "/usr/bin/" + p->name + " --serve";
    return p;
}

Endpoint SyntheticServer::randomEndpoint()
{
    Endpoint e;
    const auto kind = m_rng() % 100;
    e.protocol = kind < 40 ? Protocol::Udp : Protocol::Tcp;
    const bool v6 = m_rng() % 5 == 0;
    e.localAddress = v6 ? IpAddress::anyV6() : IpAddress::v4(10, 0, static_cast<std::uint8_t>(m_rng() % 4), 1);
    e.remoteAddress = v6 ? IpAddress::anyV6() : IpAddress::anyV4();
    e.localPort = static_cast<std::uint16_t>(1 + m_rng() % 65535);
    e.inode = m_nextInode++;
    if (e.protocol == Protocol::Udp) {
        e.state = SocketState::Bound;
    } else if (kind < 50) {
        e.state = SocketState::Listen;
    } else {
        e.state = kind < 85 ? SocketState::Established : SocketState::TimeWait;
        e.remoteAddress
            = v6 ? *IpAddress::parse("2001:db8::7") : IpAddress::v4(192, 0, 2, static_cast<std::uint8_t>(m_rng()));
        e.remotePort = static_cast<std::uint16_t>(1 + m_rng() % 65535);
    }
    if (e.state == SocketState::TimeWait) {
        e.inode = 0;
        e.ownerStatus = OwnerStatus::Kernel;
    } else {
        const auto& owner = m_processes[m_rng() % m_processes.size()];
        e.pid = owner->pid;
        e.uid = 0;
        e.ownerStatus = OwnerStatus::Resolved;
    }
    return e;
}

std::shared_ptr<Snapshot> SyntheticServer::publish()
{
    auto s = std::make_shared<Snapshot>();
    s->meta.hostname = "synthetic";
    s->meta.os = "linux";
    s->endpoints = m_endpoints;
    for (const auto& p : m_processes)
        s->processes[p->pid] = p; // a reused pid: the newest process wins, the old one's sockets follow it
    s->userNames[0] = "root";
    return s;
}

std::shared_ptr<const Snapshot> SyntheticServer::step()
{
    const auto changes = static_cast<std::size_t>(static_cast<double>(m_target) * m_churn);
    // Remove, add, and change the state of `changes` endpoints each.
    for (std::size_t i = 0; i < changes && !m_endpoints.empty(); ++i) {
        const auto victim = m_rng() % m_endpoints.size();
        m_endpoints[victim] = m_endpoints.back();
        m_endpoints.pop_back();
    }
    while (m_endpoints.size() < m_target)
        m_endpoints.push_back(randomEndpoint());
    for (std::size_t i = 0; i < changes / 2; ++i) {
        auto& e = m_endpoints[m_rng() % m_endpoints.size()];
        if (e.state == SocketState::Established)
            e.state = SocketState::CloseWait;
        else if (e.state == SocketState::CloseWait)
            e.state = SocketState::LastAck;
    }
    // Process churn: one process exits and a new one (maybe with a reused pid) appears; sockets move.
    if (m_rng() % 2 == 0) {
        m_processes[m_rng() % m_processes.size()] = randomProcess();
        for (std::size_t i = 0; i < changes / 4 + 1; ++i) {
            auto& e = m_endpoints[m_rng() % m_endpoints.size()];
            if (e.ownerStatus == OwnerStatus::Resolved)
                e.pid = m_processes[m_rng() % m_processes.size()]->pid;
        }
    }
    // Keep every resolved endpoint's pid pointing at a live process.
    std::vector<std::uint32_t> pids;
    for (const auto& p : m_processes)
        pids.push_back(p->pid);
    std::sort(pids.begin(), pids.end());
    for (auto& e : m_endpoints)
        if (e.ownerStatus == OwnerStatus::Resolved && !std::binary_search(pids.begin(), pids.end(), e.pid))
            e.pid = m_processes[m_rng() % m_processes.size()]->pid;
    std::shuffle(m_endpoints.begin(),
        m_endpoints.begin() + static_cast<long>(std::min<std::size_t>(m_endpoints.size(), 64)), m_rng);
    m_current = publish();
    return m_current;
}

} // namespace portolan::test
