#pragma once

#include "ip_address.h"
#include "socket_state.h"

#include <cstddef>
#include <cstdint>

namespace portolan {

// Why an endpoint has no owning process. Endpoints are never dropped for want of an owner (issue #2): the
// table labels them plainly instead.
enum class OwnerStatus : std::uint8_t {
    Resolved, // pid names the owning process
    Kernel, // no process holds it any more (TIME_WAIT), or the system itself (PID 0/4 on Windows)
    AccessDenied, // a process holds it but we may not look (another user's process without root)
    Unknown, // holder not found (exited between dump and scan, or lives in another mount/pid namespace)
};

std::string_view ownerStatusName(OwnerStatus status); // "resolved", "kernel", "access-denied", "unknown"
std::optional<OwnerStatus> parseOwnerStatus(std::string_view text);

// One socket endpoint as a snapshot saw it. Kept compact (about 72 bytes): issue #7 budgets 300 bytes resident
// per endpoint for the whole app.
struct Endpoint
{
    IpAddress localAddress;
    IpAddress remoteAddress;
    std::uint64_t inode = 0; // Linux socket inode; 0 where the platform has none (Windows, TIME_WAIT)
    std::uint32_t pid = 0;
    std::uint32_t uid = kNoUid; // socket owner uid where the platform reports it
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;
    Protocol protocol = Protocol::Tcp;
    SocketState state = SocketState::Unknown;
    OwnerStatus ownerStatus = OwnerStatus::Unknown;
    std::uint8_t extraOwners = 0; // other processes sharing the socket (fork, SCM_RIGHTS), saturating

    static constexpr std::uint32_t kNoUid = 0xffffffffu;

    Family family() const { return localAddress.family; }
    bool operator==(const Endpoint&) const = default;
};

// The stable identity of an endpoint across snapshots: protocol, addresses, ports and, where the platform has
// one, the socket inode. State and owner are attributes, so a change of either is a "changed" row, not a
// remove + add.
struct EndpointKey
{
    IpAddress localAddress;
    IpAddress remoteAddress;
    std::uint64_t inode = 0;
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;
    Protocol protocol = Protocol::Tcp;

    static EndpointKey of(const Endpoint& e)
    {
        return { e.localAddress, e.remoteAddress, e.inode, e.localPort, e.remotePort, e.protocol };
    }
    bool operator==(const EndpointKey&) const = default;
};

// The bracketed English label of a row without an owning process: "[time wait]", "[system]", "[access denied]",
// "[unknown]". Views translate their own texts; this one is a stable key (sorting, filtering, grouping).
std::string_view unownedLabel(const Endpoint& endpoint);

struct EndpointKeyHash
{
    std::size_t operator()(const EndpointKey& key) const noexcept;
};

} // namespace portolan
