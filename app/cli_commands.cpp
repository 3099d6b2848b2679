#include "cli_commands.h"

#include "cli_action_commands.h"
#include "cli_analysis_commands.h"
#include "cli_conflict_commands.h"
#include "cli_import_commands.h"
#include "cli_words.h"

#include "core/logging.h"
#include "core/recording.h"
#include "core/snapshot_engine.h"
#include "core/snapshot_json.h"
#include "core/snapshot_text.h"

#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace portolan::cli {

namespace {

constexpr std::string_view kUsage = R"(usage: portolan <command> [options]

commands:
  snapshot [--format table|csv|json] [--output FILE] [--procfs] [--no-owners]
      Take one snapshot of this machine's TCP and UDP endpoints with their owning processes and print it.
      --procfs     read /proc/net instead of NETLINK_SOCK_DIAG (Linux)
      --no-owners  skip the process lookup
  record FILE [--interval MS] [--count N] [--procfs]
      Append a snapshot every MS milliseconds (default 1000) to a recording (JSON Lines: the first frame in full,
      then only what changed), N times or until interrupted. Open it in the GUI with File > Replay recording.
  import FILE [--format table|json|csv]
      Read a capture from another machine (netstat -anob, ss, TCPView, PowerShell, /proc/net, Portolan JSON/CSV;
      detected from the content) and print it. Exit 1 when some rows could not be read (listed on stderr).
  diff A B
      Compare two captures (or snapshots): added, removed and changed endpoints and per-process deltas.
  ranges [--format table|json] [--bucket N]
      The dynamic and reserved port ranges, the port histogram, exhaustion figures and socket pools.
  check [--input FILE] [--format text|json]
      Known-service ports held by the wrong process, ports at risk, blocked ephemeral ports.
      Exit 0: no findings, 1: findings, 2: error.
  fix <finding-id|--all> --plan-out FILE     write a fix plan (a preview of every change) to FILE
  apply FILE [--result FILE]                 apply a plan (elevates when needed); writes a journal
  undo JOURNAL                               restore what a plan changed
  close LOCAL:PORT REMOTE:PORT [--family auto|ipv4|ipv6] [--tcp6] [--elevate]
      Close a TCP connection (IPv6 sides as [ADDRESS]:PORT). Exit 0: closed, 1: not found, 2: error.
  kill PID [--yes] [--timeout MS] [--force] [--elevate]
      End a process; without --yes, show it (name, path, services, endpoints) and ask first.
      Exit 0: ended, 1: no such process, 2: error.
  help
      Show this text.

common options:
  --log-level trace|debug|info|warn|error|off   (default: warn; logs go to stderr)
)";

int usageError(const std::string& message)
{
    std::cerr << "portolan: " << message << "\n\n" << kUsage;
    return 2;
}

int snapshotCommand(Words args)
{
    const auto format = args.take("--format").value_or("table");
    const auto output = args.take("--output").value_or("");
    EngineOptions options;
    options.forceProcfs = args.flag("--procfs");
    options.resolveOwners = !args.flag("--no-owners");
    if (!args.finish())
        return usageError(args.error());
    if (format != "table" && format != "csv" && format != "json")
        return usageError("unknown --format \"" + format + "\" (table, csv or json)");

    auto engine = createPlatformEngine(options);
    const Snapshot snapshot = engine->take();
    for (const auto& warning : snapshot.meta.warnings)
        log::cli()->warn("{}", warning);

    cli::Output target(output);
    if (!target.ok())
        return 2;
    std::ostream& out = target.stream();
    if (format == "json")
        out << writeSnapshotJson(snapshot);
    else if (format == "csv")
        writeSnapshotCsv(snapshot, out);
    else
        writeSnapshotTable(snapshot, out);
    out.flush();
    if (!out) {
        std::cerr << "portolan: writing the output failed\n";
        return 2;
    }
    return 0;
}

int recordCommand(Words args)
{
    const auto interval = args.takeNumber("--interval").value_or(1000);
    const auto count = args.takeNumber("--count").value_or(0);
    EngineOptions options;
    options.forceProcfs = args.flag("--procfs");
    const auto files = args.positional();
    if (!args.finish())
        return usageError(args.error());
    if (files.size() != 1)
        return usageError("record needs one FILE");
    if (interval < 100 || count < 0)
        return usageError("--interval must be at least 100 ms and --count not negative");
    const std::string& path = files.front();
    RecordingWriter writer;
    std::string error;
    if (!writer.open(path, error)) {
        std::cerr << "portolan: " << error << '\n';
        return 2;
    }
    auto engine = createPlatformEngine(options);
    for (long i = 0; count == 0 || i < count; ++i) {
        const auto started = std::chrono::steady_clock::now();
        if (!writer.append(engine->take())) {
            std::cerr << "portolan: writing " << path << " failed\n";
            return 2;
        }
        if (count && i + 1 == count)
            break;
        std::this_thread::sleep_until(started + std::chrono::milliseconds(interval));
    }
    return 0;
}

} // namespace

bool isCommand(std::string_view word)
{
    for (std::string_view command : { "snapshot", "record", "import", "diff", "ranges", "check", "fix", "apply", "undo",
             "close", "kill", "help", "--help", "-h" })
        if (word == command)
            return true;
    return false;
}

int run(int argc, char** argv)
{
    if (argc < 2)
        return usageError("no command given");
    Words common(std::vector<std::string>(argv + 2, argv + argc));
    const auto level = common.take("--log-level").value_or("warn");
    if (!common.error().empty())
        return usageError(common.error());
    if (!log::setLevel(level))
        return usageError("unknown --log-level \"" + level + "\"");
    const std::string_view command = argv[1];
    if (command == "help" || command == "--help" || command == "-h") {
        std::cout << kUsage << "\nranges options:\n"
                  << kRangesUsage << "\ncheck, fix, apply, undo:\n"
                  << kConflictUsage << "\nclose, kill:\n"
                  << kActionUsage;
        return 0;
    }
    const auto args = common.rest();
    if (command == "snapshot")
        return snapshotCommand(Words(args));
    if (command == "record")
        return recordCommand(Words(args));
    if (command == "import")
        return importCommand(args);
    if (command == "diff")
        return diffCommand(args);
    if (command == "ranges")
        return rangesCommand(args);
    if (command == "check")
        return checkCommand(args);
    if (command == "fix")
        return fixCommand(args);
    if (command == "apply")
        return applyCommand(args);
    if (command == "undo")
        return undoCommand(args);
    if (command == "close")
        return closeCommand(args);
    if (command == "kill")
        return killCommand(args);
    return usageError("unknown command \"" + std::string(command) + "\"");
}

} // namespace portolan::cli
