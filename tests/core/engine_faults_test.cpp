// Fault injection into the real Linux engine (issue #14) through its two seams: EngineOptions::netlinkReceive
// (what the kernel's sock_diag reply looks like to the engine) and EngineOptions::procRoot (where /proc is). The
// kernel, sockets and processes are real; only the faults are injected.
#include "live_sockets.h"
#include "private_netns.h"

#include "core/snapshot_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <linux/netlink.h>
#include <map>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace portolan;
using namespace portolan::test;
namespace fs = std::filesystem;

namespace {

// Enough UDP sockets that a dump of their table spans several recv() batches (~100 bytes a socket, batches of
// at most 32 KiB: netlink_dump).
constexpr int kSockets = 900;

std::vector<Fd> openUdpSockets(int count, std::vector<std::uint16_t>& ports)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    std::vector<Fd> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(udpBound());
        ports.push_back(localPort(sockets.back().get()));
    }
    return sockets;
}

// How many times each of `ports` appears among the UDP rows on 127.0.0.1, where this process bound them. Only that
// address: tests running beside this one (ctest --parallel, crowds spread over 127.0.0.2..N) may hold the same
// port numbers on other addresses.
std::map<std::uint16_t, int> ownUdpRows(const Snapshot& snapshot, const std::vector<std::uint16_t>& ports)
{
    std::map<std::uint16_t, int> seen;
    for (const auto p : ports)
        seen[p] = 0;
    const auto loopback = IpAddress::v4(127, 0, 0, 1);
    for (const auto& e : snapshot.endpoints)
        if (e.protocol == Protocol::Udp && e.localAddress == loopback && seen.contains(e.localPort))
            ++seen[e.localPort];
    return seen;
}

bool everyPortOnce(const std::map<std::uint16_t, int>& seen)
{
    return std::all_of(seen.begin(), seen.end(), [](const auto& entry) { return entry.second == 1; });
}

bool hasWarning(const Snapshot& snapshot, const std::string& part)
{
    return std::any_of(snapshot.meta.warnings.begin(), snapshot.meta.warnings.end(),
        [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

// A receive seam that passes the kernel's replies through, except that once `armed`, the first full batch (one
// of the middle batches of the big UDP dump: a dump's last batch is short) is spoiled by `spoil`, which gets the
// batch as received and returns what the engine sees (a length, or -1 with errno).
struct FaultyReceive
{
    static constexpr long kFullBatch = 16 * 1024;
    bool armed = false;
    bool fired = false;
    int calls = 0;
    std::function<long(char* buffer, long received)> spoil;

    std::function<long(int, char*, std::size_t)> hook()
    {
        return [this](int fd, char* buffer, std::size_t size) -> long {
            ++calls;
            const long received = ::recv(fd, buffer, size, 0);
            if (!armed || fired || received < kFullBatch)
                return received;
            fired = true;
            return spoil(buffer, received);
        };
    }
};

// /proc/net/udp is read in several read() calls and the kernel resumes each by position, so sockets that other
// processes open or close meanwhile shift it: any reader of /proc/net (ss, netstat, the fallback) may skip or
// repeat rows under churn, and this test would take that for the fallback's fault (seen under ctest --parallel,
// beside the other fault tests' 900 sockets). In a namespace of its own it sees only its own sockets.
void enterOwnNetworkNamespace()
{
    std::string error;
    if (enterPrivateNetns(/*userNamespaceWithoutRoot=*/true, error) && loopbackUp(error))
        return;
    // Without root and without user namespaces: the host's, accepting that parallel churn may disturb it.
    ASSERT_NE(::geteuid(), 0u) << error;
    std::cerr << "engine_faults: staying in the host's network namespace: " << error << "\n";
}

void expectFallbackThenRecovery(FaultyReceive& fault, const std::string& expectedWarning)
{
    enterOwnNetworkNamespace();
    std::vector<std::uint16_t> ports;
    auto sockets = openUdpSockets(kSockets, ports);
    EngineOptions options;
    options.netlinkReceive = fault.hook();
    auto engine = createPlatformEngine(options);

    const auto clean = engine->take();
    ASSERT_GT(fault.calls, 5) << "the UDP dump must span several batches for this test to mean anything";
    ASSERT_EQ(clean.meta.format, "netlink");
    ASSERT_TRUE(everyPortOnce(ownUdpRows(clean, ports)));

    fault.armed = true;
    const auto faulty = engine->take();
    ASSERT_TRUE(fault.fired) << "no receive of a full batch to spoil";
    EXPECT_TRUE(faulty.meta.failure.empty());
    EXPECT_EQ(faulty.meta.format, "netlink+procfs") << "the spoiled table must come from /proc/net";
    EXPECT_TRUE(hasWarning(faulty, expectedWarning)) << "warnings do not say why";
    // Nothing lost and nothing doubled: the half-read dump was dropped, the table read again from /proc/net.
    const auto seen = ownUdpRows(faulty, ports);
    EXPECT_TRUE(everyPortOnce(seen));

    fault.armed = false;
    const auto recovered = engine->take();
    EXPECT_EQ(recovered.meta.format, "netlink");
    EXPECT_FALSE(hasWarning(recovered, expectedWarning));
    EXPECT_TRUE(everyPortOnce(ownUdpRows(recovered, ports)));
}

} // namespace

TEST(EngineFaults, ADumpCutShortMidwayFallsBackToProcNetWithEverySocketOnce)
{
    FaultyReceive fault;
    fault.spoil = [](char*, long received) -> long {
        return received - 60; // the last message of the batch loses its tail
    };
    expectFallbackThenRecovery(fault, "cut short");
}

TEST(EngineFaults, AReceiveErrorMidDumpFallsBackToProcNetWithEverySocketOnce)
{
    FaultyReceive fault;
    fault.spoil = [](char*, long) -> long {
        errno = ENOBUFS; // what a reader too slow for the kernel sees
        return -1;
    };
    expectFallbackThenRecovery(fault, "netlink receive: ");
}

TEST(EngineFaults, AKernelErrorMidDumpFallsBackToProcNetWithEverySocketOnce)
{
    FaultyReceive fault;
    fault.spoil = [](char* buffer, long) -> long {
        // The kernel's reply replaced by an NLMSG_ERROR of the same dump (EBUSY), as a failing dump sends.
        auto* header = reinterpret_cast<nlmsghdr*>(buffer);
        header->nlmsg_type = NLMSG_ERROR;
        header->nlmsg_len = NLMSG_LENGTH(sizeof(nlmsgerr));
        reinterpret_cast<nlmsgerr*>(NLMSG_DATA(header))->error = -EBUSY;
        return static_cast<long>(header->nlmsg_len);
    };
    expectFallbackThenRecovery(fault, std::strerror(EBUSY));
}

TEST(EngineFaults, NoReadableTableIsAFailureNotAnEmptySnapshot)
{
    const fs::path empty = fs::temp_directory_path() / ("portolan-noproc-" + std::to_string(::getpid()));
    fs::create_directories(empty);
    EngineOptions options;
    options.procRoot = empty.string();
    options.netlinkReceive = [](int, char*, std::size_t) -> long {
        errno = EPERM;
        return -1;
    };
    const auto snapshot = createPlatformEngine(options)->take();
    fs::remove_all(empty);
    EXPECT_TRUE(snapshot.endpoints.empty());
    EXPECT_NE(snapshot.meta.failure.find("no socket table could be read"), std::string::npos) << snapshot.meta.failure;
    EXPECT_NE(snapshot.meta.failure.find(std::strerror(EPERM)), std::string::npos) << snapshot.meta.failure;
}

TEST(EngineFaults, AProcessThatVanishesBetweenListingAndReadingIsSkipped)
{
    // A /proc whose listing names processes that are gone by the time their fds are read: a dangling entry,
    // an entry whose fd is not a directory, and one that cannot be read (EACCES is what an unprivileged
    // reader gets; as root, a file where a directory should be gives ENOTDIR), beside every real process.
    const fs::path root = fs::temp_directory_path() / ("portolan-fakeproc-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    for (const auto& entry : fs::directory_iterator("/proc"))
        if (entry.is_symlink() || entry.path().filename() != "self")
            fs::create_symlink(entry.path(), root / entry.path().filename());
    fs::create_symlink("/proc/999999999", root / "999999998"); // listed, gone
    fs::create_directories(root / "999999997");
    std::ofstream(root / "999999997" / "fd") << "not a directory";
    std::ofstream(root / "999999997" / "stat") << "999999997 (ghost) S 1 1 1 0 -1 0";

    auto listener = tcpListener();
    const auto port = localPort(listener.get());
    EngineOptions options;
    options.procRoot = root.string();
    const auto snapshot = createPlatformEngine(options)->take();
    fs::remove_all(root);
    EXPECT_TRUE(snapshot.meta.failure.empty());
    const auto own = std::find_if(snapshot.endpoints.begin(), snapshot.endpoints.end(),
        [&](const Endpoint& e) { return e.protocol == Protocol::Tcp && e.localPort == port; });
    ASSERT_NE(own, snapshot.endpoints.end());
    EXPECT_EQ(own->pid, static_cast<std::uint32_t>(::getpid())) << "our own socket must still be resolved";
    EXPECT_EQ(own->ownerStatus, OwnerStatus::Resolved);
    EXPECT_EQ(snapshot.process(999999998u), nullptr);
    EXPECT_EQ(snapshot.process(999999997u), nullptr);
}

TEST(EngineFaults, FiveThousandProcessesAreListedAndOurSocketStillResolved)
{
    // The process table of a busy terminal server: 5,000 processes, none holding our socket.
    std::vector<pid_t> children;
    for (int i = 0; i < 5000; ++i) {
        const pid_t child = ::fork();
        if (child == 0) {
            ::pause();
            ::_exit(0);
        }
        if (child < 0)
            break;
        children.push_back(child);
    }
    auto reap = [&] {
        for (const auto child : children)
            ::kill(child, SIGKILL);
        for (const auto child : children)
            ::waitpid(child, nullptr, 0);
    };
    if (children.size() < 5000) {
        reap();
        FAIL() << "could fork only " << children.size() << " processes: " << std::strerror(errno);
    }
    auto listener = tcpListener();
    const auto port = localPort(listener.get());
    auto engine = createPlatformEngine();
    const auto first = engine->take();
    const auto second = engine->take(); // the cached resolver's path
    reap();
    for (const auto* snapshot : { &first, &second }) {
        const auto own = std::find_if(snapshot->endpoints.begin(), snapshot->endpoints.end(),
            [&](const Endpoint& e) { return e.protocol == Protocol::Tcp && e.localPort == port; });
        ASSERT_NE(own, snapshot->endpoints.end());
        EXPECT_EQ(own->pid, static_cast<std::uint32_t>(::getpid()));
        EXPECT_TRUE(snapshot->meta.failure.empty());
    }
}
