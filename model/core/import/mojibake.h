#pragma once

#include "code_pages.h"

#include <optional>
#include <string>
#include <string_view>

namespace portolan::capture {

// Text that was decoded once with the wrong code page and saved again: `cmd` wrote CP850 bytes, something read
// them as CP1252 and saved UTF-8 or UTF-16, and "ABHÖREN" became "ABH™REN". Undoing it means encoding each
// character back with the page it was wrongly read as and decoding the bytes with the page they were written in.
struct MojibakeRepair
{
    CodePage readAs = CodePage::Cp1252;
    bool writtenAsUtf8 = false; // the original bytes were UTF-8 (e.g. "ABHÃ–REN")
    CodePage writtenIn = CodePage::Cp850; // when !writtenAsUtf8

    std::string name() const; // "cp850 read as cp1252"
};

// The repair that makes the most known netstat words appear in `sampleUtf8`, if any does better than leaving
// the text alone.
std::optional<MojibakeRepair> chooseRepair(std::string_view sampleUtf8);

// Repairs one line. Pure-ASCII lines and lines with characters the wrong page cannot have produced come back
// unchanged (returns false).
bool repairLine(const MojibakeRepair& repair, std::string_view line, std::string& out);

} // namespace portolan::capture
