#include "powershell_common.h"

#include "endpoint_text.h"

#include "core/text_util.h"

namespace portolan::capture {

PsColumn psColumn(std::string_view name)
{
    const auto lower = toLowerAscii(trim(name));
    if (lower == "localaddress")
        return PsColumn::LocalAddress;
    if (lower == "localport")
        return PsColumn::LocalPort;
    if (lower == "remoteaddress")
        return PsColumn::RemoteAddress;
    if (lower == "remoteport")
        return PsColumn::RemotePort;
    if (lower == "state")
        return PsColumn::State;
    if (lower == "owningprocess" || lower == "pid" || lower == "processid")
        return PsColumn::OwningProcess;
    if (lower == "processname" || lower == "process" || lower == "owningprocessname")
        return PsColumn::ProcessName;
    if (lower == "protocol")
        return PsColumn::Protocol;
    if (lower == "pscomputername")
        return PsColumn::ComputerName;
    return PsColumn::Other;
}

std::optional<SocketState> psState(std::string_view text)
{
    text = trim(text);
    if (auto number = parseUnsigned(text)) {
        switch (*number) {
        case 1:
            return SocketState::Closed;
        case 2:
            return SocketState::Listen;
        case 3:
            return SocketState::SynSent;
        case 4:
            return SocketState::SynReceived;
        case 5:
            return SocketState::Established;
        case 6:
            return SocketState::FinWait1;
        case 7:
            return SocketState::FinWait2;
        case 8:
            return SocketState::CloseWait;
        case 9:
            return SocketState::Closing;
        case 10:
            return SocketState::LastAck;
        case 11:
            return SocketState::TimeWait;
        case 12:
            return SocketState::DeleteTcb;
        case 100:
            return SocketState::Bound;
        default:
            return std::nullopt;
        }
    }
    return parseStateName(text);
}

void loadPsRecord(const PsRecord& record, Protocol protocol, ImportContext& ctx)
{
    if (const auto& p = record[PsColumn::Protocol]; p && !trim(*p).empty()) {
        const auto parsed = parseProtocol(trim(*p));
        if (!parsed) {
            ctx.skipRow("unknown protocol \"" + *p + "\"");
            return;
        }
        protocol = *parsed;
    }
    const auto& localAddress = record[PsColumn::LocalAddress];
    const auto& localPort = record[PsColumn::LocalPort];
    if (!localAddress || !localPort) {
        ctx.skipRow("missing LocalAddress or LocalPort");
        return;
    }
    Endpoint e;
    e.protocol = protocol;
    bool wildcard = false;
    const auto local = parseAddressText(trim(*localAddress), Family::IPv4, wildcard);
    if (!local) {
        ctx.skipRow("bad local address \"" + *localAddress + "\"");
        return;
    }
    e.localAddress = *local;
    const auto port = parseUnsigned(trim(*localPort));
    if (!port || *port > 65535) {
        ctx.skipRow("bad local port \"" + *localPort + "\"");
        return;
    }
    e.localPort = static_cast<std::uint16_t>(*port);
    e.remoteAddress = e.localAddress.family == Family::IPv6 ? IpAddress::anyV6() : IpAddress::anyV4();
    if (const auto& remote = record[PsColumn::RemoteAddress]; remote && !trim(*remote).empty()) {
        const auto address = parseAddressText(trim(*remote), e.localAddress.family, wildcard);
        if (!address) {
            ctx.skipRow("bad remote address \"" + *remote + "\"");
            return;
        }
        e.remoteAddress = *address;
    }
    if (const auto& remotePort = record[PsColumn::RemotePort]; remotePort && !trim(*remotePort).empty()) {
        const auto value = parseUnsigned(trim(*remotePort));
        if (!value || *value > 65535) {
            ctx.skipRow("bad remote port \"" + *remotePort + "\"");
            return;
        }
        e.remotePort = static_cast<std::uint16_t>(*value);
    }
    if (const auto& state = record[PsColumn::State]; state && !trim(*state).empty()) {
        const auto parsed = psState(*state);
        if (!parsed) {
            ctx.skipRow("unknown state \"" + *state + "\"");
            return;
        }
        e.state = *parsed;
    } else if (protocol == Protocol::Udp) {
        e.state = SocketState::Bound; // Get-NetUDPEndpoint has no state
    } else {
        ctx.skipRow("TCP row without a state");
        return;
    }
    std::optional<std::uint32_t> pid;
    if (const auto& owning = record[PsColumn::OwningProcess]; owning && !trim(*owning).empty()) {
        pid = parseUnsigned(trim(*owning));
        if (!pid) {
            ctx.skipRow("bad OwningProcess \"" + *owning + "\"");
            return;
        }
    }
    const auto& name = record[PsColumn::ProcessName];
    auto& loaded = ctx.loadRow(e);
    ctx.setOwner(loaded, pid, name ? std::string_view(*name) : std::string_view(), true);
    if (const auto& host = record[PsColumn::ComputerName];
        host && !trim(*host).empty() && ctx.snapshot().meta.hostname.empty())
        ctx.snapshot().meta.hostname = std::string(trim(*host));
}

} // namespace portolan::capture
