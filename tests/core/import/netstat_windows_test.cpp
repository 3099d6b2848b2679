// Windows netstat in its flavours: -ano, -anob, without -n, localized, and in the encodings it gets saved in.

#include "import_test_support.h"

#include "core/snapshot_text.h"

#include <gtest/gtest.h>

using namespace portolan;
using namespace portolan::test;

namespace {

// German netstat -anob as cmd shows it. Written to disk in CP850, UTF-16LE and mis-decoded forms below.
const std::string kGermanAnob = R"(
Aktive Verbindungen

  Proto  Lokale Adresse         Remoteadresse          Status           PID
  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN          1060
  RpcSs
 [svchost.exe]
  TCP    0.0.0.0:445            0.0.0.0:0              ABHÖREN          4
 Es können keine Besitzerinformationen abgerufen werden
  TCP    192.168.1.20:49712     52.97.146.162:443      HERGESTELLT      5124
 [OUTLOOK.EXE]
  TCP    192.168.1.20:49713     52.97.146.162:443      WARTEND          0
  TCP    127.0.0.1:50125        127.0.0.1:9222         SCHLIESSEN_WARTEN  2468
 [chrome.exe]
  TCP    192.168.1.20:49714     20.42.65.92:443        FIN_WARTEN_2     5124
 [OUTLOOK.EXE]
  TCP    192.168.1.20:49715     20.42.65.93:443        SYN_GESENDET     5124
 [OUTLOOK.EXE]
  TCP    [::]:135               [::]:0                 ABHÖREN          1060
  RpcSs
 [svchost.exe]
  UDP    0.0.0.0:5353           *:*                                     2216
  Dnscache
 [svchost.exe]
  UDP    [fe80::1c3f:2a4b:9d01:77e2%14]:1900  *:*                        8844
  SSDPSRV
 [svchost.exe]
)";

// CP850 bytes for the German letters (code page 850 chart).
const std::vector<std::pair<std::string, std::string>> kCp850 = { { "Ö", "\x99" }, { "ö", "\x94" } };

void checkGerman(const ImportResult& result)
{
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "netstat-windows");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    EXPECT_TRUE(result.summary.warnings.empty()) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    const auto counts = countProtocols(s);
    EXPECT_EQ(counts.tcp, 8u);
    EXPECT_EQ(counts.udp, 2u);
    const auto* listen = findEndpoint(s, Protocol::Tcp, "0.0.0.0", 135);
    ASSERT_TRUE(listen);
    EXPECT_EQ(listen->state, SocketState::Listen);
    EXPECT_EQ(listen->pid, 1060u);
    EXPECT_EQ(listen->ownerStatus, OwnerStatus::Resolved);
    ASSERT_TRUE(s.process(1060));
    EXPECT_EQ(s.process(1060)->name, "svchost.exe");
    EXPECT_EQ(s.process(1060)->services, std::vector<std::string> { "RpcSs" });
    const auto* system = findEndpoint(s, Protocol::Tcp, "0.0.0.0", 445);
    ASSERT_TRUE(system);
    EXPECT_EQ(system->ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(system->pid, 4u);
    const auto* established = findEndpoint(s, Protocol::Tcp, "192.168.1.20", 49712);
    ASSERT_TRUE(established);
    EXPECT_EQ(established->state, SocketState::Established);
    EXPECT_EQ(established->remoteAddress.toString(), "52.97.146.162");
    EXPECT_EQ(established->remotePort, 443);
    EXPECT_EQ(processName(s, *established), "OUTLOOK.EXE");
    const auto* timeWait = findEndpoint(s, Protocol::Tcp, "192.168.1.20", 49713);
    ASSERT_TRUE(timeWait);
    EXPECT_EQ(timeWait->state, SocketState::TimeWait);
    EXPECT_EQ(timeWait->ownerStatus, OwnerStatus::Kernel);
    EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "127.0.0.1", 50125)->state, SocketState::CloseWait);
    EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "192.168.1.20", 49714)->state, SocketState::FinWait2);
    EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "192.168.1.20", 49715)->state, SocketState::SynSent);
    const auto* v6 = findEndpoint(s, Protocol::Tcp, "::", 135);
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->state, SocketState::Listen);
    const auto* ssdp = findEndpoint(s, Protocol::Udp, "fe80::1c3f:2a4b:9d01:77e2%14", 1900);
    ASSERT_TRUE(ssdp);
    EXPECT_EQ(ssdp->localAddress.scopeId, 14u);
    EXPECT_EQ(ssdp->state, SocketState::Bound);
    EXPECT_EQ(ssdp->remoteAddress.toString(), "::");
    EXPECT_EQ(s.process(8844)->services, std::vector<std::string> { "SSDPSRV" });
    EXPECT_EQ(s.meta.os, "windows");
}

} // namespace

TEST(NetstatWindows, GermanInCp850AsCmdRedirectionWritesIt)
{
    const auto bytes = crlf(withBytes(kGermanAnob, kCp850));
    const auto result = importCaptureBytes(bytes, "netstat-de.txt");
    EXPECT_EQ(result.encoding, "cp850");
    checkGerman(result);
    EXPECT_EQ(result.summary.notRowReasons.at("netstat -b owner line"), 13u);
}

TEST(NetstatWindows, GermanInUtf16LeWithBomAsPowerShellRedirectionWritesIt)
{
    const auto result = importCaptureBytes(toUtf16(crlf(kGermanAnob), true), "netstat-de.txt");
    EXPECT_EQ(result.encoding, "utf-16le-bom");
    checkGerman(result);
}

TEST(NetstatWindows, GermanInUtf16LeWithoutBom)
{
    const auto result = importCaptureBytes(toUtf16(kGermanAnob, false), "netstat-de.txt");
    EXPECT_EQ(result.encoding, "utf-16le");
    checkGerman(result);
}

TEST(NetstatWindows, GermanInUtf16BigEndian)
{
    const auto result = importCaptureBytes(toUtf16(kGermanAnob, true, true), "netstat-de.txt");
    EXPECT_EQ(result.encoding, "utf-16be-bom");
    checkGerman(result);
}

TEST(NetstatWindows, GermanInUtf8WithAndWithoutBom)
{
    auto plain = importCaptureBytes(kGermanAnob, "netstat-de.txt");
    EXPECT_EQ(plain.encoding, "utf-8");
    checkGerman(plain);
    auto bom = importCaptureBytes("\xEF\xBB\xBF" + crlf(kGermanAnob), "netstat-de.txt");
    EXPECT_EQ(bom.encoding, "utf-8-bom");
    checkGerman(bom);
}

TEST(NetstatWindows, Cp850TextThatWasReadAsCp1252AndSavedAsUtf8)
{
    // CP850 "Ö" (0x99) shown by a CP1252 editor is "™" (U+2122): saved again as UTF-8 the state reads
    // "ABH™REN" and the ownership message "Es k”nnen keine ...".
    const auto garbled = withBytes(kGermanAnob, { { "Ö", "\xE2\x84\xA2" }, { "ö", "\xE2\x80\x9D" } });
    ASSERT_NE(garbled.find("ABH\xE2\x84\xA2REN"), std::string::npos);
    const auto result = importCaptureBytes(garbled, "netstat-de.txt");
    EXPECT_EQ(result.encoding, "utf-8");
    EXPECT_EQ(result.repair, "cp850 read as cp1252");
    checkGerman(result);
}

TEST(NetstatWindows, MisdecodedStateWordWithoutEvidenceElsewhereStillMaps)
{
    // Only state words, no banner: the document-wide repair has little to go on, the word-level match must
    // still recognise ABH™REN and ABHÃ–REN (UTF-8 read as CP1252).
    const std::string text = "  TCP    0.0.0.0:135    0.0.0.0:0    ABH\xE2\x84\xA2REN    1060\n"
                             "  TCP    0.0.0.0:136    0.0.0.0:0    ABH\xC3\x83\xE2\x80\x93REN    1061\n"
                             "  TCP    10.0.0.1:5000  10.0.0.2:443  HERGESTELLT    1062\n";
    const auto result = importCaptureBytes(text, "garbled.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.summary.rowsLoaded, 3u) << problemsText(result);
    EXPECT_TRUE(result.summary.warnings.empty()) << problemsText(result);
    for (const auto& e : result.snapshot.endpoints)
        EXPECT_EQ(e.state, e.localPort == 5000 ? SocketState::Established : SocketState::Listen);
}

TEST(NetstatWindows, RussianCp866FromCmd)
{
    const std::string text = "\n"
                             "Активные подключения\n"
                             "\n"
                             "  Имя    Локальный адрес        Внешний адрес          Состояние       PID\n"
                             "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       964\n"
                             " [svchost.exe]\n"
                             "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\n"
                             " Не удается получить сведения о владельце\n"
                             "  TCP    10.1.1.5:51000         77.88.55.80:443        ESTABLISHED     7712\n"
                             " [browser.exe]\n"
                             "  UDP    0.0.0.0:500            *:*                                    3120\n"
                             " [svchost.exe]\n";
    // CP866 bytes (Python's codecs) for the Russian texts.
    const auto bytes = crlf(withBytes(text,
        { { "Активные подключения",
              "\x80\xAA\xE2\xA8\xA2\xAD\xEB\xA5\x20\xAF\xAE\xA4\xAA\xAB\xEE\xE7\xA5\xAD\xA8\xEF" },
            { "Имя", "\x88\xAC\xEF" },
            { "Локальный адрес", "\x8B\xAE\xAA\xA0\xAB\xEC\xAD\xEB\xA9\x20\xA0\xA4\xE0\xA5\xE1" },
            { "Внешний адрес", "\x82\xAD\xA5\xE8\xAD\xA8\xA9\x20\xA0\xA4\xE0\xA5\xE1" },
            { "Состояние", "\x91\xAE\xE1\xE2\xAE\xEF\xAD\xA8\xA5" },
            { "Не удается получить сведения о владельце",
                "\x8D\xA5\x20\xE3\xA4\xA0\xA5\xE2\xE1\xEF\x20\xAF\xAE\xAB\xE3\xE7\xA8\xE2\xEC\x20\xE1\xA2\xA5\xA4\xA5"
                "\xAD\xA8\xEF\x20\xAE\x20\xA2\xAB\xA0\xA4\xA5\xAB\xEC\xE6\xA5" } }));
    const auto result = importCaptureBytes(bytes, "netstat-ru.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.encoding, "cp866");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 1u);
    EXPECT_EQ(result.summary.notRowReasons.at("column header"), 1u);
    EXPECT_EQ(countProtocols(result.snapshot).tcp, 3u);
    EXPECT_EQ(countProtocols(result.snapshot).udp, 1u);
    const auto* browser = findEndpoint(result.snapshot, Protocol::Tcp, "10.1.1.5", 51000);
    ASSERT_TRUE(browser);
    EXPECT_EQ(processName(result.snapshot, *browser), "browser.exe");
}

TEST(NetstatWindows, JapaneseCp932FromCmd)
{
    const std::string text = "\n"
                             "アクティブな接続\n"
                             "\n"
                             "  プロトコル  ローカル アドレス      外部アドレス           状態            PID\n"
                             "  TCP         0.0.0.0:135            0.0.0.0:0              LISTENING       1044\n"
                             "  TCP         192.168.0.3:52000      40.79.150.120:443      ESTABLISHED     9932\n"
                             "  TCP         [::1]:49680            [::]:0                 LISTENING       4412\n"
                             "  UDP         0.0.0.0:5353           *:*                                    2252\n";
    const auto bytes = crlf(withBytes(text,
        { { "アクティブな接続", "\x83\x41\x83\x4E\x83\x65\x83\x42\x83\x75\x82\xC8\x90\xDA\x91\xB1" },
            { "プロトコル", "\x83\x76\x83\x8D\x83\x67\x83\x52\x83\x8B" },
            { "ローカル アドレス", "\x83\x8D\x81\x5B\x83\x4A\x83\x8B\x20\x83\x41\x83\x68\x83\x8C\x83\x58" },
            { "外部アドレス", "\x8A\x4F\x95\x94\x83\x41\x83\x68\x83\x8C\x83\x58" }, { "状態", "\x8F\xF3\x91\xD4" } }));
    const auto result = importCaptureBytes(bytes, "netstat-ja.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.encoding, "cp932");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 1u);
    EXPECT_EQ(result.snapshot.endpoints.size(), 4u);
    EXPECT_EQ(findEndpoint(result.snapshot, Protocol::Tcp, "::1", 49680)->pid, 4412u);
}

TEST(NetstatWindows, ChineseGbkAndKoreanCp949FromCmd)
{
    const std::string rows = "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1044\n"
                             "  UDP    0.0.0.0:123            *:*                                    1980\n";
    const std::string zh = "\n活动连接\n\n  协议  本地地址          外部地址        状态           PID\n" + rows;
    const auto zhResult = importCaptureBytes(
        withBytes(zh,
            { { "活动连接", "\xBB\xEE\xB6\xAF\xC1\xAC\xBD\xD3" }, { "协议", "\xD0\xAD\xD2\xE9" },
                { "本地地址", "\xB1\xBE\xB5\xD8\xB5\xD8\xD6\xB7" }, { "外部地址", "\xCD\xE2\xB2\xBF\xB5\xD8\xD6\xB7" },
                { "状态", "\xD7\xB4\xCC\xAC" } }),
        "netstat-zh.txt");
    EXPECT_EQ(zhResult.encoding, "cp936");
    EXPECT_EQ(zhResult.summary.rowsLoaded, 2u) << problemsText(zhResult);
    EXPECT_EQ(zhResult.summary.rowsSkipped, 0u) << problemsText(zhResult);
    expectBooksBalance(zhResult);

    const std::string ko
        = "\n활성 연결\n\n  프로토콜  로컬 주소              외부 주소              상태            PID\n" + rows;
    const auto koResult = importCaptureBytes(
        withBytes(ko,
            { { "활성 연결", "\xC8\xB0\xBC\xBA\x20\xBF\xAC\xB0\xE1" },
                { "프로토콜", "\xC7\xC1\xB7\xCE\xC5\xE4\xC4\xDD" },
                { "로컬 주소", "\xB7\xCE\xC4\xC3\x20\xC1\xD6\xBC\xD2" },
                { "외부 주소", "\xBF\xDC\xBA\xCE\x20\xC1\xD6\xBC\xD2" }, { "상태", "\xBB\xF3\xC5\xC2" } }),
        "netstat-ko.txt");
    EXPECT_EQ(koResult.encoding, "cp949");
    EXPECT_EQ(koResult.summary.rowsLoaded, 2u) << problemsText(koResult);
    EXPECT_EQ(koResult.summary.rowsSkipped, 0u) << problemsText(koResult);
    expectBooksBalance(koResult);
}

TEST(NetstatWindows, RomanceAndPolishStateWordsInUtf16)
{
    const std::string text = "\n"
                             "Conexiones activas\n"
                             "\n"
                             "  Proto  Dirección local        Dirección remota       Estado           PID\n"
                             "  TCP    0.0.0.0:135            0.0.0.0:0              ESCUCHANDO       1000\n"
                             "  TCP    10.0.0.2:50000         1.1.1.1:443            ESTABLECIDO      2000\n"
                             "\n"
                             "Conexões ativas\n"
                             "\n"
                             "  Proto  Endereço local         Endereço externo       Estado           PID\n"
                             "  TCP    0.0.0.0:136            0.0.0.0:0              ESCUTANDO        1001\n"
                             "  TCP    10.0.0.2:50001         1.1.1.1:443            ESTABELECIDA     2001\n"
                             "\n"
                             "Aktywne połączenia\n"
                             "\n"
                             "  Protokół  Adres lokalny       Obcy adres             Stan             PID\n"
                             "  TCP    0.0.0.0:137            0.0.0.0:0              NASŁUCHIWANIE    1002\n"
                             "  TCP    10.0.0.2:50002         1.1.1.1:443            USTANOWIONO      2002\n"
                             "  TCP    10.0.0.2:50003         1.1.1.1:443            CZAS_OCZEKIWANIA 0\n"
                             "\n"
                             "Connessioni attive\n"
                             "\n"
                             "  Proto  Indirizzo locale       Indirizzo esterno      Stato            PID\n"
                             "  TCP    0.0.0.0:138            0.0.0.0:0              IN ASCOLTO       1003\n";
    const auto result = importCaptureBytes(toUtf16(crlf(text), true), "netstat-mixed.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    EXPECT_TRUE(result.summary.warnings.empty()) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 4u);
    EXPECT_EQ(result.summary.notRowReasons.at("column header"), 4u);
    const auto& s = result.snapshot;
    for (std::uint16_t port : { 135, 136, 137, 138 })
        EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "0.0.0.0", port)->state, SocketState::Listen) << port;
    for (std::uint16_t port : { 50000, 50001, 50002 })
        EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "10.0.0.2", port)->state, SocketState::Established) << port;
    EXPECT_EQ(findEndpoint(s, Protocol::Tcp, "10.0.0.2", 50003)->state, SocketState::TimeWait);
}

TEST(NetstatWindows, PortugueseCp850IsToldFromCp437ByItsWords)
{
    // "õ" is 0xE4 in CP850 but "Σ" in CP437: only CP850 makes the banner appear.
    const std::string text = "\nConexões ativas\n\n"
                             "  Proto  Endereço local         Endereço externo       Estado           PID\n"
                             "  TCP    0.0.0.0:135            0.0.0.0:0              ESCUTANDO        1000\n"
                             "  TCP    10.0.0.2:50001         1.1.1.1:443            ESTABELECIDA     2001\n";
    const auto result = importCaptureBytes(crlf(withBytes(text, { { "õ", "\xE4" }, { "ç", "\x87" } })), "pt.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.encoding, "cp850");
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 1u);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    EXPECT_EQ(result.snapshot.endpoints[0].state, SocketState::Listen);
    EXPECT_EQ(result.snapshot.endpoints[1].state, SocketState::Established);
}

TEST(NetstatWindows, UnknownStateWordKeepsTheRowWithAWarning)
{
    const std::string text = "  TCP    0.0.0.0:135            0.0.0.0:0              KUUNTELEE        1000\n"
                             "  TCP    10.0.0.2:50000         1.1.1.1:443            MUODOSTETTU      2000\n";
    const auto result = importCaptureBytes(text, "netstat-fi.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.summary.rowsLoaded, 2u);
    EXPECT_EQ(result.summary.rowsSkipped, 0u);
    ASSERT_EQ(result.summary.warnings.size(), 2u);
    EXPECT_EQ(result.summary.warnings[0].line, 1u);
    EXPECT_NE(result.summary.warnings[0].reason.find("KUUNTELEE"), std::string::npos);
    // The listener shape (foreign end 0.0.0.0:0) identifies LISTEN; the other cannot be guessed.
    EXPECT_EQ(result.snapshot.endpoints[0].state, SocketState::Listen);
    EXPECT_EQ(result.snapshot.endpoints[1].state, SocketState::Unknown);
}

TEST(NetstatWindows, WithoutNumericOptionKeepsNamesAndMapsServices)
{
    // netstat -ab: the machine's own name on listeners' foreign side, service names for ports, and a remote
    // host name that cannot become an address offline.
    const std::string text = "\n"
                             "Active Connections\n"
                             "\n"
                             "  Proto  Local Address          Foreign Address        State\n"
                             "  TCP    0.0.0.0:epmap          DESKTOP-7Q3K1:0        LISTENING\n"
                             "  RpcSs\n"
                             " [svchost.exe]\n"
                             "  TCP    0.0.0.0:microsoft-ds   DESKTOP-7Q3K1:0        LISTENING\n"
                             " Can not obtain ownership information\n"
                             "  TCP    127.0.0.1:49669        DESKTOP-7Q3K1:49670    ESTABLISHED\n"
                             " [node.exe]\n"
                             "  TCP    192.168.1.20:50512     lhr25s10-in-f14:https  ESTABLISHED\n"
                             " [chrome.exe]\n"
                             "  TCP    192.168.1.20:50513     fileserver:frobnitz    ESTABLISHED\n"
                             " [explorer.exe]\n"
                             "  UDP    0.0.0.0:isakmp         *:*                    \n"
                             " [svchost.exe]\n"
                             "  UDP    [::]:llmnr             *:*                    \n"
                             "  Dnscache\n"
                             " [svchost.exe]\n";
    const auto result = importCaptureBytes(crlf(text), "netstat-ab.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(s.meta.hostname, "DESKTOP-7Q3K1");
    ASSERT_EQ(s.endpoints.size(), 7u);
    EXPECT_EQ(s.endpoints[0].localPort, 135);
    EXPECT_EQ(s.endpoints[0].remoteAddress.toString(), "0.0.0.0");
    EXPECT_EQ(s.endpoints[1].localPort, 445);
    EXPECT_EQ(s.endpoints[1].ownerStatus, OwnerStatus::AccessDenied);
    EXPECT_EQ(s.endpoints[2].remoteAddress.toString(), "127.0.0.1"); // own name, connected from loopback
    EXPECT_EQ(s.endpoints[2].remotePort, 49670);
    EXPECT_EQ(s.endpoints[3].remotePort, 443);
    EXPECT_TRUE(s.endpoints[3].remoteAddress.isUnspecified());
    EXPECT_EQ(s.endpoints[4].remotePort, 0); // "frobnitz" is no known service
    EXPECT_EQ(s.endpoints[5].localPort, 500);
    EXPECT_EQ(s.endpoints[6].localPort, 5355);
    EXPECT_EQ(s.endpoints[6].localAddress.family, Family::IPv6);
    // No -o: owners have no pid; the names stay with the endpoints.
    std::map<std::size_t, EndpointNames> names;
    for (const auto& n : result.names)
        names[n.endpoint] = n;
    EXPECT_EQ(names[0].processName, "RpcSs [svchost.exe]");
    EXPECT_EQ(names[0].localService, "");
    EXPECT_EQ(names[3].remoteHost, "lhr25s10-in-f14");
    EXPECT_EQ(names[3].processName, "chrome.exe");
    EXPECT_EQ(names[4].remoteHost, "fileserver");
    EXPECT_EQ(names[4].remoteService, "frobnitz");
    EXPECT_EQ(names[6].processName, "Dnscache [svchost.exe]");
    EXPECT_EQ(s.endpoints[3].ownerStatus, OwnerStatus::Unknown);
}

TEST(NetstatWindows, RepeatedSnapshotsPromptsAndBadRowsAreAccountedFor)
{
    const std::string text = "C:\\Users\\bob>netstat -ano 5\n"
                             "\n"
                             "Active Connections\n"
                             "\n"
                             "  Proto  Local Address          Foreign Address        State           PID\n"
                             "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1712\n"
                             "  TCP    1.2.3:x                0.0.0.0:0              LISTENING       1713\n"
                             "  TCP    10.0.0.1:80            10.0.0.9:5000\n"
                             "\n"
                             "Active Connections\n"
                             "\n"
                             "  Proto  Local Address          Foreign Address        State           PID\n"
                             "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1712\n"
                             "^C\n";
    const auto result = importCaptureBytes(crlf(text), "netstat.txt");
    ASSERT_FALSE(result.failed()) << result.fatal;
    expectBooksBalance(result);
    EXPECT_EQ(result.summary.rowsLoaded, 2u);
    ASSERT_EQ(result.summary.rowsSkipped, 3u);
    EXPECT_EQ(formatProblem("netstat.txt", result.summary.problems[0]), "netstat.txt:7: bad local address \"1.2.3:x\"");
    EXPECT_EQ(result.summary.problems[1].line, 8u);
    EXPECT_EQ(result.summary.problems[2].line, 14u);
    EXPECT_EQ(result.summary.notRowReasons.at("prompt"), 1u);
    EXPECT_EQ(result.summary.notRowReasons.at("banner"), 2u);
    EXPECT_EQ(result.exitCode(), 1);
}

// --- real captures (../shared/fixtures/captures) -------------------------------------------------------------

TEST(NetstatWindowsCapture, Anob)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "netstat-anob-1.txt");
    const auto result = importCaptureFile(path);
    ASSERT_FALSE(result.failed()) << result.fatal;
    EXPECT_EQ(result.formatName, "netstat-windows");
    EXPECT_EQ(result.snapshot.meta.source, "netstat-anob-1.txt");
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    EXPECT_TRUE(result.summary.warnings.empty()) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 114u);
    EXPECT_EQ(countProtocols(s).udp, 204u);
    // 35 rows say "Can not obtain ownership information": 29 of them are PID 4 (System, kernel), 6 are other
    // processes the capturing user could not inspect.
    std::size_t kernel4 = 0, denied = 0;
    for (const auto& e : s.endpoints) {
        kernel4 += e.ownerStatus == OwnerStatus::Kernel && e.pid == 4;
        denied += e.ownerStatus == OwnerStatus::AccessDenied;
    }
    EXPECT_EQ(kernel4, 29u);
    EXPECT_EQ(denied, 6u);
    const auto* rpc = findEndpoint(s, Protocol::Tcp, "0.0.0.0", 135);
    ASSERT_TRUE(rpc);
    EXPECT_EQ(rpc->pid, 1712u);
    EXPECT_EQ(ownerLabel(*rpc, s), "RpcSs [svchost.exe]");
    const auto* ssdp = findEndpoint(s, Protocol::Udp, "fe80::244e:2f1e:2096:62b2%9", 1900);
    ASSERT_TRUE(ssdp);
    EXPECT_EQ(ssdp->pid, 8844u);
    EXPECT_EQ(ssdp->localAddress.scopeId, 9u);
    EXPECT_EQ(ownerLabel(*ssdp, s), "SSDPSRV [svchost.exe]");
    const auto* denied1 = findEndpoint(s, Protocol::Tcp, "0.0.0.0", 7680);
    ASSERT_TRUE(denied1);
    EXPECT_EQ(denied1->ownerStatus, OwnerStatus::AccessDenied);
    EXPECT_EQ(denied1->pid, 10404u);
    const auto* loopback = findEndpoint(s, Protocol::Tcp, "127.0.0.1", 1031);
    ASSERT_TRUE(loopback);
    EXPECT_EQ(loopback->state, SocketState::Established);
    EXPECT_EQ(loopback->remotePort, 1032);
    EXPECT_EQ(processName(s, *loopback), "ProductAgentService.exe");
}

TEST(NetstatWindowsCapture, AnoAndAn)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(ano, "netstat-ano-1.txt");
    const auto result = importCaptureFile(ano);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    EXPECT_EQ(countProtocols(result.snapshot).tcp, 71u);
    EXPECT_EQ(countProtocols(result.snapshot).udp, 137u);
    EXPECT_EQ(findEndpoint(result.snapshot, Protocol::Tcp, "0.0.0.0", 443)->pid, 9396u);

    PORTOLAN_REQUIRE_SHARED_CAPTURE(an, "netstat-an-1.txt");
    const auto noPid = importCaptureFile(an);
    expectBooksBalance(noPid);
    // The capture has one corrupted address ("fe80::asda:..." is not hex): reported with its line, the other
    // 259 rows load.
    ASSERT_EQ(noPid.summary.rowsSkipped, 1u);
    EXPECT_EQ(noPid.summary.problems[0].line, 264u);
    EXPECT_NE(noPid.summary.problems[0].reason.find("fe80::asda"), std::string::npos);
    EXPECT_EQ(countProtocols(noPid.snapshot).tcp, 80u);
    EXPECT_EQ(countProtocols(noPid.snapshot).udp, 179u);
    for (const auto& e : noPid.snapshot.endpoints)
        EXPECT_EQ(e.ownerStatus, e.state == SocketState::TimeWait ? OwnerStatus::Kernel : OwnerStatus::Unknown);
    EXPECT_EQ(noPid.exitCode(), 1);
}

TEST(NetstatWindowsCapture, AnoWithTimeWaitAndScopedIpv6)
{
    PORTOLAN_REQUIRE_SHARED_CAPTURE(path, "netstat-ano-2.txt");
    const auto result = importCaptureFile(path);
    EXPECT_EQ(result.summary.rowsSkipped, 0u) << problemsText(result);
    expectBooksBalance(result);
    const auto& s = result.snapshot;
    EXPECT_EQ(countProtocols(s).tcp, 204u);
    EXPECT_EQ(countProtocols(s).udp, 88u);
    std::map<SocketState, std::size_t> states;
    std::size_t kernelTimeWait = 0;
    for (const auto& e : s.endpoints) {
        if (e.protocol == Protocol::Tcp)
            ++states[e.state];
        kernelTimeWait += e.state == SocketState::TimeWait && e.pid == 0 && e.ownerStatus == OwnerStatus::Kernel;
    }
    EXPECT_EQ(states[SocketState::Listen], 71u);
    EXPECT_EQ(states[SocketState::Established], 74u);
    EXPECT_EQ(states[SocketState::TimeWait], 51u);
    EXPECT_EQ(states[SocketState::CloseWait], 6u);
    EXPECT_EQ(states[SocketState::SynSent], 1u);
    EXPECT_EQ(states[SocketState::FinWait2], 1u);
    EXPECT_EQ(kernelTimeWait, 51u);
    const auto* synSent = findEndpoint(s, Protocol::Tcp, "127.0.0.1", 2547);
    ASSERT_TRUE(synSent);
    EXPECT_EQ(synSent->state, SocketState::SynSent);
    EXPECT_EQ(synSent->remotePort, 9229);
    EXPECT_EQ(synSent->pid, 11536u);
    const auto* scoped = findEndpoint(s, Protocol::Tcp, "fe80::daac:8295:53f5:9152%45", 2553);
    ASSERT_TRUE(scoped);
    EXPECT_EQ(scoped->localAddress.scopeId, 45u);
    EXPECT_EQ(scoped->state, SocketState::Listen);
    EXPECT_EQ(scoped->pid, 5492u);
}
