#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

// ProcessInfo::startTime is what the platform counts in: clock ticks after boot on Linux (/proc/PID/stat field 22),
// a FILETIME (100 ns since 1601) on Windows. The properties dialog shows a wall-clock time.
namespace portolan {

// Unix epoch milliseconds, or nullopt when it cannot be known: a Linux capture from another machine does not
// record that machine's boot time. `os` is SnapshotMeta::os; `live` says the snapshot is of this machine.
std::optional<std::int64_t> processStartEpochMs(std::uint64_t startTime, std::string_view os, bool live);

} // namespace portolan
