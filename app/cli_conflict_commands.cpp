#include "cli_conflict_commands.h"
#include "cli_elevation.h"
#include "cli_words.h"

#include "core/conflicts/apply_engine.h"
#include "core/conflicts/catalogue_json.h"
#include "core/conflicts/durable_file.h"
#include "core/conflicts/elevation.h"
#include "core/conflicts/findings.h"
#include "core/conflicts/findings_json.h"
#include "core/conflicts/plan_builder.h"
#include "core/conflicts/secure_file.h"
#include "core/conflicts/text_file.h"
#include "core/logging.h"
#include "core/port_config.h"
#include "core/snapshot_engine.h"
#include "core/snapshot_json.h"
#include "core/time_format.h"

#if __has_include("core/import/capture_import.h")
#include "core/import/capture_import.h"
#define PORTOLAN_HAVE_IMPORTER 1
#endif

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>

namespace portolan::cli {

const char* const kConflictUsage
    = R"(  check [--input FILE] [--format text|json] [--catalogue FILE] [--overrides FILE] [--blocked [tcp:|udp:]PORTS]...
        [--os linux|windows] [--dynamic-range FIRST-LAST] [--reserved PORTS] [--max-user-port N] [--procfs]
      Known-service ports held by the wrong process (conflicts), held by someone Portolan cannot name, at risk
      (inside the dynamic range or a socket pool's range and not reserved), and ports blocked by policy inside the
      dynamic range. Live by default; --input reads a capture (then --os, --dynamic-range, --reserved and
      --max-user-port describe that machine). Exit codes: 0 no findings, 1 findings, 2 error.
  fix <FINDING-ID>...|--all --plan-out FILE [--catalogue FILE] [--overrides FILE] [--blocked PORTS]...
        [--pool-size N] [--delete-max-user-port] [--reserved-ports] [--no-restarts] [--sysctl-file NAME] [--root DIR]
      Writes a fix plan for this machine: each change with its value before and after, and what it takes effect
      with (a service restart, a reboot). Nothing is changed.
  apply PLAN [--result FILE] [--journal-dir DIR] [--root DIR] [--elevate-with pkexec|sudo|PATH] [--force-relaunch]
      Applies a plan with administrator rights (relaunching through pkexec / sudo / UAC when needed): validates it,
      journals every previous value, applies, reads back, and reports per operation. Exit codes: 0 done, 1 an
      operation failed (undo with the journal), 2 rejected (nothing changed).
  undo JOURNAL [--result FILE] [--root DIR] [--elevate-with ...] [--force-relaunch]
      Restores the values a journal recorded.
)";

namespace {

using namespace conflicts;

int usageError(const char* command, const std::string& message)
{
    std::cerr << "portolan " << command << ": " << message << "\n\nusage:\n" << kConflictUsage;
    return 2;
}

int failure(const char* command, const std::string& message)
{
    std::cerr << "portolan " << command << ": " << message << '\n';
    return 2;
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// What check and fix share: the catalogue, the blocked lists, the snapshot and the configuration.
struct Inputs
{
    Catalogue catalogue;
    FindingOptions options;
    std::vector<BlockedPorts> blocked;
    Snapshot snapshot;
    MachinePortConfig config;
};

bool loadCatalogue(Words& words, Inputs& in, const char* command)
{
    const auto catalogue = words.take("--catalogue").value_or("");
    const auto overrides = words.take("--overrides").value_or("");
    in.catalogue = loadEffectiveCatalogue(catalogue, overrides);
    for (const auto& p : in.catalogue.problems)
        std::cerr << "portolan " << command << ": catalogue: " << p.text() << '\n';
    if (in.catalogue.fatal) {
        words.fail("the catalogue could not be read (see above)");
        return false;
    }
    for (const auto& text : words.takeAll("--blocked")) {
        std::string error;
        if (auto b = parseBlockedPorts(text, error))
            in.blocked.push_back(std::move(*b));
        else
            words.fail("--blocked: " + error);
    }
    return true;
}

// The configuration of a machine we only have a capture of: the platform's defaults unless told otherwise.
MachinePortConfig configForCapture(Words& words, std::optional<Platform> os)
{
    MachinePortConfig config;
    PortRange range = os == Platform::Windows ? PortRange { 49152, 65535 } : PortRange { 32768, 60999 };
    std::string source = os == Platform::Windows ? "default (Vista+, KB 929851; capture)"
                                                 : "default (assumed: kernel default 32768-60999; capture)";
    if (auto text = words.take("--dynamic-range")) {
        if (auto r = parsePortRange(*text); r && r->first > 0 && r->first < r->last) {
            range = *r;
            source = "--dynamic-range";
        } else
            words.fail("--dynamic-range needs FIRST-LAST, not \"" + *text + "\"");
    }
    if (auto text = words.take("--max-user-port")) {
        if (auto n = cli::parseUnsigned(*text); n && *n >= 1024 && *n <= 65535) {
            config.maxUserPort = *n;
            if (source.rfind("default", 0) == 0 && os == Platform::Windows) {
                // Server 2003 with MaxUserPort: 1024..MaxUserPort (KB 812873, KB 956188).
                range = { 1024, static_cast<std::uint16_t>(*n) };
                source = "MaxUserPort (Server 2003 rule: 1024-MaxUserPort)";
            }
        } else
            words.fail("--max-user-port needs a number from 1024 to 65535");
    }
    if (auto text = words.take("--reserved")) {
        if (auto list = parsePortRangeList(*text))
            config.reserved = normalizePortRanges(*list);
        else
            words.fail("--reserved needs a port list such as 1812-1813,2883, not \"" + *text + "\"");
    }
    for (auto protocol : { Protocol::Tcp, Protocol::Udp })
        for (auto family : { Family::IPv4, Family::IPv6 })
            config.dynamicRanges.push_back({ protocol, family, range, source });
    return config;
}

bool readInput(const std::string& path, Snapshot& snapshot, std::string& error)
{
#ifdef PORTOLAN_HAVE_IMPORTER
    auto result = importCaptureFile(path);
    if (result.failed()) {
        error = path + ": " + result.fatal;
        return false;
    }
    for (const auto& p : result.summary.problems)
        log::cli()->warn("{}", formatProblem(path, p));
    snapshot = std::move(result.snapshot);
    return true;
#else
    std::string text;
    if (!readTextFile(path, std::size_t(512) << 20, text, error))
        return false;
    auto parsed = readSnapshotJson(text);
    if (parsed.fatal) {
        error = path + ": " + (parsed.problems.empty() ? "not a Portolan snapshot" : parsed.problems.front());
        return false;
    }
    for (const auto& p : parsed.problems)
        log::cli()->warn("{}: {}", path, p);
    snapshot = std::move(parsed.snapshot);
    return true;
#endif
}

Platform thisPlatform()
{
#ifdef _WIN32
    return Platform::Windows;
#else
    return Platform::Linux;
#endif
}

FindingReport findingsOf(const Inputs& in)
{
    FindingOptions options = in.options;
    options.blocked = in.blocked;
    FindingEngine engine(in.catalogue);
    return engine.compute(in.snapshot, in.config, options);
}

std::string absoluteOrEmpty(const std::optional<std::string>& path)
{
    return path && !path->empty() ? absolutePath(*path) : std::string();
}

// apply and undo: the same relaunch-or-run logic around the engine call.
int elevatedAction(const char* command, const std::vector<std::string>& args)
{
    Words words(args);
    const auto resultPath = absoluteOrEmpty(words.take("--result"));
    const auto journalDirectory = absoluteOrEmpty(words.take("--journal-dir"));
    const auto root = absoluteOrEmpty(words.take("--root"));
    const auto registryBase = words.take("--registry-base").value_or("");
    const auto elevation = takeElevationOptions(words);
    const auto files = words.positional();
    if (files.size() != 1)
        words.fail(
            std::string("needs exactly one ") + (std::strcmp(command, "apply") == 0 ? "PLAN" : "JOURNAL") + " file");
    if (!words.finish())
        return usageError(command, words.error());
    const std::string input = absolutePath(files.front());

    const ElevationRequest request = elevationRequest(elevation);
    const auto decision = decideElevation(request);
    log::cli()->debug("{}: elevation {}", command, elevationMethodName(decision.method));

    if (decision.method == ElevationMethod::None) {
        ApplyOptions options;
        options.paths.root = root;
        options.paths.journalDirectory = journalDirectory;
        options.paths.registryBase = registryBase;
        options.abortAfter = faultAbortAfterFromEnvironment();
        auto executor = createPlatformExecutor(options.paths);
        const ApplyResult result = std::strcmp(command, "apply") == 0 ? applyPlanFile(input, *executor, options)
                                                                      : undoJournalFile(input, *executor, options);
        if (!resultPath.empty()) {
            std::string error;
            if (!writeResultFile(resultPath, writeResultJson(result), error))
                std::cerr << "portolan " << command << ": " << error << '\n';
        }
        // A relaunched child reports through the result file; its parent prints the summary.
        if (!(elevation.child && !resultPath.empty()))
            (result.exitCode() == 0 ? std::cout : std::cerr) << describeResult(result);
        return result.exitCode();
    }
    if (decision.method == ElevationMethod::Unavailable)
        return failure(command, decision.error);

    // Relaunch elevated with absolute paths (the elevated process may start elsewhere) and a result file to
    // read back: an elevated Windows process cannot write to our console.
    std::vector<std::string> arguments = { command, input };
    if (!journalDirectory.empty())
        arguments.insert(arguments.end(), { "--journal-dir", journalDirectory });
    if (!root.empty())
        arguments.insert(arguments.end(), { "--root", root });
    if (!registryBase.empty())
        arguments.insert(arguments.end(), { "--registry-base", registryBase });
    const auto run = relaunchElevated(request, std::move(arguments), resultPath);
    if (!run.ok)
        return failure(command, run.error);
    std::string error;
    const auto parsed = parseResultJson(run.result, error);
    if (!parsed)
        return failure(command, "the elevated process's result is unreadable: " + error);
    (parsed->exitCode() == 0 ? std::cout : std::cerr) << describeResult(*parsed);
    if (parsed->exitCode() != run.exitCode)
        log::cli()->warn(
            "{}: the elevated process exited with {} but reported {}", command, run.exitCode, parsed->exitCode());
    return run.exitCode;
}

} // namespace

int checkCommand(const std::vector<std::string>& args)
{
    Words words(args);
    Inputs in;
    const auto format = words.take("--format").value_or("text");
    const auto input = words.take("--input");
    std::optional<Platform> os;
    if (auto text = words.take("--os")) {
        os = parsePlatform(*text);
        if (!os)
            words.fail("unknown --os \"" + *text + "\" (linux or windows)");
    }
    EngineOptions engineOptions;
    engineOptions.forceProcfs = words.flag("--procfs");
    loadCatalogue(words, in, "check");
    if (input) {
        std::string error;
        if (words.error().empty() && !readInput(*input, in.snapshot, error))
            return failure("check", error);
        if (!os)
            os = parsePlatform(in.snapshot.meta.os);
        in.config = configForCapture(words, os);
    }
    if (!words.finish())
        return usageError("check", words.error());
    if (format != "text" && format != "json")
        return usageError("check", "unknown --format \"" + format + "\" (text or json)");
    in.options.platform = os;
    if (!input) {
        auto engine = createPlatformEngine(engineOptions);
        in.snapshot = engine->take();
        for (const auto& warning : in.snapshot.meta.warnings)
            log::cli()->warn("{}", warning);
        in.config = readMachinePortConfig();
    }
    const auto report = findingsOf(in);
    const CheckContext context { &in.snapshot, &in.config, &in.catalogue };
    if (format == "json")
        std::cout << writeFindingsJson(report, context);
    else
        writeFindingsText(report, context, std::cout);
    std::cout.flush();
    if (!std::cout)
        return failure("check", "writing the output failed");
    return report.findings.empty() ? 0 : 1;
}

int fixCommand(const std::vector<std::string>& args)
{
    Words words(args);
    Inputs in;
    const auto planOut = words.take("--plan-out");
    PlanRequest request;
    request.all = words.flag("--all");
    request.deleteMaxUserPort = words.flag("--delete-max-user-port");
    request.reservedPortsOnVista = words.flag("--reserved-ports");
    request.restarts = !words.flag("--no-restarts");
    if (auto text = words.take("--pool-size")) {
        if (auto n = cli::parseUnsigned(*text); n && *n <= kMaxSocketPoolSize)
            request.socketPoolSize = *n;
        else
            words.fail("--pool-size needs a number from 0 to " + std::to_string(kMaxSocketPoolSize));
    }
    if (auto name = words.take("--sysctl-file")) {
        if (auto problem = checkSysctlFileName(*name); !problem.empty())
            words.fail("--sysctl-file: " + problem);
        request.sysctlFile = *name;
    }
    SystemPaths paths;
    paths.root = absoluteOrEmpty(words.take("--root"));
    EngineOptions engineOptions;
    engineOptions.forceProcfs = words.flag("--procfs");
    loadCatalogue(words, in, "fix");
    request.findingIds = words.positional();
    if (!planOut)
        words.fail("--plan-out FILE is required");
    if (!request.all && request.findingIds.empty())
        words.fail("name the finding(s) to fix, or --all");
    if (!words.finish())
        return usageError("fix", words.error());

    auto engine = createPlatformEngine(engineOptions);
    in.snapshot = engine->take();
    in.config = readMachinePortConfig();
    in.options.platform = thisPlatform();
    const auto report = findingsOf(in);
    auto executor = createPlatformExecutor(paths);
    request.host = in.snapshot.meta.hostname;
    request.createdAt = formatIsoUtc(nowMs());
    const auto build = buildPlan(report, request, *executor);
    if (!build.plan)
        return failure("fix", build.error);

    std::string error;
    if (!writeFileDurably(*planOut, writePlanJson(*build.plan), 0644, error))
        return failure("fix", error);
    std::cout << "Plan written to " << *planOut << " (" << build.plan->operations.size() << " operation"
              << (build.plan->operations.size() == 1 ? "" : "s") << "); nothing has been changed yet.\n";
    for (const auto& op : build.plan->operations) {
        std::cout << "\n" << opName(op.kind) << ": " << op.preview.target << "\n";
        if (op.kind == OpKind::LinuxReservedPortsPersistent)
            std::cout << "  after:\n" << op.preview.after;
        else
            std::cout << "  before: " << op.preview.before << "\n  after:  " << op.preview.after << "\n";
        if (!op.preview.effect.empty())
            std::cout << "  takes effect: " << op.preview.effect << "\n";
        if (!op.preview.note.empty())
            std::cout << "  note: " << op.preview.note << "\n";
    }
    if (build.plan->consequences.reboot)
        std::cout << "\nA restart of the computer is needed afterwards.\n";
    for (const auto& note : build.plan->consequences.notes)
        std::cout << "note: " << note << "\n";
    std::cout << "\nApply with: portolan apply " << *planOut << "\n";
    return 0;
}

int applyCommand(const std::vector<std::string>& args)
{
    return elevatedAction("apply", args);
}

int undoCommand(const std::vector<std::string>& args)
{
    return elevatedAction("undo", args);
}

} // namespace portolan::cli
