// TCPView saves, tcpvcon -c, and PowerShell Get-NetTCPConnection / Get-NetUDPEndpoint in table, CSV and JSON
// form, each written in the encoding the tool uses.

#include "import_test_support.h"

#include "core/snapshot_text.h"

#include <gtest/gtest.h>

using namespace portolan;
using namespace portolan::test;

TEST(Tcpview, Version4CsvSaveInUtf16WithoutBom)
{
    // No header row; "[Time Wait]" pseudo-process; byte counters with unquoted thousands separators.
    const std::string text
        = "svchost.exe,1040,TCP,Listen,0.0.0.0,135,0.0.0.0,0,11/21/2024 9:12:03 AM,RpcSs,,,,\r\n"
          "System,4,TCP,Listen,0.0.0.0,445,0.0.0.0,0,11/21/2024 9:12:01 AM,System,,,,\r\n"
          "[Time Wait],0,TCP,Time Wait,10.0.0.5,50123,20.42.65.92,443,,,,,,\r\n"
          "chrome.exe,8812,TCPv6,Established,::1,50555,::1,9222,11/21/2024 10:01:44 "
          "AM,chrome.exe,1,204,36,4,812,512\r\n"
          "svchost.exe,2216,UDP,,0.0.0.0,5353,*,*,11/21/2024 9:12:05 AM,Dnscache,,,,\r\n"
          "svchost.exe,2216,UDPv6,,fe80::1c3f:2a4b:9d01:77e2%14,1900,*,*,11/21/2024 9:12:05 AM,SSDPSRV,,,,\r\n"
          "msedge.exe,7720,TCP,Close Wait,10.0.0.5,50200,13.107.42.14,443,11/21/2024 10:05:00 "
          "AM,msedge.exe,12,10,1,234,5,678\r\n"
          "<unknown>,9999,TCP,Syn Sent,10.0.0.5,50300,10.0.0.1,8443,,,,,,\r\n";
    const auto result = importCaptureBytes(toUtf16(text, false), "tcpview.csv");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.encoding, "utf-16le");
    EXPECT_EQ(result.formatName, "tcpview-csv");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 8u);
    EXPECT_EQ(s.endpoints[0].pid, 1040u);
    EXPECT_EQ(ownerLabel(s.endpoints[0], s), "RpcSs [svchost.exe]");
    EXPECT_EQ(s.endpoints[1].ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(s.endpoints[1].pid, 4u);
    EXPECT_EQ(s.endpoints[2].state, SocketState::TimeWait);
    EXPECT_EQ(s.endpoints[2].ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(s.endpoints[3].localAddress.toString(), "::1");
    EXPECT_EQ(s.endpoints[3].remotePort, 9222);
    EXPECT_EQ(ownerLabel(s.endpoints[3], s), "chrome.exe"); // Module Name repeating the image is not a service
    EXPECT_EQ(s.endpoints[4].protocol, Protocol::Udp);
    EXPECT_EQ(s.endpoints[4].state, SocketState::Bound);
    EXPECT_EQ(s.endpoints[5].localAddress.scopeId, 14u);
    EXPECT_EQ(s.process(2216)->services, (std::vector<std::string> { "Dnscache", "SSDPSRV" }));
    EXPECT_EQ(s.endpoints[6].state, SocketState::CloseWait);
    EXPECT_EQ(s.endpoints[6].remotePort, 443); // the shifted counters do not disturb the columns we read
    EXPECT_EQ(s.endpoints[7].state, SocketState::SynSent);
    EXPECT_EQ(s.endpoints[7].ownerStatus, OwnerStatus::Resolved);
    EXPECT_EQ(s.process(9999), nullptr); // "<unknown>" is not a name
}

TEST(Tcpview, TabSeparatedTextSaveWithHeader)
{
    const std::string text
        = "Process Name\tProcess ID\tProtocol\tState\tLocal Address\tLocal Port\tRemote Address\tRemote "
          "Port\tCreate Time\tModule Name\n"
          "nginx.exe\t3300\tTCP\tListen\t0.0.0.0\t80\t0.0.0.0\t0\t11/21/2024 9:00:00 AM\tnginx.exe\n";
    const auto result = importCaptureBytes(toUtf16(text, false), "tcpview.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "tcpview-csv");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    ASSERT_EQ(result.snapshot.endpoints.size(), 1u);
    EXPECT_EQ(result.snapshot.endpoints[0].localPort, 80);
    EXPECT_EQ(result.summary.notRowReasons.at("column header"), 1u);
}

TEST(Tcpvcon, CsvOutputOfVersion4WithoutPortsAndOlderWithPorts)
{
    const std::string v4 = "\n"
                           "TCPView v4.19 - TCP/UDP endpoint viewer\n"
                           "Copyright (C) 1998-2023 Mark Russinovich\n"
                           "Sysinternals - www.sysinternals.com\n"
                           "\n"
                           "TCP,svchost.exe,924,LISTENING,0.0.0.0,0.0.0.0\n"
                           "TCP,firefox.exe,13116,ESTABLISHED,127.0.0.1,127.0.0.1\n"
                           "UDP,svchost.exe,4108,*,0.0.0.0,*\n"
                           "TCPV6,svchost.exe,924,LISTENING,[0:0:0:0:0:0:0:0],[0:0:0:0:0:0:0:0]\n"
                           "TCP,System,4,LISTENING,0.0.0.0,0.0.0.0\n";
    const auto result = importCaptureBytes(crlf(v4), "tcpvcon.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "tcpvcon");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 3u);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 5u);
    EXPECT_EQ(s.endpoints[1].state, SocketState::Established);
    EXPECT_EQ(processName(s, s.endpoints[1]), "firefox.exe");
    EXPECT_EQ(s.endpoints[2].state, SocketState::Bound);
    EXPECT_EQ(s.endpoints[3].localAddress.toString(), "::");
    EXPECT_EQ(s.endpoints[4].ownerStatus, OwnerStatus::Kernel);
    EXPECT_FALSE(s.meta.warnings.empty()); // ports missing, said once

    const std::string older = "TCP,System,4,LISTENING,0.0.0.0:445,0.0.0.0:0\n"
                              "TCPV6,svchost.exe,924,LISTENING,[0:0:0:0:0:0:0:0]:135,[0:0:0:0:0:0:0:0]:0\n"
                              "UDP,svchost.exe,4108,*,0.0.0.0:5353,*:*\n";
    const auto withPorts = importCaptureBytes(older, "tcpvcon-old.txt");
    EXPECT_EQ(withPorts.summary.rowsSkipped, 0u) << problemsText(withPorts);
    ASSERT_EQ(withPorts.snapshot.endpoints.size(), 3u);
    EXPECT_EQ(withPorts.snapshot.endpoints[0].localPort, 445);
    EXPECT_EQ(withPorts.snapshot.endpoints[1].localPort, 135);
    EXPECT_EQ(withPorts.snapshot.endpoints[2].localPort, 5353);
    EXPECT_TRUE(withPorts.snapshot.meta.warnings.empty());
}

TEST(PowerShell, DefaultTablesForTcpAndUdp)
{
    const std::string text = "PS C:\\Users\\bob> Get-NetTCPConnection; Get-NetUDPEndpoint\n"
                             "\n"
                             "LocalAddress                        LocalPort RemoteAddress                       "
                             "RemotePort State       AppliedSetting OwningProcess\n"
                             "------------                        --------- -------------                       "
                             "---------- -----       -------------- -------------\n"
                             "::                                  49669     ::                                  0      "
                             "    Listen                     3080\n"
                             "::1                                 49670     ::1                                 49671  "
                             "    Established Internet       4412\n"
                             "0.0.0.0                             135       0.0.0.0                             0      "
                             "    Listen                     1040\n"
                             "192.168.1.20                        50512     142.250.180.14                      443    "
                             "    Established Internet       8812\n"
                             "192.168.1.20                        50513     142.250.180.14                      443    "
                             "    TimeWait                   0\n"
                             "fe80::1c3f:2a4b:9d01:77e2%14        49800     fe80::99:88:77:66%14                5000   "
                             "    SynSent     Internet       4\n"
                             "\n"
                             "LocalAddress                             LocalPort\n"
                             "------------                             ---------\n"
                             "::                                       5353\n"
                             "0.0.0.0                                  5353\n"
                             "127.0.0.1                                49664\n";
    const auto result = importCaptureBytes(toUtf16(crlf(text), true), "pwsh.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-table");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 6u);
    EXPECT_EQ(countProtocols(s).udp, 3u);
    const auto* chrome = findEndpoint(s, Protocol::Tcp, "192.168.1.20", 50512);
    ASSERT_TRUE(chrome);
    EXPECT_EQ(chrome->state, SocketState::Established);
    EXPECT_EQ(chrome->remoteAddress.toString(), "142.250.180.14");
    EXPECT_EQ(chrome->remotePort, 443);
    EXPECT_EQ(chrome->pid, 8812u);
    EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "192.168.1.20", 50513)->ownerStatus, OwnerStatus::Kernel);
    const auto* scoped = findEndpoint(s, Protocol::Tcp, "fe80::1c3f:2a4b:9d01:77e2%14", 49800);
    ASSERT_TRUE(scoped);
    EXPECT_EQ(scoped->state, SocketState::SynSent);
    EXPECT_EQ(scoped->ownerStatus, OwnerStatus::Kernel);
    const auto* mdns = findEndpoint(s, Protocol::Udp, "0.0.0.0", 5353);
    ASSERT_TRUE(mdns);
    EXPECT_EQ(mdns->state, SocketState::Bound);
    EXPECT_EQ(mdns->ownerStatus, OwnerStatus::Unknown); // the default UDP view has no OwningProcess
}

TEST(PowerShell, FormatTableWithRightAlignedNumbersAndCutValues)
{
    const std::string text = "LocalAddress LocalPort State       OwningProcess ProcessName\n"
                             "------------ --------- -----       ------------- -----------\n"
                             "0.0.0.0            135 Listen               1040 svchost\n"
                             "10.0.0.5         50000 Established          8812 chrome\n"
                             "fe80::1c3f:2...  49800 Listen                  4 System\n";
    const auto result = importCaptureBytes(text, "ft.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-table");
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 2u);
    EXPECT_EQ(s.endpoints[0].localPort, 135);
    EXPECT_EQ(s.endpoints[0].pid, 1040u);
    EXPECT_EQ(processName(s, s.endpoints[0]), "svchost");
    EXPECT_EQ(s.endpoints[1].state, SocketState::Established);
    EXPECT_EQ(processName(s, s.endpoints[1]), "chrome");
    ASSERT_EQ(result.summary.rowsSkipped, 1u);
    EXPECT_EQ(result.summary.problems[0].line, 5u);
    EXPECT_NE(result.summary.problems[0].reason.find("cut short"), std::string::npos);
}

namespace {

// Export-Csv of a CIM object lists every property; build the lines from the property list so that header and
// rows always agree.
const std::vector<std::string> kTcpProperties
    = { "State", "AppliedSetting", "OwningProcess", "CreationTime", "OffloadState", "LocalAddress", "LocalPort",
          "RemoteAddress", "RemotePort", "Caption", "Description", "ElementName", "InstanceID", "CommunicationStatus",
          "DetailedStatus", "HealthState", "InstallDate", "Name", "OperatingStatus", "OperationalStatus",
          "PrimaryStatus", "Status", "StatusDescriptions", "AvailableRequestedStates", "EnabledDefault", "EnabledState",
          "OtherEnabledState", "RequestedState", "TimeOfLastStateChange", "TransitioningToState", "AggregationBehavior",
          "Directionality", "PSComputerName", "CimClass", "CimInstanceProperties", "CimSystemProperties" };

std::string csvLine(const std::vector<std::string>& properties, const std::map<std::string, std::string>& values)
{
    std::string line;
    for (std::size_t i = 0; i < properties.size(); ++i) {
        if (i)
            line += ',';
        if (auto it = values.find(properties[i]); it != values.end())
            line += "\"" + it->second + "\"";
    }
    return line + "\n";
}

} // namespace

TEST(PowerShell, ExportCsvOfTcpAndUdpObjects)
{
    std::string header;
    for (std::size_t i = 0; i < kTcpProperties.size(); ++i)
        header += (i ? ",\"" : "\"") + kTcpProperties[i] + "\"";
    std::string text
        = "#TYPE Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetTCPConnection\n" + header
        + "\n";
    text += csvLine(kTcpProperties,
        { { "State", "Listen" }, { "OwningProcess", "1040" }, { "CreationTime", "11/21/2024 9:12:03 AM" },
            { "LocalAddress", "0.0.0.0" }, { "LocalPort", "135" }, { "RemoteAddress", "0.0.0.0" },
            { "RemotePort", "0" }, { "InstanceID", "0.0.0.0++135++0.0.0.0++0" }, { "PSComputerName", "WS-0042" } });
    text += csvLine(kTcpProperties,
        { { "State", "Established" }, { "AppliedSetting", "Internet" }, { "OwningProcess", "8812" },
            { "LocalAddress", "192.168.1.20" }, { "LocalPort", "50512" }, { "RemoteAddress", "142.250.180.14" },
            { "RemotePort", "443" } });
    text += csvLine(kTcpProperties,
        { { "State", "Bogus" }, { "LocalAddress", "10.0.0.1" }, { "LocalPort", "1" }, { "RemoteAddress", "10.0.0.2" },
            { "RemotePort", "2" } });
    // PowerShell 7 style: no #TYPE line, a Select-Object of a few properties, UDP.
    text += "\"LocalAddress\",\"LocalPort\",\"OwningProcess\"\n"
            "\"::\",\"5353\",\"2216\"\n"
            "\"0.0.0.0\",\"123\",\"1980\"\n";
    const auto result = importCaptureBytes(crlf(text), "export.csv");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-csv");
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 4u) << problemsText(result);
    EXPECT_EQ(s.meta.hostname, "WS-0042");
    EXPECT_EQ(s.endpoints[0].state, SocketState::Listen);
    EXPECT_EQ(s.endpoints[0].pid, 1040u);
    EXPECT_EQ(s.endpoints[1].remotePort, 443);
    EXPECT_EQ(s.endpoints[2].protocol, Protocol::Udp);
    EXPECT_EQ(s.endpoints[2].localAddress.toString(), "::");
    EXPECT_EQ(s.endpoints[2].pid, 2216u);
    ASSERT_EQ(result.summary.rowsSkipped, 1u);
    EXPECT_EQ(result.summary.problems[0].line, 5u);
    EXPECT_EQ(result.summary.problems[0].reason, "unknown state \"Bogus\"");
}

TEST(PowerShell, ConvertToJsonInUtf16WithBom)
{
    // Windows PowerShell 5.1: enums as numbers, CimSystemProperties with class and machine, `>` writes UTF-16.
    const std::string json = R"([
    {
        "State":  2,
        "AppliedSetting":  null,
        "OwningProcess":  1040,
        "CreationTime":  "\/Date(1732176723000)\/",
        "OffloadState":  0,
        "LocalAddress":  "0.0.0.0",
        "LocalPort":  135,
        "RemoteAddress":  "0.0.0.0",
        "RemotePort":  0,
        "PSComputerName":  null,
        "CimClass":  {
                         "CimSuperClassName":  "MSFT_NetTransportConnection",
                         "CimClassName":  "MSFT_NetTCPConnection"
                     },
        "CimInstanceProperties":  [ "State = 2", "OwningProcess = 1040" ],
        "CimSystemProperties":  {
                                    "Namespace":  "ROOT/StandardCimv2",
                                    "ServerName":  "DESKTOP-7Q3K1",
                                    "ClassName":  "MSFT_NetTCPConnection",
                                    "Path":  null
                                }
    },
    {
        "State":  11,
        "OwningProcess":  0,
        "LocalAddress":  "10.0.0.5",
        "LocalPort":  50123,
        "RemoteAddress":  "20.42.65.92",
        "RemotePort":  443,
        "CimSystemProperties":  { "ClassName":  "MSFT_NetTCPConnection", "ServerName":  "DESKTOP-7Q3K1" }
    },
    {
        "OwningProcess":  2216,
        "LocalAddress":  "::",
        "LocalPort":  5353,
        "CimSystemProperties":  { "ClassName":  "MSFT_NetUDPEndpoint", "ServerName":  "DESKTOP-7Q3K1" }
    },
    {
        "State":  "Established",
        "OwningProcess":  "not a number",
        "LocalAddress":  "10.0.0.5",
        "LocalPort":  50124,
        "RemoteAddress":  "20.42.65.92",
        "RemotePort":  443
    }
]
)";
    const auto result = importCaptureBytes(toUtf16(crlf(json), true), "tcp.json");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-json");
    EXPECT_EQ(result.encoding, "utf-16le-bom");
    expectBooksBalance(result, false);
    const auto& s = result.snapshot;
    ASSERT_EQ(s.endpoints.size(), 3u) << problemsText(result);
    EXPECT_EQ(s.meta.hostname, "DESKTOP-7Q3K1");
    EXPECT_EQ(s.endpoints[0].state, SocketState::Listen);
    EXPECT_EQ(s.endpoints[0].pid, 1040u);
    EXPECT_EQ(s.endpoints[1].state, SocketState::TimeWait);
    EXPECT_EQ(s.endpoints[1].ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(s.endpoints[2].protocol, Protocol::Udp);
    EXPECT_EQ(s.endpoints[2].state, SocketState::Bound);
    ASSERT_EQ(result.summary.rowsSkipped, 1u);
    EXPECT_EQ(
        formatProblem("tcp.json", result.summary.problems[0]), "tcp.json: [3]: bad OwningProcess \"not a number\"");
}

TEST(PowerShell, ConvertToJsonOfASingleObject)
{
    const std::string json = R"({ "LocalAddress": "127.0.0.1", "LocalPort": 49664, "OwningProcess": 700 })";
    const auto result = importCaptureBytes(json, "one.json");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "powershell-json");
    ASSERT_EQ(result.snapshot.endpoints.size(), 1u);
    EXPECT_EQ(result.snapshot.endpoints[0].protocol, Protocol::Udp);
    EXPECT_EQ(result.snapshot.endpoints[0].pid, 700u);
}
