#include "core/snapshot_diff.h"

#include <gtest/gtest.h>

using namespace portolan;

namespace {

Endpoint tcp(
    std::uint16_t localPort, std::uint16_t remotePort, SocketState state, std::uint32_t pid, std::uint64_t inode = 0)
{
    Endpoint e;
    e.protocol = Protocol::Tcp;
    e.localAddress = IpAddress::v4(10, 0, 0, 1);
    e.remoteAddress = remotePort ? IpAddress::v4(10, 0, 0, 2) : IpAddress::anyV4();
    e.localPort = localPort;
    e.remotePort = remotePort;
    e.state = state;
    e.pid = pid;
    e.inode = inode;
    e.ownerStatus = pid ? OwnerStatus::Resolved : OwnerStatus::Kernel;
    return e;
}

void addProcess(Snapshot& s, std::uint32_t pid, const std::string& name, std::uint64_t start)
{
    auto p = std::make_shared<ProcessInfo>();
    p->pid = pid;
    p->name = name;
    p->startTime = start;
    s.processes[pid] = p;
}

} // namespace

TEST(SnapshotDiff, AddedRemovedChangedAndUnchanged)
{
    Snapshot before, after;
    addProcess(before, 100, "sshd", 1);
    addProcess(after, 100, "sshd", 1);
    before.endpoints = {
        tcp(22, 0, SocketState::Listen, 100, 1), // stays
        tcp(5000, 80, SocketState::Established, 100, 2), // goes
        tcp(5001, 80, SocketState::Established, 100, 3), // changes state
    };
    after.endpoints = {
        tcp(5001, 80, SocketState::CloseWait, 100, 3), tcp(22, 0, SocketState::Listen, 100, 1),
        tcp(5002, 80, SocketState::SynSent, 100, 4), // new
    };
    const auto d = diffSnapshots(before, after);
    EXPECT_EQ(d.removed, (std::vector<std::uint32_t> { 1 }));
    EXPECT_EQ(d.added, (std::vector<std::uint32_t> { 2 }));
    ASSERT_EQ(d.changed.size(), 1u);
    EXPECT_EQ(d.changed[0], std::make_pair(2u, 0u));
    ASSERT_EQ(d.unchanged.size(), 1u);
    EXPECT_EQ(d.unchanged[0], std::make_pair(0u, 1u));
}

TEST(SnapshotDiff, OwnerChangeOnTheSamePortIsAChange)
{
    // Same socket inode now attributed to another process (the holder exited, a child kept it).
    Snapshot before, after;
    addProcess(before, 100, "named", 1);
    addProcess(after, 200, "named-child", 5);
    before.endpoints = { tcp(53, 0, SocketState::Listen, 100, 7) };
    after.endpoints = { tcp(53, 0, SocketState::Listen, 200, 7) };
    const auto d = diffSnapshots(before, after);
    EXPECT_TRUE(d.added.empty());
    EXPECT_TRUE(d.removed.empty());
    EXPECT_EQ(d.changed.size(), 1u);
}

TEST(SnapshotDiff, PidReuseIsAnOwnerChange)
{
    // Windows has no inode: a new process that got the old pid and the same port must not look unchanged.
    Snapshot before, after;
    addProcess(before, 4242, "dns.exe", 1000);
    addProcess(after, 4242, "svchost.exe", 2000);
    before.endpoints = { tcp(2883, 0, SocketState::Listen, 4242) };
    after.endpoints = { tcp(2883, 0, SocketState::Listen, 4242) };
    const auto d = diffSnapshots(before, after);
    EXPECT_EQ(d.changed.size(), 1u);
    EXPECT_TRUE(d.unchanged.empty());

    // Same pid, same start time and name: nothing changed.
    addProcess(after, 4242, "dns.exe", 1000);
    EXPECT_TRUE(diffSnapshots(before, after).empty());
}

TEST(SnapshotDiff, DuplicateKeysAreMatchedByOccurrence)
{
    Snapshot before, after;
    before.endpoints = { tcp(80, 0, SocketState::Listen, 0), tcp(80, 0, SocketState::Listen, 0) };
    after.endpoints = { tcp(80, 0, SocketState::Listen, 0), tcp(80, 0, SocketState::Listen, 0),
        tcp(80, 0, SocketState::Listen, 0) };
    auto d = diffSnapshots(before, after);
    EXPECT_EQ(d.unchanged.size(), 2u);
    EXPECT_EQ(d.added, (std::vector<std::uint32_t> { 2 }));
    d = diffSnapshots(after, before);
    EXPECT_EQ(d.removed, (std::vector<std::uint32_t> { 2 }));
}

TEST(SnapshotDiff, InodeIsPartOfTheIdentity)
{
    // SO_REUSEPORT: two UDP sockets on the same address and port are two endpoints.
    Snapshot before, after;
    before.endpoints = { tcp(53, 0, SocketState::Listen, 0, 10) };
    after.endpoints = { tcp(53, 0, SocketState::Listen, 0, 11) };
    const auto d = diffSnapshots(before, after);
    EXPECT_EQ(d.removed.size(), 1u);
    EXPECT_EQ(d.added.size(), 1u);
}

// The idle-refresh fast path must agree with the full diff: nothing changed only when neither sockets, states
// nor owners (pid reuse included) did.
TEST(SnapshotDiff, SameSocketsFastPathAgreesWithTheFullDiff)
{
    Snapshot before;
    addProcess(before, 100, "sshd", 1);
    addProcess(before, 200, "dns", 7);
    before.endpoints = { tcp(22, 0, SocketState::Listen, 100, 1), tcp(5001, 80, SocketState::Established, 200, 3),
        tcp(5002, 80, SocketState::TimeWait, 0) };

    Snapshot same = before;
    addProcess(same, 200, "dns", 7); // another object for the same process, as a rescan would make
    EXPECT_TRUE(sameSockets(before, same));
    const auto d = diffSnapshots(before, same);
    EXPECT_TRUE(d.empty());
    ASSERT_EQ(d.unchanged.size(), 3u);
    for (std::uint32_t i = 0; i < 3; ++i)
        EXPECT_EQ(d.unchanged[i], std::make_pair(i, i));

    Snapshot reused = before;
    addProcess(reused, 200, "dns", 8); // the pid now belongs to a process started later
    EXPECT_FALSE(sameSockets(before, reused));
    EXPECT_EQ(diffSnapshots(before, reused).changed.size(), 1u);

    Snapshot moved = before;
    moved.endpoints[1].state = SocketState::CloseWait;
    EXPECT_FALSE(sameSockets(before, moved));
    EXPECT_EQ(diffSnapshots(before, moved).changed.size(), 1u);

    Snapshot reordered = before;
    std::swap(reordered.endpoints[0], reordered.endpoints[2]);
    EXPECT_FALSE(sameSockets(before, reordered));
    EXPECT_TRUE(diffSnapshots(before, reordered).empty()); // the full diff matches them by key
}

// Windows learns a process's services a few seconds after it appears: its rows must then change from
// "svchost.exe" to "Dnscache [svchost.exe]", in the table and in the process view.
TEST(SnapshotDiff, ServicesLearntLaterChangeTheOwnersRows)
{
    Snapshot before;
    addProcess(before, 900, "svchost.exe", 5);
    before.endpoints = { tcp(53, 0, SocketState::Listen, 900, 1) };
    Snapshot after = before;
    auto withServices = std::make_shared<ProcessInfo>(*before.processes.at(900));
    withServices->services = { "Dnscache" };
    after.processes[900] = withServices;
    EXPECT_FALSE(sameSockets(before, after));
    EXPECT_EQ(diffSnapshots(before, after).changed.size(), 1u);
}
