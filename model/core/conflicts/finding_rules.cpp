#include "finding_rules.h"

#include "../analysis/owner_key.h"
#include "../text_util.h"

namespace portolan::conflicts::rules {

std::vector<PortRange> rangesOfPorts(const std::vector<std::uint16_t>& sortedPorts)
{
    std::vector<PortRange> out;
    for (auto port : sortedPorts) {
        if (!out.empty() && std::uint32_t(out.back().last) + 1 == port)
            out.back().last = port;
        else
            out.push_back({ port, port });
    }
    return out;
}

bool applies(const CatalogueEntry& entry, std::optional<Platform> platform)
{
    return platform ? entry.owners(*platform) != nullptr : true;
}

Holder makeHolder(const Snapshot& snapshot, const Endpoint& e, std::optional<Platform> platform)
{
    Holder h;
    h.ownerStatus = e.ownerStatus;
    h.pid = e.ownerStatus == OwnerStatus::Resolved ? e.pid : 0;
    const ProcessInfo* process = e.ownerStatus == OwnerStatus::Resolved ? snapshot.process(e.pid) : nullptr;
    h.processKnown = process && !process->name.empty();
    if (process) {
        h.name = process->name;
        h.services = process->services;
    }
    if (h.processKnown)
        h.label = process->displayName();
    else if (e.ownerStatus == OwnerStatus::Resolved)
        h.label = "[unknown process]";
    else if (e.ownerStatus == OwnerStatus::Kernel)
        h.label = platform == Platform::Linux ? "[kernel]" : "[system]";
    else
        h.label = std::string(analysis::ownerKindLabel(analysis::ownerKindOf(e)));
    return h;
}

std::string findingId(FindingKind kind, const std::string& entryId, Protocol protocol, const PortRange& ports)
{
    std::string id(findingKindName(kind));
    id += ":";
    if (!entryId.empty())
        id += entryId + ":";
    id += toLowerAscii(protocolName(protocol)) + "/" + formatPortRange(ports);
    return id;
}

void addEvidence(Finding& f, const Snapshot& snapshot, std::uint32_t index)
{
    f.evidence.push_back(index);
    f.evidenceKeys.push_back(EndpointKey::of(snapshot.endpoints[index]));
}

} // namespace portolan::conflicts::rules
