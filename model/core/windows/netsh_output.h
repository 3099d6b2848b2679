#pragma once

#include "../port_config.h"

#include <optional>
#include <string_view>
#include <vector>

// Parsers for the two netsh reports the port-range reader uses. netsh's labels are localized ("Start Port",
// French "Port de démarrage"), so both read numbers by position, never labels.
namespace portolan::windows_backend {

// `netsh int ipv4 show dynamicport tcp`:
//     Protocol tcp Dynamic Port Range
//     ---------------------------------
//     Start Port      : 49152
//     Number of Ports : 16384
// The first two integers after a ':' are start and count (KB 929851); end = start + count - 1, which may be
// 65535. nullopt when they are missing or do not make a range (Wine's netsh is a stub that prints nothing).
std::optional<PortRange> parseNetshDynamicPort(std::string_view output);

// `netsh int ipv4 show excludedportrange protocol=tcp`: every line whose first two fields are integers is a
// "start end" row; a trailing '*' marks an administered (persistent) exclusion. Other lines are headers.
std::vector<PortRange> parseNetshExcludedRanges(std::string_view output);

} // namespace portolan::windows_backend
