// readMachinePortConfig for Linux: the two port-allocation sysctls of the reading process's network namespace.
//
// Both live in the per-netns ipv4 table (net/ipv4/sysctl_net_ipv4.c), so /proc/sys/net/ipv4 shows the values of
// the namespace we run in, and a fresh `unshare -n` namespace starts from the kernel defaults rather than the
// host's. Reading only: changing them is an administrator's decision (sysctl.d), not a viewer's.

#include "../logging.h"
#include "../port_config.h"
#include "../text_util.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace portolan {

namespace {

constexpr const char* kRangeKey = "net.ipv4.ip_local_port_range";
constexpr const char* kReservedKey = "net.ipv4.ip_local_reserved_ports";
// The kernel's default since 3.x (inet_init_net: 32768-60999; Documentation/networking/ip-sysctl.rst).
constexpr PortRange kKernelDefaultRange { 32768, 60999 };
// Readers mark ranges they did not read with a source starting "default" (see analysis::isAssumedDefault).
constexpr const char* kAssumedSource = "default (assumed: kernel default 32768-60999)";

std::string keyPath(const std::string& root, const char* key)
{
    std::string path = root + "/";
    for (const char* c = key; *c; ++c)
        path.push_back(*c == '.' ? '/' : *c);
    return path;
}

bool readFile(const std::string& path, std::string& text, std::string& error)
{
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot open";
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = path + ": read error";
        return false;
    }
    text = buffer.str();
    return true;
}

// "32768\t60999\n": two integers, first <= last (the kernel refuses anything else on write).
std::optional<PortRange> parseLocalPortRange(std::string_view text)
{
    const auto words = splitWhitespace(text);
    if (words.size() != 2)
        return std::nullopt;
    unsigned values[2];
    for (int i = 0; i < 2; ++i) {
        auto [end, ec] = std::from_chars(words[i].data(), words[i].data() + words[i].size(), values[i]);
        if (ec != std::errc {} || end != words[i].data() + words[i].size() || values[i] > 65535)
            return std::nullopt;
    }
    if (values[0] > values[1])
        return std::nullopt;
    return PortRange { static_cast<std::uint16_t>(values[0]), static_cast<std::uint16_t>(values[1]) };
}

} // namespace

MachinePortConfig readMachinePortConfig(const PortConfigOptions& options)
{
    MachinePortConfig config;

    PortRange range = kKernelDefaultRange;
    std::string source = kRangeKey;
    std::string text, error;
    const auto rangePath = keyPath(options.procSysRoot, kRangeKey);
    if (!readFile(rangePath, text, error)) {
        config.notes.push_back(std::string(kRangeKey) + " unreadable (" + error + "); assuming the kernel default "
            + formatPortRange(kKernelDefaultRange));
        source = kAssumedSource;
    } else if (auto parsed = parseLocalPortRange(text)) {
        range = *parsed;
    } else {
        config.notes.push_back(std::string(kRangeKey) + " has unexpected contents \"" + std::string(trim(text))
            + "\"; assuming the kernel default " + formatPortRange(kKernelDefaultRange));
        source = kAssumedSource;
    }
    // There is no IPv6 twin: ip_local_port_range governs IPv6 ephemeral ports as well, for TCP and UDP alike.
    for (auto protocol : { Protocol::Tcp, Protocol::Udp })
        for (auto family : { Family::IPv4, Family::IPv6 })
            config.dynamicRanges.push_back({ protocol, family, range, source });

    // "8080,9000-9010" (the kernel prints it normalized); empty by default. Reserved ports are skipped by
    // automatic assignment only; an explicit bind() still gets them.
    const auto reservedPath = keyPath(options.procSysRoot, kReservedKey);
    text.clear();
    if (!readFile(reservedPath, text, error)) {
        config.notes.push_back(std::string(kReservedKey) + " unreadable (" + error + "); assuming none reserved");
    } else if (auto list = parsePortRangeList(trim(text))) {
        config.reserved = normalizePortRanges(std::move(*list));
    } else {
        config.notes.push_back(
            std::string(kReservedKey) + " has unexpected contents \"" + std::string(trim(text)) + "\"; ignored");
    }

    for (const auto& note : config.notes)
        log::engine()->warn("port config: {}", note);
    log::engine()->debug("port config: dynamic {} ({}), reserved \"{}\"", formatPortRange(range), source,
        formatPortRangeList(config.reserved));
    return config;
}

} // namespace portolan
