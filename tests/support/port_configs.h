#pragma once

#include "core/port_config.h"

#include <string>

namespace portolan::test {

// One dynamic range for every protocol and family, as Linux has (ip_local_port_range: 32768-60999 by default)
// and Windows by default (49152-65535).
inline MachinePortConfig uniformPortConfig(PortRange dynamic, const std::string& source = "test")
{
    MachinePortConfig config;
    for (auto protocol : { Protocol::Tcp, Protocol::Udp })
        for (auto family : { Family::IPv4, Family::IPv6 })
            config.dynamicRanges.push_back({ protocol, family, dynamic, source });
    return config;
}

} // namespace portolan::test
