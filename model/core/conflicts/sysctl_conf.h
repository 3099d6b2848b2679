#pragma once

#include "../port_config.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// sysctl.d(5) files, as far as the persistent port reservation needs them: read one key's value, and merge port
// ranges into a file of ours without dropping anything already in it.
namespace portolan::conflicts {

inline constexpr std::string_view kReservedPortsKey = "net.ipv4.ip_local_reserved_ports";

struct SysctlAssignment
{
    std::size_t line = 0; // 1-based
    std::string value; // as written, trimmed
};

// Every assignment of `key` in `content` ("key = value", '.' or '/' separators, an optional leading '-'),
// ignoring comments ('#', ';') and other keys.
std::vector<SysctlAssignment> sysctlAssignments(std::string_view content, std::string_view key);

struct SysctlMerge
{
    std::string content; // the new file
    bool changed = false;
    std::vector<PortRange> value; // what the key is set to afterwards
    std::string error; // set when the file holds a value we cannot read: nothing may be written then
};

// Merges `add` and `base` (the reservations that must survive a reboot besides ours: the running value and the
// other sysctl.d files) into the file `existing` (nullopt: no file yet). Lines that do not assign the key are kept
// byte for byte; the last assignment is rewritten to the union of everything, which includes its old value. A
// value of the key that does not parse is an error, never dropped. `fileName` is for messages.
SysctlMerge mergeReservedPortsFile(const std::optional<std::string>& existing, const std::vector<PortRange>& base,
    const std::vector<PortRange>& add, const std::string& fileName);

} // namespace portolan::conflicts
