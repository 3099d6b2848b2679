// Export-Csv of Get-NetTCPConnection / Get-NetUDPEndpoint (or of a Select-Object of their properties):
//
//   #TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetTCPConnection
//   "State","AppliedSetting","OwningProcess","CreationTime","OffloadState","LocalAddress","LocalPort",...
//   "Listen",,"1040","11/21/2024 9:12:03 AM","InHost","0.0.0.0","135","0.0.0.0","0",...
//
// Windows PowerShell writes the #TYPE line unless -NoTypeInformation; PowerShell 7 does not. Columns are found
// by name. The class in #TYPE, else the presence of RemoteAddress/State, tells TCP from UDP.

#include "parsers.h"

#include "parse_common.h"
#include "powershell_common.h"

#include "core/text_util.h"

namespace portolan::capture {

namespace {

class PowershellCsvParser final : public LineParser
{
public:
    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        if (m_record.open()) {
            if (const auto record = m_record.add(line, ctx))
                parseRecord(*record, ctx);
            return;
        }
        const auto text = trim(line);
        if (text.empty()) {
            ctx.notRow("blank");
            return;
        }
        if (text.substr(0, 5) == "#TYPE") {
            if (text.find("NetUDPEndpoint") != std::string_view::npos)
                m_classProtocol = Protocol::Udp;
            else if (text.find("NetTCPConnection") != std::string_view::npos)
                m_classProtocol = Protocol::Tcp;
            ctx.notRow("#TYPE line");
            m_columns.clear();
            return;
        }
        if (isPromptLine(text)) {
            ctx.notRow("prompt");
            return;
        }
        if (m_record.start(line, ctx))
            return;
        parseRecord(line, ctx);
    }

    void finish(ImportContext& ctx) override { m_record.finish(ctx); }

private:
    void parseRecord(std::string_view text, ImportContext& ctx)
    {
        if (!splitCsv(text, ',', m_fields)) {
            ctx.skipRow("unclosed quote in \"" + shortenForMessage(text) + "\"");
            return;
        }
        bool header = false;
        for (const auto& field : m_fields)
            header = header || psColumn(field) == PsColumn::LocalPort;
        if (header) {
            m_columns.clear();
            bool tcp = false;
            for (const auto& field : m_fields) {
                m_columns.push_back(psColumn(field));
                tcp = tcp || m_columns.back() == PsColumn::RemoteAddress || m_columns.back() == PsColumn::State;
            }
            m_protocol = m_classProtocol.value_or(tcp ? Protocol::Tcp : Protocol::Udp);
            m_classProtocol.reset();
            ctx.notRow("column header");
            return;
        }
        if (m_columns.empty()) {
            ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\" (no CSV header before it)");
            return;
        }
        if (m_fields.size() != m_columns.size()) {
            ctx.skipRow(
                std::to_string(m_fields.size()) + " fields where the header has " + std::to_string(m_columns.size()));
            return;
        }
        PsRecord record;
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            if (m_columns[i] != PsColumn::Other)
                record[m_columns[i]] = std::move(m_fields[i]);
        loadPsRecord(record, m_protocol, ctx);
    }

    std::vector<PsColumn> m_columns;
    std::vector<std::string> m_fields;
    std::optional<Protocol> m_classProtocol;
    Protocol m_protocol = Protocol::Tcp;
    CsvRecordJoiner m_record;
};

} // namespace

std::unique_ptr<LineParser> makePowershellCsvParser()
{
    return std::make_unique<PowershellCsvParser>();
}

} // namespace portolan::capture
