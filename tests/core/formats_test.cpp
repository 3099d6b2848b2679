#include "core/ip_address.h"
#include "core/port_config.h"
#include "core/proc_net_parser.h"
#include "core/service_names.h"
#include "core/snapshot_json.h"
#include "core/time_format.h"

#include <gtest/gtest.h>

using namespace portolan;

TEST(IpAddress, ParsesAndPrintsCanonicalText)
{
    for (const char* text : { "0.0.0.0", "127.0.0.1", "255.255.255.255", "::", "::1", "fe80::1%2",
             "2001:db8::8:800:200c:417a", "::ffff:10.1.2.3", "2001:db8:0:1:1:1:1:1" }) {
        auto a = IpAddress::parse(text);
        ASSERT_TRUE(a) << text;
        EXPECT_EQ(a->toString(), text);
    }
    EXPECT_EQ(IpAddress::parse("2001:0db8:0000:0000:0000:0000:0000:0001")->toString(), "2001:db8::1");
    EXPECT_EQ(IpAddress::parse("[::1]")->toString(), "::1");
    for (const char* bad : { "", "1.2.3", "1.2.3.256", "1.2.3.4.5", ":::", "1::2::3", "12345::", "g::1", "::1:" })
        EXPECT_FALSE(IpAddress::parse(bad)) << bad;
}

TEST(IpAddress, OrdersV4BeforeV6ThenNumerically)
{
    auto a = *IpAddress::parse("10.0.0.2");
    auto b = *IpAddress::parse("10.0.0.10");
    auto c = *IpAddress::parse("::1");
    EXPECT_LT(a, b); // numeric, not text order ("10.0.0.10" < "10.0.0.2" as text)
    EXPECT_LT(b, c);
}

TEST(ProcNetParser, ReadsTheKernelFormat)
{
    Endpoint e;
    ASSERT_EQ(parseProcNetLine("   0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0 "
                               "       0 12345 1 0000000000000000 100 0 0 10 0",
                  Protocol::Tcp, e),
        "");
    EXPECT_EQ(e.localAddress.toString(), "127.0.0.1");
    EXPECT_EQ(e.localPort, 0x277);
    EXPECT_EQ(e.state, SocketState::Listen);
    EXPECT_EQ(e.inode, 12345u);
    ASSERT_EQ(parseProcNetLine("  1: 00000000000000000000000001000000:0035 00000000000000000000000000000000:0000 07 "
                               "00000000:00000000 00:00000000 00000000   101        0 999 2 0000000000000000 0",
                  Protocol::Udp, e),
        "");
    EXPECT_EQ(e.localAddress.toString(), "::1");
    EXPECT_EQ(e.state, SocketState::Bound);
    EXPECT_EQ(e.uid, 101u);
    EXPECT_NE(parseProcNetLine("  sl  local_address rem_address   st tx_queue", Protocol::Tcp, e), "");
    EXPECT_NE(parseProcNetLine("   0: 0100007G:0277 00000000:0000 0A 0 0 0 0 0 1", Protocol::Tcp, e), "");
}

TEST(TimeFormat, RoundTrips)
{
    EXPECT_EQ(formatIsoUtc(0), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(*parseIsoUtc("2026-11-21T23:52:38.123Z"), 1795305158123);
    EXPECT_EQ(formatIsoUtc(1795305158123), "2026-11-21T23:52:38.123Z");
    EXPECT_EQ(*parseIsoUtc("2026-11-22T01:52:38+02:00"), 1795305158000);
    EXPECT_FALSE(parseIsoUtc("yesterday"));
}

TEST(PortRanges, ParseNormalizeFormat)
{
    auto ranges = parsePortRangeList("1812-1813, 1645,1646,500, 4500");
    ASSERT_TRUE(ranges);
    EXPECT_EQ(formatPortRangeList(normalizePortRanges(*ranges)), "500,1645-1646,1812-1813,4500");
    EXPECT_FALSE(parsePortRangeList("1-2,x"));
    EXPECT_FALSE(parsePortRange("70000"));
    EXPECT_FALSE(parsePortRange("5-4"));
    EXPECT_EQ(parsePortRangeList("")->size(), 0u);
}

TEST(ServiceNames, ParsesServicesFiles)
{
    const auto names = ServiceNames::fromText("# comment\nssh 22/tcp\nradius 1812/udp # RADIUS\nbroken x/tcp\n"
                                              "domain 53/tcp\ndomain 53/udp\n");
    EXPECT_EQ(names.name(Protocol::Tcp, 22), "ssh");
    EXPECT_EQ(names.name(Protocol::Udp, 1812), "radius");
    EXPECT_EQ(names.name(Protocol::Udp, 22), "");
    EXPECT_EQ(names.size(), 4u);
}

TEST(SnapshotJson, RoundTripsEveryField)
{
    Snapshot s;
    s.meta.source = "live";
    s.meta.format = "netlink";
    s.meta.hostname = "dns01";
    s.meta.os = "linux";
    s.meta.capturedAtMs = 1795305158123;
    s.meta.durationUs = 1500;
    auto p = std::make_shared<ProcessInfo>();
    p->pid = 1234;
    p->name = "named";
    p->executablePath = "/usr/sbin/named";
    p->commandLine = "/usr/sbin/named -u bind";
    p->user = "bind";
    p->uid = 101;
    p->startTime = 777;
    p->services = { "named.service" };
    s.processes[1234] = p;
    Endpoint a;
    a.protocol = Protocol::Udp;
    a.localAddress = *IpAddress::parse("fe80::1%3");
    a.remoteAddress = IpAddress::anyV6();
    a.localPort = 1812;
    a.state = SocketState::Bound;
    a.pid = 1234;
    a.uid = 101;
    a.inode = 99;
    a.ownerStatus = OwnerStatus::Resolved;
    Endpoint b;
    b.protocol = Protocol::Tcp;
    b.localAddress = IpAddress::v4(10, 0, 0, 1);
    b.remoteAddress = IpAddress::v4(10, 0, 0, 2);
    b.localPort = 50000;
    b.remotePort = 443;
    b.state = SocketState::TimeWait;
    b.ownerStatus = OwnerStatus::Kernel;
    s.endpoints = { a, b };
    s.userNames[101] = "bind";

    const auto text = writeSnapshotJson(s);
    const auto back = readSnapshotJson(text);
    ASSERT_FALSE(back.fatal);
    EXPECT_TRUE(back.problems.empty());
    EXPECT_EQ(back.snapshot.endpoints, s.endpoints);
    EXPECT_EQ(back.snapshot.meta.capturedAtMs, s.meta.capturedAtMs);
    EXPECT_EQ(back.snapshot.meta.durationUs, s.meta.durationUs);
    EXPECT_EQ(back.snapshot.meta.hostname, "dns01");
    ASSERT_NE(back.snapshot.process(1234), nullptr);
    EXPECT_EQ(back.snapshot.process(1234)->commandLine, p->commandLine);
    EXPECT_EQ(back.snapshot.process(1234)->services, p->services);
    EXPECT_EQ(back.snapshot.userNames.at(101), "bind");
    EXPECT_EQ(writeSnapshotJson(back.snapshot), text);
}

TEST(SnapshotJson, BadEntriesAreReportedAndTheRestLoads)
{
    const auto result = readSnapshotJson(R"({"schema":"portolan.snapshot","version":1,"endpoints":[
        {"protocol":"tcp","localAddress":"1.2.3.4","localPort":80,"remoteAddress":"0.0.0.0","remotePort":0,"state":"LISTEN"},
        {"protocol":"sctp","localAddress":"1.2.3.4","localPort":80,"remoteAddress":"0.0.0.0","remotePort":0,"state":"LISTEN"},
        {"protocol":"udp","localAddress":"1.2.3.4","localPort":99999,"remoteAddress":"0.0.0.0","remotePort":0,"state":"BOUND"}
    ]})");
    EXPECT_FALSE(result.fatal);
    EXPECT_EQ(result.snapshot.endpoints.size(), 1u);
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_NE(result.problems[0].find("endpoints[1]"), std::string::npos);
    EXPECT_NE(result.problems[1].find("endpoints[2]"), std::string::npos);
    EXPECT_TRUE(readSnapshotJson("{not json").fatal);
    EXPECT_TRUE(readSnapshotJson(R"({"schema":"other"})").fatal);
}
