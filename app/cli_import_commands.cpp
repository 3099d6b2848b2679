#include "cli_import_commands.h"

#include "core/import/capture_import.h"
#include "core/logging.h"
#include "core/snapshot_compare.h"
#include "core/snapshot_diff.h"
#include "core/snapshot_json.h"
#include "core/snapshot_text.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <string_view>

namespace portolan::cli {

namespace {

constexpr std::string_view kImportUsage = "usage: portolan import FILE [--format table|json|csv]\n";
constexpr std::string_view kDiffUsage = "usage: portolan diff BEFORE AFTER\n";

int usage(std::string_view text, const std::string& message)
{
    std::cerr << "portolan: " << message << "\n" << text;
    return 2;
}

// Prints the summary line, every stored skipped row and a bounded number of warnings to stderr.
void reportImport(const ImportResult& result, const std::string& path)
{
    if (result.failed()) {
        std::cerr << "portolan: " << result.fatal << '\n';
        return;
    }
    std::cerr << describeImport(result) << '\n';
    for (const auto& warning : result.snapshot.meta.warnings)
        std::cerr << path << ": note: " << warning << '\n';
    for (const auto& problem : result.summary.problems)
        std::cerr << formatProblem(path, problem) << '\n';
    if (result.summary.problemsOmitted)
        std::cerr << path << ": ... and " << result.summary.problemsOmitted << " more skipped rows\n";
    constexpr std::size_t kShownWarnings = 20;
    const auto& warnings = result.summary.warnings;
    for (std::size_t i = 0; i < warnings.size() && i < kShownWarnings; ++i)
        std::cerr << formatProblem(path, { warnings[i].line, "warning: " + warnings[i].reason }) << '\n';
    const auto hidden = warnings.size() > kShownWarnings ? warnings.size() - kShownWarnings : 0;
    if (hidden + result.summary.warningsOmitted)
        std::cerr << path << ": ... and " << hidden + result.summary.warningsOmitted << " more warnings\n";
}

std::string hostPort(const IpAddress& address, std::uint16_t port)
{
    const auto text = address.toString();
    return (address.family == Family::IPv6 ? "[" + text + "]" : text) + ":" + std::to_string(port);
}

std::string ownerText(const Endpoint& e, const Snapshot& snapshot)
{
    auto label = ownerLabel(e, snapshot);
    if (e.ownerStatus == OwnerStatus::Resolved && label.rfind("[pid", 0) != 0)
        label += " (" + std::to_string(e.pid) + ")";
    return label;
}

std::string describeEndpoint(const Endpoint& e, const Snapshot& snapshot)
{
    std::string out(protocolName(e.protocol));
    out += ' ';
    out += hostPort(e.localAddress, e.localPort);
    out += " -> ";
    out += hostPort(e.remoteAddress, e.remotePort);
    out += ' ';
    out += stateName(e.state);
    out += ' ';
    out += ownerText(e, snapshot);
    return out;
}

// Words after the command, with "--format X" / "--format=X" taken out.
bool takeOption(std::vector<std::string>& words, std::string_view name, std::string& value, std::string& error)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == name) {
            if (i + 1 >= words.size()) {
                error = std::string(name) + " needs a value";
                return false;
            }
            value = words[i + 1];
            words.erase(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i) + 2);
            return true;
        }
        if (words[i].rfind(std::string(name) + "=", 0) == 0) {
            value = words[i].substr(name.size() + 1);
            words.erase(words.begin() + static_cast<long>(i));
            return true;
        }
    }
    return true;
}

} // namespace

int importCommand(const std::vector<std::string>& args)
{
    std::vector<std::string> words = args;
    std::string format = "table", error;
    if (!takeOption(words, "--format", format, error))
        return usage(kImportUsage, error);
    if (std::find(words.begin(), words.end(), "--help") != words.end()) {
        std::cout << kImportUsage;
        return 0;
    }
    if (format != "table" && format != "json" && format != "csv")
        return usage(kImportUsage, "unknown --format \"" + format + "\" (table, json or csv)");
    if (words.size() != 1)
        return usage(kImportUsage, words.empty() ? "no capture file given" : "one capture file expected");
    const auto& path = words.front();
    const auto result = importCaptureFile(path);
    reportImport(result, path);
    if (result.failed())
        return 2;
    if (format == "json")
        std::cout << writeSnapshotJson(result.snapshot);
    else if (format == "csv")
        writeSnapshotCsv(result.snapshot, std::cout);
    else
        writeSnapshotTable(result.snapshot, std::cout);
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "portolan: writing the output failed\n";
        return 2;
    }
    return result.exitCode();
}

int diffCommand(const std::vector<std::string>& args)
{
    if (std::find(args.begin(), args.end(), "--help") != args.end()) {
        std::cout << kDiffUsage;
        return 0;
    }
    if (args.size() != 2)
        return usage(kDiffUsage, "two capture files expected");
    const auto before = importCaptureFile(args[0]);
    reportImport(before, args[0]);
    const auto after = importCaptureFile(args[1]);
    reportImport(after, args[1]);
    if (before.failed() || after.failed())
        return 2;

    const auto& a = before.snapshot;
    const auto& b = after.snapshot;
    const auto comparison = compareSnapshots(a, b);
    const auto& diff = comparison.diff;
    auto& out = std::cout;
    out << "--- " << args[0] << " (" << before.formatName << ", " << a.endpoints.size() << " endpoints)\n";
    out << "+++ " << args[1] << " (" << after.formatName << ", " << b.endpoints.size() << " endpoints)\n";
    for (auto i : diff.removed)
        out << "- " << describeEndpoint(a.endpoints[i], a) << '\n';
    for (auto i : diff.added)
        out << "+ " << describeEndpoint(b.endpoints[i], b) << '\n';
    for (const auto& [i, j] : diff.changed) {
        const auto& x = a.endpoints[i];
        const auto& y = b.endpoints[j];
        out << "~ " << protocolName(x.protocol) << ' ' << hostPort(x.localAddress, x.localPort) << " -> "
            << hostPort(x.remoteAddress, x.remotePort);
        if (x.state != y.state)
            out << " state " << stateName(x.state) << " -> " << stateName(y.state);
        const auto ownerBefore = ownerText(x, a);
        const auto ownerAfter = ownerText(y, b);
        if (ownerBefore != ownerAfter || x.pid != y.pid)
            out << " owner " << ownerBefore << " -> " << ownerAfter;
        out << '\n';
    }

    bool header = false;
    for (const auto& d : comparison.owners) {
        const auto& label = d.owner;
        if (!header) {
            out << "\nper process (endpoints before -> after: +added -removed ~changed)\n";
            header = true;
        }
        const long delta = d.delta();
        out << "  " << label << ": " << d.before << " -> " << d.after << " (" << (delta >= 0 ? "+" : "") << delta
            << "): +" << d.added << " -" << d.removed << " ~" << d.changed << '\n';
    }
    out << "\n"
        << diff.added.size() << " added, " << diff.removed.size() << " removed, " << diff.changed.size() << " changed, "
        << diff.unchanged.size() << " unchanged\n";
    out.flush();
    if (!out) {
        std::cerr << "portolan: writing the output failed\n";
        return 2;
    }
    return diff.empty() ? 0 : 1;
}

} // namespace portolan::cli
