// The whole story on Linux, in a private network namespace: a DNS server's socket pool (portolan-crowd named
// "named", 2,500 random UDP ports) holds UDP 1812, which RADIUS needs. `portolan check` reports the conflict and
// names the pool; `portolan fix` plans the reservation; `portolan apply` reserves 1812 next to every entry that was
// there; once the squatter has let go, 20,000 ephemeral bind(0) calls never get a reserved port; the persistent
// file is written under the test root; `portolan undo` restores the exact previous value. Every expectation comes
// from the setup below, never from the code under test.

#include "netns.h"

#include "core/port_config.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <set>
#include <sys/socket.h>
#include <unistd.h>

using namespace portolan;
using namespace portolan::conflicts_test;
using nlohmann::json;

namespace {

constexpr const char* kRangeKey = "net.ipv4.ip_local_port_range";
constexpr const char* kReservedKey = "net.ipv4.ip_local_reserved_ports";
// Server 2003's default dynamic range, give or take one port: small enough that 20,000 binds visit every port
// about five times, so a reserved port that leaked would show.
constexpr unsigned kFirst = 1024, kLast = 4999;
constexpr const char* kReservedBefore = "2000-2099,8080";
constexpr unsigned kPoolSize = 2500;
constexpr unsigned kBinds = 20000;

CommandRun cli(const std::vector<std::string>& args)
{
    std::vector<std::string> argv { PORTOLAN_CONFLICTS_CLI };
    argv.insert(argv.end(), args.begin(), args.end());
    return runCommand(argv);
}

json runJson(const CommandRun& r)
{
    return { { "exit", r.exitCode }, { "signal", r.signal }, { "out", r.out }, { "err", r.err } };
}

// One UDP socket bound to port 0 on loopback: the port the kernel picked (0 on failure).
unsigned ephemeralPort()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    unsigned port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &length) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

} // namespace

TEST(ConflictScenario, DnsPoolOnRadiusPortCheckFixApplyBindUndo)
{
    const auto run = runInPrivateNetns([](std::string& output) {
        json out;
        for (auto [key, value] : { std::pair { kRangeKey, std::to_string(kFirst) + " " + std::to_string(kLast) },
                 std::pair { kReservedKey, std::string(kReservedBefore) } })
            if (auto e = writeSysctl(key, value); !e.empty()) {
                output = e;
                return 78;
            }
        out["reservedBefore"] = readSysctl(kReservedKey);
        TempDir root, work;
        auto crowd = startCrowd({ "--udp", std::to_string(kPoolSize), "--range", "1024-65535", "--include", "1812",
            "--name", "named", "--seed", "5" });
        out["holders"] = crowd.holders;

        out["check"] = runJson(cli({ "check", "--format", "json" }));
        out["fix"] = runJson(cli(
            { "fix", "conflict:radius-auth:udp/1812", "--plan-out", work.file("plan.json"), "--root", root.path() }));
        out["plan"] = readFile(work.file("plan.json"));
        out["fixAll"] = runJson(cli({ "fix", "--all", "--plan-out", work.file("all.json"), "--root", root.path() }));
        out["planAll"] = readFile(work.file("all.json"));
        out["apply"] = runJson(cli({ "apply", work.file("plan.json"), "--root", root.path(), "--journal-dir",
            root.path() + "/journal", "--result", work.file("result.json") }));
        out["result"] = readFile(work.file("result.json"));
        out["reservedAfterApply"] = readSysctl(kReservedKey);
        out["persistent"] = readFile(root.path() + "/etc/sysctl.d/99-portolan-reserved-ports.conf");

        // The plan's note says to restart the holder so it lets go (it runs outside any systemd unit): do that.
        crowd.process->terminate();
        std::set<unsigned> seen;
        json leaked = json::array();
        const auto reserved = parsePortRangeList(readSysctl(kReservedKey)).value_or(std::vector<PortRange> {});
        unsigned failures = 0;
        for (unsigned i = 0; i < kBinds; ++i) {
            const unsigned port = ephemeralPort();
            if (!port) {
                ++failures;
                continue;
            }
            seen.insert(port);
            for (const auto& r : reserved)
                if (r.contains(static_cast<std::uint16_t>(port)))
                    leaked.push_back(port);
        }
        out["bind"] = { { "failures", failures }, { "distinct", seen.size() }, { "leaked", leaked },
            { "lowest", seen.empty() ? 0 : *seen.begin() }, { "highest", seen.empty() ? 0 : *seen.rbegin() } };

        const auto journalDir = root.path() + "/journal";
        const auto names = listDirectory(journalDir);
        out["journals"] = names;
        if (names.size() == 1)
            out["undo"] = runJson(cli({ "undo", journalDir + "/" + names.front(), "--root", root.path() }));
        out["reservedAfterUndo"] = readSysctl(kReservedKey);
        out["persistentAfterUndo"] = fileExists(root.path() + "/etc/sysctl.d/99-portolan-reserved-ports.conf");

        // The binds above can fail only if the reservation works: with 1812 free again, the kernel hands it out.
        unsigned tries = 0;
        bool got1812 = false;
        while (!got1812 && tries < 100000) {
            ++tries;
            got1812 = ephemeralPort() == 1812;
        }
        out["control"] = { { "got1812", got1812 }, { "tries", tries } };
        output = out.dump();
        return 0;
    });
    if (run.unavailable)
        GTEST_SKIP() << "needs root for a private network namespace: " << run.reason;
    ASSERT_EQ(run.exitCode, 0) << run.output;
    const json out = json::parse(run.output);
    ASSERT_EQ(out["holders"].size(), 1u);
    const unsigned holder = out["holders"][0];

    // check: exit 1, a conflict on UDP 1812 naming the holder as a DNS server socket pool, suggesting a reservation.
    ASSERT_EQ(out["check"]["exit"], 1) << out["check"]["err"];
    const auto findings = json::parse(out["check"]["out"].get<std::string>());
    EXPECT_EQ(findings["schema"], "portolan.findings");
    EXPECT_EQ(findings["platform"], "linux");
    const json* conflict = nullptr;
    for (const auto& f : findings["findings"])
        if (f["kind"] == "conflict" && f["protocol"] == "udp" && f["ports"]["first"] == 1812)
            conflict = &f;
    ASSERT_NE(conflict, nullptr) << findings.dump(2);
    EXPECT_EQ((*conflict)["id"], "conflict:radius-auth:udp/1812");
    EXPECT_EQ((*conflict)["severity"], "critical");
    ASSERT_EQ((*conflict)["holders"].size(), 1u);
    const auto& h = (*conflict)["holders"][0];
    EXPECT_EQ(h["pid"], holder);
    EXPECT_EQ(h["name"], "named");
    EXPECT_EQ(h["socketPool"], true);
    EXPECT_EQ(h["dnsServer"], true);
    EXPECT_EQ(h["poolLabel"], "DNS server socket pool");
    EXPECT_EQ(h["poolSockets"], kPoolSize + 1);
    ASSERT_FALSE((*conflict)["evidence"].empty());
    for (const auto& e : (*conflict)["evidence"]) {
        EXPECT_EQ(e["localPort"], 1812);
        EXPECT_EQ(e["pid"], holder);
    }
    bool reserve = false;
    for (const auto& fix : (*conflict)["fixes"])
        reserve |= fix["kind"] == "reserve-ports" && fix["ports"] == json({ "1812" });
    EXPECT_TRUE(reserve) << (*conflict)["fixes"].dump(2);
    EXPECT_NE((*conflict)["what"].get<std::string>().find("named"), std::string::npos);

    // fix: a plan with the preview of the exact change.
    ASSERT_EQ(out["fix"]["exit"], 0) << out["fix"]["err"];
    const auto plan = json::parse(out["plan"].get<std::string>());
    EXPECT_EQ(plan["schema"], "portolan.fix-plan");
    EXPECT_EQ(plan["findings"], json({ "conflict:radius-auth:udp/1812" }));
    ASSERT_GE(plan["operations"].size(), 2u);
    EXPECT_EQ(plan["operations"][0]["op"], "linux.reserved-ports.runtime");
    EXPECT_EQ(plan["operations"][0]["ranges"], json({ "1812" }));
    EXPECT_EQ(plan["operations"][0]["preview"]["before"], kReservedBefore);
    EXPECT_EQ(plan["operations"][0]["preview"]["after"], std::string("1812,") + kReservedBefore);
    EXPECT_EQ(plan["operations"][1]["op"], "linux.reserved-ports.persistent");
    bool holderNote = false;
    for (const auto& note : plan["consequences"]["notes"])
        holderNote |= note.get<std::string>().find("pid " + std::to_string(holder)) != std::string::npos;
    EXPECT_TRUE(holderNote) << "the crowd runs outside systemd: the plan must say to restart it by hand\n"
                            << plan["consequences"].dump(2);

    // fix --all: one reservation covering the conflict and every port at risk (the pool's range 1024-65535 and the
    // dynamic range 1024-4999 hold every catalogue port from 1024 up).
    ASSERT_EQ(out["fixAll"]["exit"], 0) << out["fixAll"]["err"];
    const auto all = json::parse(out["planAll"].get<std::string>());
    ASSERT_GE(all["operations"].size(), 2u);
    const auto ranges = all["operations"][0]["ranges"];
    for (const char* port : { "1433", "1645-1646", "1701", "1812-1813", "3268-3269", "3389", "4500" })
        EXPECT_NE(std::find(ranges.begin(), ranges.end(), json(port)), ranges.end()) << port << " in " << ranges.dump();
    EXPECT_GT(all["findings"].size(), 5u);

    // apply: 1812 reserved, every earlier entry kept, the persistent file written under the test root.
    ASSERT_EQ(out["apply"]["exit"], 0) << out["apply"]["err"];
    const auto result = json::parse(out["result"].get<std::string>());
    EXPECT_EQ(result["status"], "ok");
    const auto after = parsePortRangeList(out["reservedAfterApply"].get<std::string>());
    ASSERT_TRUE(after);
    const auto before = parsePortRangeList(kReservedBefore);
    for (const auto& r : *before)
        for (unsigned p = r.first; p <= r.last; ++p)
            EXPECT_TRUE(std::any_of(after->begin(), after->end(), [&](const PortRange& a) { return a.contains(p); }))
                << p << " was dropped";
    EXPECT_EQ(out["reservedAfterApply"], std::string("1812,") + kReservedBefore);
    EXPECT_NE(out["persistent"].get<std::string>().find(
                  std::string("net.ipv4.ip_local_reserved_ports = 1812,") + kReservedBefore + "\n"),
        std::string::npos)
        << out["persistent"];

    // 20,000 ephemeral binds: none reserved, and they did range over the whole dynamic range.
    const auto& bind = out["bind"];
    EXPECT_EQ(bind["failures"], 0);
    EXPECT_TRUE(bind["leaked"].empty()) << bind["leaked"].dump();
    EXPECT_GT(bind["distinct"].get<unsigned>(), 3000u) << "the binds did not cover the range";
    EXPECT_GE(bind["lowest"].get<unsigned>(), kFirst);
    EXPECT_LE(bind["highest"].get<unsigned>(), kLast);

    // undo: the exact previous value, and the file it created is gone.
    ASSERT_EQ(out["journals"].size(), 1u);
    ASSERT_EQ(out["undo"]["exit"], 0) << out["undo"]["err"];
    EXPECT_EQ(out["reservedAfterUndo"], out["reservedBefore"]);
    EXPECT_EQ(out["persistentAfterUndo"], false);
    // And the control: unreserved, 1812 does come back from bind(0).
    EXPECT_EQ(out["control"]["got1812"], true) << out["control"].dump();
}
