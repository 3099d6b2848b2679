#pragma once

#include "socket_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace portolan {

// Port -> service name, from a services(5) file: /etc/services on Linux,
// %SystemRoot%\System32\drivers\etc\services on Windows. Shown in the Service column.
class ServiceNames
{
public:
    // Parses services(5) text ("name port/proto [aliases] [# comment]"); malformed lines are skipped.
    static ServiceNames fromText(std::string_view text);
    static ServiceNames fromFile(const std::string& path);
    // The platform's file, loaded once (thread-safe).
    static const ServiceNames& system();

    // Empty when the port has no name.
    std::string_view name(Protocol protocol, std::uint16_t port) const;
    // The port a name or alias stands for (case-insensitive), as getservbyname answers; nullopt when unknown.
    std::optional<std::uint16_t> port(std::string_view name, Protocol protocol) const;
    std::size_t size() const { return m_names.size(); }

private:
    std::unordered_map<std::uint32_t, std::string> m_names; // (protocol << 16 | port)
    std::unordered_map<std::string, std::uint16_t> m_ports; // "name/tcp" (lower case, aliases too) -> port
};

struct Endpoint;

// The name the Service column shows: listening and bound sockets are named by their own port, outgoing
// connections by the port they reach. Empty when neither has a name.
std::string_view serviceNameOf(const Endpoint& endpoint, const ServiceNames& names = ServiceNames::system());

} // namespace portolan
