#pragma once

#include "endpoint.h"

#include <string>
#include <string_view>

namespace portolan {

// Parses one data line of /proc/net/{tcp,tcp6,udp,udp6}:
//   "   0: 0100007F:0277 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 12345 ..."
// The kernel prints each __be32 address word as a host-endian hex number (get_tcp4_sock), so on the
// little-endian machines that produce nearly every capture the bytes of each word appear reversed. The family
// follows from the address width (8 or 32 hex digits); the state byte is the kernel's TCP state number.
// Returns an empty string on success, else the reason the line is not a socket row.
std::string parseProcNetLine(std::string_view line, Protocol protocol, Endpoint& out);

// Kernel TCP state number (include/net/tcp_states.h) to our state. UDP reports 7 (unconnected) or 1.
SocketState stateFromLinuxKernel(unsigned kernelState, Protocol protocol, std::uint16_t localPort);

} // namespace portolan
