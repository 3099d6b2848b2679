#pragma once

// Real processes and a private network namespace for the Linux conflict tests: the CLI under test, the crowd
// generator, sysctls that only exist in the namespace. Linux only.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace portolan::conflicts_test {

// A program run to completion: its stdout and stderr (separately) and how it ended.
struct CommandRun
{
    int exitCode = -1; // WEXITSTATUS, or -1 when it did not exit normally
    int signal = 0; // the signal that killed it
    std::string out;
    std::string err;
};
CommandRun runCommand(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnvironment = {},
    std::chrono::seconds timeout = std::chrono::seconds(120));

// portolan-crowd, started and ready; killed (SIGTERM) and reaped when stopped or destroyed.
class Crowd
{
public:
    explicit Crowd(const std::vector<std::string>& arguments);
    ~Crowd();
    Crowd(const Crowd&) = delete;
    Crowd& operator=(const Crowd&) = delete;
    const std::vector<pid_t>& holders() const { return m_holders; }
    void stop();

private:
    pid_t m_pid = -1;
    int m_out = -1;
    std::vector<pid_t> m_holders;
};

// Runs `body` in a forked child inside a fresh network namespace (lo up), after checking that the namespace is
// not the host's. `body` fills `output` (JSON, usually) and returns an exit code; both come back.
struct NetnsRun
{
    bool unavailable = false; // unshare refused: not root; the caller skips
    std::string reason;
    int exitCode = -1;
    std::string output;
};
NetnsRun runInPrivateNetns(
    const std::function<int(std::string& output)>& body, std::chrono::seconds timeout = std::chrono::seconds(300));

std::string writeSysctl(const std::string& key, const std::string& value); // error text, empty on success
std::string readSysctl(const std::string& key); // first line, without the newline

// A scratch directory removed (recursively) on destruction.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

std::string readFile(const std::string& path); // empty when missing
bool fileExists(const std::string& path);
void writeFile(const std::string& path, const std::string& content, unsigned mode = 0644);
std::vector<std::string> listDirectory(const std::string& path);

} // namespace portolan::conflicts_test
