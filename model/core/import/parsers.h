#pragma once

#include "import_context.h"

#include <memory>
#include <string_view>

namespace portolan::capture {

enum class CaptureFormat : std::uint8_t {
    Unknown,
    NetstatWindows,
    NetstatLinux, // net-tools and busybox
    Ss,
    ProcNet,
    TcpviewCsv, // TCPView 4.x CSV/text saves
    Tcpvcon, // tcpvcon -c
    PowershellTable, // default table and Format-Table
    PowershellCsv, // Export-Csv
    PowershellJson, // ConvertTo-Json
    PortolanJson,
    PortolanCsv,
};

std::string_view formatName(CaptureFormat format); // "netstat-windows", ...
bool isDocumentFormat(CaptureFormat format); // parsed whole (JSON), not line by line

// A line-based parser: one instance per import, fed every line (without its line end) in order.
class LineParser
{
public:
    virtual ~LineParser() = default;
    // The first decoded KBs, before the first line: for file-wide conventions that rows alone do not show.
    virtual void prime(std::string_view sample) { }
    // Must account for the line exactly once: ctx.loadRow, ctx.skipRow or ctx.notRow.
    virtual void parseLine(std::string_view line, ImportContext& ctx) = 0;
    virtual void finish(ImportContext& ctx) { }
};

// Parsers of whole documents (JSON).
void parsePortolanJson(std::string_view text, ImportContext& ctx);
void parsePowershellJson(std::string_view text, ImportContext& ctx);

std::unique_ptr<LineParser> makeNetstatWindowsParser();
std::unique_ptr<LineParser> makeNetstatLinuxParser();
std::unique_ptr<LineParser> makeSsParser();
std::unique_ptr<LineParser> makeProcNetParser();
std::unique_ptr<LineParser> makeTcpviewParser(); // TCPView saves and tcpvcon -c
std::unique_ptr<LineParser> makePowershellTableParser();
std::unique_ptr<LineParser> makePowershellCsvParser();
std::unique_ptr<LineParser> makePortolanCsvParser();

std::unique_ptr<LineParser> makeLineParser(CaptureFormat format);

// Scores the first KBs of decoded text for each format; Unknown when nothing fits.
CaptureFormat detectFormat(std::string_view sample);

} // namespace portolan::capture
