#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace portolan::windows_backend {

struct CommandResult
{
    bool started = false;
    bool timedOut = false;
    std::uint32_t exitCode = 0;
    std::string output; // stdout as bytes (console code page); stderr is discarded
    std::string error; // why it did not start
};

// Runs a system tool (netsh) without a window and captures its stdout. `program` is a file name inside the
// system directory (GetSystemDirectory, never a PATH search); `arguments` follow it on the command line.
// Killed after `timeout`.
CommandResult runSystemTool(const std::string& program, const std::string& arguments,
    std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace portolan::windows_backend
