// Linux net-tools netstat (-tunap, -aeep, -lnp, ...) and busybox netstat.
//
//   Active Internet connections (servers and established)
//   Proto Recv-Q Send-Q Local Address    Foreign Address  State       User       Inode      PID/Program name
//   tcp        0      0 localhost:smtp   0.0.0.0:*        LISTEN      root       22606      1489/master
//   udp        0      0 0.0.0.0:bootpc   0.0.0.0:*                    root       20830      1029/dhclient
//   tcp6       0      0 localhost:ssh    localhost:38134  ESTABLISHED root       63129      6492/sshd: kbrazil
//   Active UNIX domain sockets (servers and established)
//   unix  3      [ ]         DGRAM                    8971     1/systemd            /run/systemd/notify
//
// The State column is blank for unconnected UDP, so columns are taken by meaning, not position: an upper-case
// state word if present, then User and Inode when the header has them, and the rest is "PID/Program name"
// (program names are cut at 19 characters by netstat and may contain spaces: "6492/sshd: kbrazil").

#include "parsers.h"

#include "endpoint_text.h"
#include "parse_common.h"

#include "core/text_util.h"

#include <algorithm>

namespace portolan::capture {

namespace {

bool isUpperWord(std::string_view text)
{
    return !text.empty()
        && std::all_of(text.begin(), text.end(),
            [](char c) { return (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9'); })
        && text.front() >= 'A' && text.front() <= 'Z';
}

class NetstatLinuxParser final : public LineParser
{
public:
    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        const auto text = trim(line);
        if (text.empty()) {
            ctx.notRow("blank");
            return;
        }
        if (text.substr(0, 7) == "Active ") {
            m_unixSection = text.find("UNIX") != std::string_view::npos;
            m_otherSection = !m_unixSection && text.find("Internet") == std::string_view::npos;
            ctx.notRow("banner");
            return;
        }
        const auto tokens = splitWhitespace(text);
        if (tokens[0] == "Proto") {
            readHeader(text);
            ctx.notRow("column header");
            return;
        }
        if (text.front() == '(' || text.find("will not be shown") != std::string_view::npos) {
            ctx.notRow("netstat notice"); // "(Not all processes could be identified, ...)"
            return;
        }
        if (takePromptLine(text, ctx))
            return;
        const auto proto = toLowerAscii(tokens[0]);
        if (proto == "unix" || (m_unixSection && tokens.size() >= 3)) {
            ctx.notRow("unix socket (not TCP/UDP)");
            return;
        }
        if (proto == "raw" || proto == "raw6") {
            ctx.notRow("raw socket (not TCP/UDP)");
            return;
        }
        if (proto == "udpl" || proto == "udpl6") {
            ctx.notRow("UDP-Lite socket (not TCP/UDP)");
            return;
        }
        if (m_otherSection) {
            ctx.notRow("other socket family (not TCP/UDP)"); // Bluetooth, AX.25, IPX sections
            return;
        }
        const auto protocol = parseProtocol(proto);
        if (!protocol || tokens.size() < 2) {
            ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\"");
            return;
        }
        parseRow(tokens, *protocol, proto.back() == '6', ctx);
    }

private:
    void readHeader(std::string_view text)
    {
        m_hasUser = text.find(" User ") != std::string_view::npos;
        m_hasInode = text.find("Inode") != std::string_view::npos;
        m_hasTimer = text.find("Timer") != std::string_view::npos;
    }

    void parseRow(const std::vector<std::string_view>& tokens, Protocol protocol, bool v6, ImportContext& ctx)
    {
        if (tokens.size() < 5) {
            ctx.skipRow("truncated row: expected Recv-Q, Send-Q, local and foreign address");
            return;
        }
        const auto family = v6 ? Family::IPv6 : Family::IPv4;
        EndpointText local, remote;
        if (!parseEndpointText(tokens[3], protocol, family, local)) {
            ctx.skipRow("bad local address \"" + std::string(tokens[3]) + "\"");
            return;
        }
        if (!parseEndpointText(tokens[4], protocol, local.address.family, remote)) {
            ctx.skipRow("bad foreign address \"" + std::string(tokens[4]) + "\"");
            return;
        }
        Endpoint e;
        e.protocol = protocol;
        e.localAddress = local.address;
        e.localPort = local.port;
        e.remoteAddress = remote.address;
        e.remotePort = remote.port;
        std::size_t i = 5;
        if (i < tokens.size() && isUpperWord(tokens[i])) {
            const auto state = parseStateName(tokens[i]);
            if (!state) {
                ctx.skipRow("unknown state \"" + std::string(tokens[i]) + "\"");
                return;
            }
            e.state = *state;
            ++i;
        } else if (protocol == Protocol::Tcp) {
            ctx.skipRow("TCP row without a state");
            return;
        }
        if (protocol == Protocol::Udp) {
            // netstat leaves the column blank for unconnected UDP; CLOSE is the same socket state.
            if (e.state == SocketState::Unknown || e.state == SocketState::Closed)
                e.state = SocketState::Bound;
        } else if (e.state == SocketState::Closed && e.localPort) {
            e.state = SocketState::Bound; // as /proc and ss: a bound, unconnected TCP socket
        }
        std::string user;
        if (m_hasUser && i < tokens.size())
            user = std::string(tokens[i++]);
        if (m_hasInode && i < tokens.size()) {
            if (auto inode = parseUnsigned(tokens[i])) {
                e.inode = *inode;
            } else {
                ctx.skipRow("bad inode \"" + std::string(tokens[i]) + "\"");
                return;
            }
            ++i;
        }
        std::size_t end = tokens.size();
        if (m_hasTimer && end >= i + 2 && tokens[end - 1].front() == '(')
            end -= 2; // "off (0.00/0/0)"
        std::string owner;
        for (std::size_t k = i; k < end; ++k)
            owner.append(owner.empty() ? "" : " ").append(tokens[k]);
        if (!user.empty())
            if (auto uid = parseUnsigned(user))
                e.uid = *uid;

        std::optional<std::uint32_t> pid;
        std::string program;
        if (!owner.empty() && owner != "-") {
            const auto slash = owner.find('/');
            pid = slash == std::string::npos ? std::nullopt : parseUnsigned(std::string_view(owner).substr(0, slash));
            if (!pid) {
                ctx.skipRow("bad PID/Program name \"" + shortenForMessage(owner) + "\"");
                return;
            }
            program = trim(std::string_view(owner).substr(slash + 1));
        }
        auto& loaded = ctx.loadRow(e);
        ctx.setOwner(loaded, pid, program, false);
        if (pid && !user.empty() && e.uid == Endpoint::kNoUid) {
            auto& p = ctx.process(*pid);
            if (p.user.empty())
                p.user = user;
        }
        keepNames(local, remote, ctx);
    }

    bool m_unixSection = false;
    bool m_otherSection = false;
    bool m_hasUser = false;
    bool m_hasInode = false;
    bool m_hasTimer = false;
};

} // namespace

std::unique_ptr<LineParser> makeNetstatLinuxParser()
{
    return std::make_unique<NetstatLinuxParser>();
}

} // namespace portolan::capture
