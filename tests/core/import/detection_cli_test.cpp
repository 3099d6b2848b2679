// Format detection goes by content, and the CLI functions behind `portolan import` / `portolan diff`.

#include "import_test_support.h"

#include "cli_import_commands.h"

#include "core/snapshot_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

using namespace portolan;
using namespace portolan::test;

namespace {

const std::string kWindows = "\nActive Connections\n\n  Proto  Local Address  Foreign Address  State  PID\n"
                             "  TCP    0.0.0.0:135    0.0.0.0:0        LISTENING       1712\n"
                             "  TCP    10.0.0.5:50000 1.1.1.1:443      ESTABLISHED     8812\n"
                             "  UDP    0.0.0.0:500    *:*                              3120\n";

// Runs a CLI function with stdout and stderr captured.
struct Captured
{
    int code = -1;
    std::string out, err;
};

template<typename F> Captured capture(F&& f)
{
    std::ostringstream out, err;
    auto* oldOut = std::cout.rdbuf(out.rdbuf());
    auto* oldErr = std::cerr.rdbuf(err.rdbuf());
    Captured result;
    result.code = f();
    std::cout.rdbuf(oldOut);
    std::cerr.rdbuf(oldErr);
    result.out = out.str();
    result.err = err.str();
    return result;
}

} // namespace

TEST(Detection, FormatComesFromTheContentNotTheFileName)
{
    TempDir dir;
    // The same netstat text under misleading names, and a JSON snapshot named .txt.
    for (const char* name : { "capture.json", "capture.csv", "ss.out", "noextension" })
        EXPECT_EQ(importCaptureFile(dir.file(name, kWindows)).formatName, "netstat-windows") << name;
    Snapshot snapshot;
    snapshot.endpoints.resize(1);
    EXPECT_EQ(importCaptureFile(dir.file("snapshot.txt", writeSnapshotJson(snapshot))).formatName, "portolan-json");
}

TEST(Detection, BigPortolanJsonWhoseSchemaKeyComesLast)
{
    // Keys are written sorted: "endpoints" first, "schema" after 100 KB of endpoints, beyond the detection sample.
    Snapshot snapshot;
    snapshot.endpoints.resize(2000);
    const auto json = writeSnapshotJson(snapshot);
    ASSERT_GT(json.find("\"schema\""), std::size_t(64) << 10);
    const auto result = importCaptureBytes(json, "big.json");
    EXPECT_EQ(result.formatName, "portolan-json") << result.fatal;
    EXPECT_EQ(result.snapshot.endpoints.size(), 2000u);
}

TEST(Detection, EachFormatIsRecognised)
{
    const std::vector<std::pair<std::string, std::string>> samples = {
        { "netstat-windows", kWindows },
        { "netstat-linux",
            "Proto Recv-Q Send-Q Local Address Foreign Address State\n"
            "tcp        0      0 0.0.0.0:22   0.0.0.0:*   LISTEN\n" },
        { "ss",
            "Netid State  Recv-Q Send-Q Local Address:Port Peer Address:Port\n"
            "tcp   LISTEN 0      128          0.0.0.0:22         0.0.0.0:*\n" },
        { "proc-net",
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            "   0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 34523 1\n" },
        { "tcpview-csv", "svchost.exe,1040,TCP,Listen,0.0.0.0,135,0.0.0.0,0,,RpcSs,,,,\n" },
        { "tcpvcon", "TCP,svchost.exe,924,LISTENING,0.0.0.0,0.0.0.0\n" },
        { "powershell-table", "LocalAddress LocalPort\n------------ ---------\n0.0.0.0      5353\n" },
        { "powershell-csv", "\"LocalAddress\",\"LocalPort\",\"OwningProcess\"\n\"::\",\"5353\",\"2216\"\n" },
        { "powershell-json", "[{\"LocalAddress\": \"::\", \"LocalPort\": 5353}]" },
        { "portolan-csv",
            "protocol,family,local_address,local_port,remote_address,remote_port,state,pid,process,owner,"
            "user,service,inode\n" },
    };
    for (const auto& [format, text] : samples) {
        const auto result = importCaptureBytes(text, "sample");
        EXPECT_EQ(result.formatName, format) << text << result.fatal;
        EXPECT_EQ(result.summary.rowsSkipped, 0u) << format << problemsText(result);
    }
}

TEST(Cli, ImportPrintsTheSnapshotAndTheSummary)
{
    TempDir dir;
    const auto good = dir.file("good.txt", kWindows);
    auto table = capture([&] { return cli::importCommand({ good }); });
    EXPECT_EQ(table.code, 0) << table.err;
    EXPECT_NE(table.out.find("ESTABLISHED"), std::string::npos);
    EXPECT_NE(table.err.find("3 loaded"), std::string::npos) << table.err;

    auto json = capture([&] { return cli::importCommand({ good, "--format", "json" }); });
    ASSERT_EQ(json.code, 0) << json.err;
    const auto parsed = nlohmann::json::parse(json.out);
    EXPECT_EQ(parsed["endpoints"].size(), 3u);
    EXPECT_EQ(parsed["meta"]["format"], "netstat-windows");
    EXPECT_EQ(parsed["meta"]["source"], "good.txt");

    auto csv = capture([&] { return cli::importCommand({ "--format=csv", good }); });
    EXPECT_EQ(csv.code, 0);
    EXPECT_EQ(csv.out.rfind("protocol,family,", 0), 0u);

    const auto partial = dir.file("partial.txt", kWindows + "  TCP    1.2.3:x    0.0.0.0:0   LISTENING   1\n");
    auto skipped = capture([&] { return cli::importCommand({ partial }); });
    EXPECT_EQ(skipped.code, 1);
    EXPECT_NE(skipped.err.find(partial + ":8: bad local address \"1.2.3:x\""), std::string::npos) << skipped.err;

    auto missing = capture([&] { return cli::importCommand({ (dir.path() / "missing.txt").string() }); });
    EXPECT_EQ(missing.code, 2);
    EXPECT_EQ(capture([&] { return cli::importCommand({}); }).code, 2);
    EXPECT_EQ(capture([&] { return cli::importCommand({ good, "--format", "xml" }); }).code, 2);
}

TEST(Cli, DiffListsAddedRemovedChangedAndPerProcessDeltas)
{
    TempDir dir;
    const auto before = dir.file("before.txt", kWindows);
    const std::string afterText = "\nActive Connections\n\n  Proto  Local Address  Foreign Address  State  PID\n"
                                  "  TCP    0.0.0.0:135    0.0.0.0:0        LISTENING       1712\n"
                                  "  TCP    10.0.0.5:50000 1.1.1.1:443      TIME_WAIT       0\n"
                                  "  TCP    0.0.0.0:8080   0.0.0.0:0        LISTENING       5000\n";
    const auto after = dir.file("after.txt", afterText);
    auto diff = capture([&] { return cli::diffCommand({ before, after }); });
    EXPECT_EQ(diff.code, 1) << diff.err;
    EXPECT_NE(diff.out.find("+ TCP 0.0.0.0:8080 -> 0.0.0.0:0 LISTEN [pid 5000]"), std::string::npos) << diff.out;
    EXPECT_NE(diff.out.find("- UDP 0.0.0.0:500 -> 0.0.0.0:0 BOUND [pid 3120]"), std::string::npos) << diff.out;
    EXPECT_NE(diff.out.find("~ TCP 10.0.0.5:50000 -> 1.1.1.1:443 state ESTABLISHED -> TIME_WAIT owner [pid 8812] -> "
                            "[time wait]"),
        std::string::npos)
        << diff.out;
    EXPECT_NE(diff.out.find("[pid 8812]: 1 -> 0 (-1): +0 -0 ~1"), std::string::npos) << diff.out;
    EXPECT_NE(diff.out.find("1 added, 1 removed, 1 changed, 1 unchanged"), std::string::npos) << diff.out;

    auto same = capture([&] { return cli::diffCommand({ before, before }); });
    EXPECT_EQ(same.code, 0);
    EXPECT_NE(same.out.find("0 added, 0 removed, 0 changed, 3 unchanged"), std::string::npos) << same.out;

    EXPECT_EQ(capture([&] { return cli::diffCommand({ before }); }).code, 2);
    EXPECT_EQ(capture([&] { return cli::diffCommand({ before, (dir.path() / "nope").string() }); }).code, 2);
}
