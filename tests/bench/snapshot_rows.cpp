// Snapshot rows: the one-shot CLI against `ss -tuanp` (owners) and `ss -tuan` (the kernel's dump alone, the
// floor), and the app's steady-state refresh under 1 % churn per second against `ss -tuan`.

#include "bench_rows.h"
#include "bench_support.h"

#include "core/analysis/ranges_report.h"
#include "core/conflicts/catalogue_json.h"
#include "core/conflicts/findings.h"
#include "core/port_config.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"

#include <chrono>
#include <memory>
#include <thread>

namespace portolan::bench {

namespace {

// Everything the app's snapshot worker does per refresh (SnapshotWorker::takeSnapshot): snapshot with owners,
// port policy, range report, conflict findings and the table update for the GUI.
class WorkerRefresh
{
public:
    WorkerRefresh()
        : m_engine(createPlatformEngine())
        , m_findings(conflicts::loadEffectiveCatalogue())
    { }
    void operator()()
    {
        auto snapshot = std::make_shared<const Snapshot>(m_engine->take());
        const auto config = readMachinePortConfig();
        const auto ranges = analysis::buildRangesReport(*snapshot, config, {});
        conflicts::FindingOptions options;
        options.poolVerdicts = &ranges.pools;
        const auto findings = m_findings.compute(*snapshot, config, options);
        const auto update = m_tracker.update(std::move(snapshot), 0);
    }

private:
    std::unique_ptr<SnapshotEngine> m_engine;
    conflicts::FindingEngine m_findings;
    TableTracker m_tracker;
};

} // namespace

void snapshotRows(std::vector<Row>& rows, int sockets)
{
    Crowd crowd(sockets, 1.0);
    const std::string label = std::to_string(sockets) + " sockets";
    // ss -tuanp reads every process's fd table per run: about 8 s at 100,000 sockets, so fewer runs there.
    const int runs = sockets >= 50000 ? 3 : 7;
    const double cli = timeCommand(std::string(PORTOLAN_CLI) + " snapshot", runs);
    const double ssP = timeCommand("ss -tuanp", runs);
    const double ss = timeCommand("ss -tuan", 7);
    rows.push_back({ "one-shot snapshot with owners (CLI), " + label, cli, ssP, "ss -tuanp", "ms" });
    rows.push_back({ "one-shot snapshot with owners (CLI), " + label, cli, ss, "ss -tuan (no owners)", "ms" });

    WorkerRefresh refresh;
    refresh(); // the first snapshot reads every fd table; the app pays that once
    std::vector<double> times;
    for (int i = 0; i < 8; ++i) {
        // The generator churns once a second, as the app refreshes once a second.
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        const double start = nowMs();
        refresh();
        times.push_back(nowMs() - start);
    }
    rows.push_back(
        { "steady-state refresh in the app (snapshot, ranges, findings, table update), 1 % churn/s, " + label,
            median(times), ss, "ss -tuan", "ms" });
}

} // namespace portolan::bench
