#include "exhaustion.h"

#include "exhaustion_warnings.h"
#include "port_bands.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

namespace portolan::analysis {

std::string_view timeWaitAttributionName(TimeWaitAttribution attribution)
{
    switch (attribution) {
    case TimeWaitAttribution::Owner:
        return "owner";
    case TimeWaitAttribution::Listener:
        return "listener";
    case TimeWaitAttribution::None:
        break;
    }
    return "none";
}

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Critical:
        return "critical";
    }
    return "info";
}

std::string_view warningKindName(WarningKind kind)
{
    switch (kind) {
    case WarningKind::OwnerDominatesRange:
        return "owner-dominates-range";
    case WarningKind::RangeNearlyFull:
        return "range-nearly-full";
    case WarningKind::RangeExhausted:
        return "range-exhausted";
    case WarningKind::RangeEmpty:
        return "range-empty";
    }
    return "unknown";
}

namespace {

constexpr std::size_t kGroups = 4; // TCP/IPv4, TCP/IPv6, UDP/IPv4, UDP/IPv6
std::size_t groupOf(Protocol protocol, Family family)
{
    return std::size_t(protocol) * 2 + (family == Family::IPv6 ? 1 : 0);
}
Protocol groupProtocol(std::size_t g)
{
    return g < 2 ? Protocol::Tcp : Protocol::Udp;
}
Family groupFamily(std::size_t g)
{
    return g % 2 ? Family::IPv6 : Family::IPv4;
}

std::string comboText(std::size_t g)
{
    return std::string(protocolName(groupProtocol(g))) + (g % 2 ? "/IPv6" : "/IPv4");
}

class PortBits
{
public:
    explicit PortBits(const std::vector<PortRange>& ranges)
    {
        for (const auto& r : ranges)
            for (std::uint32_t p = r.first; p <= r.last; ++p)
                m_words[p >> 6] |= std::uint64_t(1) << (p & 63);
    }
    bool test(std::uint32_t port) const { return m_words[port >> 6] >> (port & 63) & 1; }
    std::uint32_t countIn(const PortRange& r) const
    {
        std::uint32_t n = 0;
        for (std::uint32_t p = r.first; p <= r.last; ++p)
            n += test(p);
        return n;
    }

private:
    std::array<std::uint64_t, 1024> m_words {};
};

// Per dynamic range: which owner slot (+1) holds each usable port first, and ports per slot.
struct Group
{
    bool known = false;
    PortRange range;
    const DynamicPortRange* config = nullptr;
    std::vector<std::uint32_t> holder; // per port offset: slot + 1, 0 = free
    std::vector<std::uint32_t> moreHolders; // per port offset: 1 + index of the first further owner, 0 = none
    std::vector<std::uint8_t> unassignableSeen; // per port offset, for reserved ports held by explicit binds
    std::vector<std::uint32_t> portsPerSlot;
    std::uint32_t inUse = 0;
    std::uint32_t inUseUnassignable = 0;
};

// Further owners of a port (SO_REUSEPORT groups, connections of several processes sharing a local port, which
// Linux allows for different remote ends): short lists, one per port, in one node pool. Counting them as they
// come avoids collecting and sorting (port, owner) pairs, which cost as much as the whole pass.
struct MoreHolders
{
    struct Node
    {
        std::uint32_t slot;
        std::uint32_t next; // 1 + node index, 0 = end
    };
    std::vector<Node> nodes;

    // True when `slot` was not yet listed for the port whose list starts at `head` (and adds it).
    bool add(std::uint32_t& head, std::uint32_t slot)
    {
        for (std::uint32_t i = head; i; i = nodes[i - 1].next)
            if (nodes[i - 1].slot == slot)
                return false;
        nodes.push_back({ slot, head });
        head = static_cast<std::uint32_t>(nodes.size());
        return true;
    }
};

// A remote endpoint as three words, so that the per-connection lookup compares integers, not 24-byte structs.
struct RemoteKey
{
    std::uint64_t lo, hi, meta;
    bool operator==(const RemoteKey&) const = default;

    static RemoteKey of(const Endpoint& e)
    {
        RemoteKey k;
        std::memcpy(&k.lo, e.remoteAddress.bytes.data(), 8);
        std::memcpy(&k.hi, e.remoteAddress.bytes.data() + 8, 8);
        k.meta = std::uint64_t(e.remoteAddress.scopeId) << 32 | std::uint64_t(e.remotePort) << 16
            | std::uint64_t(e.protocol) << 8 | std::uint64_t(e.remoteAddress.family);
        return k;
    }
};
struct RemoteKeyHash
{
    std::size_t operator()(const RemoteKey& k) const noexcept
    {
        const std::uint64_t h = (k.lo ^ k.meta) * 0x9E3779B97F4A7C15ull ^ (k.hi + k.meta) * 0xC2B2AE3D27D4EB4Full;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};
struct RemoteCounts
{
    const Endpoint* first = nullptr; // for the address and port when reporting
    std::uint32_t connections = 0, established = 0, timeWait = 0;
};

} // namespace

ExhaustionReport computeExhaustion(
    const Snapshot& snapshot, const MachinePortConfig& config, const ExhaustionThresholds& thresholds)
{
    ExhaustionReport report;
    report.thresholds = thresholds;

    const PortBits unassignable(unassignablePorts(config));
    std::array<Group, kGroups> groups;
    for (std::size_t g = 0; g < kGroups; ++g) {
        const auto* d = config.dynamicRange(groupProtocol(g), groupFamily(g));
        if (!d) {
            report.notes.push_back("no dynamic port range known for " + comboText(g));
            continue;
        }
        auto& group = groups[g];
        group.known = true;
        group.config = d;
        group.range = d->range;
        group.holder.assign(d->range.size(), 0);
        group.unassignableSeen.assign(d->range.size(), 0);
    }

    // Slots 0..3: the unowned kinds; processes follow.
    PidSlotTable pids(snapshot.processes.size() + 1);
    MoreHolders more;
    struct Listener
    {
        std::uint16_t port;
        std::uint8_t v6;
        std::uint32_t slot;
    };
    std::vector<Listener> listeners;
    std::vector<const Endpoint*> orphanTimeWait;
    std::vector<std::uint32_t> timeWaitOwned; // per slot, TIME_WAIT rows the platform attributed itself
    std::unordered_map<RemoteKey, RemoteCounts, RemoteKeyHash> remotes;
    remotes.reserve(256);

    for (const auto& e : snapshot.endpoints) {
        const bool resolved = e.ownerStatus == OwnerStatus::Resolved;
        const std::uint32_t slot = resolved ? static_cast<std::uint32_t>(kUnownedKinds) + pids.slotOf(e.pid)
                                            : static_cast<std::uint32_t>(unownedIndex(ownerKindOf(e)));
        if (e.protocol == Protocol::Tcp) {
            if (e.state == SocketState::TimeWait) {
                ++report.timeWaitTotal;
                if (resolved) {
                    if (timeWaitOwned.size() <= slot)
                        timeWaitOwned.resize(slot + 1, 0);
                    ++timeWaitOwned[slot];
                } else {
                    orphanTimeWait.push_back(&e);
                }
            } else if (e.state == SocketState::Listen && resolved) {
                listeners.push_back({ e.localPort, std::uint8_t(e.family() == Family::IPv6), slot });
            }
        }

        const std::size_t g = groupOf(e.protocol, e.family());
        auto& group = groups[g];
        if (!group.known || !group.range.contains(e.localPort))
            continue;
        const std::uint32_t offset = e.localPort - group.range.first;
        if (unassignable.test(e.localPort)) {
            if (!group.unassignableSeen[offset]) {
                group.unassignableSeen[offset] = 1;
                ++group.inUseUnassignable;
            }
        } else {
            auto& holder = group.holder[offset];
            if (holder == 0) {
                holder = slot + 1;
                ++group.inUse;
                if (group.portsPerSlot.size() <= slot)
                    group.portsPerSlot.resize(slot + 1, 0);
                ++group.portsPerSlot[slot];
            } else if (holder != slot + 1) {
                if (group.moreHolders.empty())
                    group.moreHolders.assign(group.holder.size(), 0);
                if (more.add(group.moreHolders[offset], slot)) {
                    if (group.portsPerSlot.size() <= slot)
                        group.portsPerSlot.resize(slot + 1, 0);
                    ++group.portsPerSlot[slot];
                }
            }
        }
        if (e.remotePort != 0 && e.state != SocketState::Listen) {
            auto& counts = remotes[RemoteKey::of(e)];
            if (!counts.first)
                counts.first = &e;
            ++counts.connections;
            counts.established += e.state == SocketState::Established;
            counts.timeWait += e.state == SocketState::TimeWait;
        }
    }

    auto consumerOf = [&](std::uint32_t slot, std::uint32_t ports, std::uint32_t usable) {
        RangeConsumer c;
        if (slot < kUnownedKinds) {
            c.kind = unownedKind(slot);
        } else {
            c.pid = pids.pidOf(slot - static_cast<std::uint32_t>(kUnownedKinds));
            c.name = processName(snapshot, c.pid);
        }
        c.ports = ports;
        c.share = usable ? double(ports) / usable : 0;
        return c;
    };
    for (std::size_t g = 0; g < kGroups; ++g) {
        const auto& group = groups[g];
        if (!group.known)
            continue;
        RangeUsage u;
        u.protocol = groupProtocol(g);
        u.family = groupFamily(g);
        u.range = group.range;
        u.source = group.config->source;
        u.assumed = isAssumedDefault(*group.config);
        u.size = group.range.size();
        u.unassignable = u.size ? unassignable.countIn(group.range) : 0;
        u.usable = u.size - u.unassignable;
        u.inUse = group.inUse;
        u.inUseUnassignable = group.inUseUnassignable;
        u.free = u.usable - u.inUse;
        u.freeShare = u.usable ? double(u.free) / u.usable : 0;

        std::vector<RangeConsumer> all;
        for (std::uint32_t slot = 0; slot < group.portsPerSlot.size(); ++slot)
            if (group.portsPerSlot[slot])
                all.push_back(consumerOf(slot, group.portsPerSlot[slot], u.usable));
        u.owners = static_cast<std::uint32_t>(all.size());
        std::sort(all.begin(), all.end(), [](const RangeConsumer& a, const RangeConsumer& b) {
            if (a.ports != b.ports)
                return a.ports > b.ports;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.pid < b.pid;
        });

        appendRangeWarnings(u, all, thresholds, report.warnings);
        if (all.size() > thresholds.topConsumers)
            all.resize(thresholds.topConsumers);
        u.topConsumers = std::move(all);
        report.ranges.push_back(std::move(u));
    }
    std::stable_sort(report.warnings.begin(), report.warnings.end(), [](const auto& a, const auto& b) {
        return a.severity != b.severity ? a.severity > b.severity : a.value > b.value;
    });

    // TIME_WAIT attribution through listeners: same family first (a dual-stack IPv6 listener's IPv4 peers appear
    // as IPv4-mapped IPv6 rows, so same family covers them too), then any family.
    std::array<std::vector<std::uint32_t>, 2> listenerAt; // [v6][port] = slot + 1
    if (!orphanTimeWait.empty() && !listeners.empty()) {
        for (auto& table : listenerAt)
            table.assign(65536, 0);
        for (const auto& l : listeners)
            if (!listenerAt[l.v6][l.port])
                listenerAt[l.v6][l.port] = l.slot + 1;
    }
    std::vector<std::uint32_t> timeWaitByListener;
    std::uint32_t unattributed = 0;
    for (const Endpoint* e : orphanTimeWait) {
        std::uint32_t holder = 0;
        if (!listenerAt[0].empty()) {
            const int v6 = e->family() == Family::IPv6;
            holder = listenerAt[v6][e->localPort] ? listenerAt[v6][e->localPort] : listenerAt[1 - v6][e->localPort];
        }
        if (!holder) {
            ++unattributed;
            continue;
        }
        if (timeWaitByListener.size() < holder)
            timeWaitByListener.resize(holder, 0);
        ++timeWaitByListener[holder - 1];
    }
    auto addTimeWaitOwners = [&](const std::vector<std::uint32_t>& perSlot, TimeWaitAttribution how) {
        for (std::uint32_t slot = static_cast<std::uint32_t>(kUnownedKinds); slot < perSlot.size(); ++slot) {
            if (!perSlot[slot])
                continue;
            const auto pid = pids.pidOf(slot - static_cast<std::uint32_t>(kUnownedKinds));
            report.timeWaitByOwner.push_back({ how, pid, processName(snapshot, pid), perSlot[slot] });
        }
    };
    addTimeWaitOwners(timeWaitOwned, TimeWaitAttribution::Owner);
    addTimeWaitOwners(timeWaitByListener, TimeWaitAttribution::Listener);
    if (unattributed)
        report.timeWaitByOwner.push_back({ TimeWaitAttribution::None, 0, {}, unattributed });
    std::sort(report.timeWaitByOwner.begin(), report.timeWaitByOwner.end(), [](const auto& a, const auto& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.attribution != b.attribution ? a.attribution < b.attribution : a.pid < b.pid;
    });
    if (report.timeWaitByOwner.size() > thresholds.topTimeWaitOwners)
        report.timeWaitByOwner.resize(thresholds.topTimeWaitOwners);

    report.remoteEndpoints = static_cast<std::uint32_t>(remotes.size());
    report.topRemotes.reserve(remotes.size());
    for (const auto& [key, counts] : remotes)
        report.topRemotes.push_back({ counts.first->protocol, counts.first->remoteAddress, counts.first->remotePort,
            counts.connections, counts.established, counts.timeWait });
    const std::size_t keep = std::min(thresholds.topRemotes, report.topRemotes.size());
    std::partial_sort(report.topRemotes.begin(), report.topRemotes.begin() + static_cast<long>(keep),
        report.topRemotes.end(), [](const RemoteUsage& a, const RemoteUsage& b) {
            if (a.connections != b.connections)
                return a.connections > b.connections;
            if (a.protocol != b.protocol)
                return a.protocol < b.protocol;
            if (a.address != b.address)
                return a.address < b.address;
            return a.port < b.port;
        });
    report.topRemotes.resize(keep);
    return report;
}

} // namespace portolan::analysis
