#include "socket_tables.h"

#include "../logging.h"
#include "win_text.h"

// winsock2.h and ws2tcpip.h before iphlpapi.h, as the IP Helper documentation asks.
#include <winsock2.h>
#include <ws2tcpip.h>

#include <iphlpapi.h>

#include <algorithm>
#include <cstring>

namespace portolan::windows_backend {

namespace {

// The undocumented NTSTATUS STATUS_UNSUCCESSFUL that GetExtendedTcpTable returns when the table changes size by
// more than two rows three times in a row while it copies (Microsoft's answer quoted in dotnet/corefx#37673;
// psutil #1294 / PR #1335). Calling again usually succeeds.
constexpr DWORD kStatusUnsuccessful = 0xC0000001;

constexpr std::size_t kDefaultBufferBytes = 64 * 1024; // ~1k IPv6 owner-PID rows (56 bytes each)

std::uint16_t portFromDword(DWORD value)
{
    // The port sits in network order in the low 16 bits; the high bits are not guaranteed to be zero.
    return ntohs(static_cast<u_short>(value & 0xffff));
}

// A zone only means something on a link-local address (fe80::/10), where it is the interface index. Elsewhere
// the tables carry other things: Wine 8.0 puts the address scope there (0x1000, htons of Linux's
// IPV6_ADDR_LOOPBACK, on every ::1 row; nsiproxy find_ipv6_addr_scope), which would print as "::1%4096".
IpAddress v6Address(const UCHAR* bytes, DWORD scopeId)
{
    const bool linkLocal = bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80;
    return IpAddress::v6FromNetworkOrder(bytes, linkLocal ? scopeId : 0);
}

DWORD callTable(Protocol protocol, Family family, TableClass tableClass, void* buffer, DWORD* size)
{
    const ULONG af = family == Family::IPv4 ? AF_INET : AF_INET6;
    if (protocol == Protocol::Tcp) {
        const auto cls = tableClass == TableClass::OwnerPid ? TCP_TABLE_OWNER_PID_ALL : TCP_TABLE_BASIC_ALL;
        return ::GetExtendedTcpTable(buffer, size, FALSE, af, cls, 0);
    }
    const auto cls = tableClass == TableClass::OwnerPid ? UDP_TABLE_OWNER_PID : UDP_TABLE_BASIC;
    return ::GetExtendedUdpTable(buffer, size, FALSE, af, cls, 0);
}

template<typename Table> std::size_t rowCount(const void* buffer, std::size_t bytes)
{
    const auto* table = static_cast<const Table*>(buffer);
    // Never trust the count beyond what the buffer holds.
    const std::size_t room = (bytes - offsetof(Table, table)) / sizeof(table->table[0]);
    return std::min<std::size_t>(table->dwNumEntries, room);
}

Endpoint udpEndpoint(Family family)
{
    Endpoint e;
    e.protocol = Protocol::Udp;
    e.state = SocketState::Bound; // the owner-PID UDP tables carry no remote side and no state
    e.remoteAddress = family == Family::IPv4 ? IpAddress::anyV4() : IpAddress::anyV6();
    return e;
}

// The fields every TCP table row shares.
template<typename Row> Endpoint tcpEndpoint(const Row& row, const IpAddress& local, const IpAddress& remote)
{
    Endpoint e;
    e.localAddress = local;
    e.remoteAddress = remote;
    e.localPort = portFromDword(row.dwLocalPort);
    e.state = stateFromMibTcpState(row.dwState);
    // A listener's remote port is documented as meaningless; Windows fills it with junk.
    e.remotePort = e.state == SocketState::Listen ? 0 : portFromDword(row.dwRemotePort);
    return e;
}

void convert(Protocol protocol, Family family, TableClass tableClass, const void* buffer, std::size_t bytes,
    std::vector<Endpoint>& out)
{
    if (protocol == Protocol::Tcp && family == Family::IPv4) {
        if (tableClass == TableClass::Basic) {
            const auto* table = static_cast<const MIB_TCPTABLE*>(buffer);
            for (std::size_t i = 0, n = rowCount<MIB_TCPTABLE>(buffer, bytes); i < n; ++i) {
                const auto& row = table->table[i];
                out.push_back(tcpEndpoint(row, IpAddress::v4FromNetworkOrder(&row.dwLocalAddr),
                    IpAddress::v4FromNetworkOrder(&row.dwRemoteAddr)));
            }
            return;
        }
        const auto* table = static_cast<const MIB_TCPTABLE_OWNER_PID*>(buffer);
        for (std::size_t i = 0, n = rowCount<MIB_TCPTABLE_OWNER_PID>(buffer, bytes); i < n; ++i) {
            const auto& row = table->table[i];
            Endpoint e = tcpEndpoint(
                row, IpAddress::v4FromNetworkOrder(&row.dwLocalAddr), IpAddress::v4FromNetworkOrder(&row.dwRemoteAddr));
            e.pid = row.dwOwningPid;
            out.push_back(e);
        }
        return;
    }
    if (protocol == Protocol::Tcp) {
        const auto* table = static_cast<const MIB_TCP6TABLE_OWNER_PID*>(buffer);
        for (std::size_t i = 0, n = rowCount<MIB_TCP6TABLE_OWNER_PID>(buffer, bytes); i < n; ++i) {
            const auto& row = table->table[i];
            Endpoint e = tcpEndpoint(
                row, v6Address(row.ucLocalAddr, row.dwLocalScopeId), v6Address(row.ucRemoteAddr, row.dwRemoteScopeId));
            e.pid = row.dwOwningPid;
            out.push_back(e);
        }
        return;
    }
    if (family == Family::IPv4) {
        if (tableClass == TableClass::Basic) {
            const auto* table = static_cast<const MIB_UDPTABLE*>(buffer);
            for (std::size_t i = 0, n = rowCount<MIB_UDPTABLE>(buffer, bytes); i < n; ++i) {
                Endpoint e = udpEndpoint(family);
                e.localAddress = IpAddress::v4FromNetworkOrder(&table->table[i].dwLocalAddr);
                e.localPort = portFromDword(table->table[i].dwLocalPort);
                out.push_back(e);
            }
            return;
        }
        const auto* table = static_cast<const MIB_UDPTABLE_OWNER_PID*>(buffer);
        for (std::size_t i = 0, n = rowCount<MIB_UDPTABLE_OWNER_PID>(buffer, bytes); i < n; ++i) {
            Endpoint e = udpEndpoint(family);
            e.localAddress = IpAddress::v4FromNetworkOrder(&table->table[i].dwLocalAddr);
            e.localPort = portFromDword(table->table[i].dwLocalPort);
            e.pid = table->table[i].dwOwningPid;
            out.push_back(e);
        }
        return;
    }
    const auto* table = static_cast<const MIB_UDP6TABLE_OWNER_PID*>(buffer);
    for (std::size_t i = 0, n = rowCount<MIB_UDP6TABLE_OWNER_PID>(buffer, bytes); i < n; ++i) {
        const auto& row = table->table[i];
        Endpoint e = udpEndpoint(family);
        e.localAddress = v6Address(row.ucLocalAddr, row.dwLocalScopeId);
        e.localPort = portFromDword(row.dwLocalPort);
        e.pid = row.dwOwningPid;
        out.push_back(e);
    }
}

} // namespace

SocketState stateFromMibTcpState(std::uint32_t mibState)
{
    switch (mibState) {
    case MIB_TCP_STATE_CLOSED:
        return SocketState::Closed;
    case MIB_TCP_STATE_LISTEN:
        return SocketState::Listen;
    case MIB_TCP_STATE_SYN_SENT:
        return SocketState::SynSent;
    case MIB_TCP_STATE_SYN_RCVD:
        return SocketState::SynReceived;
    case MIB_TCP_STATE_ESTAB:
        return SocketState::Established;
    case MIB_TCP_STATE_FIN_WAIT1:
        return SocketState::FinWait1;
    case MIB_TCP_STATE_FIN_WAIT2:
        return SocketState::FinWait2;
    case MIB_TCP_STATE_CLOSE_WAIT:
        return SocketState::CloseWait;
    case MIB_TCP_STATE_CLOSING:
        return SocketState::Closing;
    case MIB_TCP_STATE_LAST_ACK:
        return SocketState::LastAck;
    case MIB_TCP_STATE_TIME_WAIT:
        return SocketState::TimeWait;
    case MIB_TCP_STATE_DELETE_TCB:
        return SocketState::DeleteTcb;
    default:
        return SocketState::Unknown;
    }
}

SocketTableReader::SocketTableReader(std::size_t initialBufferBytes)
    : m_buffer((initialBufferBytes ? initialBufferBytes : kDefaultBufferBytes) / sizeof(std::uint64_t) + 1)
{ }

bool SocketTableReader::read(
    Protocol protocol, Family family, TableClass tableClass, std::vector<Endpoint>& out, std::string& error)
{
    if (tableClass == TableClass::Basic && family == Family::IPv6) {
        error = "the basic socket tables are IPv4 only";
        return false;
    }
    m_stats = {};
    // The buffer is never shrunk: asking with last time's size means one call per table in the steady state,
    // and no separate sizing call.
    DWORD result = ERROR_INSUFFICIENT_BUFFER;
    for (unsigned attempt = 0; attempt < kMaxAttempts; ++attempt) {
        DWORD size = static_cast<DWORD>(capacityBytes());
        ++m_stats.calls;
        result = callTable(protocol, family, tableClass, m_buffer.data(), &size);
        if (result == NO_ERROR)
            break;
        if (result != ERROR_INSUFFICIENT_BUFFER && result != kStatusUnsuccessful)
            break;
        ++m_stats.retries;
        // The table can grow between the call that reported `size` and the next one, so ask for a quarter more
        // than needed (psutil socks.c) and at least double on repeated failures (cbwin#17 grew exponentially).
        const std::size_t needed = result == ERROR_INSUFFICIENT_BUFFER ? size : 0;
        std::size_t next = std::max(needed + needed / 4 + 8, capacityBytes() * (attempt == 0 ? 1 : 2));
        if (result == kStatusUnsuccessful)
            next = std::max(next, capacityBytes() + capacityBytes() / 2);
        if (next > capacityBytes())
            m_buffer.resize(next / sizeof(std::uint64_t) + 1);
        log::engine()->debug("{}{} table: {} (needed {} bytes), retrying with {}", protocolName(protocol),
            family == Family::IPv4 ? "v4" : "v6", result == kStatusUnsuccessful ? "0xC0000001" : "buffer too small",
            needed, capacityBytes());
    }
    m_stats.bufferBytes = capacityBytes();
    if (result != NO_ERROR) {
        error = std::string(protocol == Protocol::Tcp ? "GetExtendedTcpTable" : "GetExtendedUdpTable")
            + (family == Family::IPv4 ? " (IPv4)" : " (IPv6)") + ": "
            + (result == kStatusUnsuccessful ? std::string("0xC0000001 (table kept changing)") : win32ErrorText(result))
            + (result == ERROR_INSUFFICIENT_BUFFER || result == kStatusUnsuccessful
                    ? " after " + std::to_string(kMaxAttempts) + " attempts"
                    : std::string());
        return false;
    }
    // Rows are bounded by the buffer's capacity, not by `size`: on success it is not documented to be updated.
    const std::size_t before = out.size();
    convert(protocol, family, tableClass, m_buffer.data(), capacityBytes(), out);
    m_stats.rows = out.size() - before;
    return true;
}

} // namespace portolan::windows_backend
