#include "windows_port_config.h"

#include "../logging.h"
#include "command_runner.h"
#include "netsh_output.h"
#include "registry.h"

#include <windows.h>

#include <versionhelpers.h>

#include <algorithm>

namespace portolan {

namespace windows_backend {

namespace {

const char* familyContext(Family family)
{
    return family == Family::IPv4 ? "ipv4" : "ipv6";
}

const char* protocolWord(Protocol protocol)
{
    return protocol == Protocol::Tcp ? "tcp" : "udp";
}

// Reads a REG_MULTI_SZ of "start-end" lines. Lines that are not ranges are reported in notes and otherwise left
// alone: this reader never writes, and the registry layer keeps them verbatim for anything that does.
std::vector<PortRange> readRangeList(const RegistryKeyPath& key, const char* valueName, MachinePortConfig& config)
{
    std::vector<PortRange> ranges;
    const auto value = readMultiString(key, valueName);
    if (value.absent())
        return ranges;
    if (!value.ok()) {
        config.notes.push_back(key.text() + "\\" + valueName + ": " + value.describe());
        return ranges;
    }
    for (const auto& line : value.value.utf8()) {
        if (auto range = parsePortRange(line))
            ranges.push_back(*range);
        else
            config.notes.push_back(std::string(valueName) + ": \"" + line + "\" is not a port range; ignored");
    }
    return normalizePortRanges(std::move(ranges));
}

std::optional<std::uint32_t> readOptionalDword(
    const RegistryKeyPath& key, const char* valueName, MachinePortConfig& config)
{
    const auto value = readDword(key, valueName);
    if (value.ok())
        return value.value;
    if (!value.absent())
        config.notes.push_back(key.text() + "\\" + valueName + ": " + value.describe());
    return std::nullopt;
}

void readVistaDynamicRanges(const WindowsPortConfigOptions& options, MachinePortConfig& config)
{
    for (const auto family : { Family::IPv4, Family::IPv6 }) {
        for (const auto protocol : { Protocol::Tcp, Protocol::Udp }) {
            DynamicPortRange range { protocol, family, kVistaDefaultDynamicRange, "default (Vista+, KB 929851)" };
            if (options.runNetsh) {
                const std::string arguments
                    = std::string("int ") + familyContext(family) + " show dynamicport " + protocolWord(protocol);
                const auto run = runSystemTool("netsh.exe", arguments);
                if (const auto parsed = run.started ? parseNetshDynamicPort(run.output) : std::nullopt) {
                    range.range = *parsed;
                    range.source = "netsh " + arguments;
                } else {
                    config.notes.push_back("netsh " + arguments + ": "
                        + (run.started ? (run.timedOut ? "timed out" : "no range in its output") : run.error)
                        + "; assuming " + formatPortRange(kVistaDefaultDynamicRange));
                }
            }
            config.dynamicRanges.push_back(std::move(range));
        }
    }
}

void readExcludedRanges(MachinePortConfig& config)
{
    // netsh's ipv4 and ipv6 contexts list the same persistent exclusions (one Nsi registry store serves both),
    // so ipv4 for each protocol covers them.
    std::vector<PortRange> excluded;
    for (const auto protocol : { Protocol::Tcp, Protocol::Udp }) {
        const std::string arguments = std::string("int ipv4 show excludedportrange protocol=") + protocolWord(protocol);
        const auto run = runSystemTool("netsh.exe", arguments);
        if (!run.started || run.timedOut) {
            config.notes.push_back("netsh " + arguments + ": " + (run.timedOut ? "timed out" : run.error));
            continue;
        }
        auto ranges = parseNetshExcludedRanges(run.output);
        excluded.insert(excluded.end(), ranges.begin(), ranges.end());
    }
    config.excluded = normalizePortRanges(std::move(excluded));
}

} // namespace

PortRange legacyDynamicRange(std::optional<std::uint32_t> maxUserPort)
{
    if (!maxUserPort)
        return kLegacyDefaultDynamicRange;
    const auto top = std::clamp<std::uint32_t>(*maxUserPort, 5000, 65534);
    return { 1024, static_cast<std::uint16_t>(top) };
}

MachinePortConfig readWindowsPortConfig(const WindowsPortConfigOptions& options)
{
    MachinePortConfig config;
    const RegistryKeyPath tcpip { RegistryHive::LocalMachine, kTcpipParametersKey };
    const RegistryKeyPath dns { RegistryHive::LocalMachine, kDnsParametersKey };

    config.maxUserPort = readOptionalDword(tcpip, "MaxUserPort", config);
    config.reserved = readRangeList(tcpip, "ReservedPorts", config);
    config.dnsSocketPoolSize = readOptionalDword(dns, "SocketPoolSize", config);
    if (config.dnsSocketPoolSize && *config.dnsSocketPoolSize > 10000)
        config.notes.push_back("SocketPoolSize " + std::to_string(*config.dnsSocketPoolSize)
            + " is above the documented maximum of 10000");
    config.dnsSocketPoolExcluded = readRangeList(dns, "SocketPoolExcludedPortRanges", config);

    // IsWindowsVistaOrGreater uses VerifyVersionInfo, which the compatibility manifest does not lie to below
    // Windows 8.1.
    const bool legacy = options.legacyTcpip.value_or(!::IsWindowsVistaOrGreater());
    if (legacy) {
        // Server 2003: one range for every protocol and family, from MaxUserPort (KB 812873, KB 956188).
        const auto range = legacyDynamicRange(config.maxUserPort);
        const std::string source = config.maxUserPort ? "MaxUserPort (Server 2003 rule: 1024-MaxUserPort)"
                                                      : "default (Server 2003: 1024-5000)";
        for (const auto family : { Family::IPv4, Family::IPv6 })
            for (const auto protocol : { Protocol::Tcp, Protocol::Udp })
                config.dynamicRanges.push_back({ protocol, family, range, source });
        return config;
    }
    readVistaDynamicRanges(options, config);
    if (options.runNetsh)
        readExcludedRanges(config);
    if (config.maxUserPort)
        config.notes.push_back("MaxUserPort is set (" + std::to_string(*config.maxUserPort)
            + ") but Vista and later take the dynamic range from netsh int ipvX set dynamicport (KB 929851)");
    return config;
}

} // namespace windows_backend

MachinePortConfig readMachinePortConfig(const PortConfigOptions&)
{
    auto config = windows_backend::readWindowsPortConfig();
    for (const auto& note : config.notes)
        log::engine()->debug("port config: {}", note);
    return config;
}

} // namespace portolan
