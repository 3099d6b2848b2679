#include "elevation.h"

#include "posix_process.h"

#include <climits>
#include <unistd.h>

namespace portolan::conflicts {

bool processIsElevated()
{
    return ::geteuid() == 0;
}

std::string currentExecutable()
{
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
}

std::string findPkexec()
{
    return findProgram({ "/usr/bin/pkexec", "/bin/pkexec" });
}

std::string findSudo()
{
    return findProgram({ "/usr/bin/sudo", "/bin/sudo" });
}

ElevatedRun runElevated(const ElevationDecision& decision)
{
    ElevatedRun out;
    if (decision.argv.empty()) {
        out.error = "nothing to run";
        return out;
    }
    // The child shares our terminal: pkexec's and sudo's prompts need it. No time limit: a person may be typing.
    const auto run = runProgram(decision.argv, std::chrono::hours(24), false);
    out.started = run.started;
    out.exitCode = run.exitCode;
    out.error = run.error;
    // pkexec: 126 = the dialog was dismissed, 127 = not authorised or pkexec failed (pkexec(1)).
    if (decision.method == ElevationMethod::Pkexec && (run.exitCode == 126 || run.exitCode == 127))
        out.error = run.exitCode == 126 ? "the authentication dialog was dismissed"
                                        : "pkexec refused (not authorised, or no polkit agent)";
    return out;
}

} // namespace portolan::conflicts
