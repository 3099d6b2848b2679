// The Windows fix operations on a real registry (Wine's, under a scratch HKCU\Software\Portolan-test-* key that
// stands in for HKLM\SYSTEM\CurrentControlSet\Services), driven through the real CLI executable, including the
// forced relaunch through ShellExecuteExW "runas" (Wine reports every process as elevated, so only the switch
// exercises it). Every value is read back from the registry, byte for byte.

#include "core/conflicts/fix_plan.h"
#include "core/conflicts/journal.h"
#include "core/windows/multi_string.h"
#include "core/windows/registry.h"
#include "core/windows/win_text.h"
#include "windows/test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <windows.h>
#include <winsock2.h>

#include <aclapi.h>
#include <sddl.h>

#include <cstring>
#include <fstream>
#include <sstream>

using namespace portolan;
using namespace portolan::conflicts;
using namespace portolan::windows_backend;
using nlohmann::json;

namespace {

// Runs the conflicts CLI with `args` and waits; stdout and stderr captured together.
wintest::ProgramRun runCli(
    const std::vector<std::string>& args, const std::vector<std::pair<std::string, std::string>>& env = {})
{
    return wintest::runProgram(PORTOLAN_CONFLICTS_CLI_EXE, args, env);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(toWide(path).c_str(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeFile(const std::string& path, const std::string& content)
{
    std::ofstream out(toWide(path).c_str(), std::ios::binary | std::ios::trunc);
    out << content;
}

// A scratch directory under %TEMP%.
class TempDir
{
public:
    TempDir()
    {
        wchar_t base[MAX_PATH + 1];
        ::GetTempPathW(MAX_PATH, base);
        m_path = toUtf8(base) + "portolan-conflicts-" + wintest::randomSuffix();
        ::CreateDirectoryW(toWide(m_path).c_str(), nullptr);
    }
    ~TempDir()
    {
        // Shallow: the tests create files and one journal directory.
        WIN32_FIND_DATAW data;
        for (const auto& dir : { m_path + "\\journal", m_path }) {
            HANDLE find = ::FindFirstFileW(toWide(dir + "\\*").c_str(), &data);
            if (find != INVALID_HANDLE_VALUE) {
                do
                    ::DeleteFileW(toWide(dir + "\\" + toUtf8(data.cFileName)).c_str());
                while (::FindNextFileW(find, &data));
                ::FindClose(find);
            }
            ::RemoveDirectoryW(toWide(dir).c_str());
        }
    }
    std::string file(const std::string& name) const { return m_path + "\\" + name; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

std::vector<std::string> journalsIn(const std::string& directory)
{
    std::vector<std::string> out;
    WIN32_FIND_DATAW data;
    HANDLE find = ::FindFirstFileW(toWide(directory + "\\journal-*.json").c_str(), &data);
    if (find == INVALID_HANDLE_VALUE)
        return out;
    do
        out.push_back(directory + "\\" + toUtf8(data.cFileName));
    while (::FindNextFileW(find, &data));
    ::FindClose(find);
    return out;
}

RawRegistryValue multiStringRaw(std::wstring_view units)
{
    RawRegistryValue raw { regtype::kMultiString, std::vector<std::uint8_t>(units.size() * sizeof(wchar_t)) };
    std::memcpy(raw.data.data(), units.data(), raw.data.size());
    return raw;
}

// Every test works under its own HKCU\Software\Portolan-test-<random> key (the --registry-base the CLI accepts for
// tests) and deletes it afterwards.
class WindowsFix : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(keyExists(m_base)) << m_base.text();
        // ReservedPorts as admins leave it: a good line, a malformed one (KB 812873 wants "first-last"), 1812 alone.
        // The malformed entry and the missing final terminator must survive byte for byte.
        m_reservedBefore = multiStringRaw(std::wstring_view(L"1433-1434\0"
                                                            L"5000 - 5010 # old\0"
                                                            L"1812-1812\0\0",
            37));
        ASSERT_TRUE(writeRaw(tcpip(), "ReservedPorts", m_reservedBefore).ok());
        m_poolExcludedBefore = multiStringRaw(std::wstring_view(L"51000-51999\0\0", 13));
        ASSERT_TRUE(writeRaw(dns(), "SocketPoolExcludedPortRanges", m_poolExcludedBefore).ok());
        ASSERT_TRUE(writeDword(dns(), "SocketPoolSize", 2500).ok());
        ASSERT_TRUE(writeDword(tcpip(), "MaxUserPort", 60000).ok());
    }
    void TearDown() override
    {
        const auto removed = deleteKeyTree(m_base);
        EXPECT_TRUE(removed.ok() || removed.absent()) << removed.describe();
    }

    RegistryKeyPath tcpip() const { return { RegistryHive::CurrentUser, m_base.subKey + "\\Tcpip\\Parameters" }; }
    RegistryKeyPath dns() const { return { RegistryHive::CurrentUser, m_base.subKey + "\\DNS\\Parameters" }; }
    std::string baseArgument() const { return "HKCU\\" + m_base.subKey; }

    Plan registryPlan() const
    {
        Plan plan;
        plan.platform = Platform::Windows;
        Operation reserved;
        reserved.kind = OpKind::WindowsReservedPorts;
        reserved.ranges = { { 1812, 1813 }, { 2883, 2883 }, { 4500, 4500 } };
        Operation excluded;
        excluded.kind = OpKind::WindowsDnsPoolExcluded;
        excluded.ranges = { { 1812, 1813 }, { 2883, 2883 }, { 51500, 51600 } };
        Operation size;
        size.kind = OpKind::WindowsDnsPoolSize;
        size.value = 500;
        plan.operations = { reserved, excluded, size };
        return plan;
    }

    std::vector<std::string> args(const std::string& command, const std::string& file, const TempDir& dir) const
    {
        return { command, file, "--registry-base", baseArgument(), "--journal-dir", dir.path() + "\\journal" };
    }

    RegistryKeyPath m_base { RegistryHive::CurrentUser, "Software\\Portolan-test-" + wintest::randomSuffix() };
    RawRegistryValue m_reservedBefore;
    RawRegistryValue m_poolExcludedBefore;
};

} // namespace

TEST_F(WindowsFix, PlanMergesWithoutDuplicatesKeepsMalformedLinesAndUndoRestoresByteForByte)
{
    TempDir dir;
    writeFile(dir.file("plan.json"), writePlanJson(registryPlan()));
    const auto apply = runCli(args("apply", dir.file("plan.json"), dir));
    ASSERT_EQ(apply.exitCode, 0u) << apply.output;

    // ReservedPorts: every old entry first, untouched (the malformed one too), then only what was missing. 1812
    // was there alone; its new line covers 1812-1813 together (KB 812873: contiguous ports in one range).
    const auto reserved = readMultiString(tcpip(), "ReservedPorts");
    ASSERT_TRUE(reserved.ok()) << reserved.describe();
    EXPECT_EQ(reserved.value.utf8(),
        (std::vector<std::string> {
            "1433-1434", "5000 - 5010 # old", "1812-1812", "1812-1813", "2883-2883", "4500-4500" }));
    const auto excluded = readMultiString(dns(), "SocketPoolExcludedPortRanges");
    ASSERT_TRUE(excluded.ok());
    EXPECT_EQ(excluded.value.utf8(), (std::vector<std::string> { "51000-51999", "1812-1813", "2883-2883" }))
        << "51500-51600 was inside 51000-51999 already: no duplicate";
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 500u);
    EXPECT_EQ(readDword(tcpip(), "MaxUserPort").value, 60000u) << "not in the plan, not touched";

    // The same plan again changes nothing.
    const auto before = readRaw(tcpip(), "ReservedPorts").value.data;
    const auto again = runCli(args("apply", dir.file("plan.json"), dir));
    ASSERT_EQ(again.exitCode, 0u) << again.output;
    EXPECT_NE(again.output.find("[unchanged] windows.reserved-ports"), std::string::npos) << again.output;
    EXPECT_EQ(readRaw(tcpip(), "ReservedPorts").value.data, before);

    // Undo the first apply: every value back, byte for byte.
    const auto journals = journalsIn(dir.path() + "\\journal");
    ASSERT_EQ(journals.size(), 2u);
    std::string first = journals[0] < journals[1] ? journals[0] : journals[1];
    const auto undo = runCli({ "undo", first, "--registry-base", baseArgument() });
    ASSERT_EQ(undo.exitCode, 0u) << undo.output;
    const auto restored = readRaw(tcpip(), "ReservedPorts");
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored.value.type, m_reservedBefore.type);
    EXPECT_EQ(restored.value.data, m_reservedBefore.data);
    EXPECT_EQ(readRaw(dns(), "SocketPoolExcludedPortRanges").value.data, m_poolExcludedBefore.data);
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 2500u);
}

TEST_F(WindowsFix, ForcedRelaunchGoesThroughShellExecuteRunasAndReadsTheResultFile)
{
    TempDir dir;
    Plan plan = registryPlan();
    Operation del;
    del.kind = OpKind::WindowsDeleteMaxUserPort;
    plan.operations.push_back(del);
    writeFile(dir.file("plan.json"), writePlanJson(plan));
    auto a = args("apply", dir.file("plan.json"), dir);
    a.insert(a.end(), { "--force-relaunch", "--log-level", "info", "--result", dir.file("result.json") });
    const auto run = runCli(a);
    ASSERT_EQ(run.exitCode, 0u) << run.output;
    EXPECT_NE(run.output.find("relaunching elevated (runas)"), std::string::npos) << run.output;
    const auto result = json::parse(readFile(dir.file("result.json")));
    EXPECT_EQ(result["status"], "ok");
    EXPECT_EQ(result["reboot"], true) << "ReservedPorts and MaxUserPort are read at boot";
    ASSERT_EQ(result["operations"].size(), 4u);
    for (const auto& op : result["operations"]) {
        EXPECT_EQ(op["status"], "applied") << op.dump();
        EXPECT_EQ(op["verified"], true) << op.dump();
    }
    EXPECT_TRUE(readRaw(tcpip(), "MaxUserPort").absent());
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 500u);

    // Undo through the same relaunch.
    const auto journals = journalsIn(dir.path() + "\\journal");
    ASSERT_EQ(journals.size(), 1u);
    const auto undo = runCli({ "undo", journals[0], "--registry-base", baseArgument(), "--force-relaunch" });
    ASSERT_EQ(undo.exitCode, 0u) << undo.output;
    EXPECT_EQ(readDword(tcpip(), "MaxUserPort").value, 60000u);
    EXPECT_EQ(readRaw(tcpip(), "ReservedPorts").value.data, m_reservedBefore.data);
}

TEST_F(WindowsFix, RejectedPlansChangeNothing)
{
    TempDir dir;
    const std::string good = writePlanJson(registryPlan());
    struct Case
    {
        const char* name;
        std::string content;
        std::vector<std::string> extra;
        const char* message;
    };
    json unknown = json::parse(good);
    unknown["operations"][0]["op"] = "windows.set-any-value";
    json field = json::parse(good);
    field["operations"][0]["key"] = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run";
    json linuxOp = json::parse(good);
    linuxOp["operations"][0] = { { "op", "linux.reserved-ports.runtime" }, { "ranges", { "1812" } } };
    const std::vector<Case> cases {
        { "unknown op", unknown.dump(), {}, "unknown operation \"windows.set-any-value\"" },
        { "unknown field", field.dump(), {}, "unknown field \"key\"" },
        { "linux op", linuxOp.dump(), {}, "is not a windows operation" },
        { "malformed", good.substr(0, 40), {}, "not valid JSON" },
        { "registry base outside the test keys", good, { "--registry-base", "HKCU\\Software\\Microsoft" },
            "--registry-base must be" },
    };
    const auto reservedBefore = readRaw(tcpip(), "ReservedPorts").value.data;
    for (const auto& c : cases) {
        writeFile(dir.file("plan.json"), c.content);
        std::vector<std::string> a { "apply", dir.file("plan.json"), "--journal-dir", dir.path() + "\\journal" };
        if (c.extra.empty())
            a.insert(a.end(), { "--registry-base", baseArgument() });
        a.insert(a.end(), c.extra.begin(), c.extra.end());
        const auto run = runCli(a);
        EXPECT_EQ(run.exitCode, 2u) << c.name << ": " << run.output;
        EXPECT_NE(run.output.find(c.message), std::string::npos) << c.name << ": " << run.output;
    }
    // A value of the wrong type is refused before anything is written, the other values included.
    ASSERT_TRUE(writeRaw(
        dns(), "SocketPoolExcludedPortRanges", { regtype::kString, { '5', 0, '1', 0, '0', 0, '0', 0, '0', 0, 0, 0 } })
                    .ok());
    writeFile(dir.file("plan.json"), good);
    const auto wrongType = runCli(args("apply", dir.file("plan.json"), dir));
    EXPECT_EQ(wrongType.exitCode, 2u) << wrongType.output;
    EXPECT_NE(wrongType.output.find("is a REG_SZ, not a REG_MULTI_SZ"), std::string::npos) << wrongType.output;

    EXPECT_EQ(readRaw(tcpip(), "ReservedPorts").value.data, reservedBefore);
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 2500u);
    EXPECT_TRUE(journalsIn(dir.path() + "\\journal").empty());
}

TEST_F(WindowsFix, PlanFileOthersMayWriteIsRefused)
{
    TempDir dir;
    const std::string path = dir.file("open-plan.json");
    writeFile(path, writePlanJson(registryPlan()));
    // Everyone: full control.
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    ASSERT_TRUE(::ConvertStringSecurityDescriptorToSecurityDescriptorW(
        L"D:(A;;FA;;;WD)", SDDL_REVISION_1, &descriptor, nullptr));
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    ::GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted);
    const DWORD set = ::SetNamedSecurityInfoW(const_cast<wchar_t*>(toWide(path).c_str()), SE_FILE_OBJECT,
        DACL_SECURITY_INFORMATION, nullptr, nullptr, dacl, nullptr);
    ::LocalFree(descriptor);
    ASSERT_EQ(set, static_cast<DWORD>(ERROR_SUCCESS)) << win32ErrorText(set);
    const auto run = runCli(args("apply", path, dir));
    EXPECT_EQ(run.exitCode, 2u) << run.output;
    EXPECT_NE(run.output.find("other users may write it"), std::string::npos) << run.output;
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 2500u);
}

TEST_F(WindowsFix, CrashHalfwayLeavesAJournalThatUndoUses)
{
    TempDir dir;
    writeFile(dir.file("plan.json"), writePlanJson(registryPlan()));
    const auto crash = runCli(args("apply", dir.file("plan.json"), dir), { { "PORTOLAN_FAULT_ABORT_AFTER", "2" } });
    EXPECT_EQ(crash.exitCode, 86u) << crash.output;
    EXPECT_NE(readRaw(tcpip(), "ReservedPorts").value.data, m_reservedBefore.data);
    EXPECT_NE(readRaw(dns(), "SocketPoolExcludedPortRanges").value.data, m_poolExcludedBefore.data);
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 2500u) << "the third operation never ran";
    const auto journals = journalsIn(dir.path() + "\\journal");
    ASSERT_EQ(journals.size(), 1u);
    const auto journal = json::parse(readFile(journals[0]));
    EXPECT_EQ(journal["state"], "in-progress");
    EXPECT_EQ(journal["entries"][0]["status"], "applied");
    EXPECT_EQ(journal["entries"][1]["status"], "pending");
    const auto undo = runCli({ "undo", journals[0], "--registry-base", baseArgument() });
    ASSERT_EQ(undo.exitCode, 0u) << undo.output;
    EXPECT_EQ(readRaw(tcpip(), "ReservedPorts").value.data, m_reservedBefore.data);
    EXPECT_EQ(readRaw(dns(), "SocketPoolExcludedPortRanges").value.data, m_poolExcludedBefore.data);
    EXPECT_EQ(readDword(dns(), "SocketPoolSize").value, 2500u);
}

// Wine 8.0 has neither the persistent reservation API nor a working netsh: the operation must say it could not
// verify the exclusion rather than claim success.
TEST_F(WindowsFix, ExcludedPortRangeReportsWhatItCouldNotVerify)
{
    if (!wineVersion())
        GTEST_SKIP() << "this case is about Wine's missing reservation API; on Windows it would really reserve ports";
    TempDir dir;
    Plan plan;
    plan.platform = Platform::Windows;
    Operation exclude;
    exclude.kind = OpKind::WindowsExcludedPortRange;
    exclude.protocol = Protocol::Udp;
    exclude.ranges = { { 1812, 1813 } };
    plan.operations = { exclude };
    writeFile(dir.file("plan.json"), writePlanJson(plan));
    const auto run = runCli(args("apply", dir.file("plan.json"), dir));
    EXPECT_EQ(run.exitCode, 1u) << run.output;
    EXPECT_NE(run.output.find("does not show in `netsh int ipv4 show excludedportrange`"), std::string::npos)
        << run.output;
    const auto journals = journalsIn(dir.path() + "\\journal");
    ASSERT_EQ(journals.size(), 1u);
    const auto journal = json::parse(readFile(journals[0]));
    EXPECT_EQ(journal["entries"][0]["created"], json({ "1812-1813" }));
}

// Live, end to end: this process holds UDP 1812 (RADIUS); `check` must name it, and `fix` must plan the Vista+
// remedy (a persistent excluded port range) and say that this process, which hosts no service, is the
// administrator's to restart.
TEST(WindowsCheck, LiveCheckNamesThisProcessOnTheRadiusPortAndFixPlansTheExclusion)
{
    WSADATA data {};
    ASSERT_EQ(::WSAStartup(MAKEWORD(2, 2), &data), 0);
    const SOCKET s = ::socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    ASSERT_NE(s, INVALID_SOCKET);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(1812);
    ASSERT_EQ(::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a), 0) << ::WSAGetLastError();
    // Wine runs bind inside wineserver; a client-side call hands the socket to this process, else Wine reports
    // its owner as PID 0 (docs: platform-apis.md section 4.1).
    char byte = 'x';
    ::sendto(s, &byte, 1, 0, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::recvfrom(s, &byte, 1, 0, nullptr, nullptr);

    const auto check = runCli({ "check", "--format", "json", "--log-level", "off" });
    EXPECT_EQ(check.exitCode, 1u) << check.output;
    const auto doc = json::parse(check.output, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << check.output;
    EXPECT_EQ(doc["platform"], "windows");
    const json* finding = nullptr;
    for (const auto& f : doc["findings"])
        if (f["id"] == "conflict:radius-auth:udp/1812")
            finding = &f;
    ASSERT_NE(finding, nullptr) << doc.dump(2);
    ASSERT_EQ((*finding)["holders"].size(), 1u);
    EXPECT_EQ((*finding)["holders"][0]["pid"], ::GetCurrentProcessId());
    wchar_t self[MAX_PATH] {};
    ::GetModuleFileNameW(nullptr, self, MAX_PATH);
    const std::string selfPath = toUtf8(self);
    EXPECT_EQ((*finding)["holders"][0]["name"], selfPath.substr(selfPath.find_last_of("\\/") + 1));

    TempDir dir;
    const auto fix
        = runCli({ "fix", "conflict:radius-auth:udp/1812", "--plan-out", dir.file("plan.json"), "--log-level", "off" });
    ASSERT_EQ(fix.exitCode, 0u) << fix.output;
    const auto plan = json::parse(readFile(dir.file("plan.json")));
    EXPECT_EQ(plan["platform"], "windows");
    bool exclusion = false;
    for (const auto& op : plan["operations"])
        exclusion
            |= op["op"] == "windows.excluded-port-range" && op["protocol"] == "udp" && op["ranges"] == json({ "1812" });
    EXPECT_TRUE(exclusion) << plan.dump(2);
    bool note = false;
    for (const auto& n : plan["consequences"]["notes"])
        note |= n.get<std::string>().find("pid " + std::to_string(::GetCurrentProcessId())) != std::string::npos;
    EXPECT_TRUE(note) << plan["consequences"].dump(2);
    ::closesocket(s);
    ::WSACleanup();
}
