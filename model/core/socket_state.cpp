#include "socket_state.h"

#include "text_util.h"

#include <array>
#include <utility>

namespace portolan {

std::string_view protocolName(Protocol protocol)
{
    return protocol == Protocol::Tcp ? "TCP" : "UDP";
}

std::optional<Protocol> parseProtocol(std::string_view text)
{
    const auto lower = toLowerAscii(text);
    if (lower == "tcp" || lower == "tcp4" || lower == "tcp6" || lower == "tcpv6")
        return Protocol::Tcp;
    if (lower == "udp" || lower == "udp4" || lower == "udp6" || lower == "udpv6")
        return Protocol::Udp;
    return std::nullopt;
}

namespace {
constexpr std::array<std::pair<SocketState, std::string_view>, 14> kStateNames { {
    { SocketState::Unknown, "UNKNOWN" },
    { SocketState::Listen, "LISTEN" },
    { SocketState::SynSent, "SYN_SENT" },
    { SocketState::SynReceived, "SYN_RECEIVED" },
    { SocketState::Established, "ESTABLISHED" },
    { SocketState::FinWait1, "FIN_WAIT_1" },
    { SocketState::FinWait2, "FIN_WAIT_2" },
    { SocketState::CloseWait, "CLOSE_WAIT" },
    { SocketState::Closing, "CLOSING" },
    { SocketState::LastAck, "LAST_ACK" },
    { SocketState::TimeWait, "TIME_WAIT" },
    { SocketState::Closed, "CLOSED" },
    { SocketState::DeleteTcb, "DELETE_TCB" },
    { SocketState::Bound, "BOUND" },
} };

// Spellings other tools use for the same states (ss, netstat on Linux and Windows, PowerShell).
constexpr std::array<std::pair<std::string_view, SocketState>, 18> kAliases { {
    { "LISTENING", SocketState::Listen },
    { "ESTAB", SocketState::Established },
    { "SYN_RECV", SocketState::SynReceived },
    { "SYN-RECV", SocketState::SynReceived },
    { "SYN_RCVD", SocketState::SynReceived },
    { "SYN-SENT", SocketState::SynSent },
    { "FIN_WAIT1", SocketState::FinWait1 },
    { "FIN-WAIT-1", SocketState::FinWait1 },
    { "FIN_WAIT2", SocketState::FinWait2 },
    { "FIN-WAIT-2", SocketState::FinWait2 },
    { "CLOSE-WAIT", SocketState::CloseWait },
    { "LAST-ACK", SocketState::LastAck },
    { "TIME-WAIT", SocketState::TimeWait },
    { "TIMEWAIT", SocketState::TimeWait },
    { "CLOSE", SocketState::Closed },
    { "UNCONN", SocketState::Bound },
    { "BOUND", SocketState::Bound },
    { "DELETETCB", SocketState::DeleteTcb },
} };
} // namespace

std::string_view stateName(SocketState state)
{
    for (const auto& [value, name] : kStateNames)
        if (value == state)
            return name;
    return "UNKNOWN";
}

std::optional<SocketState> parseStateName(std::string_view text)
{
    const auto upper = toUpperAscii(trim(text));
    for (const auto& [value, name] : kStateNames)
        if (name == upper)
            return value;
    for (const auto& [alias, value] : kAliases)
        if (alias == upper)
            return value;
    // PowerShell's enum names: Listen, Established, TimeWait, CloseWait, SynReceived, FinWait1, ...
    std::string squashed;
    for (char c : upper)
        if (c != '_' && c != '-')
            squashed.push_back(c);
    for (const auto& [value, name] : kStateNames) {
        std::string candidate;
        for (char c : name)
            if (c != '_')
                candidate.push_back(c);
        if (candidate == squashed)
            return value;
    }
    return std::nullopt;
}

} // namespace portolan
