// portolan-bench: prints one table of measurements, each next to a baseline run in the same invocation.
//
//   portolan-bench [--sizes 2500,20000,100000] [--gui-rows N --churn F] [--ticks 30] [--skip-live] [--skip-app]
//                  [--no-baselines]
//
// Snapshot rows start the crowd generator (a DNS-style UDP socket pool) and time Portolan's one-shot CLI and the
// app's steady-state refresh against `ss -tuanp` and `ss -tuan` on the same sockets. GUI rows drive the real
// views on the offscreen platform with synthetic churn and time each refresh, against a model that resets per
// refresh; scrolling rows time a full viewport render. App rows run the real app over the crowd for memory per
// endpoint and the CPU of an idle refresh. Timings are medians; the GUI's worst stall is the maximum over all
// ticks.

#include "bench_rows.h"

#include <QApplication>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace portolan::bench;

namespace {

std::vector<int> parseSizes(const std::string& text)
{
    std::vector<int> sizes;
    for (std::size_t pos = 0; pos < text.size();) {
        auto comma = text.find(',', pos);
        sizes.push_back(std::atoi(text.substr(pos, comma - pos).c_str()));
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
    std::vector<int> sizes { 2500, 20000, 100000 };
    std::size_t guiSize = 0; // 0: the standard set below
    double churn = 0.05;
    int ticks = 30;
    bool live = true, appRows = true, baselines = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (arg == "--sizes")
            sizes = parseSizes(next());
        else if (arg == "--gui-rows") // one size and churn, flat and process views
            guiSize = std::strtoul(next().c_str(), nullptr, 10);
        else if (arg == "--churn")
            churn = std::atof(next().c_str());
        else if (arg == "--ticks")
            ticks = std::atoi(next().c_str());
        else if (arg == "--skip-live") // no crowd generator: no snapshot or app rows
            live = false;
        else if (arg == "--skip-app")
            appRows = false;
        else if (arg == "--no-baselines") // for profiling Portolan's own path
            baselines = false;
        else {
            std::fprintf(stderr,
                "usage: portolan-bench [--sizes N,N] [--gui-rows N --churn F] [--ticks N] [--skip-live] [--skip-app] "
                "[--no-baselines]\n");
            return 2;
        }
    }

    std::vector<Row> rows;
    if (live)
        for (int size : sizes)
            snapshotRows(rows, size);
    if (guiSize) {
        guiRows(rows, View::Flat, guiSize, churn, ticks, baselines);
        guiRows(rows, View::Process, guiSize, churn, ticks, baselines);
    } else {
        // Issue #7's matrix: 10,000 and 100,000 endpoints, 1 % and 10 % churn per refresh, both views, sorted
        // and filtered.
        for (std::size_t size : { 10000, 100000 })
            for (double c : { 0.01, 0.10 })
                for (View view : { View::Flat, View::Process })
                    guiRows(rows, view, size, c, size > 10000 ? ticks / 2 : ticks, baselines);
        scrollRows(rows, 100000, baselines);
    }
    if (live && appRows) {
        memoryRows(rows, 100000);
        idleRows(rows, 10000);
    }

    std::printf("| measurement | Portolan | baseline | baseline is | ratio |\n|---|---:|---:|---|---:|\n");
    for (const auto& r : rows)
        std::printf("| %s | %.2f %s | %.2f %s | %s | %.2f |\n", r.measurement.c_str(), r.value, r.unit.c_str(),
            r.baseline, r.unit.c_str(), r.baselineName.c_str(), r.baseline > 0 ? r.value / r.baseline : 0.0);
    return 0;
}
