#pragma once

#include "snapshot.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace portolan {

// What changed between two snapshots, as indices into their endpoint vectors. Endpoints are matched by
// EndpointKey; keys that occur more than once in one snapshot (Windows SO_REUSEADDR, hand-edited captures) are
// matched in order of occurrence. "Changed" means state or owner differ; an owner differs when the pid differs,
// or the pid is the same but the process is another one (pid reuse: different start time or name), or the same
// process now shows another label (Windows services learnt later).
struct SnapshotDiff
{
    std::vector<std::uint32_t> removed; // indices into `before`, ascending
    std::vector<std::uint32_t> added; // indices into `after`, ascending
    std::vector<std::pair<std::uint32_t, std::uint32_t>> changed; // (before, after)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> unchanged; // (before, after)

    bool empty() const { return removed.empty() && added.empty() && changed.empty(); }
};

// Linear in before.size() + after.size() (one hash table over `before`); a plain comparison when nothing changed.
SnapshotDiff diffSnapshots(const Snapshot& before, const Snapshot& after);

// True when `after` shows exactly the sockets of `before`, in the same order, with the same states and owners:
// the diff would find nothing. The common case on an idle server, where it spares the diff's hash table and
// every report built from the snapshot (issue #7: an idle refresh may cost at most 2 % of a core).
bool sameSockets(const Snapshot& before, const Snapshot& after);

// True when the two endpoints (already known to share a key) differ in state or owner.
bool endpointAttributesDiffer(const Snapshot& before, const Endpoint& a, const Snapshot& after, const Endpoint& b);

} // namespace portolan
