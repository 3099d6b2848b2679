// Sysinternals TCPView 4.x saves and tcpvcon -c output.
//
// TCPView 4.x "Save" (CSV, or tab-separated .txt; UTF-16LE without BOM or UTF-8, no header row):
//   svchost.exe,5124,TCP,Established,192.168.18.198,49710,23.194.99.73,443,10/4/2025 7:53:23 PM,WpnUserService,,,,
//   [Time Wait],,TCP,Time Wait,10.0.0.5,50123,20.42.65.92,443,,,,,,      <- pseudo-processes: PID empty or 0
//   chrome.exe,8812,TCPv6,Established,::1,50555,::1,9222,...,1,204,36,4,812,512    <- bytes with thousands separators
// The byte and packet counters at the end are written with unquoted thousands separators, so the field count
// varies; only the first eight fields are read, and they are located from the protocol field, which also copes
// with a comma in a process name.
//
// Rows of pseudo-processes load the way the live view shows them (ImportContext::setOwner): "[Time Wait]" and
// "[System Process]" are the kernel's (pid 0), "System" is pid 4 even with the PID left out, and
// "<non-existent>" (a process that has exited) keeps its PID if printed, else has no owner.
//
// tcpvcon -a -c [-n]:
//   TCP,svchost.exe,924,LISTENING,0.0.0.0,0.0.0.0           <- tcpvcon 4.x prints no ports
//   TCPV6,svchost.exe,924,LISTENING,[0:0:0:0:0:0:0:0],[0:0:0:0:0:0:0:0]
//   UDP,svchost.exe,4108,*,0.0.0.0,*
//   TCP,System,4,LISTENING,0.0.0.0:445,0.0.0.0:0             <- older versions: host:port
//   TCP,[Time Wait],,TIME_WAIT,10.0.0.5:50123,20.42.65.92:443 <- PID empty, as in TCPView

#include "parsers.h"

#include "endpoint_text.h"
#include "parse_common.h"

#include "core/text_util.h"

#include <algorithm>

namespace portolan::capture {

namespace {

std::optional<Protocol> tcpviewProtocol(std::string_view text, bool& v6)
{
    const auto upper = toUpperAscii(trim(text));
    v6 = upper == "TCPV6" || upper == "UDPV6";
    if (upper == "TCP" || upper == "TCPV6")
        return Protocol::Tcp;
    if (upper == "UDP" || upper == "UDPV6")
        return Protocol::Udp;
    return std::nullopt;
}

// A PID field: digits, or empty on pseudo-process rows. Anything else means the field is not the PID.
bool isPidField(std::string_view text, std::optional<std::uint32_t>& pid)
{
    text = trim(text);
    pid = parseUnsigned(text);
    return pid || text.empty();
}

std::optional<SocketState> tcpviewState(std::string_view text)
{
    std::string underscored(trim(text));
    std::replace(underscored.begin(), underscored.end(), ' ', '_');
    return parseStateName(underscored);
}

class TcpviewParser final : public LineParser
{
public:
    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        const auto text = trim(line);
        if (text.empty()) {
            ctx.notRow("blank");
            return;
        }
        if (text.substr(0, 7) == "TCPView" || text.substr(0, 7) == "TCPVcon" || text.substr(0, 7) == "Tcpvcon"
            || text.substr(0, 9) == "Copyright" || text.substr(0, 12) == "Sysinternals") {
            ctx.notRow("banner");
            return;
        }
        if (isPromptLine(text)) {
            ctx.notRow("prompt");
            return;
        }
        const char separator = text.find('\t') != std::string_view::npos ? '\t' : ',';
        if (!splitCsv(text, separator, m_fields)) {
            ctx.skipRow("unclosed quote in \"" + shortenForMessage(text) + "\"");
            return;
        }
        if (toLowerAscii(trim(m_fields[0])) == "process name" || toLowerAscii(trim(m_fields[0])) == "process") {
            ctx.notRow("column header");
            return;
        }
        bool v6 = false;
        std::optional<std::uint32_t> pid;
        if (m_fields.size() >= 6 && tcpviewProtocol(m_fields[0], v6) && isPidField(m_fields[2], pid)) {
            parseTcpvcon(pid, ctx);
            return;
        }
        // TCPView: the protocol field, preceded by the PID (numeric, or empty for a pseudo-process).
        for (std::size_t k = 2; k < m_fields.size(); ++k) {
            if (tcpviewProtocol(m_fields[k], v6) && isPidField(m_fields[k - 1], pid)) {
                parseTcpview(k, pid, ctx);
                return;
            }
        }
        ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\"");
    }

private:
    // Address and port from separate fields (TCPView) or one "host:port" field (older tcpvcon).
    bool endpoint(std::string_view addressText, std::optional<std::string_view> portText, Protocol protocol,
        Family family, EndpointText& out, bool& hadPort)
    {
        out = {};
        addressText = trim(addressText);
        hadPort = true;
        std::string_view host = addressText, port;
        if (portText) {
            port = trim(*portText);
        } else if (addressText == "*") {
            port = "*";
        } else if (!addressText.empty() && addressText.front() == '[') {
            const auto close = addressText.find(']');
            if (close != std::string_view::npos && close + 1 < addressText.size() && addressText[close + 1] == ':') {
                host = addressText.substr(0, close + 1);
                port = addressText.substr(close + 2);
            } else {
                hadPort = false;
            }
        } else if (std::count(addressText.begin(), addressText.end(), ':') == 1) {
            const auto colon = addressText.find(':');
            host = addressText.substr(0, colon);
            port = addressText.substr(colon + 1);
        } else {
            hadPort = false;
        }
        if (hadPort) {
            bool unmapped = false;
            if (!parsePortText(port.empty() ? std::string_view("0") : port, protocol, out.port, unmapped))
                return false;
            if (unmapped)
                out.serviceName = std::string(port);
        }
        bool wildcard = false;
        if (auto address = parseAddressText(host, family, wildcard)) {
            out.address = *address;
            out.wildcardAddress = wildcard;
            return true;
        }
        if (!looksLikeHostName(host))
            return false;
        out.hostName = std::string(host);
        out.address = family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
        return true;
    }

    void finishRow(Endpoint& e, const EndpointText& local, const EndpointText& remote, std::optional<std::uint32_t> pid,
        std::string_view process, std::string_view module, ImportContext& ctx)
    {
        e.localAddress = local.address;
        e.localPort = local.port;
        e.remoteAddress = remote.address;
        e.remotePort = remote.port;
        if (e.remoteAddress.family != e.localAddress.family)
            e.remoteAddress = e.localAddress.family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
        auto name = trim(process);
        if (!name.empty() && name.front() == '<')
            name = {}; // "<unknown>", "<non-existent>"
        auto& loaded = ctx.loadRow(e);
        ctx.setOwner(loaded, pid, name, true);
        module = trim(module);
        if (loaded.ownerStatus == OwnerStatus::Resolved && !module.empty()) {
            // The Module Name column names the service for svchost-hosted sockets; for other processes it
            // repeats the image name, which is not a service.
            auto& p = ctx.process(loaded.pid);
            auto stem = [](std::string_view n) {
                auto lower = toLowerAscii(n);
                return lower.size() > 4 && lower.substr(lower.size() - 4) == ".exe" ? lower.substr(0, lower.size() - 4)
                                                                                    : lower;
            };
            if (stem(module) != stem(p.name)
                && std::find(p.services.begin(), p.services.end(), module) == p.services.end())
                p.services.emplace_back(module);
        }
        keepNames(local, remote, ctx);
    }

    bool readState(Endpoint& e, std::string_view text, ImportContext& ctx)
    {
        text = trim(text);
        if (e.protocol == Protocol::Udp && (text.empty() || text == "*")) {
            e.state = SocketState::Bound;
            return true;
        }
        auto state = tcpviewState(text);
        if (!state) {
            ctx.skipRow("unknown state \"" + shortenForMessage(text) + "\"");
            return false;
        }
        e.state = *state;
        if (e.protocol == Protocol::Udp && e.state == SocketState::Listen)
            e.state = SocketState::Bound;
        return true;
    }

    void parseTcpview(std::size_t k, std::optional<std::uint32_t> pid, ImportContext& ctx)
    {
        if (m_fields.size() < k + 6) {
            ctx.skipRow("truncated row: " + std::to_string(m_fields.size()) + " fields, expected at least "
                + std::to_string(k + 6));
            return;
        }
        std::string process;
        for (std::size_t i = 0; i + 1 < k; ++i)
            process.append(i ? "," : "").append(m_fields[i]);
        bool v6 = false;
        Endpoint e;
        e.protocol = *tcpviewProtocol(m_fields[k], v6);
        if (!readState(e, m_fields[k + 1], ctx))
            return;
        EndpointText local, remote;
        bool hadPort = false;
        const auto family = v6 ? Family::IPv6 : Family::IPv4;
        if (!endpoint(m_fields[k + 2], m_fields[k + 3], e.protocol, family, local, hadPort)) {
            ctx.skipRow("bad local address \"" + m_fields[k + 2] + ":" + m_fields[k + 3] + "\"");
            return;
        }
        if (!endpoint(m_fields[k + 4], m_fields[k + 5], e.protocol, local.address.family, remote, hadPort)) {
            ctx.skipRow("bad remote address \"" + m_fields[k + 4] + ":" + m_fields[k + 5] + "\"");
            return;
        }
        const std::string module = m_fields.size() > k + 7 ? m_fields[k + 7] : std::string();
        finishRow(e, local, remote, pid, process, module, ctx);
    }

    void parseTcpvcon(std::optional<std::uint32_t> pid, ImportContext& ctx)
    {
        bool v6 = false;
        Endpoint e;
        e.protocol = *tcpviewProtocol(m_fields[0], v6);
        if (!readState(e, m_fields[3], ctx))
            return;
        EndpointText local, remote;
        bool localPort = false, remotePort = false;
        const auto family = v6 ? Family::IPv6 : Family::IPv4;
        if (!endpoint(m_fields[4], std::nullopt, e.protocol, family, local, localPort)) {
            ctx.skipRow("bad local address \"" + m_fields[4] + "\"");
            return;
        }
        if (!endpoint(m_fields[5], std::nullopt, e.protocol, local.address.family, remote, remotePort)) {
            ctx.skipRow("bad remote address \"" + m_fields[5] + "\"");
            return;
        }
        finishRow(e, local, remote, pid, m_fields[1], {}, ctx);
        if (!localPort)
            ctx.metaWarning("tcpvcon printed no port numbers (tcpvcon 4.x -c); ports are shown as 0");
    }

    std::vector<std::string> m_fields;
};

} // namespace

std::unique_ptr<LineParser> makeTcpviewParser()
{
    return std::make_unique<TcpviewParser>();
}

} // namespace portolan::capture
