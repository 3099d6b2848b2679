// Findings on hand-built snapshots, one rule at a time.

#include "conflict_fixtures.h"

#include "core/conflicts/findings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

using namespace portolan;
using namespace portolan::conflicts;
using portolan::conflicts_test::SnapshotBuilder;

namespace {

const Finding* findById(const FindingReport& report, const std::string& id)
{
    for (const auto& f : report.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

std::string ids(const FindingReport& report)
{
    std::string out;
    for (const auto& f : report.findings)
        out += f.id + "\n";
    return out;
}

bool hasFix(const Finding& f, FixKind kind)
{
    return std::any_of(f.fixes.begin(), f.fixes.end(), [&](const FixSuggestion& x) { return x.kind == kind; });
}

const FixSuggestion* fixOf(const Finding& f, FixKind kind)
{
    for (const auto& x : f.fixes)
        if (x.kind == kind)
            return &x;
    return nullptr;
}

FindingOptions noAtRisk()
{
    FindingOptions o;
    o.reportAtRisk = false;
    return o;
}

} // namespace

// The seed: SBS 2003, MaxUserPort set, DNS.EXE (pid 1692) grabbed UDP 2883 among its 2,500 pool ports, so Server
// ActiveSync (w3wp.exe) could not bind it.
TEST(Findings, DnsPoolOnAutdPortIsACriticalConflictNamingThePool)
{
    SnapshotBuilder b("windows");
    b.process(1692, "dns.exe", { "DNS" }).process(3100, "w3wp.exe", { "W3SVC" });
    const auto pool = b.udpPool(1692, 2500, { 1024, 60000 }, 7, { 2883 });
    b.udp(1692, 53);
    const auto config = conflicts_test::windowsConfig({ 1024, 60000 }, 60000);
    const auto report = computeFindings(b.snapshot(), config, conflicts_test::shippedCatalogue(), noAtRisk());

    const auto* f = findById(report, "conflict:exchange-autd:udp/2883");
    ASSERT_NE(f, nullptr) << ids(report);
    EXPECT_EQ(f->kind, FindingKind::Conflict);
    EXPECT_EQ(f->severity, FindingSeverity::Critical);
    EXPECT_EQ(f->entryId, "exchange-autd");
    ASSERT_EQ(f->holders.size(), 1u);
    const auto& h = f->holders[0];
    EXPECT_EQ(h.pid, 1692u);
    EXPECT_EQ(h.name, "dns.exe");
    EXPECT_TRUE(h.socketPool);
    EXPECT_TRUE(h.dnsServer);
    EXPECT_EQ(h.poolLabel, "DNS server socket pool");
    EXPECT_EQ(h.poolSockets, 2502u);
    // The evidence is exactly the row holding 2883.
    std::uint32_t row = 0;
    for (auto i : pool)
        if (b.snapshot().endpoints[i].localPort == 2883)
            row = i;
    ASSERT_EQ(f->evidence, std::vector<std::uint32_t> { row });
    ASSERT_EQ(f->evidenceKeys.size(), 1u);
    EXPECT_EQ(f->evidenceKeys[0], EndpointKey::of(b.snapshot().endpoints[row]));
    // Fixes: reserve, keep it out of the DNS pool, restart DNS first, then the victim.
    ASSERT_NE(fixOf(*f, FixKind::ReservePorts), nullptr);
    EXPECT_EQ(fixOf(*f, FixKind::ReservePorts)->ports, (std::vector<PortRange> { { 2883, 2883 } }));
    EXPECT_TRUE(hasFix(*f, FixKind::ExcludeFromDnsPool));
    ASSERT_NE(fixOf(*f, FixKind::RestartHolder), nullptr);
    EXPECT_EQ(fixOf(*f, FixKind::RestartHolder)->services, std::vector<std::string> { "DNS" });
    ASSERT_NE(fixOf(*f, FixKind::RestartService), nullptr);
    EXPECT_EQ(fixOf(*f, FixKind::RestartService)->services, std::vector<std::string> { "W3SVC" });
    // Plain words, with the references.
    EXPECT_NE(f->what.find("UDP 2883"), std::string::npos) << f->what;
    EXPECT_NE(
        f->what.find("DNS [dns.exe] (pid 1692), a DNS server socket pool of 2,502 UDP sockets"), std::string::npos)
        << f->what;
    EXPECT_NE(f->why.find("KB 956188"), std::string::npos) << f->why;
    EXPECT_NE(f->why.find("KB 956189"), std::string::npos) << f->why;
    // DNS on 53 is its own port: no finding there.
    EXPECT_EQ(findById(report, "conflict:dns-udp:udp/53"), nullptr);
}

TEST(Findings, ExpectedOwnerOnACataloguePortIsNoFinding)
{
    SnapshotBuilder b("linux");
    b.process(900, "freeradius").process(901, "named").process(902, "sshd");
    b.udp(900, 1812);
    b.udp(900, 1813);
    b.udp(900, 1645);
    b.udp(901, 53);
    b.tcp(901, 53, SocketState::Listen);
    b.tcp(902, 22, SocketState::Listen);
    const auto report
        = computeFindings(b.snapshot(), conflicts_test::linuxConfig(), conflicts_test::shippedCatalogue());
    EXPECT_TRUE(report.findings.empty()) << ids(report);
    ASSERT_TRUE(report.platform);
    EXPECT_EQ(*report.platform, Platform::Linux);
}

TEST(Findings, HolderThatCannotBeResolvedIsUnknownNotAConflict)
{
    SnapshotBuilder b("linux");
    const auto denied = b.udp(0, 1812, OwnerStatus::AccessDenied);
    const auto unknown = b.udp(0, 4500, OwnerStatus::Unknown);
    const auto noDetails = b.udp(4242, 1701); // a pid the snapshot has no process for (exited meanwhile)
    const auto report
        = computeFindings(b.snapshot(), conflicts_test::linuxConfig(), conflicts_test::shippedCatalogue());
    ASSERT_EQ(report.findings.size(), 3u) << ids(report);
    for (const auto& f : report.findings) {
        EXPECT_EQ(f.kind, FindingKind::UnknownHolder) << f.id;
        EXPECT_EQ(f.severity, FindingSeverity::Info) << f.id;
        EXPECT_EQ(f.id.rfind("unknown-holder:", 0), 0u) << f.id;
        EXPECT_FALSE(hasFix(f, FixKind::RestartHolder)) << "nobody to restart: " << f.id;
    }
    const auto* d = findById(report, "unknown-holder:radius-auth:udp/1812");
    ASSERT_NE(d, nullptr) << ids(report);
    EXPECT_EQ(d->evidence, std::vector<std::uint32_t> { denied });
    EXPECT_EQ(d->holders.at(0).label, "[access denied]");
    EXPECT_NE(d->what.find("cannot identify"), std::string::npos);
    EXPECT_EQ(
        findById(report, "unknown-holder:ipsec-nat-t:udp/4500")->evidence, std::vector<std::uint32_t> { unknown });
    const auto* n = findById(report, "unknown-holder:l2tp:udp/1701");
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->evidence, std::vector<std::uint32_t> { noDetails });
    EXPECT_EQ(n->holders.at(0).pid, 4242u);
    EXPECT_FALSE(n->holders.at(0).processKnown);
}

TEST(Findings, OrdinarySquatterIsAWarningAndIpsecPortsAreCritical)
{
    SnapshotBuilder b("linux");
    b.process(700, "java");
    b.process(701, "openvpn");
    b.udp(700, 1812);
    b.udp(701, 4500);
    b.tcp(700, 1812, SocketState::Listen); // TCP 1812 is not in the catalogue
    const auto report
        = computeFindings(b.snapshot(), conflicts_test::linuxConfig(), conflicts_test::shippedCatalogue(), noAtRisk());
    ASSERT_EQ(report.findings.size(), 2u) << ids(report);
    const auto* radius = findById(report, "conflict:radius-auth:udp/1812");
    ASSERT_NE(radius, nullptr);
    EXPECT_EQ(radius->severity, FindingSeverity::Warning);
    EXPECT_FALSE(radius->holders.at(0).socketPool);
    EXPECT_EQ(radius->holders.at(0).name, "java");
    const auto* ipsec = findById(report, "conflict:ipsec-nat-t:udp/4500");
    ASSERT_NE(ipsec, nullptr);
    EXPECT_EQ(ipsec->severity, FindingSeverity::Critical) << "IPsec Block mode cuts the server off";
    EXPECT_EQ(report.findings.front().id, ipsec->id) << "critical findings come first";
    EXPECT_FALSE(hasFix(*radius, FixKind::ExcludeFromDnsPool)) << "a Windows DNS fix has no place on Linux";
}

TEST(Findings, KernelOwnersAreExpectedOnlyWhereTheCatalogueSaysSo)
{
    SnapshotBuilder b("windows");
    b.tcp(4, 445, SocketState::Listen, OwnerStatus::Kernel); // srv.sys: expected
    b.tcp(4, 80, SocketState::Listen, OwnerStatus::Kernel); // HTTP.sys: expected
    const auto radius = b.udp(4, 1812, OwnerStatus::Kernel); // nothing in the kernel should hold RADIUS
    const auto report = computeFindings(
        b.snapshot(), conflicts_test::windowsConfig({ 49152, 65535 }), conflicts_test::shippedCatalogue(), noAtRisk());
    ASSERT_EQ(report.findings.size(), 1u) << ids(report);
    const auto& f = report.findings[0];
    EXPECT_EQ(f.id, "conflict:radius-auth:udp/1812");
    EXPECT_EQ(f.holders.at(0).label, "[system]");
    EXPECT_EQ(f.evidence, std::vector<std::uint32_t> { radius });
}

TEST(Findings, TimeWaitOnACataloguePortIsNoEvidence)
{
    SnapshotBuilder b("linux");
    b.tcp(0, 389, SocketState::TimeWait, OwnerStatus::Kernel, 50000);
    const auto report
        = computeFindings(b.snapshot(), conflicts_test::linuxConfig(), conflicts_test::shippedCatalogue(), noAtRisk());
    EXPECT_TRUE(report.findings.empty()) << ids(report);
}

// KB 956188 with MaxUserPort: the Server 2003 DNS pool draws from 1024..MaxUserPort, so every catalogue port
// above 1023 that is not reserved may be taken at the next start.
TEST(Findings, PortsInsideTheDynamicRangeAreAtRiskUnlessReserved)
{
    SnapshotBuilder b("windows");
    const auto catalogue = conflicts_test::shippedCatalogue();
    {
        const auto report
            = computeFindings(b.snapshot(), conflicts_test::windowsConfig({ 1024, 60000 }, 60000), catalogue);
        for (const char* id : { "at-risk:radius-legacy:udp/1645-1646", "at-risk:radius-auth:udp/1812",
                 "at-risk:radius-acct:udp/1813", "at-risk:l2tp:udp/1701", "at-risk:exchange-autd:udp/2883",
                 "at-risk:ipsec-nat-t:udp/4500", "at-risk:cluster:udp/3343", "at-risk:sql-server:tcp/1433" }) {
            const auto* f = findById(report, id);
            ASSERT_NE(f, nullptr) << id << " missing from:\n" << ids(report);
            EXPECT_EQ(f->kind, FindingKind::AtRisk);
            EXPECT_EQ(f->severity, FindingSeverity::Warning);
            EXPECT_TRUE(hasFix(*f, FixKind::ReservePorts));
        }
        const auto* autd = findById(report, "at-risk:exchange-autd:udp/2883");
        ASSERT_EQ(autd->riskSources.size(), 1u) << "the MaxUserPort pool range equals the dynamic range here";
        EXPECT_EQ(autd->riskRanges[0], (PortRange { 1024, 60000 }));
        EXPECT_EQ(findById(report, "at-risk:ipsec-ike:udp/500"), nullptr) << "500 is below the range";
        EXPECT_EQ(findById(report, "at-risk:dns-udp:udp/53"), nullptr);
    }
    {
        // The seed's reservations: 1645-1646, 1701, 1812-1813, 2883, 4500 (KB 956189's list).
        const auto config = conflicts_test::windowsConfig(
            { 1024, 60000 }, 60000, { { 1645, 1646 }, { 1701, 1701 }, { 1812, 1813 }, { 2883, 2883 }, { 4500, 4500 } });
        const auto report = computeFindings(b.snapshot(), config, catalogue);
        for (const char* id : { "at-risk:radius-legacy:udp/1645-1646", "at-risk:radius-auth:udp/1812",
                 "at-risk:exchange-autd:udp/2883", "at-risk:ipsec-nat-t:udp/4500" })
            EXPECT_EQ(findById(report, id), nullptr) << id;
        EXPECT_NE(findById(report, "at-risk:cluster:udp/3343"), nullptr) << "3343 was not in the reserved list";
    }
    {
        // Vista+ defaults put every catalogue port below the dynamic range.
        const auto report = computeFindings(b.snapshot(), conflicts_test::windowsConfig({ 49152, 65535 }), catalogue);
        EXPECT_TRUE(report.findings.empty()) << ids(report);
    }
}

TEST(Findings, AnUnboundStylePoolPutsUdpCataloguePortsAtRiskOnLinux)
{
    SnapshotBuilder b("linux");
    b.process(300, "unbound");
    b.udpPool(300, 1500, { 1024, 65535 }, 11);
    // A pool reservation gap: 1645 reserved, 1646 not.
    const auto config = conflicts_test::linuxConfig({ 32768, 60999 }, { { 1645, 1645 } });
    const auto report = computeFindings(b.snapshot(), config, conflicts_test::shippedCatalogue());
    ASSERT_EQ(report.socketPoolRanges, (std::vector<PortRange> { { 1024, 65535 } }));
    const auto* f = findById(report, "at-risk:radius-auth:udp/1812");
    ASSERT_NE(f, nullptr) << ids(report);
    ASSERT_EQ(f->riskSources, std::vector<RiskSource> { RiskSource::SocketPool });
    EXPECT_EQ(f->riskRanges[0], (PortRange { 1024, 65535 }));
    EXPECT_NE(findById(report, "at-risk:radius-legacy:udp/1646"), nullptr) << ids(report);
    EXPECT_EQ(findById(report, "at-risk:radius-legacy:udp/1645-1646"), nullptr);
    // TCP ports are not threatened by a UDP pool, and the Linux default range is above them.
    EXPECT_EQ(findById(report, "at-risk:sql-server:tcp/1433"), nullptr);
}

TEST(Findings, ExpectedOwnerHoldingAnAtRiskPortIsEvidenceNotAConflict)
{
    SnapshotBuilder b("windows");
    b.process(2000, "svchost.exe", { "IAS", "RemoteAccess" });
    const auto row = b.udp(2000, 1812);
    const auto report = computeFindings(
        b.snapshot(), conflicts_test::windowsConfig({ 1024, 5000 }), conflicts_test::shippedCatalogue());
    const auto* f = findById(report, "at-risk:radius-auth:udp/1812");
    ASSERT_NE(f, nullptr) << ids(report);
    EXPECT_EQ(f->evidence, std::vector<std::uint32_t> { row });
    ASSERT_EQ(f->holders.size(), 1u);
    EXPECT_EQ(f->holders[0].label, "IAS, RemoteAccess [svchost.exe]");
    EXPECT_EQ(findById(report, "conflict:radius-auth:udp/1812"), nullptr);
}

// The SharePoint seed: IPsec filters blocked source ports 1080, 2283, 2535, ... inside Server 2003's 1024-5000
// dynamic range, so outbound connections failed whenever the stack picked one.
TEST(Findings, BlockedPortsInsideTheDynamicRangeAreReported)
{
    SnapshotBuilder b("windows");
    b.process(3820, "w3wp.exe");
    const auto connecting = b.tcp(3820, 2283, SocketState::SynSent, OwnerStatus::Resolved, 80);
    std::string error;
    const auto blocked = parseBlockedPorts("tcp:1080,2283,2535,2745,10000,65506", error);
    ASSERT_TRUE(blocked) << error;
    FindingOptions options = noAtRisk();
    options.blocked = { *blocked };
    auto config = conflicts_test::windowsConfig({ 1024, 5000 }, std::nullopt, { { 2745, 2745 } });
    const auto report = computeFindings(b.snapshot(), config, conflicts_test::shippedCatalogue(), options);
    for (const char* id :
        { "blocked-ephemeral:tcp/1080", "blocked-ephemeral:tcp/2283", "blocked-ephemeral:tcp/2535" }) {
        const auto* f = findById(report, id);
        ASSERT_NE(f, nullptr) << id << "\n" << ids(report);
        EXPECT_EQ(f->kind, FindingKind::BlockedEphemeral);
        ASSERT_EQ(f->riskRanges.size(), 1u);
        EXPECT_EQ(f->riskRanges[0], (PortRange { 1024, 5000 }));
    }
    EXPECT_EQ(findById(report, "blocked-ephemeral:tcp/2745"), nullptr) << "already reserved";
    EXPECT_EQ(findById(report, "blocked-ephemeral:tcp/10000"), nullptr) << "outside the dynamic range";
    EXPECT_EQ(findById(report, "blocked-ephemeral:udp/1080"), nullptr) << "the list named TCP only";
    EXPECT_EQ(findById(report, "blocked-ephemeral:tcp/2283")->evidence, std::vector<std::uint32_t> { connecting });
    EXPECT_EQ(report.findings.size(), 3u) << ids(report);

    EXPECT_FALSE(parseBlockedPorts("icmp:7", error));
    EXPECT_NE(error.find("icmp"), std::string::npos);
    EXPECT_FALSE(parseBlockedPorts("tcp:0", error));
    const auto both = parseBlockedPorts("1080,3127-3128", error);
    ASSERT_TRUE(both);
    EXPECT_FALSE(both->protocol);
    EXPECT_EQ(both->ranges.size(), 2u);
}

TEST(Findings, UnknownOperatingSystemAcceptsEitherPlatformsOwners)
{
    SnapshotBuilder b("");
    b.process(10, "dns.exe").process(11, "named");
    b.udp(10, 53);
    b.udp(11, 53);
    const auto report
        = computeFindings(b.snapshot(), conflicts_test::linuxConfig(), conflicts_test::shippedCatalogue(), noAtRisk());
    EXPECT_TRUE(report.findings.empty()) << ids(report);
    EXPECT_FALSE(report.platform);
    EXPECT_FALSE(report.notes.empty());
}

// Recomputed on every snapshot: 100,000 endpoints must take milliseconds, not a noticeable pause.
TEST(Findings, HundredThousandEndpointsStillFindTheConflict)
{
    SnapshotBuilder b("windows");
    b.process(1692, "dns.exe", { "DNS" });
    b.udpPool(1692, 2500, { 1024, 60000 }, 3, { 2883 });
    for (std::uint32_t pid = 5000; pid < 5100; ++pid)
        b.process(pid, "app" + std::to_string(pid) + ".exe");
    std::uint32_t i = 0;
    while (b.snapshot().endpoints.size() < 100000) {
        const std::uint32_t pid = 5000 + i % 100;
        b.tcp(pid, static_cast<std::uint16_t>(1024 + (i * 7919) % 58000), SocketState::Established,
            OwnerStatus::Resolved, 443);
        ++i;
    }
    const FindingEngine engine(conflicts_test::shippedCatalogue()); // built once, like the live view does
    const auto config = conflicts_test::windowsConfig({ 1024, 60000 }, 60000);
    FindingReport report;
    double best = 1e9;
    for (int round = 0; round < 5; ++round) {
        const auto start = std::chrono::steady_clock::now();
        report = engine.compute(b.snapshot(), config);
        best = std::min(
            best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("[ info     ] findings over %zu endpoints: %.2f ms (best of 5)\n", b.snapshot().endpoints.size(), best);
    EXPECT_NE(findById(report, "conflict:exchange-autd:udp/2883"), nullptr);
}
