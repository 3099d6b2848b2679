#pragma once

#include <string>
#include <vector>

// The action commands of the headless CLI: close a TCP connection, end a process. `args` are the words after the
// command name (--log-level already taken out by the dispatcher). Both can relaunch themselves elevated (--elevate),
// through the same path as `portolan apply`; argument vectors all the way, never a shell string.
namespace portolan::cli {

// `portolan close LOCAL:PORT REMOTE:PORT [--family auto|ipv4|ipv6] [--tcp4|--tcp6] [--inode N] [--elevate]`.
// Exit codes: 0 closed, 1 not found, 2 error (bad arguments, permission, unsupported).
int closeCommand(const std::vector<std::string>& args);

// `portolan kill PID [--yes] [--timeout MS] [--force] [--elevate]`: without --yes, prints what it would end and
// asks on standard input. Exit codes: 0 ended, 1 not found, 2 error (refused, not confirmed, permission, timeout).
int killCommand(const std::vector<std::string>& args);

// The usage lines for the CLI's help text.
extern const char* const kActionUsage;

} // namespace portolan::cli
