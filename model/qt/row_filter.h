#pragma once

#include "core/table_update.h"

#include <cstdint>
#include <optional>
#include <string>

namespace portolan {

// The quick filter: a case-insensitive substring matched against process, PID, ports, addresses, state,
// protocol and user, plus an optional local-port range (set by dragging across the histogram).
struct RowFilter
{
    std::string needle; // lower-case ASCII; empty matches everything
    std::optional<std::pair<std::uint16_t, std::uint16_t>> localPorts;
    std::uint32_t shownStates = 0; // states whose translated name contains the needle (bit per SocketState)

    static RowFilter fromText(std::string_view text);
    bool isEmpty() const { return needle.empty() && !localPorts; }
    // `unownedLabel` is what the Process column shows for a row without an owner ("[time wait]").
    bool matches(const TableRow& row, std::string_view unownedLabel, std::string_view userName) const;
    bool operator==(const RowFilter&) const = default;
};

} // namespace portolan
