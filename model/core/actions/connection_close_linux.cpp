// Linux half of connection_close.h: find the socket in a fresh NETLINK_SOCK_DIAG dump, then SOCK_DESTROY it by
// its cookie, as `ss -K` does (iproute2 misc/ss.c kill_inet_sock). The kernel resets a TCP connection
// (tcp_abort): the peer gets an RST, the owner ECONNABORTED on its next call.

#include "connection_close.h"
#include "connection_close_detail.h"

#include "../linux/netlink_sock_diag.h"

#include <cerrno>
#include <cstring>
#include <vector>

namespace portolan::actions {

namespace {

using linux_backend::NetlinkSockDiag;

ActionResult destroyFailure(int error, const std::string& what)
{
    switch (error) {
    case EPERM:
    case EACCES:
        return ActionResult::failure(ActionStatus::PermissionDenied,
            "closing " + what + " needs root (or CAP_NET_ADMIN): run Portolan elevated");
    case EOPNOTSUPP:
        return ActionResult::failure(ActionStatus::Unsupported,
            "this kernel cannot close sockets: it was built without CONFIG_INET_DIAG_DESTROY (SOCK_DESTROY, what "
            "`ss -K` uses)");
    case ENOENT:
    case ESTALE:
        return ActionResult::failure(ActionStatus::NotFound, what + " closed before it could be closed");
    default:
        return ActionResult::failure(ActionStatus::Failed, "closing " + what + ": " + std::strerror(error));
    }
}

} // namespace

ActionResult closeConnection(const ConnectionTarget& target)
{
    if (auto refusal = detail::checkClosable(target))
        return *refusal;
    const std::string what = describeConnection(target);
    NetlinkSockDiag diag;
    std::vector<NetlinkSockDiag::Socket> sockets;
    std::string error;
    if (!diag.dumpSockets(target.family(), target.protocol, sockets, error))
        return ActionResult::failure(ActionStatus::Unsupported,
            "cannot list sockets through NETLINK_SOCK_DIAG (" + error + "), so cannot close " + what);
    // A dual-stack socket talking to an IPv4 peer is in the IPv6 table under v4-mapped addresses.
    if (target.matchV4Mapped && target.family() == Family::IPv4)
        diag.dumpSockets(Family::IPv6, target.protocol, sockets, error);

    return detail::closeMatching(
        target, sockets, [](const NetlinkSockDiag::Socket& socket) -> const Endpoint& { return socket.endpoint; },
        [&](const NetlinkSockDiag::Socket& socket) -> std::optional<ActionResult> {
            const int result = diag.destroy(socket, target.protocol);
            return result == 0 ? std::nullopt : std::optional(destroyFailure(result, what));
        });
}

} // namespace portolan::actions
