#include "proc_net_parser.h"

#include "text_util.h"

#include <charconv>

namespace portolan {

SocketState stateFromLinuxKernel(unsigned kernelState, Protocol protocol, std::uint16_t localPort)
{
    if (protocol == Protocol::Udp)
        return kernelState == 1 ? SocketState::Established : SocketState::Bound;
    switch (kernelState) {
    case 1:
        return SocketState::Established;
    case 2:
        return SocketState::SynSent;
    case 3:
        return SocketState::SynReceived;
    case 4:
        return SocketState::FinWait1;
    case 5:
        return SocketState::FinWait2;
    case 6:
        return SocketState::TimeWait;
    case 7:
        return localPort ? SocketState::Bound : SocketState::Closed; // TCP_BOUND_INACTIVE dumps as CLOSE
    case 8:
        return SocketState::CloseWait;
    case 9:
        return SocketState::LastAck;
    case 10:
        return SocketState::Listen;
    case 11:
        return SocketState::Closing;
    case 12:
        return SocketState::SynReceived; // TCP_NEW_SYN_RECV: a request socket
    case 13:
        return SocketState::Bound; // TCP_BOUND_INACTIVE
    default:
        return SocketState::Unknown;
    }
}

namespace {

template<typename T> bool parseHex(std::string_view text, T& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    return ec == std::errc {} && end == text.data() + text.size();
}

// "0100007F:0277" -> address and port.
bool parseHexEndpoint(std::string_view text, IpAddress& address, std::uint16_t& port)
{
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return false;
    const auto hex = text.substr(0, colon);
    if (!parseHex(text.substr(colon + 1), port))
        return false;
    if (hex.size() != 8 && hex.size() != 32)
        return false;
    std::uint8_t bytes[16] {};
    for (std::size_t word = 0; word < hex.size() / 8; ++word) {
        std::uint32_t value = 0;
        if (!parseHex(hex.substr(word * 8, 8), value))
            return false;
        // Host-endian (little-endian) word: least significant byte first in memory = first on the wire.
        for (int b = 0; b < 4; ++b)
            bytes[word * 4 + b] = static_cast<std::uint8_t>(value >> (8 * b));
    }
    address = hex.size() == 8 ? IpAddress::v4FromNetworkOrder(bytes) : IpAddress::v6FromNetworkOrder(bytes);
    return true;
}

} // namespace

std::string parseProcNetLine(std::string_view line, Protocol protocol, Endpoint& out)
{
    const auto fields = splitWhitespace(line);
    if (fields.size() < 10)
        return "expected at least 10 fields, found " + std::to_string(fields.size());
    if (fields[0].empty() || fields[0].back() != ':')
        return "first field is not a slot number (\"sl:\")";
    Endpoint e;
    e.protocol = protocol;
    if (!parseHexEndpoint(fields[1], e.localAddress, e.localPort))
        return "bad local address \"" + std::string(fields[1]) + "\"";
    if (!parseHexEndpoint(fields[2], e.remoteAddress, e.remotePort))
        return "bad remote address \"" + std::string(fields[2]) + "\"";
    if (e.localAddress.family != e.remoteAddress.family)
        return "local and remote address families differ";
    unsigned state = 0;
    if (!parseHex(fields[3], state))
        return "bad state \"" + std::string(fields[3]) + "\"";
    e.state = stateFromLinuxKernel(state, protocol, e.localPort);
    auto [uidEnd, uidEc] = std::from_chars(fields[7].data(), fields[7].data() + fields[7].size(), e.uid);
    if (uidEc != std::errc {})
        return "bad uid \"" + std::string(fields[7]) + "\"";
    auto [inoEnd, inoEc] = std::from_chars(fields[9].data(), fields[9].data() + fields[9].size(), e.inode);
    if (inoEc != std::errc {})
        return "bad inode \"" + std::string(fields[9]) + "\"";
    e.ownerStatus = e.inode == 0 ? OwnerStatus::Kernel : OwnerStatus::Unknown;
    out = e;
    return {};
}

} // namespace portolan
