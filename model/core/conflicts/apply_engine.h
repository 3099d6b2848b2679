#pragma once

#include "operation_executor.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// `portolan apply PLAN` and `portolan undo JOURNAL` on the elevated side: read the file the way secure_file.h
// does, validate it (closed set of operations, allow-lists), journal every previous value to disk before the first
// change, apply one operation at a time and read each back, and report per operation.
namespace portolan::conflicts {

struct ApplyOptions
{
    SystemPaths paths;
    // Fault injection for tests: the process kills itself right after applying this many operations, before the
    // journal records them (the worst moment for a crash). From PORTOLAN_FAULT_ABORT_AFTER.
    std::optional<std::size_t> abortAfter;
};

// PORTOLAN_FAULT_ABORT_AFTER=N, when set to a number.
std::optional<std::size_t> faultAbortAfterFromEnvironment();

struct OperationResult
{
    std::size_t index = 0;
    OpKind kind = OpKind::LinuxReservedPortsRuntime;
    std::string target;
    EntryStatus status = EntryStatus::Pending; // Pending: not run (an earlier operation failed)
    bool verified = false;
    std::string before;
    std::string after;
    std::string message;
};

struct ApplyResult
{
    std::string action; // "apply" or "undo"
    std::string status; // "ok", "failed" (some operation failed; undo can use the journal), "rejected" (nothing
                        // was changed)
    std::string error; // why it was rejected or stopped
    std::string input; // the plan or journal
    std::string journal; // the journal written (apply) or used (undo)
    bool reboot = false;
    std::vector<OperationResult> operations;
    std::vector<std::string> notes;

    // 0 ok, 1 failed, 2 rejected.
    int exitCode() const { return status == "ok" ? 0 : status == "failed" ? 1 : 2; }
};

ApplyResult rejected(std::string action, std::string input, std::string error);
ApplyResult applyPlanFile(const std::string& planPath, OperationExecutor& executor, const ApplyOptions& options);
ApplyResult undoJournalFile(const std::string& journalPath, OperationExecutor& executor, const ApplyOptions& options);

inline constexpr std::string_view kResultSchema = "portolan.fix-result";
std::string writeResultJson(const ApplyResult& result);
// Reads a result the elevated child wrote; nullopt with `error` when it is not one.
std::optional<ApplyResult> parseResultJson(std::string_view text, std::string& error);
// People's summary: one line per operation.
std::string describeResult(const ApplyResult& result);

} // namespace portolan::conflicts
