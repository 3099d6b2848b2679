// Rows measured on the real app as a person runs it (offscreen, all views and docks open, refreshing every
// second): resident memory per endpoint, and the CPU an idle refresh costs.

#include "bench_rows.h"
#include "bench_support.h"

#include <chrono>
#include <cstdio>
#include <thread>

namespace portolan::bench {

namespace {

void sleepSeconds(int seconds)
{
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
}

} // namespace

void memoryRows(std::vector<Row>& rows, int sockets)
{
    // The app's own size first, on this machine's few sockets; then the same app over the crowd.
    long baseKb = 0, baseEndpoints = 0;
    {
        LiveApp app;
        baseEndpoints = app.waitForSnapshot(0, 30000);
        sleepSeconds(5);
        baseKb = app.residentKb();
    }
    Crowd crowd(sockets, 0.0);
    LiveApp app;
    const long endpoints = app.waitForSnapshot(sockets, 120000);
    if (endpoints < 0 || baseEndpoints < 0) {
        std::fprintf(stderr, "bench: the app did not show the crowd\n");
        return;
    }
    sleepSeconds(8); // a few refreshes: steady state, freed memory returned
    const double n = double(endpoints - baseEndpoints);
    const double perEndpoint = double(app.residentKb() - baseKb) * 1024.0 / n;
    const double peakPerEndpoint = double(app.peakResidentKb() - baseKb) * 1024.0 / n;
    const std::string label = std::to_string(sockets) + " sockets, all views open";
    rows.push_back({ "resident bytes per endpoint (RSS delta of the live app), " + label, perEndpoint, 300,
        "target (issue #7)", "B" });
    rows.push_back({ "peak resident bytes per endpoint (VmHWM delta, during a refresh), " + label, peakPerEndpoint, 300,
        "target (issue #7)", "B" });
}

void idleRows(std::vector<Row>& rows, int sockets)
{
    Crowd crowd(sockets, 0.0, 0); // unchanged: no churn, no TIME_WAIT rows expiring
    LiveApp app;
    if (app.waitForSnapshot(sockets, 60000) < 0) {
        std::fprintf(stderr, "bench: the app did not show the crowd\n");
        return;
    }
    sleepSeconds(5);
    constexpr int kSeconds = 30;
    const double appStart = app.cpuSeconds();
    sleepSeconds(kSeconds);
    const double appPercent = (app.cpuSeconds() - appStart) * 100.0 / kSeconds;

    // What an admin runs instead: `watch -n1 ss -tuanp`.
    const double ssStart = childrenCpuSeconds();
    const double wallStart = nowMs();
    for (int i = 0; i < kSeconds; ++i) {
        std::system("ss -tuanp > /dev/null 2>&1");
        const double next = wallStart + 1000.0 * (i + 1);
        if (const double wait = next - nowMs(); wait > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(wait)));
    }
    const double ssPercent = (childrenCpuSeconds() - ssStart) * 100.0 / kSeconds;
    rows.push_back({ "idle refresh every second, CPU of one core, " + std::to_string(sockets) + " unchanged sockets",
        appPercent, ssPercent, "ss -tuanp every second", "%" });
}

} // namespace portolan::bench
