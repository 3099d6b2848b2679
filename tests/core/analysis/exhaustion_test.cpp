// Dynamic-range exhaustion figures on hand-built snapshots, and against a set-based recount.

#include "core/analysis/analysis_fixtures.h"
#include "core/analysis/exhaustion.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace portolan;
using namespace portolan::analysis;
using namespace portolan::test;

namespace {

const RangeUsage* usage(const ExhaustionReport& r, Protocol p, Family f)
{
    for (const auto& u : r.ranges)
        if (u.protocol == p && u.family == f)
            return &u;
    return nullptr;
}

std::vector<const ExhaustionWarning*> warningsOf(const ExhaustionReport& r, WarningKind kind)
{
    std::vector<const ExhaustionWarning*> out;
    for (const auto& w : r.warnings)
        if (w.kind == kind)
            out.push_back(&w);
    return out;
}

} // namespace

TEST(Exhaustion, CountsDistinctPortsInsideTheRangeMinusReserved)
{
    // Range 40000-40999 (1000 ports), 10 of them reserved (40990-40999), plus a reserved port outside the range.
    const auto config = uniformConfig({ 40000, 40999 }, { { 40990, 40999 }, { 8080, 8080 } });
    SnapshotBuilder b;
    b.process(100, "hog").process(200, "small");
    b.udpBlock(100, { 40000, 40599 }); // 600 ports
    b.add({ Protocol::Udp, 40000, SocketState::Bound, 100 }); // same port again (SO_REUSEPORT): still one port
    b.udpBlock(200, { 40600, 40609 }); // 10 ports
    b.add({ Protocol::Udp, 40995, SocketState::Bound, 200 }); // reserved, explicitly bound
    b.add({ Protocol::Udp, 8080, SocketState::Bound, 200 }); // reserved, outside
    b.add({ Protocol::Udp, 39999, SocketState::Bound, 200 }); // just below the range
    b.add({ Protocol::Udp, 41000, SocketState::Bound, 200 }); // just above

    const auto r = computeExhaustion(b.snapshot(), config);
    const auto* u = usage(r, Protocol::Udp, Family::IPv4);
    ASSERT_NE(u, nullptr);
    EXPECT_EQ(u->size, 1000u);
    EXPECT_EQ(u->unassignable, 10u);
    EXPECT_EQ(u->usable, 990u);
    EXPECT_EQ(u->inUse, 610u);
    EXPECT_EQ(u->inUseUnassignable, 1u);
    EXPECT_EQ(u->free, 380u);
    EXPECT_DOUBLE_EQ(u->freeShare, 380.0 / 990.0);
    EXPECT_EQ(u->owners, 2u);
    ASSERT_EQ(u->topConsumers.size(), 2u);
    EXPECT_EQ(u->topConsumers[0].pid, 100u);
    EXPECT_EQ(u->topConsumers[0].name, "hog");
    EXPECT_EQ(u->topConsumers[0].ports, 600u);
    EXPECT_DOUBLE_EQ(u->topConsumers[0].share, 600.0 / 990.0);
    EXPECT_EQ(u->topConsumers[1].ports, 10u);

    // The TCP and IPv6 ranges are known but empty of sockets.
    const auto* tcp = usage(r, Protocol::Tcp, Family::IPv4);
    ASSERT_NE(tcp, nullptr);
    EXPECT_EQ(tcp->inUse, 0u);
    EXPECT_EQ(tcp->free, 990u);
    EXPECT_DOUBLE_EQ(tcp->freeShare, 1.0);

    // hog holds 60.6 % > 50 %: one warning, for it, machine-readable.
    const auto dominating = warningsOf(r, WarningKind::OwnerDominatesRange);
    ASSERT_EQ(dominating.size(), 1u);
    EXPECT_EQ(dominating[0]->severity, Severity::Warning);
    EXPECT_EQ(dominating[0]->ownerKind, OwnerKind::Process);
    EXPECT_EQ(dominating[0]->pid, 100u);
    EXPECT_EQ(dominating[0]->protocol, Protocol::Udp);
    EXPECT_EQ(dominating[0]->family, Family::IPv4);
    EXPECT_EQ(dominating[0]->ports, 600u);
    EXPECT_EQ(dominating[0]->usable, 990u);
    EXPECT_DOUBLE_EQ(dominating[0]->threshold, 0.5);
    EXPECT_NE(dominating[0]->message.find("hog (pid 100)"), std::string::npos) << dominating[0]->message;
    EXPECT_NE(dominating[0]->message.find("UDP/IPv4"), std::string::npos) << dominating[0]->message;
    EXPECT_TRUE(warningsOf(r, WarningKind::RangeNearlyFull).empty());
}

TEST(Exhaustion, IPv4AndIPv6AreCountedSeparately)
{
    const auto config = uniformConfig({ 50000, 50099 });
    SnapshotBuilder b;
    b.process(1, "dual");
    for (std::uint16_t port = 50000; port < 50030; ++port) {
        b.add({ Protocol::Udp, port, SocketState::Bound, 1, OwnerStatus::Resolved, Family::IPv4 });
        b.add({ Protocol::Udp, port, SocketState::Bound, 1, OwnerStatus::Resolved, Family::IPv6 });
    }
    for (std::uint16_t port = 50050; port < 50060; ++port)
        b.add({ Protocol::Udp, port, SocketState::Bound, 1, OwnerStatus::Resolved, Family::IPv6 });
    const auto r = computeExhaustion(b.snapshot(), config);
    EXPECT_EQ(usage(r, Protocol::Udp, Family::IPv4)->inUse, 30u);
    EXPECT_EQ(usage(r, Protocol::Udp, Family::IPv6)->inUse, 40u);
    EXPECT_EQ(usage(r, Protocol::Tcp, Family::IPv6)->inUse, 0u);
}

TEST(Exhaustion, SharedPortCountsOnceForTheRangeAndOnceForEachOwner)
{
    const auto config = uniformConfig({ 50000, 50009 });
    SnapshotBuilder b;
    b.process(1, "a").process(2, "b").process(3, "c");
    // Port 50000: a, b, a, c, b (interleaved, as a dump may list SO_REUSEPORT groups).
    for (std::uint32_t pid : { 1u, 2u, 1u, 3u, 2u })
        b.add({ Protocol::Udp, 50000, SocketState::Bound, pid });
    b.add({ Protocol::Udp, 50001, SocketState::Bound, 1 });
    const auto r = computeExhaustion(b.snapshot(), config);
    const auto* u = usage(r, Protocol::Udp, Family::IPv4);
    EXPECT_EQ(u->inUse, 2u);
    std::map<std::uint32_t, std::uint32_t> ports;
    for (const auto& c : u->topConsumers)
        ports[c.pid] = c.ports;
    EXPECT_EQ(ports, (std::map<std::uint32_t, std::uint32_t> { { 1, 2 }, { 2, 1 }, { 3, 1 } }));
    EXPECT_EQ(u->owners, 3u);
}

TEST(Exhaustion, PortZeroAndPort65535AtTheRangeEdges)
{
    SnapshotBuilder b;
    b.process(1, "a");
    b.add({ Protocol::Tcp, 0, SocketState::Bound, 1 });
    b.add({ Protocol::Tcp, 65535, SocketState::Listen, 1 });
    b.add({ Protocol::Tcp, 65534, SocketState::Listen, 1 });
    const auto top = computeExhaustion(b.snapshot(), uniformConfig({ 65535, 65535 }));
    EXPECT_EQ(usage(top, Protocol::Tcp, Family::IPv4)->size, 1u);
    EXPECT_EQ(usage(top, Protocol::Tcp, Family::IPv4)->inUse, 1u);
    EXPECT_EQ(usage(top, Protocol::Tcp, Family::IPv4)->free, 0u);
    ASSERT_EQ(warningsOf(top, WarningKind::RangeExhausted).size(), 1u);
    EXPECT_EQ(warningsOf(top, WarningKind::RangeExhausted)[0]->severity, Severity::Critical);

    const auto whole = computeExhaustion(b.snapshot(), uniformConfig({ 0, 65535 }));
    EXPECT_EQ(usage(whole, Protocol::Tcp, Family::IPv4)->size, 65536u);
    EXPECT_EQ(usage(whole, Protocol::Tcp, Family::IPv4)->inUse, 3u);
}

TEST(Exhaustion, RangeWithNothingUsableIsCritical)
{
    // Everything reserved: no port the stack can hand out.
    const auto config = uniformConfig({ 20000, 20009 }, { { 19990, 20020 } });
    SnapshotBuilder b;
    b.process(1, "a").add({ Protocol::Tcp, 20005, SocketState::Listen, 1 });
    const auto r = computeExhaustion(b.snapshot(), config);
    const auto* u = usage(r, Protocol::Tcp, Family::IPv4);
    EXPECT_EQ(u->size, 10u);
    EXPECT_EQ(u->usable, 0u);
    EXPECT_EQ(u->inUse, 0u);
    EXPECT_EQ(u->inUseUnassignable, 1u);
    EXPECT_EQ(u->freeShare, 0.0);
    const auto empty = warningsOf(r, WarningKind::RangeEmpty);
    ASSERT_EQ(empty.size(), 4u); // one per protocol x family
    for (const auto* w : empty)
        EXPECT_EQ(w->severity, Severity::Critical);
    EXPECT_TRUE(warningsOf(r, WarningKind::OwnerDominatesRange).empty());

    // An empty range (first > last can only come from a bad reader, but must not divide by zero).
    MachinePortConfig bad;
    bad.dynamicRanges = { { Protocol::Udp, Family::IPv4, { 30000, 29999 }, "test" } };
    const auto r2 = computeExhaustion(b.snapshot(), bad);
    ASSERT_EQ(r2.ranges.size(), 1u);
    EXPECT_EQ(r2.ranges[0].size, 0u);
    EXPECT_EQ(r2.ranges[0].usable, 0u);
    EXPECT_EQ(warningsOf(r2, WarningKind::RangeEmpty).size(), 1u);
}

TEST(Exhaustion, FreeShareThresholds)
{
    const auto config = uniformConfig({ 10000, 10999 });
    auto run = [&](std::uint16_t used, ExhaustionThresholds t = {}) {
        SnapshotBuilder b;
        // Many small owners, so that no single one dominates.
        for (std::uint32_t i = 0; i < used; ++i) {
            b.process(1 + i / 100, "p");
            b.add({ Protocol::Tcp, static_cast<std::uint16_t>(10000 + i), SocketState::Established, 1 + i / 100,
                OwnerStatus::Resolved, Family::IPv4, IpAddress::v4(10, 9, 9, 9), 443 });
        }
        return computeExhaustion(b.snapshot(), config, t);
    };
    EXPECT_TRUE(warningsOf(run(900), WarningKind::RangeNearlyFull).empty()); // exactly 10 % free: not below
    const auto warn = run(901);
    ASSERT_EQ(warningsOf(warn, WarningKind::RangeNearlyFull).size(), 1u);
    EXPECT_EQ(warningsOf(warn, WarningKind::RangeNearlyFull)[0]->severity, Severity::Warning);
    EXPECT_EQ(warningsOf(warn, WarningKind::RangeNearlyFull)[0]->ports, 99u);
    EXPECT_EQ(warningsOf(warn, WarningKind::RangeNearlyFull)[0]->protocol, Protocol::Tcp);
    const auto critical = run(990);
    ASSERT_EQ(warningsOf(critical, WarningKind::RangeNearlyFull).size(), 1u);
    EXPECT_EQ(warningsOf(critical, WarningKind::RangeNearlyFull)[0]->severity, Severity::Critical);
    EXPECT_EQ(warningsOf(run(1000), WarningKind::RangeExhausted).size(), 1u);
    ExhaustionThresholds strict;
    strict.freeShareWarning = 0.5;
    EXPECT_EQ(warningsOf(run(600, strict), WarningKind::RangeNearlyFull).size(), 1u);
    EXPECT_TRUE(warningsOf(run(600), WarningKind::RangeNearlyFull).empty());
    // The top remote: all of them went to 10.9.9.9:443.
    const auto r = run(300);
    ASSERT_FALSE(r.topRemotes.empty());
    EXPECT_EQ(r.topRemotes[0].connections, 300u);
    EXPECT_EQ(r.topRemotes[0].address, IpAddress::v4(10, 9, 9, 9));
}

TEST(Exhaustion, OwnerShareThresholdsAreConfigurable)
{
    const auto config = uniformConfig({ 10000, 10099 });
    SnapshotBuilder b;
    b.process(5, "big");
    b.udpBlock(5, { 10000, 10094 }); // 95 %
    const auto r = computeExhaustion(b.snapshot(), config);
    const auto w = warningsOf(r, WarningKind::OwnerDominatesRange);
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0]->severity, Severity::Critical);
    EXPECT_DOUBLE_EQ(w[0]->threshold, 0.9);
    EXPECT_DOUBLE_EQ(w[0]->value, 0.95);
    // Free 5 % < 10 %: also nearly full; critical warnings come first.
    ASSERT_GE(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0].severity, Severity::Critical);

    ExhaustionThresholds relaxed;
    relaxed.ownerShareWarning = 0.96;
    relaxed.ownerShareCritical = 0.99;
    EXPECT_TRUE(warningsOf(computeExhaustion(b.snapshot(), config, relaxed), WarningKind::OwnerDominatesRange).empty());
}

TEST(Exhaustion, TimeWaitAttributedToListenerOrLeftUnattributed)
{
    const auto config = uniformConfig({ 32768, 60999 });
    SnapshotBuilder b;
    b.process(80, "nginx").process(90, "client");
    // nginx listens on 443 over a dual-stack IPv6 socket; IPv4 peers show as IPv4-mapped (family IPv6) rows.
    b.add({ Protocol::Tcp, 443, SocketState::Listen, 80, OwnerStatus::Resolved, Family::IPv6 });
    for (int i = 0; i < 7; ++i) // server side: local port 443
        b.add({ Protocol::Tcp, 443, SocketState::TimeWait, 0, OwnerStatus::Kernel, i % 2 ? Family::IPv6 : Family::IPv4,
            IpAddress::v4(198, 51, 100, 1), static_cast<std::uint16_t>(40000 + i) });
    for (int i = 0; i < 12; ++i) // client side: local dynamic port toward one service
        b.add({ Protocol::Tcp, static_cast<std::uint16_t>(45000 + i), SocketState::TimeWait, 0, OwnerStatus::Kernel,
            Family::IPv4, IpAddress::v4(10, 0, 0, 53), 389 });
    // A platform that does name an owner for TIME_WAIT.
    b.add({ Protocol::Tcp, 46000, SocketState::TimeWait, 90, OwnerStatus::Resolved, Family::IPv4,
        IpAddress::v4(10, 0, 0, 53), 389 });
    b.add({ Protocol::Tcp, 46001, SocketState::Established, 90, OwnerStatus::Resolved, Family::IPv4,
        IpAddress::v4(10, 0, 0, 53), 389 });
    b.add({ Protocol::Udp, 46002, SocketState::TimeWait, 0, OwnerStatus::Kernel }); // not TCP: not counted

    const auto r = computeExhaustion(b.snapshot(), config);
    EXPECT_EQ(r.timeWaitTotal, 20u);
    ASSERT_EQ(r.timeWaitByOwner.size(), 3u);
    EXPECT_EQ(r.timeWaitByOwner[0].attribution, TimeWaitAttribution::None);
    EXPECT_EQ(r.timeWaitByOwner[0].count, 12u);
    EXPECT_EQ(r.timeWaitByOwner[1].attribution, TimeWaitAttribution::Listener);
    EXPECT_EQ(r.timeWaitByOwner[1].pid, 80u);
    EXPECT_EQ(r.timeWaitByOwner[1].name, "nginx");
    EXPECT_EQ(r.timeWaitByOwner[1].count, 7u);
    EXPECT_EQ(r.timeWaitByOwner[2].attribution, TimeWaitAttribution::Owner);
    EXPECT_EQ(r.timeWaitByOwner[2].pid, 90u);

    // Remote endpoints from dynamic ports: 10.0.0.53:389 has 12 + 1 TIME_WAIT and 1 established. The server-side
    // rows (local port 443, outside the dynamic range) are not outbound use of the range.
    ASSERT_FALSE(r.topRemotes.empty());
    EXPECT_EQ(r.topRemotes[0].address, IpAddress::v4(10, 0, 0, 53));
    EXPECT_EQ(r.topRemotes[0].port, 389);
    EXPECT_EQ(r.topRemotes[0].connections, 14u);
    EXPECT_EQ(r.topRemotes[0].timeWait, 13u);
    EXPECT_EQ(r.topRemotes[0].established, 1u);
    for (const auto& remote : r.topRemotes)
        EXPECT_NE(remote.address, IpAddress::v4(198, 51, 100, 1));

    // TIME_WAIT rows hold dynamic ports too: as their own consumer.
    const auto* u = usage(r, Protocol::Tcp, Family::IPv4);
    ASSERT_NE(u, nullptr);
    EXPECT_EQ(u->topConsumers[0].kind, OwnerKind::TimeWait);
    EXPECT_EQ(u->topConsumers[0].ports, 12u);
}

TEST(Exhaustion, TimeWaitFloodDominatingTheRangeIsReported)
{
    const auto config = uniformConfig({ 1024, 1123 }); // 100 ports
    SnapshotBuilder b;
    for (std::uint16_t port = 1024; port < 1090; ++port)
        b.add({ Protocol::Tcp, port, SocketState::TimeWait, 0, OwnerStatus::Kernel, Family::IPv4,
            IpAddress::v4(10, 0, 0, 80), 80 });
    const auto r = computeExhaustion(b.snapshot(), config);
    const auto w = warningsOf(r, WarningKind::OwnerDominatesRange);
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0]->ownerKind, OwnerKind::TimeWait);
    EXPECT_EQ(w[0]->ports, 66u);
    EXPECT_NE(w[0]->message.find("TIME_WAIT"), std::string::npos);
}

TEST(Exhaustion, MissingRangeIsANoteNotAFigure)
{
    MachinePortConfig c;
    c.dynamicRanges = { { Protocol::Tcp, Family::IPv4, { 49152, 65535 }, "default (Vista+)" } };
    const auto r = computeExhaustion(Snapshot {}, c);
    ASSERT_EQ(r.ranges.size(), 1u);
    EXPECT_TRUE(r.ranges[0].assumed);
    EXPECT_EQ(r.notes.size(), 3u);
    EXPECT_TRUE(r.warnings.empty());
}

// Against a recount with std::set per (range, owner), on synthetic servers.
TEST(Exhaustion, MatchesASetBasedRecount)
{
    for (unsigned seed : { 1u, 2u, 3u }) {
        const Snapshot s = syntheticServer(30000, 60, seed);
        const auto config = uniformConfig({ 49152, 65535 }, { { 50000, 50999 }, { 60000, 60000 } });
        ExhaustionThresholds t;
        t.topConsumers = 1000;
        const auto r = computeExhaustion(s, config, t);
        for (const auto& u : r.ranges) {
            std::set<std::uint16_t> used;
            std::map<std::pair<int, std::uint32_t>, std::set<std::uint16_t>> perOwner;
            for (const auto& e : s.endpoints) {
                if (e.protocol != u.protocol || e.family() != u.family || !u.range.contains(e.localPort))
                    continue;
                if ((e.localPort >= 50000 && e.localPort <= 50999) || e.localPort == 60000)
                    continue;
                used.insert(e.localPort);
                const auto kind = ownerKindOf(e);
                perOwner[{ static_cast<int>(kind), kind == OwnerKind::Process ? e.pid : 0 }].insert(e.localPort);
            }
            EXPECT_EQ(u.usable, 16384u - 1001u);
            EXPECT_EQ(u.inUse, used.size()) << seed;
            EXPECT_EQ(u.owners, perOwner.size()) << seed;
            for (const auto& c : u.topConsumers) {
                const std::pair<int, std::uint32_t> key { static_cast<int>(c.kind), c.pid };
                EXPECT_EQ(c.ports, perOwner[key].size()) << seed << " " << c.name;
            }
        }
        std::uint32_t timeWait = 0;
        for (const auto& e : s.endpoints)
            timeWait += e.protocol == Protocol::Tcp && e.state == SocketState::TimeWait;
        EXPECT_EQ(r.timeWaitTotal, timeWait);
    }
}
