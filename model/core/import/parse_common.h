#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::capture {

class ImportContext;

// A shell prompt copied into the capture with the command ("C:\Users\bob>netstat -ano", "PS C:\> netstat -anob",
// "PS> Get-NetTCPConnection", "root@web01:~# ss -tuanp", "$ ss -tuanp"). Sets `host` when the prompt names the
// machine (user@host).
bool isPromptLine(std::string_view line, std::string* host = nullptr);
// Counts a prompt line as not a row; one that names the machine (user@host) names the capture's host when
// nothing has yet. False when `text` is not a prompt.
bool takePromptLine(std::string_view text, ImportContext& ctx);

// `text` cut to about 60 bytes for an error message, at a UTF-8 character boundary, with "..." when cut.
std::string shortenForMessage(std::string_view text);

// Non-empty and ASCII digits only.
bool isDigits(std::string_view text);

// Splits one CSV record (RFC 4180 quoting, "" inside quotes). `separator` is ',' or '\t' (or ';' for locales
// whose list separator it is). Returns false when a quoted field is not closed on this line (a record that
// continues on the next line).
bool splitCsv(std::string_view line, char separator, std::vector<std::string>& fields);

// True when `text` has an odd number of '"' characters: a CSV record still open.
bool hasOpenQuote(std::string_view text);

// Joins a CSV record whose quoted value runs over line ends. Every line of it but the last is a not-row
// ("continued CSV record"), so the record is accounted for once, on its last line. A record longer than
// kMaxLineBytes is handed over unclosed (and reported by the parser) rather than swallowing the rest of the file.
class CsvRecordJoiner
{
public:
    bool open() const { return !m_pending.empty(); }
    // Opens a record when `line` leaves a quote open (true); otherwise the line is the caller's.
    bool start(std::string_view line, ImportContext& ctx);
    // Adds the next line to the open record: the whole record once complete, else nullopt.
    std::optional<std::string> add(std::string_view line, ImportContext& ctx);
    // At the end of the file: a record still open is a skipped row, on its first line.
    void finish(ImportContext& ctx);

private:
    std::string m_pending;
    std::size_t m_firstLine = 0;
};

} // namespace portolan::capture
