#include "parse_common.h"

#include "import_context.h"

#include "core/text_util.h"

namespace portolan::capture {

bool isPromptLine(std::string_view line, std::string* host)
{
    const auto text = trim(line);
    if (text.empty())
        return false;
    // PowerShell: "PS C:\Users\bob> Get-NetTCPConnection", and the bare "PS> Get-NetTCPConnection" of
    // Microsoft's documentation and of `prompt` functions that leave the path out.
    if ((text.substr(0, 3) == "PS " && text.find('>') != std::string_view::npos) || text.substr(0, 3) == "PS>")
        return true;
    // cmd: "C:\Users\bob>netstat -ano"
    if (text.size() >= 3 && ((text[0] >= 'A' && text[0] <= 'Z') || (text[0] >= 'a' && text[0] <= 'z')) && text[1] == ':'
        && text[2] == '\\' && text.find('>') != std::string_view::npos)
        return true;
    // POSIX shells: "$ ss -tuanp", "# netstat -tunap", "user@host:~$ ss", "[root@host ~]# ss"
    if ((text[0] == '$' || text[0] == '#') && text.size() > 2 && text[1] == ' ')
        return true;
    const auto at = text.find('@');
    const auto dollar = text.find_first_of("$#");
    if (at != std::string_view::npos && dollar != std::string_view::npos && at < dollar && dollar + 1 < text.size()
        && text[dollar + 1] == ' ' && text.substr(0, at).find(' ') == std::string_view::npos) {
        if (host) {
            auto rest = text.substr(at + 1, dollar - at - 1);
            const auto end = rest.find_first_of(": ]");
            *host = std::string(rest.substr(0, end));
        }
        return true;
    }
    return false;
}

bool takePromptLine(std::string_view text, ImportContext& ctx)
{
    std::string host;
    if (!isPromptLine(text, &host))
        return false;
    if (!host.empty() && ctx.snapshot().meta.hostname.empty())
        ctx.snapshot().meta.hostname = host;
    ctx.notRow("prompt");
    return true;
}

std::string shortenForMessage(std::string_view text)
{
    constexpr std::size_t kLimit = 60;
    if (text.size() <= kLimit)
        return std::string(text);
    std::size_t cut = kLimit - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // do not split a multi-byte character
    return std::string(text.substr(0, cut)) + "...";
}

bool isDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool splitCsv(std::string_view line, char separator, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.push_back(c);
            }
        } else if (c == '"' && (field.empty() && !wasQuoted)) {
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else {
            field.push_back(c);
        }
    }
    fields.push_back(std::move(field));
    return !quoted;
}

bool hasOpenQuote(std::string_view text)
{
    std::size_t quotes = 0;
    for (char c : text)
        quotes += c == '"';
    return quotes % 2 == 1;
}

bool CsvRecordJoiner::start(std::string_view line, ImportContext& ctx)
{
    if (!hasOpenQuote(line))
        return false;
    m_pending = std::string(line);
    m_firstLine = ctx.lineNumber();
    ctx.notRow("continued CSV record");
    return true;
}

std::optional<std::string> CsvRecordJoiner::add(std::string_view line, ImportContext& ctx)
{
    m_pending += '\n';
    m_pending += line;
    if (hasOpenQuote(m_pending) && m_pending.size() < kMaxLineBytes) {
        ctx.notRow("continued CSV record");
        return std::nullopt;
    }
    auto record = std::move(m_pending);
    m_pending.clear();
    return record;
}

void CsvRecordJoiner::finish(ImportContext& ctx)
{
    if (m_pending.empty())
        return;
    ctx.retractNotRow("continued CSV record");
    ctx.setLineNumber(m_firstLine);
    ctx.skipRow("file ends inside a quoted CSV value");
    m_pending.clear();
}

} // namespace portolan::capture
