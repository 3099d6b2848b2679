// One test per mitigation of README "Threat model of the elevated path" that the other suites do not already
// cover (apply_netns_test: operations outside the closed set, files outside the allow-list, path escapes, symbolic
// links, world-writable plans and directories, oversized plan files, unreadable existing values; plan_test: the
// strict reader's field-by-field rejections). Here: NUL bytes in strings, oversized values, a plan file owned by
// another user, the result file through a symbolic link, and a time-of-check/time-of-use swap of the plan file.
#include "core/conflicts/fix_plan.h"
#include "core/conflicts/journal.h"
#include "core/conflicts/secure_file.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace portolan;
using namespace portolan::conflicts;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string goodPlanJson()
{
    Plan plan;
    plan.platform = Platform::Linux;
    plan.host = "srv1";
    plan.createdAt = "2026-01-02T03:04:05.000Z";
    plan.findings = { "conflict:radius-auth:udp/1812" };
    Operation runtime;
    runtime.kind = OpKind::LinuxReservedPortsRuntime;
    runtime.ranges = { { 1812, 1813 } };
    Operation persistent;
    persistent.kind = OpKind::LinuxReservedPortsPersistent;
    persistent.ranges = runtime.ranges;
    persistent.file = std::string(kDefaultSysctlFile);
    Operation restart;
    restart.kind = OpKind::LinuxRestartUnit;
    restart.name = "named.service";
    restart.protocol = Protocol::Udp;
    restart.port = 1812;
    plan.operations = { runtime, persistent, restart };
    return writePlanJson(plan);
}

std::string rejection(const std::function<void(json&)>& edit)
{
    json doc = json::parse(goodPlanJson());
    edit(doc);
    const auto parsed = parsePlanJson(doc.dump());
    return parsed.plan ? std::string() : parsed.error;
}

struct TempDir
{
    fs::path path = fs::temp_directory_path() / ("portolan-threat-" + std::to_string(::getpid()));
    TempDir()
    {
        fs::remove_all(path);
        fs::create_directories(path);
        fs::permissions(path, fs::perms::owner_all);
    }
    ~TempDir() { fs::remove_all(path); }
};

void writeFile(const fs::path& file, const std::string& text, mode_t mode = 0600)
{
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    ::chmod(file.c_str(), mode);
}

} // namespace

TEST(ThreatModel, NulBytesInStringsAreRejectedNotTruncated)
{
    // A C API would read "99-portolan.conf" and stop at the NUL; the checks must see the whole string.
    using namespace std::string_literals;
    EXPECT_NE(rejection([](json& d) { d["operations"][1]["file"] = "99-portolan.conf\0/../../cron.d/x"s; }), "");
    EXPECT_NE(rejection([](json& d) { d["operations"][2]["name"] = "named\0;reboot.service"s; }), "");
    EXPECT_NE(rejection([](json& d) { d["operations"][0]["ranges"][0] = "1812\0-65535"s; }), "");
    EXPECT_NE(checkSysctlFileName("99-portolan\0.conf"s), "");
    EXPECT_NE(checkUnitName("a\0.service"s), "");
    EXPECT_NE(checkServiceName("DNS\0"s), "");
}

TEST(ThreatModel, OversizedValuesAreRejected)
{
    EXPECT_NE(rejection([](json& d) { d["operations"][2]["name"] = std::string(1 << 20, 'a') + ".service"; }), "");
    EXPECT_NE(rejection([](json& d) { d["host"] = std::string(1 << 20, 'h'); }), "");
    EXPECT_NE(rejection([](json& d) {
        json ranges = json::array();
        for (int i = 0; i <= static_cast<int>(kMaxRangesPerOperation); ++i)
            ranges.push_back(std::to_string(1000 + i));
        d["operations"][0]["ranges"] = ranges;
    }),
        "");
    EXPECT_NE(rejection([](json& d) {
        for (std::size_t i = 0; i < kMaxOperations; ++i)
            d["operations"].push_back(d["operations"][0]);
    }),
        "");
    EXPECT_NE(rejection([](json& d) { d["operations"][2]["port"] = 65536; }), "");
    EXPECT_NE(rejection([](json& d) { d["operations"][2]["port"] = 18446744073709551615ull; }), "");
    // The same reader, for a journal of the size the elevated side accepts at most.
    EXPECT_FALSE(parseJournalJson(std::string(kMaxJournalBytes + 1, ' ')).journal);
}

TEST(ThreatModel, APlanFileOfAnotherUserIsRefused)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to give the file to another user";
    TempDir dir;
    const auto plan = dir.path / "plan.json";
    writeFile(plan, goodPlanJson());
    ASSERT_EQ(::chown(plan.c_str(), 65534, 65534), 0); // nobody
    std::string content, error;
    ::unsetenv("PKEXEC_UID");
    ::unsetenv("SUDO_UID");
    EXPECT_FALSE(readTrustedFile(plan.string(), kMaxPlanBytes, content, error));
    EXPECT_NE(error.find("belongs to uid 65534"), std::string::npos) << error;
    // The user who asked for elevation (pkexec's PKEXEC_UID) may hand over their own file.
    ::setenv("PKEXEC_UID", "65534", 1);
    EXPECT_TRUE(readTrustedFile(plan.string(), kMaxPlanBytes, content, error)) << error;
    ::unsetenv("PKEXEC_UID");
}

TEST(ThreatModel, TheResultFileIsNeverWrittenThroughASymbolicLink)
{
    TempDir dir;
    const auto victim = dir.path / "victim";
    writeFile(victim, "precious\n");
    const auto link = dir.path / "result.json";
    fs::create_symlink(victim, link);
    std::string error;
    EXPECT_FALSE(writeResultFile(link.string(), "{}", error));
    EXPECT_NE(error.find("symbolic link"), std::string::npos) << error;
    std::ifstream in(victim);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "precious\n");
    // A second hard link to someone else's file is refused too.
    const auto hard = dir.path / "hard.json";
    fs::create_hard_link(victim, hard);
    EXPECT_FALSE(writeResultFile(hard.string(), "{}", error));
    EXPECT_NE(error.find("single link"), std::string::npos) << error;
}

TEST(ThreatModel, APlanSwappedForALinkBetweenCheckAndUseIsNeverFollowed)
{
    // The attacker flips the plan's path between a good plan and a symbolic link to a secret, as fast as it can,
    // while the elevated side reads it. The bytes read must always be the good plan (or a refusal), never the
    // secret: the checks run on the open handle the bytes come from (O_NOFOLLOW + fstat), not on the path.
    TempDir dir;
    const auto secret = dir.path / "secret";
    writeFile(secret, "root:SECRET:19000:0:99999:7:::\n", 0600);
    const auto good = dir.path / "good.json";
    const auto path = dir.path / "plan.json";
    const std::string plan = goodPlanJson();
    std::atomic<bool> stop { false };
    std::atomic<long> swaps { 0 };
    std::thread attacker([&] {
        const auto stagedPlan = dir.path / "staged-plan";
        const auto stagedLink = dir.path / "staged-link";
        while (!stop) {
            writeFile(stagedPlan, plan);
            std::rename(stagedPlan.c_str(), path.c_str());
            ::symlink(secret.c_str(), stagedLink.c_str());
            std::rename(stagedLink.c_str(), path.c_str());
            ++swaps;
        }
    });
    // The attacker must be running before the reader starts: on a loaded two-core CI machine the thread was once
    // not scheduled during all 20,000 reads of a missing file (CI stop 18), so the race never happened. The reader
    // then keeps going until both outcomes were seen, bounded by a count of attempts, not by time.
    while (swaps == 0)
        std::this_thread::yield();
    constexpr int kMinAttempts = 20000;
    constexpr int kMaxAttempts = 2000000;
    int readPlan = 0, refused = 0;
    for (int i = 0; i < kMaxAttempts && (i < kMinAttempts || readPlan == 0 || refused == 0); ++i) {
        std::string content, error;
        if (readTrustedFile(path.string(), kMaxPlanBytes, content, error)) {
            ASSERT_EQ(content, plan) << "read something other than the plan on attempt " << i;
            ++readPlan;
        } else {
            ASSERT_EQ(content.find("SECRET"), std::string::npos);
            ASSERT_EQ(error.find("SECRET"), std::string::npos);
            ++refused;
        }
        if (i % 1000 == 999)
            std::this_thread::yield(); // let the attacker run on a single free core too
    }
    stop = true;
    attacker.join();
    // Both sides of the race happened, or the test proved nothing.
    EXPECT_GT(readPlan, 0);
    EXPECT_GT(refused, 0);
}
