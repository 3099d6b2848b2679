// PowerShell's table view of Get-NetTCPConnection / Get-NetUDPEndpoint (the default output, or Format-Table with
// chosen properties, -AutoSize or not):
//
//   LocalAddress                        LocalPort RemoteAddress   RemotePort State       AppliedSetting OwningProcess
//   ------------                        --------- -------------   ---------- -----       -------------- -------------
//   ::                                  49669     ::              0          Listen                     3080
//
// The dash line gives the column extents; each value is the text between one column's start and the next's.
// Several tables may follow each other (TCP then UDP), each with its own header. A value PowerShell cut to fit
// ("fe80::1c3f:...") cannot be read and is reported.

#include "parsers.h"

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

class PowershellTableParser final : public LineParser
{
public:
    void parseLine(std::string_view line, ImportContext& ctx) override
    {
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
        if (text.find("...") != std::string_view::npos || text.find("\xE2\x80\xA6") != std::string_view::npos) {
            ctx.skipRow("value cut short by Format-Table (\"...\"); use Format-Table -AutoSize or Export-Csv");
            return;
        }
        // Each word belongs to the column whose underline it overlaps: left-aligned values start at their
        // underline, right-aligned (numeric) ones end at it, and either may be wider than the header. A word
        // overlapping none continues the value to its left ("10:00:00 AM").
        std::vector<std::string> values(m_columns.size());
        for (std::size_t pos = 0; pos < line.size();) {
            while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
                ++pos;
            if (pos >= line.size())
                break;
            auto end = pos;
            while (end < line.size() && line[end] != ' ' && line[end] != '\t')
                ++end;
            std::size_t target = m_columns.size();
            for (std::size_t i = 0; i < m_columns.size(); ++i) {
                if (pos < m_columns[i].end && end > m_columns[i].start) {
                    target = i;
                    break;
                }
                if (m_columns[i].start <= pos)
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
        PsRecord record;
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].column != PsColumn::Other)
                record[m_columns[i].column] = values[i];
        loadPsRecord(record, m_protocol, ctx);
    }

private:
    struct Column
    {
        std::size_t start = 0; // the underline's extent
        std::size_t end = 0;
        PsColumn column = PsColumn::Other;
    };

    void readColumns(std::string_view dashes)
    {
        m_columns.clear();
        bool tcp = false;
        for (std::size_t pos = 0; pos < dashes.size();) {
            while (pos < dashes.size() && dashes[pos] == ' ')
                ++pos;
            if (pos >= dashes.size())
                break;
            auto end = pos;
            while (end < dashes.size() && dashes[end] == '-')
                ++end;
            const auto name
                = pos < m_header.size() ? trim(std::string_view(m_header).substr(pos, end - pos)) : std::string_view();
            Column column { pos, end, psColumn(name) };
            tcp = tcp || column.column == PsColumn::RemoteAddress || column.column == PsColumn::State;
            m_columns.push_back(column);
            pos = end;
        }
        m_protocol = tcp ? Protocol::Tcp : Protocol::Udp;
    }

    std::string m_header;
    std::vector<Column> m_columns;
    Protocol m_protocol = Protocol::Tcp;
};

} // namespace

std::unique_ptr<LineParser> makePowershellTableParser()
{
    return std::make_unique<PowershellTableParser>();
}

} // namespace portolan::capture
