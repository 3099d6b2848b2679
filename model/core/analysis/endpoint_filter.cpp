#include "endpoint_filter.h"

#include "../text_util.h"

#include <array>
#include <initializer_list>

namespace portolan::analysis {

namespace {

std::uint32_t bits(std::initializer_list<SocketState> states)
{
    std::uint32_t mask = 0;
    for (auto s : states)
        mask |= 1u << static_cast<unsigned>(s);
    return mask;
}

std::uint32_t stateMask(StateFilter filter)
{
    using S = SocketState;
    switch (filter) {
    case StateFilter::All:
        return 0xffffffffu;
    case StateFilter::Listening:
        return bits({ S::Listen });
    case StateFilter::Established:
        return bits({ S::Established });
    case StateFilter::TimeWait:
        return bits({ S::TimeWait });
    case StateFilter::Bound:
        return bits({ S::Bound });
    case StateFilter::Closing:
        return bits({ S::FinWait1, S::FinWait2, S::CloseWait, S::Closing, S::LastAck, S::Closed, S::DeleteTcb });
    case StateFilter::Opening:
        return bits({ S::SynSent, S::SynReceived });
    }
    return 0xffffffffu;
}

constexpr std::array kProtocolNames { "both", "tcp", "udp" };
constexpr std::array kFamilyNames { "both", "ipv4", "ipv6" };
constexpr std::array kStateNames { "all", "listening", "established", "time-wait", "bound", "closing", "opening" };

template<typename Enum, std::size_t N>
std::optional<Enum> parseName(std::string_view text, const std::array<const char*, N>& names)
{
    const auto lower = toLowerAscii(trim(text));
    for (std::size_t i = 0; i < N; ++i)
        if (lower == names[i])
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

EndpointFilter::Compiled::Compiled(const EndpointFilter& filter)
{
    protocolMask = filter.protocol == ProtocolFilter::Both ? 3u : filter.protocol == ProtocolFilter::Tcp ? 1u : 2u;
    familyMask = filter.family == FamilyFilter::Both ? 3u : filter.family == FamilyFilter::IPv4 ? 1u : 2u;
    stateMask = analysis::stateMask(filter.state);
}

std::string_view protocolFilterName(ProtocolFilter filter)
{
    return kProtocolNames[static_cast<std::size_t>(filter)];
}
std::string_view familyFilterName(FamilyFilter filter)
{
    return kFamilyNames[static_cast<std::size_t>(filter)];
}
std::string_view stateFilterName(StateFilter filter)
{
    return kStateNames[static_cast<std::size_t>(filter)];
}

std::optional<ProtocolFilter> parseProtocolFilter(std::string_view text)
{
    return parseName<ProtocolFilter>(text, kProtocolNames);
}
std::optional<FamilyFilter> parseFamilyFilter(std::string_view text)
{
    return parseName<FamilyFilter>(text, kFamilyNames);
}
std::optional<StateFilter> parseStateFilter(std::string_view text)
{
    if (toLowerAscii(trim(text)) == "listen")
        return StateFilter::Listening;
    return parseName<StateFilter>(text, kStateNames);
}

} // namespace portolan::analysis
