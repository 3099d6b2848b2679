#include "findings.h"

#include "finding_rules.h"
#include "finding_text.h"

#include "../analysis/owner_key.h"
#include "../text_util.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace portolan::conflicts {

using namespace rules;

std::string_view findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Conflict:
        return "conflict";
    case FindingKind::UnknownHolder:
        return "unknown-holder";
    case FindingKind::AtRisk:
        return "at-risk";
    case FindingKind::BlockedEphemeral:
        return "blocked-ephemeral";
    }
    return "conflict";
}

std::string_view findingSeverityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return "info";
    case FindingSeverity::Warning:
        return "warning";
    case FindingSeverity::Critical:
        return "critical";
    }
    return "warning";
}

std::string_view riskSourceName(RiskSource source)
{
    return source == RiskSource::DynamicRange ? "dynamic-range" : "socket-pool";
}

std::string_view fixKindName(FixKind kind)
{
    switch (kind) {
    case FixKind::ReservePorts:
        return "reserve-ports";
    case FixKind::ExcludeFromDnsPool:
        return "exclude-from-dns-pool";
    case FixKind::RestartHolder:
        return "restart-holder";
    case FixKind::RestartService:
        return "restart-service";
    }
    return "reserve-ports";
}

namespace {

// A flat set of ports, one bit each.

std::optional<Platform> platformOfSnapshot(const Snapshot& snapshot)
{
    return parsePlatform(snapshot.meta.os);
}

bool ownersAccept(const ExpectedOwners& owners, const Endpoint& e, const ProcessInfo* process)
{
    if (e.ownerStatus == OwnerStatus::Kernel)
        return owners.kernel;
    if (!process)
        return false;
    if (nameMatches(process->name, owners.names))
        return true;
    if (!process->executablePath.empty()) {
        const auto slash = process->executablePath.find_last_of("/\\");
        if (nameMatches(process->executablePath.substr(slash == std::string::npos ? 0 : slash + 1), owners.names))
            return true;
    }
    for (const auto& service : process->services)
        if (nameMatches(service, owners.services))
            return true;
    return false;
}

// Expected under the platform's owners, or under any platform's when the platform is unknown.
bool isExpected(
    const CatalogueEntry& entry, std::optional<Platform> platform, const Endpoint& e, const ProcessInfo* process)
{
    if (platform) {
        const auto* owners = entry.owners(*platform);
        return owners && ownersAccept(*owners, e, process);
    }
    for (auto p : { Platform::Windows, Platform::Linux })
        if (const auto* owners = entry.owners(p); owners && ownersAccept(*owners, e, process))
            return true;
    return false;
}

bool holdsPort(const Endpoint& e)
{
    // TIME_WAIT belongs to the kernel and does not stop a server from binding (SO_REUSEADDR on Linux; Windows
    // lets a listener bind over TIME_WAIT), so it is no evidence of a squatter.
    return e.state != SocketState::TimeWait && e.state != SocketState::Closed;
}

struct Hit
{
    std::uint16_t entry;
    std::uint16_t port;
    std::uint32_t endpoint;
};

// A holder group's identity: pid for resolved owners, a fixed key per unowned kind.
std::uint64_t holderKey(const Endpoint& e)
{
    if (e.ownerStatus == OwnerStatus::Resolved)
        return e.pid;
    return (std::uint64_t(1) << 32) | std::uint64_t(e.ownerStatus);
}

const analysis::SocketPoolVerdict* verdictOf(
    const std::vector<analysis::SocketPoolVerdict>& verdicts, std::uint32_t pid)
{
    for (const auto& v : verdicts)
        if (v.pid == pid)
            return &v;
    return nullptr;
}

int kindOrder(FindingKind kind)
{
    return static_cast<int>(kind);
}

} // namespace

FindingEngine::FindingEngine(Catalogue catalogue)
    : m_catalogue(std::move(catalogue))
{
    m_lists.emplace_back(); // slot 0: no entry
    std::map<std::vector<std::uint16_t>, std::uint16_t> slotOfList;
    for (int proto = 0; proto < kProtocols; ++proto) {
        std::vector<std::vector<std::uint16_t>> perPort(65536);
        for (std::size_t i = 0; i < m_catalogue.entries.size() && i < 65535; ++i) {
            const auto& e = m_catalogue.entries[i];
            if (protocolIndex(e.protocol) != proto)
                continue;
            for (std::uint32_t p = e.ports.first; p <= e.ports.last; ++p)
                perPort[p].push_back(static_cast<std::uint16_t>(i));
        }
        m_slot[proto].assign(65536, 0);
        for (std::uint32_t p = 0; p < 65536; ++p) {
            if (perPort[p].empty())
                continue;
            auto [it, inserted] = slotOfList.emplace(perPort[p], static_cast<std::uint16_t>(m_lists.size()));
            if (inserted)
                m_lists.push_back(perPort[p]);
            m_slot[proto][p] = it->second;
        }
    }
}

std::vector<PortRange> socketPoolRanges(
    const MachinePortConfig& config, const std::vector<analysis::SocketPoolVerdict>& verdicts)
{
    std::vector<PortRange> ranges;
    if (config.maxUserPort && *config.maxUserPort >= 1024) {
        // KB 956188 / the SBS seeds: with MaxUserPort set, the Server 2003 DNS server picks from 1024..MaxUserPort.
        ranges.push_back({ 1024, static_cast<std::uint16_t>(std::min<std::uint32_t>(*config.maxUserPort, 65535)) });
    }
    for (const auto& d : config.dynamicRanges)
        if (d.protocol == Protocol::Udp && d.range.size())
            ranges.push_back(d.range);
    for (const auto& v : verdicts)
        if (v.isPool)
            ranges.push_back(v.reference);
    return normalizePortRanges(std::move(ranges));
}

FindingReport FindingEngine::compute(
    const Snapshot& snapshot, const MachinePortConfig& config, const FindingOptions& options) const
{
    FindingReport report;
    const auto platform = options.platform ? options.platform : platformOfSnapshot(snapshot);
    report.platform = platform;

    // Blocked ports, per protocol.
    PortSet blocked[kProtocols];
    bool anyBlocked = false;
    for (const auto& b : options.blocked)
        for (auto proto : { Protocol::Tcp, Protocol::Udp })
            if (!b.protocol || *b.protocol == proto) {
                blocked[protocolIndex(proto)].add(b.ranges);
                anyBlocked |= !b.ranges.empty();
            }

    // One pass: catalogue hits, blocked-port rows, and UDP sockets per process (a pool needs minUdpSockets).
    std::vector<Hit> hits;
    std::vector<std::uint32_t> blockedRows;
    analysis::PidSlotTable pids(snapshot.processes.size() + 1);
    std::vector<std::uint32_t> udpPerSlot;
    const auto& endpoints = snapshot.endpoints;
    for (std::uint32_t i = 0; i < endpoints.size(); ++i) {
        const Endpoint& e = endpoints[i];
        const int proto = protocolIndex(e.protocol);
        if (proto == 1 && e.ownerStatus == OwnerStatus::Resolved) {
            const auto slot = pids.slotOf(e.pid);
            if (slot >= udpPerSlot.size())
                udpPerSlot.resize(slot + 1, 0);
            ++udpPerSlot[slot];
        }
        if (anyBlocked && blocked[proto].contains(e.localPort))
            blockedRows.push_back(i);
        const std::uint16_t slot = m_slot[proto][e.localPort];
        if (!slot || !holdsPort(e))
            continue;
        for (auto entry : m_lists[slot])
            hits.push_back({ entry, e.localPort, i });
    }

    // Socket pools: computed only when some process holds enough UDP sockets to be one.
    std::vector<analysis::SocketPoolVerdict> computed;
    const std::vector<analysis::SocketPoolVerdict>* verdicts = options.poolVerdicts;
    if (!verdicts) {
        const bool candidate = std::any_of(
            udpPerSlot.begin(), udpPerSlot.end(), [&](std::uint32_t n) { return n >= options.poolRule.minUdpSockets; });
        if (candidate)
            computed = analysis::detectSocketPools(snapshot, config, options.poolRule);
        verdicts = &computed;
    }
    report.socketPoolRanges = socketPoolRanges(config, *verdicts);

    // Conflicts and unknown holders, per (entry, port), holders grouped.
    std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        if (a.entry != b.entry)
            return a.entry < b.entry;
        if (a.port != b.port)
            return a.port < b.port;
        const auto ka = holderKey(endpoints[a.endpoint]), kb = holderKey(endpoints[b.endpoint]);
        return ka != kb ? ka < kb : a.endpoint < b.endpoint;
    });
    HeldPorts held;
    held.contested.resize(m_catalogue.entries.size());
    for (std::size_t i = 0; i < hits.size();) {
        const auto entryIndex = hits[i].entry;
        const auto port = hits[i].port;
        const CatalogueEntry& entry = m_catalogue.entries[entryIndex];
        std::size_t end = i;
        while (end < hits.size() && hits[end].entry == entryIndex && hits[end].port == port)
            ++end;
        if (!applies(entry, platform)) {
            i = end;
            continue;
        }
        Finding f;
        f.protocol = entry.protocol;
        f.ports = { port, port };
        f.entryId = entry.id;
        f.service = entry.service;
        f.source = entry.source;
        bool conflict = false, unknown = false;
        for (std::size_t g = i; g < end;) {
            const Endpoint& first = endpoints[hits[g].endpoint];
            const auto key = holderKey(first);
            std::size_t groupEnd = g;
            while (groupEnd < end && holderKey(endpoints[hits[groupEnd].endpoint]) == key)
                ++groupEnd;
            const ProcessInfo* process
                = first.ownerStatus == OwnerStatus::Resolved ? snapshot.process(first.pid) : nullptr;
            const bool resolvable = first.ownerStatus == OwnerStatus::Kernel
                || (first.ownerStatus == OwnerStatus::Resolved && process && !process->name.empty());
            if (resolvable && isExpected(entry, platform, first, process)) {
                auto& rows = held.expectedRows[std::uint64_t(entryIndex) << 16 | port];
                for (std::size_t k = g; k < groupEnd; ++k)
                    rows.push_back(hits[k].endpoint);
                g = groupEnd;
                continue;
            }
            Holder h = makeHolder(snapshot, first, platform);
            if (resolvable) {
                conflict = true;
                if (first.protocol == Protocol::Udp && first.ownerStatus == OwnerStatus::Resolved)
                    if (const auto* v = verdictOf(*verdicts, first.pid); v && v->isPool) {
                        h.socketPool = true;
                        h.dnsServer = v->dnsServer;
                        h.poolLabel = v->label();
                        h.poolSockets = v->udpSockets;
                    }
            } else {
                unknown = true;
            }
            h.endpoints = static_cast<std::uint32_t>(groupEnd - g);
            for (std::size_t k = g; k < groupEnd; ++k)
                addEvidence(f, snapshot, hits[k].endpoint);
            f.holders.push_back(std::move(h));
            g = groupEnd;
        }
        i = end;
        if (!conflict && !unknown)
            continue;
        auto& marks = held.contested[entryIndex];
        marks.resize(entry.ports.size(), false);
        marks[port - entry.ports.first] = true;
        f.kind = conflict ? FindingKind::Conflict : FindingKind::UnknownHolder;
        bool pool = false;
        for (const auto& h : f.holders)
            pool |= h.socketPool;
        f.severity = !conflict ? FindingSeverity::Info
                               : (pool || entry.critical ? FindingSeverity::Critical : FindingSeverity::Warning);
        std::sort(f.evidence.begin(), f.evidence.end());
        f.evidenceKeys.clear();
        for (auto row : f.evidence)
            f.evidenceKeys.push_back(EndpointKey::of(endpoints[row]));
        f.id = findingId(f.kind, entry.id, f.protocol, f.ports);

        FixSuggestion reserve { FixKind::ReservePorts, f.protocol, { f.ports }, {}, 0, {} };
        f.fixes.push_back(reserve);
        if (conflict) {
            bool dnsPool = false;
            for (const auto& h : f.holders)
                dnsPool |= h.socketPool && h.dnsServer;
            if (dnsPool && platform == Platform::Windows && f.protocol == Protocol::Udp)
                f.fixes.push_back({ FixKind::ExcludeFromDnsPool, f.protocol, { f.ports }, {}, 0, {} });
            for (const auto& h : f.holders)
                if (h.ownerStatus == OwnerStatus::Resolved)
                    f.fixes.push_back({ FixKind::RestartHolder, f.protocol, { f.ports }, h.services, h.pid, {} });
            if (const auto* owners = platform ? entry.owners(*platform) : nullptr; owners && !owners->services.empty())
                f.fixes.push_back({ FixKind::RestartService, f.protocol, { f.ports }, owners->services, 0, {} });
        }
        for (auto& fix : f.fixes)
            fix.text = describeFix(fix, platform);
        writeFindingText(f, &entry, platform);
        report.findings.push_back(std::move(f));
    }

    // At risk: catalogue ports the dynamic range or a pool may hand out, neither reserved nor excluded.
    if (options.reportAtRisk)
        addAtRisk(report, m_catalogue.entries, config, platform, held, snapshot);

    // Blocked ports inside the dynamic range.
    addBlocked(report, options.blocked, config, blockedRows, snapshot, platform);

    // Identical ids can only come from two blocked lists naming the same ports: keep the first.
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.kind != b.kind)
            return kindOrder(a.kind) < kindOrder(b.kind);
        if (a.ports.first != b.ports.first)
            return a.ports.first < b.ports.first;
        return a.protocol < b.protocol;
    });
    std::vector<Finding> unique;
    std::vector<std::string> seen;
    for (auto& f : report.findings) {
        if (std::find(seen.begin(), seen.end(), f.id) != seen.end())
            continue;
        seen.push_back(f.id);
        unique.push_back(std::move(f));
    }
    report.findings = std::move(unique);
    if (!platform)
        report.notes.push_back("the snapshot names no operating system: owners of either platform are accepted");
    return report;
}

FindingReport computeFindings(const Snapshot& snapshot, const MachinePortConfig& config, const Catalogue& catalogue,
    const FindingOptions& options)
{
    return FindingEngine(catalogue).compute(snapshot, config, options);
}

std::optional<BlockedPorts> parseBlockedPorts(std::string_view text, std::string& error)
{
    BlockedPorts out;
    std::string_view list = trim(text);
    const auto colon = list.find(':');
    if (colon != std::string_view::npos) {
        const auto word = toLowerAscii(trim(list.substr(0, colon)));
        if (word == "tcp")
            out.protocol = Protocol::Tcp;
        else if (word == "udp")
            out.protocol = Protocol::Udp;
        else if (word != "both" && word != "any") {
            error = "unknown protocol \"" + word + "\" in \"";
            error.append(text).append("\" (tcp, udp or both)");
            return std::nullopt;
        }
        list = list.substr(colon + 1);
    }
    auto ranges = parsePortRangeList(list);
    if (!ranges || ranges->empty()) {
        error = std::string("\"").append(text).append("\" is not a port list such as tcp:1080,2283-2284");
        return std::nullopt;
    }
    for (const auto& r : *ranges)
        if (r.first == 0) {
            error = std::string("port 0 in \"").append(text).append("\"");
            return std::nullopt;
        }
    out.ranges = std::move(*ranges);
    out.note = "blocked by policy: " + std::string(trim(text));
    return out;
}

} // namespace portolan::conflicts
