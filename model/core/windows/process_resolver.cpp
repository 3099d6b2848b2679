#include "process_resolver.h"

#include "../logging.h"
#include "service_map.h"
#include "win_text.h"

#include <windows.h>

#include <sddl.h>
#include <tlhelp32.h>

#include <memory>
#include <vector>

namespace portolan::windows_backend {

namespace {

struct Handle
{
    HANDLE handle = nullptr;
    ~Handle()
    {
        if (handle && handle != INVALID_HANDLE_VALUE)
            ::CloseHandle(handle);
    }
};

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::shared_ptr<ProcessInfo> fixedProcess(std::uint32_t pid, const char* name)
{
    auto info = std::make_shared<ProcessInfo>();
    info->pid = pid;
    info->name = name;
    info->user = "SYSTEM";
    return info;
}

// Cache entries survive this many snapshots without being seen: a process that briefly has no socket keeps its
// details instead of being re-read.
constexpr std::uint32_t kKeepGenerations = 8;

} // namespace

void ProcessResolver::beginSnapshot()
{
    ++m_generation;
    m_stats = {};
    m_thisSnapshot.clear();
    m_toolhelp.clear();
    m_toolhelpLoaded = false;
}

void ProcessResolver::endSnapshot()
{
    std::erase_if(m_cache, [this](const auto& item) { return m_generation - item.second.seenIn > kKeepGenerations; });
}

const std::string* ProcessResolver::toolhelpName(std::uint32_t pid)
{
    if (!m_toolhelpLoaded) {
        m_toolhelpLoaded = true;
        m_stats.toolhelpUsed = true;
        // Base names need no rights on the process: the fallback for the ones OpenProcess refuses.
        Handle snapshot { ::CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0) };
        if (snapshot.handle == INVALID_HANDLE_VALUE) {
            log::engine()->debug("CreateToolhelp32Snapshot: {}", win32ErrorText(::GetLastError()));
            return nullptr;
        }
        PROCESSENTRY32W entry {};
        entry.dwSize = sizeof entry;
        for (BOOL ok = ::Process32FirstW(snapshot.handle, &entry); ok; ok = ::Process32NextW(snapshot.handle, &entry))
            m_toolhelp[entry.th32ProcessID] = toUtf8(entry.szExeFile);
    }
    const auto it = m_toolhelp.find(pid);
    return it == m_toolhelp.end() ? nullptr : &it->second;
}

std::string ProcessResolver::accountName(void* processHandle)
{
    Handle token;
    if (!::OpenProcessToken(processHandle, TOKEN_QUERY, &token.handle))
        return {};
    DWORD size = 0;
    ::GetTokenInformation(token.handle, TokenUser, nullptr, 0, &size);
    if (size == 0)
        return {};
    std::vector<std::uint64_t> buffer(size / sizeof(std::uint64_t) + 1);
    if (!::GetTokenInformation(token.handle, TokenUser, buffer.data(), size, &size))
        return {};
    PSID sid = reinterpret_cast<const TOKEN_USER*>(buffer.data())->User.Sid;
    wchar_t* sidText = nullptr;
    if (!::ConvertSidToStringSidW(sid, &sidText))
        return {};
    std::string key = toUtf8(sidText);
    ::LocalFree(sidText);
    if (const auto it = m_accounts.find(key); it != m_accounts.end())
        return it->second;
    // LookupAccountSid may ask a domain controller: once per SID, never per snapshot.
    wchar_t name[256], domain[256];
    DWORD nameSize = 256, domainSize = 256;
    SID_NAME_USE use;
    std::string account
        = ::LookupAccountSidW(nullptr, sid, name, &nameSize, domain, &domainSize, &use) ? toUtf8(name) : key;
    m_accounts.emplace(std::move(key), account);
    return account;
}

ProcessInfoPtr ProcessResolver::withServices(const ProcessInfoPtr& info, const ServiceMap& services)
{
    const auto& names = services.servicesOf(info->pid);
    if (names == info->services)
        return info;
    auto copy = std::make_shared<ProcessInfo>(*info); // published infos are immutable
    copy->services = names;
    return copy;
}

ProcessResolver::Result ProcessResolver::lookup(std::uint32_t pid, const ServiceMap& services)
{
    if (const auto it = m_thisSnapshot.find(pid); it != m_thisSnapshot.end())
        return it->second;
    ++m_stats.lookups;
    Result result;
    if (pid == 0 || pid == 4) {
        // Not processes one can open: PID 0 owns TIME_WAIT rows, PID 4 kernel listeners (http.sys :80, SMB :445).
        static const ProcessInfoPtr idle = fixedProcess(0, "System Idle Process");
        static const ProcessInfoPtr system = fixedProcess(4, "System");
        result = { pid == 0 ? idle : system, OwnerStatus::Kernel };
        m_thisSnapshot.emplace(pid, result);
        return result;
    }

    Handle process { ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid) };
    if (!process.handle) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_INVALID_PARAMETER) { // no such process: it exited after the table was read
            ++m_stats.gone;
            m_cache.erase(pid);
            m_thisSnapshot.emplace(pid, result);
            return result;
        }
        ++m_stats.denied;
        const std::string* name = toolhelpName(pid);
        // Known by pid and name, just not by path or account: Resolved. Not even a name: AccessDenied.
        result.status = name ? OwnerStatus::Resolved : OwnerStatus::AccessDenied;
        auto& entry = m_cache[pid];
        const auto& hosted = services.servicesOf(pid);
        // No creation time without a handle, so the entry is re-checked every snapshot (toolhelp name and
        // services); the same info object is kept while they match, so the models see no change.
        if (!entry.info || !entry.info->accessDenied || entry.info->name != (name ? *name : std::string())
            || entry.info->services != hosted) {
            auto info = std::make_shared<ProcessInfo>();
            info->pid = pid;
            info->accessDenied = true;
            info->services = hosted;
            if (name)
                info->name = *name;
            entry.info = std::move(info);
            entry.creationTime = 0;
        }
        entry.seenIn = m_generation;
        result.info = entry.info;
        m_thisSnapshot.emplace(pid, result);
        return result;
    }

    // A process object outlives the process while anyone holds a handle to it (Wine keeps exited children's
    // around too), so an open that succeeds does not mean it still runs.
    DWORD exitCode = 0;
    if (::GetExitCodeProcess(process.handle, &exitCode) && exitCode != STILL_ACTIVE) {
        ++m_stats.gone;
        m_cache.erase(pid);
        m_thisSnapshot.emplace(pid, result);
        return result;
    }

    FILETIME creation {}, exitTime {}, kernel {}, user {};
    std::uint64_t creationTime = 0;
    if (::GetProcessTimes(process.handle, &creation, &exitTime, &kernel, &user))
        creationTime = (std::uint64_t(creation.dwHighDateTime) << 32) | creation.dwLowDateTime;

    auto& entry = m_cache[pid];
    if (entry.info && entry.creationTime == creationTime && creationTime != 0) {
        ++m_stats.cacheHits;
        entry.info = withServices(entry.info, services);
    } else {
        auto info = std::make_shared<ProcessInfo>();
        info->pid = pid;
        info->startTime = creationTime;
        std::wstring path(32768, L'\0'); // the longest path QueryFullProcessImageNameW can return
        DWORD length = static_cast<DWORD>(path.size());
        ++m_stats.imageReads;
        if (::QueryFullProcessImageNameW(process.handle, 0, path.data(), &length)) {
            path.resize(length);
            info->executablePath = toUtf8(path);
            info->name = baseName(info->executablePath);
        } else {
            log::engine()->debug("QueryFullProcessImageName({}): {}", pid, win32ErrorText(::GetLastError()));
            if (const auto* name = toolhelpName(pid))
                info->name = *name;
        }
        info->user = accountName(process.handle);
        info->services = services.servicesOf(pid);
        entry.info = std::move(info);
        entry.creationTime = creationTime;
    }
    entry.seenIn = m_generation;
    result = { entry.info, OwnerStatus::Resolved };
    m_thisSnapshot.emplace(pid, result);
    return result;
}

} // namespace portolan::windows_backend
