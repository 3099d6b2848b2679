// `portolan apply` and `portolan undo` on real sysctls, each test in its own private network namespace (the
// host's ip_local_reserved_ports is never touched) and a scratch root for /etc/sysctl.d. The CLI runs as a real
// child process; every check reads the values back from the kernel and the files.

#include "netns.h"

#include "core/conflicts/fix_plan.h"
#include "core/conflicts/journal.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace portolan;
using namespace portolan::conflicts;
using namespace portolan::conflicts_test;
using nlohmann::json;

namespace {

constexpr const char* kReservedKey = "net.ipv4.ip_local_reserved_ports";

CommandRun cli(const std::vector<std::string>& args, const std::vector<std::string>& env = {})
{
    std::vector<std::string> argv { PORTOLAN_CONFLICTS_CLI };
    argv.insert(argv.end(), args.begin(), args.end());
    return runCommand(argv, env);
}

json runJson(const CommandRun& r)
{
    return { { "exit", r.exitCode }, { "signal", r.signal }, { "out", r.out }, { "err", r.err } };
}

Plan reservationPlan(std::vector<PortRange> ranges)
{
    Plan plan;
    plan.platform = Platform::Linux;
    Operation runtime;
    runtime.kind = OpKind::LinuxReservedPortsRuntime;
    runtime.ranges = ranges;
    Operation persistent;
    persistent.kind = OpKind::LinuxReservedPortsPersistent;
    persistent.ranges = ranges;
    persistent.file = std::string(kDefaultSysctlFile);
    plan.operations = { runtime, persistent };
    return plan;
}

std::string persistentFile(const TempDir& root)
{
    return root.path() + "/etc/sysctl.d/" + std::string(kDefaultSysctlFile);
}

void makeSysctlDir(const TempDir& root)
{
    ::mkdir((root.path() + "/etc").c_str(), 0755);
    ::mkdir((root.path() + "/etc/sysctl.d").c_str(), 0755);
}

std::vector<std::string> journals(const std::string& directory)
{
    std::vector<std::string> out;
    for (const auto& name : listDirectory(directory))
        if (name.rfind("journal-", 0) == 0)
            out.push_back(directory + "/" + name);
    return out;
}

#define RUN_IN_NETNS(...)                                                                                              \
    const auto run = runInPrivateNetns(__VA_ARGS__);                                                                   \
    if (run.unavailable)                                                                                               \
        GTEST_SKIP() << "needs root for a private network namespace: " << run.reason;                                  \
    ASSERT_EQ(run.exitCode, 0) << run.output;                                                                          \
    const json out = json::parse(run.output)

} // namespace

TEST(ApplyLinux, RejectedInputIsAClearErrorWithExitTwoAndChangesNothing)
{
    RUN_IN_NETNS([](std::string& output) {
        json out;
        if (auto e = writeSysctl(kReservedKey, "8080,9000-9010"); !e.empty())
            throw std::runtime_error(e);
        TempDir root, work;
        makeSysctlDir(root);
        const std::string existing = "# the administrator's own\nnet.ipv4.ip_local_reserved_ports = 8080\n";
        writeFile(persistentFile(root), existing);
        const std::string journalDir = root.path() + "/journal";
        const std::string good = writePlanJson(reservationPlan({ { 1812, 1812 } }));

        auto tryPlan = [&](const std::string& name, const std::string& path) {
            out["cases"][name] = runJson(cli({ "apply", path, "--root", root.path(), "--journal-dir", journalDir }));
        };
        // Not in the closed set, outside the allow-list, not JSON, unknown fields.
        json doc = json::parse(good);
        doc["operations"][0]["op"] = "linux.run-shell";
        writeFile(work.file("unknown-op.json"), doc.dump());
        tryPlan("unknown-op", work.file("unknown-op.json"));
        doc = json::parse(good);
        doc["operations"][1]["file"] = "10-network.conf";
        writeFile(work.file("outside-allow-list.json"), doc.dump());
        tryPlan("outside-allow-list", work.file("outside-allow-list.json"));
        doc = json::parse(good);
        doc["operations"][1]["file"] = "../../cron.d/99-portolan.conf";
        writeFile(work.file("path-escape.json"), doc.dump());
        tryPlan("path-escape", work.file("path-escape.json"));
        writeFile(work.file("malformed.json"), good.substr(0, good.size() / 2));
        tryPlan("malformed", work.file("malformed.json"));
        doc = json::parse(good);
        doc["operations"][0]["target"] = "/proc/sys/kernel/core_pattern";
        writeFile(work.file("unknown-field.json"), doc.dump());
        tryPlan("unknown-field", work.file("unknown-field.json"));
        // The file itself: a symbolic link, world-writable, in a directory anyone may write, too big.
        writeFile(work.file("good.json"), good);
        ::symlink(work.file("good.json").c_str(), work.file("link.json").c_str());
        tryPlan("symlink", work.file("link.json"));
        writeFile(work.file("world.json"), good, 0666);
        tryPlan("world-writable", work.file("world.json"));
        const std::string open = work.file("open-dir");
        ::mkdir(open.c_str(), 0777);
        ::chmod(open.c_str(), 0777);
        writeFile(open + "/plan.json", good);
        tryPlan("open-directory", open + "/plan.json");
        writeFile(work.file("huge.json"), good + std::string(std::size_t(2) << 20, ' '));
        tryPlan("oversized", work.file("huge.json"));
        // A value in the persistent file we cannot read: refused before anything changes, the runtime value too.
        TempDir garbageRoot;
        makeSysctlDir(garbageRoot);
        const std::string garbage = "net.ipv4.ip_local_reserved_ports = 8080,http-alt\n";
        writeFile(garbageRoot.path() + "/etc/sysctl.d/" + std::string(kDefaultSysctlFile), garbage);
        out["cases"]["garbage-in-file"] = runJson(
            cli({ "apply", work.file("good.json"), "--root", garbageRoot.path(), "--journal-dir", journalDir }));
        out["garbageFileAfter"] = readFile(garbageRoot.path() + "/etc/sysctl.d/" + std::string(kDefaultSysctlFile));
        out["garbageFileBefore"] = garbage;

        out["sysctlAfter"] = readSysctl(kReservedKey);
        out["fileAfter"] = readFile(persistentFile(root));
        out["fileBefore"] = existing;
        out["journals"] = journals(journalDir);
        output = out.dump();
        return 0;
    });
    const std::map<std::string, std::string> expected {
        { "unknown-op", "unknown operation \"linux.run-shell\"" },
        { "outside-allow-list", "\"10-network.conf\" is not NN-portolan*.conf" },
        { "path-escape", "is not NN-portolan*.conf" },
        { "malformed", "not valid JSON" },
        { "unknown-field", "operations[0]: unknown field \"target\"" },
        { "symlink", "is a symbolic link" },
        { "world-writable", "is world-writable" },
        { "open-directory", "which anyone may write without the sticky bit" },
        { "oversized", "larger than" },
        { "garbage-in-file", "8080,http-alt\" is not a port list" },
    };
    for (const auto& [name, message] : expected) {
        const auto& c = out["cases"][name];
        EXPECT_EQ(c["exit"], 2) << name << ": " << c.dump(2);
        const std::string err = c["err"];
        EXPECT_NE(err.find(message), std::string::npos) << name << ": " << err;
        EXPECT_NE(err.find("apply: rejected"), std::string::npos) << name << ": " << err;
    }
    // Nothing changed: the kernel's value, the files, and no journal was even started.
    EXPECT_EQ(out["sysctlAfter"], "8080,9000-9010");
    EXPECT_EQ(out["fileAfter"], out["fileBefore"]);
    EXPECT_EQ(out["garbageFileAfter"], out["garbageFileBefore"]);
    EXPECT_TRUE(out["journals"].empty()) << out["journals"].dump();
}

TEST(ApplyLinux, MergesKeepsEveryEntryIsIdempotentAndUndoRestoresExactly)
{
    RUN_IN_NETNS([](std::string& output) {
        json out;
        if (auto e = writeSysctl(kReservedKey, "8080,9000-9010"); !e.empty())
            throw std::runtime_error(e);
        out["sysctlBefore"] = readSysctl(kReservedKey);
        TempDir root, work;
        makeSysctlDir(root);
        // Another file reserves 7000 at boot; our file must keep it (the last file setting the key wins).
        writeFile(root.path() + "/etc/sysctl.d/10-admin.conf", "net.ipv4.ip_local_reserved_ports = 7000\n");
        const std::string journalDir = root.path() + "/journal";
        writeFile(work.file("plan.json"), writePlanJson(reservationPlan({ { 1812, 1813 }, { 2883, 2883 } })));
        const std::vector<std::string> common { "--root", root.path(), "--journal-dir", journalDir };
        auto apply = [&](const std::string& result) {
            std::vector<std::string> args { "apply", work.file("plan.json"), "--result", work.file(result) };
            args.insert(args.end(), common.begin(), common.end());
            return cli(args);
        };
        out["first"] = runJson(apply("r1.json"));
        out["first"]["result"] = json::parse(readFile(work.file("r1.json")));
        out["sysctlAfterFirst"] = readSysctl(kReservedKey);
        out["fileAfterFirst"] = readFile(persistentFile(root));
        const auto firstJournals = journals(journalDir);
        out["journalsAfterFirst"] = firstJournals;
        out["second"] = runJson(apply("r2.json"));
        out["second"]["result"] = json::parse(readFile(work.file("r2.json")));
        out["sysctlAfterSecond"] = readSysctl(kReservedKey);
        out["fileAfterSecond"] = readFile(persistentFile(root));
        if (!firstJournals.empty()) {
            out["undo"] = runJson(cli({ "undo", firstJournals.front(), "--root", root.path() }));
            out["journalAfterUndo"] = json::parse(readFile(firstJournals.front()));
        }
        out["sysctlAfterUndo"] = readSysctl(kReservedKey);
        out["fileExistsAfterUndo"] = fileExists(persistentFile(root));
        out["otherFileAfterUndo"] = readFile(root.path() + "/etc/sysctl.d/10-admin.conf");
        output = out.dump();
        return 0;
    });
    ASSERT_EQ(out["first"]["exit"], 0) << out["first"].dump(2);
    const auto& r1 = out["first"]["result"];
    EXPECT_EQ(r1["status"], "ok");
    ASSERT_EQ(r1["operations"].size(), 2u);
    for (const auto& op : r1["operations"]) {
        EXPECT_EQ(op["status"], "applied") << op.dump();
        EXPECT_EQ(op["verified"], true) << op.dump();
    }
    EXPECT_EQ(r1["operations"][0]["before"], "8080,9000-9010");
    // Every entry it had before, plus the new ones.
    EXPECT_EQ(out["sysctlAfterFirst"], "1812-1813,2883,8080,9000-9010");
    const std::string file = out["fileAfterFirst"];
    EXPECT_NE(file.find("net.ipv4.ip_local_reserved_ports = 1812-1813,2883,7000,8080,9000-9010\n"), std::string::npos)
        << file;
    EXPECT_EQ(file.front(), '#') << "the file says who wrote it";
    ASSERT_EQ(out["journalsAfterFirst"].size(), 1u);

    // The same plan again changes nothing.
    ASSERT_EQ(out["second"]["exit"], 0) << out["second"].dump(2);
    for (const auto& op : out["second"]["result"]["operations"])
        EXPECT_EQ(op["status"], "unchanged") << op.dump();
    EXPECT_EQ(out["sysctlAfterSecond"], out["sysctlAfterFirst"]);
    EXPECT_EQ(out["fileAfterSecond"], out["fileAfterFirst"]);

    // Undo restores the exact previous value, and removes the file it had created.
    ASSERT_EQ(out["undo"]["exit"], 0) << out["undo"].dump(2);
    EXPECT_EQ(out["sysctlAfterUndo"], out["sysctlBefore"]);
    EXPECT_EQ(out["fileExistsAfterUndo"], false);
    EXPECT_EQ(out["otherFileAfterUndo"], "net.ipv4.ip_local_reserved_ports = 7000\n");
    EXPECT_EQ(out["journalAfterUndo"]["state"], "undone");
}

TEST(ApplyLinux, CrashHalfwayLeavesAJournalThatUndoUsesToRestoreEverything)
{
    RUN_IN_NETNS([](std::string& output) {
        json out;
        if (auto e = writeSysctl(kReservedKey, "8080"); !e.empty())
            throw std::runtime_error(e);
        out["sysctlBefore"] = readSysctl(kReservedKey);
        TempDir root, work;
        makeSysctlDir(root);
        const std::string existing = "# admin note: keep\nnet.ipv4.ip_local_reserved_ports = 8080\nkernel.printk = 4\n";
        writeFile(persistentFile(root), existing);
        out["fileBefore"] = existing;
        const std::string journalDir = root.path() + "/journal";
        Plan plan = reservationPlan({ { 1812, 1812 } });
        Operation third = plan.operations[0];
        third.ranges = { { 4500, 4500 } };
        plan.operations.push_back(third);
        writeFile(work.file("plan.json"), writePlanJson(plan));
        // The process kills itself after the second operation, before the journal records it.
        out["crash"]
            = runJson(cli({ "apply", work.file("plan.json"), "--root", root.path(), "--journal-dir", journalDir },
                { "PORTOLAN_FAULT_ABORT_AFTER=2" }));
        out["sysctlAfterCrash"] = readSysctl(kReservedKey);
        out["fileAfterCrash"] = readFile(persistentFile(root));
        const auto found = journals(journalDir);
        out["journals"] = found;
        if (found.size() == 1) {
            out["journal"] = json::parse(readFile(found.front()));
            struct stat st
            {
            };
            ::stat(found.front().c_str(), &st);
            out["journalMode"] = st.st_mode & 0777;
            out["undo"] = runJson(cli({ "undo", found.front(), "--root", root.path() }));
        }
        out["sysctlAfterUndo"] = readSysctl(kReservedKey);
        out["fileAfterUndo"] = readFile(persistentFile(root));
        output = out.dump();
        return 0;
    });
    EXPECT_EQ(out["crash"]["signal"], SIGKILL) << out["crash"].dump(2);
    EXPECT_EQ(out["sysctlAfterCrash"], "1812,8080") << "the first operation had been applied";
    EXPECT_NE(out["fileAfterCrash"], out["fileBefore"]) << "the second operation had been applied";
    ASSERT_EQ(out["journals"].size(), 1u);
    const auto& journal = out["journal"];
    EXPECT_EQ(journal["state"], "in-progress");
    ASSERT_EQ(journal["entries"].size(), 3u);
    EXPECT_EQ(journal["entries"][0]["status"], "applied");
    EXPECT_EQ(journal["entries"][1]["status"], "pending") << "the crash came before this was recorded";
    EXPECT_EQ(journal["entries"][2]["status"], "pending");
    EXPECT_EQ(out["journalMode"], 0600);

    ASSERT_EQ(out["undo"]["exit"], 0) << out["undo"].dump(2);
    EXPECT_EQ(out["sysctlAfterUndo"], out["sysctlBefore"]);
    EXPECT_EQ(out["fileAfterUndo"], out["fileBefore"]) << "byte for byte";
}

TEST(ApplyLinux, ForcedRelaunchRunsTheElevatedChildAndReadsItsResult)
{
    RUN_IN_NETNS([](std::string& output) {
        json out;
        if (auto e = writeSysctl(kReservedKey, "8080"); !e.empty())
            throw std::runtime_error(e);
        TempDir root, work;
        writeFile(work.file("plan.json"), writePlanJson(reservationPlan({ { 1701, 1701 } })));
        // /usr/bin/env stands in for pkexec: a launcher that runs the program as it is (we are root already).
        out["relaunch"] = runJson(cli({ "apply", work.file("plan.json"), "--root", root.path(), "--journal-dir",
            root.path() + "/journal", "--force-relaunch", "--elevate-with", "/usr/bin/env", "--log-level", "info" }));
        out["sysctl"] = readSysctl(kReservedKey);
        out["journals"] = journals(root.path() + "/journal");
        output = out.dump();
        return 0;
    });
    const auto& r = out["relaunch"];
    ASSERT_EQ(r["exit"], 0) << r.dump(2);
    const std::string stdoutText = r["out"], stderrText = r["err"];
    EXPECT_NE(stderrText.find("relaunching elevated (launcher)"), std::string::npos) << stderrText;
    EXPECT_NE(stdoutText.find("apply: ok"), std::string::npos) << stdoutText;
    EXPECT_EQ(stdoutText.find("apply: ok"), stdoutText.rfind("apply: ok")) << "printed once, by the parent";
    EXPECT_EQ(out["sysctl"], "1701,8080");
    EXPECT_EQ(out["journals"].size(), 1u);
}

// A restart first checks who holds the port: a squatter that no longer holds it is not restarted, so the same plan
// applied twice restarts nothing the second time. (Only this path runs here: a real restart would talk to the
// host's systemd.)
TEST(ApplyLinux, SquatterRestartIsSkippedWhenItNoLongerHoldsThePort)
{
    RUN_IN_NETNS([](std::string& output) {
        json out;
        TempDir root, work;
        Plan plan;
        plan.platform = Platform::Linux;
        Operation restart;
        restart.kind = OpKind::LinuxRestartUnit;
        restart.name = "portolan-test-squatter.service";
        restart.role = RestartRole::Squatter;
        restart.protocol = Protocol::Udp;
        restart.port = 1812;
        plan.operations = { restart };
        writeFile(work.file("plan.json"), writePlanJson(plan));
        out["apply"] = runJson(cli({ "apply", work.file("plan.json"), "--root", root.path(), "--journal-dir",
            root.path() + "/journal", "--result", work.file("result.json") }));
        out["result"] = json::parse(readFile(work.file("result.json")));
        output = out.dump();
        return 0;
    });
    ASSERT_EQ(out["apply"]["exit"], 0) << out["apply"].dump(2);
    const auto& op = out["result"]["operations"].at(0);
    EXPECT_EQ(op["status"], "skipped") << op.dump();
    EXPECT_EQ(op["before"], "nobody holds UDP 1812");
    EXPECT_NE(op["message"].get<std::string>().find("no longer holds UDP 1812: not restarted"), std::string::npos)
        << op.dump();
}
