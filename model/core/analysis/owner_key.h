#pragma once

#include "../snapshot.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::analysis {

// Who a row counts for in the range views. Rows without an owning process are never dropped (issue #2): they
// get a series of their own, so a TIME_WAIT flood shows up as "[time wait]" instead of vanishing.
enum class OwnerKind : std::uint8_t {
    Process, // a resolved pid
    TimeWait, // TIME_WAIT without an owner (always so on Linux; PID 0 on Windows)
    System, // the kernel or the System process holds it
    AccessDenied, // some process holds it, we may not look
    Unknown, // holder not found
    Other, // histogram only: processes outside the top K, summed
};

inline constexpr std::size_t kUnownedKinds = 4; // TimeWait, System, AccessDenied, Unknown

OwnerKind ownerKindOf(const Endpoint& endpoint);
// Machine-readable name for JSON and for the GUI to key its translations on: "process", "time-wait",
// "system", "access-denied", "unknown", "other".
std::string_view ownerKindName(OwnerKind kind);
// English label for the CLI, matching ownerLabel() in snapshot_text.h: "[time wait]", "[system]", ...
std::string_view ownerKindLabel(OwnerKind kind);
// Index 0..3 of an unowned kind, for fixed slots ahead of the process slots.
inline std::size_t unownedIndex(OwnerKind kind)
{
    return static_cast<std::size_t>(kind) - static_cast<std::size_t>(OwnerKind::TimeWait);
}
inline OwnerKind unownedKind(std::size_t index)
{
    return static_cast<OwnerKind>(index + static_cast<std::size_t>(OwnerKind::TimeWait));
}

// The process name as the snapshot knows it ("named", "Dnscache [svchost.exe]"), or "pid N" when the snapshot
// has no details for it.
std::string processName(const Snapshot& snapshot, std::uint32_t pid);

// pid -> dense slot 0, 1, 2, ... in first-seen order. Open addressing over two flat arrays: the inner loops of
// the histogram and the exhaustion pass look a pid up per endpoint, and a node-based map there costs more than
// the rest of the pass together (see bench_analysis). Endpoints arrive grouped by table, not by pid, so a
// one-entry cache in front of it hits mostly for pool-heavy snapshots only, which is exactly where it matters.
class PidSlotTable
{
public:
    explicit PidSlotTable(std::size_t expectedPids = 64);

    std::uint32_t slotOf(std::uint32_t pid)
    {
        if (pid == m_lastPid && !m_pids.empty())
            return m_lastSlot;
        m_lastPid = pid;
        m_lastSlot = lookupOrInsert(pid);
        return m_lastSlot;
    }
    std::size_t size() const { return m_pids.size(); }
    std::uint32_t pidOf(std::uint32_t slot) const { return m_pids[slot]; }

private:
    std::uint32_t lookupOrInsert(std::uint32_t pid);
    void grow();

    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    std::vector<std::uint32_t> m_keys;
    std::vector<std::uint32_t> m_slots; // kEmpty where no key
    std::vector<std::uint32_t> m_pids; // slot -> pid
    std::uint32_t m_mask = 0;
    int m_shift = 28;
    std::uint32_t m_lastPid = 0;
    std::uint32_t m_lastSlot = 0;
};

} // namespace portolan::analysis
