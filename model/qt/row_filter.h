#pragma once

#include "core/port_config.h"
#include "core/table_update.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace portolan {

// Which port of a row the filter's port range looks at.
enum class PortSide : std::uint8_t {
    Local,
    Remote,
    Either,
};

// What decides whether a row is shown, in both the table and the process view:
//  - the quick filter: a case-insensitive substring matched against process, PID, ports, addresses, state,
//    protocol and user, plus an optional local-port range (set by dragging across the histogram);
//  - the filter bar's structured criteria (protocol, family, states, process name, port range on one side,
//    loopback, listening, dynamic range), which are also what filter presets store.
// Every criterion is a few integer compares except the substrings, so matching stays cheap at 100,000 rows.
struct RowFilter
{
    // Bits for `families`.
    static constexpr std::uint8_t kIPv4 = 1;
    static constexpr std::uint8_t kIPv6 = 2;

    std::string needle; // lower-case ASCII; empty matches everything
    std::optional<std::pair<std::uint16_t, std::uint16_t>> localPorts;
    std::uint32_t shownStates = 0; // states whose translated name contains the needle (bit per SocketState)

    // Structured criteria; each one left at its default lets every row through.
    std::uint8_t protocols = 0; // bit per Protocol value; 0: every protocol
    std::uint8_t families = 0; // kIPv4 | kIPv6; 0: both
    std::uint32_t states = 0; // bit per SocketState value; 0: every state
    std::string process; // lower-case ASCII; the Process column must contain it
    std::optional<PortRange> ports;
    PortSide portSide = PortSide::Local;
    bool hideLoopback = false; // rows whose local address is 127.0.0.0/8 or ::1
    bool onlyListening = false; // TCP LISTEN, and UDP sockets with no remote end (they receive from anyone)
    bool onlyDynamic = false; // local port inside the machine's dynamic range for the row's protocol and family

    // The machine's dynamic ranges, for onlyDynamic (given by the window from the ranges report; not a choice of
    // the user, so not part of a preset). A protocol with no known range has no row "in the dynamic range".
    std::vector<DynamicPortRange> dynamicRanges;

    static RowFilter fromText(std::string_view text);
    // Replaces the quick-filter text, keeping everything else.
    void setText(std::string_view text);
    bool hasCriteria() const
    {
        return protocols || families || states || !process.empty() || ports || hideLoopback || onlyListening
            || onlyDynamic;
    }
    bool isEmpty() const { return needle.empty() && !localPorts && !hasCriteria(); }
    // Only the structured criteria (what the filter bar shows and a preset stores).
    RowFilter criteriaOnly() const;
    // `unownedLabel` is what the Process column shows for a row without an owner ("[time wait]").
    bool matches(const TableRow& row, std::string_view unownedLabel, std::string_view userName) const;
    bool operator==(const RowFilter&) const = default;

private:
    bool matchesCriteria(const Endpoint& e, std::string_view processText) const;
    bool matchesNeedle(const TableRow& row, std::string_view unownedLabel, std::string_view userName) const;
};

} // namespace portolan
