#pragma once

#include "snapshot.h"

#include <ostream>
#include <string>

namespace portolan {

// The owner as a person reads it: "nginx", "Dnscache [svchost.exe]", or a plain label in brackets for rows
// with no process ("[time wait]", "[access denied]", "[unknown]", "[system]"). English: this is the CLI's
// text; the GUI translates its own labels.
std::string ownerLabel(const Endpoint& endpoint, const Snapshot& snapshot);

// "1.2.3.4:80", "[::1]:443", "*:*" style is not used: addresses and ports stay separate columns in every
// format so that scripts can rely on them.
void writeSnapshotTable(const Snapshot& snapshot, std::ostream& out);

// RFC 4180 CSV with a header row; the columns are documented in README "CSV".
void writeSnapshotCsv(const Snapshot& snapshot, std::ostream& out);
std::string csvField(std::string_view text);

} // namespace portolan
