#pragma once

#include "../port_config.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace portolan::analysis {

// Where a port sits in the machine's port policy: the background bands of the histogram.
enum class BandKind : std::uint8_t {
    WellKnown, // 0-1023 (IANA system ports; privileged on Linux and needed for services on Windows)
    Dynamic, // the ephemeral range the stack assigns from: Linux 32768-60999, Windows Vista+ 49152-65535 (KB 929851)
    Reserved, // Linux ip_local_reserved_ports / Windows ReservedPorts: never assigned automatically
    Excluded, // Windows excluded port ranges (netsh ... excludedportrange)
    DnsPoolExcluded, // Windows DNS server SocketPoolExcludedPortRanges
};

std::string_view bandKindName(BandKind kind); // "well-known", "dynamic", "reserved", "excluded", "dns-pool-excluded"

// Bit of one protocol x family combination in PortBand::appliesMask.
inline constexpr std::uint8_t comboBit(Protocol protocol, Family family)
{
    return static_cast<std::uint8_t>(1u << (unsigned(protocol) * 2 + (family == Family::IPv6 ? 1u : 0u)));
}
inline constexpr std::uint8_t kAllCombos = 0x0f;

// One band. Identical ranges for several protocol x family combinations are merged into one band, so a Linux
// machine (one range for all four) draws a single dynamic band; a mask rather than separate protocol and family
// flags, because Windows can set TCP/IPv4 and UDP/IPv6 alike and the other two differently.
struct PortBand
{
    BandKind kind = BandKind::WellKnown;
    PortRange range;
    std::uint8_t appliesMask = kAllCombos;
    bool assumed = false; // Dynamic: the range is a default, not read from the machine

    bool appliesTo(Protocol protocol, Family family) const { return appliesMask & comboBit(protocol, family); }
    bool appliesTo(Protocol protocol) const
    {
        return appliesTo(protocol, Family::IPv4) || appliesTo(protocol, Family::IPv6);
    }
};

inline constexpr PortRange kWellKnownPorts { 0, 1023 };

// The source texts of ranges that were not read from the machine start with "default" ("default (Vista+)",
// "default (assumed)"): the readers' convention, documented in port_config.h's DynamicPortRange.
bool isAssumedDefault(const DynamicPortRange& range);

// Reserved and excluded ranges together, normalized: the ports the stack never hands out on its own.
std::vector<PortRange> unassignablePorts(const MachinePortConfig& config);

// Bands in drawing order (well-known, dynamic, reserved, excluded, DNS pool excluded).
std::vector<PortBand> portBands(const MachinePortConfig& config);

} // namespace portolan::analysis
