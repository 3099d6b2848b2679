#pragma once

#include "../port_config.h"

#include <cstdint>
#include <optional>

// Windows side of readMachinePortConfig, with the switches tests need to reach the Server 2003 rules on a
// Vista+ system (Wine reports Windows 7 by default).
namespace portolan::windows_backend {

// Where the knobs live (KB 812873, KB 956188).
inline constexpr const char* kTcpipParametersKey = "SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters";
inline constexpr const char* kDnsParametersKey = "SYSTEM\\CurrentControlSet\\Services\\DNS\\Parameters";

// Vista and later: 49152-65535 for TCP and UDP, IPv4 and IPv6, unless netsh changed it (KB 929851).
inline constexpr PortRange kVistaDefaultDynamicRange { 49152, 65535 };
// Windows Server 2003 and earlier: 1024-5000 (MaxUserPort's default, KB 812873 / MSRC on MS08-037).
inline constexpr PortRange kLegacyDefaultDynamicRange { 1024, 5000 };

// Server 2003 rule: [1024, MaxUserPort] when MaxUserPort is set, else 1024-5000. MaxUserPort's documented
// range is 5000-65534; values outside it are clamped into it.
PortRange legacyDynamicRange(std::optional<std::uint32_t> maxUserPort);

struct WindowsPortConfigOptions
{
    // nullopt: decide by the running Windows version (pre-Vista means Server 2003 rules).
    std::optional<bool> legacyTcpip;
    // Ask netsh for the Vista+ dynamic ranges and the excluded ranges. Each run costs a process start
    // (~0.1 s on Windows, more under Wine, whose netsh is a stub that prints nothing).
    bool runNetsh = true;
};

MachinePortConfig readWindowsPortConfig(const WindowsPortConfigOptions& options = {});

} // namespace portolan::windows_backend
