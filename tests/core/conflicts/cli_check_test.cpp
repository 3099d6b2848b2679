// `portolan check --input`: a capture in, findings out, and the exit codes (0 none, 1 findings, 2 error).

#include "conflict_fixtures.h"
#include "netns.h"

#include "core/snapshot_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace portolan;
using namespace portolan::conflicts_test;
using nlohmann::json;

namespace {

CommandRun cli(const std::vector<std::string>& args)
{
    std::vector<std::string> argv { PORTOLAN_CONFLICTS_CLI };
    argv.insert(argv.end(), args.begin(), args.end());
    return runCommand(argv);
}

} // namespace

TEST(CheckCli, CaptureWithAConflictExitsOneWithTheFindingInJson)
{
    SnapshotBuilder b("windows");
    b.process(1692, "dns.exe", { "DNS" });
    b.udpPool(1692, 400, { 1024, 60000 }, 9, { 2883 });
    TempDir dir;
    writeFile(dir.file("capture.json"), writeSnapshotJson(b.snapshot()));
    const auto run
        = cli({ "check", "--input", dir.file("capture.json"), "--format", "json", "--max-user-port", "60000" });
    ASSERT_EQ(run.exitCode, 1) << run.err;
    const auto doc = json::parse(run.out);
    EXPECT_EQ(doc["platform"], "windows");
    EXPECT_EQ(doc["config"]["maxUserPort"], 60000);
    const json* autd = nullptr;
    for (const auto& f : doc["findings"])
        if (f["id"] == "conflict:exchange-autd:udp/2883")
            autd = &f;
    ASSERT_NE(autd, nullptr) << doc.dump(2);
    EXPECT_EQ((*autd)["holders"][0]["pid"], 1692);
    EXPECT_EQ((*autd)["holders"][0]["socketPool"], true);
    EXPECT_GT(doc["counts"]["at-risk"].get<int>(), 0) << "MaxUserPort 60000 puts the RADIUS ports at risk";

    // The text form says the same in words.
    const auto text = cli({ "check", "--input", dir.file("capture.json"), "--max-user-port", "60000" });
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_NE(text.out.find("[critical] conflict:exchange-autd:udp/2883"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("KB 956188"), std::string::npos);
}

TEST(CheckCli, CleanCaptureExitsZero)
{
    SnapshotBuilder b("linux");
    b.process(10, "named");
    b.udp(10, 53);
    TempDir dir;
    writeFile(dir.file("capture.json"), writeSnapshotJson(b.snapshot()));
    const auto run = cli({ "check", "--input", dir.file("capture.json") });
    EXPECT_EQ(run.exitCode, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("No findings"), std::string::npos) << run.out;
}

TEST(CheckCli, ErrorsExitTwo)
{
    TempDir dir;
    EXPECT_EQ(cli({ "check", "--input", dir.file("missing.json") }).exitCode, 2);
    EXPECT_EQ(cli({ "check", "--format", "yaml" }).exitCode, 2);
    EXPECT_EQ(cli({ "check", "--blocked", "icmp:7" }).exitCode, 2);
    writeFile(dir.file("catalogue.json"), "{ not json");
    const auto bad = cli({ "check", "--catalogue", dir.file("catalogue.json") });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find(dir.file("catalogue.json") + ":1"), std::string::npos) << bad.err;
    EXPECT_EQ(cli({ "fix", "--all" }).exitCode, 2) << "--plan-out is required";
    EXPECT_EQ(cli({ "apply" }).exitCode, 2);
}
