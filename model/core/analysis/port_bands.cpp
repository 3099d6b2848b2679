#include "port_bands.h"

namespace portolan::analysis {

std::string_view bandKindName(BandKind kind)
{
    switch (kind) {
    case BandKind::WellKnown:
        return "well-known";
    case BandKind::Dynamic:
        return "dynamic";
    case BandKind::Reserved:
        return "reserved";
    case BandKind::Excluded:
        return "excluded";
    case BandKind::DnsPoolExcluded:
        return "dns-pool-excluded";
    }
    return "unknown";
}

bool isAssumedDefault(const DynamicPortRange& range)
{
    return range.source.rfind("default", 0) == 0;
}

std::vector<PortRange> unassignablePorts(const MachinePortConfig& config)
{
    auto all = config.reserved;
    all.insert(all.end(), config.excluded.begin(), config.excluded.end());
    return normalizePortRanges(std::move(all));
}

std::vector<PortBand> portBands(const MachinePortConfig& config)
{
    std::vector<PortBand> bands;
    bands.push_back({ BandKind::WellKnown, kWellKnownPorts });

    const std::size_t firstDynamic = bands.size();
    for (const auto& d : config.dynamicRanges) {
        const bool assumed = isAssumedDefault(d);
        PortBand* same = nullptr;
        for (std::size_t i = firstDynamic; i < bands.size(); ++i)
            if (bands[i].range == d.range && bands[i].assumed == assumed)
                same = &bands[i];
        if (!same) {
            bands.push_back({ BandKind::Dynamic, d.range, 0, assumed });
            same = &bands.back();
        }
        same->appliesMask |= comboBit(d.protocol, d.family);
    }
    for (const auto& r : normalizePortRanges(config.reserved))
        bands.push_back({ BandKind::Reserved, r });
    for (const auto& r : normalizePortRanges(config.excluded))
        bands.push_back({ BandKind::Excluded, r });
    for (const auto& r : normalizePortRanges(config.dnsSocketPoolExcluded))
        bands.push_back({ BandKind::DnsPoolExcluded, r,
            static_cast<std::uint8_t>(comboBit(Protocol::Udp, Family::IPv4) | comboBit(Protocol::Udp, Family::IPv6)) });
    return bands;
}

} // namespace portolan::analysis
