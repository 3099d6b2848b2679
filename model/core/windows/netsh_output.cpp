#include "netsh_output.h"

#include "../text_util.h"

#include <charconv>

namespace portolan::windows_backend {

namespace {
std::optional<unsigned> number(std::string_view text)
{
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc {} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}
} // namespace

std::optional<PortRange> parseNetshDynamicPort(std::string_view output)
{
    std::vector<unsigned> values;
    for (auto line : split(output, '\n')) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        if (const auto value = number(trim(line.substr(colon + 1))))
            values.push_back(*value);
        if (values.size() == 2)
            break;
    }
    if (values.size() < 2)
        return std::nullopt;
    const unsigned start = values[0], count = values[1];
    if (start == 0 || count == 0 || start > 65535 || start + count - 1 > 65535)
        return std::nullopt;
    return PortRange { static_cast<std::uint16_t>(start), static_cast<std::uint16_t>(start + count - 1) };
}

std::vector<PortRange> parseNetshExcludedRanges(std::string_view output)
{
    std::vector<PortRange> ranges;
    for (auto line : split(output, '\n')) {
        const auto fields = splitWhitespace(line);
        if (fields.size() < 2)
            continue;
        const auto first = number(fields[0]), last = number(fields[1]);
        if (!first || !last || *first > 65535 || *last > 65535 || *last < *first)
            continue;
        ranges.push_back({ static_cast<std::uint16_t>(*first), static_cast<std::uint16_t>(*last) });
    }
    return ranges;
}

} // namespace portolan::windows_backend
