#pragma once

#include "snapshot.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace portolan {

// Takes snapshots of this machine's sockets. One instance per worker thread: implementations keep caches
// (inode -> pid, process details, buffers) between calls, and are not thread-safe.
class SnapshotEngine
{
public:
    virtual ~SnapshotEngine() = default;
    virtual Snapshot take() = 0;
};

struct EngineOptions
{
    bool resolveOwners = true;
    // Linux: skip NETLINK_SOCK_DIAG and read /proc/net (what ss does when sock_diag is unavailable).
    bool forceProcfs = false;
    // Linux: read /proc somewhere else (tests, containers with a host /proc mounted elsewhere).
    std::string procRoot = "/proc";
    // Linux, fault injection (tests): called instead of recv() on the sock_diag socket, with its arguments; returns
    // what recv() would. Lets a test fail a dump midway or cut messages short against the real kernel's replies.
    std::function<long(int fd, char* buffer, std::size_t size)> netlinkReceive;
};

// The engine for the platform this binary was built for.
std::unique_ptr<SnapshotEngine> createPlatformEngine(const EngineOptions& options = {});

} // namespace portolan
