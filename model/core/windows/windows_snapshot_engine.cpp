#include "../logging.h"
#include "../snapshot_engine.h"
#include "process_resolver.h"
#include "service_map.h"
#include "socket_tables.h"
#include "win_text.h"

#include <windows.h>

#include <chrono>
#include <iterator>

namespace portolan {

namespace {

using namespace windows_backend;

struct Table
{
    Family family;
    Protocol protocol;
};
constexpr Table kTables[] = {
    { Family::IPv4, Protocol::Tcp },
    { Family::IPv6, Protocol::Tcp },
    { Family::IPv4, Protocol::Udp },
    { Family::IPv6, Protocol::Udp },
};

std::string hostName()
{
    wchar_t buffer[256] {};
    DWORD size = 256;
    if (!::GetComputerNameExW(ComputerNameDnsHostname, buffer, &size))
        return {};
    return toUtf8(std::wstring_view(buffer, size));
}

// TIME_WAIT and the other closing states have no process any more; Windows reports PID 0 for them.
bool isOrphanState(SocketState state)
{
    return state == SocketState::TimeWait || state == SocketState::Closed || state == SocketState::DeleteTcb;
}

class WindowsSnapshotEngine final : public SnapshotEngine
{
public:
    explicit WindowsSnapshotEngine(EngineOptions options)
        : m_options(std::move(options))
        , m_hostname(hostName())
    { }

    Snapshot take() override
    {
        const auto start = std::chrono::steady_clock::now();
        Snapshot snapshot;
        snapshot.meta.os = "windows";
        snapshot.meta.format = "iphlpapi";
        snapshot.meta.hostname = m_hostname;
        snapshot.meta.capturedAtMs
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
        snapshot.endpoints.reserve(m_lastCount + m_lastCount / 8 + 64);

        std::size_t failedTables = 0;
        for (const auto& table : kTables) {
            std::string error;
            auto& lastError = m_lastErrors[&table - kTables];
            if (!m_tables.read(table.protocol, table.family, TableClass::OwnerPid, snapshot.endpoints, error)) {
                ++failedTables;
                if (error != lastError) // once per cause, not at every refresh (issue #14)
                    log::engine()->warn("{}", error);
                snapshot.meta.warnings.push_back(error);
            } else if (!lastError.empty()) {
                log::engine()->info("socket table readable again (was: {})", lastError);
            }
            lastError = error;
        }
        if (failedTables == std::size(kTables)) {
            snapshot.meta.failure = "no socket table could be read";
            for (const auto& warning : snapshot.meta.warnings)
                snapshot.meta.failure += "; " + warning;
            return snapshot;
        }
        const bool underWine = wineVersion().has_value();
        std::size_t wineZeroPids = 0;
        for (auto& e : snapshot.endpoints) {
            if (e.pid == 4 || (e.pid == 0 && (isOrphanState(e.state) || !underWine)))
                e.ownerStatus = OwnerStatus::Kernel;
            else if (e.pid == 0) // Wine 8.0: an owner it could not trace (README "Wine gaps")
                ++wineZeroPids;
            else if (!m_options.resolveOwners)
                e.ownerStatus = OwnerStatus::Resolved; // the pid is known even without the process lookup
        }
        if (wineZeroPids)
            snapshot.meta.warnings.push_back(std::to_string(wineZeroPids) + " sockets without an owner: Wine "
                + *wineVersion()
                + " reports PID 0 for sockets it cannot trace to a Wine process (non-Wine processes, IPv6 TCP, "
                  "accepted sockets, sockets only bound or listened on)");
        if (m_options.resolveOwners)
            resolveOwners(snapshot);

        m_lastCount = snapshot.endpoints.size();
        snapshot.meta.durationUs
            = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
        return snapshot;
    }

private:
    void resolveOwners(Snapshot& snapshot)
    {
        std::string error;
        if (!m_services.refreshIfStale(error)) {
            log::engine()->warn("services: {}", error);
            snapshot.meta.warnings.push_back("services not shown: " + error);
        }
        m_processes.beginSnapshot();
        for (auto& e : snapshot.endpoints) {
            if (e.pid == 0 && e.ownerStatus != OwnerStatus::Kernel)
                continue; // Wine's unknown owner: stays Unknown
            const auto result = m_processes.lookup(e.pid, m_services);
            e.ownerStatus = result.status;
            if (result.info)
                snapshot.processes.try_emplace(e.pid, result.info);
        }
        m_processes.endSnapshot();
        const auto& stats = m_processes.lastStats();
        log::engine()->debug("owners: {} processes, {} cached, {} image reads, {} denied, {} gone", stats.lookups,
            stats.cacheHits, stats.imageReads, stats.denied, stats.gone);
        if (stats.denied)
            snapshot.meta.warnings.push_back(
                std::to_string(stats.denied) + " processes could not be opened (run elevated to see their paths)");
    }

    EngineOptions m_options;
    SocketTableReader m_tables;
    ServiceMap m_services;
    ProcessResolver m_processes;
    std::string m_hostname;
    std::size_t m_lastCount = 0;
    std::string m_lastErrors[4]; // per table of kTables, "" when it read
};

} // namespace

std::unique_ptr<SnapshotEngine> createPlatformEngine(const EngineOptions& options)
{
    return std::make_unique<WindowsSnapshotEngine>(options);
}

} // namespace portolan
