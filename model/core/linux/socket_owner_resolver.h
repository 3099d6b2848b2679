#pragma once

#include "../endpoint.h"
#include "../process_info.h"
#include "inode_owner_table.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace portolan::linux_backend {

struct ResolveStats
{
    std::size_t processesListed = 0;
    std::size_t processesScanned = 0; // fd directories read this time
    std::size_t fdsRead = 0; // readlink calls
    bool fullScan = false;
    bool permissionGaps = false; // some /proc/PID/fd could not be read
};

// Maps socket inodes to owning processes by reading /proc/PID/fd links ("socket:[12345]"), like `ss -p`, but
// keeps what it learnt between snapshots. A process's fd table is re-read only when it is new, or when its
// /proc/PID/fd directory changed (st_ino, and st_size: the number of open fds since Linux 6.2), or when a
// socket inode turns up that no cached table explains (then every process is re-read once, as ss does each
// time). Inodes that even a full pass cannot place are remembered, so they do not force a full pass per
// snapshot. Measured reasons in platform-apis.md 5.3: ~3.5 us per readlink, so a full pass over 100k fds costs
// ~0.35 s, which an idle refresh must not pay.
class SocketOwnerResolver
{
public:
    explicit SocketOwnerResolver(std::string procRoot = "/proc");

    // Sets pid, ownerStatus and extraOwners on every endpoint with an inode; adds each owner to `processes`.
    void resolve(std::vector<Endpoint>& endpoints, std::unordered_map<std::uint32_t, ProcessInfoPtr>& processes);

    const ResolveStats& lastStats() const { return m_stats; }

private:
    struct FdDirStamp
    {
        std::uint64_t inode = 0;
        std::int64_t size = -1;
        bool operator==(const FdDirStamp&) const = default;
    };
    struct ProcessEntry
    {
        FdDirStamp stamp;
        std::vector<std::uint64_t> sockets; // socket inodes among its fds, as last read
        ProcessInfoPtr info; // read lazily, once it is seen to own a socket
        std::uint32_t seenIn = 0; // listing generation
        bool fdDenied = false;
        bool scannedOnce = false;
    };

    void scanProcess(std::uint32_t pid, ProcessEntry& entry);
    // Re-reads the fd tables of processes that dropped a socket the kernel listed before (adding them to
    // `dirty`); true when it read any.
    bool rescanRecyclers(const std::vector<Endpoint>& endpoints, std::vector<std::uint32_t>& dirty);
    void forgetSockets(std::uint32_t pid, ProcessEntry& entry);
    ProcessInfoPtr processInfo(std::uint32_t pid, ProcessEntry& entry);
    bool ownerKnown(std::uint64_t inode) const;

    std::string m_procRoot;
    std::unordered_map<std::uint32_t, ProcessEntry> m_processes;
    InodeOwnerTable m_owners;
    // Sockets whose last owner's fd table no longer lists them, during one resolve(): the kernel's dump is older
    // than our look at the fd tables, so a socket closed in between still appears in it. Its owner a moment ago
    // is the truth for this snapshot; without this, a churning server showed such rows as "[unknown]".
    InodeOwnerTable m_forgotten;
    std::unordered_set<std::uint64_t> m_unplaceable;
    std::unordered_map<std::uint32_t, std::string> m_userNames;
    std::uint32_t m_generation = 0;
    std::string m_path; // scratch
    std::vector<char> m_linkBuffer;
    ResolveStats m_stats;
    unsigned m_euid = 0;

public:
    // uid -> account name, cached (getpwuid_r); the numeric uid when the account has no name.
    const std::string& userName(std::uint32_t uid);
};

} // namespace portolan::linux_backend
