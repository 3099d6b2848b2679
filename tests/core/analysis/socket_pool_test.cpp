// Socket-pool detection on hand-built snapshots: the rule's three conditions and their edges.

#include "core/analysis/analysis_fixtures.h"
#include "core/analysis/socket_pool.h"

#include <gtest/gtest.h>

#include <set>

using namespace portolan;
using namespace portolan::analysis;
using namespace portolan::test;

namespace {

// Windows Vista+ default dynamic range (KB 929851).
const MachinePortConfig kWindows = uniformConfig({ 49152, 65535 }, {}, "default (Vista+)");
const MachinePortConfig kLinux = uniformConfig({ 32768, 60999 });

} // namespace

TEST(SocketPool, WindowsDnsServerPoolIsRecognisedAndLabelled)
{
    std::mt19937 rng(953230);
    SnapshotBuilder b;
    b.process(1844, "dns.exe").process(900, "svchost.exe");
    b.randomUdp(1844, 2500, { 49152, 65535 }, rng); // SocketPoolSize default, MS08-037
    b.add({ Protocol::Udp, 53, SocketState::Bound, 1844 });
    b.add({ Protocol::Tcp, 53, SocketState::Listen, 1844 });
    b.randomUdp(900, 3, { 49152, 65535 }, rng);
    const auto verdicts = detectSocketPools(b.snapshot(), kWindows);
    ASSERT_EQ(verdicts.size(), 2u);
    const auto& dns = verdicts[0]; // pools first
    EXPECT_EQ(dns.pid, 1844u);
    EXPECT_TRUE(dns.isPool) << dns.reason;
    EXPECT_TRUE(dns.dnsServer);
    EXPECT_EQ(dns.label(), "DNS server socket pool");
    EXPECT_EQ(dns.udpSockets, 2501u);
    EXPECT_EQ(dns.distinctPorts, 2501u);
    EXPECT_EQ(dns.unconnected, 2501u);
    EXPECT_EQ(dns.insideDynamic, 2500u);
    EXPECT_EQ(dns.referenceKind, PoolReference::DynamicRange);
    EXPECT_EQ(dns.reference, (PortRange { 49152, 65535 }));
    EXPECT_EQ(dns.span.first, 53);
    EXPECT_GT(dns.coverage, 0.95);
    EXPECT_GT(dns.randomness, 0.8);
    EXPECT_LT(dns.randomness, 1.2);

    const auto& small = verdicts[1];
    EXPECT_EQ(small.pid, 900u);
    EXPECT_FALSE(small.isPool);
    EXPECT_EQ(small.udpSockets, 3u);
    EXPECT_TRUE(small.label().empty());
    EXPECT_NE(small.reason.find("fewer than 200"), std::string::npos) << small.reason;
}

TEST(SocketPool, SizeThresholdEdge)
{
    for (std::uint32_t count : { 199u, 200u }) {
        std::mt19937 rng(count);
        SnapshotBuilder b;
        b.process(7, "named");
        b.randomUdp(7, count, { 32768, 60999 }, rng);
        const auto verdicts = detectSocketPools(b.snapshot(), kLinux);
        ASSERT_EQ(verdicts.size(), 1u);
        EXPECT_EQ(verdicts[0].isPool, count >= 200) << count << ": " << verdicts[0].reason;
        EXPECT_TRUE(verdicts[0].dnsServer);
    }
    SocketPoolRule rule;
    rule.minUdpSockets = 100;
    std::mt19937 rng(5);
    SnapshotBuilder b;
    b.process(7, "worker");
    b.randomUdp(7, 150, { 32768, 60999 }, rng);
    EXPECT_FALSE(detectSocketPools(b.snapshot(), kLinux)[0].isPool);
    EXPECT_TRUE(detectSocketPools(b.snapshot(), kLinux, rule)[0].isPool);
    EXPECT_EQ(detectSocketPools(b.snapshot(), kLinux, rule)[0].label(), "UDP socket pool");
}

TEST(SocketPool, ContiguousMediaServerBlockIsNotAPool)
{
    // A media server binding 10000-10299 one after another, outside the dynamic range: measured against
    // 1024-65535, it sits in one or two slices and forms a single run.
    SnapshotBuilder b;
    b.process(42, "mediaserver");
    b.udpBlock(42, { 10000, 10299 });
    const auto v = detectSocketPools(b.snapshot(), kLinux)[0];
    EXPECT_FALSE(v.isPool) << v.reason;
    EXPECT_EQ(v.udpSockets, 300u);
    EXPECT_EQ(v.referenceKind, PoolReference::UserPorts);
    EXPECT_EQ(v.longestRun, 300u);
    EXPECT_LT(v.coverage, 0.05);
    EXPECT_LT(v.randomness, 0.01);
}

TEST(SocketPool, ContiguousBlockInsideTheDynamicRangeIsNotAPool)
{
    SnapshotBuilder b;
    b.process(42, "rtp");
    b.udpBlock(42, { 50000, 50999 });
    const auto v = detectSocketPools(b.snapshot(), kWindows)[0];
    EXPECT_FALSE(v.isPool) << v.reason;
    EXPECT_EQ(v.referenceKind, PoolReference::DynamicRange);
    EXPECT_EQ(v.insideDynamic, 1000u);
}

TEST(SocketPool, EvenPortsOnlyAreConsecutiveEnoughToStayAPlainBlock)
{
    // RTP on even ports 10000-10598: every port its own run, but all in one corner of the port space.
    SnapshotBuilder b;
    b.process(42, "rtpproxy");
    b.udpBlock(42, { 10000, 10598 }, 2);
    const auto v = detectSocketPools(b.snapshot(), kLinux)[0];
    EXPECT_EQ(v.udpSockets, 300u);
    EXPECT_FALSE(v.isPool) << v.reason;
}

TEST(SocketPool, BlockCoveringTheCoverageSlicesButConsecutiveFailsTheRunTest)
{
    // Small dynamic range 20000-20999: a 600-port block covers 60 % of the slices but is one run.
    SnapshotBuilder b;
    b.process(3, "block");
    b.udpBlock(3, { 20000, 20599 });
    const auto v = detectSocketPools(b.snapshot(), uniformConfig({ 20000, 20999 }))[0];
    EXPECT_GE(v.coverage, 0.5);
    EXPECT_FALSE(v.isPool) << v.reason;
    EXPECT_NE(v.reason.find("consecutive"), std::string::npos) << v.reason;
}

TEST(SocketPool, UnboundStylePoolOverAllUnprivilegedPorts)
{
    // unbound picks source ports from 1024-65535 (outgoing-port-permit), mostly outside Linux's range, and
    // connects them.
    std::mt19937 rng(1);
    std::uniform_int_distribution<unsigned> pick(1024, 65535);
    SnapshotBuilder b;
    b.process(53, "unbound");
    std::set<unsigned> ports;
    while (ports.size() < 400)
        ports.insert(pick(rng));
    for (auto port : ports)
        b.add({ Protocol::Udp, static_cast<std::uint16_t>(port), SocketState::Established, 53, OwnerStatus::Resolved,
            Family::IPv4, IpAddress::v4(192, 0, 2, 53), 53 });
    const auto v = detectSocketPools(b.snapshot(), kLinux)[0];
    EXPECT_TRUE(v.isPool) << v.reason;
    EXPECT_EQ(v.unconnected, 0u);
    EXPECT_EQ(v.referenceKind, PoolReference::UserPorts);
    EXPECT_EQ(v.reference, kUserPorts);
}

TEST(SocketPool, BlockFillingTheWholeRangeIsFlagged)
{
    // The documented limit: at full density random and consecutive look the same, and the range is gone anyway.
    SnapshotBuilder b;
    b.process(3, "greedy");
    b.udpBlock(3, { 20000, 20999 });
    EXPECT_TRUE(detectSocketPools(b.snapshot(), uniformConfig({ 20000, 20999 }))[0].isPool);
}

TEST(SocketPool, IPv4AndIPv6OnTheSamePortCountOncePerPort)
{
    std::mt19937 rng(9);
    SnapshotBuilder b;
    b.process(8, "dns.exe");
    b.randomUdp(8, 300, { 49152, 65535 }, rng, Family::IPv4);
    auto snapshot = b.take();
    const auto v4 = snapshot.endpoints;
    for (auto e : v4) {
        e.localAddress = IpAddress::anyV6();
        e.remoteAddress = IpAddress::anyV6();
        snapshot.endpoints.push_back(e);
    }
    const auto v = detectSocketPools(snapshot, kWindows)[0];
    EXPECT_EQ(v.udpSockets, 600u);
    EXPECT_EQ(v.distinctPorts, 300u);
    EXPECT_TRUE(v.isPool);
}

TEST(SocketPool, RowsWithoutOwnerAreNotAttributed)
{
    std::mt19937 rng(2);
    SnapshotBuilder b;
    b.randomUdp(0, 500, { 49152, 65535 }, rng);
    auto s = b.take();
    for (auto& e : s.endpoints)
        e.ownerStatus = OwnerStatus::AccessDenied;
    EXPECT_TRUE(detectSocketPools(s, kWindows).empty());
}

TEST(SocketPool, KnownDnsServerNames)
{
    EXPECT_TRUE(isKnownDnsServer("dns.exe"));
    EXPECT_TRUE(isKnownDnsServer("DNS.EXE"));
    EXPECT_TRUE(isKnownDnsServer("named"));
    EXPECT_TRUE(isKnownDnsServer("unbound"));
    EXPECT_FALSE(isKnownDnsServer("nginx"));
    EXPECT_FALSE(isKnownDnsServer("svchost.exe"));
}
