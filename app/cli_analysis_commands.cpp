#include "cli_analysis_commands.h"
#include "cli_words.h"

#include "core/analysis/ranges_json.h"
#include "core/analysis/ranges_report.h"
#include "core/analysis/ranges_text.h"
#include "core/logging.h"
#include "core/port_config.h"
#include "core/snapshot_engine.h"

#include <charconv>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string_view>

namespace portolan::cli {

const char* const kRangesUsage
    = R"(  ranges [--format table|json] [--bucket N] [--protocol tcp|udp|both] [--family ipv4|ipv6|both]
         [--state all|listening|established|time-wait|bound|closing|opening] [--top K] [--output FILE] [--procfs]
      Show where this machine's sockets sit in the port space: the dynamic (ephemeral) and reserved ranges, a
      histogram of local ports by process, how full each dynamic range is and who fills it, and UDP socket pools.
      --bucket N   histogram bucket size, a power of two from 1 to 65536 (default 256)
      --top K      processes shown as their own histogram series (default 8; the rest are "other")
      --protocol, --family, --state   which endpoints the histogram counts (default: all)
)";

namespace {

using namespace analysis;

int usageError(const std::string& message)
{
    std::cerr << "portolan ranges: " << message << "\n\nusage:\n" << kRangesUsage;
    return 2;
}

} // namespace

int rangesCommand(const std::vector<std::string>& args)
{
    Words words(args);
    RangesOptions options;
    const auto format = words.take("--format").value_or("table");
    const auto output = words.take("--output").value_or("");
    if (auto bucket = words.take("--bucket")) {
        const auto value = cli::parseUnsigned(*bucket);
        if (!value || !isValidBucketSize(*value))
            words.fail("--bucket must be a power of two from 1 to 65536, not \"" + *bucket + "\"");
        else
            options.histogram.bucketSize = *value;
    }
    if (auto top = words.take("--top")) {
        if (auto value = cli::parseUnsigned(*top))
            options.histogram.topProcesses = *value;
        else
            words.fail("--top needs a number, not \"" + *top + "\"");
    }
    if (auto text = words.take("--protocol")) {
        if (auto value = parseProtocolFilter(*text))
            options.histogram.filter.protocol = *value;
        else
            words.fail("unknown --protocol \"" + *text + "\" (tcp, udp or both)");
    }
    if (auto text = words.take("--family")) {
        if (auto value = parseFamilyFilter(*text))
            options.histogram.filter.family = *value;
        else
            words.fail("unknown --family \"" + *text + "\" (ipv4, ipv6 or both)");
    }
    if (auto text = words.take("--state")) {
        if (auto value = parseStateFilter(*text))
            options.histogram.filter.state = *value;
        else
            words.fail("unknown --state \"" + *text + "\"");
    }
    // Reading a capture file (issue #5's importers) is not wired up yet; refusing beats silently showing this
    // machine's sockets to someone who asked for a file's.
    if (words.take("--input"))
        words.fail("--input is not supported yet: ranges works on a live snapshot only");
    EngineOptions engineOptions;
    engineOptions.forceProcfs = words.flag("--procfs");
    if (!words.finish())
        return usageError(words.error());
    if (format != "table" && format != "json")
        return usageError("unknown --format \"" + format + "\" (table or json)");

    auto engine = createPlatformEngine(engineOptions);
    const Snapshot snapshot = engine->take();
    for (const auto& warning : snapshot.meta.warnings)
        log::cli()->warn("{}", warning);
    const MachinePortConfig config = readMachinePortConfig();
    const RangesReport report = buildRangesReport(snapshot, config, options);

    cli::Output target(output);
    if (!target.ok())
        return 2;
    std::ostream& out = target.stream();
    if (format == "json")
        out << writeRangesJson(report);
    else
        writeRangesTable(report, out);
    out.flush();
    if (!out) {
        std::cerr << "portolan: writing the output failed\n";
        return 2;
    }
    return 0;
}

} // namespace portolan::cli
