#pragma once

#include "ip_address.h"
#include "socket_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portolan {

// An inclusive port range, "1812" or "1645-1646".
struct PortRange
{
    std::uint16_t first = 0;
    std::uint16_t last = 0;

    std::uint32_t size() const { return last >= first ? std::uint32_t(last) - first + 1 : 0; }
    bool contains(std::uint16_t port) const { return port >= first && port <= last; }
    bool operator==(const PortRange&) const = default;
};

// Parses "1,2-4,10-10" (Linux ip_local_reserved_ports), "1812-1813" and "1812" (Windows ReservedPorts line);
// white space around items is ignored. Returns nullopt on anything else.
std::optional<PortRange> parsePortRange(std::string_view text);
std::optional<std::vector<PortRange>> parsePortRangeList(std::string_view text, char separator = ',');
// Sorted, merged, adjacent ranges joined: the form Linux prints back.
std::vector<PortRange> normalizePortRanges(std::vector<PortRange> ranges);
// "1812-1813" or "1812".
std::string formatPortRange(const PortRange& range);
std::string formatPortRangeList(const std::vector<PortRange>& ranges, char separator = ',');

// The machine's ephemeral range for one protocol and family, and where the numbers came from
// ("net.ipv4.ip_local_port_range", "netsh int ipv4 show dynamicport tcp", "default (Vista+)", ...).
struct DynamicPortRange
{
    Protocol protocol = Protocol::Tcp;
    Family family = Family::IPv4;
    PortRange range;
    std::string source;
    bool operator==(const DynamicPortRange&) const = default;
};

// Everything about port allocation policy that decides whether a service's port can be squatted. The Linux
// and Windows readers fill what their platform has; empty vectors mean "none configured".
struct MachinePortConfig
{
    std::vector<DynamicPortRange> dynamicRanges; // one per protocol x family
    std::vector<PortRange> reserved; // Linux ip_local_reserved_ports; Windows Tcpip\Parameters\ReservedPorts
    std::vector<PortRange> excluded; // Windows persistent excluded port ranges (netsh ... excludedportrange)
    std::optional<std::uint32_t> maxUserPort; // Windows Server 2003 MaxUserPort, when set
    std::optional<std::uint32_t> dnsSocketPoolSize; // DNS\Parameters\SocketPoolSize, when set
    std::vector<PortRange> dnsSocketPoolExcluded; // DNS\Parameters\SocketPoolExcludedPortRanges
    std::vector<std::string> notes; // what could not be read and what was assumed instead
    bool operator==(const MachinePortConfig&) const = default;

    const DynamicPortRange* dynamicRange(Protocol protocol, Family family) const
    {
        for (const auto& r : dynamicRanges)
            if (r.protocol == protocol && r.family == family)
                return &r;
        return nullptr;
    }
};

struct PortConfigOptions
{
    // Linux: where /proc/sys lives (tests point it elsewhere; a private network namespace needs nothing).
    std::string procSysRoot = "/proc/sys";
};

// Reads this machine's configuration (per network namespace on Linux). Never throws; gaps go to `notes`.
MachinePortConfig readMachinePortConfig(const PortConfigOptions& options = {});

} // namespace portolan
