// The Windows actions under Wine: closing a real loopback connection (SetTcpEntry for IPv4, NSI for IPv6) and
// ending a real process (TerminateProcess), through the core API and through portolan-cli.exe. Wine 8.0's
// SetTcpEntry is a stub, so there the test checks that the failure is reported as such, names the call, and
// leaves the connection working; on Windows (or a Wine that implements it) it checks the peer sees the reset.

#include "core/actions/connection_close.h"
#include "core/actions/process_end.h"
#include "core/snapshot_engine.h"
#include "core/windows/win_text.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <fstream>
#include <sstream>

using namespace portolan;
using namespace portolan::actions;
using namespace portolan::wintest;

namespace {

ConnectionTarget clientSide(const TcpPair& pair, Family family)
{
    ConnectionTarget t;
    t.localAddress = t.remoteAddress = family == Family::IPv4 ? IpAddress::v4(127, 0, 0, 1) : *IpAddress::parse("::1");
    t.localPort = pair.client.localPort();
    t.remotePort = pair.listener.localPort();
    return t;
}

// True when a byte sent on one side arrives on the other within a second.
bool stillConnected(const TcpPair& pair)
{
    const char ping = 'p';
    if (::send(pair.client.get(), &ping, 1, 0) != 1)
        return false;
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(pair.accepted.get(), &readable);
    timeval timeout { 1, 0 };
    char byte = 0;
    return ::select(0, &readable, nullptr, nullptr, &timeout) == 1 && ::recv(pair.accepted.get(), &byte, 1, 0) == 1
        && byte == ping;
}

void closeOrReportCleanly(Family family)
{
    std::string error;
    auto pair = connectedPair(family, error);
    ASSERT_TRUE(pair.accepted.valid()) << error;
    const auto result = closeConnection(clientSide(pair, family));
    if (result.ok()) {
        // The peer sees the reset: recv fails (WSAECONNRESET) or reads the end, at once.
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(pair.accepted.get(), &readable);
        timeval timeout { 2, 0 };
        ASSERT_EQ(::select(0, &readable, nullptr, nullptr, &timeout), 1) << "closed, yet the peer heard nothing";
        char byte = 0;
        EXPECT_LE(::recv(pair.accepted.get(), &byte, 1, 0), 0);
        return;
    }
    // Not done: say so, with a status that is not success and the call that refused, and touch nothing.
    EXPECT_TRUE(result.status == ActionStatus::Unsupported || result.status == ActionStatus::Failed
        || result.status == ActionStatus::PermissionDenied)
        << actionStatusName(result.status) << ": " << result.message;
    EXPECT_NE(result.exitCode(), 0);
    if (result.status != ActionStatus::PermissionDenied) {
        const char* call = family == Family::IPv4 ? "SetTcpEntry" : "NsiSetAllParameters";
        EXPECT_NE(result.message.find(call), std::string::npos) << result.message;
    }
    EXPECT_TRUE(stillConnected(pair)) << "a failed close must leave the connection alone";
    std::printf("[ info     ] close %s: %s: %s\n", family == Family::IPv4 ? "IPv4" : "IPv6",
        std::string(actionStatusName(result.status)).c_str(), result.message.c_str());
}

std::string exeDirectory()
{
    wchar_t path[MAX_PATH];
    const DWORD n = ::GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring text(path, n);
    return windows_backend::toUtf8(text.substr(0, text.find_last_of(L"\\/") + 1));
}

// portolan-socket-holder.exe, running with its sockets open.
class Holder
{
public:
    Holder()
        : m_ready(temporaryName("ready"))
        , m_stop(temporaryName("stop"))
        , m_process(exeDirectory() + "portolan-socket-holder.exe", { m_ready, m_stop, "60" })
    {
        for (int i = 0; i < 300 && m_process.started() && !m_process.waitExit(0); ++i) {
            std::ifstream in(windows_backend::toWide(m_ready).c_str());
            if (in >> m_pid)
                return;
            ::Sleep(100);
        }
    }
    ~Holder()
    {
        std::ofstream(windows_backend::toWide(m_stop).c_str()) << "stop";
        m_process.waitExit(5000);
        ::DeleteFileW(windows_backend::toWide(m_ready).c_str());
        ::DeleteFileW(windows_backend::toWide(m_stop).c_str());
    }
    DWORD pid() const { return m_pid; }
    const StartedProcess& process() const { return m_process; }
    std::string error() const { return m_process.error().empty() ? "the holder did not get ready" : m_process.error(); }

private:
    static std::string temporaryName(const char* what)
    {
        wchar_t directory[MAX_PATH];
        ::GetTempPathW(MAX_PATH, directory);
        return windows_backend::toUtf8(directory) + "portolan-actions-" + what + "-" + randomSuffix();
    }
    std::string m_ready, m_stop;
    StartedProcess m_process;
    DWORD m_pid = 0;
};

} // namespace

TEST(WindowsActions, ClosesAnIPv4ConnectionOrSaysWhyNot)
{
    closeOrReportCleanly(Family::IPv4);
}

TEST(WindowsActions, ClosesAnIPv6ConnectionOrSaysWhyNot)
{
    closeOrReportCleanly(Family::IPv6);
}

TEST(WindowsActions, AConnectionThatIsNotThereIsNotFound)
{
    std::string error;
    auto listener = tcpListener(Family::IPv4, error);
    ASSERT_TRUE(listener.valid()) << error;
    ConnectionTarget t;
    t.localAddress = t.remoteAddress = IpAddress::v4(127, 0, 0, 1);
    t.localPort = listener.localPort();
    t.remotePort = 1;
    const auto result = closeConnection(t);
    EXPECT_EQ(result.status, ActionStatus::NotFound) << result.message;
    t.protocol = Protocol::Udp;
    EXPECT_EQ(closeConnection(t).status, ActionStatus::Unsupported);
}

TEST(WindowsActions, DescribesAndEndsARealProcess)
{
    Holder holder;
    ASSERT_NE(holder.pid(), 0u) << holder.error();
    const auto snapshot = createPlatformEngine()->take();
    const auto d = describeProcess(holder.pid(), &snapshot);
    ASSERT_TRUE(d.exists);
    EXPECT_EQ(d.name(), "portolan-socket-holder.exe") << d.details();
    EXPECT_NE(d.info->executablePath.find("portolan-socket-holder.exe"), std::string::npos) << d.details();
    EXPECT_NE(d.info->startTime, 0u);
    EXPECT_GE(d.endpoints, 1u) << "the holder's sockets, attributed (attachToProcessForWine)\n" << d.details();
    EXPECT_TRUE(d.refusal.empty());

    EndOptions options;
    options.expectedStartTime = d.info->startTime + 1;
    const auto reused = endProcess(holder.pid(), options);
    EXPECT_EQ(reused.status, ActionStatus::NotFound) << reused.message;
    EXPECT_FALSE(holder.process().waitExit(0)) << "a process that is not the one confirmed is left alone";

    options.expectedStartTime = d.info->startTime;
    const auto result = endProcess(holder.pid(), options);
    ASSERT_EQ(result.status, ActionStatus::Done) << result.message;
    EXPECT_NE(result.message.find("portolan-socket-holder.exe"), std::string::npos) << result.message;
    EXPECT_TRUE(holder.process().waitExit(5000));
    EXPECT_EQ(endProcess(holder.pid()).status, ActionStatus::NotFound);
}

TEST(WindowsActions, RefusesTheSystemProcessesAndItself)
{
    for (std::uint32_t pid : { 0u, 1u, 4u, static_cast<std::uint32_t>(::GetCurrentProcessId()) }) {
        const auto result = endProcess(pid);
        EXPECT_EQ(result.status, ActionStatus::Refused) << pid << ": " << result.message;
    }
    EXPECT_EQ(endProcess(0x7ffffff0u).status, ActionStatus::NotFound);
}

TEST(WindowsActions, CliKillEndsAProcessDirectlyAndThroughTheRelaunch)
{
    for (const bool relaunch : { false, true }) {
        Holder holder;
        ASSERT_NE(holder.pid(), 0u) << holder.error();
        std::vector<std::string> args { "kill", std::to_string(holder.pid()), "--yes", "--log-level", "info" };
        if (relaunch)
            args.push_back("--force-relaunch"); // ShellExecuteExW "runas", which Wine runs without a prompt
        const auto run = runProgram(PORTOLAN_CLI_EXE, args);
        EXPECT_EQ(run.exitCode, 0u) << run.output;
        EXPECT_NE(run.output.find("ended portolan-socket-holder.exe"), std::string::npos) << run.output;
        if (relaunch) {
            EXPECT_NE(run.output.find("relaunching elevated (runas)"), std::string::npos) << run.output;
        }
        EXPECT_TRUE(holder.process().waitExit(5000));
    }
}

TEST(WindowsActions, CliExitCodes)
{
    const auto missing = runProgram(PORTOLAN_CLI_EXE, { "kill", "2147483632", "--yes" });
    EXPECT_EQ(missing.exitCode, 1u) << missing.output;
    const auto system = runProgram(PORTOLAN_CLI_EXE, { "kill", "4", "--yes" });
    EXPECT_EQ(system.exitCode, 2u) << system.output;
    const auto nobody = runProgram(PORTOLAN_CLI_EXE, { "close", "127.0.0.1:9", "127.0.0.1:1" });
    EXPECT_EQ(nobody.exitCode, 1u) << nobody.output;
    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>> {
             { "close", "::1:80", "[::1]:81" }, { "close", "127.0.0.1:1" }, { "kill", "x" }, { "kill" } }) {
        const auto run = runProgram(PORTOLAN_CLI_EXE, bad);
        EXPECT_EQ(run.exitCode, 2u) << bad.back() << ": " << run.output;
    }
}
