#pragma once

#include "../endpoint.h"

#include <string>
#include <vector>

namespace portolan::linux_backend {

// Dumps one (family, protocol) socket table through NETLINK_SOCK_DIAG, as `ss` does (iproute2 misc/ss.c
// sockdiag_send). Keeps its netlink socket and receive buffer between dumps.
class NetlinkSockDiag
{
public:
    NetlinkSockDiag();
    ~NetlinkSockDiag();
    NetlinkSockDiag(const NetlinkSockDiag&) = delete;
    NetlinkSockDiag& operator=(const NetlinkSockDiag&) = delete;

    // Appends to `out`. On failure (no sock_diag, module missing in a container: NLMSG_ERROR) returns false,
    // leaves `out` as it was and says why in `error`.
    bool dump(Family family, Protocol protocol, std::vector<Endpoint>& out, std::string& error);

private:
    int m_fd = -1;
    unsigned m_sequence = 0;
    std::vector<char> m_buffer;
};

} // namespace portolan::linux_backend
