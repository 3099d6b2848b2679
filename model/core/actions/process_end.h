#pragma once

#include "action_result.h"

#include "../process_info.h"
#include "../snapshot.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

// Ending a process on the live machine, with a description to confirm it by first:
//   * Linux: SIGTERM, wait, and optionally SIGKILL when it is still there after the timeout. Signals go through a
//     pidfd where the kernel has them (5.3+), so a PID reused between the look-up and the signal is never hit.
//   * Windows: TerminateProcess (immediate; there is no polite request to a process without a window), then a
//     wait for it to be gone.
// Portolan refuses PID 0 (the idle process / the kernel), 1 (init), 4 (Windows' System) and itself.
namespace portolan::actions {

// What the confirmation names: "End sleep (PID 4242, /usr/bin/sleep, services: —, 0 endpoints)?"
struct ProcessDescription
{
    std::uint32_t pid = 0;
    bool exists = false;
    ProcessInfoPtr info; // name, path, command line, user, services, start time; null when the process is gone
    std::size_t endpoints = 0; // sockets it holds in the snapshot given to describeProcess (0 without one)
    std::string refusal; // why Portolan will not end it; empty when it may

    // "sleep", or "PID 4242" when the name is unknown.
    std::string name() const;
    // Several lines, "  path:      /usr/bin/sleep" and so on, for a confirmation prompt or dialog.
    std::string details() const;
};

// Why Portolan will not end `pid` ("PID 1 is init ...", "that is Portolan itself"); empty when it may try.
std::string refusalReason(std::uint32_t pid);

// Describes `pid`. With a snapshot (the one on screen), its process details and endpoint count are used; without
// one, or when the snapshot does not list the process, they are read from the system (a process with no socket is
// in no snapshot).
ProcessDescription describeProcess(std::uint32_t pid, const Snapshot* snapshot = nullptr);

struct EndOptions
{
    // How long to wait for the process to be gone after SIGTERM (Linux) or TerminateProcess (Windows).
    std::chrono::milliseconds timeout { 5000 };
    // Linux: send SIGKILL when it is still there after `timeout`, then wait `timeout` again.
    bool forceAfterTimeout = false;
    // ProcessInfo::startTime of the process that was confirmed: when set and the PID now names a process that
    // started at another time (it exited and the PID was reused), nothing is signalled and the result is NotFound.
    std::optional<std::uint64_t> expectedStartTime;
};

// Ends `pid`. Done once the process is gone (a zombie waiting for its parent counts as gone); TimedOut when it is
// still there (SIGTERM ignored and no forceAfterTimeout); PermissionDenied when another user's process needs
// elevation; Refused for refusalReason(); NotFound when there is no such process.
ActionResult endProcess(std::uint32_t pid, const EndOptions& options = {});

// Platform parts (process_end_linux.cpp, process_end_windows.cpp).
std::uint32_t currentProcessId();
// The process's details read from the system (no endpoints); null when there is no such process.
ProcessInfoPtr readProcess(std::uint32_t pid);

} // namespace portolan::actions
