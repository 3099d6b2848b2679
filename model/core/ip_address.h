#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portolan {

enum class Family : std::uint8_t {
    IPv4 = 4,
    IPv6 = 6,
};

// An IPv4 or IPv6 address in network byte order. IPv4 uses the first four bytes; the rest stay zero so that
// comparison and hashing can look at the whole array. Plain value type: no platform headers in the interface,
// so the core cross-compiles with mingw-w64 unchanged.
struct IpAddress
{
    std::array<std::uint8_t, 16> bytes {};
    std::uint32_t scopeId = 0; // IPv6 zone (interface index), 0 when none
    Family family = Family::IPv4;

    static IpAddress v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d);
    static IpAddress v4FromNetworkOrder(const void* fourBytes);
    static IpAddress v6FromNetworkOrder(const void* sixteenBytes, std::uint32_t scope = 0);
    static IpAddress anyV4() { return {}; }
    static IpAddress anyV6();

    // Accepts dotted quads, RFC 4291 text (with "::" and embedded IPv4), an optional "%zone" suffix (numeric
    // zones only keep their number) and brackets around IPv6 ("[::1]"). Returns nullopt on anything else.
    static std::optional<IpAddress> parse(std::string_view text);

    bool isUnspecified() const;
    bool isLoopback() const;
    bool isV4Mapped() const;

    // RFC 5952 canonical text: lower-case hex, longest zero run compressed, IPv4-mapped shown as ::ffff:a.b.c.d.
    std::string toString() const;

    // Address order: IPv4 before IPv6, then numerically, then by zone.
    std::strong_ordering operator<=>(const IpAddress& other) const;
    bool operator==(const IpAddress& other) const = default;
};

} // namespace portolan
