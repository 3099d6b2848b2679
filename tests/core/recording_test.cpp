#include "core/recording.h"
#include "support/synthetic_snapshots.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <unistd.h>

using namespace portolan;

namespace {
std::multiset<std::string> picture(const Snapshot& s)
{
    std::multiset<std::string> out;
    for (const auto& e : s.endpoints) {
        const auto* p = s.process(e.pid);
        out.insert(std::string(protocolName(e.protocol)) + e.localAddress.toString() + ":" + std::to_string(e.localPort)
            + ">" + e.remoteAddress.toString() + ":" + std::to_string(e.remotePort) + "#" + std::to_string(e.inode)
            + " " + std::string(stateName(e.state)) + " " + std::to_string(e.pid) + (p ? p->name : std::string("-")));
    }
    return out;
}

std::string tempPath(const char* name)
{
    return (std::filesystem::temp_directory_path() / (std::string("portolan-") + std::to_string(::getpid()) + name))
        .string();
}
} // namespace

TEST(Recording, ReplayGivesBackEverySnapshot)
{
    const auto path = tempPath("-recording.jsonl");
    test::SyntheticServer server(2000, 0.05, 9);
    std::vector<std::shared_ptr<const Snapshot>> recorded { server.current() };
    {
        RecordingWriter writer;
        std::string error;
        ASSERT_TRUE(writer.open(path, error)) << error;
        ASSERT_TRUE(writer.append(*recorded.back()));
        for (int i = 0; i < 15; ++i) {
            recorded.push_back(server.step());
            ASSERT_TRUE(writer.append(*recorded.back()));
        }
    }
    // Later frames carry only the changes: the file is far smaller than 16 full snapshots.
    const auto size = std::filesystem::file_size(path);
    EXPECT_LT(size, 16u * 2000u * 200u / 4);

    RecordingReader reader;
    std::string error;
    ASSERT_TRUE(reader.open(path, error)) << error;
    std::size_t frames = 0;
    while (auto frame = reader.next()) {
        ASSERT_LT(frames, recorded.size());
        const auto got = picture(frame->snapshot);
        const auto want = picture(*recorded[frames]);
        std::vector<std::string> onlyGot, onlyWant;
        std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(onlyGot));
        std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(onlyWant));
        EXPECT_TRUE(onlyGot.empty() && onlyWant.empty())
            << "frame " << frames << ": " << onlyGot.size()
            << " rows only in the replay (first: " << (onlyGot.empty() ? "" : onlyGot.front()) << "), "
            << onlyWant.size() << " only in the recording (first: " << (onlyWant.empty() ? "" : onlyWant.front())
            << ")";
        ++frames;
    }
    EXPECT_EQ(frames, recorded.size());
    EXPECT_TRUE(reader.problems().empty());
    std::filesystem::remove(path);
}

TEST(Recording, AppendingStartsWithAFullFrameAndBadLinesAreReported)
{
    const auto path = tempPath("-append.jsonl");
    test::SyntheticServer server(100, 0.1, 3);
    {
        RecordingWriter writer;
        std::string error;
        ASSERT_TRUE(writer.open(path, error));
        writer.append(*server.current());
    }
    {
        std::ofstream(path, std::ios::app) << "{ this is not json\n";
        RecordingWriter writer;
        std::string error;
        ASSERT_TRUE(writer.open(path, error));
        writer.append(*server.step());
    }
    RecordingReader reader;
    std::string error;
    ASSERT_TRUE(reader.open(path, error));
    ASSERT_TRUE(reader.next());
    const auto second = reader.next();
    ASSERT_TRUE(second);
    EXPECT_EQ(picture(second->snapshot), picture(*server.current()));
    ASSERT_EQ(reader.problems().size(), 1u);
    EXPECT_NE(reader.problems().front().find(":3: not JSON"), std::string::npos) << reader.problems().front();
    EXPECT_FALSE(reader.next());
    EXPECT_FALSE(RecordingReader().open("/nonexistent/recording", error));
    std::filesystem::remove(path);
}
