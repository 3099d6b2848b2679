#pragma once

#include "core/ip_address.h"
#include "core/socket_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portolan::capture {

class ImportContext;

// One side of a socket as the tools print it, parsed: numbers where the text has them, names kept where it
// has names that cannot become numbers offline.
struct EndpointText
{
    IpAddress address;
    std::uint16_t port = 0;
    bool wildcardAddress = false; // "*" or a family-less any
    std::string hostName; // host printed as a name we could not turn into an address (address is unspecified)
    std::string serviceName; // port printed as a name we could not map (port is 0)
};

// Splits "host:port" at the last colon outside brackets: "[fe80::1%14]:80", "0.0.0.0:*", "*:*", ":::111",
// "::1:25", "127.0.0.53%lo:53", "localhost:smtp". Returns false when there is no port separator.
bool splitHostPort(std::string_view text, std::string_view& host, std::string_view& port);

// Parses an address text on its own: dotted quads, IPv6 with or without brackets, numeric zones ("%14"), named
// zones on either family ("%lo", "%virbr0": a device binding, dropped), "*" (the any address of
// `wildcardFamily`), "localhost".
std::optional<IpAddress> parseAddressText(std::string_view host, Family wildcardFamily, bool& wildcard);

// True for text that can be a host name (letters, digits, '-', '.', '_'), so that names are kept and garbage
// is reported.
bool looksLikeHostName(std::string_view text);

// Parses a port: digits, "*" (0), or a service name mapped through servicePort(). Unmappable names give port 0
// and `unmapped` set; anything else returns false.
bool parsePortText(std::string_view text, Protocol protocol, std::uint16_t& port, bool& unmapped);

// host:port together. `family` is the family to assume for wildcards and names (from "tcp6", from the other
// side of the socket...). False when the text is neither numbers nor plausible names; callers report it as
// `bad local address "TEXT"`.
bool parseEndpointText(std::string_view text, Protocol protocol, Family family, EndpointText& out);

// The names either side was printed with (host and service names that did not become numbers), kept for the
// row just loaded; nothing when there are none.
void keepNames(const EndpointText& local, const EndpointText& remote, ImportContext& ctx);

// Digits only, fits in 32 bits.
std::optional<std::uint32_t> parseUnsigned(std::string_view text);

} // namespace portolan::capture
