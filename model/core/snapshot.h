#pragma once

#include "endpoint.h"
#include "process_info.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace portolan {

struct SnapshotMeta
{
    std::string source = "live"; // "live", or the capture file it was read from
    std::string format = "live"; // backend or importer: "netlink", "procfs", "iphlpapi", "netstat-windows", ...
    std::string hostname;
    std::string os; // "linux", "windows"
    std::int64_t capturedAtMs = 0; // Unix epoch milliseconds; 0 when unknown (many captures carry no time)
    std::int64_t durationUs = 0; // how long taking the snapshot took
    std::vector<std::string> warnings; // degraded paths taken (fallbacks, permission gaps), for the status bar
    // Set when no socket table could be read at all (sock_diag and /proc/net both failed, the Windows tables
    // refused): the snapshot holds nothing to trust, and a live view keeps its last good data, marked stale.
    std::string failure;
};

// One complete, immutable picture of a machine's sockets: what a backend or an importer produces and what
// the diff, models and exporters consume.
struct Snapshot
{
    SnapshotMeta meta;
    std::vector<Endpoint> endpoints;
    std::unordered_map<std::uint32_t, ProcessInfoPtr> processes; // by pid
    std::unordered_map<std::uint32_t, std::string> userNames; // uid -> name, for endpoints without an owner

    const ProcessInfo* process(std::uint32_t pid) const
    {
        auto it = processes.find(pid);
        return it == processes.end() ? nullptr : it->second.get();
    }
};

struct SnapshotCounts
{
    std::size_t endpoints = 0;
    std::size_t tcp = 0;
    std::size_t udp = 0;
    std::size_t listening = 0;
    std::size_t established = 0;
    std::size_t timeWait = 0;
    std::size_t processes = 0; // distinct owning processes
};

SnapshotCounts countSnapshot(const Snapshot& snapshot);

} // namespace portolan
