#include "ranges_text.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace portolan::analysis {

namespace {

std::string combo(Protocol p, Family f)
{
    return std::string(protocolName(p)) + (f == Family::IPv4 ? "/IPv4" : "/IPv6");
}

std::string percent(double share)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100);
    return buffer;
}

// Left-aligned columns, two spaces apart; the last column is not padded.
class Table
{
public:
    explicit Table(std::vector<std::string> header) { m_rows.push_back(std::move(header)); }
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    void print(std::ostream& out, const char* indent = "  ") const
    {
        std::vector<std::size_t> width;
        for (const auto& row : m_rows) {
            width.resize(std::max(width.size(), row.size()), 0);
            for (std::size_t c = 0; c < row.size(); ++c)
                width[c] = std::max(width[c], row[c].size());
        }
        for (const auto& row : m_rows) {
            std::string line = indent;
            for (std::size_t c = 0; c < row.size(); ++c) {
                line += row[c];
                if (c + 1 < row.size())
                    line.append(width[c] - row[c].size() + 2, ' ');
            }
            out << line << '\n';
        }
    }

private:
    std::vector<std::vector<std::string>> m_rows;
};

void writeConfig(const RangesReport& r, std::ostream& out)
{
    out << "Dynamic port ranges\n";
    Table t({ "Range", "Ports", "Size", "Source" });
    for (const auto& d : r.config.dynamicRanges)
        t.add({ combo(d.protocol, d.family), formatPortRange(d.range), std::to_string(d.range.size()),
            d.source + (isAssumedDefault(d) ? "  [assumed]" : "") });
    t.print(out);
    out << "Reserved ports: " << (r.config.reserved.empty() ? "none" : formatPortRangeList(r.config.reserved)) << '\n';
    if (!r.config.excluded.empty())
        out << "Excluded ports: " << formatPortRangeList(r.config.excluded) << '\n';
    if (r.config.maxUserPort)
        out << "MaxUserPort: " << *r.config.maxUserPort << '\n';
    if (r.config.dnsSocketPoolSize)
        out << "DNS SocketPoolSize: " << *r.config.dnsSocketPoolSize << '\n';
    if (!r.config.dnsSocketPoolExcluded.empty())
        out << "DNS SocketPoolExcludedPortRanges: " << formatPortRangeList(r.config.dnsSocketPoolExcluded) << '\n';
    for (const auto& note : r.config.notes)
        out << "Note: " << note << '\n';
}

void writeHistogram(const PortHistogram& h, std::ostream& out)
{
    out << "\nPort histogram (bucket size " << h.bucketSize << ", protocol " << protocolFilterName(h.filter.protocol)
        << ", family " << familyFilterName(h.filter.family) << ", state " << stateFilterName(h.filter.state) << ", "
        << h.endpointsCounted << " endpoints)\n";
    if (h.series.empty()) {
        out << "  no endpoints\n";
        return;
    }
    for (std::size_t s = 0; s < h.series.size(); ++s)
        out << "  #" << s << "  " << h.series[s].label() << "  " << h.series[s].total << '\n';
    std::vector<std::string> header { "Ports", "Total" };
    for (std::size_t s = 0; s < h.series.size(); ++s)
        header.push_back(std::string(1, '#').append(std::to_string(s))); // not "#" + ...: GCC 12 -Wrestrict false alarm
    Table t(std::move(header));
    for (std::uint32_t b = 0; b < h.bucketCount; ++b) {
        if (!h.totals[b])
            continue;
        std::vector<std::string> row { formatPortRange(h.bucketPorts(b)), std::to_string(h.totals[b]) };
        for (std::size_t s = 0; s < h.series.size(); ++s)
            row.push_back(std::to_string(h.count(s, b)));
        t.add(std::move(row));
    }
    t.print(out);
}

std::string consumerText(const RangeConsumer& c)
{
    const std::string who = c.kind == OwnerKind::Process ? c.name + " (" + std::to_string(c.pid) + ")"
                                                         : std::string(ownerKindLabel(c.kind));
    return who + " " + std::to_string(c.ports) + " (" + percent(c.share) + ")";
}

void writeExhaustion(const ExhaustionReport& x, std::ostream& out)
{
    out << "\nDynamic range use (distinct local ports)\n";
    Table t({ "Range", "Ports", "Usable", "In use", "Free", "Free %", "Reserved in use", "Top consumers" });
    for (const auto& u : x.ranges) {
        std::string top;
        for (const auto& c : u.topConsumers)
            top += (top.empty() ? "" : ", ") + consumerText(c);
        t.add({ combo(u.protocol, u.family), formatPortRange(u.range), std::to_string(u.usable),
            std::to_string(u.inUse), std::to_string(u.free), percent(u.freeShare), std::to_string(u.inUseUnassignable),
            top.empty() ? "-" : top });
    }
    t.print(out);
    for (const auto& note : x.notes)
        out << "  Note: " << note << '\n';

    out << "\nTIME_WAIT: " << x.timeWaitTotal << '\n';
    for (const auto& o : x.timeWaitByOwner) {
        if (o.attribution == TimeWaitAttribution::None)
            out << "  " << o.count << "  unattributed\n";
        else
            out << "  " << o.count << "  " << o.name << " (" << o.pid << ")"
                << (o.attribution == TimeWaitAttribution::Listener ? ", by its listening port" : "") << '\n';
    }

    out << "\nTop remote endpoints from dynamic ports (" << x.remoteEndpoints << " distinct)\n";
    if (x.topRemotes.empty()) {
        out << "  none\n";
    } else {
        Table r({ "Proto", "Remote", "Port", "Connections", "Established", "TIME_WAIT" });
        for (const auto& e : x.topRemotes)
            r.add({ std::string(protocolName(e.protocol)), e.address.toString(), std::to_string(e.port),
                std::to_string(e.connections), std::to_string(e.established), std::to_string(e.timeWait) });
        r.print(out);
    }

    out << "\nWarnings\n";
    if (x.warnings.empty())
        out << "  none\n";
    for (const auto& w : x.warnings)
        out << "  " << (w.severity == Severity::Critical ? "CRITICAL" : "WARNING ") << "  " << w.message << '\n';
}

void writePools(const std::vector<SocketPoolVerdict>& pools, std::uint32_t minSockets, std::ostream& out)
{
    out << "\nUDP socket pools\n";
    Table t({ "PID", "Process", "UDP", "Ports", "Unconnected", "Span", "Coverage", "Randomness", "Verdict" });
    std::size_t shown = 0;
    for (const auto& v : pools) {
        if (!v.isPool && v.udpSockets < minSockets)
            continue; // everyone with a socket or two: in the JSON, not here
        t.add({ std::to_string(v.pid), v.name, std::to_string(v.udpSockets), std::to_string(v.distinctPorts),
            std::to_string(v.unconnected), formatPortRange(v.span), percent(v.coverage),
            [&] {
                char buffer[16];
                std::snprintf(buffer, sizeof buffer, "%.2f", v.randomness);
                return std::string(buffer);
            }(),
            v.isPool ? v.label() + ": " + v.reason : "no: " + v.reason });
        ++shown;
    }
    if (shown)
        t.print(out);
    else
        out << "  none (no process holds " << minSockets << " or more UDP sockets)\n";
}

} // namespace

void writeRangesTable(const RangesReport& report, std::ostream& out)
{
    writeConfig(report, out);
    writeHistogram(report.histogram, out);
    writeExhaustion(report.exhaustion, out);
    writePools(report.pools, report.options.pool.minUdpSockets, out);
}

} // namespace portolan::analysis
