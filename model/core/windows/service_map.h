#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace portolan::windows_backend {

// One running Win32 service as the Service Control Manager reports it.
struct ServiceEntry
{
    std::string name; // "Dnscache"
    std::string displayName; // "DNS Client"
    std::uint32_t pid = 0; // 0 when stopped
};

// Lists services with EnumServicesStatusExW(SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL). Returns
// false with `error` set when the SCM cannot be opened or the call fails.
bool enumerateServices(std::vector<ServiceEntry>& out, std::string& error);

// PID -> hosted service names (svchost shares one PID across many), the way `netstat -b` shows them. The SCM
// round trip costs milliseconds, so the map is refreshed at most once per `maxAge` however often the engine
// takes snapshots; a service started in between shows up on the next refresh.
class ServiceMap
{
public:
    explicit ServiceMap(std::chrono::milliseconds maxAge = std::chrono::seconds(5));

    // Refreshes when older than maxAge. Returns false (keeping the previous map) when enumeration failed.
    bool refreshIfStale(std::string& error);
    // Sorted service names for `pid`; empty when it hosts none.
    const std::vector<std::string>& servicesOf(std::uint32_t pid) const;
    const std::unordered_map<std::uint32_t, std::vector<std::string>>& byPid() const { return m_byPid; }
    std::size_t processCount() const { return m_byPid.size(); }
    unsigned refreshCount() const { return m_refreshes; }

private:
    std::chrono::milliseconds m_maxAge;
    std::chrono::steady_clock::time_point m_refreshedAt {};
    bool m_valid = false;
    unsigned m_refreshes = 0;
    std::unordered_map<std::uint32_t, std::vector<std::string>> m_byPid;
};

} // namespace portolan::windows_backend
