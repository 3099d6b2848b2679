#pragma once

// Real processes and scratch files for the Linux conflict tests: the CLI under test run to completion, a test
// root for its files. Linux only.

#include "core/netns_child.h"

#include <chrono>
#include <functional>
#include <string>
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

// The namespace, the crowd and the sysctls are the range tests' too (core/netns_child.h).
using test::NetnsRun;
using test::readSysctl;
using test::startCrowd;
using test::writeSysctl;

// Apply and the scenario run several CLI commands in the namespace, the scenario also 20,000 binds: more time than
// the range tests need. Without real root they skip rather than run as a mapped root in a user namespace.
inline NetnsRun runInPrivateNetns(const std::function<int(std::string& output)>& body)
{
    return test::runInPrivateNetns(body, { std::chrono::seconds(300), false });
}

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
