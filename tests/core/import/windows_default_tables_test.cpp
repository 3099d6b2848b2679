// Captures as people make them on Windows without choosing a format (issue #12): PowerShell's default table view
// of Get-NetTCPConnection / Get-NetUDPEndpoint from Windows PowerShell 5.1 and PowerShell 7, and TCPView / tcpvcon
// saves full of pseudo-processes ("[Time Wait]", "[System Process]", "System", "<non-existent>", empty PIDs).
//
// The captures are the hand-written UTF-8 files in fixtures/ (see fixtures/README.md); each test writes them in
// the encoding and line ends the tool uses. The rows a capture must yield are counted from the fixture text
// itself, so that a parser that drops or invents rows fails whatever the hard-coded expectations say.

#include "import_test_support.h"

#include "cli_import_commands.h"

#include "core/snapshot_text.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

using namespace portolan;
using namespace portolan::test;

namespace {

enum class Encoding { Utf16LeBom, Utf16Le, Utf8Bom, Utf8 };

struct Encoded
{
    Encoding encoding;
    const char* name; // as ImportResult::encoding reports it
};

// What each tool writes: Windows PowerShell 5.1's `>` (UTF-16LE with BOM), Out-File -Encoding utf8 (UTF-8 with
// BOM), PowerShell 7's default (UTF-8), TCPView's save (UTF-16LE without BOM, or UTF-8). All with CRLF.
std::string encode(std::string_view utf8, Encoding encoding)
{
    const auto text = crlf(utf8);
    switch (encoding) {
    case Encoding::Utf16LeBom:
        return toUtf16(text, true);
    case Encoding::Utf16Le:
        return toUtf16(text, false);
    case Encoding::Utf8Bom:
        return "\xEF\xBB\xBF" + text;
    case Encoding::Utf8:
        break;
    }
    return text;
}

std::vector<std::string> linesOf(std::string_view text)
{
    std::vector<std::string> lines;
    std::istringstream in { std::string(text) };
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

bool hasCutMark(std::string_view line)
{
    return line.find("...") != std::string_view::npos || line.find("\xE2\x80\xA6") != std::string_view::npos;
}

// The data rows of a PowerShell table fixture: every line that starts with an address. Headers ("LocalAddress"),
// dash lines, prompts ("PS") and blank lines do not start with a hex digit or ':'.
struct TableRows
{
    std::size_t rows = 0;
    std::vector<std::size_t> cutLines; // 1-based line numbers of rows with a cut cell
};

TableRows tableRows(std::string_view text)
{
    TableRows result;
    const auto lines = linesOf(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        if (line.empty() || !(std::isxdigit(static_cast<unsigned char>(line[0])) || line[0] == ':'))
            continue;
        ++result.rows;
        if (hasCutMark(line))
            result.cutLines.push_back(i + 1);
    }
    return result;
}

std::size_t nonBlankLines(std::string_view text)
{
    std::size_t count = 0;
    for (const auto& line : linesOf(text))
        count += !line.empty();
    return count;
}

// Every data row of the fixture is loaded or, when a cell is cut, reported on its own line naming the column.
void expectEveryRowAccountedFor(const ImportResult& result, std::string_view fixture, const std::string& source)
{
    const auto expected = tableRows(fixture);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.rowsRead, expected.rows) << problemsText(result);
    EXPECT_EQ(result.summary.rowsLoaded, expected.rows - expected.cutLines.size()) << problemsText(result);
    ASSERT_EQ(result.summary.problems.size(), expected.cutLines.size()) << problemsText(result);
    for (std::size_t i = 0; i < expected.cutLines.size(); ++i) {
        const auto& problem = result.summary.problems[i];
        EXPECT_EQ(problem.line, expected.cutLines[i]);
        const auto text = formatProblem(source, problem);
        EXPECT_EQ(text.rfind(source + ":" + std::to_string(expected.cutLines[i]) + ": ", 0), 0u) << text;
        EXPECT_NE(text.find("Address \""), std::string::npos) << text; // names the column: LocalAddress, ...
        EXPECT_NE(text.find("cut short"), std::string::npos) << text;
    }
}

const Endpoint& endpoint(const Snapshot& s, Protocol protocol, std::string_view address, std::uint16_t port)
{
    const auto* e = findEndpoint(s, protocol, address, port);
    if (!e) {
        ADD_FAILURE() << "no " << (protocol == Protocol::Tcp ? "TCP " : "UDP ") << address << " port " << port;
        static const Endpoint none;
        return none;
    }
    return *e;
}

} // namespace

TEST(PowerShellDefaultTable, Windows51NarrowConsoleInUtf16AndUtf8Bom)
{
    // A 120-column console: the default view drops OwningProcess; numbers left-aligned; cut values end in "...".
    const auto fixture = readFixture("ps51-nettcpconnection-default.txt");
    ASSERT_FALSE(fixture.empty());
    for (const auto& [encoding, name] :
        { Encoded { Encoding::Utf16LeBom, "utf-16le-bom" }, Encoded { Encoding::Utf8Bom, "utf-8-bom" } }) {
        SCOPED_TRACE(name);
        const auto result = importCaptureBytes(encode(fixture, encoding), "netstat-ps51.txt");
        ASSERT_FALSE(result.failed()) << result.fatal;
        EXPECT_EQ(result.formatName, "powershell-table");
        EXPECT_EQ(result.encoding, name);
        expectEveryRowAccountedFor(result, fixture, "netstat-ps51.txt");
        EXPECT_EQ(result.summary.rowsLoaded, 12u);
        EXPECT_EQ(result.summary.rowsSkipped, 2u);
        EXPECT_EQ(result.summary.notRowReasons.at("prompt"), 2u);
        const auto& s = result.snapshot;
        EXPECT_EQ(countProtocols(s).tcp, 12u);
        EXPECT_EQ(countProtocols(s).udp, 0u);
        ASSERT_GE(result.summary.problems.size(), 2u);
        EXPECT_EQ(
            result.summary.problems[0].reason.rfind("LocalAddress \"2a02:8109:b6c0:1d00:a5e1:4c2b:9f...\"", 0), 0u);
        EXPECT_EQ(
            result.summary.problems[1].reason.rfind("RemoteAddress \"2603:1036:303:2850:a1b2:c3d4:e5f...\"", 0), 0u);

        const auto& scoped = endpoint(s, Protocol::Tcp, "fe80::4d2c:8a1f:3b6e:9c01%12", 50110);
        EXPECT_EQ(scoped.localAddress.scopeId, 12u);
        EXPECT_EQ(scoped.remoteAddress.toString(), "fe80::1%12");
        EXPECT_EQ(scoped.remotePort, 5357);
        EXPECT_EQ(scoped.state, SocketState::TimeWait);
        EXPECT_EQ(scoped.ownerStatus, OwnerStatus::Kernel); // TIME_WAIT belongs to nobody, as in the live view
        const auto& loopback6 = endpoint(s, Protocol::Tcp, "::1", 49702);
        EXPECT_EQ(loopback6.state, SocketState::Established);
        EXPECT_EQ(loopback6.remotePort, 49701);
        const auto& wildcard6 = endpoint(s, Protocol::Tcp, "::", 49669);
        EXPECT_EQ(wildcard6.state, SocketState::Listen);
        EXPECT_EQ(wildcard6.remoteAddress.toString(), "::");
        EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "2a02:8109:b6c0:1d00:5c3:1a2:3b4:77", 50322), nullptr)
            << "cut in RemoteAddress: reported, not loaded with a wrong peer";
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "192.168.1.20", 50513).ownerStatus, OwnerStatus::Kernel);
        const auto& established = endpoint(s, Protocol::Tcp, "192.168.1.20", 50512);
        EXPECT_EQ(established.remoteAddress.toString(), "142.250.180.14");
        EXPECT_EQ(established.remotePort, 443);
        EXPECT_EQ(established.ownerStatus, OwnerStatus::Unknown); // no OwningProcess column
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "0.0.0.0", 50600).state, SocketState::Bound);
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "192.168.1.20", 139).state, SocketState::Listen);
    }
}

TEST(PowerShellDefaultTable, Windows51WideConsoleWithOwningProcessThenUdp)
{
    const auto fixture = readFixture("ps51-nettcpconnection-owningprocess-and-udp.txt");
    ASSERT_FALSE(fixture.empty());
    const auto result = importCaptureBytes(encode(fixture, Encoding::Utf16LeBom), "ps51-wide.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-table");
    expectEveryRowAccountedFor(result, fixture, "ps51-wide.txt");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 8u);
    EXPECT_EQ(countProtocols(s).udp, 6u);

    const auto& rpc = endpoint(s, Protocol::Tcp, "0.0.0.0", 135);
    EXPECT_EQ(rpc.pid, 1040u);
    EXPECT_EQ(rpc.ownerStatus, OwnerStatus::Resolved);
    const auto& smb = endpoint(s, Protocol::Tcp, "::", 445);
    EXPECT_EQ(smb.pid, 4u);
    EXPECT_EQ(smb.ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(processName(s, smb), "System");
    const auto& timeWait = endpoint(s, Protocol::Tcp, "10.0.0.5", 50123);
    EXPECT_EQ(timeWait.state, SocketState::TimeWait);
    EXPECT_EQ(timeWait.pid, 0u);
    EXPECT_EQ(timeWait.ownerStatus, OwnerStatus::Kernel);
    const auto& synSent = endpoint(s, Protocol::Tcp, "fe80::4d2c:8a1f:3b6e:9c01%12", 50110);
    EXPECT_EQ(synSent.state, SocketState::SynSent);
    EXPECT_EQ(synSent.pid, 2216u);
    EXPECT_EQ(endpoint(s, Protocol::Tcp, "10.0.0.5", 50200).pid, 7720u);

    const auto& ssdp = endpoint(s, Protocol::Udp, "fe80::4d2c:8a1f:3b6e:9c01%12", 1900);
    EXPECT_EQ(ssdp.state, SocketState::Bound);
    EXPECT_EQ(ssdp.localAddress.scopeId, 12u);
    EXPECT_EQ(ssdp.ownerStatus, OwnerStatus::Unknown); // this UDP view has no OwningProcess
    EXPECT_EQ(endpoint(s, Protocol::Udp, "0.0.0.0", 500).state, SocketState::Bound);
    EXPECT_EQ(endpoint(s, Protocol::Udp, "127.0.0.1", 1900).localPort, 1900);
}

TEST(PowerShellDefaultTable, PowerShell7RightAlignedNumbersEllipsisAndCreationTime)
{
    // PowerShell 7 writes UTF-8 without BOM; cut values end in "…" (U+2026), one console cell but three bytes.
    const auto fixture = readFixture("ps7-nettcpconnection-and-udp.txt");
    ASSERT_FALSE(fixture.empty());
    for (const bool windowsLineEnds : { true, false }) {
        SCOPED_TRACE(windowsLineEnds ? "CRLF" : "LF");
        const auto bytes = windowsLineEnds ? encode(fixture, Encoding::Utf8) : fixture;
        const auto result = importCaptureBytes(bytes, "pwsh.txt");
        ASSERT_FALSE(result.failed()) << result.fatal;
        EXPECT_EQ(result.formatName, "powershell-table");
        EXPECT_EQ(result.encoding, "utf-8");
        expectEveryRowAccountedFor(result, fixture, "pwsh.txt");
        EXPECT_EQ(result.summary.notRowReasons.at("prompt"), 2u); // "PS C:\Users\admin>" and the bare "PS>"
        const auto& s = result.snapshot;
        EXPECT_EQ(countProtocols(s).tcp, 8u);
        EXPECT_EQ(countProtocols(s).udp, 4u);
        EXPECT_EQ(result.summary.rowsSkipped, 2u);

        const auto& wildcard6 = endpoint(s, Protocol::Tcp, "::", 49669);
        EXPECT_EQ(wildcard6.pid, 3080u);
        EXPECT_EQ(wildcard6.remotePort, 0);
        const auto& loopback = endpoint(s, Protocol::Tcp, "127.0.0.1", 49701);
        EXPECT_EQ(loopback.remotePort, 49702);
        EXPECT_EQ(loopback.pid, 4412u);
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "0.0.0.0", 50600).pid, 5120u);
        const auto& scoped = endpoint(s, Protocol::Tcp, "fe80::4d2c:8a1f:3b6e:9c01%12", 50110);
        EXPECT_EQ(scoped.state, SocketState::TimeWait);
        EXPECT_EQ(scoped.ownerStatus, OwnerStatus::Kernel);
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "::", 445).ownerStatus, OwnerStatus::Kernel);

        // CreationTime's spaces do not spill into the next column; the right-aligned pid is read.
        const auto& mdns = endpoint(s, Protocol::Udp, "::", 5353);
        EXPECT_EQ(mdns.pid, 2216u);
        EXPECT_EQ(mdns.state, SocketState::Bound);
        EXPECT_EQ(endpoint(s, Protocol::Udp, "fe80::4d2c:8a1f:3b6e:9c01%12", 1900).pid, 5132u);
        EXPECT_EQ(endpoint(s, Protocol::Udp, "127.0.0.1", 49664).pid, 700u);
    }
}

TEST(PowerShellDefaultTable, AnsiColouredHeadersReadAsPlain)
{
    // PowerShell 7.2+ colours the header and dash lines for terminals ($PSStyle.Formatting.TableHeader); a
    // transcript or a terminal log keeps the escapes.
    const auto fixture = readFixture("ps7-nettcpconnection-and-udp.txt");
    ASSERT_FALSE(fixture.empty());
    std::string coloured;
    for (const auto& line : linesOf(fixture)) {
        const bool header = line.rfind("LocalAddress", 0) == 0 || line.rfind("---", 0) == 0;
        coloured += header ? "\x1b[32;1m" + line + "\x1b[0m\n" : line + "\n";
    }
    const auto plain = importCaptureBytes(fixture, "plain.txt");
    const auto result = importCaptureBytes(coloured, "coloured.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-table");
    expectEveryRowAccountedFor(result, fixture, "coloured.txt");
    ASSERT_EQ(result.snapshot.endpoints.size(), plain.snapshot.endpoints.size());
    for (std::size_t i = 0; i < plain.snapshot.endpoints.size(); ++i) {
        EXPECT_EQ(result.snapshot.endpoints[i].localPort, plain.snapshot.endpoints[i].localPort);
        EXPECT_EQ(result.snapshot.endpoints[i].pid, plain.snapshot.endpoints[i].pid);
    }
}

TEST(PowerShellDefaultTable, ColumnsAreCountedInConsoleCellsNotBytes)
{
    // A Format-Table with a Japanese process name: each katakana is three UTF-8 bytes but two console cells, so
    // by bytes the right-aligned OwningProcess value would land under State.
    const std::string text = "LocalAddress LocalPort ProcessName OwningProcess State\n"
                             "------------ --------- ----------- ------------- -----\n"
                             "0.0.0.0          49700 \xE3\x83\x96\xE3\x83\xA9\xE3\x82\xA6\xE3\x82\xB6"
                             "             6100 Listen\n"
                             "0.0.0.0          49701 svchost              1040 Listen\n"
                             "0.0.0.0          49702 svcho\xE2\x80\xA6               1041 Listen\n";
    const auto result = importCaptureBytes(text, "ft.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 3u);
    EXPECT_EQ(s.endpoints[0].pid, 6100u);
    EXPECT_EQ(s.endpoints[0].state, SocketState::Listen);
    EXPECT_EQ(processName(s, s.endpoints[0]), "\xE3\x83\x96\xE3\x83\xA9\xE3\x82\xA6\xE3\x82\xB6");
    EXPECT_EQ(processName(s, s.endpoints[1]), "svchost");
    // A cut process name loses only the name, with a warning on its line.
    EXPECT_EQ(s.endpoints[2].pid, 1041u);
    EXPECT_EQ(processName(s, s.endpoints[2]), "");
    ASSERT_EQ(result.summary.warnings.size(), 1u);
    EXPECT_EQ(result.summary.warnings[0].line, 5u);
}

TEST(PowerShellDefaultTable, DashLineEndingInATabStillGivesColumns)
{
    // A stray tab after the dashes (an editor, a paste) used to stop the column scan from advancing.
    const auto result
        = importCaptureBytes("LocalAddress LocalPort\n------------ ---------\t\n0.0.0.0      5353\n", "tab.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    ASSERT_EQ(result.snapshot.endpoints.size(), 1u) << problemsText(result);
    EXPECT_EQ(result.snapshot.endpoints[0].localPort, 5353);
}

TEST(TcpviewPseudoProcesses, EveryRowLoadsInUtf16AndUtf8)
{
    const auto fixture = readFixture("tcpview-save.csv");
    ASSERT_FALSE(fixture.empty());
    for (const auto& [encoding, name] :
        { Encoded { Encoding::Utf16Le, "utf-16le" }, Encoded { Encoding::Utf8, "utf-8" } }) {
        SCOPED_TRACE(name);
        const auto result = importCaptureBytes(encode(fixture, encoding), "tcpview.csv");
        ASSERT_FALSE(result.failed()) << result.fatal;
        EXPECT_EQ(result.formatName, "tcpview-csv");
        EXPECT_EQ(result.encoding, name);
        expectBooksBalance(result);
        EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
        EXPECT_EQ(result.summary.rowsLoaded, nonBlankLines(fixture));
        const auto& s = result.snapshot;
        ASSERT_EQ(s.endpoints.size(), 16u);
        EXPECT_EQ(countProtocols(s).udp, 3u);

        std::size_t kernel = 0, unknown = 0, resolved = 0;
        for (const auto& e : s.endpoints) {
            kernel += e.ownerStatus == OwnerStatus::Kernel;
            unknown += e.ownerStatus == OwnerStatus::Unknown;
            resolved += e.ownerStatus == OwnerStatus::Resolved;
        }
        EXPECT_EQ(kernel, 9u); // System x3, [System Process] x2, [Time Wait] x4
        EXPECT_EQ(unknown, 2u); // <non-existent> without a PID
        EXPECT_EQ(resolved, 5u);

        // "System" with its PID left out is pid 4, as with it.
        for (const auto* address : { "0.0.0.0", "::" }) {
            const auto& winrm = endpoint(s, Protocol::Tcp, address, 5985);
            EXPECT_EQ(winrm.pid, 4u) << address;
            EXPECT_EQ(winrm.ownerStatus, OwnerStatus::Kernel) << address;
            EXPECT_EQ(winrm.state, SocketState::Listen);
        }
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "0.0.0.0", 445).pid, 4u);
        EXPECT_EQ(ownerLabel(endpoint(s, Protocol::Tcp, "0.0.0.0", 5985), s),
            ownerLabel(endpoint(s, Protocol::Tcp, "0.0.0.0", 445), s));

        // "[System Process]" and "[Time Wait]", PID 0 or empty: the kernel's, pid 0.
        for (const std::uint16_t port : { 50120, 50121, 50123, 50124, 50125 }) {
            const auto& e = endpoint(s, Protocol::Tcp, "10.0.0.5", port);
            EXPECT_EQ(e.pid, 0u) << port;
            EXPECT_EQ(e.ownerStatus, OwnerStatus::Kernel) << port;
            EXPECT_EQ(e.remotePort, 443) << port;
        }
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "10.0.0.5", 50120).state, SocketState::TimeWait);
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "10.0.0.5", 50121).state, SocketState::FinWait2);
        EXPECT_EQ(endpoint(s, Protocol::Tcp, "10.0.0.5", 50124).remoteAddress.toString(), "13.107.42.14");
        const auto& v6 = endpoint(s, Protocol::Tcp, "2a02:8109:b6c0:1d00:a5e1:4c2b:9f03:7d21", 50321);
        EXPECT_EQ(v6.state, SocketState::TimeWait);
        EXPECT_EQ(v6.ownerStatus, OwnerStatus::Kernel);
        EXPECT_EQ(v6.remoteAddress.toString(), "2a00:1450:4001:82b::200e");

        // "<non-existent>": the process has exited. Its PID is kept when printed; otherwise no owner.
        const auto& closeWait = endpoint(s, Protocol::Tcp, "10.0.0.5", 50200);
        EXPECT_EQ(closeWait.state, SocketState::CloseWait);
        EXPECT_EQ(closeWait.ownerStatus, OwnerStatus::Unknown);
        EXPECT_EQ(closeWait.pid, 0u);
        const auto& exited = endpoint(s, Protocol::Tcp, "10.0.0.5", 50210);
        EXPECT_EQ(exited.pid, 6120u);
        EXPECT_EQ(processName(s, exited), "");
        const auto& orphanUdp = endpoint(s, Protocol::Udp, "0.0.0.0", 61000);
        EXPECT_EQ(orphanUdp.state, SocketState::Bound);
        EXPECT_EQ(orphanUdp.ownerStatus, OwnerStatus::Unknown);

        const auto& chrome = endpoint(s, Protocol::Tcp, "10.0.0.5", 50300);
        EXPECT_EQ(chrome.pid, 8812u);
        EXPECT_EQ(processName(s, chrome), "chrome.exe");
        EXPECT_EQ(s.process(2216)->services, (std::vector<std::string> { "Dnscache", "SSDPSRV" }));
    }
}

TEST(TcpviewPseudoProcesses, TcpvconRowsWithoutPids)
{
    const auto fixture = readFixture("tcpvcon-pseudo-processes.txt");
    ASSERT_FALSE(fixture.empty());
    const auto result = importCaptureBytes(encode(fixture, Encoding::Utf8), "tcpvcon.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "tcpvcon");
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 3u);
    EXPECT_EQ(result.summary.rowsLoaded, nonBlankLines(fixture) - 3);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 8u);
    EXPECT_EQ(endpoint(s, Protocol::Tcp, "0.0.0.0", 5985).pid, 4u);
    EXPECT_EQ(endpoint(s, Protocol::Tcp, "0.0.0.0", 5985).ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(endpoint(s, Protocol::Tcp, "10.0.0.5", 50120).ownerStatus, OwnerStatus::Kernel);
    const auto& timeWait = endpoint(s, Protocol::Tcp, "10.0.0.5", 50123);
    EXPECT_EQ(timeWait.state, SocketState::TimeWait);
    EXPECT_EQ(timeWait.ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(timeWait.remotePort, 443);
    const auto& v6 = endpoint(s, Protocol::Tcp, "2a02:8109:b6c0:1d00::7d21", 50321);
    EXPECT_EQ(v6.ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(v6.remoteAddress.toString(), "2a00:1450:4001:82b::200e");
    EXPECT_EQ(endpoint(s, Protocol::Tcp, "10.0.0.5", 50200).ownerStatus, OwnerStatus::Unknown);
    EXPECT_EQ(endpoint(s, Protocol::Udp, "0.0.0.0", 61000).state, SocketState::Bound);
    EXPECT_EQ(endpoint(s, Protocol::Tcp, "0.0.0.0", 135).pid, 1040u);
}

namespace {

struct CliRun
{
    int code = -1;
    std::string err;
};

// `portolan-cli import FILE`, the real binary, with stdout discarded and stderr kept.
CliRun runCliImport(const TempDir& dir, const std::string& file)
{
    const auto errPath = (dir.path() / "stderr.txt").string();
    const auto command = "'" + std::string(PORTOLAN_CLI) + "' import '" + file + "' >/dev/null 2>'" + errPath + "'";
    CliRun run;
    const int status = std::system(command.c_str());
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errPath, std::ios::binary);
    run.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return run;
}

// The fixture without its rows with cut cells: what a capture from a wide enough console holds.
std::string withoutCutRows(std::string_view text)
{
    std::string out;
    for (const auto& line : linesOf(text))
        if (!hasCutMark(line))
            out += line + "\n";
    return out;
}

} // namespace

TEST(WindowsCaptureCli, ImportExitsZeroOnEveryShapeAndReportsCutCellsByLine)
{
    TempDir dir;
    struct Case
    {
        const char* fixture;
        Encoding encoding;
    };
    const Case cases[] = {
        { "ps51-nettcpconnection-default.txt", Encoding::Utf16LeBom },
        { "ps51-nettcpconnection-default.txt", Encoding::Utf8Bom },
        { "ps51-nettcpconnection-owningprocess-and-udp.txt", Encoding::Utf16LeBom },
        { "ps51-nettcpconnection-owningprocess-and-udp.txt", Encoding::Utf8Bom },
        { "ps7-nettcpconnection-and-udp.txt", Encoding::Utf8 },
        { "tcpview-save.csv", Encoding::Utf16Le },
        { "tcpview-save.csv", Encoding::Utf8 },
        { "tcpvcon-pseudo-processes.txt", Encoding::Utf8 },
    };
    int index = 0;
    for (const auto& c : cases) {
        const auto fixture = readFixture(c.fixture);
        ASSERT_FALSE(fixture.empty()) << c.fixture;
        const auto prefix = std::to_string(index++) + "-";
        const bool table = std::string_view(c.fixture).rfind("ps", 0) == 0;
        const auto rows = table ? tableRows(fixture).rows : std::size_t(0);

        // Every row loads: exit 0, in process and from the real binary.
        const auto whole = dir.file(prefix + "whole-" + c.fixture, encode(withoutCutRows(fixture), c.encoding));
        std::ostringstream out, err;
        auto* oldOut = std::cout.rdbuf(out.rdbuf());
        auto* oldErr = std::cerr.rdbuf(err.rdbuf());
        const int code = cli::importCommand({ whole });
        std::cout.rdbuf(oldOut);
        std::cerr.rdbuf(oldErr);
        EXPECT_EQ(code, 0) << c.fixture << "\n" << err.str();
        const auto binary = runCliImport(dir, whole);
        EXPECT_EQ(binary.code, 0) << c.fixture << "\n" << binary.err;

        // With the cut rows: the rest loads, each cut row is a problem at FILE:LINE, exit 1 (rows skipped).
        const auto cut = table ? tableRows(fixture).cutLines : std::vector<std::size_t>();
        if (cut.empty())
            continue;
        const auto path = dir.file(prefix + c.fixture, encode(fixture, c.encoding));
        const auto partial = runCliImport(dir, path);
        EXPECT_EQ(partial.code, 1) << c.fixture << "\n" << partial.err;
        EXPECT_NE(partial.err.find(std::to_string(rows - cut.size()) + " loaded"), std::string::npos) << partial.err;
        for (const auto line : cut)
            EXPECT_NE(partial.err.find(path + ":" + std::to_string(line) + ": "), std::string::npos)
                << c.fixture << " line " << line << "\n"
                << partial.err;
    }
}
