#include "findings_json.h"

#include "finding_text.h"

#include "../text_util.h"

#include <nlohmann/json.hpp>

namespace portolan::conflicts {

using nlohmann::json;

namespace {

std::string lowerProtocol(Protocol protocol)
{
    return toLowerAscii(protocolName(protocol));
}

json rangeJson(const PortRange& r)
{
    return { { "first", r.first }, { "last", r.last }, { "text", formatPortRange(r) } };
}

json holderJson(const Holder& h)
{
    json out { { "label", h.label }, { "owner", ownerStatusName(h.ownerStatus) }, { "processKnown", h.processKnown },
        { "socketPool", h.socketPool }, { "dnsServer", h.dnsServer }, { "endpoints", h.endpoints } };
    if (h.ownerStatus == OwnerStatus::Resolved)
        out["pid"] = h.pid;
    if (!h.name.empty())
        out["name"] = h.name;
    if (!h.services.empty())
        out["services"] = h.services;
    if (h.socketPool) {
        out["poolLabel"] = h.poolLabel;
        out["poolSockets"] = h.poolSockets;
    }
    return out;
}

json endpointJson(const Endpoint& e, std::uint32_t index)
{
    return { { "index", index }, { "protocol", lowerProtocol(e.protocol) },
        { "family", e.family() == Family::IPv4 ? "ipv4" : "ipv6" }, { "localAddress", e.localAddress.toString() },
        { "localPort", e.localPort }, { "remoteAddress", e.remoteAddress.toString() }, { "remotePort", e.remotePort },
        { "inode", e.inode }, { "state", stateName(e.state) }, { "pid", e.pid },
        { "owner", ownerStatusName(e.ownerStatus) } };
}

} // namespace

std::string writeFindingsJson(const FindingReport& report, const CheckContext& context)
{
    json findings = json::array();
    for (const auto& f : report.findings) {
        json item { { "id", f.id }, { "kind", findingKindName(f.kind) },
            { "severity", findingSeverityName(f.severity) }, { "protocol", lowerProtocol(f.protocol) },
            { "ports", rangeJson(f.ports) }, { "what", f.what }, { "why", f.why }, { "source", f.source } };
        if (!f.entryId.empty()) {
            item["entry"] = f.entryId;
            item["service"] = f.service;
        }
        json holders = json::array();
        for (const auto& h : f.holders)
            holders.push_back(holderJson(h));
        item["holders"] = holders;
        json risks = json::array();
        for (std::size_t i = 0; i < f.riskSources.size(); ++i) {
            json r = rangeJson(f.riskRanges[i]);
            r["source"] = riskSourceName(f.riskSources[i]);
            risks.push_back(r);
        }
        item["riskRanges"] = risks;
        json evidence = json::array();
        for (auto row : f.evidence)
            if (context.snapshot && row < context.snapshot->endpoints.size())
                evidence.push_back(endpointJson(context.snapshot->endpoints[row], row));
        item["evidence"] = evidence;
        json fixes = json::array();
        for (const auto& fix : f.fixes) {
            json ports = json::array();
            for (const auto& r : fix.ports)
                ports.push_back(formatPortRange(r));
            json x { { "kind", fixKindName(fix.kind) }, { "protocol", lowerProtocol(fix.protocol) }, { "ports", ports },
                { "text", fix.text } };
            if (!fix.services.empty())
                x["services"] = fix.services;
            if (fix.pid)
                x["pid"] = fix.pid;
            fixes.push_back(x);
        }
        item["fixes"] = fixes;
        findings.push_back(std::move(item));
    }
    json counts = json::object();
    for (auto kind :
        { FindingKind::Conflict, FindingKind::UnknownHolder, FindingKind::AtRisk, FindingKind::BlockedEphemeral }) {
        std::size_t n = 0;
        for (const auto& f : report.findings)
            n += f.kind == kind;
        counts[std::string(findingKindName(kind))] = n;
    }
    json pools = json::array();
    for (const auto& r : report.socketPoolRanges)
        pools.push_back(rangeJson(r));
    json doc { { "schema", kFindingsSchema }, { "version", kFindingsVersion },
        { "platform", report.platform ? std::string(platformName(*report.platform)) : std::string() },
        { "counts", counts }, { "socketPoolRanges", pools }, { "notes", report.notes }, { "findings", findings } };
    if (context.snapshot) {
        const auto& m = context.snapshot->meta;
        doc["snapshot"] = { { "source", m.source }, { "format", m.format }, { "hostname", m.hostname }, { "os", m.os },
            { "capturedAtMs", m.capturedAtMs }, { "endpoints", context.snapshot->endpoints.size() } };
    }
    if (context.config) {
        json dynamic = json::array();
        for (const auto& d : context.config->dynamicRanges) {
            json r = rangeJson(d.range);
            r["protocol"] = lowerProtocol(d.protocol);
            r["family"] = d.family == Family::IPv4 ? "ipv4" : "ipv6";
            r["source"] = d.source;
            dynamic.push_back(r);
        }
        doc["config"] = { { "dynamicRanges", dynamic }, { "reserved", formatPortRangeList(context.config->reserved) },
            { "excluded", formatPortRangeList(context.config->excluded) },
            { "dnsSocketPoolExcluded", formatPortRangeList(context.config->dnsSocketPoolExcluded) },
            { "notes", context.config->notes } };
        if (context.config->maxUserPort)
            doc["config"]["maxUserPort"] = *context.config->maxUserPort;
        if (context.config->dnsSocketPoolSize)
            doc["config"]["dnsSocketPoolSize"] = *context.config->dnsSocketPoolSize;
    }
    if (context.catalogue) {
        json problems = json::array();
        for (const auto& p : context.catalogue->problems)
            problems.push_back(p.text());
        doc["catalogue"] = { { "entries", context.catalogue->entries.size() }, { "problems", problems } };
    }
    return doc.dump(2) + "\n";
}

void writeFindingsText(const FindingReport& report, const CheckContext& context, std::ostream& out)
{
    if (context.catalogue)
        for (const auto& p : context.catalogue->problems)
            out << "catalogue: " << p.text() << '\n';
    if (report.findings.empty()) {
        out << "No findings: every catalogue port is free or held by its expected owner";
        if (context.snapshot)
            out << " (" << context.snapshot->endpoints.size() << " endpoints checked)";
        out << ".\n";
        return;
    }
    out << report.findings.size() << (report.findings.size() == 1 ? " finding" : " findings") << ":\n";
    for (const auto& f : report.findings) {
        out << "\n[" << findingSeverityName(f.severity) << "] " << f.id << "\n  " << f.what << "\n  Why: " << f.why
            << '\n';
        if (!f.evidence.empty()) {
            out << "  Evidence: " << f.evidence.size() << (f.evidence.size() == 1 ? " row" : " rows");
            if (context.snapshot) {
                std::size_t shown = 0;
                for (auto row : f.evidence) {
                    if (shown++ == 3) {
                        out << ", ...";
                        break;
                    }
                    const auto& e = context.snapshot->endpoints[row];
                    out << (shown == 1 ? " (" : ", ") << "#" << row << " " << protocolName(e.protocol) << " "
                        << e.localAddress.toString() << ":" << e.localPort << " " << stateName(e.state);
                }
                out << ")";
            }
            out << '\n';
        }
        for (const auto& fix : f.fixes)
            out << "  Fix: " << fix.text << '\n';
    }
}

} // namespace portolan::conflicts
