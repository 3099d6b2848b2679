#pragma once

#include "../port_config.h"

#include <string>
#include <vector>

// Add-only merging of port ranges into lists administrators also edit by hand. Nothing that is there already is
// removed or rewritten, including entries that do not parse: KB 956188's instruction for ReservedPorts is "add
// these port numbers to the current values ... do not replace the values currently there".
namespace portolan::conflicts {

// The parts of `wanted` that `have` does not cover, normalized.
std::vector<PortRange> uncoveredPorts(const std::vector<PortRange>& have, const std::vector<PortRange>& wanted);
// True when every port of `wanted` is in `have`.
bool coversAll(const std::vector<PortRange>& have, const std::vector<PortRange>& wanted);

// The lines a ReservedPorts-style list (one "first-last" range per line) needs appended so that it covers
// `wanted`. `existingLines` are the current lines as text; those that do not parse are left alone and count for
// nothing. A new line absorbs existing ranges it touches, so that contiguous ports end up in one line (KB 812873:
// continuous ports listed separately may be mis-reserved). Empty when everything is covered already.
std::vector<PortRange> linesToAppend(
    const std::vector<std::string>& existingLines, const std::vector<PortRange>& wanted);
// KB 812873's line format: "1812-1813", and a single port as "4000-4000".
std::string reservedPortsLine(const PortRange& range);

} // namespace portolan::conflicts
