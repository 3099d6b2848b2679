#include "snapshot.h"

#include <unordered_set>

namespace portolan {

SnapshotCounts countSnapshot(const Snapshot& snapshot)
{
    SnapshotCounts counts;
    counts.endpoints = snapshot.endpoints.size();
    std::unordered_set<std::uint32_t> owners;
    for (const auto& e : snapshot.endpoints) {
        (e.protocol == Protocol::Tcp ? counts.tcp : counts.udp)++;
        if (e.state == SocketState::Listen)
            ++counts.listening;
        else if (e.state == SocketState::Established)
            ++counts.established;
        else if (e.state == SocketState::TimeWait)
            ++counts.timeWait;
        if (e.ownerStatus == OwnerStatus::Resolved)
            owners.insert(e.pid);
    }
    counts.processes = owners.size();
    return counts;
}

} // namespace portolan
