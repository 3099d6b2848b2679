// Dumps of /proc/net/{tcp,tcp6,udp,udp6}, one or several concatenated (`cat /proc/net/tcp /proc/net/udp`,
// `head -n 1000 /proc/net/*`). Rows are parsed by the core's parseProcNetLine. The protocol is not in the rows:
// it comes from the header before them (UDP's ends in "ref pointer drops", TCP's does not) or from a
// "==> /proc/net/udp6 <==" marker that head/tail print between files.

#include "parsers.h"

#include "parse_common.h"

#include "core/proc_net_parser.h"
#include "core/text_util.h"

namespace portolan::capture {

namespace {

class ProcNetParser final : public LineParser
{
public:
    void parseLine(std::string_view line, ImportContext& ctx) override
    {
        const auto text = trim(line);
        if (text.empty()) {
            ctx.notRow("blank");
            return;
        }
        if (text.substr(0, 4) == "==> ") {
            if (text.find("udp") != std::string_view::npos)
                m_protocol = Protocol::Udp;
            else if (text.find("tcp") != std::string_view::npos)
                m_protocol = Protocol::Tcp;
            ctx.notRow("file marker");
            return;
        }
        if (text.substr(0, 3) == "sl " && text.find("local_address") != std::string_view::npos) {
            m_protocol = text.find("drops") != std::string_view::npos ? Protocol::Udp : Protocol::Tcp;
            m_sawHeader = true;
            ctx.notRow("column header");
            return;
        }
        if (isPromptLine(text)) {
            ctx.notRow("prompt");
            return;
        }
        const auto colon = text.find(':');
        if (colon == std::string_view::npos || colon == 0 || text.find_first_not_of("0123456789") != colon) {
            ctx.skipRow("unrecognised line \"" + shortenForMessage(text) + "\"");
            return;
        }
        if (!m_sawHeader && !m_warned) {
            // Rows before any header: TCP is the likelier dump, but say so.
            ctx.metaWarning("/proc/net rows without a header line: read as TCP");
            m_warned = true;
        }
        Endpoint e;
        if (auto reason = parseProcNetLine(text, m_protocol, e); !reason.empty()) {
            ctx.skipRow(std::move(reason));
            return;
        }
        ctx.loadRow(e);
    }

private:
    Protocol m_protocol = Protocol::Tcp;
    bool m_sawHeader = false;
    bool m_warned = false;
};

} // namespace

std::unique_ptr<LineParser> makeProcNetParser()
{
    return std::make_unique<ProcNetParser>();
}

} // namespace portolan::capture
