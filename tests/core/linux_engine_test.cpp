// The Linux engine against real sockets that the test opens itself.

#include "core/linux/socket_owner_resolver.h"
#include "core/snapshot_engine.h"
#include "live_sockets.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

using namespace portolan;
using namespace portolan::test;

namespace {

const Endpoint* find(const Snapshot& s, Protocol protocol, std::uint16_t localPort, std::uint16_t remotePort = 0,
    Family family = Family::IPv4)
{
    for (const auto& e : s.endpoints)
        if (e.protocol == protocol && e.localPort == localPort && e.remotePort == remotePort && e.family() == family)
            return &e;
    return nullptr;
}

void expectOwnedByUs(const Snapshot& s, const Endpoint* e)
{
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->ownerStatus, OwnerStatus::Resolved);
    EXPECT_EQ(e->pid, static_cast<std::uint32_t>(::getpid()));
    const ProcessInfo* process = s.process(e->pid);
    ASSERT_NE(process, nullptr);
    EXPECT_EQ(process->name, ownComm());
    EXPECT_NE(process->commandLine.find("core_tests"), std::string::npos) << process->commandLine;
}

class LinuxEngine : public ::testing::TestWithParam<bool>
{
protected:
    EngineOptions options() const
    {
        EngineOptions o;
        o.forceProcfs = GetParam();
        return o;
    }
};

} // namespace

TEST_P(LinuxEngine, FindsTheSocketsThisTestOpened)
{
    auto listener = tcpListener();
    auto pair = tcpConnect(listener.get());
    auto udp = udpBound();
    const auto listenPort = localPort(listener.get());
    const auto clientPort = localPort(pair.client.get());
    const auto udpPort = localPort(udp.get());

    auto engine = createPlatformEngine(options());
    const Snapshot s = engine->take();
    EXPECT_EQ(s.meta.format, GetParam() ? "procfs" : "netlink");

    const Endpoint* listen = find(s, Protocol::Tcp, listenPort);
    expectOwnedByUs(s, listen);
    EXPECT_EQ(listen->state, SocketState::Listen);
    EXPECT_TRUE(listen->localAddress.isLoopback());

    const Endpoint* client = find(s, Protocol::Tcp, clientPort, listenPort);
    expectOwnedByUs(s, client);
    EXPECT_EQ(client->state, SocketState::Established);
    const Endpoint* server = find(s, Protocol::Tcp, listenPort, clientPort);
    expectOwnedByUs(s, server);
    EXPECT_EQ(server->state, SocketState::Established);

    const Endpoint* bound = find(s, Protocol::Udp, udpPort);
    expectOwnedByUs(s, bound);
    EXPECT_EQ(bound->state, SocketState::Bound);
    EXPECT_NE(bound->inode, 0u);
}

TEST_P(LinuxEngine, FindsIpv6Sockets)
{
    if (!hasIpv6Loopback())
        GTEST_SKIP() << "this machine has no ::1 (IPv6 disabled); the IPv6 path cannot be exercised here";
    auto listener = tcpListener(true);
    auto udp = udpBound(true);
    auto engine = createPlatformEngine(options());
    const Snapshot s = engine->take();
    const Endpoint* listen = find(s, Protocol::Tcp, localPort(listener.get()), 0, Family::IPv6);
    expectOwnedByUs(s, listen);
    EXPECT_EQ(listen->localAddress.toString(), "::1");
    const Endpoint* bound = find(s, Protocol::Udp, localPort(udp.get()), 0, Family::IPv6);
    expectOwnedByUs(s, bound);
}

TEST_P(LinuxEngine, ClosedSocketDisappearsFromTheNextSnapshot)
{
    auto engine = createPlatformEngine(options());
    auto udp = udpBound();
    const auto port = localPort(udp.get());
    ASSERT_NE(find(engine->take(), Protocol::Udp, port), nullptr);
    udp.reset();
    EXPECT_EQ(find(engine->take(), Protocol::Udp, port), nullptr);
}

TEST_P(LinuxEngine, NewSocketInAKnownProcessIsResolvedByTheCachedResolver)
{
    // The resolver caches fd tables; a socket opened after the first snapshot must still be attributed.
    auto engine = createPlatformEngine(options());
    auto first = udpBound();
    engine->take();
    auto second = udpBound();
    const Snapshot s = engine->take();
    expectOwnedByUs(s, find(s, Protocol::Udp, localPort(second.get())));
    expectOwnedByUs(s, find(s, Protocol::Udp, localPort(first.get())));
}

TEST_P(LinuxEngine, TimeWaitRowsStayLabelledAsKernel)
{
    auto listener = tcpListener();
    std::uint16_t clientPort = 0;
    {
        auto pair = tcpConnect(listener.get());
        clientPort = localPort(pair.client.get());
        pair.client.reset(); // the side that closes first enters TIME_WAIT
    }
    auto engine = createPlatformEngine(options());
    const Snapshot s = engine->take();
    const Endpoint* e = find(s, Protocol::Tcp, clientPort, localPort(listener.get()));
    ASSERT_NE(e, nullptr) << "TIME_WAIT socket must stay in the table";
    EXPECT_EQ(e->state, SocketState::TimeWait);
    EXPECT_EQ(e->ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(e->pid, 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, LinuxEngine, ::testing::Values(false, true),
    [](const auto& info) { return info.param ? "Procfs" : "Netlink"; });

TEST(LinuxEngineBackends, NetlinkAndProcfsAgreeOnLiveSockets)
{
    auto listener = tcpListener();
    auto pair = tcpConnect(listener.get());
    auto udp = udpBound();

    EngineOptions netlinkOptions, procfsOptions;
    procfsOptions.forceProcfs = true;
    auto netlink = createPlatformEngine(netlinkOptions);
    auto procfs = createPlatformEngine(procfsOptions);

    // Compare this process's own sockets: everything else on the machine (other tests run in parallel) may
    // come and go between the two reads.
    auto stableKeys = [&](const Snapshot& s) {
        std::set<std::tuple<int, std::string, int, std::string, int, int, std::uint32_t>> keys;
        for (const auto& e : s.endpoints) {
            if (e.pid != static_cast<std::uint32_t>(::getpid()))
                continue;
            if (e.state == SocketState::Bound && e.protocol == Protocol::Tcp)
                continue; // TCP_BOUND_INACTIVE is visible to sock_diag only
            keys.emplace(int(e.protocol), e.localAddress.toString(), e.localPort, e.remoteAddress.toString(),
                e.remotePort, int(e.state), e.pid);
        }
        return keys;
    };
    const auto a = stableKeys(netlink->take());
    const auto b = stableKeys(procfs->take());
    EXPECT_EQ(a, b);
    EXPECT_GE(a.size(), 4u); // at least this test's listener, both ends of the pair and the UDP socket
}

// The kernel's dump is taken before the fd tables are read, so a socket can close in between and still be in
// the dump. On a churning server (a DNS socket pool recycling its ports) such rows used to show as "[unknown]"
// for their last refresh. The owner the cache knew a moment ago is the right answer for that snapshot.
TEST(SocketOwnerResolver, ASocketClosedBetweenTheDumpAndTheFdScanKeepsItsOwner)
{
    linux_backend::SocketOwnerResolver resolver;
    auto endpointOf = [](int fd) {
        struct stat st
        {
        };
        EXPECT_EQ(::fstat(fd, &st), 0);
        Endpoint e;
        e.protocol = Protocol::Udp;
        e.inode = st.st_ino;
        e.localPort = localPort(fd);
        return e;
    };
    auto first = udpBound();
    std::vector<Endpoint> endpoints { endpointOf(first.get()) };
    std::unordered_map<std::uint32_t, ProcessInfoPtr> processes;
    resolver.resolve(endpoints, processes);
    ASSERT_EQ(endpoints[0].ownerStatus, OwnerStatus::Resolved);

    // As if the dump had listed `first` just before it closed, and `second`, which took its fd number.
    const Endpoint stale = endpoints[0];
    first.reset();
    auto second = udpBound();
    Endpoint never;
    never.protocol = Protocol::Udp;
    never.inode = 0xfffffff0u; // no process ever held it
    endpoints = { stale, endpointOf(second.get()), never };
    processes.clear();
    resolver.resolve(endpoints, processes);
    EXPECT_EQ(endpoints[0].ownerStatus, OwnerStatus::Resolved) << "the closed socket lost its owner";
    EXPECT_EQ(endpoints[0].pid, static_cast<std::uint32_t>(::getpid()));
    EXPECT_EQ(endpoints[1].ownerStatus, OwnerStatus::Resolved);
    EXPECT_EQ(endpoints[1].pid, static_cast<std::uint32_t>(::getpid()));
    EXPECT_NE(endpoints[2].ownerStatus, OwnerStatus::Resolved) << "an inode nobody held must not get an owner";
    EXPECT_TRUE(processes.contains(static_cast<std::uint32_t>(::getpid())));
}

// A DNS server recycling its socket pool closes and opens as many sockets as it had: its fd directory looks
// unchanged, but a socket the last dump listed is gone. Only that process's fd table is re-read, not every
// process's (a full pass costs ~0.35 s at 100,000 sockets).
TEST(SocketOwnerResolver, AProcessRecyclingItsSocketsIsReReadWithoutAFullPass)
{
    linux_backend::SocketOwnerResolver resolver;
    auto endpointOf = [](int fd) {
        struct stat st
        {
        };
        EXPECT_EQ(::fstat(fd, &st), 0);
        Endpoint e;
        e.protocol = Protocol::Udp;
        e.inode = st.st_ino;
        e.localPort = localPort(fd);
        return e;
    };
    auto kept = udpBound();
    auto recycled = udpBound();
    std::vector<Endpoint> endpoints { endpointOf(kept.get()), endpointOf(recycled.get()) };
    std::unordered_map<std::uint32_t, ProcessInfoPtr> processes;
    resolver.resolve(endpoints, processes);
    ASSERT_EQ(endpoints[1].ownerStatus, OwnerStatus::Resolved);

    recycled.reset();
    auto fresh = udpBound(); // takes the freed fd number: the fd count is unchanged
    endpoints = { endpointOf(kept.get()), endpointOf(fresh.get()) };
    processes.clear();
    resolver.resolve(endpoints, processes);
    EXPECT_EQ(endpoints[1].ownerStatus, OwnerStatus::Resolved);
    EXPECT_EQ(endpoints[1].pid, static_cast<std::uint32_t>(::getpid()));
    EXPECT_FALSE(resolver.lastStats().fullScan) << "every process's fd table was read for one recycled socket";
}
