#include "service_map.h"

#include "../logging.h"
#include "win_text.h"

#include <windows.h>

#include <algorithm>

namespace portolan::windows_backend {

namespace {
struct ScHandle
{
    SC_HANDLE handle = nullptr;
    ~ScHandle()
    {
        if (handle)
            ::CloseServiceHandle(handle);
    }
};
} // namespace

bool enumerateServices(std::vector<ServiceEntry>& out, std::string& error)
{
    ScHandle scm { ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ENUMERATE_SERVICE) };
    if (!scm.handle) {
        error = "OpenSCManager: " + win32ErrorText(::GetLastError());
        return false;
    }
    // 64 KiB holds a typical desktop's ~300 services in one call. The loop does not assume one retry: on
    // ERROR_MORE_DATA Wine reports twice the bytes it needs (sechost/service.c:1172), Windows the remainder.
    std::vector<std::uint64_t> buffer(64 * 1024 / sizeof(std::uint64_t));
    DWORD resume = 0;
    for (int round = 0; round < 64; ++round) {
        DWORD needed = 0, returned = 0;
        const DWORD bytes = static_cast<DWORD>(buffer.size() * sizeof(std::uint64_t));
        const BOOL ok = ::EnumServicesStatusExW(scm.handle, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL,
            reinterpret_cast<BYTE*>(buffer.data()), bytes, &needed, &returned, &resume, nullptr);
        const DWORD lastError = ok ? ERROR_SUCCESS : ::GetLastError();
        if (!ok && lastError != ERROR_MORE_DATA) {
            error = "EnumServicesStatusEx: " + win32ErrorText(lastError);
            return false;
        }
        const auto* entries = reinterpret_cast<const ENUM_SERVICE_STATUS_PROCESSW*>(buffer.data());
        for (DWORD i = 0; i < returned; ++i) {
            ServiceEntry entry;
            entry.name = toUtf8(entries[i].lpServiceName ? entries[i].lpServiceName : L"");
            entry.displayName = toUtf8(entries[i].lpDisplayName ? entries[i].lpDisplayName : L"");
            entry.pid = entries[i].ServiceStatusProcess.dwProcessId;
            out.push_back(std::move(entry));
        }
        if (ok)
            return true;
        // More to come from `resume`; grow only when not even one more entry fitted.
        if (returned == 0 && needed > bytes)
            buffer.resize(needed / sizeof(std::uint64_t) + 1);
    }
    error = "EnumServicesStatusEx: the service list kept changing";
    return false;
}

ServiceMap::ServiceMap(std::chrono::milliseconds maxAge)
    : m_maxAge(maxAge)
{ }

bool ServiceMap::refreshIfStale(std::string& error)
{
    const auto now = std::chrono::steady_clock::now();
    if (m_valid && now - m_refreshedAt < m_maxAge)
        return true;
    std::vector<ServiceEntry> services;
    if (!enumerateServices(services, error)) {
        // Keep the old map; retry at the next interval rather than on every snapshot.
        m_refreshedAt = now;
        return false;
    }
    m_byPid.clear();
    for (auto& service : services)
        if (service.pid != 0)
            m_byPid[service.pid].push_back(std::move(service.name));
    for (auto& [pid, names] : m_byPid)
        std::sort(names.begin(), names.end());
    m_refreshedAt = now;
    m_valid = true;
    ++m_refreshes;
    log::engine()->debug("services: {} running in {} processes", services.size(), m_byPid.size());
    return true;
}

const std::vector<std::string>& ServiceMap::servicesOf(std::uint32_t pid) const
{
    static const std::vector<std::string> none;
    const auto it = m_byPid.find(pid);
    return it == m_byPid.end() ? none : it->second;
}

} // namespace portolan::windows_backend
