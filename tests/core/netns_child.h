#pragma once

// Real child processes for the Linux range and conflict tests: a program with its stdout on a pipe,
// portolan-crowd, and a forked helper inside a private network namespace, where sysctls can be changed without
// touching the host's. Linux only. The suite that compiles netns_child.cpp defines PORTOLAN_CROWD (the crowd
// generator's path).

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

#include "private_netns.h"

namespace portolan::test {

// A child with its stdout on a pipe. Killed (SIGTERM) and reaped on destruction.
class ChildProcess
{
public:
    // Throws std::runtime_error when fork/exec fails.
    explicit ChildProcess(const std::vector<std::string>& argv);
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    pid_t pid() const { return m_pid; }
    // One line of stdout without its newline; nullopt on EOF or timeout.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);
    // All of stdout until EOF (or timeout), then the exit status as from waitpid (-1 on timeout).
    int finish(std::string& output, std::chrono::milliseconds timeout);
    void terminate();

private:
    pid_t m_pid = -1;
    int m_out = -1;
    std::string m_buffer;
};

// portolan-crowd started with `arguments`; waits for its "ready PID..." line and returns the PIDs that hold the
// sockets (its children). Throws std::runtime_error with the reason when it does not get ready in time.
struct Crowd
{
    std::unique_ptr<ChildProcess> process;
    std::vector<pid_t> holders;
};
Crowd startCrowd(const std::vector<std::string>& arguments, std::chrono::seconds timeout = std::chrono::seconds(60));

struct NetnsOptions
{
    std::chrono::seconds timeout { 120 };
    // Without root, a user namespace that maps us to root can own the new network namespace (and so may write
    // its sysctls) where the kernel allows unprivileged user namespaces. Off for tests that must skip unless
    // they run as real root.
    bool userNamespaceWithoutRoot = true;
};

// Runs `body` in a forked child that has entered a new network namespace (unshare(CLONE_NEWNET)) with the
// loopback interface up. `body` returns an exit code and fills `output`, which comes back to the caller. The
// child checks that its namespace differs from the caller's before `body` runs, so nothing in it can touch the
// host's sysctls.
struct NetnsRun
{
    bool unavailable = false; // unshare refused (not root / no CAP_SYS_ADMIN): the caller should skip
    std::string reason;
    int exitCode = -1;
    std::string output;
};
NetnsRun runInPrivateNetns(const std::function<int(std::string& output)>& body, const NetnsOptions& options = {});

// Writes a sysctl under /proc/sys ("net.ipv4.ip_local_port_range"); returns an error text or empty.
std::string writeSysctl(const std::string& key, const std::string& value);
std::string readSysctl(const std::string& key); // first line, without the newline

} // namespace portolan::test
