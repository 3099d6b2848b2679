#include "snapshot_diff.h"

#include <unordered_map>

namespace portolan {

namespace {
struct OwnerIdentity
{
    std::uint32_t pid;
    std::uint64_t startTime;
    const ProcessInfo* process;
};

OwnerIdentity ownerOf(const Snapshot& snapshot, const Endpoint& e)
{
    const ProcessInfo* process = e.pid ? snapshot.process(e.pid) : nullptr;
    return { e.pid, process ? process->startTime : 0, process };
}

// What the table shows of an owner besides its pid: the name, and the services it hosts ("Dnscache
// [svchost.exe]"), which Windows learns a few seconds after the process appears.
bool sameOwnerLabel(const ProcessInfo& a, const ProcessInfo& b)
{
    return &a == &b || (a.name == b.name && a.services == b.services);
}
} // namespace

bool endpointAttributesDiffer(const Snapshot& before, const Endpoint& a, const Snapshot& after, const Endpoint& b)
{
    if (a.state != b.state || a.pid != b.pid || a.ownerStatus != b.ownerStatus || a.uid != b.uid
        || a.extraOwners != b.extraOwners)
        return true;
    if (a.pid == 0)
        return false;
    const auto oa = ownerOf(before, a);
    const auto ob = ownerOf(after, b);
    if (oa.startTime != ob.startTime)
        return true; // pid reuse
    if ((oa.process == nullptr) != (ob.process == nullptr))
        return true;
    return oa.process && !sameOwnerLabel(*oa.process, *ob.process);
}

bool sameSockets(const Snapshot& before, const Snapshot& after)
{
    if (before.endpoints != after.endpoints || before.processes.size() != after.processes.size())
        return false;
    // Owners are the processes of the endpoints: equal maps mean every endpoint keeps its owner (same pid, same
    // process: start time, name and services, as endpointAttributesDiffer() tells them apart).
    for (const auto& [pid, info] : after.processes) {
        const ProcessInfo* old = before.process(pid);
        if (!old || !info || old->startTime != info->startTime || !sameOwnerLabel(*old, *info))
            return false;
    }
    return true;
}

SnapshotDiff diffSnapshots(const Snapshot& before, const Snapshot& after)
{
    SnapshotDiff diff;
    const auto& old = before.endpoints;
    const auto& now = after.endpoints;
    if (sameSockets(before, after)) {
        diff.unchanged.reserve(now.size());
        for (std::uint32_t i = 0; i < now.size(); ++i)
            diff.unchanged.emplace_back(i, i);
        return diff;
    }

    // key -> first index in `before`; equal keys are chained through nextSame in order of occurrence.
    constexpr std::uint32_t kNone = 0xffffffffu;
    std::unordered_map<EndpointKey, std::uint32_t, EndpointKeyHash> firstOf;
    firstOf.reserve(old.size());
    std::vector<std::uint32_t> nextSame(old.size(), kNone);
    std::unordered_map<std::uint32_t, std::uint32_t> tailOf; // head index -> tail index, only for duplicates
    for (std::uint32_t i = 0; i < old.size(); ++i) {
        auto [it, inserted] = firstOf.try_emplace(EndpointKey::of(old[i]), i);
        if (!inserted) {
            auto tail = tailOf.try_emplace(it->second, it->second).first;
            nextSame[tail->second] = i;
            tail->second = i;
        }
    }

    std::vector<bool> matched(old.size(), false);
    diff.unchanged.reserve(std::min(old.size(), now.size()));
    for (std::uint32_t j = 0; j < now.size(); ++j) {
        auto it = firstOf.find(EndpointKey::of(now[j]));
        if (it == firstOf.end() || it->second == kNone) {
            diff.added.push_back(j);
            continue;
        }
        const std::uint32_t i = it->second;
        it->second = nextSame[i]; // consume this occurrence
        matched[i] = true;
        if (endpointAttributesDiffer(before, old[i], after, now[j]))
            diff.changed.emplace_back(i, j);
        else
            diff.unchanged.emplace_back(i, j);
    }
    for (std::uint32_t i = 0; i < old.size(); ++i)
        if (!matched[i])
            diff.removed.push_back(i);
    return diff;
}

} // namespace portolan
