#include "import_context.h"

#include "core/logging.h"
#include "core/text_util.h"

#include <algorithm>

namespace portolan::capture {

ImportContext::ImportContext(std::string sourceName)
    : m_source(std::move(sourceName))
{ }

void ImportContext::beginLine(std::size_t lineNumber)
{
    m_line = lineNumber;
    ++m_summary.linesRead;
}

Endpoint& ImportContext::loadRow(const Endpoint& endpoint)
{
    ++m_summary.rowsRead;
    ++m_summary.rowsLoaded;
    m_lastRowLine = m_line;
    m_snapshot.endpoints.push_back(endpoint);
    return m_snapshot.endpoints.back();
}

void ImportContext::skipRow(std::string reason)
{
    ++m_summary.rowsRead;
    ++m_summary.rowsSkipped;
    m_lastRowLine = 0;
    log::import()->debug("{}:{}: {}", m_source, m_line, reason);
    if (m_summary.problems.size() < ImportSummary::kMaxStoredProblems)
        m_summary.problems.push_back({ m_line, std::move(reason) });
    else
        ++m_summary.problemsOmitted;
}

void ImportContext::notRow(std::string_view reason)
{
    ++m_summary.notRows;
    // Reasons are fixed strings chosen by the parsers, so the map stays small.
    auto it = m_summary.notRowReasons.find(reason);
    if (it == m_summary.notRowReasons.end())
        m_summary.notRowReasons.emplace(std::string(reason), 1);
    else
        ++it->second;
}

void ImportContext::retractNotRow(std::string_view reason)
{
    auto it = m_summary.notRowReasons.find(reason);
    if (it == m_summary.notRowReasons.end() || it->second == 0)
        return;
    --m_summary.notRows;
    if (--it->second == 0)
        m_summary.notRowReasons.erase(it);
}

void ImportContext::warn(std::string reason)
{
    if (m_summary.warnings.size() < ImportSummary::kMaxStoredProblems)
        m_summary.warnings.push_back({ m_line, std::move(reason) });
    else
        ++m_summary.warningsOmitted;
}

Endpoint* ImportContext::lastLoaded()
{
    if (m_lastRowLine == 0 || m_snapshot.endpoints.empty())
        return nullptr;
    return &m_snapshot.endpoints.back();
}

ProcessInfo& ImportContext::process(std::uint32_t pid)
{
    auto& slot = m_processes[pid];
    if (!slot) {
        slot = std::make_shared<ProcessInfo>();
        slot->pid = pid;
    }
    return *slot;
}

EndpointNames& ImportContext::names()
{
    const auto index = m_snapshot.endpoints.size() - 1;
    if (m_names.empty() || m_names.back().endpoint != index) {
        m_names.push_back({});
        m_names.back().endpoint = index;
        m_names.back().line = m_line;
    }
    return m_names.back();
}

void ImportContext::setOwner(Endpoint& e, std::optional<std::uint32_t> pid, std::string_view name, bool windows)
{
    name = trim(name);
    const auto lower = toLowerAscii(name);
    const bool idle = lower == "[time wait]" || lower == "[system process]" || lower == "system idle process"
        || lower == "[system idle process]";
    if (idle || (pid && *pid == 0)) {
        e.pid = pid.value_or(0);
        e.ownerStatus = OwnerStatus::Kernel;
        return;
    }
    // Windows' "System" is always pid 4; TCPView leaves the PID column empty on some of its rows.
    if (!pid && windows && lower == "system")
        pid = 4;
    if (pid && windows && *pid == 4) {
        e.pid = 4;
        e.ownerStatus = OwnerStatus::Kernel;
        auto& p = process(4);
        if (p.name.empty())
            p.name = "System";
        return;
    }
    if (pid) {
        e.pid = *pid;
        e.ownerStatus = OwnerStatus::Resolved;
        if (!name.empty() && name != "-") {
            auto& p = process(*pid);
            if (p.name.empty())
                p.name = std::string(name);
        }
        return;
    }
    e.pid = 0;
    e.ownerStatus = e.state == SocketState::TimeWait ? OwnerStatus::Kernel : OwnerStatus::Unknown;
    if (!name.empty() && name != "-" && &e == &m_snapshot.endpoints.back())
        names().processName = std::string(name);
}

void ImportContext::metaWarning(std::string text)
{
    auto& warnings = m_snapshot.meta.warnings;
    if (std::find(warnings.begin(), warnings.end(), text) == warnings.end())
        warnings.push_back(std::move(text));
}

void ImportContext::finish(ImportResult& result)
{
    for (auto& [pid, info] : m_processes)
        m_snapshot.processes[pid] = std::move(info);
    m_processes.clear();
    m_summary.namesKept = m_names.size();
    result.snapshot = std::move(m_snapshot);
    result.summary = std::move(m_summary);
    result.names = std::move(m_names);
}

} // namespace portolan::capture
