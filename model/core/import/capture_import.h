#pragma once

#include "core/snapshot.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace portolan {

// Capture importers: socket tables saved on other machines (Windows netstat in any language and encoding,
// TCPView/tcpvcon, PowerShell Get-NetTCPConnection/Get-NetUDPEndpoint, Linux ss/netstat//proc/net, Portolan's
// own JSON and CSV) read into a Snapshot. The format is recognised from the content, never from the file name.
// Nothing is dropped silently: every line is either a row (loaded or skipped with a reason) or counted as "not a
// row" under a named reason.

// Where in the file something went wrong. Line-based formats give the 1-based line; JSON formats give line 0
// and name the element in `reason` ("endpoints[12]: ...").
struct ImportProblem
{
    std::size_t line = 0;
    std::string reason;
};

struct ImportSummary
{
    std::size_t linesRead = 0; // text lines seen (line formats: rowsRead + notRows == linesRead)
    std::size_t rowsRead = 0; // lines or elements that are, or look like, socket rows
    std::size_t rowsLoaded = 0; // rows that became endpoints
    std::size_t rowsSkipped = 0; // rows reported in `problems`
    std::size_t notRows = 0; // headers, banners, prompts, blank lines, non-inet sockets... by reason below
    std::map<std::string, std::size_t, std::less<>> notRowReasons;
    // Skipped rows with their reasons. Capped at kMaxStoredProblems so that a 200 MB file of garbage cannot
    // exhaust memory; `problemsOmitted` counts the rest (they are still counted in rowsSkipped).
    std::vector<ImportProblem> problems;
    std::size_t problemsOmitted = 0;
    // Rows that loaded with a caveat (state word not understood, ports missing in tcpvcon 4.x, ...). Same cap.
    std::vector<ImportProblem> warnings;
    std::size_t warningsOmitted = 0;
    std::size_t namesKept = 0; // rows whose host or service names could not become numbers (see ImportResult)

    static constexpr std::size_t kMaxStoredProblems = 1000;
};

// Host and service names that could not be turned into numbers (netstat without -n, TCPView with name
// resolution) and process names that have no pid to hang on (netstat -b without -o). The endpoint then holds
// the unspecified address or port 0; the names are kept here, by endpoint index.
struct EndpointNames
{
    std::size_t endpoint = 0; // index into snapshot.endpoints
    std::size_t line = 0;
    std::string localHost;
    std::string localService;
    std::string remoteHost;
    std::string remoteService;
    std::string processName;
};

struct ImportResult
{
    Snapshot snapshot; // meta.source = file name, meta.format = formatName
    std::string formatName; // "netstat-windows", "ss", ... empty when not recognised
    std::string encoding; // "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16le", "cp850", ...
    std::string repair; // "" or the mis-decoding undone per line, e.g. "cp850 read as cp1252"
    ImportSummary summary;
    std::vector<EndpointNames> names;
    std::string fatal; // set when nothing could be imported (cannot open, binary, unknown format)

    bool failed() const { return !fatal.empty(); }
    // The CLI's exit code: 0 everything parsed, 1 some rows skipped, 2 fatal error.
    int exitCode() const { return failed() ? 2 : (summary.rowsSkipped ? 1 : 0); }
};

// Reads the file in chunks (bounded memory for line formats; JSON formats are parsed whole, up to
// kMaxJsonCaptureBytes of decoded text).
ImportResult importCaptureFile(const std::string& path);
// Same, from memory. `sourceName` names the capture in meta.source and in messages.
ImportResult importCaptureBytes(std::string_view bytes, const std::string& sourceName);

inline constexpr std::size_t kMaxJsonCaptureBytes = std::size_t(512) << 20;
// Longer lines are reported as skipped rows without being parsed (no capture format has legitimate lines this
// long; `ss -p` with thousands of forked workers comes closest).
inline constexpr std::size_t kMaxLineBytes = std::size_t(256) << 10;

// "netstat.txt:123: bad local address "1.2.3:x"" (or "file.json: endpoints[3]: ..." for line 0).
std::string formatProblem(std::string_view source, const ImportProblem& problem);
// One paragraph for people: format, encoding, counts, not-row reasons. No trailing newline.
std::string describeImport(const ImportResult& result);

} // namespace portolan
