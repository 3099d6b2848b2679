// Inputs the fuzzers (tests/fuzz, tests/run-fuzz.sh) found to crash a parser, kept as ordinary tests so that every
// build checks them, with or without clang: each must give a clear error and never throw or read out of range.
// The same inputs sit in tests/fuzz/regressions/<target>/ for the fuzz build to replay.
#include "core/conflicts/catalogue_json.h"
#include "core/conflicts/fix_plan.h"
#include "core/conflicts/journal.h"
#include "core/import/capture_import.h"
#include "core/recording.h"
#include "core/snapshot_json.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace portolan;

namespace {

// fuzz_plan_json found this: nlohmann's parse() throws out_of_range 406 (not parse_error) for a number no double
// holds, and the readers caught only parse_error, so std::terminate took the elevated helper down.
const std::string kHugeNumber = "1" + std::string(400, '0');

TEST(FuzzRegressions, PlanWithANumberNoDoubleHoldsIsAnError)
{
    const auto parsed = conflicts::parsePlanJson("{\"operations\": " + kHugeNumber + "}");
    EXPECT_FALSE(parsed.plan);
    EXPECT_NE(parsed.error.find("not valid JSON"), std::string::npos) << parsed.error;
}

TEST(FuzzRegressions, JournalWithANumberNoDoubleHoldsIsAnError)
{
    const auto parsed = conflicts::parseJournalJson("{\"entries\": 33.3e33313333356057518533288}");
    EXPECT_FALSE(parsed.journal);
    EXPECT_NE(parsed.error.find("not valid JSON"), std::string::npos) << parsed.error;
}

TEST(FuzzRegressions, CatalogueWithANumberNoDoubleHoldsIsFatalWithAReason)
{
    const auto file = conflicts::parseCatalogueJson("{\"entries\": [" + kHugeNumber + "]}", "services.json");
    EXPECT_TRUE(file.fatal);
    ASSERT_FALSE(file.problems.empty());
    EXPECT_EQ(file.problems.front().file, "services.json");
    const auto overrides = conflicts::parseOverridesJson("[1e999]", "overrides.json");
    EXPECT_TRUE(overrides.fatal);
}

TEST(FuzzRegressions, SnapshotWhoseSchemaIsNotAStringIsNotASnapshot)
{
    const auto parsed = readSnapshotJson(R"({"schema": 1})");
    EXPECT_TRUE(parsed.fatal);
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_NE(parsed.problems[0].find("not a Portolan snapshot"), std::string::npos);
}

TEST(FuzzRegressions, SnapshotWhoseVersionIsAStringIsUnsupported)
{
    const auto parsed = readSnapshotJson(R"({"schema": "portolan.snapshot", "version": "1"})");
    EXPECT_TRUE(parsed.fatal);
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_NE(parsed.problems[0].find("unsupported snapshot version"), std::string::npos);
}

TEST(FuzzRegressions, SnapshotNumbersOutOfRangeSkipTheirRowOnly)
{
    // 1e300 into a port was a float-to-int cast out of range (undefined behaviour); 70000 wrapped to 4464.
    const auto parsed = readSnapshotJson(R"({"schema": "portolan.snapshot", "version": 1, "endpoints": [
        {"protocol": "tcp", "localAddress": "10.0.0.1", "localPort": 1e300, "remoteAddress": "0.0.0.0",
         "remotePort": 0, "state": "LISTEN"},
        {"protocol": "tcp", "localAddress": "10.0.0.1", "localPort": 70000, "remoteAddress": "0.0.0.0",
         "remotePort": 0, "state": "LISTEN"},
        {"protocol": "tcp", "localAddress": "10.0.0.1", "localPort": 443, "remoteAddress": "0.0.0.0",
         "remotePort": 0, "state": "LISTEN"}]})");
    EXPECT_FALSE(parsed.fatal);
    ASSERT_EQ(parsed.snapshot.endpoints.size(), 1u);
    EXPECT_EQ(parsed.snapshot.endpoints[0].localPort, 443);
    ASSERT_EQ(parsed.problems.size(), 2u);
    EXPECT_EQ(parsed.problems[0].rfind("endpoints[0]", 0), 0u) << parsed.problems[0];
    EXPECT_EQ(parsed.problems[1].rfind("endpoints[1]", 0), 0u) << parsed.problems[1];
}

TEST(FuzzRegressions, PowershellJsonWithANumberNoDoubleHoldsIsASkippedRowNotACrash)
{
    const auto result = importCaptureBytes(
        "[{\"LocalAddress\": \"0.0.0.0\", \"LocalPort\": " + kHugeNumber + ", \"State\": 2}]", "ps.json");
    EXPECT_EQ(result.summary.rowsLoaded, 0u);
    EXPECT_EQ(result.exitCode(), result.failed() ? 2 : 1);
    EXPECT_TRUE(result.failed() || result.summary.rowsSkipped >= 1);
}

TEST(FuzzRegressions, RecordingFieldsOfTheWrongTypeAreReportedPerLine)
{
    // json::value() threw type_error on {"full": 1}; a 2^32+80 port passed a get<unsigned>() range check.
    const auto path = (std::filesystem::temp_directory_path() / "portolan-fuzz-regression.rec").string();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << "{\"schema\":\"portolan.recording\",\"version\":1}\n"
               "[1,2]\n"
               "{\"full\":1,\"meta\":{\"hostname\":5},\"removed\":{\"a\":1},\"upsert\":\"x\",\"processes\":3}\n"
               "{\"removed\":[[\"tcp\",\"1.2.3.4\",4294967376,\"0.0.0.0\",0,1]]}\n"
               "{\"full\":true,\"upsert\":[{\"protocol\":\"udp\",\"localAddress\":\"0.0.0.0\",\"localPort\":53,"
               "\"remoteAddress\":\"0.0.0.0\",\"remotePort\":0,\"state\":\"UNCONN\"}]}\n";
    }
    RecordingReader reader;
    std::string error;
    ASSERT_TRUE(reader.open(path, error)) << error;
    std::size_t frames = 0;
    std::size_t lastSize = 0;
    while (auto frame = reader.next()) {
        ++frames;
        lastSize = frame->snapshot.endpoints.size();
    }
    std::remove(path.c_str());
    EXPECT_EQ(frames, 3u); // lines 3, 4 and 5; line 2 is not an object
    EXPECT_EQ(lastSize, 1u) << ::testing::PrintToString(reader.problems());
    ASSERT_GE(reader.problems().size(), 2u);
    EXPECT_NE(reader.problems()[0].find(":2: not a JSON object"), std::string::npos) << reader.problems()[0];
    EXPECT_NE(reader.problems()[1].find(":4: bad key"), std::string::npos) << reader.problems()[1];
}

#ifdef __linux__
// Every checked-in crash input replayed through its target's parser (the fuzz build does the same with
// -runs=0; this covers builds without clang, and the sanitizer build).
TEST(FuzzRegressions, EveryCheckedInCrashInputParsesWithoutThrowing)
{
    const std::filesystem::path root = std::filesystem::path(PORTOLAN_SOURCE_DIR) / "tests/fuzz/regressions";
    ASSERT_TRUE(std::filesystem::is_directory(root)) << root;
    std::size_t replayed = 0;
    for (const auto& dir : std::filesystem::directory_iterator(root)) {
        const auto target = dir.path().filename().string();
        for (const auto& input : std::filesystem::directory_iterator(dir.path())) {
            std::ifstream in(input.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            SCOPED_TRACE(input.path().string());
            if (target == "fuzz_plan_json")
                EXPECT_NO_THROW(EXPECT_FALSE(conflicts::parsePlanJson(bytes).error.empty()));
            else if (target == "fuzz_journal_json")
                EXPECT_NO_THROW(EXPECT_FALSE(conflicts::parseJournalJson(bytes).error.empty()));
            else if (target == "fuzz_snapshot_json")
                EXPECT_NO_THROW(readSnapshotJson(bytes));
            else if (target == "fuzz_capture_import")
                EXPECT_NO_THROW(importCaptureBytes(bytes, input.path().filename().string()));
            else if (target == "fuzz_recording") {
                RecordingReader reader;
                std::string error;
                ASSERT_TRUE(reader.open(input.path().string(), error)) << error;
                EXPECT_NO_THROW(while (reader.next()) {});
            } else
                continue;
            ++replayed;
        }
    }
    EXPECT_GE(replayed, 7u);
}
#endif

} // namespace
