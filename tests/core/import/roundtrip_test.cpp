// Portolan's own formats: a snapshot written as JSON or CSV and imported again is the same snapshot.

#include "import_test_support.h"

#include "core/snapshot_json.h"
#include "core/snapshot_text.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace portolan;
using namespace portolan::test;

namespace {

Snapshot sampleSnapshot()
{
    Snapshot s;
    s.meta.source = "live";
    s.meta.format = "netlink";
    s.meta.hostname = "web01";
    s.meta.os = "linux";
    s.meta.capturedAtMs = 1763769158123;
    s.meta.durationUs = 2500;
    s.meta.warnings = { "owner lookup skipped for 3 sockets" };

    auto nginx = std::make_shared<ProcessInfo>();
    nginx->pid = 1200;
    nginx->startTime = 424242;
    nginx->name = "nginx";
    nginx->executablePath = "/usr/sbin/nginx";
    nginx->commandLine = "nginx: master process /usr/sbin/nginx -g daemon on;";
    nginx->user = "root";
    nginx->uid = 0;
    s.processes[1200] = nginx;
    auto svchost = std::make_shared<ProcessInfo>();
    svchost->pid = 1712;
    svchost->name = "svchost.exe";
    svchost->services = { "RpcSs", "EventLog" };
    s.processes[1712] = svchost;
    auto odd = std::make_shared<ProcessInfo>();
    odd->pid = 31337;
    odd->name = "my \"quoted\", odd name";
    odd->accessDenied = true;
    s.processes[31337] = odd;
    s.userNames[1000] = "alice";

    auto add = [&](Protocol protocol, const char* local, std::uint16_t lport, const char* remote, std::uint16_t rport,
                   SocketState state, OwnerStatus owner, std::uint32_t pid, std::uint64_t inode = 0,
                   std::uint32_t uid = Endpoint::kNoUid) {
        Endpoint e;
        e.protocol = protocol;
        e.localAddress = *IpAddress::parse(local);
        e.localPort = lport;
        e.remoteAddress = *IpAddress::parse(remote);
        e.remotePort = rport;
        e.state = state;
        e.ownerStatus = owner;
        e.pid = pid;
        e.inode = inode;
        e.uid = uid;
        s.endpoints.push_back(e);
    };
    add(Protocol::Tcp, "0.0.0.0", 80, "0.0.0.0", 0, SocketState::Listen, OwnerStatus::Resolved, 1200, 4242, 0);
    add(Protocol::Tcp, "::", 80, "::", 0, SocketState::Listen, OwnerStatus::Resolved, 1200, 4243, 0);
    add(Protocol::Tcp, "0.0.0.0", 135, "0.0.0.0", 0, SocketState::Listen, OwnerStatus::Resolved, 1712);
    add(Protocol::Tcp, "10.0.0.5", 50123, "20.42.65.92", 443, SocketState::TimeWait, OwnerStatus::Kernel, 0);
    add(Protocol::Tcp, "0.0.0.0", 445, "0.0.0.0", 0, SocketState::Listen, OwnerStatus::Kernel, 4);
    add(Protocol::Udp, "fe80::1c3f:2a4b:9d01:77e2%14", 1900, "::", 0, SocketState::Bound, OwnerStatus::AccessDenied,
        8844);
    add(Protocol::Udp, "127.0.0.53", 53, "0.0.0.0", 0, SocketState::Bound, OwnerStatus::Unknown, 0, 29400, 1000);
    add(Protocol::Tcp, "::ffff:10.0.0.5", 22, "::ffff:10.0.0.9", 51234, SocketState::Established, OwnerStatus::Resolved,
        31337, 777);
    add(Protocol::Tcp, "192.168.1.20", 50000, "1.1.1.1", 443, SocketState::SynSent, OwnerStatus::Resolved, 999);
    s.endpoints.back().extraOwners = 3;
    return s;
}

bool sameProcess(const ProcessInfoPtr& a, const ProcessInfoPtr& b)
{
    return a && b && a->pid == b->pid && a->startTime == b->startTime && a->name == b->name
        && a->executablePath == b->executablePath && a->commandLine == b->commandLine && a->user == b->user
        && a->uid == b->uid && a->services == b->services && a->accessDenied == b->accessDenied;
}

} // namespace

TEST(PortolanJson, RoundTripGivesTheSameSnapshot)
{
    const auto original = sampleSnapshot();
    TempDir dir;
    const auto path = dir.file("capture.json", writeSnapshotJson(original));
    const auto result = importCaptureFile(path);
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "portolan-json");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result, false);
    const auto& s = result.snapshot;
    EXPECT_EQ(s.endpoints, original.endpoints);
    ASSERT_EQ(s.processes.size(), original.processes.size());
    for (const auto& [pid, info] : original.processes)
        EXPECT_TRUE(sameProcess(s.processes.at(pid), info)) << pid;
    EXPECT_EQ(s.userNames, original.userNames);
    // Meta: what the capture says survives; source and format now name the file and the importer.
    EXPECT_EQ(s.meta.hostname, original.meta.hostname);
    EXPECT_EQ(s.meta.os, original.meta.os);
    EXPECT_EQ(s.meta.capturedAtMs, original.meta.capturedAtMs);
    EXPECT_EQ(s.meta.durationUs, original.meta.durationUs);
    EXPECT_EQ(s.meta.warnings, original.meta.warnings);
    EXPECT_EQ(s.meta.source, "capture.json");
    EXPECT_EQ(s.meta.format, "portolan-json");
    // And the re-export is byte-identical apart from those two fields.
    auto expected = original;
    expected.meta.source = s.meta.source;
    expected.meta.format = s.meta.format;
    EXPECT_EQ(writeSnapshotJson(s), writeSnapshotJson(expected));
}

TEST(PortolanJson, BadEntriesAreSkippedWithTheirIndexTheRestLoads)
{
    auto text = writeSnapshotJson(sampleSnapshot());
    const auto at = text.find("\"state\": \"SYN_SENT\"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string("\"state\": \"SYN_SENT\"").size(), "\"state\": \"HALF_OPEN\"");
    const auto result = importCaptureBytes(text, "edited.json");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.snapshot.endpoints.size(), 8u);
    ASSERT_EQ(result.summary.rowsSkipped, 1u);
    EXPECT_EQ(formatProblem("edited.json", result.summary.problems[0]),
        "edited.json: endpoints[8]: unknown state \"HALF_OPEN\"");
    EXPECT_EQ(result.exitCode(), 1);
}

TEST(PortolanCsv, ExportThenImportKeepsEndpointsAndOwners)
{
    const auto original = sampleSnapshot();
    std::ostringstream csv;
    writeSnapshotCsv(original, csv);
    const auto result = importCaptureBytes(csv.str(), "capture.csv");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "portolan-csv");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), original.endpoints.size());
    for (std::size_t i = 0; i < s.endpoints.size(); ++i) {
        auto expected = original.endpoints[i];
        // The CSV has no uid and no extra-owner count; everything else must come back.
        expected.uid = Endpoint::kNoUid;
        expected.extraOwners = 0;
        EXPECT_EQ(s.endpoints[i], expected) << "row " << i;
        EXPECT_EQ(ownerLabel(s.endpoints[i], s), ownerLabel(original.endpoints[i], original)) << "row " << i;
    }
    EXPECT_EQ(s.process(1712)->services, (std::vector<std::string> { "RpcSs", "EventLog" }));
    EXPECT_EQ(s.process(1712)->name, "svchost.exe");
    EXPECT_EQ(s.process(31337)->name, "my \"quoted\", odd name");
    EXPECT_EQ(s.process(1200)->user, "root");
    // Exporting the import gives the CSV of the original minus what CSV cannot carry (uids: the user column of
    // rows without an owner came from the uid).
    auto withoutUids = original;
    for (auto& e : withoutUids.endpoints)
        e.uid = Endpoint::kNoUid;
    std::ostringstream expected, again;
    writeSnapshotCsv(withoutUids, expected);
    writeSnapshotCsv(s, again);
    EXPECT_EQ(again.str(), expected.str());
}

TEST(PortolanCsv, BadCellsAreReportedWithTheirLine)
{
    const std::string text
        = "protocol,family,local_address,local_port,remote_address,remote_port,state,pid,process,owner,"
          "user,service,inode\n"
          "tcp,ipv4,0.0.0.0,80,0.0.0.0,0,LISTEN,1200,nginx,resolved,root,http,4242\n"
          "tcp,ipv4,0.0.0.0,99999,0.0.0.0,0,LISTEN,1200,nginx,resolved,root,,0\n"
          "sctp,ipv4,0.0.0.0,80,0.0.0.0,0,LISTEN,,,unknown,,,0\n"
          "udp,ipv6,0.0.0.0,53,0.0.0.0,0,BOUND,,[unknown],unknown,,,0\n";
    const auto result = importCaptureBytes(text, "bad.csv");
    ASSERT_FALSE(result.failed()) << result.fatal;
    expectBooksBalance(result);
    EXPECT_EQ(result.snapshot.endpoints.size(), 1u);
    ASSERT_EQ(result.summary.rowsSkipped, 3u);
    EXPECT_EQ(result.summary.problems[0].line, 3u);
    EXPECT_EQ(result.summary.problems[1].reason, "unknown protocol \"sctp\"");
    EXPECT_EQ(result.summary.problems[2].line, 5u);
}
