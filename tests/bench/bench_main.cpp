// portolan-bench: prints one table of measurements, each next to a baseline run in the same invocation.
//
//   portolan-bench [--sizes 2500,20000] [--gui-rows N --churn F] [--ticks 30] [--skip-live] [--no-baselines]
//
// Snapshot rows start the crowd generator (a DNS-style UDP socket pool) and time Portolan's one-shot CLI and its
// steady-state refresh against `ss -tuanp` and `ss -tuan` on the same sockets. GUI rows drive the real views on
// the offscreen platform with synthetic churn and time each refresh, against a model that resets per refresh
// behind a QSortFilterProxyModel. Timings are medians; the GUI's worst stall is the maximum over all ticks.

#include "core/snapshot_engine.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "process_tree_model.h"
#include "process_tree_view.h"
#include "reset_table_model.h"
#include "support/synthetic_snapshots.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace portolan;

namespace {

struct Row
{
    std::string measurement;
    double value;
    double baseline;
    std::string baselineName;
    std::string unit;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return 0;
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Wall time of a shell command with its output discarded, median of `runs`.
double timeCommand(const std::string& command, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = nowMs();
        if (std::system((command + " > /dev/null 2>&1").c_str()) != 0)
            std::fprintf(stderr, "bench: command failed: %s\n", command.c_str());
        times.push_back(nowMs() - start);
    }
    return median(times);
}

class Crowd
{
public:
    explicit Crowd(int udp)
    {
        const std::string command = std::string(PORTOLAN_CROWD) + " --udp " + std::to_string(udp)
            + " --tcp 200 --time-wait 200 --range 1024-65535 --name dns.exe";
        m_pipe = ::popen(command.c_str(), "r");
        char line[4096] {};
        if (!m_pipe || !std::fgets(line, sizeof line, m_pipe) || std::string(line).rfind("ready", 0) != 0) {
            std::fprintf(stderr, "bench: the crowd generator did not start\n");
            std::exit(2);
        }
        for (char* p = line + 5; *p;) {
            char* end = nullptr;
            const long pid = std::strtol(p, &end, 10);
            if (end == p)
                break;
            m_pids.push_back(static_cast<pid_t>(pid));
            p = end;
        }
    }
    ~Crowd()
    {
        // The generator's parent is the shell's child; its children die with it (PR_SET_PDEATHSIG).
        std::system("pkill -TERM -f 'portolan-crowd --udp' > /dev/null 2>&1");
        ::pclose(m_pipe);
    }

private:
    FILE* m_pipe = nullptr;
    std::vector<pid_t> m_pids;
};

void snapshotRows(std::vector<Row>& rows, int sockets)
{
    Crowd crowd(sockets);
    const std::string label = std::to_string(sockets) + " sockets";
    const double cli = timeCommand(std::string(PORTOLAN_CLI) + " snapshot", 7);
    const double ssP = timeCommand("ss -tuanp", 7);
    const double ss = timeCommand("ss -tuan", 7);
    rows.push_back({ "one-shot snapshot with owners (CLI), " + label, cli, ssP, "ss -tuanp", "ms" });
    auto engine = createPlatformEngine();
    engine->take();
    std::vector<double> times;
    for (int i = 0; i < 10; ++i) {
        const double start = nowMs();
        engine->take();
        times.push_back(nowMs() - start);
    }
    rows.push_back({ "steady-state refresh with owners, " + label, median(times), ss, "ss -tuan", "ms" });
}

struct TickStats
{
    std::vector<double> apply, stall;
};

bool g_baselines = true; // --no-baselines: for profiling Portolan's own path

enum class View { Flat, Process };

// Applies `updates` to a view and times each refresh: apply (the model's work) and stall (apply + the view's
// relayout and repaint, until the event loop is idle again).
template<typename ApplyFn> TickStats timeTicks(std::size_t ticks, ApplyFn apply)
{
    TickStats stats;
    for (std::size_t i = 1; i <= ticks; ++i) {
        const double start = nowMs();
        apply(i);
        const double applied = nowMs();
        QApplication::processEvents();
        stats.apply.push_back(applied - start);
        stats.stall.push_back(nowMs() - start);
    }
    return stats;
}

void guiRows(std::vector<Row>& rows, View viewKind, std::size_t size, double churn, int ticks, bool filtered)
{
    test::SyntheticServer server(size, churn, 5);
    std::vector<std::shared_ptr<const Snapshot>> snapshots { server.current() };
    for (int i = 0; i < ticks; ++i)
        snapshots.push_back(server.step());
    // The worker's share: diff and table update per refresh, off the GUI thread.
    TableTracker tracker;
    std::vector<TableUpdate> updates;
    std::vector<double> worker;
    for (const auto& s : snapshots) {
        const double start = nowMs();
        updates.push_back(tracker.update(s, 0));
        worker.push_back(nowMs() - start);
    }
    // A filter that keeps most rows, as a person narrowing a crowded table would.
    const RowFilter filter = filtered ? RowFilter::fromText("e") : RowFilter {};

    TickStats ours, baseline;
    if (viewKind == View::Flat) {
        EndpointTableModel model;
        EndpointTableView view;
        view.setModel(&model);
        view.sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
        model.setFilter(filter);
        view.resize(1200, 800);
        view.show();
        model.applyUpdate(updates[0]);
        QApplication::processEvents();
        view.selectionModel()->select(model.index(10, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ours = timeTicks(updates.size() - 1, [&](std::size_t i) { model.applyUpdate(updates[i]); });
    } else {
        ProcessTreeModel model;
        ProcessTreeView view;
        view.setModel(&model);
        model.setFilter(filter);
        view.resize(1200, 800);
        view.show();
        model.applyUpdate(updates[0]);
        QApplication::processEvents();
        ours = timeTicks(updates.size() - 1, [&](std::size_t i) { model.applyUpdate(updates[i]); });
    }
    if (!g_baselines) {
        baseline = ours;
    } else if (viewKind == View::Flat) {
        bench::ResetTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(EndpointTableModel::ProcessColumn);
        if (filtered)
            proxy.setFilterFixedString(QStringLiteral("e"));
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setRootIsDecorated(false);
        view.setSortingEnabled(true);
        view.setModel(&proxy);
        view.sortByColumn(EndpointTableModel::LocalPortColumn, Qt::AscendingOrder);
        view.resize(1200, 800);
        view.show();
        model.reset(snapshots[0]);
        QApplication::processEvents();
        baseline = timeTicks(snapshots.size() - 1, [&](std::size_t i) { model.reset(snapshots[i]); });
    } else {
        // The same tree model rebuilt from scratch behind a reset on every refresh.
        ProcessTreeModel model;
        ProcessTreeView view;
        view.setModel(&model);
        model.setFilter(filter);
        view.resize(1200, 800);
        view.show();
        baseline = timeTicks(snapshots.size() - 1, [&](std::size_t i) {
            model.clear();
            TableTracker fresh;
            model.applyUpdate(fresh.update(snapshots[i], 0));
        });
    }
    char label[128];
    std::snprintf(label, sizeof label, "%s view, %zu rows, %.0f %% churn, %s",
        viewKind == View::Flat ? "flat" : "process", size, churn * 100,
        viewKind == View::Flat ? (filtered ? "sorted, filtered" : "sorted") : (filtered ? "filtered" : "all"));
    const std::string baselineName = viewKind == View::Flat ? "reset per refresh + QSortFilterProxyModel"
                                                            : "same tree model, reset + rebuild per refresh";
    rows.push_back({ std::string("GUI apply per refresh, median, ") + label, median(ours.apply), median(baseline.apply),
        baselineName, "ms" });
    rows.push_back({ std::string("GUI apply per refresh, p99, ") + label, percentile(ours.apply, 0.99),
        percentile(baseline.apply, 0.99), baselineName, "ms" });
    rows.push_back(
        { std::string("GUI worst event-loop stall, ") + label, *std::max_element(ours.stall.begin(), ours.stall.end()),
            *std::max_element(baseline.stall.begin(), baseline.stall.end()), baselineName, "ms" });
    if (viewKind == View::Flat)
        rows.push_back({ std::string("worker diff + table update, median, ") + label, median(worker),
            median(baseline.apply), "GUI reset (for scale)", "ms" });
}

std::vector<int> parseSizes(const std::string& text)
{
    std::vector<int> sizes;
    for (std::size_t pos = 0; pos < text.size();) {
        auto comma = text.find(',', pos);
        sizes.push_back(std::stoi(text.substr(pos, comma - pos)));
        pos = comma == std::string::npos ? text.size() : comma + 1;
    }
    return sizes;
}

} // namespace

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::vector<int> sizes { 2500, 20000 };
    std::size_t guiSize = 0; // 0: the standard set below
    double churn = 0.05;
    int ticks = 30;
    bool live = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--sizes")
            sizes = parseSizes(next());
        else if (arg == "--gui-rows") // one size, flat and process views
            guiSize = std::stoul(next());
        else if (arg == "--churn")
            churn = std::stod(next());
        else if (arg == "--ticks")
            ticks = std::stoi(next());
        else if (arg == "--skip-live")
            live = false;
        else if (arg == "--no-baselines")
            g_baselines = false;
        else {
            std::fprintf(
                stderr, "usage: portolan-bench [--sizes N,N] [--gui-rows N] [--churn F] [--ticks N] [--skip-live]\n");
            return 2;
        }
    }

    std::vector<Row> rows;
    if (live)
        for (int size : sizes)
            snapshotRows(rows, size);
    if (guiSize) {
        guiRows(rows, View::Flat, guiSize, churn, ticks, false);
        guiRows(rows, View::Process, guiSize, churn, ticks, false);
    } else {
        // Issue #2's and #5's rows: 10k rows at 5 % churn, flat and process views; the process view at 100k.
        guiRows(rows, View::Flat, 10000, 0.05, ticks, false);
        guiRows(rows, View::Process, 10000, 0.05, ticks, false);
        guiRows(rows, View::Process, 100000, 0.05, ticks / 2, false);
        // Issue #7's: 100k rows, 1 % churn, sorted and filtered.
        guiRows(rows, View::Flat, 100000, 0.01, ticks / 2, true);
    }

    std::printf("| measurement | Portolan | baseline | baseline is | ratio |\n|---|---:|---:|---|---:|\n");
    for (const auto& r : rows)
        std::printf("| %s | %.2f %s | %.2f %s | %s | %.2f |\n", r.measurement.c_str(), r.value, r.unit.c_str(),
            r.baseline, r.unit.c_str(), r.baselineName.c_str(), r.baseline > 0 ? r.value / r.baseline : 0.0);
    return 0;
}
