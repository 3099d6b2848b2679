#include "owner_key.h"

#include <algorithm>
#include <bit>

namespace portolan::analysis {

OwnerKind ownerKindOf(const Endpoint& e)
{
    if (e.ownerStatus == OwnerStatus::Resolved)
        return OwnerKind::Process;
    if (e.state == SocketState::TimeWait)
        return OwnerKind::TimeWait;
    switch (e.ownerStatus) {
    case OwnerStatus::Kernel:
        return OwnerKind::System;
    case OwnerStatus::AccessDenied:
        return OwnerKind::AccessDenied;
    default:
        return OwnerKind::Unknown;
    }
}

std::string_view ownerKindName(OwnerKind kind)
{
    switch (kind) {
    case OwnerKind::Process:
        return "process";
    case OwnerKind::TimeWait:
        return "time-wait";
    case OwnerKind::System:
        return "system";
    case OwnerKind::AccessDenied:
        return "access-denied";
    case OwnerKind::Unknown:
        return "unknown";
    case OwnerKind::Other:
        return "other";
    }
    return "unknown";
}

std::string_view ownerKindLabel(OwnerKind kind)
{
    switch (kind) {
    case OwnerKind::Process:
        return "[process]";
    case OwnerKind::TimeWait:
        return "[time wait]";
    case OwnerKind::System:
        return "[system]";
    case OwnerKind::AccessDenied:
        return "[access denied]";
    case OwnerKind::Unknown:
        return "[unknown]";
    case OwnerKind::Other:
        return "[other]";
    }
    return "[unknown]";
}

std::string processName(const Snapshot& snapshot, std::uint32_t pid)
{
    if (const auto* p = snapshot.process(pid); p && !p->name.empty())
        return p->displayName();
    return "pid " + std::to_string(pid);
}

PidSlotTable::PidSlotTable(std::size_t expectedPids)
{
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, expectedPids * 2));
    m_keys.assign(capacity, 0);
    m_slots.assign(capacity, kEmpty);
    m_mask = static_cast<std::uint32_t>(capacity - 1);
    m_shift = 32 - std::countr_zero(capacity);
    m_pids.reserve(expectedPids);
}

std::uint32_t PidSlotTable::lookupOrInsert(std::uint32_t pid)
{
    // Fibonacci hashing (top bits of pid * 2^32/phi): pids are small and often multiples of 4 (Windows), which a
    // plain mask would cluster.
    std::uint32_t i = (pid * 0x9E3779B1u) >> m_shift;
    while (m_slots[i] != kEmpty) {
        if (m_keys[i] == pid)
            return m_slots[i];
        i = (i + 1) & m_mask;
    }
    const auto slot = static_cast<std::uint32_t>(m_pids.size());
    m_keys[i] = pid;
    m_slots[i] = slot;
    m_pids.push_back(pid);
    if (m_pids.size() * 2 > m_keys.size())
        grow();
    return slot;
}

void PidSlotTable::grow()
{
    const std::size_t capacity = m_keys.size() * 2;
    m_keys.assign(capacity, 0);
    m_slots.assign(capacity, kEmpty);
    m_mask = static_cast<std::uint32_t>(capacity - 1);
    m_shift = 32 - std::countr_zero(capacity);
    for (std::uint32_t slot = 0; slot < m_pids.size(); ++slot) {
        std::uint32_t i = (m_pids[slot] * 0x9E3779B1u) >> m_shift;
        while (m_slots[i] != kEmpty)
            i = (i + 1) & m_mask;
        m_keys[i] = m_pids[slot];
        m_slots[i] = slot;
    }
}

} // namespace portolan::analysis
