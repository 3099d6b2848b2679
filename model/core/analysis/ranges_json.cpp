#include "ranges_json.h"

#include <nlohmann/json.hpp>

namespace portolan::analysis {

using nlohmann::json;

namespace {

// Lower-case names, as in the snapshot JSON ("tcp", "ipv4").
const char* protocolKey(Protocol p)
{
    return p == Protocol::Tcp ? "tcp" : "udp";
}
const char* familyKey(Family f)
{
    return f == Family::IPv4 ? "ipv4" : "ipv6";
}

json rangeJson(const PortRange& r)
{
    return { { "first", r.first }, { "last", r.last }, { "size", r.size() } };
}

json rangeListJson(const std::vector<PortRange>& ranges)
{
    json list = json::array();
    for (const auto& r : ranges)
        list.push_back(rangeJson(r));
    return list;
}

json configJson(const MachinePortConfig& c)
{
    json dynamic = json::array();
    for (const auto& d : c.dynamicRanges) {
        auto j = rangeJson(d.range);
        j["protocol"] = protocolKey(d.protocol);
        j["family"] = familyKey(d.family);
        j["source"] = d.source;
        j["assumed"] = isAssumedDefault(d);
        dynamic.push_back(std::move(j));
    }
    return {
        { "dynamicRanges", dynamic },
        { "reserved", rangeListJson(c.reserved) },
        { "reservedText", formatPortRangeList(c.reserved) },
        { "excluded", rangeListJson(c.excluded) },
        { "maxUserPort", c.maxUserPort ? json(*c.maxUserPort) : json(nullptr) },
        { "dnsSocketPoolSize", c.dnsSocketPoolSize ? json(*c.dnsSocketPoolSize) : json(nullptr) },
        { "dnsSocketPoolExcluded", rangeListJson(c.dnsSocketPoolExcluded) },
        { "notes", c.notes },
    };
}

json bandsJson(const std::vector<PortBand>& bands)
{
    json list = json::array();
    for (const auto& b : bands) {
        json applies = json::array();
        for (auto p : { Protocol::Tcp, Protocol::Udp })
            for (auto f : { Family::IPv4, Family::IPv6 })
                if (b.appliesTo(p, f))
                    applies.push_back(std::string(protocolKey(p)) + "/" + familyKey(f));
        auto j = rangeJson(b.range);
        j["kind"] = bandKindName(b.kind);
        j["appliesTo"] = applies;
        j["assumed"] = b.assumed;
        list.push_back(std::move(j));
    }
    return list;
}

json histogramJson(const PortHistogram& h)
{
    json series = json::array();
    for (std::size_t i = 0; i < h.series.size(); ++i) {
        const auto& s = h.series[i];
        json j = { { "index", i }, { "kind", ownerKindName(s.kind) }, { "label", s.label() }, { "total", s.total } };
        if (s.kind == OwnerKind::Process) {
            j["pid"] = s.pid;
            j["name"] = s.name;
        } else if (s.kind == OwnerKind::Other) {
            j["processes"] = s.processes;
        }
        series.push_back(std::move(j));
    }
    json buckets = json::array();
    for (std::uint32_t b = 0; b < h.bucketCount; ++b) {
        if (!h.totals[b])
            continue;
        const auto ports = h.bucketPorts(b);
        json counts = json::array();
        for (std::size_t s = 0; s < h.series.size(); ++s)
            counts.push_back(h.count(s, b));
        buckets.push_back({ { "index", b }, { "first", ports.first }, { "last", ports.last }, { "total", h.totals[b] },
            { "counts", counts } });
    }
    return {
        { "bucketSize", h.bucketSize },
        { "bucketCount", h.bucketCount },
        { "filter",
            { { "protocol", protocolFilterName(h.filter.protocol) }, { "family", familyFilterName(h.filter.family) },
                { "state", stateFilterName(h.filter.state) } } },
        { "endpointsCounted", h.endpointsCounted },
        { "maxBucketTotal", h.maxBucketTotal },
        { "series", series },
        { "buckets", buckets },
    };
}

json exhaustionJson(const ExhaustionReport& x)
{
    json ranges = json::array();
    for (const auto& u : x.ranges) {
        json consumers = json::array();
        for (const auto& c : u.topConsumers) {
            json j = { { "kind", ownerKindName(c.kind) }, { "ports", c.ports }, { "share", c.share } };
            if (c.kind == OwnerKind::Process) {
                j["pid"] = c.pid;
                j["name"] = c.name;
            }
            consumers.push_back(std::move(j));
        }
        auto j = rangeJson(u.range);
        j.update({ { "protocol", protocolKey(u.protocol) }, { "family", familyKey(u.family) }, { "source", u.source },
            { "assumed", u.assumed }, { "unassignable", u.unassignable }, { "usable", u.usable }, { "inUse", u.inUse },
            { "inUseUnassignable", u.inUseUnassignable }, { "free", u.free }, { "freeShare", u.freeShare },
            { "owners", u.owners }, { "topConsumers", consumers } });
        ranges.push_back(std::move(j));
    }
    json timeWait = json::array();
    for (const auto& t : x.timeWaitByOwner) {
        json j = { { "attribution", timeWaitAttributionName(t.attribution) }, { "count", t.count } };
        if (t.attribution != TimeWaitAttribution::None) {
            j["pid"] = t.pid;
            j["name"] = t.name;
        }
        timeWait.push_back(std::move(j));
    }
    json remotes = json::array();
    for (const auto& r : x.topRemotes)
        remotes.push_back(
            { { "protocol", protocolKey(r.protocol) }, { "address", r.address.toString() }, { "port", r.port },
                { "connections", r.connections }, { "established", r.established }, { "timeWait", r.timeWait } });
    json warnings = json::array();
    for (const auto& w : x.warnings) {
        json j = { { "kind", warningKindName(w.kind) }, { "severity", severityName(w.severity) },
            { "protocol", protocolKey(w.protocol) }, { "family", familyKey(w.family) }, { "range", rangeJson(w.range) },
            { "ports", w.ports }, { "usable", w.usable }, { "value", w.value }, { "threshold", w.threshold },
            { "message", w.message } };
        if (w.kind == WarningKind::OwnerDominatesRange) {
            j["ownerKind"] = ownerKindName(w.ownerKind);
            if (w.ownerKind == OwnerKind::Process) {
                j["pid"] = w.pid;
                j["name"] = w.name;
            }
        }
        warnings.push_back(std::move(j));
    }
    const auto& t = x.thresholds;
    return {
        { "thresholds",
            { { "ownerShareWarning", t.ownerShareWarning }, { "ownerShareCritical", t.ownerShareCritical },
                { "freeShareWarning", t.freeShareWarning }, { "freeShareCritical", t.freeShareCritical } } },
        { "ranges", ranges },
        { "timeWait", { { "total", x.timeWaitTotal }, { "byOwner", timeWait } } },
        { "remoteEndpoints", x.remoteEndpoints },
        { "topRemotes", remotes },
        { "warnings", warnings },
        { "notes", x.notes },
    };
}

json poolsJson(const std::vector<SocketPoolVerdict>& pools)
{
    json list = json::array();
    for (const auto& v : pools) {
        list.push_back({ { "pid", v.pid }, { "name", v.name }, { "isPool", v.isPool }, { "label", v.label() },
            { "dnsServer", v.dnsServer }, { "udpSockets", v.udpSockets }, { "distinctPorts", v.distinctPorts },
            { "unconnected", v.unconnected }, { "insideDynamic", v.insideDynamic }, { "span", rangeJson(v.span) },
            { "reference", rangeJson(v.reference) }, { "referenceKind", poolReferenceName(v.referenceKind) },
            { "coverage", v.coverage }, { "randomness", v.randomness }, { "longestRun", v.longestRun },
            { "reason", v.reason } });
    }
    return list;
}

} // namespace

std::string writeRangesJson(const RangesReport& report)
{
    json doc = {
        { "schema", "portolan-ranges/1" },
        { "snapshot",
            { { "source", report.meta.source }, { "format", report.meta.format }, { "hostname", report.meta.hostname },
                { "os", report.meta.os }, { "capturedAtMs", report.meta.capturedAtMs },
                { "endpoints", report.endpoints }, { "warnings", report.meta.warnings } } },
        { "config", configJson(report.config) },
        { "bands", bandsJson(report.bands) },
        { "histogram", histogramJson(report.histogram) },
        { "exhaustion", exhaustionJson(report.exhaustion) },
        { "socketPools", poolsJson(report.pools) },
    };
    return doc.dump(2) + "\n";
}

} // namespace portolan::analysis
