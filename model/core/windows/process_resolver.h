#pragma once

#include "../endpoint.h"
#include "../process_info.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace portolan::windows_backend {

class ServiceMap;

struct ProcessLookupStats
{
    std::size_t lookups = 0; // distinct pids asked for in this snapshot
    std::size_t cacheHits = 0; // same pid and creation time as before: nothing re-read
    std::size_t imageReads = 0; // QueryFullProcessImageNameW calls
    std::size_t denied = 0; // OpenProcess refused
    std::size_t gone = 0; // exited since the socket table was read
    bool toolhelpUsed = false;
};

// PID -> ProcessInfo for socket owners: image path with QueryFullProcessImageNameW (PROCESS_QUERY_LIMITED_
// INFORMATION, which works on protected processes too), the account from the process token, and the services
// the process hosts. Entries are cached by (pid, creation time), so a reused PID is caught: the creation time is
// one GetProcessTimes call, the path and account are read only for a new process.
class ProcessResolver
{
public:
    struct Result
    {
        ProcessInfoPtr info; // null when the process is gone
        OwnerStatus status = OwnerStatus::Unknown;
    };

    // Call once per snapshot before the lookups.
    void beginSnapshot();
    // PID 0 is "System Idle Process" and 4 "System" (Kernel). A process we may not open keeps its pid and gets
    // the base name from a toolhelp snapshot and accessDenied set; with not even a name its status is
    // AccessDenied. Never returns a dropped owner: the worst case is Unknown for a process that has exited.
    Result lookup(std::uint32_t pid, const ServiceMap& services);
    // Forgets processes not seen for a few snapshots.
    void endSnapshot();

    const ProcessLookupStats& lastStats() const { return m_stats; }

private:
    struct Entry
    {
        ProcessInfoPtr info;
        std::uint64_t creationTime = 0;
        std::uint32_t seenIn = 0;
    };
    const std::string* toolhelpName(std::uint32_t pid);
    std::string accountName(void* processHandle);
    ProcessInfoPtr withServices(const ProcessInfoPtr& info, const ServiceMap& services);

    std::unordered_map<std::uint32_t, Entry> m_cache;
    std::unordered_map<std::uint32_t, Result> m_thisSnapshot;
    std::unordered_map<std::uint32_t, std::string> m_toolhelp; // pid -> exe base name, this snapshot
    bool m_toolhelpLoaded = false;
    std::unordered_map<std::string, std::string> m_accounts; // string SID -> account name
    std::uint32_t m_generation = 0;
    ProcessLookupStats m_stats;
};

} // namespace portolan::windows_backend
