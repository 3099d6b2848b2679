// Background bands of the histogram from a machine's port configuration.

#include "core/analysis/analysis_fixtures.h"
#include "core/analysis/port_bands.h"

#include <gtest/gtest.h>

using namespace portolan;
using namespace portolan::analysis;
using namespace portolan::test;

namespace {
std::vector<PortBand> ofKind(const std::vector<PortBand>& bands, BandKind kind)
{
    std::vector<PortBand> out;
    for (const auto& b : bands)
        if (b.kind == kind)
            out.push_back(b);
    return out;
}
} // namespace

TEST(PortBands, LinuxRangeIsOneBandForAllFourCombinations)
{
    const auto bands = portBands(uniformConfig({ 32768, 60999 }, { { 9000, 9010 }, { 8080, 8080 }, { 9005, 9020 } }));
    ASSERT_FALSE(bands.empty());
    EXPECT_EQ(bands.front().kind, BandKind::WellKnown);
    EXPECT_EQ(bands.front().range, (PortRange { 0, 1023 }));
    const auto dynamic = ofKind(bands, BandKind::Dynamic);
    ASSERT_EQ(dynamic.size(), 1u);
    EXPECT_EQ(dynamic[0].range, (PortRange { 32768, 60999 }));
    EXPECT_EQ(dynamic[0].appliesMask, kAllCombos);
    EXPECT_FALSE(dynamic[0].assumed);
    const auto reserved = ofKind(bands, BandKind::Reserved);
    ASSERT_EQ(reserved.size(), 2u); // normalized: 8080, 9000-9020
    EXPECT_EQ(reserved[0].range, (PortRange { 8080, 8080 }));
    EXPECT_EQ(reserved[1].range, (PortRange { 9000, 9020 }));
}

TEST(PortBands, DifferingWindowsRangesGetTheirOwnBands)
{
    MachinePortConfig c;
    // KB 929851: Vista+ defaults to 49152-65535, per protocol and IP version; here UDP/IPv6 was changed.
    c.dynamicRanges = { { Protocol::Tcp, Family::IPv4, { 49152, 65535 }, "netsh int ipv4 show dynamicport tcp" },
        { Protocol::Tcp, Family::IPv6, { 49152, 65535 }, "netsh int ipv6 show dynamicport tcp" },
        { Protocol::Udp, Family::IPv4, { 49152, 65535 }, "netsh int ipv4 show dynamicport udp" },
        { Protocol::Udp, Family::IPv6, { 10000, 19999 }, "netsh int ipv6 show dynamicport udp" } };
    c.excluded = { { 50000, 50059 } };
    c.dnsSocketPoolExcluded = { { 51000, 61000 } };
    const auto bands = portBands(c);
    const auto dynamic = ofKind(bands, BandKind::Dynamic);
    ASSERT_EQ(dynamic.size(), 2u);
    EXPECT_TRUE(dynamic[0].appliesTo(Protocol::Tcp, Family::IPv4));
    EXPECT_TRUE(dynamic[0].appliesTo(Protocol::Tcp, Family::IPv6));
    EXPECT_TRUE(dynamic[0].appliesTo(Protocol::Udp, Family::IPv4));
    EXPECT_FALSE(dynamic[0].appliesTo(Protocol::Udp, Family::IPv6));
    EXPECT_EQ(dynamic[1].range, (PortRange { 10000, 19999 }));
    EXPECT_EQ(dynamic[1].appliesMask, comboBit(Protocol::Udp, Family::IPv6));
    EXPECT_FALSE(dynamic[1].appliesTo(Protocol::Tcp));
    ASSERT_EQ(ofKind(bands, BandKind::Excluded).size(), 1u);
    const auto pool = ofKind(bands, BandKind::DnsPoolExcluded);
    ASSERT_EQ(pool.size(), 1u);
    EXPECT_TRUE(pool[0].appliesTo(Protocol::Udp));
    EXPECT_FALSE(pool[0].appliesTo(Protocol::Tcp));
}

TEST(PortBands, AssumedDefaultsAreFlagged)
{
    const auto config = uniformConfig({ 32768, 60999 }, {}, "default (assumed: kernel default 32768-60999)");
    EXPECT_TRUE(isAssumedDefault(config.dynamicRanges[0]));
    const auto dynamic = ofKind(portBands(config), BandKind::Dynamic);
    ASSERT_EQ(dynamic.size(), 1u);
    EXPECT_TRUE(dynamic[0].assumed);
    EXPECT_FALSE(isAssumedDefault({ Protocol::Tcp, Family::IPv4, { 1, 2 }, "net.ipv4.ip_local_port_range" }));
}

TEST(PortBands, UnassignableMergesReservedAndExcluded)
{
    MachinePortConfig c;
    c.reserved = { { 100, 200 } };
    c.excluded = { { 150, 300 }, { 302, 302 } };
    EXPECT_EQ(unassignablePorts(c), (std::vector<PortRange> { { 100, 300 }, { 302, 302 } }));
}
