#pragma once

#include "snapshot.h"
#include "snapshot_diff.h"

#include <string>
#include <vector>

namespace portolan {

// Per owner (ownerLabel), how two snapshots differ: "what changed since boot" at a glance.
struct OwnerDelta
{
    std::string owner;
    std::size_t before = 0, after = 0, added = 0, removed = 0, changed = 0;
    long delta() const { return static_cast<long>(after) - static_cast<long>(before); }
};

struct SnapshotComparison
{
    SnapshotDiff diff;
    std::vector<OwnerDelta> owners; // only owners with any difference, by |delta| then name
};

SnapshotComparison compareSnapshots(const Snapshot& before, const Snapshot& after);

} // namespace portolan
