#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The outcome of a user action on the live machine (close a connection, end a process): one status a caller can
// branch on, and one sentence a person can read. Shared by the CLI (`portolan close`, `portolan kill`) and the GUI.
namespace portolan::actions {

enum class ActionStatus : std::uint8_t {
    Done, // closed / ended
    NotFound, // no such connection or process (it may have gone already)
    PermissionDenied, // needs elevation: root or CAP_NET_ADMIN / CAP_KILL on Linux, an administrator on Windows
    Unsupported, // the platform cannot do it (kernel without SOCK_DESTROY, UDP on Windows, ...)
    Refused, // Portolan will not do it (PID 0, 1, 4, itself)
    InvalidArgument, // the request itself is wrong (port 0, mixed address families, ...)
    TimedOut, // asked, but it did not happen in time (the process ignored SIGTERM)
    Failed, // anything else; the message says what the system answered
};

// Stable names ("done", "not-found", "permission-denied", "unsupported", "refused", "invalid-argument",
// "timed-out", "failed"): they are part of the result file below.
std::string_view actionStatusName(ActionStatus status);
std::optional<ActionStatus> parseActionStatus(std::string_view text);

// The CLI's exit code for a status: 0 done, 1 not found, 2 everything else.
int actionExitCode(ActionStatus status);

struct ActionResult
{
    ActionStatus status = ActionStatus::Failed;
    std::string message; // one or two sentences, for a person; says what to do when it can

    bool ok() const { return status == ActionStatus::Done; }
    // True when running the same action elevated could succeed (offer the elevation prompt).
    bool needsElevation() const { return status == ActionStatus::PermissionDenied; }
    int exitCode() const { return actionExitCode(status); }

    static ActionResult done(std::string message) { return { ActionStatus::Done, std::move(message) }; }
    static ActionResult failure(ActionStatus status, std::string message) { return { status, std::move(message) }; }
};

// The result file an elevated relaunch writes for the process that started it (an elevated Windows process cannot
// write to its parent's console): {"schema": "portolan.action-result", "version": 1, "action": "close",
// "status": "done", "message": "...", "exitCode": 0}. `action` is the command name ("close", "kill").
std::string writeActionResultJson(std::string_view action, const ActionResult& result);
// Reads it back; nullopt with `error` when the text is not such a document.
std::optional<ActionResult> parseActionResultJson(std::string_view text, std::string& error);

} // namespace portolan::actions
