#include "finding_text.h"

namespace portolan::conflicts {

namespace {

std::string thousands(std::uint64_t value)
{
    auto digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), 1, ',');
    return digits;
}

std::string joinRanges(const std::vector<PortRange>& ranges)
{
    return formatPortRangeList(ranges, ',');
}

std::string expectedOwnersText(const CatalogueEntry& entry, std::optional<Platform> platform)
{
    std::vector<std::string> words;
    auto add = [&](const ExpectedOwners* owners) {
        if (!owners)
            return;
        for (const auto& n : owners->names)
            words.push_back(n);
        for (const auto& s : owners->services)
            words.push_back(s);
        if (owners->kernel)
            words.push_back(platform == Platform::Linux ? "the kernel" : "the System process");
    };
    if (platform)
        add(entry.owners(*platform));
    else {
        add(entry.owners(Platform::Windows));
        add(entry.owners(Platform::Linux));
    }
    std::string out;
    for (std::size_t i = 0; i < words.size() && i < 6; ++i)
        out += (i ? ", " : "") + words[i];
    if (words.size() > 6)
        out += ", ...";
    return out;
}

} // namespace

std::string portsLabel(Protocol protocol, const PortRange& ports)
{
    return std::string(protocolName(protocol)) + " " + formatPortRange(ports);
}

std::string describeHolder(const Holder& h)
{
    std::string out = h.label;
    if (h.pid && h.ownerStatus == OwnerStatus::Resolved)
        out += " (pid " + std::to_string(h.pid) + ")";
    if (h.socketPool)
        out += ", a " + h.poolLabel + " of " + thousands(h.poolSockets) + " UDP sockets";
    return out;
}

void writeFindingText(
    Finding& f, const CatalogueEntry* entry, std::optional<Platform> platform, const std::string& blockedNote)
{
    const std::string where = portsLabel(f.protocol, f.ports);
    const std::string service = entry ? entry->service : std::string();
    const std::string source = entry && !entry->source.empty() ? " (" + entry->source + ")" : std::string();
    const std::string note = entry && !entry->note.empty() ? " " + entry->note : std::string();
    std::string holders;
    for (std::size_t i = 0; i < f.holders.size(); ++i)
        holders += (i ? "; " : "") + describeHolder(f.holders[i]);

    switch (f.kind) {
    case FindingKind::Conflict: {
        f.what = where + " belongs to " + service + " but is held by " + holders + ".";
        bool pool = false;
        for (const auto& h : f.holders)
            pool |= h.socketPool;
        std::string why = "Only one process can bind a UDP or TCP port, so " + service
            + " cannot start while this holds it; expected here: " + expectedOwnersText(*entry, platform) + ".";
        if (pool)
            why += " A socket pool binds its ports at random when it starts (the Windows DNS server binds 2,500 "
                   "of them since MS08-037 / KB 953230), so the collision comes and goes with restarts (KB 956188).";
        f.why = why + note + source;
        break;
    }
    case FindingKind::UnknownHolder:
        f.what = where + " belongs to " + service + " and is held by " + holders + ", which Portolan cannot identify.";
        f.why = "The holder could not be resolved (another user's process without administrator rights, or a "
                "process that exited between the socket dump and the process scan), so this is not reported as a "
                "conflict. Run as administrator / root to see who it is; expected here: "
            + expectedOwnersText(*entry, platform) + "." + note + source;
        break;
    case FindingKind::AtRisk: {
        std::string ranges;
        for (std::size_t i = 0; i < f.riskSources.size(); ++i)
            ranges += std::string(i ? " and " : "")
                + (f.riskSources[i] == RiskSource::SocketPool ? "the socket-pool range " : "the dynamic port range ")
                + formatPortRange(f.riskRanges[i]);
        f.what = where + " (" + service + ") lies inside " + ranges + " and is neither reserved nor excluded.";
        std::string why = "A socket pool or an outbound connection may take it before " + service
            + " starts, typically at the next restart; the service then fails to bind it (KB 956188: after MS08-037 "
              "the DNS server binds 2,500 random UDP ports at start-up). Reserving the port stops automatic "
              "assignment without affecting the service's own bind (KB 812873).";
        if (platform == Platform::Linux)
            why += " On Linux ip_local_reserved_ports binds the kernel's choices (bind to port 0, connect); a resolver "
                   "that picks ports itself (unbound's outgoing-port-permit) needs its own avoid list as well.";
        f.why = why + note + source;
        break;
    }
    case FindingKind::BlockedEphemeral:
        f.what = where + " is blocked by policy" + (blockedNote.empty() ? "" : " (" + blockedNote + ")")
            + " but lies inside the dynamic port range " + joinRanges(f.riskRanges) + ".";
        f.why = "When the stack picks a blocked port as the source of an outbound connection, that connection fails "
                "(the SharePoint case: IPsec filters blocking source ports inside the ephemeral range made database "
                "connections time out at random). Reserving the blocked ports keeps them out of automatic "
                "assignment (KB 812873; on Windows Vista and later a persistent excluded port range).";
        break;
    }
}

std::string describeFix(const FixSuggestion& fix, std::optional<Platform> platform)
{
    const std::string ports = std::string(protocolName(fix.protocol)) + " " + joinRanges(fix.ports);
    std::string services;
    for (std::size_t i = 0; i < fix.services.size(); ++i)
        services += (i ? ", " : "") + fix.services[i];
    switch (fix.kind) {
    case FixKind::ReservePorts:
        if (platform == Platform::Linux)
            return "Reserve " + ports + " in net.ipv4.ip_local_reserved_ports, now and in /etc/sysctl.d";
        if (platform == Platform::Windows)
            return "Add " + ports
                + " to Tcpip\\Parameters\\ReservedPorts (KB 812873) and, on Vista and later, as a persistent "
                  "excluded port range";
        return "Reserve " + ports + " so that it is never assigned automatically";
    case FixKind::ExcludeFromDnsPool:
        return "Add " + joinRanges(fix.ports)
            + " to the DNS server's SocketPoolExcludedPortRanges (Windows Server 2008 R2 and later)";
    case FixKind::RestartHolder:
        return "Restart " + (services.empty() ? "the holder (pid " + std::to_string(fix.pid) + ")" : services)
            + " so that it lets go of " + ports;
    case FixKind::RestartService:
        return "Then (re)start " + (services.empty() ? std::string("the service that needs the port") : services);
    }
    return {};
}

} // namespace portolan::conflicts
