// The live window through faults (issue #14): when no snapshot can be taken, the rows stay as they were with an
// amber "stale" marker, the cause is logged once (not per refresh), and the first good snapshot clears the marker
// and brings the rows up to date. Real kernel, real MainWindow; the fault comes through the engine's seams (the
// sock_diag receive hook, and a /proc whose "net" link is removed and put back).
#include "core/live_sockets.h"
#include "core/logging.h"
#include "core/snapshot_engine.h"
#include "endpoint_table_model.h"
#include "live_feed.h"
#include "main_window.h"
#include "qt_test_support.h"
#include "snapshot_status_bar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <spdlog/sinks/base_sink.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <sys/socket.h>

using namespace portolan;
using namespace portolan::test;
namespace fs = std::filesystem;

namespace {

// Counts the model logger's messages that contain `needle`, at `level` (the worker logs from its own thread).
class CountingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    CountingSink(std::string needle, spdlog::level::level_enum level)
        : m_needle(std::move(needle))
        , m_level(level)
    { }
    int count() const { return m_count.load(); }

protected:
    void sink_it_(const spdlog::details::log_msg& message) override
    {
        const std::string_view text(message.payload.data(), message.payload.size());
        if (message.level == m_level && text.find(m_needle) != std::string_view::npos)
            ++m_count;
    }
    void flush_() override { }

private:
    std::string m_needle;
    spdlog::level::level_enum m_level;
    std::atomic<int> m_count { 0 };
};

bool showsPort(const EndpointTableModel& model, std::uint16_t port)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowAt(row).endpoint.localPort == port && model.rowAt(row).endpoint.protocol == Protocol::Tcp
            && model.phaseAt(row) != RowPhase::Closing)
            return true;
    return false;
}

// A /proc made of links to the real one, so that a test can take "net" away (no /proc/net/* to fall back to).
struct LinkedProc
{
    fs::path root = fs::temp_directory_path() / ("portolan-liveproc-" + std::to_string(::getpid()));
    LinkedProc()
    {
        fs::remove_all(root);
        fs::create_directories(root);
        for (const auto& entry : fs::directory_iterator("/proc"))
            if (entry.path().filename() != "self")
                fs::create_symlink(entry.path(), root / entry.path().filename());
    }
    ~LinkedProc() { fs::remove_all(root); }
    void removeNet() { fs::remove(root / "net"); }
    void restoreNet() { fs::create_symlink("/proc/net", root / "net"); }
};

} // namespace

TEST(LiveFaults, NoSnapshotKeepsTheRowsMarksThemStaleLogsOnceAndRecovers)
{
    auto failures = std::make_shared<CountingSink>("snapshot failed", spdlog::level::err);
    auto recoveries = std::make_shared<CountingSink>("recovered after", spdlog::level::warn);
    log::model()->sinks().push_back(failures);
    log::model()->sinks().push_back(recoveries);

    LinkedProc proc;
    static std::atomic<bool> failing { false };
    failing = false;
    EngineOptions options;
    options.procRoot = proc.root.string();
    options.netlinkReceive = [](int fd, char* buffer, std::size_t size) -> long {
        if (failing) {
            errno = EIO;
            return -1;
        }
        return ::recv(fd, buffer, size, 0);
    };

    auto before = tcpListener();
    const auto beforePort = localPort(before.get());
    {
        MainWindow window(options, 100, /*live=*/true);
        window.show(); // the live feed starts with the first show
        auto tester = test::attachModelTester(window.tableModel());
        QSignalSpy failed(window.feed(), &LiveFeed::snapshotFailed);
        ASSERT_TRUE(QTest::qWaitFor([&] { return showsPort(*window.tableModel(), beforePort); }, 10000));
        EXPECT_FALSE(window.snapshotStatus()->isStale());

        // The fault: sock_diag fails and there is no /proc/net to fall back to.
        failing = true;
        proc.removeNet();
        auto during = tcpListener(); // opened while nothing can be seen: must appear after recovery
        const auto duringPort = localPort(during.get());
        // The marker is set through the same queue as the updates, so no update arrives after it.
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.snapshotStatus()->isStale(); }, 10000));
        const int rowsBefore = window.tableModel()->rowCount();
        ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() >= 5; }, 20000)) << "refreshes must go on failing";
        QTest::qWait(50);
        EXPECT_TRUE(window.snapshotStatus()->isStale());
        auto* marker = window.snapshotStatus()->findChild<QLabel*>(QStringLiteral("staleLabel"));
        ASSERT_NE(marker, nullptr);
        EXPECT_FALSE(marker->isHidden());
        EXPECT_TRUE(marker->text().contains(QStringLiteral("Stale"))) << marker->text().toStdString();
        EXPECT_TRUE(marker->toolTip().contains(QString::fromStdString(std::strerror(EIO))))
            << marker->toolTip().toStdString();
        // The last good rows stay, untouched.
        EXPECT_EQ(window.tableModel()->rowCount(), rowsBefore);
        EXPECT_TRUE(showsPort(*window.tableModel(), beforePort));
        EXPECT_FALSE(showsPort(*window.tableModel(), duringPort));
        EXPECT_EQ(failures->count(), 1) << "the cause must be logged once, not per refresh";

        // The fault clears: the marker goes and the rows catch up.
        failing = false;
        proc.restoreNet();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !window.snapshotStatus()->isStale(); }, 10000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return showsPort(*window.tableModel(), duringPort); }, 10000));
        EXPECT_TRUE(marker->isHidden());
        EXPECT_TRUE(showsPort(*window.tableModel(), beforePort));
        EXPECT_EQ(recoveries->count(), 1);
        EXPECT_EQ(failures->count(), 1);
    }
    auto& sinks = log::model()->sinks();
    sinks.erase(std::remove(sinks.begin(), sinks.end(), failures), sinks.end());
    sinks.erase(std::remove(sinks.begin(), sinks.end(), recoveries), sinks.end());
    EXPECT_MODEL_TESTER_CLEAN();
}
