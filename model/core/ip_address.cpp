#include "ip_address.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace portolan {

IpAddress IpAddress::v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d)
{
    IpAddress address;
    address.bytes[0] = a;
    address.bytes[1] = b;
    address.bytes[2] = c;
    address.bytes[3] = d;
    return address;
}

IpAddress IpAddress::v4FromNetworkOrder(const void* fourBytes)
{
    IpAddress address;
    std::memcpy(address.bytes.data(), fourBytes, 4);
    return address;
}

IpAddress IpAddress::v6FromNetworkOrder(const void* sixteenBytes, std::uint32_t scope)
{
    IpAddress address;
    address.family = Family::IPv6;
    std::memcpy(address.bytes.data(), sixteenBytes, 16);
    address.scopeId = scope;
    return address;
}

IpAddress IpAddress::anyV6()
{
    IpAddress address;
    address.family = Family::IPv6;
    return address;
}

bool IpAddress::isUnspecified() const
{
    const auto n = family == Family::IPv4 ? 4 : 16;
    return std::all_of(bytes.begin(), bytes.begin() + n, [](std::uint8_t b) { return b == 0; });
}

bool IpAddress::isV4Mapped() const
{
    if (family != Family::IPv6)
        return false;
    for (int i = 0; i < 10; ++i)
        if (bytes[i] != 0)
            return false;
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

bool IpAddress::isLoopback() const
{
    if (family == Family::IPv4)
        return bytes[0] == 127;
    if (isV4Mapped())
        return bytes[12] == 127;
    for (int i = 0; i < 15; ++i)
        if (bytes[i] != 0)
            return false;
    return bytes[15] == 1;
}

namespace {

void appendV4(std::string& out, const std::uint8_t* b)
{
    char buffer[16];
    for (int i = 0; i < 4; ++i) {
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<unsigned>(b[i]));
        out.append(buffer, end);
        if (i < 3)
            out.push_back('.');
    }
}

std::optional<std::array<std::uint8_t, 4>> parseV4(std::string_view text)
{
    std::array<std::uint8_t, 4> out {};
    int part = 0;
    std::size_t pos = 0;
    while (part < 4) {
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9')
            return std::nullopt;
        unsigned value = 0;
        std::size_t digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + static_cast<unsigned>(text[pos] - '0');
            if (++digits > 3 || value > 255)
                return std::nullopt;
            ++pos;
        }
        out[part++] = static_cast<std::uint8_t>(value);
        if (part < 4) {
            if (pos >= text.size() || text[pos] != '.')
                return std::nullopt;
            ++pos;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<std::array<std::uint8_t, 16>> parseV6(std::string_view text)
{
    std::array<std::uint16_t, 8> head {}, tail {};
    int headCount = 0, tailCount = 0;
    bool compressed = false;
    std::size_t pos = 0;
    if (text.starts_with("::")) {
        compressed = true;
        pos = 2;
    }
    while (pos < text.size()) {
        // An embedded dotted quad takes the last 32 bits.
        const auto rest = text.substr(pos);
        if (rest.find('.') != std::string_view::npos && rest.find(':') == std::string_view::npos) {
            auto v4 = parseV4(rest);
            if (!v4)
                return std::nullopt;
            auto& groups = compressed ? tail : head;
            auto& count = compressed ? tailCount : headCount;
            if (count > 6)
                return std::nullopt;
            groups[count++] = static_cast<std::uint16_t>((*v4)[0] << 8 | (*v4)[1]);
            groups[count++] = static_cast<std::uint16_t>((*v4)[2] << 8 | (*v4)[3]);
            pos = text.size();
            break;
        }
        unsigned value = 0;
        int digits = 0;
        while (pos < text.size() && hexValue(text[pos]) >= 0) {
            value = value << 4 | static_cast<unsigned>(hexValue(text[pos]));
            if (++digits > 4)
                return std::nullopt;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        auto& groups = compressed ? tail : head;
        auto& count = compressed ? tailCount : headCount;
        if (count >= 8)
            return std::nullopt;
        groups[count++] = static_cast<std::uint16_t>(value);
        if (pos == text.size())
            break;
        if (text[pos] != ':')
            return std::nullopt;
        ++pos;
        if (pos < text.size() && text[pos] == ':') {
            if (compressed)
                return std::nullopt;
            compressed = true;
            ++pos;
        } else if (pos == text.size()) {
            return std::nullopt; // trailing single colon
        }
    }
    const int total = headCount + tailCount;
    if ((!compressed && total != 8) || (compressed && total > 7))
        return std::nullopt;
    std::array<std::uint16_t, 8> groups {};
    for (int i = 0; i < headCount; ++i)
        groups[i] = head[i];
    for (int i = 0; i < tailCount; ++i)
        groups[8 - tailCount + i] = tail[i];
    std::array<std::uint8_t, 16> out {};
    for (int i = 0; i < 8; ++i) {
        out[2 * i] = static_cast<std::uint8_t>(groups[i] >> 8);
        out[2 * i + 1] = static_cast<std::uint8_t>(groups[i] & 0xff);
    }
    return out;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']')
        text = text.substr(1, text.size() - 2);
    if (text.empty())
        return std::nullopt;
    if (text.find(':') == std::string_view::npos) {
        auto v4 = parseV4(text);
        if (!v4)
            return std::nullopt;
        return v4FromNetworkOrder(v4->data());
    }
    std::uint32_t scope = 0;
    if (auto percent = text.find('%'); percent != std::string_view::npos) {
        auto zone = text.substr(percent + 1);
        std::from_chars(zone.data(), zone.data() + zone.size(), scope); // named zones (eth0) keep scope 0
        text = text.substr(0, percent);
    }
    auto v6 = parseV6(text);
    if (!v6)
        return std::nullopt;
    return v6FromNetworkOrder(v6->data(), scope);
}

std::string IpAddress::toString() const
{
    std::string out;
    if (family == Family::IPv4) {
        out.reserve(15);
        appendV4(out, bytes.data());
        return out;
    }
    if (isV4Mapped()) {
        out = "::ffff:";
        appendV4(out, bytes.data() + 12);
        return out;
    }
    std::array<unsigned, 8> groups {};
    for (int i = 0; i < 8; ++i)
        groups[i] = static_cast<unsigned>(bytes[2 * i] << 8 | bytes[2 * i + 1]);
    // Longest run of two or more zero groups, first one on ties (RFC 5952 section 4.2).
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    char buffer[8];
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out.push_back(':');
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, groups[i], 16);
        out.append(buffer, end);
    }
    if (scopeId != 0) {
        out.push_back('%');
        out += std::to_string(scopeId);
    }
    return out;
}

std::strong_ordering IpAddress::operator<=>(const IpAddress& other) const
{
    if (auto c = family <=> other.family; c != 0)
        return c;
    if (auto c = std::memcmp(bytes.data(), other.bytes.data(), bytes.size()); c != 0)
        return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    return scopeId <=> other.scopeId;
}

} // namespace portolan
