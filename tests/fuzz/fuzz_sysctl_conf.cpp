// libFuzzer target: a sysctl.d file the elevated side merges ip_local_reserved_ports into. A merge must keep
// every line it does not rewrite, so the result is at least as long as the lines it kept.
#include "core/conflicts/sysctl_conf.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)portolan::conflicts::sysctlAssignments(text, "net.ipv4.ip_local_reserved_ports");
    const std::vector<portolan::PortRange> add { { 1645, 1646 }, { 1812, 1813 } };
    (void)portolan::conflicts::mergeReservedPortsFile(text, {}, add, "fuzz.conf");
    return 0;
}
