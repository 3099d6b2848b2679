// Issue #7, correctness half: the optimised apply paths of EndpointTableModel (removal/insertion runs or one
// remapped layout change) and ProcessTreeModel (one remapped layout change per structural refresh) must show
// exactly what a straightforward reference shows: the same rows in the same order with the same phases, and the
// same selection, current row and expanded groups, over thousands of randomized refreshes with sorting,
// filtering, strategy switches, regrouping and clears interleaved. QAbstractItemModelTester stays attached
// throughout. Every failure names the seed, the step and the first differing row, so it can be replayed.
//
// The reference never calls the models' ordering code: it keeps its own slot bookkeeping from the same
// TableUpdates (cross-checked against the snapshots themselves), filters with RowFilter::matches and sorts the
// whole list from scratch every step with a plain comparator written from the models' documented rules.

#include "core/service_names.h"
#include "endpoint_table_model.h"
#include "process_tree_model.h"
#include "qt_test_support.h"
#include "support/port_configs.h"
#include "support/synthetic_snapshots.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>
#include <compare>
#include <iterator>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <variant>
#include <vector>

using namespace portolan;
using namespace portolan::test;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Random snapshots

// A machine whose sockets and processes change at a different rate each step. Small address and port spaces
// and case variants of process names make equal sort keys common, so the first-seen tie-breaker is exercised on
// every column; duplicate endpoint keys, pid reuse, processes that vanish under their sockets and every owner
// status are in the mix. A ProcessInfo never changes once published (new content always gets a new start
// time), as with the real resolver.
class RandomMachine
{
public:
    enum class Churn {
        Repeat, // the very same snapshot object again
        Same, // a new snapshot with identical content: 0 % churn
        Small, // one to three changes
        Large, // 20-70 % of the endpoints change
        ReplaceAll, // every endpoint replaced, and a new table size
        Server, // the next step of a SyntheticServer (a jump when the previous step was not one)
    };

    RandomMachine(unsigned seed, std::size_t minSize, std::size_t maxSize)
        : m_rng(seed)
        , m_server(std::min<std::size_t>(maxSize, 150), 0.08, seed + 1000)
        , m_minSize(minSize)
        , m_maxSize(maxSize)
    {
        for (int i = 0; i < 12; ++i)
            spawnProcess(randomPid());
        m_target = randomSize();
        while (m_endpoints.size() < m_target)
            m_endpoints.push_back(randomEndpoint());
    }

    static const char* name(Churn churn)
    {
        switch (churn) {
        case Churn::Repeat:
            return "repeat";
        case Churn::Same:
            return "same";
        case Churn::Small:
            return "small";
        case Churn::Large:
            return "large";
        case Churn::ReplaceAll:
            return "replace-all";
        case Churn::Server:
            return "server";
        }
        return "?";
    }

    Churn randomChurn()
    {
        // Server steps come in streaks, so that its own small diffs follow one another.
        if (m_serverStreak > 0) {
            --m_serverStreak;
            return Churn::Server;
        }
        const auto r = m_rng() % 100;
        if (r < 8)
            return Churn::Repeat;
        if (r < 16)
            return Churn::Same;
        if (r < 56)
            return Churn::Small;
        if (r < 76)
            return Churn::Large;
        if (r < 82)
            return Churn::ReplaceAll;
        m_serverStreak = static_cast<int>(m_rng() % 15);
        return Churn::Server;
    }

    std::shared_ptr<const Snapshot> next(Churn churn)
    {
        switch (churn) {
        case Churn::Repeat:
            if (m_last)
                return m_last;
            break;
        case Churn::Same:
            break;
        case Churn::Small:
            for (int i = 0, n = 1 + static_cast<int>(m_rng() % 3); i < n; ++i)
                mutate();
            break;
        case Churn::Large: {
            const auto n = std::max<std::size_t>(1, m_endpoints.size() * (20 + m_rng() % 51) / 100);
            for (std::size_t i = 0; i < n; ++i)
                mutate();
            break;
        }
        case Churn::ReplaceAll:
            m_endpoints.clear();
            for (int i = 0; i < 6; ++i)
                spawnProcess(randomPid());
            m_target = randomSize();
            while (m_endpoints.size() < m_target)
                m_endpoints.push_back(randomEndpoint());
            break;
        case Churn::Server: {
            const auto s = m_server.step();
            m_endpoints = s->endpoints;
            m_processes.clear();
            for (const auto& [pid, process] : s->processes)
                m_processes[pid] = process;
            break;
        }
        }
        auto s = std::make_shared<Snapshot>();
        s->meta.hostname = "random";
        s->meta.os = "linux";
        s->endpoints = m_endpoints;
        for (const auto& [pid, process] : m_processes)
            s->processes[pid] = process;
        s->userNames = { { 0u, "root" }, { 33u, "www-data" }, { 1000u, "Alice" } };
        m_last = s;
        return m_last;
    }

    std::mt19937& rng() { return m_rng; }
    const std::map<std::uint32_t, ProcessInfoPtr>& processes() const { return m_processes; }

private:
    std::size_t randomSize() { return m_minSize + m_rng() % (m_maxSize - m_minSize + 1); }
    std::uint32_t randomPid() { return 100 + static_cast<std::uint32_t>(m_rng() % 40); }

    template<typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[m_rng() % N]; }

    void spawnProcess(std::uint32_t pid)
    {
        static const char* const kNames[] = { "nginx", "Nginx", "NGINX", "postgres", "sshd", "named", "dns.exe",
            "svchost.exe", "java", "_init", "zebra", "a", "A" };
        static const char* const kUsers[] = { "root", "Root", "www-data", "alice", "" };
        auto p = std::make_shared<ProcessInfo>();
        p->pid = pid;
        // Start times far from SyntheticServer's, so that (pid, start time) names one process only.
        p->startTime = m_nextStart++;
        p->name = pick(kNames);
        p->user = pick(kUsers);
        p->uid = p->user.empty() ? 1000 : 0;
        p->executablePath = "/usr/sbin/" + p->name;
        if (p->name == "svchost.exe") {
            switch (m_rng() % 3) {
            case 0:
                p->services = { "Dnscache" };
                break;
            case 1:
                p->services = { "RpcSs", "DcomLaunch" };
                break;
            default:
                break;
            }
        }
        m_processes[pid] = std::move(p);
    }

    std::uint16_t randomPort()
    {
        static const std::uint16_t kWellKnown[] = { 22, 53, 80, 123, 443, 1812, 3306, 5353, 5432, 6379, 8080 };
        const auto r = m_rng() % 100;
        if (r < 35)
            return pick(kWellKnown);
        if (r < 60)
            return static_cast<std::uint16_t>(32760 + m_rng() % 20);
        if (r < 75)
            return static_cast<std::uint16_t>(60990 + m_rng() % 20);
        if (r < 85)
            return static_cast<std::uint16_t>(1015 + m_rng() % 20);
        return static_cast<std::uint16_t>(1 + m_rng() % 65535);
    }

    Endpoint randomEndpoint()
    {
        static const IpAddress kLocal4[] = { IpAddress::anyV4(), IpAddress::v4(127, 0, 0, 1),
            IpAddress::v4(10, 0, 0, 1), IpAddress::v4(10, 0, 0, 2) };
        static const IpAddress kLocal6[] = { IpAddress::anyV6(), *IpAddress::parse("::1"),
            *IpAddress::parse("fe80::1%2"), *IpAddress::parse("fe80::1%3"), *IpAddress::parse("::ffff:10.0.0.1") };
        static const IpAddress kRemote4[]
            = { IpAddress::v4(192, 0, 2, 1), IpAddress::v4(192, 0, 2, 2), IpAddress::v4(198, 51, 100, 7) };
        static const IpAddress kRemote6[] = { *IpAddress::parse("2001:db8::1"), *IpAddress::parse("2001:db8::2") };
        static const std::uint16_t kRemotePorts[] = { 53, 80, 443, 5432, 0 };
        static const SocketState kTcpStates[] = { SocketState::Listen, SocketState::Listen, SocketState::Established,
            SocketState::Established, SocketState::TimeWait, SocketState::TimeWait, SocketState::CloseWait,
            SocketState::SynSent, SocketState::FinWait1, SocketState::LastAck, SocketState::Bound };

        // Sometimes a second socket with the key of an existing one (SO_REUSEADDR on Windows, hand-edited
        // captures): the diff matches such keys in order of occurrence.
        if (!m_endpoints.empty() && m_rng() % 25 == 0) {
            Endpoint twin = m_endpoints[m_rng() % m_endpoints.size()];
            if (m_rng() % 2)
                twin.state = twin.state == SocketState::Listen ? SocketState::Established : SocketState::Listen;
            return twin;
        }

        Endpoint e;
        e.protocol = m_rng() % 5 < 2 ? Protocol::Udp : Protocol::Tcp;
        const bool v6 = m_rng() % 10 < 3;
        e.localAddress = v6 ? pick(kLocal6) : pick(kLocal4);
        e.remoteAddress = v6 ? IpAddress::anyV6() : IpAddress::anyV4();
        e.localPort = randomPort();
        e.inode = m_nextInode++;
        if (e.protocol == Protocol::Udp)
            e.state = m_rng() % 6 == 0 ? SocketState::Established : SocketState::Bound;
        else
            e.state = pick(kTcpStates);
        if (e.state != SocketState::Listen && e.state != SocketState::Bound) {
            e.remoteAddress = v6 ? pick(kRemote6) : pick(kRemote4);
            e.remotePort = pick(kRemotePorts);
            if (!e.remotePort)
                e.remotePort = static_cast<std::uint16_t>(1 + m_rng() % 65535);
        }
        setRandomOwner(e);
        e.extraOwners = m_rng() % 10 == 0 ? static_cast<std::uint8_t>(1 + m_rng() % 3) : 0;
        return e;
    }

    void setRandomOwner(Endpoint& e)
    {
        e.uid = Endpoint::kNoUid;
        if (e.state == SocketState::TimeWait && e.protocol == Protocol::Tcp && m_rng() % 4) {
            e.inode = 0;
            e.pid = 0;
            e.ownerStatus = OwnerStatus::Kernel;
            return;
        }
        switch (m_rng() % 20) {
        case 0:
            e.pid = m_rng() % 2 ? 4 : 0;
            e.ownerStatus = OwnerStatus::Kernel;
            return;
        case 1:
            e.pid = randomPid();
            e.uid = 33;
            e.ownerStatus = OwnerStatus::AccessDenied;
            return;
        case 2:
            e.pid = 0;
            e.uid = 1000;
            e.ownerStatus = OwnerStatus::Unknown;
            return;
        case 3:
            // Resolved, but the process is gone by the time the owners are read: no owner row.
            e.pid = 900 + m_rng() % 5;
            e.ownerStatus = OwnerStatus::Resolved;
            return;
        default: {
            auto it = m_processes.begin();
            std::advance(it, static_cast<long>(m_rng() % m_processes.size()));
            e.pid = it->first;
            e.uid = it->second->uid;
            e.ownerStatus = OwnerStatus::Resolved;
            return;
        }
        }
    }

    void mutate()
    {
        const auto r = m_rng() % 100;
        const bool grow = m_endpoints.size() < m_target;
        if (m_endpoints.empty() || (r < 30 && grow) || (r < 15)) {
            m_endpoints.insert(
                m_endpoints.begin() + static_cast<long>(m_rng() % (m_endpoints.size() + 1)), randomEndpoint());
            return;
        }
        auto& e = m_endpoints[m_rng() % m_endpoints.size()];
        if (r < 45) {
            e = m_endpoints.back();
            m_endpoints.pop_back();
        } else if (r < 65) {
            static const SocketState kStates[]
                = { SocketState::Listen, SocketState::Established, SocketState::CloseWait, SocketState::LastAck,
                      SocketState::FinWait2, SocketState::Bound, SocketState::TimeWait };
            e.state = pick(kStates);
        } else if (r < 78) {
            setRandomOwner(e);
        } else if (r < 86) {
            // A process exits and another takes its pid, or the pid is simply reused by a new process.
            spawnProcess(m_rng() % 3 ? randomPid() : (e.pid ? e.pid : randomPid()));
        } else if (r < 89) {
            if (m_processes.size() > 3)
                m_processes.erase(std::next(m_processes.begin(), static_cast<long>(m_rng() % m_processes.size())));
        } else if (r < 94) {
            e.extraOwners = static_cast<std::uint8_t>(m_rng() % 3);
        } else {
            std::shuffle(m_endpoints.begin(), m_endpoints.end(), m_rng);
        }
    }

    std::mt19937 m_rng;
    SyntheticServer m_server;
    std::size_t m_minSize, m_maxSize, m_target = 0;
    int m_serverStreak = 0;
    std::vector<Endpoint> m_endpoints;
    std::map<std::uint32_t, ProcessInfoPtr> m_processes;
    std::shared_ptr<const Snapshot> m_last;
    std::uint64_t m_nextInode = 1;
    std::uint64_t m_nextStart = 1'000'000;
};

// ---------------------------------------------------------------------------------------------------------------
// Reference bookkeeping

// A row's identity on screen: its slot and its first-seen sequence (a slot freed by a retired row can be reused
// by a new row in the same refresh; that is another row).
struct RowId
{
    std::uint32_t slot = 0;
    std::uint64_t sequence = 0;
    auto operator<=>(const RowId&) const = default;
};

struct RefEntry
{
    TableRow row;
    RowPhase phase = RowPhase::Normal;
};

const char* phaseName(RowPhase phase)
{
    switch (phase) {
    case RowPhase::Normal:
        return "Normal";
    case RowPhase::New:
        return "New";
    case RowPhase::Closing:
        return "Closing";
    }
    return "?";
}

std::string describe(const Endpoint& e)
{
    std::ostringstream out;
    out << protocolName(e.protocol) << (e.family() == Family::IPv6 ? "v6 " : " ") << e.localAddress.toString() << ':'
        << e.localPort << " -> " << e.remoteAddress.toString() << ':' << e.remotePort << " inode " << e.inode << ' '
        << stateName(e.state) << " pid " << e.pid << ' ' << ownerStatusName(e.ownerStatus) << " uid " << e.uid
        << " extra " << int(e.extraOwners);
    return out.str();
}

std::string endpointKeyText(const Endpoint& e)
{
    std::ostringstream out;
    out << int(e.protocol) << ' ' << e.localAddress.toString() << ' ' << e.localPort << ' '
        << e.remoteAddress.toString() << ' ' << e.remotePort << ' ' << e.inode;
    return out.str();
}

std::multiset<std::string> keysOf(const Snapshot& s)
{
    std::multiset<std::string> keys;
    for (const auto& e : s.endpoints)
        keys.insert(endpointKeyText(e));
    return keys;
}

std::multiset<std::string> minus(const std::multiset<std::string>& a, const std::multiset<std::string>& b)
{
    std::multiset<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

// What the models are told, slot by slot, kept the plain way: one ordered map, no positions.
class ReferenceSlots
{
public:
    // Returns a description of the first disagreement with the snapshots themselves, or "".
    std::string apply(const TableUpdate& update)
    {
        for (const auto& [uid, name] : update.userNames)
            m_userNames.try_emplace(uid, name);
        for (const auto slot : update.retired)
            m_slots.erase(slot);
        for (const auto slot : update.settled)
            m_slots.at(slot).phase = RowPhase::Normal;
        for (const auto slot : update.closing)
            m_slots.at(slot).phase = RowPhase::Closing;
        for (const auto& [slot, row] : update.changed) {
            auto& entry = m_slots.at(slot);
            const auto firstSeen = entry.row.firstSeenMs;
            const auto sequence = entry.row.sequence;
            entry.row = row;
            entry.row.firstSeenMs = firstSeen;
            entry.row.sequence = sequence;
        }
        for (const auto& [slot, row] : update.added) {
            if (m_slots.contains(slot))
                return "slot " + std::to_string(slot) + " added while still in use";
            m_slots[slot] = RefEntry { row, update.initial ? RowPhase::Normal : RowPhase::New };
        }
        return checkAgainst(*update.snapshot, update.initial);
    }

    void clear()
    {
        m_slots.clear();
        m_userNames.clear();
        m_previousKeys.reset();
    }

    const std::map<std::uint32_t, RefEntry>& entries() const { return m_slots; }

    // The name the quick filter matches for a row's user: the owner's account, else the snapshot's uid table.
    std::string_view userNameOf(const TableRow& row) const
    {
        if (row.owner)
            return row.owner->user;
        auto it = m_userNames.find(row.endpoint.uid);
        return it == m_userNames.end() ? std::string_view {} : std::string_view(it->second);
    }

    std::size_t liveRows() const
    {
        return static_cast<std::size_t>(std::count_if(
            m_slots.begin(), m_slots.end(), [](const auto& item) { return item.second.phase != RowPhase::Closing; }));
    }

private:
    // The bookkeeping above trusts the TableUpdate; this ties it to the snapshots: live rows are exactly the
    // snapshot's endpoints, New rows exactly the keys that appeared, Closing rows exactly the keys that went.
    std::string checkAgainst(const Snapshot& snapshot, bool initial)
    {
        std::multiset<std::string> live, expectedLive, fresh, closing;
        for (const auto& [slot, entry] : m_slots) {
            if (entry.phase != RowPhase::Closing)
                live.insert(describe(entry.row.endpoint));
            if (entry.phase == RowPhase::New)
                fresh.insert(endpointKeyText(entry.row.endpoint));
            if (entry.phase == RowPhase::Closing)
                closing.insert(endpointKeyText(entry.row.endpoint));
            if (entry.row.owner && entry.row.owner->pid != entry.row.endpoint.pid)
                return "slot " + std::to_string(slot) + " has the owner of another pid";
        }
        for (const auto& e : snapshot.endpoints)
            expectedLive.insert(describe(e));
        if (live != expectedLive)
            return "live rows differ from the snapshot's endpoints";
        auto keys = keysOf(snapshot);
        const std::multiset<std::string> none;
        const auto& previous = m_previousKeys ? *m_previousKeys : none;
        if (initial != !m_previousKeys)
            return "initial flag does not match the history";
        if (fresh != (initial ? none : minus(keys, previous)))
            return "New rows are not the endpoints that appeared";
        if (closing != minus(previous, keys))
            return "Closing rows are not the endpoints that vanished";
        m_previousKeys = std::move(keys);
        return {};
    }

    std::map<std::uint32_t, RefEntry> m_slots;
    std::unordered_map<std::uint32_t, std::string> m_userNames;
    std::optional<std::multiset<std::string>> m_previousKeys;
};

// The Process column's text for a row without an owner, written out rather than taken from the core.
std::string_view referenceUnownedLabel(const Endpoint& e)
{
    if (e.ownerStatus == OwnerStatus::Kernel)
        return e.state == SocketState::TimeWait ? "[time wait]" : "[system]";
    if (e.ownerStatus == OwnerStatus::AccessDenied)
        return "[access denied]";
    return "[unknown]";
}

bool referenceMatches(const RowFilter& filter, const ReferenceSlots& ref, const TableRow& row)
{
    return filter.isEmpty() || filter.matches(row, referenceUnownedLabel(row.endpoint), ref.userNameOf(row));
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Flat table reference

// The table's documented order for one column, ascending: names case-insensitively with unowned rows after the
// owned ones, numbers numerically, addresses in address order (then their port), states in enum order.
std::weak_ordering columnOrder(const TableRow& a, const TableRow& b, int column)
{
    const Endpoint& x = a.endpoint;
    const Endpoint& y = b.endpoint;
    switch (column) {
    case EndpointTableModel::ProcessColumn: {
        auto key = [](const TableRow& r) {
            return std::tuple(r.owner == nullptr,
                lowerAscii(r.owner ? std::string_view(r.owner->name) : referenceUnownedLabel(r.endpoint)),
                r.endpoint.pid);
        };
        return key(a) <=> key(b);
    }
    case EndpointTableModel::PidColumn:
        return x.pid <=> y.pid;
    case EndpointTableModel::ProtocolColumn:
        return std::tuple(x.protocol, x.family()) <=> std::tuple(y.protocol, y.family());
    case EndpointTableModel::LocalAddressColumn:
        return std::tuple(x.localAddress, x.localPort) <=> std::tuple(y.localAddress, y.localPort);
    case EndpointTableModel::LocalPortColumn:
        return x.localPort <=> y.localPort;
    case EndpointTableModel::RemoteAddressColumn:
        return std::tuple(x.remoteAddress, x.remotePort) <=> std::tuple(y.remoteAddress, y.remotePort);
    case EndpointTableModel::RemotePortColumn:
        return x.remotePort <=> y.remotePort;
    case EndpointTableModel::StateColumn:
        return x.state <=> y.state;
    case EndpointTableModel::ServiceColumn:
        return lowerAscii(serviceNameOf(x)) <=> lowerAscii(serviceNameOf(y));
    case EndpointTableModel::UserColumn: {
        auto key = [](const TableRow& r) {
            return std::tuple(lowerAscii(r.owner ? r.owner->user : std::string()), r.endpoint.uid);
        };
        return key(a) <=> key(b);
    }
    case EndpointTableModel::FirstSeenColumn:
        return a.firstSeenMs <=> b.firstSeenMs;
    case EndpointTableModel::RemoteHostColumn:
        // No names are known here (no HostNameCache: host_name_cache_test.cpp covers named rows), so the rows
        // are in remote address order.
        return x.remoteAddress <=> y.remoteAddress;
    }
    return std::weak_ordering::equivalent;
}

struct TableRowPicture
{
    RowId id;
    RowPhase phase = RowPhase::Normal;
    Endpoint endpoint;
    const ProcessInfo* owner = nullptr;
    bool operator==(const TableRowPicture&) const = default;
};

std::string describe(const TableRowPicture& row)
{
    return describe(row.endpoint) + " owner " + (row.owner ? row.owner->name : std::string("-")) + " "
        + phaseName(row.phase) + " slot " + std::to_string(row.id.slot) + " seq " + std::to_string(row.id.sequence);
}

std::vector<TableRowPicture> referenceTable(
    const ReferenceSlots& ref, int column, Qt::SortOrder order, const RowFilter& filter)
{
    std::vector<std::pair<std::uint32_t, const RefEntry*>> rows;
    for (const auto& [slot, entry] : ref.entries())
        if (referenceMatches(filter, ref, entry.row))
            rows.emplace_back(slot, &entry);
    std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        // By process, rows without an owner come last whichever the order.
        const bool ownedA = a.second->row.owner != nullptr, ownedB = b.second->row.owner != nullptr;
        if (column == EndpointTableModel::ProcessColumn && ownedA != ownedB)
            return ownedA;
        auto c = columnOrder(a.second->row, b.second->row, column);
        if (order == Qt::DescendingOrder)
            c = 0 <=> c;
        if (c != 0)
            return c < 0;
        return a.second->row.sequence < b.second->row.sequence; // equal keys: first seen first, either order
    });
    std::vector<TableRowPicture> out;
    out.reserve(rows.size());
    for (const auto& [slot, entry] : rows)
        out.push_back({ { slot, entry->row.sequence }, entry->phase, entry->row.endpoint, entry->row.owner.get() });
    return out;
}

RowId tableIdAt(const EndpointTableModel& model, int row)
{
    return { model.data(model.index(row, 0), EndpointTableModel::SlotRole).toUInt(), model.rowAt(row).sequence };
}

std::vector<TableRowPicture> modelTable(const EndpointTableModel& model)
{
    std::vector<TableRowPicture> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.push_back({ tableIdAt(model, r), model.phaseAt(r), model.rowAt(r).endpoint, model.rowAt(r).owner.get() });
    return out;
}

template<typename T> std::string firstDifference(const std::vector<T>& actual, const std::vector<T>& expected)
{
    const auto n = std::min(actual.size(), expected.size());
    for (std::size_t i = 0; i < n; ++i)
        if (!(actual[i] == expected[i]))
            return "first difference at row " + std::to_string(i) + " of " + std::to_string(actual.size())
                + " (reference " + std::to_string(expected.size()) + "):\n  model:     " + describe(actual[i])
                + "\n  reference: " + describe(expected[i]);
    if (actual.size() != expected.size())
        return "model has " + std::to_string(actual.size()) + " rows, reference " + std::to_string(expected.size())
            + "; first extra: " + describe(actual.size() > expected.size() ? actual[n] : expected[n]);
    return {};
}

struct TableSelection
{
    std::set<RowId> selected;
    std::optional<RowId> current;
};

// Selected rows and the current row as identities; "" or what is wrong with the selection's shape.
std::string captureTableSelection(
    const EndpointTableModel& model, const QItemSelectionModel& selection, TableSelection& out)
{
    out = {};
    const auto rows = selection.selectedRows();
    for (const auto& index : rows)
        out.selected.insert(tableIdAt(model, index.row()));
    if (selection.selectedIndexes().size() != rows.size() * EndpointTableModel::ColumnCount)
        return "the selection holds partial rows";
    if (const auto current = selection.currentIndex(); current.isValid())
        out.current = tableIdAt(model, current.row());
    return {};
}

// `kept` counts the selected rows that survived, so that the test can tell the property was exercised.
std::string checkTableSelection(const EndpointTableModel& model, const QItemSelectionModel& selection,
    const TableSelection& before, const std::vector<TableRowPicture>& shown, int& kept)
{
    std::set<RowId> present;
    for (const auto& row : shown)
        present.insert(row.id);
    TableSelection after;
    if (auto error = captureTableSelection(model, selection, after); !error.empty())
        return error;
    std::set<RowId> expected;
    std::set_intersection(before.selected.begin(), before.selected.end(), present.begin(), present.end(),
        std::inserter(expected, expected.end()));
    kept += static_cast<int>(expected.size());
    for (const auto& id : expected)
        if (!after.selected.contains(id))
            return "row slot " + std::to_string(id.slot) + " seq " + std::to_string(id.sequence)
                + " was selected, is still shown (row " + std::to_string(model.rowOfSlot(id.slot))
                + "), but lost its selection";
    for (const auto& id : after.selected)
        if (!expected.contains(id))
            return "row slot " + std::to_string(id.slot) + " seq " + std::to_string(id.sequence)
                + " is selected but was not before";
    if (before.current && present.contains(*before.current) && after.current != before.current)
        return "the current row (slot " + std::to_string(before.current->slot) + ") is still shown at row "
            + std::to_string(model.rowOfSlot(before.current->slot)) + " but the current index moved to "
            + (after.current ? "slot " + std::to_string(after.current->slot) : std::string("nothing"));
    return {};
}

void randomizeTableSelection(std::mt19937& rng, const EndpointTableModel& model, QItemSelectionModel& selection)
{
    const int rows = model.rowCount();
    if (rows == 0)
        return;
    const auto rowFlags = QItemSelectionModel::Rows;
    switch (rng() % 5) {
    case 0:
        selection.clearSelection();
        for (int i = 0, n = static_cast<int>(rng() % 9); i < n; ++i)
            selection.select(model.index(static_cast<int>(rng() % rows), 0), QItemSelectionModel::Select | rowFlags);
        break;
    case 1: {
        // A contiguous block: one selection range that later refreshes must split and shift correctly.
        const int first = static_cast<int>(rng() % rows);
        const int last = std::min(rows - 1, first + static_cast<int>(rng() % 12));
        selection.select(QItemSelection(model.index(first, 0), model.index(last, EndpointTableModel::ColumnCount - 1)),
            QItemSelectionModel::Select | rowFlags);
        break;
    }
    case 2:
        selection.select(model.index(static_cast<int>(rng() % rows), 0), QItemSelectionModel::Deselect | rowFlags);
        break;
    case 3:
        selection.setCurrentIndex(model.index(static_cast<int>(rng() % rows), 0), QItemSelectionModel::NoUpdate);
        break;
    default:
        selection.setCurrentIndex(
            model.index(static_cast<int>(rng() % rows), 0), QItemSelectionModel::ClearAndSelect | rowFlags);
        break;
    }
}

RowFilter randomFilter(std::mt19937& rng, const RandomMachine& machine)
{
    static const char* const kNeedles[] = { "", "", "nginx", "NGINX", "postgres", "dns", "svc", "dnscache", "53", "443",
        "80", "3", "12", "listen", "time_wait", "established", "bound", "udp", "tcp", "root", "www", "alice", "10.0.0",
        "::1", "fe80", "192.0.2", "[time", "system", "access", "unknown", "no-such-thing" };
    RowFilter filter = RowFilter::fromText(kNeedles[rng() % std::size(kNeedles)]);
    if (rng() % 6 == 0 && !machine.processes().empty()) {
        auto it = machine.processes().begin();
        std::advance(it, static_cast<long>(rng() % machine.processes().size()));
        filter = RowFilter::fromText(std::to_string(it->first)); // a pid
    }
    if (rng() % 4 == 0) {
        static const std::pair<std::uint16_t, std::uint16_t> kRanges[]
            = { { 0, 1023 }, { 1024, 40000 }, { 32768, 60999 }, { 32765, 32770 }, { 61000, 65535 } };
        filter.localPorts = kRanges[rng() % std::size(kRanges)];
    }
    return filter;
}

std::string filterText(const RowFilter& filter)
{
    std::string text = "\"" + filter.needle + "\"";
    if (filter.localPorts)
        text += " ports " + std::to_string(filter.localPorts->first) + "-" + std::to_string(filter.localPorts->second);
    return text;
}

class EndpointTableReference : public ::testing::TestWithParam<unsigned>
{
};

} // namespace

TEST_P(EndpointTableReference, RowsOrderPhasesAndSelectionMatchAReferenceOverRandomRefreshes)
{
    const unsigned seed = GetParam();
    constexpr int kRefreshes = 1500;
    std::mt19937 rng(seed);
    RandomMachine machine(seed, 40, 300);

    EndpointTableModel model;
    auto tester = attachModelTester(&model);
    QTableView view; // a real view on the model, as in the app; its selection model is the one checked
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setModel(&model);
    QItemSelectionModel& selection = *view.selectionModel();

    int layoutChanges = 0, insertions = 0, removals = 0, resets = 0;
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, [&] { ++layoutChanges; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { ++insertions; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&] { ++removals; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });

    auto tracker = std::make_unique<TableTracker>();
    ReferenceSlots ref;
    std::int64_t nowMs = 0;
    int refreshLayoutChanges = 0, refreshInsertions = 0, clears = 0, keptSelected = 0;

    for (int step = 0, refreshes = 0; refreshes < kRefreshes; ++step) {
        if (rng() % 2 == 0)
            randomizeTableSelection(rng, model, selection);
        TableSelection before;
        ASSERT_EQ(captureTableSelection(model, selection, before), "") << "seed " << seed << " step " << step;

        std::string op;
        const auto r = rng() % 100;
        const int resetsBefore = resets;
        if (r < 8) {
            const int column = static_cast<int>(rng() % EndpointTableModel::ColumnCount);
            const auto order = rng() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
            op = "sort column " + std::to_string(column) + (order == Qt::AscendingOrder ? " asc" : " desc");
            model.sort(column, order);
        } else if (r < 15) {
            const auto filter = randomFilter(rng, machine);
            op = "filter " + filterText(filter);
            model.setFilter(filter);
        } else if (r < 20) {
            static const int kLimits[] = { 0, 1, 3, 8, 64, 1 << 30 };
            const int limit = kLimits[rng() % std::size(kLimits)];
            op = "run limit " + std::to_string(limit);
            model.setStructuralRunLimit(limit);
        } else if (r < 21) {
            // Switching between live and a capture: the model empties and a new tracker starts from scratch.
            op = "clear";
            model.clear();
            tracker = std::make_unique<TableTracker>();
            ref.clear();
            ++clears;
        } else {
            const auto churn = machine.randomChurn();
            op = std::string("refresh (") + RandomMachine::name(churn) + ")";
            // Several rows often share a first-seen time, so the tie-breaker decides their order.
            nowMs += rng() % 3 ? 0 : 1000;
            const auto layoutBefore = layoutChanges, insertionsBefore = insertions;
            const auto update = tracker->update(machine.next(churn), nowMs);
            const auto refError = ref.apply(update);
            ASSERT_EQ(refError, "") << "seed " << seed << " step " << step << ": the reference disagrees with the "
                                    << "snapshots; the tracker or this test's bookkeeping is wrong";
            model.applyUpdate(update);
            ++refreshes;
            refreshLayoutChanges += layoutChanges - layoutBefore;
            refreshInsertions += insertions - insertionsBefore;
        }
        if (op != "clear") {
            ASSERT_EQ(resets, resetsBefore) << "seed " << seed << " step " << step << " " << op
                                            << ": a refresh, sort or filter must never reset the model";
        }

        const std::string context = "seed " + std::to_string(seed) + " step " + std::to_string(step) + " after " + op
            + " (sort column " + std::to_string(model.sortColumn())
            + (model.sortOrder() == Qt::AscendingOrder ? " asc" : " desc") + ", filter " + filterText(model.filter())
            + ")";
        const auto expected = referenceTable(ref, model.sortColumn(), model.sortOrder(), model.filter());
        const auto actual = modelTable(model);
        ASSERT_TRUE(actual == expected) << context << ": rows differ from the reference; "
                                        << firstDifference(actual, expected);
        ASSERT_EQ(model.liveRowCount(), ref.liveRows()) << context;
        for (int row = 0; row < model.rowCount(); ++row)
            ASSERT_EQ(model.rowOfSlot(actual[static_cast<std::size_t>(row)].id.slot), row) << context;
        ASSERT_EQ(checkTableSelection(model, selection, before, expected, keptSelected), "") << context;
        ASSERT_TRUE(modelTesterFailures().isEmpty())
            << context << ": " << modelTesterFailures().join(QLatin1Char('\n')).toStdString();
    }
    // Not a timing claim: only that the random operations really reached both apply strategies.
    EXPECT_GT(refreshLayoutChanges, 0) << "no refresh was applied as a layout change";
    EXPECT_GT(refreshInsertions, 0) << "no refresh was applied as insertion runs";
    EXPECT_GT(removals, 0);
    EXPECT_GT(clears, 0);
    EXPECT_GT(keptSelected, kRefreshes / 4) << "selected rows rarely survived an operation: the check proved little";
    EXPECT_MODEL_TESTER_CLEAN();
}

INSTANTIATE_TEST_SUITE_P(Seeds, EndpointTableReference, ::testing::Values(1u, 2u, 3u, 4u));

// The first failure the property above found, kept as a readable case: a selected row whose sort key changes (a
// connection going from ESTABLISHED to CLOSE_WAIT while the table is sorted by state) stays selected and current,
// whichever apply strategy the refresh takes.
TEST(EndpointTableReferenceRegression, ARowWhoseSortKeyChangesKeepsItsSelectionAndCurrentIndex)
{
    auto snapshot = [](SocketState second) {
        auto s = std::make_shared<Snapshot>();
        for (std::uint16_t port : { 1, 2, 3 }) {
            Endpoint e;
            e.localPort = port;
            e.inode = port;
            e.remoteAddress = IpAddress::v4(192, 0, 2, 1);
            e.remotePort = 80;
            e.state = port == 2 ? second : SocketState::Established;
            s->endpoints.push_back(e);
        }
        return s;
    };
    for (const int limit : { 1 << 30, 0 }) {
        EndpointTableModel model;
        auto tester = attachModelTester(&model);
        model.setStructuralRunLimit(limit);
        model.sort(EndpointTableModel::StateColumn);
        QItemSelectionModel selection(&model);
        TableTracker tracker;
        model.applyUpdate(tracker.update(snapshot(SocketState::Established), 0));
        const auto slot = model.data(model.index(1, 0), EndpointTableModel::SlotRole).toUInt();
        selection.setCurrentIndex(model.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        model.applyUpdate(tracker.update(snapshot(SocketState::CloseWait), 1));
        const int row = model.rowOfSlot(slot);
        ASSERT_EQ(row, 2) << "CLOSE_WAIT sorts after ESTABLISHED";
        EXPECT_EQ(selection.currentIndex().row(), row) << "run limit " << limit;
        ASSERT_EQ(selection.selectedRows().size(), 1) << "run limit " << limit;
        EXPECT_EQ(selection.selectedRows().front().row(), row) << "run limit " << limit;
    }
    EXPECT_MODEL_TESTER_CLEAN();
}

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Process tree reference

using GroupBy = ProcessTreeModel::GroupBy;
using Counts = ProcessTreeModel::Counts;

const char* groupByName(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Process:
        return "process";
    case GroupBy::Service:
        return "service";
    case GroupBy::RemoteAddress:
        return "remote address";
    case GroupBy::LocalPortRange:
        return "local port range";
    }
    return "?";
}

struct TreeChildPicture
{
    RowId id;
    RowPhase phase = RowPhase::Normal;
    Endpoint endpoint;
    bool operator==(const TreeChildPicture&) const = default;
};

std::string describe(const TreeChildPicture& child)
{
    return describe(child.endpoint) + " " + phaseName(child.phase) + " slot " + std::to_string(child.id.slot) + " seq "
        + std::to_string(child.id.sequence);
}

struct TreeGroupPicture
{
    std::string key;
    QString label;
    bool owned = true;
    Counts counts;
    std::vector<TreeChildPicture> children;
    // `owned` is not visible through the model's interface; it only orders the reference.
    bool operator==(const TreeGroupPicture& other) const
    {
        return key == other.key && label == other.label && counts == other.counts && children == other.children;
    }
};

std::string describe(const Counts& c)
{
    std::ostringstream out;
    out << "endpoints " << c.endpoints << " listen " << c.listening << " est " << c.established << " tw " << c.timeWait
        << " other " << c.otherTcp << " udp " << c.udp << " dyn " << c.inDynamic;
    return out.str();
}

std::string describe(const TreeGroupPicture& group)
{
    return "group " + group.key + " \"" + group.label.toStdString() + "\" " + describe(group.counts) + ", "
        + std::to_string(group.children.size()) + " children";
}

struct TreeReference
{
    GroupBy groupBy = GroupBy::Process;
    MachinePortConfig config;

    const PortRange* dynamicRange(const Endpoint& e) const
    {
        for (const auto& r : config.dynamicRanges)
            if (r.protocol == e.protocol && r.family == e.family())
                return &r.range;
        return nullptr;
    }

    std::string key(const TableRow& row) const
    {
        const Endpoint& e = row.endpoint;
        switch (groupBy) {
        case GroupBy::Process:
            return row.owner ? "p" + std::to_string(row.owner->pid) + ":" + std::to_string(row.owner->startTime)
                             : "u" + std::string(referenceUnownedLabel(e));
        case GroupBy::Service:
            return "s" + std::string(serviceNameOf(e));
        case GroupBy::RemoteAddress:
            return e.remoteAddress.isUnspecified() ? "r" : "r" + e.remoteAddress.toString();
        case GroupBy::LocalPortRange: {
            const auto* range = dynamicRange(e);
            if (e.localPort < 1024)
                return "l0";
            if (!range)
                return "l1";
            if (e.localPort < range->first)
                return "l1:" + std::to_string(range->first);
            if (e.localPort <= range->last)
                return "l2:" + std::to_string(range->first) + "-" + std::to_string(range->last);
            return "l3:" + std::to_string(range->last);
        }
        }
        return {};
    }

    QString label(const TableRow& row) const
    {
        const Endpoint& e = row.endpoint;
        switch (groupBy) {
        case GroupBy::Process:
            return row.owner ? QString::fromStdString(row.owner->displayName())
                             : QString::fromUtf8(referenceUnownedLabel(e).data(),
                                 static_cast<qsizetype>(referenceUnownedLabel(e).size()));
        case GroupBy::Service: {
            const auto name = serviceNameOf(e);
            return name.empty() ? QStringLiteral("(no service name)")
                                : QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        }
        case GroupBy::RemoteAddress:
            return e.remoteAddress.isUnspecified() ? QStringLiteral("(not connected)")
                                                   : QString::fromStdString(e.remoteAddress.toString());
        case GroupBy::LocalPortRange: {
            const auto* range = dynamicRange(e);
            if (e.localPort < 1024)
                return QString::fromUtf8("Well-known ports 0–1023");
            if (!range)
                return QString::fromUtf8("Ports 1024–65535");
            if (e.localPort < range->first)
                return QString::fromUtf8("Registered ports 1024–%1").arg(range->first - 1);
            if (e.localPort <= range->last)
                return QString::fromUtf8("Dynamic range %1–%2").arg(range->first).arg(range->last);
            return QString::fromUtf8("Above the dynamic range %1–65535").arg(range->last + 1);
        }
        }
        return {};
    }

    void count(Counts& c, const Endpoint& e) const
    {
        ++c.endpoints;
        if (e.protocol == Protocol::Udp)
            ++c.udp;
        else if (e.state == SocketState::Listen)
            ++c.listening;
        else if (e.state == SocketState::Established)
            ++c.established;
        else if (e.state == SocketState::TimeWait)
            ++c.timeWait;
        else
            ++c.otherTcp;
        if (const auto* range = dynamicRange(e); range && range->contains(e.localPort))
            ++c.inDynamic;
    }

    // Groups built from scratch: every row of any phase belongs to its group; counts cover the rows that are
    // not closing, shown or filtered out (a process's totals); a group is shown when the filter leaves it a
    // child. Groups: owned before unowned, then by label case-insensitively, then by key. Children: by
    // protocol, local port, then first seen.
    std::vector<TreeGroupPicture> build(const ReferenceSlots& ref, const RowFilter& filter) const
    {
        std::map<std::string, TreeGroupPicture> groups;
        for (const auto& [slot, entry] : ref.entries()) {
            auto& group = groups[key(entry.row)];
            group.key = key(entry.row);
            group.label = label(entry.row);
            group.owned = groupBy != GroupBy::Process || entry.row.owner != nullptr;
            if (entry.phase != RowPhase::Closing)
                count(group.counts, entry.row.endpoint);
            if (referenceMatches(filter, ref, entry.row))
                group.children.push_back({ { slot, entry.row.sequence }, entry.phase, entry.row.endpoint });
        }
        std::vector<TreeGroupPicture> out;
        for (auto& [key, group] : groups) {
            if (group.children.empty())
                continue;
            std::sort(group.children.begin(), group.children.end(), [](const auto& a, const auto& b) {
                return std::tuple(a.endpoint.protocol, a.endpoint.localPort, a.id.sequence)
                    < std::tuple(b.endpoint.protocol, b.endpoint.localPort, b.id.sequence);
            });
            out.push_back(std::move(group));
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            if (a.owned != b.owned)
                return a.owned;
            if (const int c = a.label.compare(b.label, Qt::CaseInsensitive))
                return c < 0;
            return a.key < b.key;
        });
        return out;
    }
};

RowPhase treePhase(const QModelIndex& child)
{
    // The tree has no phase role; the phase shows as the TCPView colours (no conflict tint is set here).
    const auto background = child.data(Qt::BackgroundRole);
    if (!background.isValid())
        return RowPhase::Normal;
    return background.value<QColor>() == QColor(0xc8, 0xf0, 0xc8) ? RowPhase::New : RowPhase::Closing;
}

RowId treeIdOf(const ProcessTreeModel& model, const QModelIndex& child)
{
    const auto slot = model.slotOf(child);
    const auto* row = model.rowOfSlot(slot);
    return { slot, row ? row->sequence : ~std::uint64_t(0) };
}

std::vector<TreeGroupPicture> modelTree(const ProcessTreeModel& model)
{
    std::vector<TreeGroupPicture> out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const auto group = model.index(g, 0);
        TreeGroupPicture picture;
        picture.key = group.data(ProcessTreeModel::GroupKeyRole).toString().toStdString();
        picture.label = group.data().toString();
        picture.counts = model.countsOf(group);
        for (int c = 0; c < model.rowCount(group); ++c) {
            const auto child = model.index(c, 0, group);
            const auto* row = model.rowOfSlot(model.slotOf(child));
            picture.children.push_back({ treeIdOf(model, child), treePhase(child), row ? row->endpoint : Endpoint {} });
        }
        out.push_back(std::move(picture));
    }
    return out;
}

std::string treeDifference(const std::vector<TreeGroupPicture>& actual, const std::vector<TreeGroupPicture>& expected)
{
    for (std::size_t g = 0; g < std::min(actual.size(), expected.size()); ++g) {
        const auto& a = actual[g];
        const auto& b = expected[g];
        if (a == b)
            continue;
        std::string text = "first difference at group row " + std::to_string(g) + ":\n  model:     " + describe(a)
            + "\n  reference: " + describe(b);
        if (a.key == b.key && a.children != b.children)
            text += "\n  children: " + firstDifference(a.children, b.children);
        return text;
    }
    if (actual.size() != expected.size())
        return "model shows " + std::to_string(actual.size()) + " groups, reference " + std::to_string(expected.size())
            + "; first extra: "
            + describe(actual.size() > expected.size() ? actual[expected.size()] : expected[actual.size()]);
    return {};
}

struct TreeSelection
{
    std::set<RowId> children;
    std::set<std::string> groups;
    std::optional<std::variant<RowId, std::string>> current;
    std::set<std::string> expanded;
};

std::string captureTreeSelection(const ProcessTreeModel& model, const QTreeView& view, TreeSelection& out)
{
    out = {};
    const auto& selection = *view.selectionModel();
    const auto rows = selection.selectedRows();
    for (const auto& index : rows) {
        if (index.parent().isValid())
            out.children.insert(treeIdOf(model, index));
        else
            out.groups.insert(index.data(ProcessTreeModel::GroupKeyRole).toString().toStdString());
    }
    if (selection.selectedIndexes().size() != rows.size() * ProcessTreeModel::ColumnCount)
        return "the selection holds partial rows";
    if (const auto current = selection.currentIndex(); current.isValid()) {
        if (current.parent().isValid())
            out.current = treeIdOf(model, current);
        else
            out.current = current.data(ProcessTreeModel::GroupKeyRole).toString().toStdString();
    }
    for (int g = 0; g < model.rowCount(); ++g)
        if (view.isExpanded(model.index(g, 0)))
            out.expanded.insert(model.index(g, 0).data(ProcessTreeModel::GroupKeyRole).toString().toStdString());
    return {};
}

// `kept` counts the selected rows and expanded groups that survived, as evidence the property was exercised.
std::string checkTreeSelection(const ProcessTreeModel& model, const QTreeView& view, const TreeSelection& before,
    const std::vector<TreeGroupPicture>& shown, int& keptSelected, int& keptExpanded)
{
    std::set<RowId> presentChildren;
    std::set<std::string> presentGroups;
    for (const auto& group : shown) {
        presentGroups.insert(group.key);
        for (const auto& child : group.children)
            presentChildren.insert(child.id);
    }
    TreeSelection after;
    if (auto error = captureTreeSelection(model, view, after); !error.empty())
        return error;
    for (const auto& id : before.children)
        keptSelected += presentChildren.contains(id);
    for (const auto& key : before.expanded)
        keptExpanded += presentGroups.contains(key);
    for (const auto& id : before.children)
        if (presentChildren.contains(id) && !after.children.contains(id))
            return "child slot " + std::to_string(id.slot) + " seq " + std::to_string(id.sequence)
                + " was selected, is still shown, but lost its selection";
    for (const auto& id : after.children)
        if (!before.children.contains(id))
            return "child slot " + std::to_string(id.slot) + " seq " + std::to_string(id.sequence)
                + " is selected but was not before";
    for (const auto& key : before.groups)
        if (presentGroups.contains(key) && !after.groups.contains(key))
            return "group " + key + " was selected, is still shown, but lost its selection";
    for (const auto& key : after.groups)
        if (!before.groups.contains(key))
            return "group " + key + " is selected but was not before";
    if (before.current) {
        const bool present = std::holds_alternative<RowId>(*before.current)
            ? presentChildren.contains(std::get<RowId>(*before.current))
            : presentGroups.contains(std::get<std::string>(*before.current));
        if (present && after.current != before.current)
            return "the current row is still shown but the current index moved";
    }
    for (const auto& key : presentGroups)
        if (before.expanded.contains(key) != after.expanded.contains(key))
            return "group " + key + (after.expanded.contains(key) ? " became expanded" : " was collapsed")
                + " by the refresh";
    return {};
}

void randomizeTreeView(std::mt19937& rng, const ProcessTreeModel& model, QTreeView& view)
{
    const int groups = model.rowCount();
    if (groups == 0)
        return;
    auto& selection = *view.selectionModel();
    const auto rows = QItemSelectionModel::Rows;
    auto randomGroup = [&] { return model.index(static_cast<int>(rng() % groups), 0); };
    auto randomChild = [&] {
        const auto group = randomGroup();
        return model.index(static_cast<int>(rng() % model.rowCount(group)), 0, group);
    };
    switch (rng() % 8) {
    case 0:
        selection.clearSelection();
        for (int i = 0, n = static_cast<int>(rng() % 9); i < n; ++i)
            selection.select(randomChild(), QItemSelectionModel::Select | rows);
        break;
    case 1:
        selection.select(rng() % 3 ? randomChild() : randomGroup(), QItemSelectionModel::Select | rows);
        break;
    case 2:
        selection.setCurrentIndex(rng() % 3 ? randomChild() : randomGroup(), QItemSelectionModel::NoUpdate);
        break;
    case 3: {
        // A block of siblings: one range to be remapped child by child.
        const auto group = randomGroup();
        const int n = model.rowCount(group);
        const int first = static_cast<int>(rng() % n);
        const int last = std::min(n - 1, first + static_cast<int>(rng() % 6));
        selection.select(
            QItemSelection(model.index(first, 0, group), model.index(last, ProcessTreeModel::ColumnCount - 1, group)),
            QItemSelectionModel::Select | rows);
        break;
    }
    case 4:
    case 5:
        for (int i = 0, n = 1 + static_cast<int>(rng() % 4); i < n; ++i)
            view.expand(randomGroup());
        break;
    case 6:
        view.collapse(randomGroup());
        break;
    default:
        if (rng() % 2)
            view.expandAll();
        else
            view.collapseAll();
        break;
    }
}

class ProcessTreeReference : public ::testing::TestWithParam<unsigned>
{
};

} // namespace

TEST_P(ProcessTreeReference, GroupsChildrenCountsSelectionAndExpansionMatchAReferenceOverRandomRefreshes)
{
    const unsigned seed = GetParam();
    constexpr int kRefreshes = 800;
    std::mt19937 rng(seed);
    RandomMachine machine(seed, 40, 200);

    ProcessTreeModel model;
    auto tester = attachModelTester(&model);
    TreeReference tree;
    tree.config = uniformPortConfig({ 32768, 60999 });
    model.setPortConfig(tree.config);
    QTreeView view; // its expanded set and selection are persistent indexes the model must remap
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setModel(&model);

    int layoutChanges = 0, rowSignals = 0, resets = 0;
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, [&] { ++layoutChanges; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { ++rowSignals; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, [&] { ++rowSignals; });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });

    auto tracker = std::make_unique<TableTracker>();
    ReferenceSlots ref;
    RowFilter filter;
    int structuralRefreshes = 0, clears = 0, keptSelected = 0, keptExpanded = 0;

    for (int step = 0, refreshes = 0; refreshes < kRefreshes; ++step) {
        if (rng() % 2 == 0)
            randomizeTreeView(rng, model, view);
        TreeSelection before;
        ASSERT_EQ(captureTreeSelection(model, view, before), "") << "seed " << seed << " step " << step;

        std::string op;
        const auto r = rng() % 100;
        const int layoutBefore = layoutChanges, rowSignalsBefore = rowSignals, resetsBefore = resets;
        if (r < 7) {
            static const GroupBy kModes[]
                = { GroupBy::Process, GroupBy::Service, GroupBy::RemoteAddress, GroupBy::LocalPortRange };
            tree.groupBy = kModes[rng() % std::size(kModes)];
            op = std::string("group by ") + groupByName(tree.groupBy);
            model.setGroupBy(tree.groupBy);
        } else if (r < 14) {
            filter = randomFilter(rng, machine);
            op = "filter " + filterText(filter);
            model.setFilter(filter);
        } else if (r < 16) {
            static const std::pair<std::uint16_t, std::uint16_t> kRanges[]
                = { { 32768, 60999 }, { 49152, 65535 }, { 1025, 5000 } };
            const auto [first, last] = kRanges[rng() % std::size(kRanges)];
            op = "port config " + std::to_string(first) + "-" + std::to_string(last);
            tree.config = uniformPortConfig({ first, last });
            if (rng() % 2) {
                // Windows can give UDP another range than TCP: then each has its own groups and labels.
                const auto [udpFirst, udpLast] = kRanges[rng() % std::size(kRanges)];
                for (auto& range : tree.config.dynamicRanges)
                    if (range.protocol == Protocol::Udp)
                        range.range = { udpFirst, udpLast };
                op += ", UDP " + std::to_string(udpFirst) + "-" + std::to_string(udpLast);
            }
            model.setPortConfig(tree.config);
        } else if (r < 17) {
            op = "clear";
            model.clear();
            tracker = std::make_unique<TableTracker>();
            ref.clear();
            ++clears;
        } else {
            const auto churn = machine.randomChurn();
            op = std::string("refresh (") + RandomMachine::name(churn) + ")";
            const auto update = tracker->update(machine.next(churn), step * 1000);
            const auto refError = ref.apply(update);
            ASSERT_EQ(refError, "") << "seed " << seed << " step " << step << ": the reference disagrees with the "
                                    << "snapshots; the tracker or this test's bookkeeping is wrong";
            model.applyUpdate(update);
            ++refreshes;
            ASSERT_EQ(rowSignals, rowSignalsBefore)
                << "seed " << seed << " step " << step << ": refreshes go out as layout changes, not row signals";
            ASSERT_LE(layoutChanges - layoutBefore, 1)
                << "seed " << seed << " step " << step << ": one layout change per structural refresh at most";
            structuralRefreshes += layoutChanges - layoutBefore;
        }
        if (op != "clear") {
            ASSERT_EQ(resets, resetsBefore)
                << "seed " << seed << " step " << step << " " << op << ": only clear() may reset the model";
        }

        const std::string context = "seed " + std::to_string(seed) + " step " + std::to_string(step) + " after " + op
            + " (group by " + groupByName(tree.groupBy) + ", filter " + filterText(filter) + ")";
        const auto expected = tree.build(ref, filter);
        const auto actual = modelTree(model);
        ASSERT_TRUE(actual == expected) << context << ": the tree differs from the reference; "
                                        << treeDifference(actual, expected);
        for (const auto& group : expected) {
            ASSERT_EQ(
                model.indexOfGroup(QString::fromStdString(group.key)).data(ProcessTreeModel::GroupSizeRole).toInt(),
                group.counts.endpoints)
                << context;
            for (const auto& child : group.children)
                ASSERT_EQ(model.slotOf(model.indexOfSlot(child.id.slot)), child.id.slot) << context;
        }
        ASSERT_EQ(checkTreeSelection(model, view, before, expected, keptSelected, keptExpanded), "") << context;
        ASSERT_TRUE(modelTesterFailures().isEmpty())
            << context << ": " << modelTesterFailures().join(QLatin1Char('\n')).toStdString();
    }
    EXPECT_GT(structuralRefreshes, 0);
    EXPECT_GT(clears, 0);
    EXPECT_GT(keptSelected, kRefreshes / 4)
        << "selected children rarely survived an operation: the check proved little";
    EXPECT_GT(keptExpanded, kRefreshes / 4) << "expanded groups rarely survived an operation: the check proved little";
    EXPECT_MODEL_TESTER_CLEAN();
}

INSTANTIATE_TEST_SUITE_P(Seeds, ProcessTreeReference, ::testing::Values(1u, 2u, 3u, 4u));
