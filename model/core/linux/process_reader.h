#pragma once

#include "../process_info.h"

#include <cstdint>
#include <string>
#include <string_view>

// Reading one process's details from /proc/PID, shared by the socket-owner resolver and the actions (describing a
// process before ending it).
namespace portolan::linux_backend {

// Fills `info` from PROC_ROOT/PID: name (comm) and start time from stat, command line, executable path (or
// accessDenied when it may not be read) and the owning uid. Leaves `info.user` for the caller (it caches account
// names). False when there is no such process; `info` then holds only what could be read.
bool readProcessInfo(const std::string& procRoot, std::uint32_t pid, ProcessInfo& info);

// The account name of `uid` (getpwuid_r), or the number as text when it has none.
std::string accountName(std::uint32_t uid);

// The fields of /proc/PID/stat after "(comm)": field 3 (state) is fields[0]. Empty when the text is not a stat line.
struct StatFields
{
    std::string comm;
    std::string_view rest; // "S 1 1234 ..." (points into the text given)
    // Field `number` (1-based, as proc(5) counts: 3 is the state, 9 the flags, 22 the start time); empty when
    // the line is shorter.
    std::string_view field(int number) const;
};
bool parseStat(std::string_view text, StatFields& out);

// Reads a small /proc file whole (at most 1 MiB). False when it cannot be opened.
bool readSmallFile(const std::string& path, std::string& out);

} // namespace portolan::linux_backend
