#pragma once

#include "catalogue.h"

#include <string>
#include <string_view>
#include <vector>

// Running `apply` / `undo` with administrator rights: if this process is not elevated, relaunch the same program
// elevated with the same arguments (plus --elevated-child), wait for it, and read its exit code and result file.
// The decision and the command line are plain functions so that tests can check them; a forced-relaunch switch
// exercises the relaunch under Wine, which reports every process as elevated.
namespace portolan::conflicts {

enum class ElevationMethod : std::uint8_t {
    None, // already elevated: run here
    Pkexec, // Linux: pkexec PROGRAM ARGS (polkit action org.portolan.apply, resources/polkit)
    Sudo, // Linux: sudo -n PROGRAM ARGS (only where sudo is configured to allow it without a password)
    Launcher, // Linux: an administrator-chosen launcher program (doas, a wrapper) given with --elevate-with PATH
    RunAs, // Windows: ShellExecuteExW with the "runas" verb (the UAC prompt)
    Unavailable, // no way to elevate: `error` says what to do
};
std::string_view elevationMethodName(ElevationMethod method); // "none", "pkexec", "sudo", "launcher", "runas", ...

inline constexpr std::string_view kElevatedChildFlag = "--elevated-child";

struct ElevationRequest
{
    Platform platform = Platform::Linux;
    bool elevated = false; // processIsElevated()
    bool forceRelaunch = false; // relaunch even when elevated (tests; Wine)
    bool elevatedChild = false; // this process is the relaunched one: never relaunch again
    std::string with; // "", "pkexec", "sudo" or an absolute launcher path
    std::string pkexecPath; // where pkexec / sudo are on this machine; empty when absent
    std::string sudoPath;
    std::string executable; // absolute path of the program to relaunch
    std::vector<std::string> arguments; // its arguments ("apply", plan, "--result", ...)
};

struct ElevationDecision
{
    ElevationMethod method = ElevationMethod::Unavailable;
    std::vector<std::string> argv; // POSIX: the whole command
    std::string file; // Windows: ShellExecuteExW lpFile
    std::string parameters; // Windows: lpParameters (CommandLineToArgvW quoting)
    std::string error;
};

ElevationDecision decideElevation(const ElevationRequest& request);

// CommandLineToArgvW / MSVCRT quoting of one argument, and of a whole vector.
std::string quoteWindowsArgument(std::string_view argument);
std::string windowsCommandLine(const std::vector<std::string>& arguments);

// Platform parts (elevation_posix.cpp, elevation_windows.cpp).
bool processIsElevated(); // root / an elevated token
std::string currentExecutable(); // absolute path of this program
std::string findPkexec();
std::string findSudo();

struct ElevatedRun
{
    bool started = false;
    int exitCode = -1;
    std::string error;
};
// Runs the decision's command and waits for it.
ElevatedRun runElevated(const ElevationDecision& decision);

} // namespace portolan::conflicts
