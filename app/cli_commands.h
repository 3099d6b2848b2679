#pragma once

#include <string_view>

namespace portolan::cli {

// Subcommands the headless CLI understands ("snapshot", ...). The GUI executable forwards these to run().
bool isCommand(std::string_view word);

// argv[0] is the program, argv[1] the subcommand. Exit codes: 0 success, 2 usage or I/O error.
int run(int argc, char** argv);

} // namespace portolan::cli
