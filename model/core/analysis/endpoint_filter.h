#pragma once

#include "../endpoint.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace portolan::analysis {

enum class ProtocolFilter : std::uint8_t { Both, Tcp, Udp };
enum class FamilyFilter : std::uint8_t { Both, IPv4, IPv6 };

// State groups the range views offer. "bound" is an unconnected UDP socket or a bound-only TCP socket: both hold
// a port without talking to anyone, which is what a socket pool looks like.
enum class StateFilter : std::uint8_t {
    All,
    Listening, // LISTEN
    Established, // ESTABLISHED (TCP) and connected UDP
    TimeWait, // TIME_WAIT
    Bound, // BOUND
    Closing, // FIN_WAIT1/2, CLOSE_WAIT, CLOSING, LAST_ACK, CLOSED, DELETE_TCB
    Opening, // SYN_SENT, SYN_RECEIVED
};

// Which endpoints a histogram counts. Compiled into bit masks so that the per-endpoint test is three shifts.
struct EndpointFilter
{
    ProtocolFilter protocol = ProtocolFilter::Both;
    FamilyFilter family = FamilyFilter::Both;
    StateFilter state = StateFilter::All;

    bool matches(const Endpoint& e) const { return Compiled(*this).matches(e); }

    struct Compiled
    {
        explicit Compiled(const EndpointFilter& filter);
        bool matches(const Endpoint& e) const
        {
            return (protocolMask >> static_cast<unsigned>(e.protocol) & 1u)
                && (familyMask >> (static_cast<unsigned>(e.family()) == 6 ? 1u : 0u) & 1u)
                && (stateMask >> static_cast<unsigned>(e.state) & 1u);
        }
        std::uint32_t protocolMask = 0;
        std::uint32_t familyMask = 0;
        std::uint32_t stateMask = 0;
    };
};

// Stable names for the CLI and JSON: "both|tcp|udp", "both|ipv4|ipv6",
// "all|listening|established|time-wait|bound|closing|opening" ("listen" is accepted for "listening").
std::string_view protocolFilterName(ProtocolFilter filter);
std::string_view familyFilterName(FamilyFilter filter);
std::string_view stateFilterName(StateFilter filter);
std::optional<ProtocolFilter> parseProtocolFilter(std::string_view text);
std::optional<FamilyFilter> parseFamilyFilter(std::string_view text);
std::optional<StateFilter> parseStateFilter(std::string_view text);

} // namespace portolan::analysis
