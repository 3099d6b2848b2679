#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace portolan {

enum class Protocol : std::uint8_t {
    Tcp,
    Udp,
};

// Platform-neutral socket state. TCP values follow RFC 793 names; the numbers are ours, not the kernel's or
// MIB_TCP_STATE's: each backend converts. Bound covers an unconnected UDP socket and a TCP socket that is bound
// but neither listening nor connected (Linux TCP_BOUND_INACTIVE): both hold a port, which is what we care about.
enum class SocketState : std::uint8_t {
    Unknown,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
    Closed,
    DeleteTcb, // Windows only
    Bound,
};

std::string_view protocolName(Protocol protocol); // "TCP", "UDP"
std::optional<Protocol> parseProtocol(std::string_view text); // case-insensitive; tcp6/udp6 accepted

// netstat-style upper-case names ("LISTEN", "TIME_WAIT", "BOUND"); stable: they are part of the JSON schema.
std::string_view stateName(SocketState state);
std::optional<SocketState> parseStateName(std::string_view text);

} // namespace portolan
