#include "cli_commands.h"

// The headless CLI: the same subcommands as `portolan`, without Qt, for servers with no display and for the
// Windows cross build.
int main(int argc, char** argv)
{
    return portolan::cli::run(argc, argv);
}
