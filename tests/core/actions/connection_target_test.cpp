// Typed connection sides, targets and matching against dump rows: no sockets, so this also runs under Wine.

#include "core/actions/connection_close.h"

#include <gtest/gtest.h>

using namespace portolan;
using namespace portolan::actions;

namespace {
SocketAddress side(const char* text)
{
    std::string error;
    const auto parsed = parseSocketAddress(text, error);
    EXPECT_TRUE(parsed) << text << ": " << error;
    return parsed.value_or(SocketAddress {});
}

Endpoint row(const char* local, const char* remote, std::uint64_t inode = 0)
{
    Endpoint e;
    const auto l = side(local), r = side(remote);
    e.localAddress = l.address;
    e.localPort = l.port;
    e.remoteAddress = r.address;
    e.remotePort = r.port;
    e.inode = inode;
    e.state = SocketState::Established;
    return e;
}

ConnectionTarget target(const char* local, const char* remote, FamilyChoice family = FamilyChoice::Auto)
{
    std::string error;
    const auto t = makeConnectionTarget(side(local), side(remote), family, error);
    EXPECT_TRUE(t) << error;
    return t.value_or(ConnectionTarget {});
}
} // namespace

TEST(ConnectionTarget, ParsesBothFamiliesAndZones)
{
    auto v4 = side("127.0.0.1:8080");
    EXPECT_EQ(v4.address, IpAddress::v4(127, 0, 0, 1));
    EXPECT_EQ(v4.port, 8080);
    auto v6 = side("[::1]:443");
    EXPECT_EQ(v6.address.family, Family::IPv6);
    EXPECT_TRUE(v6.address.isLoopback());
    EXPECT_EQ(v6.port, 443);
    auto zoned = side("[fe80::1%2]:22");
    EXPECT_EQ(zoned.address.scopeId, 2u);
    EXPECT_EQ(side("0.0.0.0:0").port, 0); // a listener's remote side
    EXPECT_EQ(side("[::ffff:10.0.0.1]:1").address.isV4Mapped(), true);
}

TEST(ConnectionTarget, RejectsWhatCouldBeMisread)
{
    for (const char* text :
        { "", "127.0.0.1", "::1:80", ":::80", "[::1]80", "[::1]", "[::1]:", "127.0.0.1:", "127.0.0.1:65536",
            "127.0.0.1:-1", "127.0.0.1:8o", "[127.0.0.1]:80", "localhost:80", "1.2.3:4", "127.0.0.1:80:90" }) {
        std::string error;
        EXPECT_FALSE(parseSocketAddress(text, error)) << text;
        EXPECT_FALSE(error.empty()) << text;
    }
    std::string error;
    parseSocketAddress("::1:80", error);
    EXPECT_NE(error.find("[ADDRESS]:PORT"), std::string::npos) << error;
}

TEST(ConnectionTarget, FamiliesMustAgree)
{
    std::string error;
    EXPECT_FALSE(makeConnectionTarget(side("127.0.0.1:1"), side("[::1]:2"), FamilyChoice::Auto, error));
    EXPECT_FALSE(makeConnectionTarget(side("[::1]:1"), side("[::1]:2"), FamilyChoice::IPv4, error));
    EXPECT_FALSE(makeConnectionTarget(side("127.0.0.1:0"), side("127.0.0.1:2"), FamilyChoice::Auto, error));
    EXPECT_NE(error.find("local port"), std::string::npos) << error;

    // --tcp6 with IPv4 addresses: the v4-mapped form a dual-stack socket shows.
    const auto mapped = target("127.0.0.1:1", "[::ffff:127.0.0.2]:2", FamilyChoice::IPv6);
    EXPECT_EQ(mapped.family(), Family::IPv6);
    EXPECT_TRUE(mapped.localAddress.isV4Mapped());
    EXPECT_EQ(mapped.localAddress.toString(), "::ffff:127.0.0.1");
    EXPECT_FALSE(mapped.matchV4Mapped);
    EXPECT_TRUE(target("127.0.0.1:1", "127.0.0.1:2").matchV4Mapped);
    EXPECT_FALSE(target("127.0.0.1:1", "127.0.0.1:2", FamilyChoice::IPv4).matchV4Mapped);
    EXPECT_EQ(parseFamilyChoice("ipv6"), FamilyChoice::IPv6);
    EXPECT_EQ(parseFamilyChoice("4"), FamilyChoice::IPv4);
    EXPECT_FALSE(parseFamilyChoice("tcp"));
}

TEST(ConnectionTarget, MatchesOnlyTheNamedConnection)
{
    const auto t = target("127.0.0.1:40000", "127.0.0.1:8080");
    EXPECT_TRUE(connectionMatches(t, row("127.0.0.1:40000", "127.0.0.1:8080")));
    EXPECT_FALSE(connectionMatches(t, row("127.0.0.1:8080", "127.0.0.1:40000"))) << "the other side's socket";
    EXPECT_FALSE(connectionMatches(t, row("127.0.0.1:40001", "127.0.0.1:8080")));
    EXPECT_FALSE(connectionMatches(t, row("127.0.0.2:40000", "127.0.0.1:8080")));
    Endpoint udp = row("127.0.0.1:40000", "127.0.0.1:8080");
    udp.protocol = Protocol::Udp;
    EXPECT_FALSE(connectionMatches(t, udp));
    // Auto: an IPv6 socket talking to an IPv4 peer, under its v4-mapped addresses.
    EXPECT_TRUE(connectionMatches(t, row("[::ffff:127.0.0.1]:40000", "[::ffff:127.0.0.1]:8080")));
    EXPECT_FALSE(connectionMatches(target("127.0.0.1:40000", "127.0.0.1:8080", FamilyChoice::IPv4),
        row("[::ffff:127.0.0.1]:40000", "[::ffff:127.0.0.1]:8080")));
    EXPECT_FALSE(connectionMatches(t, row("[::1]:40000", "[::1]:8080")));
}

TEST(ConnectionTarget, InodeAndZoneNarrowTheMatch)
{
    auto exact = ConnectionTarget::of(row("127.0.0.1:40000", "127.0.0.1:8080", 777));
    EXPECT_TRUE(connectionMatches(exact, row("127.0.0.1:40000", "127.0.0.1:8080", 777)));
    EXPECT_FALSE(connectionMatches(exact, row("127.0.0.1:40000", "127.0.0.1:8080", 778)))
        << "a later socket on the same ports";
    auto zoned = target("[fe80::1%3]:22", "[fe80::2]:5000");
    EXPECT_TRUE(connectionMatches(zoned, row("[fe80::1%3]:22", "[fe80::2]:5000")));
    EXPECT_FALSE(connectionMatches(zoned, row("[fe80::1%4]:22", "[fe80::2]:5000")));
    auto anyZone = target("[fe80::1]:22", "[fe80::2]:5000");
    EXPECT_TRUE(connectionMatches(anyZone, row("[fe80::1%4]:22", "[fe80::2]:5000")));
}

TEST(ConnectionTarget, DescribesWithBracketsForIPv6)
{
    EXPECT_EQ(describeConnection(target("127.0.0.1:40000", "127.0.0.1:8080")), "TCP 127.0.0.1:40000 -> 127.0.0.1:8080");
    EXPECT_EQ(describeConnection(target("[::1]:1", "[::1]:2")), "TCP [::1]:1 -> [::1]:2");
}
