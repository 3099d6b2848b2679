#include "netlink_sock_diag.h"

#include "../proc_net_parser.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace portolan::linux_backend {

namespace {
// Each recv returns one batch of netlink messages; the kernel sizes a dump batch by the reader's buffer up to
// 32 KiB pages (netlink_dump), so 256 KiB lets it fill several at once and cuts syscalls at 100k sockets.
constexpr std::size_t kReceiveBuffer = 256 * 1024;
} // namespace

NetlinkSockDiag::NetlinkSockDiag()
    : m_buffer(kReceiveBuffer)
{ }

NetlinkSockDiag::~NetlinkSockDiag()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool NetlinkSockDiag::dump(Family family, Protocol protocol, std::vector<Endpoint>& out, std::string& error)
{
    if (m_fd < 0) {
        m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
        if (m_fd < 0) {
            error = std::string("netlink socket: ") + std::strerror(errno);
            return false;
        }
        int size = 1 << 20;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    }

    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message {};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = ++m_sequence;
    message.request.sdiag_family = family == Family::IPv4 ? AF_INET : AF_INET6;
    message.request.sdiag_protocol = protocol == Protocol::Tcp ? IPPROTO_TCP : IPPROTO_UDP;
    // Every state bit, including TCP_BOUND_INACTIVE (13, Linux 6.8+): bound-but-idle TCP sockets hold a port too.
    message.request.idiag_states = ~0u;

    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(m_fd, &message, sizeof message, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel) < 0) {
        error = std::string("netlink send: ") + std::strerror(errno);
        return false;
    }

    const auto firstNew = out.size();
    while (true) {
        const ssize_t received = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            error = std::string("netlink receive: ") + std::strerror(errno);
            out.resize(firstNew);
            return false;
        }
        if (received == 0) {
            error = "netlink: connection closed during dump";
            out.resize(firstNew);
            return false;
        }
        int remaining = static_cast<int>(received);
        for (auto* header = reinterpret_cast<nlmsghdr*>(m_buffer.data()); NLMSG_OK(header, remaining);
             header = NLMSG_NEXT(header, remaining)) {
            if (header->nlmsg_seq != m_sequence)
                continue;
            if (header->nlmsg_type == NLMSG_DONE)
                return true;
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto* failure = static_cast<const nlmsgerr*>(NLMSG_DATA(header));
                error = std::string("sock_diag: ") + std::strerror(-failure->error);
                out.resize(firstNew);
                return false;
            }
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY)
                continue;
            const auto* diag = static_cast<const inet_diag_msg*>(NLMSG_DATA(header));
            Endpoint e;
            e.protocol = protocol;
            if (diag->idiag_family == AF_INET) {
                e.localAddress = IpAddress::v4FromNetworkOrder(diag->id.idiag_src);
                e.remoteAddress = IpAddress::v4FromNetworkOrder(diag->id.idiag_dst);
            } else {
                // The zone applies to link-local addresses; idiag_if is the bound interface.
                e.localAddress = IpAddress::v6FromNetworkOrder(diag->id.idiag_src);
                e.remoteAddress = IpAddress::v6FromNetworkOrder(diag->id.idiag_dst);
                if (diag->id.idiag_if && e.localAddress.bytes[0] == 0xfe && (e.localAddress.bytes[1] & 0xc0) == 0x80)
                    e.localAddress.scopeId = diag->id.idiag_if;
            }
            e.localPort = ntohs(diag->id.idiag_sport);
            e.remotePort = ntohs(diag->id.idiag_dport);
            e.state = stateFromLinuxKernel(diag->idiag_state, protocol, e.localPort);
            e.inode = diag->idiag_inode;
            e.uid = diag->idiag_uid;
            e.ownerStatus = e.inode == 0 ? OwnerStatus::Kernel : OwnerStatus::Unknown;
            out.push_back(e);
        }
    }
}

} // namespace portolan::linux_backend
