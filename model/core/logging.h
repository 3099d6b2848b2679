#pragma once

#include <memory>
#include <string_view>

#include <spdlog/logger.h>

namespace portolan::log {

// One logger per area, so `--log-level engine=debug` style filtering and grepping stay possible.
std::shared_ptr<spdlog::logger> engine(); // snapshot backends
std::shared_ptr<spdlog::logger> model(); // diff, table, Qt models
std::shared_ptr<spdlog::logger> ui(); // widgets and app wiring
std::shared_ptr<spdlog::logger> cli(); // headless commands
std::shared_ptr<spdlog::logger> import(); // capture importers

// Sets every area's level from "trace|debug|info|warn|error|off". Returns false on an unknown name.
bool setLevel(std::string_view levelName);

} // namespace portolan::log
