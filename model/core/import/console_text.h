#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::capture {

// Text as a console laid it out. PowerShell pads and cuts table cells by console cells, not by bytes: "…" is
// three UTF-8 bytes but one cell, a CJK character one or two bytes more than its two cells. Column extents read
// from the dash line are therefore compared in cells.

// Removes ANSI escape sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", two-byte "ESC x"). PowerShell
// 7.2+ colours table headers with them ($PSStyle), and transcripts and copies from some terminals keep them.
std::string stripAnsiEscapes(std::string_view text);

// The console cell at which each byte of `utf8` starts, plus one entry for the end (`cells[text.size()]` is the
// line's width). Continuation bytes share their character's cell; East Asian wide characters take two cells.
void consoleCells(std::string_view utf8, std::vector<std::size_t>& cells);

// True when a cell ends in the mark PowerShell puts on a value it cut to fit: "…" (U+2026, PowerShell 7) or
// "..." (Windows PowerShell 5.1).
bool endsWithCutMark(std::string_view cell);

} // namespace portolan::capture
