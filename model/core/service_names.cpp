#include "service_names.h"

#include "endpoint.h"
#include "text_util.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace portolan {

ServiceNames ServiceNames::fromText(std::string_view text)
{
    ServiceNames names;
    for (auto line : split(text, '\n')) {
        if (auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);
        const auto fields = splitWhitespace(line);
        if (fields.size() < 2)
            continue;
        const auto slash = fields[1].find('/');
        if (slash == std::string_view::npos)
            continue;
        std::uint16_t port = 0;
        const auto portText = fields[1].substr(0, slash);
        auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc {} || end != portText.data() + portText.size())
            continue;
        const auto protocol = parseProtocol(fields[1].substr(slash + 1));
        if (!protocol)
            continue;
        // First entry wins, as getservbyport and getservbyname do.
        names.m_names.try_emplace(std::uint32_t(*protocol) << 16 | port, std::string(fields[0]));
        const std::string suffix = *protocol == Protocol::Tcp ? "/tcp" : "/udp";
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i == 1)
                continue;
            // Appended, not `a + b`: GCC 12 warns falsely (-Wrestrict, GCC bug 105329) on the temporary.
            std::string key = toLowerAscii(fields[i]);
            key += suffix;
            names.m_ports.try_emplace(std::move(key), port);
        }
    }
    return names;
}

ServiceNames ServiceNames::fromFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return fromText(buffer.str());
}

const ServiceNames& ServiceNames::system()
{
    static const ServiceNames names = [] {
#ifdef _WIN32
        const char* root = std::getenv("SystemRoot");
        return fromFile(std::string(root ? root : "C:\\Windows") + "\\System32\\drivers\\etc\\services");
#else
        return fromFile("/etc/services");
#endif
    }();
    return names;
}

std::string_view ServiceNames::name(Protocol protocol, std::uint16_t port) const
{
    auto it = m_names.find(std::uint32_t(protocol) << 16 | port);
    return it == m_names.end() ? std::string_view {} : std::string_view(it->second);
}

std::optional<std::uint16_t> ServiceNames::port(std::string_view name, Protocol protocol) const
{
    std::string key = toLowerAscii(name);
    key += protocol == Protocol::Tcp ? "/tcp" : "/udp";
    auto it = m_ports.find(key);
    if (it == m_ports.end())
        return std::nullopt;
    return it->second;
}

std::string_view serviceNameOf(const Endpoint& e, const ServiceNames& names)
{
    const auto local = names.name(e.protocol, e.localPort);
    if (e.state == SocketState::Listen || e.state == SocketState::Bound || e.remotePort == 0)
        return local;
    const auto remote = names.name(e.protocol, e.remotePort);
    return remote.empty() ? local : remote;
}

} // namespace portolan
