// Windows netstat with any of -a -n -o -b, in any display language.
//
//   Active Connections
//
//     Proto  Local Address          Foreign Address        State           PID
//     TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1712
//     RpcSs                                          <- -b: service component(s) hosted by the process
//    [svchost.exe]                                   <- -b: image name
//     TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4
//    Can not obtain ownership information            <- -b: not elevated, or a kernel socket
//     UDP    [fe80::1%14]:1900      *:*                                    8844
//
// Rows are read by shape, not by language: protocol, two host:port fields, then whatever is left is the state
// (possibly several words, in any language) and, last, a number when -o was given. A state word we do not know
// keeps the row: LISTEN when the foreign end is the unspecified address with port 0 (the only shape netstat
// prints for listeners), UNKNOWN otherwise, each with a warning.

#include "parsers.h"

#include "endpoint_text.h"
#include "localized_netstat.h"
#include "parse_common.h"

#include "core/text_util.h"

#include <algorithm>

namespace portolan::capture {

namespace {

// Windows service key names: letters, digits and a few punctuation marks ("MSSQL$SQLEXPRESS",
// "WpnUserService_61beb", "CDPUserSvc_5f1a2").
bool isServiceName(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
            || c == '.' || c == '$' || c == '@' || c == '{' || c == '}';
    });
}

Family familyOf(std::string_view hostPort)
{
    return !hostPort.empty() && (hostPort.front() == '[' || std::count(hostPort.begin(), hostPort.end(), ':') > 1)
        ? Family::IPv6
        : Family::IPv4;
}

class NetstatWindowsParser final : public LineParser
{
public:
    void prime(std::string_view sample) override
    {
        // Without -n, listeners show the machine's own name as the foreign host ("DESKTOP-7Q3:0"); learn it up
        // front so that rows before the first listener can use it too.
        for (auto line : split(sample, '\n')) {
            const auto tokens = splitWhitespace(line);
            if (tokens.size() < 4 || tokens[0] != "TCP")
                continue;
            std::string_view host, port;
            if (splitHostPort(tokens[2], host, port) && port == "0" && looksLikeHostName(host) && host != "localhost") {
                m_hostname = std::string(host);
                return;
            }
        }
    }

    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        const auto text = trim(line);
        if (text.empty()) {
            endOwnerBlock(ctx);
            ctx.notRow("blank");
            return;
        }
        const auto tokens = splitWhitespace(text);
        if (const auto protocol = parseProtocol(tokens[0]); protocol && tokens.size() >= 2) {
            endOwnerBlock(ctx);
            parseRow(tokens, *protocol, ctx);
            m_afterBanner = false;
            return;
        }
        if (isConnectionsBanner(text)) {
            endOwnerBlock(ctx);
            m_afterBanner = true;
            ctx.notRow("banner");
            return;
        }
        if (isColumnHeader(text) || (m_afterBanner && tokens.size() >= 3)) {
            // The line after the banner is the column header whatever its language.
            m_afterBanner = false;
            ctx.notRow("column header");
            return;
        }
        if (isPromptLine(text)) {
            endOwnerBlock(ctx);
            ctx.notRow("prompt");
            return;
        }
        if (m_inOwnerBlock && ownerLine(text, tokens, ctx))
            return;
        if (isOwnershipUnavailable(text)) {
            ctx.notRow("netstat -b owner line");
            return;
        }
        ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\"");
    }

    void finish(ImportContext& ctx) override { endOwnerBlock(ctx); }

private:
    void parseRow(const std::vector<std::string_view>& tokens, Protocol protocol, ImportContext& ctx)
    {
        if (tokens.size() < 3) {
            ctx.skipRow("truncated row: expected local and foreign address");
            return;
        }
        Endpoint e;
        e.protocol = protocol;
        EndpointText local, remote;
        const auto family = familyOf(tokens[1]);
        if (!parseEndpointText(tokens[1], protocol, family, local)) {
            ctx.skipRow("bad local address \"" + std::string(tokens[1]) + "\"");
            return;
        }
        if (!parseEndpointText(tokens[2], protocol, local.address.family, remote)) {
            ctx.skipRow("bad foreign address \"" + std::string(tokens[2]) + "\"");
            return;
        }
        std::vector<std::string_view> rest(tokens.begin() + 3, tokens.end());
        std::optional<std::uint32_t> pid;
        const std::size_t minimumWithPid = protocol == Protocol::Tcp ? 2 : 1;
        if (rest.size() >= minimumWithPid && isDigits(rest.back())) {
            pid = parseUnsigned(rest.back());
            if (!pid) {
                ctx.skipRow("bad PID \"" + std::string(rest.back()) + "\"");
                return;
            }
            rest.pop_back();
        }
        std::string stateText;
        for (auto word : rest)
            stateText.append(stateText.empty() ? "" : " ").append(word);

        // Without -n: the machine's own name on a listener's foreign side is the unspecified address.
        if (!remote.hostName.empty() && m_hostname.size() && toLowerAscii(remote.hostName) == toLowerAscii(m_hostname)
            && remote.port == 0 && remote.serviceName.empty()) {
            remote.hostName.clear();
            remote.address = local.address.family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
        }
        e.localAddress = local.address;
        e.localPort = local.port;
        e.remoteAddress = remote.address;
        e.remotePort = remote.port;
        if (e.remoteAddress.family != e.localAddress.family)
            e.remoteAddress = e.localAddress.family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();

        std::string warning;
        if (protocol == Protocol::Udp) {
            // netstat prints no state for UDP; the foreign side is "*:*" for every UDP socket it lists.
            e.state = SocketState::Bound;
            if (!stateText.empty())
                warning = "unexpected text \"" + shortenForMessage(stateText) + "\" after a UDP row";
        } else if (stateText.empty()) {
            ctx.skipRow("truncated row: TCP row without a state");
            return;
        } else if (auto state = parseStateName(stateText)) {
            e.state = *state;
        } else if (auto localized = localizedState(stateText)) {
            e.state = *localized;
        } else if (e.remotePort == 0 && e.remoteAddress.isUnspecified() && remote.hostName.empty()) {
            e.state = SocketState::Listen;
            warning = "unknown state \"" + shortenForMessage(stateText)
                + "\"; LISTEN assumed (foreign end is unspecified:0)";
        } else {
            e.state = SocketState::Unknown;
            warning = "unknown state \"" + shortenForMessage(stateText) + "\"";
        }

        auto& loaded = ctx.loadRow(e);
        ctx.setOwner(loaded, pid, {}, true);
        if (!warning.empty())
            ctx.warn(std::move(warning));
        if (!remote.hostName.empty() && !m_hostname.empty() && toLowerAscii(remote.hostName) == toLowerAscii(m_hostname)
            && !local.address.isUnspecified()) {
            // A connection to the machine's own name: the local address is the best number we have for it.
            loaded.remoteAddress = local.address;
        }
        keepNames(local, remote, ctx);
        if (!m_hostname.empty() && ctx.snapshot().meta.hostname.empty())
            ctx.snapshot().meta.hostname = m_hostname;
        m_inOwnerBlock = true;
    }

    // netstat -b lines after a row. Returns false when the line is not one.
    bool ownerLine(std::string_view text, const std::vector<std::string_view>& tokens, ImportContext& ctx)
    {
        if (text.front() == '[' && text.back() == ']') {
            attachImage(std::string(text.substr(1, text.size() - 2)), ctx);
            m_inOwnerBlock = false;
            m_bMode = true;
            ctx.notRow("netstat -b owner line");
            return true;
        }
        if (isOwnershipUnavailable(text)) {
            markAccessDenied(ctx);
            m_inOwnerBlock = false;
            m_bMode = true;
            ctx.notRow("netstat -b owner line");
            return true;
        }
        if (tokens.size() == 1 && isServiceName(text)) {
            // A service component ("RpcSs", "Dnscache"): comes before the image line it belongs to.
            m_pendingServices.emplace_back(tokens[0]);
            ctx.notRow("netstat -b owner line");
            return true;
        }
        if (text == "-- unknown component(s) --" || (text.size() > 3 && text[1] == ':' && text[2] == '\\')) {
            ctx.notRow("netstat -v module line"); // -bv lists the modules that opened the socket
            return true;
        }
        if (m_bMode && text.find(':') == std::string_view::npos && text.size() <= 120) {
            // Another sentence in the owner slot of a -b capture: the ownership message in a language we have
            // no table for. It is the only multi-word text netstat -b prints there.
            markAccessDenied(ctx);
            m_inOwnerBlock = false;
            ctx.metaWarning("netstat -b message \"" + shortenForMessage(text)
                + "\" read as \"Can not obtain ownership information\"");
            ctx.notRow("netstat -b owner line");
            return true;
        }
        return false;
    }

    void attachImage(std::string image, ImportContext& ctx)
    {
        auto* e = ctx.lastLoaded();
        if (!e) {
            m_pendingServices.clear();
            return;
        }
        if (e->ownerStatus == OwnerStatus::Resolved && e->pid) {
            auto& p = ctx.process(e->pid);
            if (p.name.empty())
                p.name = image;
            addServices(p);
        } else if (e->pid == 4) {
            addServices(ctx.process(4));
        } else if (!e->pid) {
            // -b without -o: the name has no pid to belong to; keep it with the endpoint.
            std::string label;
            for (const auto& service : m_pendingServices)
                label.append(label.empty() ? "" : ", ").append(service);
            ctx.names().processName = label.empty() ? image : label + " [" + image + "]";
            m_pendingServices.clear();
        }
    }

    void addServices(ProcessInfo& p)
    {
        for (auto& service : m_pendingServices)
            if (std::find(p.services.begin(), p.services.end(), service) == p.services.end())
                p.services.push_back(std::move(service));
        m_pendingServices.clear();
    }

    void markAccessDenied(ImportContext& ctx)
    {
        m_pendingServices.clear();
        auto* e = ctx.lastLoaded();
        // PID 4 (System) and PID 0 (TIME_WAIT) stay Kernel: netstat prints the message for them too.
        if (e && e->ownerStatus != OwnerStatus::Kernel)
            e->ownerStatus = OwnerStatus::AccessDenied;
    }

    void endOwnerBlock(ImportContext& ctx)
    {
        if (!m_pendingServices.empty()) {
            // Components without an image line (cut-off capture): still worth keeping with the process.
            auto* e = ctx.lastLoaded();
            if (e && e->ownerStatus == OwnerStatus::Resolved && e->pid)
                addServices(ctx.process(e->pid));
            m_pendingServices.clear();
        }
        m_inOwnerBlock = false;
    }

    std::string m_hostname;
    std::vector<std::string> m_pendingServices;
    bool m_inOwnerBlock = false;
    bool m_bMode = false;
    bool m_afterBanner = false;
};

} // namespace

std::unique_ptr<LineParser> makeNetstatWindowsParser()
{
    return std::make_unique<NetstatWindowsParser>();
}

} // namespace portolan::capture
