#pragma once

#include <string>
#include <vector>

// The conflict commands of the headless CLI. `args` are the words after the command name (--log-level already
// taken out by the dispatcher).
namespace portolan::cli {

// `portolan check [--input FILE] [--format text|json] ...`: known-service ports held by the wrong process, ports
// at risk, blocked ephemeral ports. Exit codes: 0 no findings, 1 findings, 2 error.
int checkCommand(const std::vector<std::string>& args);

// `portolan fix <finding-id>...|--all --plan-out FILE ...`: writes a fix plan (JSON) with a preview of every change
// and prints the preview. Exit codes: 0 plan written, 2 error.
int fixCommand(const std::vector<std::string>& args);

// `portolan apply PLAN [--result FILE] ...`: applies a plan, relaunching elevated when needed. Exit codes: 0 every
// operation applied (or already in place), 1 an operation failed (the journal can undo the rest), 2 rejected or
// error (nothing changed).
int applyCommand(const std::vector<std::string>& args);

// `portolan undo JOURNAL [--result FILE] ...`: restores the values a journal recorded. Exit codes as apply.
int undoCommand(const std::vector<std::string>& args);

// The usage lines for the CLI's help text.
extern const char* const kConflictUsage;

} // namespace portolan::cli
