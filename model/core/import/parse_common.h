#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::capture {

// A shell prompt copied into the capture with the command ("C:\Users\bob>netstat -ano", "PS C:\> netstat -anob",
// "root@web01:~# ss -tuanp", "$ ss -tuanp"). Sets `host` when the prompt names the machine (user@host).
bool isPromptLine(std::string_view line, std::string* host = nullptr);

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

} // namespace portolan::capture
