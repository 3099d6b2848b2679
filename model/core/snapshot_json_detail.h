#pragma once

// The JSON pieces of a snapshot, shared by the snapshot file (snapshot_json.cpp) and the recording format
// (recording.cpp). Internal to the core: nlohmann-json stays out of the public headers.

#include "snapshot.h"

#include <nlohmann/json.hpp>

#include <string>

namespace portolan::json_detail {

nlohmann::json processToJson(const ProcessInfo& process);
nlohmann::json endpointToJson(const Endpoint& endpoint, const Snapshot& snapshot);
bool endpointFromJson(const nlohmann::json& j, Endpoint& endpoint, std::string& problem);
bool processFromJson(const nlohmann::json& j, ProcessInfo& process, std::string& problem);
template<typename T>
bool take(const nlohmann::json& object, const char* key, T& out, std::string& problem, bool required = true);

} // namespace portolan::json_detail
