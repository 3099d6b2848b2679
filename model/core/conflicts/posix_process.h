#pragma once

#include <chrono>
#include <string>
#include <vector>

// Runs a program from an argument vector (execv: no shell, no PATH search) and waits for it. POSIX only.
namespace portolan::conflicts {

struct ProgramRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // 128 + signal when killed by one
    std::string output; // stdout and stderr together, when captured
    std::string error; // why it did not start
};

// `capture`: collect stdout+stderr into output; otherwise the child shares ours (pkexec's text agent needs the
// terminal). Killed with SIGKILL after `timeout`.
ProgramRun runProgram(const std::vector<std::string>& argv, std::chrono::milliseconds timeout, bool capture = true);

// The first of `candidates` that exists and is executable; empty when none.
std::string findProgram(const std::vector<std::string>& candidates);

} // namespace portolan::conflicts
