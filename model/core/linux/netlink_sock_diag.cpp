#include "netlink_sock_diag.h"

#include "netlink_batch.h"

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

struct Request
{
    nlmsghdr header;
    inet_diag_req_v2 request;
};

// A sock_diag request for one (family, protocol) table, every state bit set: including TCP_BOUND_INACTIVE (13,
// Linux 6.8+), since bound-but-idle TCP sockets hold a port too.
Request makeRequest(std::uint16_t type, std::uint16_t flags, unsigned sequence, Family family, Protocol protocol)
{
    Request message {};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = type;
    message.header.nlmsg_flags = flags;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = family == Family::IPv4 ? AF_INET : AF_INET6;
    message.request.sdiag_protocol = protocol == Protocol::Tcp ? IPPROTO_TCP : IPPROTO_UDP;
    message.request.idiag_states = ~0u;
    return message;
}

bool sendToKernel(int fd, const Request& message)
{
    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    return ::sendto(fd, &message, sizeof message, 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel) >= 0;
}
} // namespace

NetlinkSockDiag::NetlinkSockDiag(ReceiveHook receiveHook)
    : m_receiveHook(std::move(receiveHook))
    , m_buffer(kReceiveBuffer)
{ }

ssize_t NetlinkSockDiag::receive()
{
    if (m_receiveHook)
        return m_receiveHook(m_fd, m_buffer.data(), m_buffer.size());
    return ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
}

NetlinkSockDiag::~NetlinkSockDiag()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool NetlinkSockDiag::open(std::string& error)
{
    if (m_fd >= 0)
        return true;
    m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (m_fd < 0) {
        error = std::string("netlink socket: ") + std::strerror(errno);
        return false;
    }
    int size = 1 << 20;
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    return true;
}

template<typename OnSocket>
bool NetlinkSockDiag::dumpEach(Family family, Protocol protocol, OnSocket&& onSocket, std::string& error)
{
    if (!open(error))
        return false;

    if (!sendToKernel(
            m_fd, makeRequest(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, ++m_sequence, family, protocol))) {
        error = std::string("netlink send: ") + std::strerror(errno);
        return false;
    }

    while (true) {
        const ssize_t received = receive();
        if (received < 0) {
            if (errno == EINTR)
                continue;
            error = std::string("netlink receive: ") + std::strerror(errno);
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        if (received == 0) {
            error = "netlink: connection closed during dump";
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        switch (decodeDumpBatch(m_buffer.data(), static_cast<std::size_t>(received), m_sequence, onSocket, error)) {
        case BatchEnd::More:
            continue;
        case BatchEnd::Done:
            return true;
        case BatchEnd::Failed:
            // A later dump must not read the rest of this one: start it on a fresh socket.
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
    }
}

namespace {

Endpoint endpointOf(const inet_diag_msg& diag, Protocol protocol)
{
    Endpoint e;
    e.protocol = protocol;
    if (diag.idiag_family == AF_INET) {
        e.localAddress = IpAddress::v4FromNetworkOrder(diag.id.idiag_src);
        e.remoteAddress = IpAddress::v4FromNetworkOrder(diag.id.idiag_dst);
    } else {
        // The zone applies to link-local addresses; idiag_if is the bound interface.
        e.localAddress = IpAddress::v6FromNetworkOrder(diag.id.idiag_src);
        e.remoteAddress = IpAddress::v6FromNetworkOrder(diag.id.idiag_dst);
        if (diag.id.idiag_if && e.localAddress.bytes[0] == 0xfe && (e.localAddress.bytes[1] & 0xc0) == 0x80)
            e.localAddress.scopeId = diag.id.idiag_if;
    }
    e.localPort = ntohs(diag.id.idiag_sport);
    e.remotePort = ntohs(diag.id.idiag_dport);
    e.state = stateFromLinuxKernel(diag.idiag_state, protocol, e.localPort);
    e.inode = diag.idiag_inode;
    e.uid = diag.idiag_uid;
    e.ownerStatus = e.inode == 0 ? OwnerStatus::Kernel : OwnerStatus::Unknown;
    return e;
}

void copyAddress(const IpAddress& address, __be32* out)
{
    std::memcpy(out, address.bytes.data(), address.family == Family::IPv4 ? 4 : 16);
}

} // namespace

bool NetlinkSockDiag::dump(Family family, Protocol protocol, std::vector<Endpoint>& out, std::string& error)
{
    const auto firstNew = out.size();
    const bool ok = dumpEach(
        family, protocol, [&](const inet_diag_msg& diag) { out.push_back(endpointOf(diag, protocol)); }, error);
    if (!ok)
        out.resize(firstNew);
    return ok;
}

bool NetlinkSockDiag::dumpSockets(Family family, Protocol protocol, std::vector<Socket>& out, std::string& error)
{
    const auto firstNew = out.size();
    const bool ok = dumpEach(
        family, protocol,
        [&](const inet_diag_msg& diag) {
            out.push_back({ endpointOf(diag, protocol), family, diag.id.idiag_if,
                { diag.id.idiag_cookie[0], diag.id.idiag_cookie[1] } });
        },
        error);
    if (!ok)
        out.resize(firstNew);
    return ok;
}

int NetlinkSockDiag::destroy(const Socket& socket, Protocol protocol)
{
    std::string ignored;
    if (!open(ignored))
        return errno ? errno : EIO;
    auto message = makeRequest(SOCK_DESTROY, NLM_F_REQUEST | NLM_F_ACK, ++m_sequence, socket.family, protocol);
    auto& id = message.request.id;
    id.idiag_sport = htons(socket.endpoint.localPort);
    id.idiag_dport = htons(socket.endpoint.remotePort);
    copyAddress(socket.endpoint.localAddress, id.idiag_src);
    copyAddress(socket.endpoint.remoteAddress, id.idiag_dst);
    id.idiag_if = socket.interfaceIndex;
    id.idiag_cookie[0] = socket.cookie[0];
    id.idiag_cookie[1] = socket.cookie[1];
    if (!sendToKernel(m_fd, message))
        return errno;
    // The answer is one NLMSG_ERROR: error 0 is the acknowledgement, anything else the kernel's -errno.
    while (true) {
        const ssize_t received = receive();
        if (received < 0 && errno == EINTR)
            continue;
        if (received < 0)
            return errno;
        if (received == 0)
            return ECONNRESET;
        // Bounds-checked like decodeDumpBatch: the acknowledgement (error 0) is what we wait for here.
        for (std::size_t offset = 0; offset + sizeof(nlmsghdr) <= static_cast<std::size_t>(received);) {
            nlmsghdr header;
            std::memcpy(&header, m_buffer.data() + offset, sizeof header);
            if (header.nlmsg_len < sizeof header || offset + header.nlmsg_len > static_cast<std::size_t>(received))
                break;
            if (header.nlmsg_seq == m_sequence && header.nlmsg_type == NLMSG_ERROR) {
                int answer = 0;
                const char* payload = m_buffer.data() + offset + NLMSG_HDRLEN;
                return netlinkErrorCode(payload, header.nlmsg_len - NLMSG_HDRLEN, answer) ? answer : EPROTO;
            }
            offset += NLMSG_ALIGN(header.nlmsg_len);
        }
    }
}
} // namespace portolan::linux_backend
