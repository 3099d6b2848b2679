#include "snapshot_compare.h"

#include "snapshot_text.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace portolan {

SnapshotComparison compareSnapshots(const Snapshot& before, const Snapshot& after)
{
    SnapshotComparison out;
    out.diff = diffSnapshots(before, after);
    std::map<std::string, OwnerDelta> owners;
    auto at = [&](const std::string& label) -> OwnerDelta& {
        auto& d = owners[label];
        d.owner = label;
        return d;
    };
    for (const auto& e : before.endpoints)
        ++at(ownerLabel(e, before)).before;
    for (const auto& e : after.endpoints)
        ++at(ownerLabel(e, after)).after;
    for (auto i : out.diff.removed)
        ++at(ownerLabel(before.endpoints[i], before)).removed;
    for (auto j : out.diff.added)
        ++at(ownerLabel(after.endpoints[j], after)).added;
    for (const auto& [i, j] : out.diff.changed) {
        const auto was = ownerLabel(before.endpoints[i], before);
        const auto now = ownerLabel(after.endpoints[j], after);
        ++at(now).changed;
        if (was != now)
            ++at(was).changed;
    }
    for (auto& [label, d] : owners)
        if (d.added || d.removed || d.changed || d.before != d.after)
            out.owners.push_back(std::move(d));
    std::stable_sort(out.owners.begin(), out.owners.end(),
        [](const OwnerDelta& a, const OwnerDelta& b) { return std::labs(a.delta()) > std::labs(b.delta()); });
    return out;
}

} // namespace portolan
