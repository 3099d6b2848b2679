#include "endpoint.h"

#include <array>
#include <cstring>
#include <utility>

namespace portolan {

namespace {
constexpr std::array<std::pair<OwnerStatus, std::string_view>, 4> kOwnerStatusNames { {
    { OwnerStatus::Resolved, "resolved" },
    { OwnerStatus::Kernel, "kernel" },
    { OwnerStatus::AccessDenied, "access-denied" },
    { OwnerStatus::Unknown, "unknown" },
} };

// 64-bit mix (splitmix64 finaliser): cheap and good enough for hash buckets keyed on mostly-distinct ports.
std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

std::uint64_t load64(const std::uint8_t* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
} // namespace

std::string_view ownerStatusName(OwnerStatus status)
{
    for (const auto& [value, name] : kOwnerStatusNames)
        if (value == status)
            return name;
    return "unknown";
}

std::string_view unownedLabel(const Endpoint& e)
{
    switch (e.ownerStatus) {
    case OwnerStatus::Kernel:
        return e.state == SocketState::TimeWait ? "[time wait]" : "[system]";
    case OwnerStatus::AccessDenied:
        return "[access denied]";
    default:
        return "[unknown]";
    }
}

std::optional<OwnerStatus> parseOwnerStatus(std::string_view text)
{
    for (const auto& [value, name] : kOwnerStatusNames)
        if (name == text)
            return value;
    return std::nullopt;
}

std::size_t EndpointKeyHash::operator()(const EndpointKey& key) const noexcept
{
    std::uint64_t h = mix(key.inode
        ^ (std::uint64_t(key.localPort) << 32 | std::uint64_t(key.remotePort) << 16 | std::uint64_t(key.protocol) << 8
            | std::uint64_t(key.localAddress.family)));
    h = mix(h ^ load64(key.localAddress.bytes.data()) ^ (load64(key.localAddress.bytes.data() + 8) * 31));
    h = mix(h ^ load64(key.remoteAddress.bytes.data()) ^ (load64(key.remoteAddress.bytes.data() + 8) * 31)
        ^ key.localAddress.scopeId ^ (std::uint64_t(key.remoteAddress.scopeId) << 32));
    return static_cast<std::size_t>(h);
}

} // namespace portolan
