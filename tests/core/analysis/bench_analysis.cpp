// portolan-bench-analysis: histogram and exhaustion compute times on synthetic busy servers, against naive
// std::map/std::set implementations of the same figures in the same process. Prints a markdown table.
//
//   portolan-bench-analysis [runs]      (default 15; the median is reported)

#include "core/analysis/analysis_fixtures.h"
#include "core/analysis/exhaustion.h"
#include "core/analysis/port_histogram.h"
#include "core/analysis/socket_pool.h"
#include "core/logging.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <vector>

using namespace portolan;
using namespace portolan::analysis;

namespace {

double medianMs(int runs, const std::function<std::uint64_t()>& work, std::uint64_t& sink)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        sink += work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

using OwnerKey = std::pair<int, std::uint32_t>; // kind, pid

OwnerKey ownerKey(const Endpoint& e)
{
    const auto kind = ownerKindOf(e);
    return { static_cast<int>(kind), kind == OwnerKind::Process ? e.pid : 0 };
}

// The obvious implementation: a map of maps, bucket -> owner -> count, then top K from a map of totals.
std::uint64_t naiveHistogram(const Snapshot& s, const HistogramOptions& o)
{
    std::map<std::uint32_t, std::map<OwnerKey, std::uint32_t>> perBucket;
    std::map<OwnerKey, std::uint64_t> totals;
    for (const auto& e : s.endpoints) {
        if (!o.filter.matches(e))
            continue;
        const auto key = ownerKey(e);
        ++perBucket[e.localPort / o.bucketSize][key];
        ++totals[key];
    }
    std::vector<std::pair<std::uint64_t, OwnerKey>> processes;
    for (const auto& [key, total] : totals)
        if (key.first == static_cast<int>(OwnerKind::Process))
            processes.push_back({ total, key });
    std::sort(processes.begin(), processes.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.second < b.second.second;
    });
    std::set<OwnerKey> top;
    for (std::size_t i = 0; i < std::min(o.topProcesses, processes.size()); ++i)
        top.insert(processes[i].second);
    std::map<std::string, std::vector<std::uint32_t>> rows; // label -> counts
    for (const auto& [bucket, owners] : perBucket)
        for (const auto& [key, count] : owners) {
            const std::string label = key.first != static_cast<int>(OwnerKind::Process)
                ? std::string(ownerKindLabel(static_cast<OwnerKind>(key.first)))
                : top.count(key) ? std::to_string(key.second)
                                 : "[other]";
            auto& row = rows[label];
            row.resize(kPortSpace / o.bucketSize, 0);
            row[bucket] += count;
        }
    std::uint64_t check = 0;
    for (const auto& [label, row] : rows)
        for (auto c : row)
            check += c;
    return check;
}

// Sets per (range, owner), a set of used ports per range, maps for listeners and remote endpoints.
std::uint64_t naiveExhaustion(const Snapshot& s, const MachinePortConfig& config)
{
    std::set<std::uint16_t> reserved;
    for (const auto& r : config.reserved)
        for (std::uint32_t p = r.first; p <= r.last; ++p)
            reserved.insert(static_cast<std::uint16_t>(p));
    std::map<std::pair<int, int>, std::set<std::uint16_t>> used;
    std::map<std::tuple<int, int, OwnerKey>, std::set<std::uint16_t>> perOwner;
    std::map<std::uint16_t, std::uint32_t> listeners;
    std::map<std::tuple<int, IpAddress, std::uint16_t>, std::uint32_t> remotes;
    std::vector<const Endpoint*> timeWait;
    for (const auto& e : s.endpoints) {
        if (e.protocol == Protocol::Tcp && e.state == SocketState::Listen && e.ownerStatus == OwnerStatus::Resolved)
            listeners.emplace(e.localPort, e.pid);
        if (e.protocol == Protocol::Tcp && e.state == SocketState::TimeWait)
            timeWait.push_back(&e);
        const auto* d = config.dynamicRange(e.protocol, e.family());
        if (!d || !d->range.contains(e.localPort) || reserved.count(e.localPort))
            continue;
        const std::pair<int, int> group { int(e.protocol), int(e.family()) };
        used[group].insert(e.localPort);
        perOwner[{ group.first, group.second, ownerKey(e) }].insert(e.localPort);
        if (e.remotePort && e.state != SocketState::Listen)
            ++remotes[{ int(e.protocol), e.remoteAddress, e.remotePort }];
    }
    std::map<std::uint32_t, std::uint32_t> timeWaitByPid;
    for (const auto* e : timeWait) {
        auto it = listeners.find(e->localPort);
        ++timeWaitByPid[it == listeners.end() ? 0 : it->second];
    }
    std::vector<std::pair<std::uint32_t, std::tuple<int, IpAddress, std::uint16_t>>> byCount;
    for (const auto& [key, n] : remotes)
        byCount.push_back({ n, key });
    std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::uint64_t check = byCount.size() + timeWaitByPid.size();
    for (const auto& [g, ports] : used)
        check += ports.size();
    for (const auto& [k, ports] : perOwner)
        check += ports.size();
    return check;
}

} // namespace

int main(int argc, char** argv)
{
    log::setLevel("warn");
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    const auto config = test::uniformConfig({ 49152, 65535 }, { { 50000, 50099 }, { 8080, 8080 } });
    std::uint64_t sink = 0;

    std::printf("Median of %d runs, milliseconds. Synthetic server: 300 processes, a DNS-style UDP pool (25 %% of the\n"
                "rows), listeners, outbound connections, TIME_WAIT, rows without owner. Histogram: 256-port buckets,\n"
                "top 8 processes, no filter.\n\n",
        runs);
    std::printf("| Endpoints | Computation | Portolan (ms) | Naive std::map/std::set (ms) | Speed-up |\n");
    std::printf("|---:|---|---:|---:|---:|\n");
    for (std::size_t n : { std::size_t(10000), std::size_t(100000) }) {
        const Snapshot s = test::syntheticServer(n, 300, 42);
        HistogramOptions options;
        options.bucketSize = 256;
        options.topProcesses = 8;

        // Same totals from both, or the comparison means nothing.
        const auto h = buildPortHistogram(s, options);
        if (h.endpointsCounted != naiveHistogram(s, options)) {
            std::fprintf(stderr, "histogram mismatch at %zu endpoints\n", n);
            return 1;
        }
        const double hist = medianMs(
            runs, [&] { return buildPortHistogram(s, options).endpointsCounted; }, sink);
        const double histNaive = medianMs(
            runs, [&] { return naiveHistogram(s, options); }, sink);
        std::printf("| %zu | histogram | %.3f | %.3f | %.1fx |\n", n, hist, histNaive, histNaive / hist);

        const double ex = medianMs(
            runs, [&] { return computeExhaustion(s, config).timeWaitTotal; }, sink);
        const double exNaive = medianMs(
            runs, [&] { return naiveExhaustion(s, config); }, sink);
        std::printf("| %zu | exhaustion | %.3f | %.3f | %.1fx |\n", n, ex, exNaive, exNaive / ex);

        const double pools = medianMs(
            runs, [&] { return detectSocketPools(s, config).size(); }, sink);
        std::printf("| %zu | socket pools | %.3f | - | - |\n", n, pools);
    }
    std::printf("\n(checksum %llu)\n", static_cast<unsigned long long>(sink));
    return 0;
}
