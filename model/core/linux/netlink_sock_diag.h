#pragma once

#include "../endpoint.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace portolan::linux_backend {

// Dumps one (family, protocol) socket table through NETLINK_SOCK_DIAG, as `ss` does (iproute2 misc/ss.c
// sockdiag_send). Keeps its netlink socket and receive buffer between dumps.
class NetlinkSockDiag
{
public:
    // Fault-injection seam (EngineOptions::netlinkReceive): called instead of recv(fd, buffer, size, 0) on the
    // sock_diag socket, it can cut a reply short, fail mid-dump or corrupt a message; empty means recv().
    using ReceiveHook = std::function<ssize_t(int fd, char* buffer, std::size_t size)>;

    explicit NetlinkSockDiag(ReceiveHook receiveHook = {});
    ~NetlinkSockDiag();
    NetlinkSockDiag(const NetlinkSockDiag&) = delete;
    NetlinkSockDiag& operator=(const NetlinkSockDiag&) = delete;

    // Appends to `out`. On failure (no sock_diag, module missing in a container: NLMSG_ERROR) returns false,
    // leaves `out` as it was and says why in `error`.
    bool dump(Family family, Protocol protocol, std::vector<Endpoint>& out, std::string& error);

    // One socket of a dump with the kernel's handle on it: what SOCK_DESTROY needs to name exactly that socket.
    struct Socket
    {
        Endpoint endpoint;
        Family family = Family::IPv4; // of the dump it came from (a v4-mapped socket is in the IPv6 one)
        std::uint32_t interfaceIndex = 0; // idiag_if
        std::array<std::uint32_t, 2> cookie {}; // idiag_cookie: tells a socket from a later one on the same ports
    };
    // Like dump(), keeping each socket's handle.
    bool dumpSockets(Family family, Protocol protocol, std::vector<Socket>& out, std::string& error);

    // Asks the kernel to destroy one socket from dumpSockets() (SOCK_DESTROY, as `ss -K` does). Returns 0, or the
    // kernel's errno: EPERM without CAP_NET_ADMIN, EOPNOTSUPP without CONFIG_INET_DIAG_DESTROY, ENOENT when the
    // socket is gone, ESTALE when its cookie now names another socket; or the errno of a failed send/receive.
    int destroy(const Socket& socket, Protocol protocol);

private:
    bool open(std::string& error);
    ssize_t receive();
    // Sends a dump request and calls onSocket(const inet_diag_msg&) for every socket of the reply.
    template<typename OnSocket>
    bool dumpEach(Family family, Protocol protocol, OnSocket&& onSocket, std::string& error);

    ReceiveHook m_receiveHook;
    int m_fd = -1;
    unsigned m_sequence = 0;
    std::vector<char> m_buffer;
};

} // namespace portolan::linux_backend
