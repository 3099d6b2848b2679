#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace portolan {

// What we know about a process that owns sockets. Immutable once published: snapshots and models share it
// through shared_ptr<const ProcessInfo>, and the Linux resolver reuses it across snapshots while the process
// lives (same pid and start time).
struct ProcessInfo
{
    std::uint32_t pid = 0;
    std::uint64_t startTime = 0; // Linux: clock ticks after boot (/proc/PID/stat field 22); Windows: FILETIME
    std::string name; // Linux comm, Windows image name ("dns.exe")
    std::string executablePath; // empty when unreadable
    std::string commandLine; // empty when unreadable
    std::string user; // account name, or the numeric uid when it has no name
    std::uint32_t uid = 0xffffffffu;
    std::vector<std::string> services; // Windows services hosted by the process ("Dnscache"), systemd unit on Linux
    bool accessDenied = false; // the process exists but details could not be read

    // "Dnscache [svchost.exe]" the way netstat -b shows a hosted service, else the plain name.
    std::string displayName() const;
};

using ProcessInfoPtr = std::shared_ptr<const ProcessInfo>;

} // namespace portolan
