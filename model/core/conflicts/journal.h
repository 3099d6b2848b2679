#pragma once

#include "fix_plan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The journal of an apply: every target's previous value, written (and flushed to disk) before the first change,
// then updated after each operation. `portolan undo JOURNAL` restores from it, also after a crash halfway: each
// entry holds the value from before the plan, so restoring is the same whatever had been applied.
namespace portolan::conflicts {

enum class EntryStatus : std::uint8_t {
    Pending, // captured, not applied yet (or the process died while applying it)
    Applied,
    Unchanged, // the target already had everything (idempotent re-apply)
    Skipped, // a restart whose condition did not hold
    Failed,
    Restored, // undo put the previous value back
};
std::string_view entryStatusName(EntryStatus status); // "pending", "applied", ...
std::optional<EntryStatus> parseEntryStatus(std::string_view text);

// What an operation's target looked like before: a value (sysctl text, file contents, registry data, byte for
// byte), or for persistent port exclusions the ranges this apply is about to create (undo deletes exactly those).
struct JournalEntry
{
    std::size_t index = 0; // into the plan's operations
    Operation operation; // as validated (without its preview)
    std::string target;
    bool hasValue = false; // restorable value below (false for restarts and exclusions)
    bool existed = false; // the value / file existed
    std::uint32_t type = 0; // registry value type (REG_*), when it existed
    std::string data; // the previous bytes
    std::vector<PortRange> created; // WindowsExcludedPortRange: ranges that did not exist before
    EntryStatus status = EntryStatus::Pending;
    std::string message;
};

struct Journal
{
    Platform platform = Platform::Linux;
    std::string plan; // path of the plan it applied
    std::string startedAt;
    std::string state = "in-progress"; // "in-progress", "complete", "failed", "undone"
    std::vector<JournalEntry> entries;
};

inline constexpr std::string_view kJournalSchema = "portolan.fix-journal";
inline constexpr int kJournalVersion = 1;
inline constexpr std::size_t kMaxJournalBytes = std::size_t(16) << 20;

std::string writeJournalJson(const Journal& journal);
struct JournalParse
{
    std::optional<Journal> journal;
    std::string error;
};
// As strict as the plan reader: the operations go through the same allow-lists, because undo runs elevated too.
JournalParse parseJournalJson(std::string_view text);

} // namespace portolan::conflicts
