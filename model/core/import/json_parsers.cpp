// The JSON formats, parsed as whole documents: Portolan's own snapshot (readSnapshotJson) and PowerShell's
// ConvertTo-Json of Get-NetTCPConnection / Get-NetUDPEndpoint.

#include "parsers.h"

#include "powershell_common.h"

#include "core/snapshot_json.h"
#include "core/text_util.h"

#include <nlohmann/json.hpp>

namespace portolan::capture {

namespace {

std::size_t countLines(std::string_view text)
{
    std::size_t lines = 0;
    for (char c : text)
        lines += c == '\n';
    return lines + (!text.empty() && text.back() != '\n');
}

} // namespace

void parsePortolanJson(std::string_view text, ImportContext& ctx)
{
    ctx.summary().linesRead = countLines(text);
    auto parsed = readSnapshotJson(text);
    ctx.setLineNumber(0);
    if (parsed.fatal) {
        for (auto& problem : parsed.problems)
            ctx.skipRow(std::move(problem));
        return;
    }
    auto& snapshot = ctx.snapshot();
    snapshot.meta = parsed.snapshot.meta;
    snapshot.userNames = std::move(parsed.snapshot.userNames);
    for (auto& [pid, info] : parsed.snapshot.processes)
        if (info)
            ctx.process(pid) = *info;
    for (const auto& e : parsed.snapshot.endpoints)
        ctx.loadRow(e);
    for (auto& problem : parsed.problems) {
        // "endpoints[i]: ..." are skipped rows; other problems (processes, meta) are warnings about the file.
        if (problem.rfind("endpoints[", 0) == 0 || problem.rfind("missing \"endpoints\"", 0) == 0)
            ctx.skipRow(std::move(problem));
        else
            ctx.warn(std::move(problem));
    }
}

namespace {

std::optional<std::string> jsonText(const nlohmann::json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_unsigned())
        return std::to_string(value.get<std::uint64_t>());
    if (value.is_number_integer())
        return std::to_string(value.get<std::int64_t>());
    if (value.is_number_float())
        return std::to_string(static_cast<std::int64_t>(value.get<double>()));
    return std::nullopt;
}

} // namespace

void parsePowershellJson(std::string_view text, ImportContext& ctx)
{
    ctx.summary().linesRead = countLines(text);
    ctx.setLineNumber(0);
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& error) {
        // parse_error, or out_of_range 406 for a number no double holds ("1e999"; found by fuzz_plan_json).
        ctx.skipRow(std::string("not valid JSON: ") + error.what());
        return;
    }
    // ConvertTo-Json writes a lone object for a single result and an array otherwise; some wrappers use
    // {"value": [...]}.
    const nlohmann::json* items = &root;
    nlohmann::json wrapped;
    if (root.is_object()) {
        if (root.contains("value") && root["value"].is_array()) {
            items = &root["value"];
        } else {
            wrapped = nlohmann::json::array({ root });
            items = &wrapped;
        }
    }
    if (!items->is_array()) {
        ctx.skipRow("expected an array of objects");
        return;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto& item = (*items)[i];
        std::string where = std::to_string(i);
        where.insert(where.begin(), '[');
        where.append("]: ");
        if (!item.is_object()) {
            ctx.skipRow(where + "not an object");
            continue;
        }
        PsRecord record;
        bool tcp = false;
        std::string typeProblem;
        for (auto it = item.begin(); it != item.end() && typeProblem.empty(); ++it) {
            const auto column = psColumn(it.key());
            if (column == PsColumn::Other || it->is_null())
                continue;
            if (auto value = jsonText(*it))
                record[column] = std::move(value);
            else
                typeProblem = "\"" + it.key() + "\" has the wrong type";
            tcp = tcp || column == PsColumn::RemoteAddress || column == PsColumn::State;
        }
        if (!typeProblem.empty()) {
            ctx.skipRow(where + typeProblem);
            continue;
        }
        // CimSystemProperties carries the class (TCP or UDP) and the machine the objects came from.
        auto protocol = tcp ? Protocol::Tcp : Protocol::Udp;
        if (auto sys = item.find("CimSystemProperties"); sys != item.end() && sys->is_object()) {
            const auto className = sys->value("ClassName", std::string());
            if (className.find("UDP") != std::string::npos)
                protocol = Protocol::Udp;
            else if (className.find("TCP") != std::string::npos)
                protocol = Protocol::Tcp;
            if (auto server = sys->find("ServerName"); server != sys->end() && server->is_string()
                && !server->get<std::string>().empty() && !record[PsColumn::ComputerName])
                record[PsColumn::ComputerName] = server->get<std::string>();
        }
        // Name the element in a problem: JSON has no useful line numbers.
        const auto before = ctx.summary().problems.size();
        loadPsRecord(record, protocol, ctx);
        if (ctx.summary().problems.size() > before)
            ctx.summary().problems.back().reason = where + ctx.summary().problems.back().reason;
    }
}

} // namespace portolan::capture
