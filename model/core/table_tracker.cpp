#include "table_update.h"

namespace portolan {

std::uint32_t TableTracker::allocateSlot()
{
    if (!m_freeSlots.empty()) {
        const auto slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        return slot;
    }
    return m_slotCount++;
}

TableUpdate TableTracker::update(std::shared_ptr<const Snapshot> next, std::int64_t nowMs)
{
    TableUpdate out;
    // Rows shown red last time go now; their slots are free for this update's new rows. Rows shown green
    // last time turn normal.
    out.retired = std::move(m_closing);
    m_closing.clear();
    m_freeSlots.insert(m_freeSlots.end(), out.retired.begin(), out.retired.end());
    out.settled = std::move(m_new);
    m_new.clear();

    static const Snapshot kEmpty;
    const Snapshot& before = m_previous ? *m_previous : kEmpty;
    const SnapshotDiff diff = diffSnapshots(before, *next);

    std::vector<std::uint32_t> slotOfIndex(next->endpoints.size());
    for (const auto& [i, j] : diff.unchanged)
        slotOfIndex[j] = m_slotOfIndex[i];

    auto ownerOf = [&](const Endpoint& e) -> ProcessInfoPtr {
        if (e.ownerStatus != OwnerStatus::Resolved)
            return nullptr;
        auto it = next->processes.find(e.pid);
        return it == next->processes.end() ? nullptr : it->second;
    };

    out.changed.reserve(diff.changed.size());
    for (const auto& [i, j] : diff.changed) {
        const auto slot = m_slotOfIndex[i];
        slotOfIndex[j] = slot;
        const auto& e = next->endpoints[j];
        // firstSeenMs and sequence stay the model's: a changed row keeps its place in "first seen" order.
        out.changed.emplace_back(slot, TableRow { e, ownerOf(e), 0, 0 });
    }
    out.closing.reserve(diff.removed.size());
    for (const auto i : diff.removed)
        out.closing.push_back(m_slotOfIndex[i]);
    m_closing = out.closing;

    out.added.reserve(diff.added.size());
    for (const auto j : diff.added) {
        const auto slot = allocateSlot();
        slotOfIndex[j] = slot;
        const auto& e = next->endpoints[j];
        out.added.emplace_back(slot, TableRow { e, ownerOf(e), nowMs, m_nextSequence++ });
        // The first snapshot is not news: only rows that appear later are highlighted.
        if (m_previous)
            m_new.push_back(slot);
    }

    out.initial = !m_previous;
    out.slotCount = m_slotCount;
    out.meta = next->meta;
    out.counts = countSnapshot(*next);
    out.userNames = next->userNames;
    m_slotOfIndex = std::move(slotOfIndex);
    m_previous = next;
    out.snapshot = std::move(next);
    return out;
}

} // namespace portolan
