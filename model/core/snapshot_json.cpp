#include "snapshot_json.h"

#include "snapshot_json_detail.h"
#include "time_format.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace portolan {

using nlohmann::json;

namespace json_detail {

json processToJson(const ProcessInfo& p)
{
    json j = {
        { "pid", p.pid },
        { "name", p.name },
        { "path", p.executablePath },
        { "commandLine", p.commandLine },
        { "user", p.user },
        { "startTime", p.startTime },
        { "services", p.services },
        { "accessDenied", p.accessDenied },
    };
    if (p.uid != Endpoint::kNoUid)
        j["uid"] = p.uid;
    return j;
}

json endpointToJson(const Endpoint& e, const Snapshot& snapshot)
{
    json j = {
        { "protocol", e.protocol == Protocol::Tcp ? "tcp" : "udp" },
        { "family", e.family() == Family::IPv4 ? "ipv4" : "ipv6" },
        { "localAddress", e.localAddress.toString() },
        { "localPort", e.localPort },
        { "remoteAddress", e.remoteAddress.toString() },
        { "remotePort", e.remotePort },
        { "state", stateName(e.state) },
        { "owner", ownerStatusName(e.ownerStatus) },
    };
    j["pid"] = e.ownerStatus == OwnerStatus::Resolved || e.pid != 0 ? json(e.pid) : json(nullptr);
    if (e.inode)
        j["inode"] = e.inode;
    if (e.uid != Endpoint::kNoUid) {
        j["uid"] = e.uid;
        if (auto it = snapshot.userNames.find(e.uid); it != snapshot.userNames.end())
            j["user"] = it->second;
    }
    if (e.extraOwners)
        j["extraOwners"] = e.extraOwners;
    return j;
}

template<typename T> bool take(const json& object, const char* key, T& out, std::string& problem, bool required)
{
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            problem = std::string("missing \"") + key + "\"";
        return !required;
    }
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        // get<T>() static_casts floats and wider integers: 1e300 into a port is undefined behaviour, 70000
        // silently wraps. Whole numbers in T's range only.
        const bool fits = it->is_number_unsigned()
            ? it->template get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())
            : it->is_number_integer() && it->template get<std::int64_t>() >= std::numeric_limits<T>::min()
                && (it->template get<std::int64_t>() < 0
                    || static_cast<std::uint64_t>(it->template get<std::int64_t>())
                        <= static_cast<std::uint64_t>(std::numeric_limits<T>::max()));
        if (!fits) {
            problem = std::string("\"") + key + "\" is not a whole number in range";
            return false;
        }
    }
    try {
        out = it->get<T>();
        return true;
    } catch (const json::exception&) {
        problem = std::string("\"") + key + "\" has the wrong type";
        return false;
    }
}

bool endpointFromJson(const json& j, Endpoint& e, std::string& problem)
{
    if (!j.is_object()) {
        problem = "not an object";
        return false;
    }
    std::string protocol, local, remote, state, owner = "unknown";
    std::uint32_t localPort = 0, remotePort = 0;
    if (!take(j, "protocol", protocol, problem) || !take(j, "localAddress", local, problem)
        || !take(j, "localPort", localPort, problem) || !take(j, "remoteAddress", remote, problem)
        || !take(j, "remotePort", remotePort, problem) || !take(j, "state", state, problem)
        || !take(j, "owner", owner, problem, false) || !take(j, "pid", e.pid, problem, false)
        || !take(j, "inode", e.inode, problem, false) || !take(j, "uid", e.uid, problem, false)
        || !take(j, "extraOwners", e.extraOwners, problem, false))
        return false;
    const auto parsedProtocol = parseProtocol(protocol);
    if (!parsedProtocol) {
        problem = "unknown protocol \"" + protocol + "\"";
        return false;
    }
    e.protocol = *parsedProtocol;
    const auto localAddress = IpAddress::parse(local);
    const auto remoteAddress = IpAddress::parse(remote);
    if (!localAddress || !remoteAddress) {
        problem = "bad address \"" + (localAddress ? remote : local) + "\"";
        return false;
    }
    e.localAddress = *localAddress;
    e.remoteAddress = *remoteAddress;
    if (localPort > 65535 || remotePort > 65535) {
        problem = "port out of range";
        return false;
    }
    e.localPort = static_cast<std::uint16_t>(localPort);
    e.remotePort = static_cast<std::uint16_t>(remotePort);
    const auto parsedState = parseStateName(state);
    if (!parsedState) {
        problem = "unknown state \"" + state + "\"";
        return false;
    }
    e.state = *parsedState;
    const auto parsedOwner = parseOwnerStatus(owner);
    if (!parsedOwner) {
        problem = "unknown owner status \"" + owner + "\"";
        return false;
    }
    e.ownerStatus = *parsedOwner;
    return true;
}

bool processFromJson(const json& j, ProcessInfo& info, std::string& problem)
{
    if (!j.is_object()) {
        problem = "not an object";
        return false;
    }
    return take(j, "pid", info.pid, problem) && take(j, "name", info.name, problem, false)
        && take(j, "path", info.executablePath, problem, false)
        && take(j, "commandLine", info.commandLine, problem, false) && take(j, "user", info.user, problem, false)
        && take(j, "uid", info.uid, problem, false) && take(j, "startTime", info.startTime, problem, false)
        && take(j, "services", info.services, problem, false)
        && take(j, "accessDenied", info.accessDenied, problem, false);
}

} // namespace json_detail

using namespace json_detail;

std::string writeSnapshotJson(const Snapshot& snapshot, int indent)
{
    json root;
    root["schema"] = kSnapshotSchemaName;
    root["version"] = kSnapshotSchemaVersion;
    root["meta"] = {
        { "source", snapshot.meta.source },
        { "format", snapshot.meta.format },
        { "hostname", snapshot.meta.hostname },
        { "os", snapshot.meta.os },
        { "capturedAt", snapshot.meta.capturedAtMs ? json(formatIsoUtc(snapshot.meta.capturedAtMs)) : json(nullptr) },
        { "durationMs", static_cast<double>(snapshot.meta.durationUs) / 1000.0 },
        { "warnings", snapshot.meta.warnings },
    };
    // Processes sorted by pid and endpoints in snapshot order, so equal snapshots give equal files.
    std::vector<const ProcessInfo*> processes;
    processes.reserve(snapshot.processes.size());
    for (const auto& [pid, info] : snapshot.processes)
        if (info)
            processes.push_back(info.get());
    std::sort(processes.begin(), processes.end(), [](auto* a, auto* b) { return a->pid < b->pid; });
    json processArray = json::array();
    for (const auto* p : processes)
        processArray.push_back(processToJson(*p));
    root["processes"] = std::move(processArray);
    json endpoints = json::array();
    for (const auto& e : snapshot.endpoints)
        endpoints.push_back(endpointToJson(e, snapshot));
    root["endpoints"] = std::move(endpoints);
    // Replace invalid UTF-8 (odd process names) rather than throw.
    return root.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

SnapshotJsonResult readSnapshotJson(std::string_view text)
{
    SnapshotJsonResult result;
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::exception& error) {
        // parse_error, or out_of_range 406 for a number no double holds ("1e999"; found by fuzz_plan_json).
        result.fatal = true;
        result.problems.push_back(std::string("not valid JSON: ") + error.what());
        return result;
    }
    // json::value() throws type_error when the stored type differs ({"schema": 1}), so check types first.
    const auto schema = root.is_object() ? root.find("schema") : root.end();
    if (!root.is_object() || schema == root.end() || !schema->is_string() || *schema != kSnapshotSchemaName) {
        result.fatal = true;
        result.problems.push_back("not a Portolan snapshot (missing \"schema\": \"portolan.snapshot\")");
        return result;
    }
    const auto versionField = root.find("version");
    const int version = versionField != root.end() && versionField->is_number_integer()
        ? static_cast<int>(std::clamp<std::int64_t>(versionField->get<std::int64_t>(), -1, 1000))
        : 0;
    if (version < 1 || version > kSnapshotSchemaVersion) {
        result.fatal = true;
        result.problems.push_back("unsupported snapshot version " + std::to_string(version));
        return result;
    }
    auto& snapshot = result.snapshot;
    if (const auto meta = root.find("meta"); meta != root.end() && meta->is_object()) {
        std::string problem;
        take(*meta, "source", snapshot.meta.source, problem, false);
        take(*meta, "format", snapshot.meta.format, problem, false);
        take(*meta, "hostname", snapshot.meta.hostname, problem, false);
        take(*meta, "os", snapshot.meta.os, problem, false);
        take(*meta, "warnings", snapshot.meta.warnings, problem, false);
        std::string captured;
        if (take(*meta, "capturedAt", captured, problem, false) && !captured.empty()) {
            if (auto ms = parseIsoUtc(captured))
                snapshot.meta.capturedAtMs = *ms;
            else
                result.problems.push_back("meta.capturedAt: not an ISO 8601 time \"" + captured + "\"");
        }
        double durationMs = 0;
        if (take(*meta, "durationMs", durationMs, problem, false))
            snapshot.meta.durationUs = static_cast<std::int64_t>(durationMs * 1000.0 + 0.5);
    }
    if (const auto processes = root.find("processes"); processes != root.end() && processes->is_array()) {
        for (std::size_t i = 0; i < processes->size(); ++i) {
            const auto& j = (*processes)[i];
            auto info = std::make_shared<ProcessInfo>();
            std::string problem;
            if (!j.is_object() || !take(j, "pid", info->pid, problem) || !take(j, "name", info->name, problem, false)
                || !take(j, "path", info->executablePath, problem, false)
                || !take(j, "commandLine", info->commandLine, problem, false)
                || !take(j, "user", info->user, problem, false) || !take(j, "uid", info->uid, problem, false)
                || !take(j, "startTime", info->startTime, problem, false)
                || !take(j, "services", info->services, problem, false)
                || !take(j, "accessDenied", info->accessDenied, problem, false)) {
                result.problems.push_back("processes[" + std::to_string(i)
                    + "]: " + (problem.empty() ? std::string("not an object") : problem));
                continue;
            }
            snapshot.processes[info->pid] = std::move(info);
        }
    }
    const auto endpoints = root.find("endpoints");
    if (endpoints == root.end() || !endpoints->is_array()) {
        result.problems.push_back("missing \"endpoints\" array");
        return result;
    }
    snapshot.endpoints.reserve(endpoints->size());
    for (std::size_t i = 0; i < endpoints->size(); ++i) {
        const auto& j = (*endpoints)[i];
        Endpoint e;
        std::string problem;
        if (!endpointFromJson(j, e, problem)) {
            result.problems.push_back("endpoints[" + std::to_string(i) + "]: " + problem);
            continue;
        }
        if (e.uid != Endpoint::kNoUid && j.contains("user") && j["user"].is_string())
            snapshot.userNames.try_emplace(e.uid, j["user"].get<std::string>());
        snapshot.endpoints.push_back(e);
    }
    return result;
}

} // namespace portolan
