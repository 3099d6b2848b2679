#include "recording.h"

#include "snapshot_diff.h"
#include "snapshot_json_detail.h"
#include "time_format.h"

#include <unordered_map>

namespace portolan {

using nlohmann::json;
using namespace json_detail;

namespace {
constexpr std::string_view kSchema = "portolan.recording";

json keyToJson(const Endpoint& e)
{
    return json::array({ e.protocol == Protocol::Tcp ? "tcp" : "udp", e.localAddress.toString(), e.localPort,
        e.remoteAddress.toString(), e.remotePort, e.inode });
}

// json::value() throws type_error when a field has another type ({"full": 1}); a recording comes from another
// machine, so read fields through these instead (found by tests/fuzz/fuzz_recording).
const json& arrayField(const json& object, const char* key)
{
    static const json empty = json::array();
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

std::string stringField(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<EndpointKey> keyFromJson(const json& j)
{
    if (!j.is_array() || j.size() != 6 || !j[0].is_string() || !j[1].is_string() || !j[2].is_number_unsigned()
        || !j[3].is_string() || !j[4].is_number_unsigned() || !j[5].is_number_unsigned())
        return std::nullopt;
    EndpointKey key;
    const auto protocol = parseProtocol(j[0].get<std::string>());
    const auto local = IpAddress::parse(j[1].get<std::string>());
    const auto remote = IpAddress::parse(j[3].get<std::string>());
    if (!protocol || !local || !remote || j[2].get<std::uint64_t>() > 65535 || j[4].get<std::uint64_t>() > 65535)
        return std::nullopt;
    key.protocol = *protocol;
    key.localAddress = *local;
    key.remoteAddress = *remote;
    key.localPort = static_cast<std::uint16_t>(j[2].get<unsigned>());
    key.remotePort = static_cast<std::uint16_t>(j[4].get<unsigned>());
    key.inode = j[5].get<std::uint64_t>();
    return key;
}
} // namespace

bool RecordingWriter::open(const std::string& path, std::string& error)
{
    std::string first;
    {
        std::ifstream existing(path);
        std::getline(existing, first);
    }
    const bool append = RecordingReader::looksLikeRecording(first);
    m_out.open(path, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
    if (!m_out) {
        error = path + ": cannot open for writing";
        return false;
    }
    if (!append)
        m_out << json { { "schema", kSchema }, { "version", 1 } }.dump() << '\n';
    // An appended session starts with a full frame: the reader cannot know what the last session ended with.
    m_previous.reset();
    m_written.clear();
    m_frames = 0;
    return bool(m_out);
}

bool RecordingWriter::append(const Snapshot& snapshot)
{
    if (!m_out.is_open())
        return false;
    static const Snapshot kEmpty;
    const Snapshot& before = m_previous ? *m_previous : kEmpty;
    const auto diff = diffSnapshots(before, snapshot);
    json frame;
    frame["t"] = snapshot.meta.capturedAtMs ? json(formatIsoUtc(snapshot.meta.capturedAtMs)) : json(nullptr);
    frame["full"] = !m_previous;
    if (!m_previous)
        frame["meta"] = { { "hostname", snapshot.meta.hostname }, { "os", snapshot.meta.os },
            { "format", snapshot.meta.format } };
    json removed = json::array();
    for (auto i : diff.removed)
        removed.push_back(keyToJson(before.endpoints[i]));
    json upsert = json::array();
    std::unordered_map<std::uint32_t, bool> owners;
    for (auto j : diff.added) {
        upsert.push_back(endpointToJson(snapshot.endpoints[j], snapshot));
        owners[snapshot.endpoints[j].pid] = true;
    }
    for (const auto& [i, j] : diff.changed) {
        upsert.push_back(endpointToJson(snapshot.endpoints[j], snapshot));
        owners[snapshot.endpoints[j].pid] = true;
    }
    if (!m_previous)
        m_written.clear();
    json processes = json::array();
    for (const auto& [pid, unused] : owners) {
        auto now = snapshot.processes.find(pid);
        if (now == snapshot.processes.end() || !now->second)
            continue;
        auto& then = m_written[pid];
        if (!then || then->startTime != now->second->startTime || then->name != now->second->name
            || then->services != now->second->services) {
            processes.push_back(processToJson(*now->second));
            then = now->second;
        }
    }
    frame["removed"] = std::move(removed);
    frame["upsert"] = std::move(upsert);
    frame["processes"] = std::move(processes);
    m_out << frame.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    m_out.flush(); // a recording is read after a crash too
    m_previous = std::make_shared<const Snapshot>(snapshot);
    ++m_frames;
    return bool(m_out);
}

void RecordingWriter::close()
{
    m_out.close();
    m_previous.reset();
    m_written.clear();
}

bool RecordingReader::looksLikeRecording(std::string_view firstLine)
{
    return firstLine.find("\"schema\"") != std::string_view::npos && firstLine.find(kSchema) != std::string_view::npos;
}

bool RecordingReader::open(const std::string& path, std::string& error)
{
    m_path = path;
    m_in.open(path, std::ios::binary);
    std::string first;
    if (!m_in || !std::getline(m_in, first) || !looksLikeRecording(first)) {
        error = path + ": not a Portolan recording";
        return false;
    }
    m_line = 1;
    return true;
}

std::optional<RecordingFrame> RecordingReader::next()
{
    std::string text;
    while (std::getline(m_in, text)) {
        ++m_line;
        if (text.empty() || text == "\r")
            continue;
        auto problem = [&](const std::string& reason) {
            m_problems.push_back(m_path + ":" + std::to_string(m_line) + ": " + reason);
        };
        json frame;
        try {
            frame = json::parse(text);
        } catch (const json::exception& e) {
            problem(std::string("not JSON: ") + e.what());
            continue;
        }
        if (!frame.is_object()) {
            problem("not a JSON object");
            continue;
        }
        if (const auto schema = frame.find("schema"); schema != frame.end() && *schema == kSchema)
            continue; // the header of an appended session
        if (const auto full = frame.find("full"); full != frame.end() && full->is_boolean() && full->get<bool>()) {
            m_current = Snapshot {};
            if (const auto meta = frame.find("meta"); meta != frame.end() && meta->is_object()) {
                m_current.meta.hostname = stringField(*meta, "hostname");
                m_current.meta.os = stringField(*meta, "os");
                m_current.meta.format = stringField(*meta, "format");
            }
        }
        m_current.meta.source = m_path;
        if (const auto t = frame.find("t"); t != frame.end() && t->is_string())
            m_current.meta.capturedAtMs = parseIsoUtc(t->get<std::string>()).value_or(0);
        // Index the current endpoints by key to apply removals and upserts.
        std::unordered_map<EndpointKey, std::size_t, EndpointKeyHash> index;
        index.reserve(m_current.endpoints.size());
        for (std::size_t i = 0; i < m_current.endpoints.size(); ++i)
            index[EndpointKey::of(m_current.endpoints[i])] = i;
        std::vector<bool> gone(m_current.endpoints.size(), false);
        for (const auto& k : arrayField(frame, "removed")) {
            const auto key = keyFromJson(k);
            if (!key) {
                problem("bad key in \"removed\"");
                continue;
            }
            if (auto it = index.find(*key); it != index.end())
                gone[it->second] = true;
        }
        std::vector<Endpoint> kept;
        kept.reserve(m_current.endpoints.size());
        for (std::size_t i = 0; i < m_current.endpoints.size(); ++i)
            if (!gone[i])
                kept.push_back(m_current.endpoints[i]);
        m_current.endpoints = std::move(kept);
        index.clear();
        for (std::size_t i = 0; i < m_current.endpoints.size(); ++i)
            index[EndpointKey::of(m_current.endpoints[i])] = i;
        for (const auto& j : arrayField(frame, "upsert")) {
            Endpoint e;
            std::string reason;
            if (!endpointFromJson(j, e, reason)) {
                problem("upsert: " + reason);
                continue;
            }
            if (e.uid != Endpoint::kNoUid && j.contains("user") && j["user"].is_string())
                m_current.userNames.try_emplace(e.uid, j["user"].get<std::string>());
            if (auto it = index.find(EndpointKey::of(e)); it != index.end())
                m_current.endpoints[it->second] = e;
            else {
                index[EndpointKey::of(e)] = m_current.endpoints.size();
                m_current.endpoints.push_back(e);
            }
        }
        for (const auto& j : arrayField(frame, "processes")) {
            auto info = std::make_shared<ProcessInfo>();
            std::string reason;
            if (!processFromJson(j, *info, reason)) {
                problem("process: " + reason);
                continue;
            }
            m_current.processes[info->pid] = std::move(info);
        }
        return RecordingFrame { m_current, m_line };
    }
    return std::nullopt;
}

} // namespace portolan
