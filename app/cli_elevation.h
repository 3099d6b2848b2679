#pragma once

#include "cli_words.h"

#include "core/conflicts/elevation.h"

#include <string>
#include <vector>

// Relaunching a CLI command elevated (pkexec / sudo / a launcher on Linux, the UAC prompt on Windows), shared by
// apply/undo and close/kill. The relaunched process gets the same command with absolute paths, `--result FILE`
// and --elevated-child; it writes its result to FILE (an elevated Windows process cannot write to our console)
// and the parent reads it back.
namespace portolan::cli {

// --elevate-with pkexec|sudo|PATH, --force-relaunch (relaunch even when already elevated: tests, and Wine, where
// every process is elevated) and --elevated-child (this process is the relaunched one).
struct ElevationOptions
{
    std::string with;
    bool force = false;
    bool child = false;
};
ElevationOptions takeElevationOptions(Words& words);

// The request for this process (platform, whether it is elevated, pkexec and sudo, this executable), with no
// arguments yet.
conflicts::ElevationRequest elevationRequest(const ElevationOptions& options);

struct Relaunch
{
    bool ok = false; // the elevated process ran and left a result
    int exitCode = -1;
    std::string result; // the result file's text
    std::string error; // why not ok
};

// Runs `arguments` (the command and its words, without --result) elevated as `request` says, with `--result FILE`
// added: `resultPath` when given, else a temporary file removed afterwards.
Relaunch relaunchElevated(
    const conflicts::ElevationRequest& request, std::vector<std::string> arguments, const std::string& resultPath);

} // namespace portolan::cli
