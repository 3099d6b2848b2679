#pragma once

#include "snapshot.h"

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
};

// The engine for the platform this binary was built for.
std::unique_ptr<SnapshotEngine> createPlatformEngine(const EngineOptions& options = {});

} // namespace portolan
