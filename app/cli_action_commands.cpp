#include "cli_action_commands.h"
#include "cli_elevation.h"
#include "cli_words.h"

#include "core/actions/connection_close.h"
#include "core/actions/process_end.h"
#include "core/conflicts/durable_file.h"
#include "core/conflicts/secure_file.h"
#include "core/snapshot_engine.h"

#include <charconv>
#include <functional>
#include <iostream>
#include <string>

namespace portolan::cli {

const char* const kActionUsage
    = R"(  close LOCAL:PORT REMOTE:PORT [--family auto|ipv4|ipv6] [--tcp4|--tcp6] [--inode N] [--elevate]
      Closes a TCP connection (the peer sees a reset). IPv6 sides are written [ADDRESS]:PORT. --family auto (the
      default) also finds an IPv6 socket talking to an IPv4 peer (::ffff:a.b.c.d); --tcp6 means --family ipv6.
      --inode N (Linux) closes only the socket with that inode (as `snapshot` lists it). Linux: SOCK_DESTROY, which
      needs root (or CAP_NET_ADMIN); Windows: SetTcpEntry, which needs an administrator.
      Exit codes: 0 closed, 1 not found, 2 error (bad arguments, permission, not supported here).
  kill PID [--yes] [--timeout MS] [--force] [--elevate]
      Ends a process. Without --yes it shows the process (name, path, services, endpoints) and asks first.
      Linux: SIGTERM, then waits MS milliseconds (default 5000) for it to exit; --force then sends SIGKILL.
      Windows: TerminateProcess. PIDs 0, 1 and 4 and Portolan itself are refused.
      Exit codes: 0 ended, 1 no such process, 2 error (refused, not confirmed, permission, still running).
  --elevate (close, kill): when the action needs administrator rights, relaunch it elevated (pkexec / sudo / UAC;
      --elevate-with pkexec|sudo|PATH picks how), as `apply` does.
  --result FILE (close, kill): also write the outcome as JSON ("portolan.action-result": status, message,
      exitCode), for a program that runs the command. --start-time T (kill): end the process only if it is still
      the one that started at T (its startTime in `snapshot --format json`), not another that took over the PID.
)";

namespace {

using namespace actions;

int usageError(const char* command, const std::string& message)
{
    std::cerr << "portolan " << command << ": " << message << "\n\nusage:\n" << kActionUsage;
    return 2;
}

void print(const char* command, const ActionResult& result, bool elevated)
{
    if (result.ok()) {
        std::cout << result.message << '\n';
        return;
    }
    std::cerr << "portolan " << command << ": " << result.message << '\n';
    if (result.needsElevation() && !elevated)
        std::cerr << "portolan " << command << ": add --elevate to ask for administrator rights, or run it as root "
                  << "(sudo) / from an elevated command prompt\n";
    if (result.status == ActionStatus::TimedOut && std::string_view(command) == "kill")
        std::cerr << "portolan kill: --force sends SIGKILL when it is still running after --timeout\n";
}

// What close and kill share: run the action here, or in an elevated relaunch when it needs rights this process
// lacks and --elevate (or --elevate-with) asked for that, or straight away with --force-relaunch (tests, Wine).
struct ActionRun
{
    const char* command;
    std::vector<std::string> relaunchArguments; // the command and its words for the elevated process
    ElevationOptions elevation;
    bool elevate = false;
    std::string resultPath; // --result: where an elevated child (or any caller) wants the result file
};

int perform(const ActionRun& run, const std::function<ActionResult()>& action)
{
    const auto request = elevationRequest(run.elevation);
    const bool relaunchNow = run.elevation.force && !run.elevation.child;
    if (!relaunchNow) {
        const ActionResult result = action();
        const bool relaunch = result.needsElevation() && !run.elevation.child && !request.elevated
            && (run.elevate || !run.elevation.with.empty());
        if (!relaunch) {
            if (!run.resultPath.empty()) {
                std::string error;
                if (!conflicts::writeResultFile(run.resultPath, writeActionResultJson(run.command, result), error))
                    std::cerr << "portolan " << run.command << ": " << error << '\n';
            }
            // A relaunched child reports through its result file; its parent prints.
            if (!(run.elevation.child && !run.resultPath.empty()))
                print(run.command, result, request.elevated);
            return result.exitCode();
        }
        std::cerr << "portolan " << run.command << ": " << result.message << "; asking for administrator rights\n";
    }
    const auto relaunched = relaunchElevated(request, run.relaunchArguments, run.resultPath);
    if (!relaunched.ok) {
        std::cerr << "portolan " << run.command << ": " << relaunched.error << '\n';
        return 2;
    }
    std::string error;
    const auto result = parseActionResultJson(relaunched.result, error);
    if (!result) {
        std::cerr << "portolan " << run.command << ": the elevated process's result is unreadable: " << error << '\n';
        return 2;
    }
    print(run.command, *result, true);
    return result->exitCode();
}

std::string absoluteOrEmpty(const std::optional<std::string>& path)
{
    return path && !path->empty() ? conflicts::absolutePath(*path) : std::string();
}

} // namespace

int closeCommand(const std::vector<std::string>& args)
{
    Words words(args);
    ActionRun run { "close", {}, {}, false, {} };
    auto familyText = words.take("--family");
    const bool tcp4 = words.flag("--tcp4");
    const bool tcp6 = words.flag("--tcp6");
    const auto inode = words.takeNumber("--inode");
    run.resultPath = absoluteOrEmpty(words.take("--result"));
    run.elevate = words.flag("--elevate");
    run.elevation = takeElevationOptions(words);
    const auto sides = words.positional();

    if (int(tcp4) + int(tcp6) + int(familyText.has_value()) > 1)
        words.fail("give one of --family, --tcp4 and --tcp6");
    FamilyChoice family = tcp4 ? FamilyChoice::IPv4 : tcp6 ? FamilyChoice::IPv6 : FamilyChoice::Auto;
    if (familyText) {
        if (auto parsed = parseFamilyChoice(*familyText))
            family = *parsed;
        else
            words.fail("unknown --family \"" + *familyText + "\" (auto, ipv4 or ipv6)");
    }
    if (inode && *inode <= 0)
        words.fail("--inode needs a socket inode (a positive number)");
    if (sides.size() != 2)
        words.fail("needs LOCAL:PORT and REMOTE:PORT");
    if (!words.finish())
        return usageError("close", words.error());
    std::string error;
    const auto local = parseSocketAddress(sides[0], error);
    const auto remote = local ? parseSocketAddress(sides[1], error) : std::nullopt;
    auto target = remote ? makeConnectionTarget(*local, *remote, family, error) : std::nullopt;
    if (!target)
        return usageError("close", error);
    if (inode)
        target->inode = static_cast<std::uint64_t>(*inode);

    run.relaunchArguments = { "close", sides[0], sides[1] };
    if (familyText || tcp4 || tcp6)
        run.relaunchArguments.insert(run.relaunchArguments.end(),
            { "--family",
                family == FamilyChoice::IPv4       ? "ipv4"
                    : family == FamilyChoice::IPv6 ? "ipv6"
                                                   : "auto" });
    if (inode)
        run.relaunchArguments.insert(run.relaunchArguments.end(), { "--inode", std::to_string(*inode) });
    return perform(run, [&] { return closeConnection(*target); });
}

int killCommand(const std::vector<std::string>& args)
{
    Words words(args);
    ActionRun run { "kill", {}, {}, false, {} };
    const bool yesLong = words.flag("--yes"), yesShort = words.flag("-y");
    const bool yes = yesLong || yesShort;
    EndOptions options;
    options.forceAfterTimeout = words.flag("--force");
    const auto timeout = words.takeNumber("--timeout");
    if (timeout && (*timeout < 0 || *timeout > 3600 * 1000))
        words.fail("--timeout needs milliseconds from 0 to 3600000");
    else if (timeout)
        options.timeout = std::chrono::milliseconds(*timeout);
    if (auto text = words.take("--start-time")) {
        std::uint64_t value = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (text->empty() || ec != std::errc {} || end != text->data() + text->size())
            words.fail("--start-time needs a number (the process's start time as `snapshot --format json` gives it)");
        options.expectedStartTime = value;
    }
    run.resultPath = absoluteOrEmpty(words.take("--result"));
    run.elevate = words.flag("--elevate");
    run.elevation = takeElevationOptions(words);
    const auto pids = words.positional();
    std::optional<std::uint32_t> pid;
    if (pids.size() != 1)
        words.fail("needs one PID");
    else if (!(pid = parseUnsigned(pids.front())))
        words.fail("\"" + pids.front() + "\" is not a PID");
    if (!words.finish())
        return usageError("kill", words.error());

    if (!run.elevation.child) {
        // Say what is about to be ended, and remember which process that is (its start time), so that an elevated
        // relaunch or a slow answer cannot end a process that took over the PID meanwhile.
        Snapshot snapshot;
        if (!yes)
            snapshot = createPlatformEngine()->take();
        const auto description = describeProcess(*pid, yes ? nullptr : &snapshot);
        if (!description.exists) {
            std::cerr << "portolan kill: no process with PID " << *pid << '\n';
            return 1;
        }
        if (!description.refusal.empty()) {
            std::cerr << "portolan kill: " << description.refusal << '\n';
            return 2;
        }
        if (!options.expectedStartTime && description.info && description.info->startTime != 0)
            options.expectedStartTime = description.info->startTime;
        if (!yes) {
            std::cout << "About to end:\n" << description.details() << "End this process? [y/N] " << std::flush;
            std::string answer;
            std::getline(std::cin, answer);
            if (answer != "y" && answer != "Y" && answer != "yes" && answer != "YES" && answer != "Yes") {
                std::cerr << "portolan kill: not confirmed; nothing was ended\n";
                return 2;
            }
        }
    }
    run.relaunchArguments
        = { "kill", std::to_string(*pid), "--yes", "--timeout", std::to_string(options.timeout.count()) };
    if (options.forceAfterTimeout)
        run.relaunchArguments.emplace_back("--force");
    if (options.expectedStartTime)
        run.relaunchArguments.insert(
            run.relaunchArguments.end(), { "--start-time", std::to_string(*options.expectedStartTime) });
    return perform(run, [&] { return endProcess(*pid, options); });
}

} // namespace portolan::cli
