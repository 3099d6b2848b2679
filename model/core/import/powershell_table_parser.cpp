// PowerShell's table view of Get-NetTCPConnection / Get-NetUDPEndpoint: the default output (no Format-*), or
// Format-Table with chosen properties, -AutoSize or not, from Windows PowerShell 5.1 or PowerShell 7:
//
//   PS C:\> Get-NetTCPConnection
//
//   LocalAddress                        LocalPort RemoteAddress             RemotePort State       OwningProcess
//   ------------                        --------- -------------             ---------- -----       -------------
//   ::                                  49669     ::                        0          Listen               3080
//   2a02:8109:b6c0:1d00:a5e1:4c2b:9f... 50321     2a00:1450:4001:82b::200e  443        Established          8812
//
// (RemoteAddress narrowed and AppliedSetting left out here.) The default view has fixed column widths and drops
// the columns that do not fit the console (OwningProcess first, so a 120-column console writes none); the UDP
// view has LocalAddress and LocalPort, with OwningProcess and CreationTime on newer systems. Numbers may be left-
// or right-aligned, depending on the view and version; both are read.
//
// The dash line gives the column extents: a dash run underlines the header word, at the start of a
// left-aligned column and at the end of a right-aligned one. Positions are counted in console cells (see
// console_text.h). Several tables may follow each other (TCP then UDP), each with its own header. A value
// PowerShell cut to fit ("2a02:...:9f..." in 5.1, "2a02:...:9f03…" in 7) cannot be read: the row is reported
// with its line; cut values in columns that are not read (AppliedSetting, CreationTime) do not matter.

#include "parsers.h"

#include "console_text.h"
#include "parse_common.h"
#include "powershell_common.h"

#include "core/text_util.h"

namespace portolan::capture {

namespace {

bool isDashLine(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return false;
    for (char c : text)
        if (c != '-' && c != ' ')
            return false;
    return true;
}

std::string_view columnName(PsColumn column)
{
    switch (column) {
    case PsColumn::LocalAddress:
        return "LocalAddress";
    case PsColumn::LocalPort:
        return "LocalPort";
    case PsColumn::RemoteAddress:
        return "RemoteAddress";
    case PsColumn::RemotePort:
        return "RemotePort";
    case PsColumn::State:
        return "State";
    case PsColumn::OwningProcess:
        return "OwningProcess";
    case PsColumn::ProcessName:
        return "ProcessName";
    case PsColumn::Protocol:
        return "Protocol";
    case PsColumn::ComputerName:
        return "PSComputerName";
    case PsColumn::Other:
        break;
    }
    return "";
}

class PowershellTableParser final : public LineParser
{
public:
    void parseLine(std::string_view rawLine, ImportContext& ctx) override
    {
        // Escapes take no cells; with them in place the columns would not line up with the dash line.
        std::string_view line = rawLine;
        if (line.find('\x1b') != std::string_view::npos) {
            m_clean = stripAnsiEscapes(line);
            line = m_clean;
        }
        const auto text = trim(line);
        if (text.empty()) {
            ctx.notRow("blank");
            return;
        }
        if (isPromptLine(text)) {
            ctx.notRow("prompt");
            return;
        }
        if (text.find("LocalPort") != std::string_view::npos || text.find("LocalAddress") != std::string_view::npos) {
            m_header = std::string(line);
            m_columns.clear();
            ctx.notRow("column header");
            return;
        }
        if (isDashLine(text)) {
            readColumns(line);
            ctx.notRow("column header underline");
            return;
        }
        if (m_columns.empty()) {
            ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\" (no table header before it)");
            return;
        }
        const auto values = cellsOf(line);
        PsRecord record;
        bool nameCut = false;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const auto column = m_columns[i].column;
            if (column == PsColumn::Other)
                continue;
            if (endsWithCutMark(values[i])) {
                // A cut process name only loses the name; anything else leaves nothing to load.
                if (column == PsColumn::ProcessName) {
                    nameCut = true;
                    continue;
                }
                ctx.skipRow(std::string(columnName(column)) + " \"" + shortenForMessage(values[i])
                    + "\" cut short by PowerShell's table view; capture with Export-Csv, ConvertTo-Json or "
                      "Format-Table -AutoSize");
                return;
            }
            record[column] = values[i];
        }
        const auto loaded = ctx.summary().rowsLoaded;
        loadPsRecord(record, m_protocol, ctx);
        if (nameCut && ctx.summary().rowsLoaded > loaded)
            ctx.warn("ProcessName cut short by PowerShell's table view; the process name is not kept");
    }

private:
    struct Column
    {
        std::size_t start = 0; // the underline's extent, in console cells
        std::size_t end = 0;
        PsColumn column = PsColumn::Other;
    };

    // Each word belongs to the column whose underline it overlaps: left-aligned values start at their
    // underline, right-aligned (numeric) ones end at it, and either may be wider than the header. A word
    // overlapping none continues the value to its left ("11/21/2024 9:12:05 AM").
    std::vector<std::string> cellsOf(std::string_view line)
    {
        consoleCells(line, m_cells);
        std::vector<std::string> values(m_columns.size());
        for (std::size_t pos = 0; pos < line.size();) {
            while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
                ++pos;
            if (pos >= line.size())
                break;
            auto end = pos;
            while (end < line.size() && line[end] != ' ' && line[end] != '\t')
                ++end;
            const auto first = m_cells[pos], last = m_cells[end];
            std::size_t target = m_columns.size();
            for (std::size_t i = 0; i < m_columns.size(); ++i) {
                if (first < m_columns[i].end && last > m_columns[i].start) {
                    target = i;
                    break;
                }
                if (m_columns[i].start <= first)
                    target = i; // nearest column starting left of the word, unless an overlap is found
            }
            if (target == m_columns.size())
                target = 0;
            auto& value = values[target];
            if (!value.empty())
                value.push_back(' ');
            value.append(line.substr(pos, end - pos));
            pos = end;
        }
        return values;
    }

    void readColumns(std::string_view dashes)
    {
        m_columns.clear();
        consoleCells(dashes, m_cells);
        bool tcp = false;
        for (std::size_t pos = 0; pos < dashes.size();) {
            while (pos < dashes.size() && dashes[pos] != '-') // spaces, and a stray tab or NBSP at the end
                ++pos;
            if (pos >= dashes.size())
                break;
            auto end = pos;
            while (end < dashes.size() && dashes[end] == '-')
                ++end;
            const auto name
                = pos < m_header.size() ? trim(std::string_view(m_header).substr(pos, end - pos)) : std::string_view();
            Column column { m_cells[pos], m_cells[end], psColumn(name) };
            tcp = tcp || column.column == PsColumn::RemoteAddress || column.column == PsColumn::State;
            m_columns.push_back(column);
            pos = end;
        }
        m_protocol = tcp ? Protocol::Tcp : Protocol::Udp;
    }

    std::string m_header;
    std::string m_clean; // the current line without ANSI escapes
    std::vector<Column> m_columns;
    std::vector<std::size_t> m_cells;
    Protocol m_protocol = Protocol::Tcp;
};

} // namespace

std::unique_ptr<LineParser> makePowershellTableParser()
{
    return std::make_unique<PowershellTableParser>();
}

} // namespace portolan::capture
