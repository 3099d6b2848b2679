#pragma once

#include "capture_import.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace portolan::capture {

// What a parser hands its results to: builds the snapshot and keeps the books (every line is a loaded row, a
// skipped row with a reason, or a "not a row" with a reason).
class ImportContext
{
public:
    explicit ImportContext(std::string sourceName);

    const std::string& sourceName() const { return m_source; }
    std::size_t lineNumber() const { return m_line; }
    void beginLine(std::size_t lineNumber); // counts linesRead
    void setLineNumber(std::size_t lineNumber) { m_line = lineNumber; } // document formats: no line counting

    // Row outcomes.
    Endpoint& loadRow(const Endpoint& endpoint);
    void skipRow(std::string reason);
    void notRow(std::string_view reason);
    // Takes back one not-row of `reason` (a multi-line record that turned out to be a truncated row).
    void retractNotRow(std::string_view reason);
    void warn(std::string reason); // about the row just loaded (or the file), which still loads

    // The endpoint loaded from the most recent row line, if that row loaded (netstat -b owner lines refer to it).
    Endpoint* lastLoaded();
    std::size_t lastLoadedIndex() const { return m_snapshot.endpoints.size() - 1; }

    // Owner conventions shared by every format:
    //  - pid 0, "[Time Wait]", "[System Process]", "System Idle Process": Kernel (TIME_WAIT and the idle process
    //    own nothing);
    //  - Windows pid 4, or "System" without a pid: Kernel with pid 4 kept;
    //  - any other pid: Resolved, with a ProcessInfo when a name is known;
    //  - no pid: Kernel for TIME_WAIT, else Unknown (a name without a pid is kept in the endpoint's names).
    void setOwner(Endpoint& endpoint, std::optional<std::uint32_t> pid, std::string_view processName, bool windows);
    // Mutable process record for `pid` (created on first use); published read-only by finish().
    ProcessInfo& process(std::uint32_t pid);
    EndpointNames& names(); // names of the endpoint just loaded

    Snapshot& snapshot() { return m_snapshot; }
    ImportSummary& summary() { return m_summary; }
    void metaWarning(std::string text); // once per distinct text, for meta.warnings

    // Moves everything into `result` (snapshot, summary, names).
    void finish(ImportResult& result);

private:
    std::string m_source;
    std::size_t m_line = 0;
    std::size_t m_lastRowLine = 0; // line of the last loaded row
    Snapshot m_snapshot;
    ImportSummary m_summary;
    std::vector<EndpointNames> m_names;
    std::unordered_map<std::uint32_t, std::shared_ptr<ProcessInfo>> m_processes;
};

} // namespace portolan::capture
