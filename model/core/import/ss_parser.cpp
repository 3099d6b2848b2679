// iproute2 ss (-tuanp, -tulpen, -a, wide output...).
//
//   Netid State  Recv-Q Send-Q  Local Address:Port  Peer Address:Port Process
//   udp   UNCONN 0      0       127.0.0.53%lo:53         0.0.0.0:*    users:(("systemd-resolve",pid=1117,fd=12))
//   uid:101 ino:29400 sk:7 <-> tcp   LISTEN 0      128                 *:111              *:* users:(("rpcbind",483,8))
//   <- old users: format u_str ESTAB  0      0                   * 93088            * 93089 <- not inet: not a row
//
// Extra columns (uid:, ino:, sk:, cgroup:, v6only:, skmem:(...), timer:(...)) follow the peer; `ss -i/-m` detail
// lines start with white space. "*" as an address changed meaning over the years: old ss printed it for the
// IPv4 any address, newer ss prints 0.0.0.0 for that and "*" for a dual-stack IPv6 socket (v6only:0). Which one
// a capture uses is decided from the whole sample (see prime()).

#include "parsers.h"

#include "endpoint_text.h"
#include "parse_common.h"

#include "core/text_util.h"

#include <algorithm>

namespace portolan::capture {

namespace {

// Not-row reason for a non-inet netid; empty for tcp/udp.
std::string_view otherFamily(std::string_view netid)
{
    if (netid.substr(0, 2) == "u_")
        return "unix socket (not TCP/UDP)";
    if (netid == "nl")
        return "netlink socket (not TCP/UDP)";
    if (netid == "p_raw" || netid == "p_dgr")
        return "packet socket (not TCP/UDP)";
    if (netid == "v_str" || netid == "v_dgr")
        return "vsock socket (not TCP/UDP)";
    if (netid == "raw" || netid == "icmp" || netid == "icmp6")
        return "raw socket (not TCP/UDP)";
    if (netid == "sctp" || netid == "dccp" || netid == "mptcp" || netid == "tipc" || netid == "xdp")
        return "other transport (not TCP/UDP)";
    return {};
}

struct SsOwner
{
    std::string name;
    std::uint32_t pid = 0;
};

// users:(("nginx",pid=1234,fd=6),("nginx",pid=1235,fd=6))  or, before iproute2 3.x: users:(("sshd",1231,3))
bool parseUsers(std::string_view text, std::vector<SsOwner>& owners)
{
    auto pos = text.find("users:((");
    if (pos == std::string_view::npos)
        return true;
    pos += 7; // at the first "("
    while (pos < text.size() && text[pos] == '(') {
        if (pos + 1 >= text.size() || text[pos + 1] != '"')
            return false;
        const auto nameEnd = text.find("\",", pos + 2);
        if (nameEnd == std::string_view::npos)
            return false;
        SsOwner owner;
        owner.name = std::string(text.substr(pos + 2, nameEnd - pos - 2));
        auto field = nameEnd + 2;
        if (text.substr(field, 4) == "pid=")
            field += 4;
        auto end = field;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        const auto pid = parseUnsigned(text.substr(field, end - field));
        if (!pid)
            return false;
        owner.pid = *pid;
        owners.push_back(std::move(owner));
        const auto close = text.find(')', end);
        if (close == std::string_view::npos)
            return false;
        pos = close + 1;
        if (pos < text.size() && text[pos] == ',')
            ++pos;
    }
    return true;
}

class SsParser final : public LineParser
{
public:
    void prime(std::string_view sample) override
    {
        // Newer ss prints "0.0.0.0" for the IPv4 any address; once a capture shows that, "*" means IPv6 any.
        m_starIsV6
            = sample.find(" 0.0.0.0:") != std::string_view::npos || sample.find(" 0.0.0.0%") != std::string_view::npos;
    }

    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        const auto text = trim(line);
        if (text.empty()) {
            ctx.notRow("blank");
            return;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            ctx.notRow("ss detail line"); // -i, -m, -e continuation lines
            return;
        }
        const auto tokens = splitWhitespace(text);
        if ((tokens[0] == "Netid" || tokens[0] == "State") && text.find("Address") != std::string_view::npos) {
            m_hasNetid = tokens[0] == "Netid";
            ctx.notRow("column header");
            return;
        }
        if (takePromptLine(text, ctx))
            return;
        const std::size_t offset = m_hasNetid ? 1 : 0;
        if (tokens.size() < 4 + offset || !isDigits(tokens[1 + offset]) || !isDigits(tokens[2 + offset])) {
            if (m_hasNetid && !otherFamily(tokens[0]).empty()) {
                ctx.notRow(otherFamily(tokens[0]));
                return;
            }
            ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\"");
            return;
        }
        std::optional<Protocol> protocol;
        if (m_hasNetid) {
            if (const auto other = otherFamily(tokens[0]); !other.empty()) {
                ctx.notRow(other);
                return;
            }
            protocol = parseProtocol(tokens[0]);
            if (!protocol) {
                ctx.skipRow("unknown netid \"" + shortenForMessage(tokens[0]) + "\"");
                return;
            }
        } else {
            // `ss -t` / `ss -u` alone print no Netid column: UNCONN is what UDP sockets show.
            protocol = tokens[0] == "UNCONN" ? Protocol::Udp : Protocol::Tcp;
            ctx.metaWarning("ss output without a Netid column: protocol inferred from the state (UNCONN = UDP)");
        }
        parseRow(text, tokens, offset, *protocol, ctx);
    }

private:
    void parseRow(std::string_view text, const std::vector<std::string_view>& tokens, std::size_t offset,
        Protocol protocol, ImportContext& ctx)
    {
        const auto stateText = tokens[offset];
        if (tokens.size() < offset + 5) {
            ctx.skipRow("truncated row: expected local and peer address");
            return;
        }
        const auto localText = tokens[offset + 3];
        const auto peerText = tokens[offset + 4];
        // Everything after the peer column: users:(...) may contain spaces inside process names.
        const auto extrasStart = peerText.data() + peerText.size() - text.data();
        const auto extras = text.substr(static_cast<std::size_t>(extrasStart));
        const bool v6only0 = extras.find("v6only:0") != std::string_view::npos;

        auto familyFor = [&](std::string_view hostPort) {
            std::string_view host, port;
            if (splitHostPort(hostPort, host, port) && (host == "*" || host.substr(0, 2) == "*%"))
                return (m_starIsV6 || v6only0) ? Family::IPv6 : Family::IPv4;
            return (!hostPort.empty() && hostPort.front() == '[')
                    || std::count(hostPort.begin(), hostPort.end(), ':') > 1
                ? Family::IPv6
                : Family::IPv4;
        };
        EndpointText local, remote;
        if (!parseEndpointText(localText, protocol, familyFor(localText), local)) {
            ctx.skipRow("bad local address \"" + std::string(localText) + "\"");
            return;
        }
        if (!parseEndpointText(peerText, protocol, local.address.family, remote)) {
            ctx.skipRow("bad peer address \"" + std::string(peerText) + "\"");
            return;
        }
        Endpoint e;
        e.protocol = protocol;
        e.localAddress = local.address;
        e.localPort = local.port;
        e.remoteAddress = remote.address;
        e.remotePort = remote.port;
        if (e.remoteAddress.family != e.localAddress.family && remote.wildcardAddress)
            e.remoteAddress = e.localAddress.family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
        const auto state = parseStateName(stateText);
        if (!state) {
            ctx.skipRow("unknown state \"" + shortenForMessage(stateText) + "\"");
            return;
        }
        e.state = *state;
        // ss names TCP_CLOSE "UNCONN"; a bound, unconnected socket is what that means for UDP and TCP alike.
        if (e.state == SocketState::Closed && e.localPort)
            e.state = SocketState::Bound;
        if (e.state == SocketState::Bound && protocol == Protocol::Udp && e.remotePort)
            e.state = SocketState::Established;

        std::vector<SsOwner> owners;
        if (!parseUsers(extras, owners)) {
            ctx.skipRow("bad users:(...) field \"" + shortenForMessage(extras) + "\"");
            return;
        }
        for (auto field : splitWhitespace(extras)) {
            if (field.substr(0, 4) == "ino:") {
                if (auto inode = parseUnsigned(field.substr(4)))
                    e.inode = *inode;
            } else if (field.substr(0, 4) == "uid:") {
                if (auto uid = parseUnsigned(field.substr(4)))
                    e.uid = *uid;
            }
        }
        e.extraOwners = static_cast<std::uint8_t>(std::min<std::size_t>(owners.empty() ? 0 : owners.size() - 1, 255));
        auto& loaded = ctx.loadRow(e);
        if (owners.empty()) {
            ctx.setOwner(loaded, std::nullopt, {}, false);
        } else {
            ctx.setOwner(loaded, owners.front().pid, owners.front().name, false);
            for (std::size_t i = 1; i < owners.size(); ++i) {
                auto& p = ctx.process(owners[i].pid);
                if (p.name.empty())
                    p.name = owners[i].name;
            }
        }
        keepNames(local, remote, ctx);
    }

    bool m_hasNetid = true;
    bool m_starIsV6 = false;
};

} // namespace

std::unique_ptr<LineParser> makeSsParser()
{
    return std::make_unique<SsParser>();
}

} // namespace portolan::capture
