#include "row_store.h"

#include <algorithm>

namespace portolan {

void RowStore::apply(const TableUpdate& update)
{
    if (m_entries.size() < update.slotCount) {
        // Headroom: the refresh after the first one adds rows before it retires any, and moving 100,000 rows into
        // a bigger vector then cost a 5 ms stall. Pages not yet used are not resident.
        if (m_entries.capacity() < update.slotCount)
            m_entries.reserve(update.slotCount + update.slotCount / 4);
        m_entries.resize(update.slotCount);
    }
    for (const auto& [uid, name] : update.userNames)
        m_userNames.try_emplace(uid, name);

    m_before.clear();
    for (const auto slot : update.retired) {
        m_before.emplace_back(slot, std::move(m_entries[slot].row));
        m_entries[slot] = Entry {};
    }
    for (const auto slot : update.settled)
        m_entries[slot].phase = RowPhase::Normal;
    for (const auto slot : update.closing) {
        m_entries[slot].phase = RowPhase::Closing;
        --m_liveRows;
    }
    for (const auto& [slot, row] : update.changed) {
        TableRow& current = m_entries[slot].row;
        TableRow next = row;
        // First-seen time and order belong to the row, not to this refresh.
        next.firstSeenMs = current.firstSeenMs;
        next.sequence = current.sequence;
        m_before.emplace_back(slot, std::exchange(current, std::move(next)));
    }
    for (const auto& [slot, row] : update.added) {
        m_entries[slot] = Entry { row, update.initial ? RowPhase::Normal : RowPhase::New, true };
        ++m_liveRows;
    }
    std::sort(m_before.begin(), m_before.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

const TableRow& RowStore::rowBefore(std::uint32_t slot) const
{
    auto it = std::lower_bound(
        m_before.begin(), m_before.end(), slot, [](const auto& entry, std::uint32_t s) { return entry.first < s; });
    return it != m_before.end() && it->first == slot ? it->second : m_entries[slot].row;
}

const std::string* RowStore::userName(std::uint32_t uid) const
{
    auto it = m_userNames.find(uid);
    return it == m_userNames.end() ? nullptr : &it->second;
}

void RowStore::clear()
{
    m_entries.clear();
    m_before.clear();
    m_userNames.clear();
    m_liveRows = 0;
}

} // namespace portolan
