// The plan and journal formats and their strict readers, the add-only merges, and the elevation decision. Pure
// functions: these run on every platform.

#include "core/conflicts/base64.h"
#include "core/conflicts/elevation.h"
#include "core/conflicts/fix_plan.h"
#include "core/conflicts/journal.h"
#include "core/conflicts/port_merge.h"
#include "core/conflicts/sysctl_conf.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>

using namespace portolan;
using namespace portolan::conflicts;
using nlohmann::json;

namespace {

Plan linuxPlan()
{
    Plan plan;
    plan.platform = Platform::Linux;
    plan.host = "srv1";
    plan.createdAt = "2026-01-02T03:04:05.000Z";
    plan.findings = { "conflict:radius-auth:udp/1812" };
    Operation runtime;
    runtime.kind = OpKind::LinuxReservedPortsRuntime;
    runtime.ranges = { { 1812, 1813 }, { 2883, 2883 } };
    runtime.preview = { "/proc/sys/net/ipv4/ip_local_reserved_ports", "8080", "1812-1813,2883,8080", "immediate", "" };
    Operation persistent;
    persistent.kind = OpKind::LinuxReservedPortsPersistent;
    persistent.ranges = runtime.ranges;
    persistent.file = "99-portolan-reserved-ports.conf";
    Operation restart;
    restart.kind = OpKind::LinuxRestartUnit;
    restart.name = "named.service";
    restart.role = RestartRole::Squatter;
    restart.protocol = Protocol::Udp;
    restart.port = 1812;
    plan.operations = { runtime, persistent, restart };
    plan.consequences.restarts = { "named.service" };
    plan.consequences.notes = { "a note" };
    return plan;
}

// The plan as JSON, changed by `edit`, then parsed.
PlanParse parseEdited(const std::function<void(json&)>& edit)
{
    json doc = json::parse(writePlanJson(linuxPlan()));
    edit(doc);
    return parsePlanJson(doc.dump());
}

} // namespace

TEST(Plan, RoundTripsThroughJson)
{
    const Plan plan = linuxPlan();
    const auto parsed = parsePlanJson(writePlanJson(plan));
    ASSERT_TRUE(parsed.plan) << parsed.error;
    const Plan& p = *parsed.plan;
    EXPECT_EQ(p.platform, Platform::Linux);
    EXPECT_EQ(p.host, "srv1");
    EXPECT_EQ(p.findings, plan.findings);
    ASSERT_EQ(p.operations.size(), 3u);
    EXPECT_EQ(p.operations[0].kind, OpKind::LinuxReservedPortsRuntime);
    EXPECT_EQ(p.operations[0].ranges, plan.operations[0].ranges);
    EXPECT_EQ(p.operations[0].preview.after, "1812-1813,2883,8080");
    EXPECT_EQ(p.operations[1].file, "99-portolan-reserved-ports.conf");
    EXPECT_EQ(p.operations[2].name, "named.service");
    EXPECT_EQ(p.operations[2].role, RestartRole::Squatter);
    EXPECT_EQ(p.operations[2].port, 1812);
    EXPECT_EQ(p.consequences.restarts, plan.consequences.restarts);
    const auto doc = json::parse(writePlanJson(plan));
    EXPECT_EQ(doc["schema"], "portolan.fix-plan");
    EXPECT_EQ(doc["operations"][0]["op"], "linux.reserved-ports.runtime");
    EXPECT_EQ(doc["operations"][0]["ranges"], json({ "1812-1813", "2883" }));
}

TEST(Plan, StrictReaderRejectsAnythingOutsideTheClosedSet)
{
    struct Case
    {
        const char* name;
        std::function<void(json&)> edit;
        const char* expected; // part of the error
    };
    const std::vector<Case> cases {
        { "unknown operation", [](json& d) { d["operations"][0]["op"] = "linux.run-shell"; },
            "operations[0].op: unknown operation \"linux.run-shell\"" },
        { "unknown field", [](json& d) { d["operations"][0]["command"] = "rm -rf /"; },
            "operations[0]: unknown field \"command\"" },
        { "unknown top-level field", [](json& d) { d["hooks"] = json::array(); }, "unknown field \"hooks\"" },
        { "file outside sysctl.d", [](json& d) { d["operations"][1]["file"] = "../../cron.d/evil"; },
            "is not NN-portolan*.conf" },
        { "not our file", [](json& d) { d["operations"][1]["file"] = "10-network.conf"; }, "is not NN-portolan" },
        { "port zero", [](json& d) { d["operations"][0]["ranges"][0] = "0-10"; }, "outside 1-65535" },
        { "port too big", [](json& d) { d["operations"][0]["ranges"][0] = "70000"; },
            "operations[0].ranges[0]: \"70000\" is not a port range" },
        { "backwards range", [](json& d) { d["operations"][0]["ranges"][0] = "10-5"; }, "is not a port range" },
        { "ranges not strings", [](json& d) { d["operations"][0]["ranges"] = json({ 1812 }); }, "ranges[0]" },
        { "unit with shell characters", [](json& d) { d["operations"][2]["name"] = "x;reboot.service"; },
            "has characters outside" },
        { "not a service unit", [](json& d) { d["operations"][2]["name"] = "reboot.target"; }, "is not NAME.service" },
        { "option as unit", [](json& d) { d["operations"][2]["name"] = "--force.service"; }, "starts with '-'" },
        { "bad role", [](json& d) { d["operations"][2]["role"] = "bystander"; }, "\"squatter\" or \"victim\"" },
        { "windows operation in a linux plan",
            [](json& d) {
                d["operations"][0] = { { "op", "windows.dns-pool-size" }, { "value", 100 } };
            },
            "is not a linux operation" },
        { "wrong schema", [](json& d) { d["schema"] = "portolan.fix-journal"; }, "not a fix plan" },
        { "no operations", [](json& d) { d["operations"] = json::array(); }, "must list 1 to 64 operations" },
        { "preview with extras", [](json& d) { d["operations"][0]["preview"]["run"] = "x"; },
            "operations[0].preview: unknown field \"run\"" },
        { "negative port", [](json& d) { d["operations"][2]["port"] = -1; }, "operations[2].port" },
    };
    for (const auto& c : cases) {
        const auto parsed = parseEdited(c.edit);
        EXPECT_FALSE(parsed.plan) << c.name;
        EXPECT_NE(parsed.error.find(c.expected), std::string::npos) << c.name << ": " << parsed.error;
    }
    EXPECT_FALSE(parsePlanJson("{ not json").plan);
    EXPECT_NE(parsePlanJson("{ not json").error.find("not valid JSON"), std::string::npos);
}

TEST(Plan, WindowsOperationsHaveTheirOwnAllowLists)
{
    Plan plan;
    plan.platform = Platform::Windows;
    Operation size;
    size.kind = OpKind::WindowsDnsPoolSize;
    size.value = 10001;
    plan.operations = { size };
    auto parsed = parsePlanJson(writePlanJson(plan));
    EXPECT_FALSE(parsed.plan);
    EXPECT_NE(parsed.error.find("above the documented maximum of 10000"), std::string::npos) << parsed.error;

    Operation restart;
    restart.kind = OpKind::WindowsRestartService;
    restart.name = "MSSQL$UDDI";
    restart.port = 1433;
    restart.protocol = Protocol::Tcp;
    Operation exclude;
    exclude.kind = OpKind::WindowsExcludedPortRange;
    exclude.protocol = Protocol::Udp;
    exclude.ranges = { { 1812, 1813 } };
    Operation del;
    del.kind = OpKind::WindowsDeleteMaxUserPort;
    size.value = 2500;
    plan.operations = { size, restart, exclude, del };
    parsed = parsePlanJson(writePlanJson(plan));
    ASSERT_TRUE(parsed.plan) << parsed.error;
    EXPECT_EQ(parsed.plan->operations[1].name, "MSSQL$UDDI");
    EXPECT_EQ(parsed.plan->operations[2].protocol, Protocol::Udp);
    EXPECT_EQ(parsed.plan->operations[0].value, 2500u);

    restart.name = "Spooler\\..\\x";
    plan.operations = { restart };
    EXPECT_FALSE(parsePlanJson(writePlanJson(plan)).plan);
}

TEST(Journal, RoundTripsPreviousValuesByteForByte)
{
    Journal journal;
    journal.platform = Platform::Windows;
    journal.plan = "C:\\plans\\fix.json";
    journal.startedAt = "2026-01-02T03:04:05.000Z";
    JournalEntry entry;
    entry.index = 0;
    entry.operation.kind = OpKind::WindowsReservedPorts;
    entry.operation.ranges = { { 1812, 1813 } };
    entry.target = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\ReservedPorts";
    entry.hasValue = true;
    entry.existed = true;
    entry.type = 7;
    entry.data = std::string("5\0000\0000\0000\000-\0\xff\xfe\0\0\0\0", 16); // not UTF-8, with NULs
    entry.status = EntryStatus::Applied;
    JournalEntry exclusion;
    exclusion.index = 1;
    exclusion.operation.kind = OpKind::WindowsExcludedPortRange;
    exclusion.operation.ranges = { { 4500, 4500 } };
    exclusion.target = "excluded port range udp";
    exclusion.created = { { 4500, 4500 } };
    journal.entries = { entry, exclusion };

    const auto parsed = parseJournalJson(writeJournalJson(journal));
    ASSERT_TRUE(parsed.journal) << parsed.error;
    const auto& j = *parsed.journal;
    EXPECT_EQ(j.platform, Platform::Windows);
    ASSERT_EQ(j.entries.size(), 2u);
    EXPECT_EQ(j.entries[0].data, entry.data);
    EXPECT_EQ(j.entries[0].type, 7u);
    EXPECT_EQ(j.entries[0].status, EntryStatus::Applied);
    EXPECT_EQ(j.entries[0].operation.ranges, entry.operation.ranges);
    EXPECT_EQ(j.entries[1].created, exclusion.created);
    EXPECT_FALSE(j.entries[1].hasValue);

    // The journal's operations pass the plan's allow-lists too: undo runs elevated.
    json doc = json::parse(writeJournalJson(journal));
    doc["entries"][0]["operation"]["op"] = "windows.format-disk";
    const auto bad = parseJournalJson(doc.dump());
    EXPECT_FALSE(bad.journal);
    EXPECT_NE(bad.error.find("entries[0].operation"), std::string::npos) << bad.error;
    doc = json::parse(writeJournalJson(journal));
    doc["entries"][0]["data"] = "not base64!";
    EXPECT_FALSE(parseJournalJson(doc.dump()).journal);
}

TEST(PortMerge, AddsOnlyWhatIsMissingAndKeepsContiguousPortsInOneLine)
{
    EXPECT_EQ(uncoveredPorts({ { 1000, 1999 } }, { { 1500, 2500 } }), (std::vector<PortRange> { { 2000, 2500 } }));
    EXPECT_EQ(uncoveredPorts({ { 10, 20 }, { 30, 40 } }, { { 1, 50 } }),
        (std::vector<PortRange> { { 1, 9 }, { 21, 29 }, { 41, 50 } }));
    EXPECT_TRUE(uncoveredPorts({ { 1, 65535 } }, { { 1812, 1813 } }).empty());

    // KB 812873's warning: contiguous ports listed separately may be mis-reserved, so the new line covers
    // 1812 and its existing neighbour 1813 together; the malformed line counts for nothing and stays.
    const std::vector<std::string> existing { "1813-1813", "5000 - 5010 # old", "2883-2883" };
    EXPECT_EQ(linesToAppend(existing, { { 1812, 1812 }, { 2883, 2883 } }), (std::vector<PortRange> { { 1812, 1813 } }));
    EXPECT_TRUE(linesToAppend(existing, { { 1813, 1813 }, { 2883, 2883 } }).empty());
    EXPECT_EQ(linesToAppend(existing, { { 5005, 5005 } }), (std::vector<PortRange> { { 5005, 5005 } }));
    EXPECT_EQ(reservedPortsLine({ 4000, 4000 }), "4000-4000");
}

TEST(SysctlConf, MergesIntoOurFileWithoutDroppingAnything)
{
    const std::string key(kReservedPortsKey);
    // New file: header plus the union.
    auto merged = mergeReservedPortsFile(std::nullopt, { { 8080, 8080 } }, { { 1812, 1812 } }, "f.conf");
    ASSERT_TRUE(merged.error.empty()) << merged.error;
    EXPECT_TRUE(merged.changed);
    EXPECT_NE(merged.content.find(key + " = 1812,8080\n"), std::string::npos) << merged.content;
    EXPECT_EQ(merged.content.front(), '#');

    // Existing file: comments, other keys and odd lines stay byte for byte; the key's line becomes the union.
    const std::string existing
        = "# mine\nnet.core.somaxconn=1024\n  ; odd comment\n-net/ipv4/ip_local_reserved_ports = "
          "9000-9010\nvm.swappiness = 10";
    merged = mergeReservedPortsFile(existing, { { 8080, 8080 } }, { { 1812, 1812 } }, "f.conf");
    ASSERT_TRUE(merged.error.empty()) << merged.error;
    EXPECT_EQ(merged.content,
        "# mine\nnet.core.somaxconn=1024\n  ; odd comment\n" + key + " = 1812,8080,9000-9010\nvm.swappiness = 10");
    EXPECT_EQ(merged.value, (std::vector<PortRange> { { 1812, 1812 }, { 8080, 8080 }, { 9000, 9010 } }));
    // Idempotent.
    const auto again = mergeReservedPortsFile(merged.content, { { 8080, 8080 } }, { { 1812, 1812 } }, "f.conf");
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(again.content, merged.content);

    // A value we cannot read is an error that names the line, never dropped.
    const auto garbage = mergeReservedPortsFile(
        std::string("# x\n") + key + " = 8080,eighty\n", {}, { { 1812, 1812 } }, "/etc/sysctl.d/99-portolan.conf");
    EXPECT_FALSE(garbage.error.empty());
    EXPECT_NE(garbage.error.find("/etc/sysctl.d/99-portolan.conf:2"), std::string::npos) << garbage.error;
    EXPECT_NE(garbage.error.find("8080,eighty"), std::string::npos);
    EXPECT_TRUE(garbage.content.empty());

    const auto found
        = sysctlAssignments("a=1\nnet/ipv4/ip_local_reserved_ports=5\n#net.ipv4.ip_local_reserved_ports=6\n", key);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].line, 2u);
    EXPECT_EQ(found[0].value, "5");
}

TEST(Base64, RoundTripsAnyBytesAndRejectsNonCanonicalText)
{
    for (const std::string& bytes : { std::string(), std::string("a"), std::string("ab"), std::string("abc"),
             std::string("\0\xff\x10\x80", 4), std::string(1000, '\x7f') })
        EXPECT_EQ(decodeBase64(encodeBase64(bytes)), bytes);
    EXPECT_EQ(encodeBase64("Man"), "TWFu");
    EXPECT_EQ(encodeBase64("Ma"), "TWE=");
    EXPECT_FALSE(decodeBase64("TWE"));
    EXPECT_FALSE(decodeBase64("T=Fu"));
    EXPECT_FALSE(decodeBase64("TW!u"));
}

TEST(Elevation, DecisionAndCommandLines)
{
    ElevationRequest r;
    r.platform = Platform::Linux;
    r.executable = "/usr/bin/portolan-cli";
    r.arguments = { "apply", "/home/a/plan.json", "--result", "/tmp/r" };
    r.elevated = true;
    EXPECT_EQ(decideElevation(r).method, ElevationMethod::None);

    r.forceRelaunch = true; // elevated, but the test wants the relaunch path
    r.pkexecPath = "/usr/bin/pkexec";
    r.sudoPath = "/usr/bin/sudo";
    auto d = decideElevation(r);
    ASSERT_EQ(d.method, ElevationMethod::Pkexec);
    EXPECT_EQ(d.argv,
        (std::vector<std::string> { "/usr/bin/pkexec", "/usr/bin/portolan-cli", "apply", "/home/a/plan.json",
            "--result", "/tmp/r", "--elevated-child" }));
    r.with = "sudo";
    d = decideElevation(r);
    ASSERT_EQ(d.method, ElevationMethod::Sudo);
    EXPECT_EQ(std::vector<std::string>(d.argv.begin(), d.argv.begin() + 4),
        (std::vector<std::string> { "/usr/bin/sudo", "-n", "--", "/usr/bin/portolan-cli" }));
    r.with = "/usr/bin/doas";
    EXPECT_EQ(decideElevation(r).method, ElevationMethod::Launcher);
    r.with = "magic";
    EXPECT_EQ(decideElevation(r).method, ElevationMethod::Unavailable);
    r.with.clear();
    r.pkexecPath.clear();
    r.sudoPath.clear();
    d = decideElevation(r);
    EXPECT_EQ(d.method, ElevationMethod::Unavailable);
    EXPECT_NE(d.error.find("pkexec"), std::string::npos);

    // The relaunched child never relaunches again, forced or not.
    r.elevatedChild = true;
    r.elevated = false;
    d = decideElevation(r);
    EXPECT_EQ(d.method, ElevationMethod::Unavailable);
    EXPECT_NE(d.error.find("refusing to relaunch again"), std::string::npos);
    r.elevated = true;
    EXPECT_EQ(decideElevation(r).method, ElevationMethod::None);

    // Windows: ShellExecuteExW "runas" with CommandLineToArgvW quoting.
    ElevationRequest w;
    w.platform = Platform::Windows;
    w.elevated = false;
    w.executable = "C:\\Program Files\\Portolan\\portolan-cli.exe";
    w.arguments = { "apply", "C:\\Users\\Jo Smith\\plan.json", "--result", "C:\\t\\r.json" };
    d = decideElevation(w);
    ASSERT_EQ(d.method, ElevationMethod::RunAs);
    EXPECT_EQ(d.file, w.executable);
    EXPECT_EQ(d.parameters, "apply \"C:\\Users\\Jo Smith\\plan.json\" --result C:\\t\\r.json --elevated-child");
}

TEST(Elevation, WindowsQuotingFollowsCommandLineToArgvW)
{
    EXPECT_EQ(quoteWindowsArgument("plain"), "plain");
    EXPECT_EQ(quoteWindowsArgument(""), "\"\"");
    EXPECT_EQ(quoteWindowsArgument("a b"), "\"a b\"");
    EXPECT_EQ(quoteWindowsArgument("say \"hi\""), "\"say \\\"hi\\\"\"");
    EXPECT_EQ(quoteWindowsArgument("C:\\dir with space\\"), "\"C:\\dir with space\\\\\"");
    EXPECT_EQ(quoteWindowsArgument("a\\\"b c"), "\"a\\\\\\\"b c\"");
    EXPECT_EQ(quoteWindowsArgument("C:\\no\\space\\"), "C:\\no\\space\\");
}
