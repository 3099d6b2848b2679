#include "port_config.h"

#include "text_util.h"

#include <algorithm>
#include <charconv>

namespace portolan {

namespace {
std::optional<std::uint16_t> parsePort(std::string_view text)
{
    text = trim(text);
    unsigned value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc {} || end != text.data() + text.size() || value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}
} // namespace

std::optional<PortRange> parsePortRange(std::string_view text)
{
    text = trim(text);
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        auto port = parsePort(text);
        if (!port)
            return std::nullopt;
        return PortRange { *port, *port };
    }
    auto first = parsePort(text.substr(0, dash));
    auto last = parsePort(text.substr(dash + 1));
    if (!first || !last || *last < *first)
        return std::nullopt;
    return PortRange { *first, *last };
}

std::optional<std::vector<PortRange>> parsePortRangeList(std::string_view text, char separator)
{
    std::vector<PortRange> ranges;
    if (trim(text).empty())
        return ranges;
    for (auto item : split(text, separator)) {
        auto range = parsePortRange(item);
        if (!range)
            return std::nullopt;
        ranges.push_back(*range);
    }
    return ranges;
}

std::vector<PortRange> normalizePortRanges(std::vector<PortRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const PortRange& a, const PortRange& b) {
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    });
    std::vector<PortRange> merged;
    for (const auto& r : ranges) {
        if (!merged.empty() && std::uint32_t(r.first) <= std::uint32_t(merged.back().last) + 1)
            merged.back().last = std::max(merged.back().last, r.last);
        else
            merged.push_back(r);
    }
    return merged;
}

std::string formatPortRange(const PortRange& range)
{
    if (range.first == range.last)
        return std::to_string(range.first);
    return std::to_string(range.first) + "-" + std::to_string(range.last);
}

std::string formatPortRangeList(const std::vector<PortRange>& ranges, char separator)
{
    std::string out;
    for (const auto& r : ranges) {
        if (!out.empty())
            out.push_back(separator);
        out += formatPortRange(r);
    }
    return out;
}

} // namespace portolan
