#include "parsers.h"

#include "console_text.h"
#include "parse_common.h"

#include "core/text_util.h"

#include <algorithm>
#include <array>

namespace portolan::capture {

std::string_view formatName(CaptureFormat format)
{
    switch (format) {
    case CaptureFormat::Unknown:
        return "";
    case CaptureFormat::NetstatWindows:
        return "netstat-windows";
    case CaptureFormat::NetstatLinux:
        return "netstat-linux";
    case CaptureFormat::Ss:
        return "ss";
    case CaptureFormat::ProcNet:
        return "proc-net";
    case CaptureFormat::TcpviewCsv:
        return "tcpview-csv";
    case CaptureFormat::Tcpvcon:
        return "tcpvcon";
    case CaptureFormat::PowershellTable:
        return "powershell-table";
    case CaptureFormat::PowershellCsv:
        return "powershell-csv";
    case CaptureFormat::PowershellJson:
        return "powershell-json";
    case CaptureFormat::PortolanJson:
        return "portolan-json";
    case CaptureFormat::PortolanCsv:
        return "portolan-csv";
    }
    return "";
}

bool isDocumentFormat(CaptureFormat format)
{
    return format == CaptureFormat::PortolanJson || format == CaptureFormat::PowershellJson;
}

std::unique_ptr<LineParser> makeLineParser(CaptureFormat format)
{
    switch (format) {
    case CaptureFormat::NetstatWindows:
        return makeNetstatWindowsParser();
    case CaptureFormat::NetstatLinux:
        return makeNetstatLinuxParser();
    case CaptureFormat::Ss:
        return makeSsParser();
    case CaptureFormat::ProcNet:
        return makeProcNetParser();
    case CaptureFormat::TcpviewCsv:
    case CaptureFormat::Tcpvcon:
        return makeTcpviewParser();
    case CaptureFormat::PowershellTable:
        return makePowershellTableParser();
    case CaptureFormat::PowershellCsv:
        return makePowershellCsvParser();
    case CaptureFormat::PortolanCsv:
        return makePortolanCsvParser();
    default:
        return nullptr;
    }
}

namespace {

bool oneOf(std::string_view word, std::initializer_list<std::string_view> options)
{
    return std::find(options.begin(), options.end(), word) != options.end();
}

bool isSsState(std::string_view word)
{
    return oneOf(word,
        { "ESTAB", "LISTEN", "UNCONN", "TIME-WAIT", "SYN-SENT", "SYN-RECV", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT",
            "LAST-ACK", "CLOSING", "CLOSED", "UNKNOWN", "NEW-SYN-RECV", "BOUND-INACTIVE" });
}

struct Scores
{
    std::array<std::size_t, 12> value {};
    void add(CaptureFormat format, std::size_t points) { value[static_cast<std::size_t>(format)] += points; }
};

void scoreLine(std::string_view line, std::string_view next, Scores& scores)
{
    const auto text = trim(line);
    if (text.empty())
        return;
    const auto tokens = splitWhitespace(text);
    // Windows netstat: indented upper-case protocol, then host:port pairs.
    if (tokens.size() >= 3 && (tokens[0] == "TCP" || tokens[0] == "UDP")
        && tokens[1].find(':') != std::string_view::npos && tokens[2].find(':') != std::string_view::npos)
        scores.add(CaptureFormat::NetstatWindows, line.front() == ' ' ? 3 : 2);
    // net-tools / busybox netstat: "tcp   0   0 local foreign ..." and the UNIX section.
    if (tokens.size() >= 5 && oneOf(tokens[0], { "tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udpl", "udpl6" })
        && isDigits(tokens[1]) && isDigits(tokens[2]))
        scores.add(CaptureFormat::NetstatLinux, 3);
    if (tokens.size() >= 3 && tokens[0] == "Proto" && tokens[1] == "Recv-Q" && tokens[2] == "Send-Q")
        scores.add(CaptureFormat::NetstatLinux, 10);
    if (tokens.size() >= 3 && tokens[0] == "unix" && isDigits(tokens[1]) && tokens[2].substr(0, 1) == "[")
        scores.add(CaptureFormat::NetstatLinux, 2);
    // ss: netid, state word, two queue numbers (or no netid column with -t/-u alone).
    if (tokens.size() >= 5 && isSsState(tokens[1]) && isDigits(tokens[2]) && isDigits(tokens[3]))
        scores.add(CaptureFormat::Ss, 3);
    else if (tokens.size() >= 4 && isSsState(tokens[0]) && isDigits(tokens[1]) && isDigits(tokens[2]))
        scores.add(CaptureFormat::Ss, 2);
    if ((text.substr(0, 5) == "Netid" || text.substr(0, 5) == "State") && text.find("Local Address:Port") != text.npos)
        scores.add(CaptureFormat::Ss, 10);
    // /proc/net/{tcp,udp}[6].
    if (tokens.size() >= 10 && tokens[0].size() >= 2 && tokens[0].back() == ':'
        && isDigits(tokens[0].substr(0, tokens[0].size() - 1)) && tokens[1].find(':') != std::string_view::npos)
        scores.add(CaptureFormat::ProcNet, 3);
    if (tokens.size() >= 3 && tokens[0] == "sl" && tokens[1] == "local_address")
        scores.add(CaptureFormat::ProcNet, 10);
    // CSV flavours.
    if (text.substr(0, 40) == "protocol,family,local_address,local_port")
        scores.add(CaptureFormat::PortolanCsv, 1000);
    if (text.substr(0, 5) == "#TYPE" && text.find("MSFT_Net") != std::string_view::npos)
        scores.add(CaptureFormat::PowershellCsv, 100);
    if (text.front() == '"' && text.find("\"LocalAddress\"") != std::string_view::npos
        && text.find("\"LocalPort\"") != std::string_view::npos)
        scores.add(CaptureFormat::PowershellCsv, 50);
    if (text.find(',') != std::string_view::npos || text.find('\t') != std::string_view::npos) {
        std::vector<std::string> fields;
        splitCsv(text, text.find('\t') != std::string_view::npos ? '\t' : ',', fields);
        auto upper = [&](std::size_t i) { return i < fields.size() ? toUpperAscii(trim(fields[i])) : std::string(); };
        // The PID is empty on pseudo-process rows ("[Time Wait]", "<non-existent>"), which can be all a short
        // save holds.
        auto pidOrEmpty = [&](std::size_t i) {
            return i < fields.size() && (isDigits(trim(fields[i])) || trim(fields[i]).empty());
        };
        if (fields.size() >= 8 && pidOrEmpty(1) && oneOf(upper(2), { "TCP", "TCPV6", "UDP", "UDPV6" }))
            scores.add(CaptureFormat::TcpviewCsv, 3);
        if (fields.size() >= 6 && pidOrEmpty(2) && oneOf(upper(0), { "TCP", "TCPV6", "UDP", "UDPV6" }))
            scores.add(CaptureFormat::Tcpvcon, 3);
        if (fields.size() >= 8 && upper(0) == "PROCESS NAME" && upper(2) == "PROTOCOL")
            scores.add(CaptureFormat::TcpviewCsv, 10);
    }
    // PowerShell tables: a header with LocalAddress/LocalPort over a line of dashes (both coloured with ANSI
    // escapes by PowerShell 7.2+ when rendering for a terminal).
    if (text.find("LocalAddress") != std::string_view::npos && text.find("LocalPort") != std::string_view::npos
        && text.find(',') == std::string_view::npos) {
        const auto underline
            = next.find('\x1b') == std::string_view::npos ? std::string(trim(next)) : stripAnsiEscapes(trim(next));
        if (underline.substr(0, 3) == "---")
            scores.add(CaptureFormat::PowershellTable, 50);
    }
}

} // namespace

CaptureFormat detectFormat(std::string_view sample)
{
    const auto start = sample.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
        return CaptureFormat::Unknown;
    // JSON: the schema marker tells ours from PowerShell's.
    if (sample[start] == '{' || sample[start] == '[') {
        const auto head = sample.substr(start, 64 << 10);
        // nlohmann writes keys sorted, so in a big snapshot "schema" comes after all the endpoints; the
        // lower-camel "localPort" inside "endpoints" is ours too (PowerShell writes "LocalPort").
        if (sample[start] == '{'
            && ((head.find("\"schema\"") != std::string_view::npos
                    && head.find("portolan.snapshot") != std::string_view::npos)
                || (head.find("\"endpoints\"") != std::string_view::npos
                    && head.find("\"localPort\"") != std::string_view::npos)))
            return CaptureFormat::PortolanJson;
        if (head.find("\"LocalPort\"") != std::string_view::npos
            || head.find("\"LocalAddress\"") != std::string_view::npos)
            return CaptureFormat::PowershellJson;
    }
    Scores scores;
    std::size_t pos = 0;
    std::string_view previous;
    bool havePrevious = false;
    for (int lines = 0; lines < 400 && pos <= sample.size(); ++lines) {
        auto end = sample.find('\n', pos);
        if (end == std::string_view::npos)
            end = sample.size();
        auto line = sample.substr(pos, end - pos);
        while (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (havePrevious)
            scoreLine(previous, line, scores);
        previous = line;
        havePrevious = true;
        if (end == sample.size())
            break;
        pos = end + 1;
    }
    if (havePrevious)
        scoreLine(previous, {}, scores);
    std::size_t best = 0;
    CaptureFormat format = CaptureFormat::Unknown;
    for (std::size_t i = 1; i < scores.value.size(); ++i) {
        if (scores.value[i] > best) {
            best = scores.value[i];
            format = static_cast<CaptureFormat>(i);
        }
    }
    return format;
}

} // namespace portolan::capture
