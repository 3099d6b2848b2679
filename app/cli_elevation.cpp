#include "cli_elevation.h"

#include "core/conflicts/durable_file.h"
#include "core/conflicts/text_file.h"
#include "core/logging.h"

#include <cstdio>

namespace portolan::cli {

using namespace conflicts;

ElevationOptions takeElevationOptions(Words& words)
{
    ElevationOptions options;
    options.with = words.take("--elevate-with").value_or("");
    options.force = words.flag("--force-relaunch");
    options.child = words.flag(std::string(kElevatedChildFlag));
    return options;
}

ElevationRequest elevationRequest(const ElevationOptions& options)
{
    ElevationRequest request;
#ifdef _WIN32
    request.platform = Platform::Windows;
#else
    request.platform = Platform::Linux;
#endif
    request.elevated = processIsElevated();
    request.forceRelaunch = options.force;
    request.elevatedChild = options.child;
    request.with = options.with;
    request.pkexecPath = findPkexec();
    request.sudoPath = findSudo();
    request.executable = currentExecutable();
    return request;
}

Relaunch relaunchElevated(
    const ElevationRequest& request, std::vector<std::string> arguments, const std::string& resultPath)
{
    Relaunch out;
    const bool ownResult = resultPath.empty();
    const std::string result = ownResult ? createTemporaryFile("portolan-result", out.error) : resultPath;
    if (result.empty())
        return out;
    ElevationRequest relaunch = request;
    relaunch.arguments = std::move(arguments);
    relaunch.arguments.insert(relaunch.arguments.end(), { "--result", result });
    const auto decision = decideElevation(relaunch);
    if (decision.method == ElevationMethod::Unavailable || decision.method == ElevationMethod::None) {
        out.error = decision.error.empty() ? "nothing to relaunch" : decision.error;
        if (ownResult)
            std::remove(result.c_str());
        return out;
    }
    log::cli()->info("{}: relaunching elevated ({})", relaunch.arguments.front(), elevationMethodName(decision.method));
    const auto run = runElevated(decision);
    std::string error;
    const bool haveResult = readTextFile(result, std::size_t(16) << 20, out.result, error) && !out.result.empty();
    if (ownResult)
        std::remove(result.c_str());
    out.exitCode = run.exitCode;
    if (!run.started)
        out.error = "could not start the elevated process: " + run.error;
    else if (!haveResult)
        out.error = "the elevated process (exit code " + std::to_string(run.exitCode) + ") left no result"
            + (run.error.empty() ? std::string() : ": " + run.error);
    else
        out.ok = true;
    return out;
}

} // namespace portolan::cli
