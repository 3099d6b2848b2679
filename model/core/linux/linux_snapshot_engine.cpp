#include "../logging.h"
#include "../proc_net_parser.h"
#include "../snapshot_engine.h"
#include "netlink_sock_diag.h"
#include "socket_owner_resolver.h"

#include <chrono>
#include <fstream>
#include <unistd.h>

namespace portolan {

namespace {

using namespace linux_backend;

struct Table
{
    Family family;
    Protocol protocol;
    const char* procFile;
};
constexpr Table kTables[] = {
    { Family::IPv4, Protocol::Tcp, "tcp" },
    { Family::IPv6, Protocol::Tcp, "tcp6" },
    { Family::IPv4, Protocol::Udp, "udp" },
    { Family::IPv6, Protocol::Udp, "udp6" },
};

// Reads /proc/net/<name> (the reading process's network namespace). Missing files (no IPv6) are not errors.
bool readProcNet(const std::string& procRoot, const Table& table, std::vector<Endpoint>& out, std::string& error)
{
    const std::string path = procRoot + "/net/" + table.procFile;
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot open";
        return false;
    }
    std::string line;
    std::getline(in, line); // header
    std::size_t lineNumber = 1;
    while (std::getline(in, line)) {
        ++lineNumber;
        Endpoint e;
        const auto problem = parseProcNetLine(line, table.protocol, e);
        if (!problem.empty()) {
            log::engine()->warn("{}:{}: {}", path, lineNumber, problem);
            continue;
        }
        out.push_back(e);
    }
    return true;
}

std::string hostName()
{
    char buffer[256] {};
    if (::gethostname(buffer, sizeof buffer - 1) != 0)
        return {};
    return buffer;
}

class LinuxSnapshotEngine final : public SnapshotEngine
{
public:
    explicit LinuxSnapshotEngine(EngineOptions options)
        : m_options(std::move(options))
        , m_netlink(m_options.netlinkReceive)
        , m_resolver(m_options.procRoot)
        , m_hostname(hostName())
    { }

    Snapshot take() override
    {
        const auto start = std::chrono::steady_clock::now();
        Snapshot snapshot;
        snapshot.meta.os = "linux";
        snapshot.meta.hostname = m_hostname;
        snapshot.meta.capturedAtMs
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
        snapshot.endpoints.reserve(m_lastCount + m_lastCount / 8 + 64);

        bool anyNetlink = false, anyProcfs = false;
        for (const auto& table : kTables) {
            std::string error;
            if (!m_options.forceProcfs && m_netlink.dump(table.family, table.protocol, snapshot.endpoints, error)) {
                anyNetlink = true;
                continue;
            }
            if (!m_options.forceProcfs && !m_warned[&table - kTables]) {
                log::engine()->warn("{}{}: {}; falling back to /proc/net/{}", protocolName(table.protocol),
                    table.family == Family::IPv4 ? "v4" : "v6", error, table.procFile);
                m_warned[&table - kTables] = true;
            }
            std::string procError;
            if (readProcNet(m_options.procRoot, table, snapshot.endpoints, procError)) {
                anyProcfs = true;
            } else if (table.family == Family::IPv4) {
                snapshot.meta.warnings.push_back(procError);
            }
            if (!m_options.forceProcfs && !error.empty())
                snapshot.meta.warnings.push_back(error);
        }
        snapshot.meta.format = anyNetlink && anyProcfs ? "netlink+procfs" : anyNetlink ? "netlink" : "procfs";
        if (!anyNetlink && !anyProcfs) {
            // Every table failed both ways: an empty table here would read as "every socket closed".
            snapshot.meta.failure = "no socket table could be read";
            for (const auto& warning : snapshot.meta.warnings)
                snapshot.meta.failure += "; " + warning;
            snapshot.meta.durationUs
                = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start)
                      .count();
            return snapshot;
        }

        for (auto& e : snapshot.endpoints)
            if (e.state == SocketState::TimeWait)
                e.uid = Endpoint::kNoUid; // time-wait sockets report uid 0, which would read as "root"

        if (m_options.resolveOwners) {
            m_resolver.resolve(snapshot.endpoints, snapshot.processes);
            const auto& stats = m_resolver.lastStats();
            log::engine()->debug("owners: {} processes listed, {} fd tables read ({} fds){}", stats.processesListed,
                stats.processesScanned, stats.fdsRead, stats.fullScan ? ", full pass" : "");
            if (stats.permissionGaps)
                snapshot.meta.warnings.push_back("some processes' sockets are not visible without root");
        }
        for (const auto& e : snapshot.endpoints)
            if (e.uid != Endpoint::kNoUid && !snapshot.userNames.contains(e.uid))
                snapshot.userNames.emplace(e.uid, m_resolver.userName(e.uid));

        m_lastCount = snapshot.endpoints.size();
        snapshot.meta.durationUs
            = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
        return snapshot;
    }

private:
    EngineOptions m_options;
    NetlinkSockDiag m_netlink;
    SocketOwnerResolver m_resolver;
    std::string m_hostname;
    std::size_t m_lastCount = 0;
    bool m_warned[4] {};
};

} // namespace

std::unique_ptr<SnapshotEngine> createPlatformEngine(const EngineOptions& options)
{
    return std::make_unique<LinuxSnapshotEngine>(options);
}

} // namespace portolan
