// Ending real child processes through the core API and through `portolan kill`, and what Portolan refuses.

#include "action_test_support.h"
#include "core/actions/process_end.h"
#include "core/live_sockets.h"
#include "core/netns_child.h"
#include "core/snapshot_engine.h"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace portolan;
using namespace portolan::actions;
using namespace std::chrono_literals;

namespace {

// `sleep 60`, a real program with a real path, once it runs (until exec the child is a copy of this test).
std::unique_ptr<test::ChildProcess> sleeper()
{
    for (const char* path : { "/usr/bin/sleep", "/bin/sleep" }) {
        if (::access(path, X_OK) != 0)
            continue;
        auto child = std::make_unique<test::ChildProcess>(std::vector<std::string> { path, "60" });
        const std::string exe = "/proc/" + std::to_string(child->pid()) + "/exe";
        char link[4096];
        for (int tries = 0; tries < 500; ++tries) {
            const ssize_t n = ::readlink(exe.c_str(), link, sizeof link);
            if (n > 0 && std::string_view(link, static_cast<std::size_t>(n)).find("sleep") != std::string_view::npos)
                return child;
            std::this_thread::sleep_for(10ms);
        }
        throw std::runtime_error("sleep did not start");
    }
    throw std::runtime_error("no sleep program");
}

int exitStatus(test::ChildProcess& child)
{
    std::string output;
    return child.finish(output, 5s);
}

} // namespace

TEST(EndProcess, EndsAChildWithSigterm)
{
    auto child = sleeper();
    const auto result = endProcess(static_cast<std::uint32_t>(child->pid()));
    ASSERT_EQ(result.status, ActionStatus::Done) << result.message;
    EXPECT_NE(result.message.find("sleep"), std::string::npos) << result.message;
    const int status = exitStatus(*child);
    ASSERT_NE(status, -1);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
}

TEST(EndProcess, DescribesTheProcessForTheConfirmation)
{
    auto child = sleeper();
    const auto d = describeProcess(static_cast<std::uint32_t>(child->pid()));
    ASSERT_TRUE(d.exists);
    ASSERT_TRUE(d.info);
    EXPECT_EQ(d.name(), "sleep");
    EXPECT_NE(d.info->executablePath.find("sleep"), std::string::npos);
    EXPECT_EQ(d.info->commandLine.substr(d.info->commandLine.size() - 8), "sleep 60");
    EXPECT_NE(d.info->startTime, 0u);
    EXPECT_TRUE(d.refusal.empty()) << d.refusal;
    const auto text = d.details();
    for (const char* label : { "process:", "path:", "command:", "user:", "services:", "endpoints:" })
        EXPECT_NE(text.find(label), std::string::npos) << label << " in\n" << text;
}

TEST(EndProcess, CountsTheEndpointsOfTheSnapshotOnScreen)
{
    test::ForkedChild holder([] {
        static auto listener = test::tcpListener();
        static auto udp = test::udpBound();
    });
    const auto snapshot = createPlatformEngine()->take();
    const auto d = describeProcess(static_cast<std::uint32_t>(holder.pid()), &snapshot);
    ASSERT_TRUE(d.exists);
    EXPECT_EQ(d.endpoints, 2u) << d.details();
    EXPECT_NE(d.details().find("endpoints: 2"), std::string::npos) << d.details();
    EXPECT_EQ(describeProcess(static_cast<std::uint32_t>(holder.pid())).endpoints, 0u) << "no snapshot, no count";
}

TEST(EndProcess, SigkillsWhatIgnoresSigtermOnlyWhenAsked)
{
    test::ForkedChild stubborn([] { std::signal(SIGTERM, SIG_IGN); });
    const auto pid = static_cast<std::uint32_t>(stubborn.pid());
    EndOptions options;
    options.timeout = 300ms;
    const auto polite = endProcess(pid, options);
    EXPECT_EQ(polite.status, ActionStatus::TimedOut) << polite.message;
    EXPECT_NE(polite.message.find("still running"), std::string::npos) << polite.message;
    EXPECT_TRUE(stubborn.running());

    options.forceAfterTimeout = true;
    const auto forced = endProcess(pid, options);
    EXPECT_EQ(forced.status, ActionStatus::Done) << forced.message;
    EXPECT_NE(forced.message.find("SIGKILL"), std::string::npos) << forced.message;
    const int status = stubborn.waitExit(5s);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
}

TEST(EndProcess, LeavesAProcessThatTookOverThePidAlone)
{
    auto child = sleeper();
    const auto pid = static_cast<std::uint32_t>(child->pid());
    const auto d = describeProcess(pid);
    ASSERT_TRUE(d.info);
    EndOptions options;
    options.expectedStartTime = d.info->startTime + 1; // what a reused PID looks like
    const auto result = endProcess(pid, options);
    EXPECT_EQ(result.status, ActionStatus::NotFound) << result.message;
    EXPECT_NE(result.message.find("left alone"), std::string::npos) << result.message;
    options.expectedStartTime = d.info->startTime;
    EXPECT_EQ(endProcess(pid, options).status, ActionStatus::Done);
}

TEST(EndProcess, RefusesPidZeroOneFourAndItself)
{
    for (std::uint32_t pid : { 0u, 1u, 4u, static_cast<std::uint32_t>(::getpid()) }) {
        const auto result = endProcess(pid);
        EXPECT_EQ(result.status, ActionStatus::Refused) << pid << ": " << result.message;
        EXPECT_FALSE(result.message.empty());
        EXPECT_FALSE(describeProcess(pid).refusal.empty()) << pid;
    }
    EXPECT_NE(refusalReason(1).find("init"), std::string::npos);
    EXPECT_NE(refusalReason(static_cast<std::uint32_t>(::getpid())).find("itself"), std::string::npos);
}

TEST(EndProcess, ANonexistentPidIsNotFound)
{
    const auto pid = static_cast<std::uint32_t>(test::unusedPid());
    const auto result = endProcess(pid);
    EXPECT_EQ(result.status, ActionStatus::NotFound) << result.message;
    EXPECT_EQ(result.exitCode(), 1);
    EXPECT_FALSE(describeProcess(pid).exists);
}

TEST(EndProcess, AnotherUsersProcessNeedsElevation)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to drop to another user";
    auto child = sleeper();
    const auto target = static_cast<std::uint32_t>(child->pid());
    const pid_t asker = ::fork();
    if (asker == 0) {
        if (::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0)
            ::_exit(100);
        const auto result = endProcess(target);
        ::_exit(result.needsElevation() ? 0 : 10 + static_cast<int>(result.status));
    }
    int status = 0;
    ::waitpid(asker, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "status from the unprivileged child (10 + ActionStatus)";
    EXPECT_EQ(::kill(child->pid(), 0), 0) << "the process is untouched";
}

TEST(CliKill, EndsWithYes)
{
    auto child = sleeper();
    const auto run = test::runCli({ "kill", std::to_string(child->pid()), "--yes" });
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("ended sleep (PID " + std::to_string(child->pid()) + ")"), std::string::npos)
        << run.output;
    const int status = exitStatus(*child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
}

TEST(CliKill, AsksFirstAndDoesNothingWithoutAYes)
{
    auto child = sleeper();
    const auto pid = std::to_string(child->pid());
    for (const char* answer : { "n\n", "", "yes please\n" }) {
        const auto run = test::runCli({ "kill", pid }, answer);
        EXPECT_EQ(run.exitCode, 2) << run.output;
        EXPECT_NE(run.output.find("End this process? [y/N]"), std::string::npos) << run.output;
        EXPECT_NE(run.output.find("not confirmed"), std::string::npos) << run.output;
        EXPECT_EQ(::kill(child->pid(), 0), 0) << "still running after \"" << answer << "\"";
    }
    const auto run = test::runCli({ "kill", pid }, "y\n");
    EXPECT_EQ(run.exitCode, 0) << run.output;
    for (const char* line : { "process:   sleep (PID ", "path:", "command:", "services:  none", "endpoints: 0" })
        EXPECT_NE(run.output.find(line), std::string::npos) << line << " in\n" << run.output;
    EXPECT_NE(exitStatus(*child), -1);
}

TEST(CliKill, RelaunchesThroughTheElevationPath)
{
    auto child = sleeper();
    const auto run = test::runCli({ "kill", std::to_string(child->pid()), "--yes", "--force-relaunch", "--elevate-with",
        "/usr/bin/env", "--log-level", "info" });
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("relaunching elevated (launcher)"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("ended sleep"), std::string::npos) << run.output;
    EXPECT_NE(exitStatus(*child), -1);
}

TEST(CliKill, RefusedNotFoundAndBadArguments)
{
    const auto init = test::runCli({ "kill", "1", "--yes" });
    EXPECT_EQ(init.exitCode, 2) << init.output;
    EXPECT_NE(init.output.find("init"), std::string::npos) << init.output;
    const auto missing = test::runCli({ "kill", std::to_string(test::unusedPid()), "--yes" });
    EXPECT_EQ(missing.exitCode, 1) << missing.output;
    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>> { { "kill" }, { "kill", "abc" },
             { "kill", "12", "13" }, { "kill", "12", "--timeout", "soon" }, { "kill", "12", "--timeout", "-5" },
             { "kill", "12", "--start-time", "x" }, { "kill", "12", "--frob" } }) {
        const auto run = test::runCli(bad);
        EXPECT_EQ(run.exitCode, 2) << bad.back() << ": " << run.output;
        EXPECT_NE(run.output.find("usage:"), std::string::npos) << run.output;
    }
}
