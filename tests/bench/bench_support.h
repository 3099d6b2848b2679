#pragma once

// What every part of portolan-bench shares: the result table's row, statistics, timing, and the crowd generator
// and the live app as child processes.

#include <string>
#include <sys/types.h>
#include <vector>

namespace portolan::bench {

struct Row
{
    std::string measurement;
    double value;
    double baseline;
    std::string baselineName;
    std::string unit;
};

double median(std::vector<double> v);
double percentile(std::vector<double> v, double p);
double nowMs();
// Wall time of a shell command with its output discarded, median of `runs`.
double timeCommand(const std::string& command, int runs);
// CPU seconds (user + system) this process's waited-for children have used so far.
double childrenCpuSeconds();

// The crowd generator holding `udp` sockets shaped like a DNS socket pool (spread over several processes and
// loopback addresses when large), plus some TCP and TIME_WAIT rows; `churnPercent` of the UDP sockets are
// closed and reopened every second.
class Crowd
{
public:
    explicit Crowd(int udp, double churnPercent = 0, int timeWait = 200);
    ~Crowd();
    Crowd(const Crowd&) = delete;
    Crowd& operator=(const Crowd&) = delete;

private:
    FILE* m_pipe = nullptr;
};

// The real GUI app (offscreen platform, debug log to a file), for the memory and idle-cost rows.
class LiveApp
{
public:
    LiveApp();
    ~LiveApp();
    LiveApp(const LiveApp&) = delete;
    LiveApp& operator=(const LiveApp&) = delete;

    // Waits until a refresh with at least `minEndpoints` endpoints was applied; returns its endpoint count, or -1
    // after `timeoutMs`.
    long waitForSnapshot(long minEndpoints, int timeoutMs);
    long residentKb() const; // VmRSS
    long peakResidentKb() const; // VmHWM
    double cpuSeconds() const; // user + system

private:
    long statusField(const char* name) const;
    pid_t m_pid = -1;
    std::string m_log;
};

} // namespace portolan::bench
