#pragma once

#include "snapshot.h"
#include "snapshot_diff.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace portolan {

// A row of the live table: an endpoint plus what the table adds to it. Rows live in numbered slots that stay
// put while the row lives, so the worker and the model can name a row by its slot without sharing memory.
struct TableRow
{
    Endpoint endpoint;
    ProcessInfoPtr owner; // null when the endpoint has no resolved owner
    std::int64_t firstSeenMs = 0;
    std::uint64_t sequence = 0; // order of first appearance, the sort tie-breaker that keeps sorting stable
};

// Lifecycle of a row on screen, as TCPView shows it: a new row is green for one refresh, a closed row stays one
// refresh in red before it goes.
enum class RowPhase : std::uint8_t {
    Normal,
    New,
    Closing,
};

// Everything the GUI thread needs to bring its table from the previous refresh to this one, prepared on the
// worker so that the GUI only copies and signals.
struct TableUpdate
{
    std::vector<std::uint32_t> retired; // Closing rows to delete now; their slots may be reused by `added`
    std::vector<std::uint32_t> closing; // rows that vanished this refresh: phase -> Closing
    std::vector<std::uint32_t> settled; // rows that were New: phase -> Normal
    std::vector<std::pair<std::uint32_t, TableRow>> added; // phase New, except on the first update
    bool initial = false; // the first update: its rows are not highlighted
    std::vector<std::pair<std::uint32_t, TableRow>> changed; // state or owner changed; phase unchanged
    std::uint32_t slotCount = 0; // slots in use after applying (highest slot + 1)

    SnapshotMeta meta;
    SnapshotCounts counts;
    std::unordered_map<std::uint32_t, std::string> userNames;
    std::shared_ptr<const Snapshot> snapshot; // the snapshot itself, for views that aggregate (histogram, conflicts)
};

// Turns successive snapshots into TableUpdates. Lives on the worker thread; its slot bookkeeping mirrors the
// model's exactly, because both apply the same updates in the same order.
class TableTracker
{
public:
    // `nowMs` stamps "first seen" on new rows.
    TableUpdate update(std::shared_ptr<const Snapshot> next, std::int64_t nowMs);

    std::size_t liveRows() const { return m_slotOfIndex.size(); }

private:
    std::uint32_t allocateSlot();

    std::shared_ptr<const Snapshot> m_previous;
    std::vector<std::uint32_t> m_slotOfIndex; // previous snapshot's endpoint index -> slot
    std::vector<std::uint32_t> m_closing; // slots shown as Closing since the last update
    std::vector<std::uint32_t> m_new; // slots shown as New since the last update
    std::vector<std::uint32_t> m_freeSlots;
    std::uint32_t m_slotCount = 0;
    std::uint64_t m_nextSequence = 0;
};

} // namespace portolan
