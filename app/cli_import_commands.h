#pragma once

#include <string>
#include <vector>

namespace portolan::cli {

// `portolan import FILE [--format table|json|csv]`: reads a capture (any format the importers know) and prints
// the snapshot on stdout, the import summary and every skipped row (file:line: reason) on stderr.
// `args` are the words after "import". Exit codes: 0 everything parsed, 1 some rows were skipped, 2 error
// (usage, unreadable or unrecognised file).
int importCommand(const std::vector<std::string>& args);

// `portolan diff A B`: imports both captures and prints the endpoints added, removed and changed (state or
// owner) from A to B, then per-process deltas. Exit codes as diff(1): 0 no differences, 1 differences, 2 error.
int diffCommand(const std::vector<std::string>& args);

} // namespace portolan::cli
