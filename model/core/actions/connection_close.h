#pragma once

#include "action_result.h"

#include "../endpoint.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Closing a TCP connection on the live machine, the way TCPView's "Close Connection" and `ss -K` do:
//   * Linux: SOCK_DESTROY over NETLINK_SOCK_DIAG (the kernel resets the connection: the peer sees ECONNRESET, the
//     owner ECONNABORTED). Needs root or CAP_NET_ADMIN, and a kernel built with CONFIG_INET_DIAG_DESTROY.
//   * Windows: SetTcpEntry(MIB_TCP_STATE_DELETE_TCB) for IPv4, which needs an administrator. IPv6 has no
//     documented call; where nsi.dll exports NsiSetAllParameters, the undocumented TCP "kill" set call that
//     System Informer also uses closes it, otherwise the result says IPv6 is not supported here.
// Only TCP: a UDP endpoint is not a connection (Linux could destroy one, but nothing on the peer notices).
namespace portolan::actions {

// One side of a connection as a person types it: "127.0.0.1:8080", "[::1]:8080", "[fe80::1%2]:22".
struct SocketAddress
{
    IpAddress address;
    std::uint16_t port = 0;
};

// Parses "ADDR:PORT" with an IPv4 address, or "[ADDR]:PORT" with an IPv6 one (brackets required, so that the port
// is never mistaken for the last group). Port 0 is allowed (a listener's remote side is "0.0.0.0:0").
std::optional<SocketAddress> parseSocketAddress(std::string_view text, std::string& error);

// Which table to look in when the addresses do not say: IPv4 addresses also match an IPv6 socket that talks to an
// IPv4 peer through a v4-mapped address (::ffff:a.b.c.d), unless the caller asks for one family.
enum class FamilyChoice : std::uint8_t {
    Auto, // the addresses' family; IPv4 also matches v4-mapped IPv6 sockets
    IPv4, // the IPv4 table only; IPv6 addresses are an error
    IPv6, // the IPv6 table only; IPv4 addresses mean their v4-mapped form (what `ss` shows for a dual-stack socket)
};
std::optional<FamilyChoice> parseFamilyChoice(std::string_view text); // "auto", "ipv4", "ipv6" (also "4", "6")

// Which connection to close. From a snapshot row, ConnectionTarget::of(endpoint) is exact; from typed text,
// makeConnectionTarget() checks the families agree.
struct ConnectionTarget
{
    Protocol protocol = Protocol::Tcp;
    IpAddress localAddress;
    std::uint16_t localPort = 0;
    IpAddress remoteAddress;
    std::uint16_t remotePort = 0;
    // Linux: the socket inode from the dump (Endpoint::inode). When non-zero, only that socket is closed, so a
    // connection that closed and was replaced by another with the same addresses and ports is left alone.
    std::uint64_t inode = 0;
    // Also match the v4-mapped IPv6 form of IPv4 addresses (FamilyChoice::Auto).
    bool matchV4Mapped = false;

    Family family() const { return localAddress.family; }
    static ConnectionTarget of(const Endpoint& endpoint);
};

// The target for two typed sides. Fails (with `error`) when the families disagree, or IPv6 addresses are given
// with FamilyChoice::IPv4.
std::optional<ConnectionTarget> makeConnectionTarget(
    const SocketAddress& local, const SocketAddress& remote, FamilyChoice family, std::string& error);

// True when `endpoint` (a row of a fresh dump) is the connection `target` names: same protocol, ports and
// addresses (a target's zone of 0 matches any zone), the v4-mapped form when allowed, and the inode when the target
// has one and the platform reports them.
bool connectionMatches(const ConnectionTarget& target, const Endpoint& endpoint);

// "TCP 127.0.0.1:40000 -> 127.0.0.1:8080", IPv6 addresses in brackets.
std::string describeConnection(const ConnectionTarget& target);
std::string formatSocketAddress(const IpAddress& address, std::uint16_t port);

// Closes the connection(s) matching `target` in this machine's current socket table. Looks the connection up
// first, so that a connection that is not there is NotFound (exit 1) rather than whatever the close call would say.
// Without an inode several sockets can match (listeners sharing a port with SO_REUSEPORT): all of them are closed
// and the message says how many. PermissionDenied means: run elevated (needsElevation()).
ActionResult closeConnection(const ConnectionTarget& target);

} // namespace portolan::actions
