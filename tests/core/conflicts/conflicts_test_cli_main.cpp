// portolan-conflicts-test-cli: `portolan check|fix|apply|undo` as their own executable, for the tests, until the
// main CLI dispatches to app/cli_conflict_commands.cpp. argv[1] is the command; --log-level is taken as the main
// CLI takes it.

#include "cli_conflict_commands.h"
#include "core/logging.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string level = "warn";
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--log-level") {
            level = args[i + 1];
            args.erase(args.begin() + long(i), args.begin() + long(i) + 2);
            break;
        }
    portolan::log::setLevel(level);
    if (args.empty()) {
        std::cerr << "usage: portolan-conflicts-test-cli check|fix|apply|undo ...\n" << portolan::cli::kConflictUsage;
        return 2;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "check")
        return portolan::cli::checkCommand(args);
    if (command == "fix")
        return portolan::cli::fixCommand(args);
    if (command == "apply")
        return portolan::cli::applyCommand(args);
    if (command == "undo")
        return portolan::cli::undoCommand(args);
    std::cerr << "unknown command \"" << command << "\"\n";
    return 2;
}
