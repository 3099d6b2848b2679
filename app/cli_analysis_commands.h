#pragma once

#include <string>
#include <vector>

namespace portolan::cli {

// `portolan ranges [--format table|json] [--bucket N] [--protocol tcp|udp|both] [--family ipv4|ipv6|both]
//                  [--state all|listening|established|time-wait|bound|closing|opening] [--top K]
//                  [--output FILE] [--procfs]`
// Takes a live snapshot and the machine's port configuration and prints the dynamic and reserved ranges, the
// non-empty histogram buckets, the exhaustion figures and the socket-pool verdicts. `args` are the words after
// the command name (--log-level already taken out). Returns the process exit code: 0, or 2 on a usage error.
int rangesCommand(const std::vector<std::string>& args);

// The usage lines for the CLI's help text.
extern const char* const kRangesUsage;

} // namespace portolan::cli
