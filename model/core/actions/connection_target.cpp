// The platform-neutral half of connection_close.h: typed addresses, targets, and matching them against a dump.

#include "connection_close.h"
#include "connection_close_detail.h"

#include <algorithm>
#include <charconv>

namespace portolan::actions {

namespace {

std::optional<std::uint16_t> parsePort(std::string_view text)
{
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc {} || end != text.data() + text.size() || value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

IpAddress v4Mapped(const IpAddress& v4)
{
    IpAddress mapped;
    mapped.family = Family::IPv6;
    mapped.bytes[10] = mapped.bytes[11] = 0xff;
    std::copy_n(v4.bytes.begin(), 4, mapped.bytes.begin() + 12);
    return mapped;
}

// "\"text\"", built without `"literal" + std::string`, which trips GCC 12's -Wrestrict false positive.
std::string quoted(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out += text;
    out += '"';
    return out;
}

bool addressMatches(const IpAddress& wanted, const IpAddress& seen, bool matchV4Mapped)
{
    if (wanted.family == seen.family)
        return wanted.bytes == seen.bytes && (wanted.scopeId == 0 || wanted.scopeId == seen.scopeId);
    return matchV4Mapped && wanted.family == Family::IPv4 && seen.isV4Mapped()
        && std::equal(wanted.bytes.begin(), wanted.bytes.begin() + 4, seen.bytes.begin() + 12);
}

} // namespace

std::optional<SocketAddress> parseSocketAddress(std::string_view text, std::string& error)
{
    std::string_view host, port;
    bool bracketed = false;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':') {
            error = quoted(text) + ": write an IPv6 side as [ADDRESS]:PORT";
            return std::nullopt;
        }
        host = text.substr(1, close - 1);
        port = text.substr(close + 2);
        bracketed = true;
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string_view::npos) {
            error = quoted(text) + " has no port: write ADDRESS:PORT";
            return std::nullopt;
        }
        if (text.find(':') != colon) {
            error = quoted(text) + ": write an IPv6 side in brackets, as [ADDRESS]:PORT";
            return std::nullopt;
        }
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    const auto address = IpAddress::parse(host);
    if (!address || (address->family == Family::IPv6) != bracketed) {
        error = quoted(host) + " is not an " + (bracketed ? "IPv6" : "IPv4") + " address";
        return std::nullopt;
    }
    const auto number = parsePort(port);
    if (!number) {
        error = quoted(port) + " is not a port (0-65535)";
        return std::nullopt;
    }
    return SocketAddress { *address, *number };
}

std::optional<FamilyChoice> parseFamilyChoice(std::string_view text)
{
    if (text == "auto")
        return FamilyChoice::Auto;
    if (text == "ipv4" || text == "4" || text == "inet")
        return FamilyChoice::IPv4;
    if (text == "ipv6" || text == "6" || text == "inet6")
        return FamilyChoice::IPv6;
    return std::nullopt;
}

ConnectionTarget ConnectionTarget::of(const Endpoint& endpoint)
{
    ConnectionTarget target;
    target.protocol = endpoint.protocol;
    target.localAddress = endpoint.localAddress;
    target.localPort = endpoint.localPort;
    target.remoteAddress = endpoint.remoteAddress;
    target.remotePort = endpoint.remotePort;
    target.inode = endpoint.inode;
    return target;
}

std::optional<ConnectionTarget> makeConnectionTarget(
    const SocketAddress& local, const SocketAddress& remote, FamilyChoice family, std::string& error)
{
    ConnectionTarget target;
    target.localAddress = local.address;
    target.localPort = local.port;
    target.remoteAddress = remote.address;
    target.remotePort = remote.port;
    if (target.localPort == 0) {
        error = "the local port cannot be 0";
        return std::nullopt;
    }
    switch (family) {
    case FamilyChoice::IPv4:
        if (local.address.family != Family::IPv4 || remote.address.family != Family::IPv4) {
            error = "IPv6 addresses given, but the IPv4 table was asked for";
            return std::nullopt;
        }
        break;
    case FamilyChoice::IPv6:
        if (target.localAddress.family == Family::IPv4)
            target.localAddress = v4Mapped(target.localAddress);
        if (target.remoteAddress.family == Family::IPv4)
            target.remoteAddress = v4Mapped(target.remoteAddress);
        break;
    case FamilyChoice::Auto:
        target.matchV4Mapped = local.address.family == Family::IPv4;
        break;
    }
    if (target.localAddress.family != target.remoteAddress.family) {
        error = "the local and remote addresses are of different families (IPv4 and IPv6)";
        return std::nullopt;
    }
    return target;
}

bool connectionMatches(const ConnectionTarget& target, const Endpoint& endpoint)
{
    return endpoint.protocol == target.protocol && endpoint.localPort == target.localPort
        && endpoint.remotePort == target.remotePort && (target.inode == 0 || endpoint.inode == target.inode)
        && addressMatches(target.localAddress, endpoint.localAddress, target.matchV4Mapped)
        && addressMatches(target.remoteAddress, endpoint.remoteAddress, target.matchV4Mapped);
}

std::string formatSocketAddress(const IpAddress& address, std::uint16_t port)
{
    const std::string text = address.toString();
    return (address.family == Family::IPv6 ? "[" + text + "]" : text) + ":" + std::to_string(port);
}

std::string describeConnection(const ConnectionTarget& target)
{
    return std::string(protocolName(target.protocol)) + " " + formatSocketAddress(target.localAddress, target.localPort)
        + " -> " + formatSocketAddress(target.remoteAddress, target.remotePort);
}

} // namespace portolan::actions

namespace portolan::actions::detail {

std::optional<ActionResult> checkClosable(const ConnectionTarget& target)
{
    if (target.protocol == Protocol::Tcp)
        return std::nullopt;
    return ActionResult::failure(ActionStatus::Unsupported,
        "only TCP connections can be closed (" + describeConnection(target) + " is not one)");
}

void CloseTally::add(std::optional<ActionResult> failure)
{
    ++m_matched;
    if (!failure)
        ++m_closed;
    else if (m_matched - m_closed == 1)
        m_firstFailure = std::move(*failure);
}

ActionResult CloseTally::result() const
{
    if (m_matched == 0)
        return ActionResult::failure(ActionStatus::NotFound, "no " + m_what + " (it may have closed already)");
    if (m_closed == 0)
        return m_firstFailure;
    std::string message = "closed " + m_what;
    if (m_matched > 1)
        message += " (" + std::to_string(m_closed) + " of " + std::to_string(m_matched) + " matching sockets)";
    return ActionResult::done(message);
}

} // namespace portolan::actions::detail
