#pragma once

// Real child processes and CLI runs for the action tests (Linux).

#include <chrono>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace portolan::test {

// A forked copy of the test process that runs `setup` (open a socket, ignore SIGTERM, ...), reports that it is
// ready, and then waits to be ended. SIGKILLed and reaped on destruction, whatever it ignores.
class ForkedChild
{
public:
    explicit ForkedChild(const std::function<void()>& setup = {});
    ForkedChild(const ForkedChild&) = delete;
    ForkedChild& operator=(const ForkedChild&) = delete;
    ~ForkedChild();

    pid_t pid() const { return m_pid; }
    // The wait status once it has exited (it is reaped), or -1 when it is still running after `timeout`.
    int waitExit(std::chrono::milliseconds timeout);
    bool running();

private:
    pid_t m_pid = -1;
};

// A PID that names no process right now: a child that exited and was reaped.
pid_t unusedPid();

// portolan-cli with `arguments`; its exit code and stdout+stderr. `input` is fed to its standard input.
struct CliRun
{
    int exitCode = -1;
    std::string output;
};
CliRun runCli(const std::vector<std::string>& arguments, const std::string& input = {});

} // namespace portolan::test
