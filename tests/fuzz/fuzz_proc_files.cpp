// libFuzzer target: what the Linux backend reads from /proc (a process can put anything in its comm, and
// /proc/net lines come from the kernel): /proc/PID/stat and /proc/net/{tcp,udp}{,6} lines.
#include "core/linux/process_reader.h"
#include "core/proc_net_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    portolan::linux_backend::StatFields stat;
    if (portolan::linux_backend::parseStat(text, stat))
        for (int field = 1; field < 60; ++field)
            (void)stat.field(field);
    portolan::Endpoint endpoint;
    (void)portolan::parseProcNetLine(text, portolan::Protocol::Tcp, endpoint);
    (void)portolan::parseProcNetLine(text, portolan::Protocol::Udp, endpoint);
    return 0;
}
