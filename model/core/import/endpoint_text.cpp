#include "endpoint_text.h"

#include "import_context.h"
#include "service_ports.h"

#include "core/text_util.h"

#include <charconv>

namespace portolan::capture {

bool splitHostPort(std::string_view text, std::string_view& host, std::string_view& port)
{
    if (text.empty())
        return false;
    std::size_t colon = std::string_view::npos;
    if (text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos)
            return false;
        // "[fe80::1]%eth0:546" (newer ss) puts the zone after the bracket; keep it with the host.
        colon = text.find(':', close);
    } else {
        colon = text.rfind(':');
    }
    if (colon == std::string_view::npos || colon == 0 || colon + 1 > text.size())
        return false;
    host = text.substr(0, colon);
    port = text.substr(colon + 1);
    return !port.empty();
}

bool looksLikeHostName(std::string_view text)
{
    if (text.empty() || text.size() > 253)
        return false;
    bool letter = false;
    for (char c : text) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        letter = letter || alpha;
        if (!alpha && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_')
            return false;
    }
    return letter;
}

std::optional<std::uint32_t> parseUnsigned(std::string_view text)
{
    std::uint32_t value = 0;
    if (text.empty())
        return std::nullopt;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc {} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<IpAddress> parseAddressText(std::string_view host, Family wildcardFamily, bool& wildcard)
{
    wildcard = false;
    // "[fe80::1]%eth0" -> "[fe80::1]" plus zone; move the zone inside for IpAddress::parse.
    std::string rebuilt;
    if (!host.empty() && host.front() == '[') {
        const auto close = host.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        auto inner = host.substr(1, close - 1);
        auto after = host.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != '%')
                return std::nullopt;
            rebuilt = std::string(inner) + std::string(after);
            host = rebuilt;
        } else {
            host = inner;
        }
    }
    // A named zone ("%lo", "%virbr0") is a device binding; IpAddress keeps numeric zones only.
    std::string_view zone;
    if (auto percent = host.find('%'); percent != std::string_view::npos) {
        zone = host.substr(percent + 1);
        host = host.substr(0, percent);
    }
    const bool numericZone = !zone.empty() && parseUnsigned(zone).has_value();
    if (host == "*" || host.empty()) {
        wildcard = true;
        return wildcardFamily == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
    }
    if (toLowerAscii(host) == "localhost")
        return wildcardFamily == Family::IPv6 ? *IpAddress::parse("::1") : IpAddress::v4(127, 0, 0, 1);
    std::optional<IpAddress> address;
    if (numericZone && host.find(':') != std::string_view::npos)
        address = IpAddress::parse(std::string(host) + "%" + std::string(zone));
    else
        address = IpAddress::parse(host);
    return address;
}

bool parsePortText(std::string_view text, Protocol protocol, std::uint16_t& port, bool& unmapped)
{
    unmapped = false;
    if (text == "*") {
        port = 0;
        return true;
    }
    if (auto value = parseUnsigned(text)) {
        if (*value > 65535)
            return false;
        port = static_cast<std::uint16_t>(*value);
        return true;
    }
    if (!looksLikeHostName(text))
        return false;
    if (auto mapped = servicePort(text, protocol)) {
        port = *mapped;
        return true;
    }
    port = 0;
    unmapped = true;
    return true;
}

bool parseEndpointText(std::string_view text, Protocol protocol, Family family, EndpointText& out)
{
    out = {};
    std::string_view host, portText;
    if (!splitHostPort(text, host, portText))
        return false;
    bool unmapped = false;
    if (!parsePortText(portText, protocol, out.port, unmapped))
        return false;
    if (unmapped)
        out.serviceName = std::string(portText);
    bool wildcard = false;
    if (auto address = parseAddressText(host, family, wildcard)) {
        out.address = *address;
        out.wildcardAddress = wildcard;
        return true;
    }
    std::string_view name = host;
    if (auto percent = name.find('%'); percent != std::string_view::npos)
        name = name.substr(0, percent);
    if (!looksLikeHostName(name))
        return false;
    out.hostName = std::string(name);
    out.address = family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
    return true;
}

void keepNames(const EndpointText& local, const EndpointText& remote, ImportContext& ctx)
{
    if (local.hostName.empty() && local.serviceName.empty() && remote.hostName.empty() && remote.serviceName.empty())
        return;
    auto& names = ctx.names();
    names.localHost = local.hostName;
    names.localService = local.serviceName;
    names.remoteHost = remote.hostName;
    names.remoteService = remote.serviceName;
}

} // namespace portolan::capture
