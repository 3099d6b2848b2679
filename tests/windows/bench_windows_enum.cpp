// How long enumerating and attributing N UDP sockets takes (run under Wine by hand or by
// run-wine-tests.sh --bench). Wine's iphlpapi looks up the owner of every UDP row by reading /proc/PID/fd of
// every Wine process, three times per call once the table exceeds 64 rows (platform-apis.md §4.1): the numbers
// below show that cost as it is.
//
//   bench_windows_enum.exe [N ...]        default: 500 2500
//
// Columns, milliseconds, median of 5 runs (1 run when it takes over 2 s):
//   udp4 owner-pid  GetExtendedUdpTable(UDP_TABLE_OWNER_PID, AF_INET) alone (Wine's owner lookup included)
//   udp4 basic      GetExtendedUdpTable(UDP_TABLE_BASIC, AF_INET): no owner column
//   attrib cold     our attribution alone over those rows: a new ProcessResolver and a service list read
//   attrib warm     the same with the caches of the previous snapshot (the steady state)
//   engine, no own  the engine's take() over all four tables without our attribution (resolveOwners = false)
//   engine, owners  take() with attribution, caches warm
// The service list is read once before timing: it can start Wine's on-demand services, whose processes Wine's
// owner lookup then also scans.

#include "core/logging.h"
#include "core/snapshot_engine.h"
#include "core/windows/process_resolver.h"
#include "core/windows/service_map.h"
#include "core/windows/socket_tables.h"
#include "core/windows/win_text.h"
#include "test_support.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace portolan;
using namespace portolan::wintest;
using Clock = std::chrono::steady_clock;

namespace {

double milliseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// Median of 5 runs; a run slower than 2 s is reported alone (at 2,500 sockets one Wine call takes tens of seconds).
double median(const std::function<void()>& run, int repeats = 5)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        run();
        times.push_back(milliseconds(Clock::now() - start));
        if (times.back() > 2000)
            break;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    WinsockSession winsock;
    log::setLevel("warn");
    std::vector<int> counts;
    for (int i = 1; i < argc; ++i)
        counts.push_back(std::atoi(argv[i]));
    if (counts.empty())
        counts = { 500, 2500 };

    const auto& wine = windows_backend::wineVersion();
    std::printf("Portolan Windows enumeration benchmark (%s)\n", wine ? ("Wine " + *wine).c_str() : "Windows");
    std::printf("%7s %9s %15s %11s %12s %12s %15s %15s\n", "sockets", "udp4 rows", "udp4 owner-pid", "udp4 basic",
        "attrib cold", "attrib warm", "engine, no own", "engine, owners");
    {
        std::vector<windows_backend::ServiceEntry> services;
        std::string error;
        windows_backend::enumerateServices(services, error);
    }

    for (const int n : counts) {
        std::vector<Socket> sockets;
        sockets.reserve(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            std::string error;
            sockets.push_back(udpSocket(Family::IPv4, error));
            if (!sockets.back().valid()) {
                std::fprintf(stderr, "socket %d: %s\n", i, error.c_str());
                return 1;
            }
            // As a real application would have: without it Wine finds no owner and scans every fd in vain.
            attachToProcessForWine(sockets.back(), true);
        }

        windows_backend::SocketTableReader reader;
        std::vector<Endpoint> rows;
        std::string error;
        const double ownerPid = median([&] {
            rows.clear();
            if (!reader.read(Protocol::Udp, Family::IPv4, windows_backend::TableClass::OwnerPid, rows, error))
                std::fprintf(stderr, "%s\n", error.c_str());
        });
        const std::size_t udpRows = rows.size();
        const double basic = median([&] {
            rows.clear();
            reader.read(Protocol::Udp, Family::IPv4, windows_backend::TableClass::Basic, rows, error);
        });
        // Attribution alone, over the rows just read, the way the engine does it.
        const auto attribute = [&](windows_backend::ProcessResolver& resolver, windows_backend::ServiceMap& map) {
            map.refreshIfStale(error);
            resolver.beginSnapshot();
            for (const auto& e : rows)
                resolver.lookup(e.pid, map);
            resolver.endSnapshot();
        };
        rows.clear();
        reader.read(Protocol::Udp, Family::IPv4, windows_backend::TableClass::OwnerPid, rows, error);
        const double attributionCold = median([&] {
            windows_backend::ProcessResolver resolver;
            windows_backend::ServiceMap map;
            attribute(resolver, map);
        });
        windows_backend::ProcessResolver warmResolver;
        windows_backend::ServiceMap warmMap;
        attribute(warmResolver, warmMap);
        const double attributionWarm = median([&] { attribute(warmResolver, warmMap); });

        EngineOptions bare;
        bare.resolveOwners = false;
        auto bareEngine = createPlatformEngine(bare);
        const double noOwners = median([&] { bareEngine->take(); });
        auto engine = createPlatformEngine();
        engine->take(); // warm its caches
        const double owners = median([&] { engine->take(); });

        std::printf("%7d %9zu %15.1f %11.1f %12.2f %12.2f %15.1f %15.1f\n", n, udpRows, ownerPid, basic,
            attributionCold, attributionWarm, noOwners, owners);
        std::fflush(stdout);
    }
    return 0;
}
