#include "row_filter.h"

#include "core/text_util.h"
#include "state_text.h"

#include <charconv>

namespace portolan {

RowFilter RowFilter::fromText(std::string_view text)
{
    RowFilter filter;
    filter.needle = toLowerAscii(trim(text));
    filter.shownStates = statesMatching(filter.needle);
    return filter;
}

namespace {
bool numberContains(std::uint32_t value, std::string_view needle)
{
    char buffer[12];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string_view(buffer, static_cast<std::size_t>(end - buffer)).find(needle) != std::string_view::npos;
}
} // namespace

bool RowFilter::matches(const TableRow& row, std::string_view unownedLabel, std::string_view userName) const
{
    const Endpoint& e = row.endpoint;
    if (localPorts && (e.localPort < localPorts->first || e.localPort > localPorts->second))
        return false;
    if (needle.empty())
        return true;
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
