#pragma once

#include <memory>

#include <spdlog/logger.h>

namespace portolan::conflicts {

// The "conflicts" log area (catalogue, findings, plans, apply/undo), created the way core/logging.cpp creates
// its areas: stderr, level from the global level that log::setLevel() sets.
std::shared_ptr<spdlog::logger> logger();

} // namespace portolan::conflicts
