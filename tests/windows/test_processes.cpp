#include "core/windows/process_resolver.h"
#include "core/windows/service_map.h"
#include "core/windows/win_text.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace portolan {
namespace {

using namespace windows_backend;

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string ownImageName()
{
    wchar_t path[MAX_PATH] {};
    const DWORD length = ::GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::string text = toUtf8(std::wstring_view(path, length));
    return text.substr(text.find_last_of("\\/") + 1);
}

TEST(Processes, FindsOwnProcessByPidWithImageName)
{
    ServiceMap services;
    ProcessResolver resolver;
    resolver.beginSnapshot();
    const auto result = resolver.lookup(::GetCurrentProcessId(), services);
    resolver.endSnapshot();
    ASSERT_NE(result.info, nullptr);
    EXPECT_EQ(result.status, OwnerStatus::Resolved);
    EXPECT_EQ(result.info->pid, ::GetCurrentProcessId());
    EXPECT_EQ(lower(result.info->name), "portolan-windows-tests.exe");
    EXPECT_EQ(lower(result.info->name), lower(ownImageName()));
    EXPECT_TRUE(lower(result.info->executablePath).ends_with("\\portolan-windows-tests.exe"))
        << result.info->executablePath;
    EXPECT_GT(result.info->startTime, 0u); // FILETIME of creation: the cache key against PID reuse
    EXPECT_FALSE(result.info->accessDenied);
    EXPECT_FALSE(result.info->user.empty());
    EXPECT_EQ(resolver.lastStats().imageReads, 1u);

    // Next snapshot: same pid, same creation time -> the cached info, not a second image read.
    resolver.beginSnapshot();
    const auto again = resolver.lookup(::GetCurrentProcessId(), services);
    resolver.endSnapshot();
    EXPECT_EQ(again.info, result.info);
    EXPECT_EQ(resolver.lastStats().cacheHits, 1u);
    EXPECT_EQ(resolver.lastStats().imageReads, 0u);
}

TEST(Processes, SystemPidsAreLabelled)
{
    ServiceMap services;
    ProcessResolver resolver;
    resolver.beginSnapshot();
    const auto idle = resolver.lookup(0, services);
    const auto system = resolver.lookup(4, services);
    ASSERT_NE(idle.info, nullptr);
    ASSERT_NE(system.info, nullptr);
    EXPECT_EQ(idle.status, OwnerStatus::Kernel);
    EXPECT_EQ(system.status, OwnerStatus::Kernel);
    EXPECT_EQ(idle.info->name, "System Idle Process");
    EXPECT_EQ(system.info->name, "System");
}

TEST(Processes, ExitedProcessIsUnknownNotDropped)
{
    // A real child that exits before we look: the lookup must say Unknown, without a stale cache entry.
    wchar_t systemDir[MAX_PATH] {};
    ::GetSystemDirectoryW(systemDir, MAX_PATH);
    std::wstring exe = std::wstring(systemDir) + L"\\cmd.exe";
    std::wstring commandLine = L"\"" + exe + L"\" /c exit 0";
    STARTUPINFOW startup {};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process {};
    ASSERT_TRUE(::CreateProcessW(exe.c_str(), commandLine.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr,
        nullptr, &startup, &process))
        << win32ErrorText(::GetLastError());
    const DWORD pid = process.dwProcessId;

    ServiceMap services;
    ProcessResolver resolver;
    resolver.beginSnapshot();
    const auto alive = resolver.lookup(pid, services);
    ASSERT_NE(alive.info, nullptr);
    EXPECT_EQ(lower(alive.info->name), "cmd.exe");

    ASSERT_EQ(::WaitForSingleObject(process.hProcess, 30000), WAIT_OBJECT_0);
    ::CloseHandle(process.hThread);
    ::CloseHandle(process.hProcess); // the last handle: the PID is free now
    resolver.beginSnapshot();
    const auto gone = resolver.lookup(pid, services);
    EXPECT_EQ(gone.info, nullptr);
    EXPECT_EQ(gone.status, OwnerStatus::Unknown);
    EXPECT_EQ(resolver.lastStats().gone, 1u);
}

TEST(Services, EnumerationReturnsRunningServicesWithPids)
{
    std::vector<ServiceEntry> entries;
    std::string error;
    ASSERT_TRUE(enumerateServices(entries, error)) << error;
    ASSERT_FALSE(entries.empty());
    const auto running = std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.pid != 0; });
    EXPECT_GT(running, 0) << "no service reports a process id";
    for (const auto& e : entries)
        EXPECT_FALSE(e.name.empty());
    if (wineVersion()) {
        // Wine installs its own services (wine.inf): RpcSs is listed whether or not it has started yet.
        const bool rpcss = std::any_of(entries.begin(), entries.end(), [](const auto& e) { return e.name == "RpcSs"; });
        EXPECT_TRUE(rpcss);
    }
}

TEST(Services, HostingProcessShowsItsServicesLikeNetstatB)
{
    std::string error;
    ServiceMap services(std::chrono::hours(1));
    ASSERT_TRUE(services.refreshIfStale(error)) << error;
    ASSERT_FALSE(services.byPid().empty()) << "no running service has a process";

    ProcessResolver resolver;
    resolver.beginSnapshot();
    for (const auto& [pid, names] : services.byPid()) {
        const auto result = resolver.lookup(pid, services);
        ASSERT_NE(result.info, nullptr) << pid;
        EXPECT_FALSE(result.info->name.empty()) << pid;
        EXPECT_EQ(result.info->services, names);
        // "RpcSs [rpcss.exe]", the way netstat -b shows a hosted service.
        const auto shown = result.info->displayName();
        EXPECT_TRUE(shown.starts_with(names.front())) << shown;
        EXPECT_TRUE(shown.ends_with(" [" + result.info->name + "]")) << shown;
        std::printf("[ info     ] pid %u: %s\n", pid, shown.c_str());
    }
    if (wineVersion()) {
        // From a fresh prefix on, Wine runs its device drivers (nsiproxy.sys among them: the socket tables come
        // from it) in a service process; RpcSs and PlugPlay start only on demand, so they are not asserted.
        const bool winedevice = std::any_of(services.byPid().begin(), services.byPid().end(), [&](const auto& item) {
            const auto shown = lower(resolver.lookup(item.first, services).info->displayName());
            return shown.starts_with("winedevice") && shown.ends_with(" [winedevice.exe]");
        });
        EXPECT_TRUE(winedevice) << "no \"WinedeviceN [winedevice.exe]\"";
    }
}

TEST(Services, MapRefreshesAtMostOncePerInterval)
{
    std::string error;
    ServiceMap slow(std::chrono::hours(1));
    ASSERT_TRUE(slow.refreshIfStale(error)) << error;
    ASSERT_TRUE(slow.refreshIfStale(error)) << error;
    EXPECT_EQ(slow.refreshCount(), 1u);
    EXPECT_GT(slow.processCount(), 0u);

    ServiceMap eager(std::chrono::milliseconds(0));
    ASSERT_TRUE(eager.refreshIfStale(error)) << error;
    ::Sleep(2);
    ASSERT_TRUE(eager.refreshIfStale(error)) << error;
    EXPECT_EQ(eager.refreshCount(), 2u);
}

} // namespace
} // namespace portolan
