#include "port_merge.h"

#include <algorithm>

namespace portolan::conflicts {

std::vector<PortRange> uncoveredPorts(const std::vector<PortRange>& have, const std::vector<PortRange>& wanted)
{
    const auto covered = normalizePortRanges(have);
    std::vector<PortRange> out;
    for (const auto& w : normalizePortRanges(wanted)) {
        std::uint32_t next = w.first; // first port of w not yet known to be covered
        for (const auto& c : covered) {
            if (c.last < next)
                continue;
            if (c.first > w.last)
                break;
            if (c.first > next)
                out.push_back({ static_cast<std::uint16_t>(next), static_cast<std::uint16_t>(c.first - 1) });
            next = std::uint32_t(c.last) + 1;
            if (next > w.last)
                break;
        }
        if (next <= w.last)
            out.push_back({ static_cast<std::uint16_t>(next), w.last });
    }
    return normalizePortRanges(std::move(out));
}

bool coversAll(const std::vector<PortRange>& have, const std::vector<PortRange>& wanted)
{
    return uncoveredPorts(have, wanted).empty();
}

std::vector<PortRange> linesToAppend(
    const std::vector<std::string>& existingLines, const std::vector<PortRange>& wanted)
{
    std::vector<PortRange> have;
    for (const auto& line : existingLines)
        if (auto r = parsePortRange(line); r && r->first > 0)
            have.push_back(*r);
    const auto missing = uncoveredPorts(have, wanted);
    if (missing.empty())
        return {};
    std::vector<PortRange> all = have;
    all.insert(all.end(), missing.begin(), missing.end());
    std::vector<PortRange> out;
    for (const auto& merged : normalizePortRanges(std::move(all))) {
        const bool needed = std::any_of(missing.begin(), missing.end(),
            [&](const PortRange& m) { return m.first >= merged.first && m.last <= merged.last; });
        if (needed)
            out.push_back(merged);
    }
    return out;
}

std::string reservedPortsLine(const PortRange& range)
{
    return std::to_string(range.first) + "-" + std::to_string(range.last);
}

} // namespace portolan::conflicts
