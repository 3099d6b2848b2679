// The range rules. KB 956188: a port inside the range a socket pool or the stack draws from is taken by whoever
// starts first; reserving it (KB 812873, ip_local_reserved_ports) or excluding it is the cure. The SharePoint
// seed: ports blocked by IPsec filters inside the dynamic range make outbound connections fail at random.

#include "finding_rules.h"

#include "finding_text.h"

#include <algorithm>

namespace portolan::conflicts::rules {

void addAtRisk(FindingReport& report, const std::vector<CatalogueEntry>& entries, const MachinePortConfig& config,
    std::optional<Platform> platform, const HeldPorts& held, const Snapshot& snapshot)
{
    PortSet unassignable, poolExcluded;
    unassignable.add(config.reserved);
    unassignable.add(config.excluded);
    poolExcluded.add(config.dnsSocketPoolExcluded);
    for (std::size_t index = 0; index < entries.size(); ++index) {
        const CatalogueEntry& entry = entries[index];
        if (!applies(entry, platform))
            continue;
        // Group consecutive at-risk ports that share the same sources.
        struct Run
        {
            PortRange ports;
            std::vector<RiskSource> sources;
            std::vector<PortRange> ranges;
        };
        std::vector<Run> runs;
        for (std::uint32_t p = entry.ports.first; p <= entry.ports.last; ++p) {
            const auto& marks = held.contested[index];
            if (!marks.empty() && marks[p - entry.ports.first])
                continue;
            if (unassignable.contains(p))
                continue;
            std::vector<RiskSource> sources;
            std::vector<PortRange> ranges;
            for (const auto& d : config.dynamicRanges)
                if (d.protocol == entry.protocol && d.range.contains(static_cast<std::uint16_t>(p))) {
                    if (std::find(ranges.begin(), ranges.end(), d.range) == ranges.end()) {
                        sources.push_back(RiskSource::DynamicRange);
                        ranges.push_back(d.range);
                    }
                }
            if (entry.protocol == Protocol::Udp && !poolExcluded.contains(p))
                for (const auto& r : report.socketPoolRanges)
                    if (r.contains(static_cast<std::uint16_t>(p))
                        && std::find(ranges.begin(), ranges.end(), r) == ranges.end()) {
                        sources.push_back(RiskSource::SocketPool);
                        ranges.push_back(r);
                    }
            if (sources.empty())
                continue;
            if (!runs.empty() && std::uint32_t(runs.back().ports.last) + 1 == p && runs.back().sources == sources
                && runs.back().ranges == ranges)
                runs.back().ports.last = static_cast<std::uint16_t>(p);
            else
                runs.push_back({ { static_cast<std::uint16_t>(p), static_cast<std::uint16_t>(p) }, sources, ranges });
        }
        for (auto& run : runs) {
            Finding f;
            f.kind = FindingKind::AtRisk;
            f.severity = FindingSeverity::Warning;
            f.protocol = entry.protocol;
            f.ports = run.ports;
            f.entryId = entry.id;
            f.service = entry.service;
            f.source = entry.source;
            f.riskSources = std::move(run.sources);
            f.riskRanges = std::move(run.ranges);
            f.id = findingId(f.kind, entry.id, f.protocol, f.ports);
            for (std::uint32_t p = run.ports.first; p <= run.ports.last; ++p) {
                const auto it = held.expectedRows.find(std::uint64_t(index) << 16 | p);
                if (it == held.expectedRows.end())
                    continue;
                for (auto row : it->second)
                    addEvidence(f, snapshot, row);
                Holder h = makeHolder(snapshot, snapshot.endpoints[it->second.front()], platform);
                h.endpoints = static_cast<std::uint32_t>(it->second.size());
                f.holders.push_back(std::move(h));
            }
            f.fixes.push_back({ FixKind::ReservePorts, f.protocol, { f.ports }, {}, 0, {} });
            if (platform == Platform::Windows
                && std::find(f.riskSources.begin(), f.riskSources.end(), RiskSource::SocketPool) != f.riskSources.end())
                f.fixes.push_back({ FixKind::ExcludeFromDnsPool, f.protocol, { f.ports }, {}, 0, {} });
            for (auto& fix : f.fixes)
                fix.text = describeFix(fix, platform);
            writeFindingText(f, &entry, platform);
            report.findings.push_back(std::move(f));
        }
    }
}

void addBlocked(FindingReport& report, const std::vector<BlockedPorts>& blocked, const MachinePortConfig& config,
    const std::vector<std::uint32_t>& blockedRows, const Snapshot& snapshot, std::optional<Platform> platform)
{
    PortSet unassignable;
    unassignable.add(config.reserved);
    unassignable.add(config.excluded);
    for (const auto& b : blocked) {
        for (auto proto : { Protocol::Tcp, Protocol::Udp }) {
            if (b.protocol && *b.protocol != proto)
                continue;
            std::vector<PortRange> dynamic;
            for (const auto& d : config.dynamicRanges)
                if (d.protocol == proto && d.range.size())
                    dynamic.push_back(d.range);
            dynamic = normalizePortRanges(std::move(dynamic));
            std::vector<std::uint16_t> ports;
            for (const auto& r : normalizePortRanges(b.ranges))
                for (std::uint32_t p = r.first; p <= r.last; ++p) {
                    const bool inside = std::any_of(dynamic.begin(), dynamic.end(),
                        [&](const PortRange& d) { return d.contains(static_cast<std::uint16_t>(p)); });
                    if (inside && !unassignable.contains(p))
                        ports.push_back(static_cast<std::uint16_t>(p));
                }
            for (const auto& run : rangesOfPorts(ports)) {
                Finding f;
                f.kind = FindingKind::BlockedEphemeral;
                f.severity = FindingSeverity::Warning;
                f.protocol = proto;
                f.ports = run;
                f.source = b.note;
                for (const auto& d : dynamic)
                    if (run.first <= d.last && run.last >= d.first) {
                        f.riskSources.push_back(RiskSource::DynamicRange);
                        f.riskRanges.push_back(d);
                    }
                f.id = findingId(f.kind, {}, proto, run);
                for (auto row : blockedRows) {
                    const auto& e = snapshot.endpoints[row];
                    if (e.protocol == proto && run.contains(e.localPort))
                        addEvidence(f, snapshot, row);
                }
                f.fixes.push_back({ FixKind::ReservePorts, proto, { run }, {}, 0, {} });
                f.fixes.back().text = describeFix(f.fixes.back(), platform);
                writeFindingText(f, nullptr, platform, b.note);
                report.findings.push_back(std::move(f));
            }
        }
    }
}

} // namespace portolan::conflicts::rules
