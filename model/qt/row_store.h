#pragma once

#include "core/table_update.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace portolan {

// The live table's rows by slot, stored once and read by every view model (the flat table and the process tree).
//
// Each model used to keep its own copy of every TableRow: 112 + 128 bytes per endpoint, the largest share of the
// app's memory at 100,000 endpoints (issue #7 budgets 300 bytes resident per endpoint for the whole app). Now the
// models keep only what is theirs (sort positions, group membership).
//
// A shared store is applied once per refresh by its owner, before the models apply the same update. While they do,
// rowBefore() still answers what a replaced row held (retired and changed rows only), because a model must take
// a row out of a sorted place by the key it was sorted with.
class RowStore
{
public:
    struct Entry
    {
        TableRow row;
        RowPhase phase = RowPhase::Normal;
        bool alive = false;
    };

    void apply(const TableUpdate& update);
    void clear();

    std::size_t size() const { return m_entries.size(); }
    const Entry& operator[](std::uint32_t slot) const { return m_entries[slot]; }
    // The row `slot` held before the last apply() if that apply retired or changed it, else its current row.
    // Only meaningful while the models apply the same update.
    const TableRow& rowBefore(std::uint32_t slot) const;
    std::size_t liveRows() const { return m_liveRows; } // rows not Closing
    // uid -> account name, for rows without a resolved owner; null when unknown.
    const std::string* userName(std::uint32_t uid) const;

private:
    std::vector<Entry> m_entries;
    std::vector<std::pair<std::uint32_t, TableRow>> m_before; // sorted by slot
    std::unordered_map<std::uint32_t, std::string> m_userNames;
    std::size_t m_liveRows = 0;
};

using RowStorePtr = std::shared_ptr<RowStore>;

} // namespace portolan
