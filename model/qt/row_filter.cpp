#include "row_filter.h"

#include "core/text_util.h"
#include "state_text.h"

#include <charconv>

namespace portolan {

RowFilter RowFilter::fromText(std::string_view text)
{
    RowFilter filter;
    filter.setText(text);
    return filter;
}

void RowFilter::setText(std::string_view text)
{
    needle = toLowerAscii(trim(text));
    shownStates = statesMatching(needle);
}

RowFilter RowFilter::criteriaOnly() const
{
    RowFilter criteria = *this;
    criteria.needle.clear();
    criteria.shownStates = 0;
    criteria.localPorts.reset();
    criteria.dynamicRanges.clear();
    return criteria;
}

namespace {
bool numberContains(std::uint32_t value, std::string_view needle)
{
    char buffer[12];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string_view(buffer, static_cast<std::size_t>(end - buffer)).find(needle) != std::string_view::npos;
}

bool inDynamicRange(const Endpoint& e, const std::vector<DynamicPortRange>& ranges)
{
    // Linux has one sysctl for both families; a report may list a protocol's range for one family only.
    const DynamicPortRange* sameProtocol = nullptr;
    for (const auto& r : ranges) {
        if (r.protocol != e.protocol)
            continue;
        if (r.family == e.family())
            return r.range.contains(e.localPort);
        if (!sameProtocol)
            sameProtocol = &r;
    }
    return sameProtocol && sameProtocol->range.contains(e.localPort);
}
} // namespace

bool RowFilter::matchesCriteria(const Endpoint& e, std::string_view processText) const
{
    if (protocols && !(protocols >> static_cast<unsigned>(e.protocol) & 1u))
        return false;
    if (families && !(families & (e.family() == Family::IPv4 ? kIPv4 : kIPv6)))
        return false;
    if (states && !(states >> static_cast<unsigned>(e.state) & 1u))
        return false;
    if (onlyListening && !(e.state == SocketState::Listen || (e.protocol == Protocol::Udp && e.remotePort == 0)))
        return false;
    if (ports) {
        const bool local = ports->contains(e.localPort);
        const bool remote = ports->contains(e.remotePort);
        if (!(portSide == PortSide::Local ? local : portSide == PortSide::Remote ? remote : local || remote))
            return false;
    }
    if (hideLoopback && e.localAddress.isLoopback())
        return false;
    if (onlyDynamic && !inDynamicRange(e, dynamicRanges))
        return false;
    return process.empty() || containsCaseInsensitive(processText, process);
}

bool RowFilter::matches(const TableRow& row, std::string_view unownedLabel, std::string_view userName) const
{
    const Endpoint& e = row.endpoint;
    if (localPorts && (e.localPort < localPorts->first || e.localPort > localPorts->second))
        return false;
    if (hasCriteria() && !matchesCriteria(e, row.owner ? std::string_view(row.owner->name) : unownedLabel))
        return false;
    return needle.empty() || matchesNeedle(row, unownedLabel, userName);
}

bool RowFilter::matchesNeedle(const TableRow& row, std::string_view unownedLabel, std::string_view userName) const
{
    const Endpoint& e = row.endpoint;
    // Cheapest checks first: most rows of a crowded table are rejected by a number or the process name.
    const bool numeric = needle.find_first_not_of("0123456789") == std::string::npos;
    if (numeric) {
        if (numberContains(e.localPort, needle) || numberContains(e.remotePort, needle)
            || (e.pid && numberContains(e.pid, needle)))
            return true;
    }
    if (row.owner) {
        if (containsCaseInsensitive(row.owner->name, needle))
            return true;
        for (const auto& service : row.owner->services)
            if (containsCaseInsensitive(service, needle))
                return true;
    } else if (containsCaseInsensitive(unownedLabel, needle)) {
        return true;
    }
    if (containsCaseInsensitive(stateName(e.state), needle) || (shownStates >> static_cast<unsigned>(e.state) & 1u)
        || containsCaseInsensitive(protocolName(e.protocol), needle) || containsCaseInsensitive(userName, needle))
        return true;
    if (needle.find_first_not_of("0123456789abcdef.:[]%") != std::string::npos)
        return false; // cannot be part of an address
    return e.localAddress.toString().find(needle) != std::string::npos
        || e.remoteAddress.toString().find(needle) != std::string::npos;
}

} // namespace portolan
