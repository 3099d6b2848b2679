#include "bench_support.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <signal.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace portolan::bench {

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

double childrenCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Crowd::Crowd(int udp, double churnPercent, int timeWait)
{
    // The generator puts at most 19,000 sockets in one process (the fd limit here is 20,000) and 64,512 ports
    // on one address; its --churn is per process.
    const int processes = (udp + 18999) / 19000;
    const int addresses = (udp + 49999) / 50000;
    const int churn = churnPercent > 0 ? std::max(1, int(udp * churnPercent / 100.0) / processes) : 0;
    std::string command = std::string(PORTOLAN_CROWD) + " --udp " + std::to_string(udp) + " --tcp 200 --time-wait "
        + std::to_string(timeWait) + " --range 1024-65535 --name dns.exe --addresses " + std::to_string(addresses);
    if (churn)
        command += " --churn " + std::to_string(churn);
    m_pipe = ::popen(command.c_str(), "r");
    char line[4096] {};
    if (!m_pipe || !std::fgets(line, sizeof line, m_pipe) || std::string(line).rfind("ready", 0) != 0) {
        std::fprintf(stderr, "bench: the crowd generator did not start\n");
        std::exit(2);
    }
}

Crowd::~Crowd()
{
    // The generator's parent is the shell's child; its children die with it (PR_SET_PDEATHSIG).
    std::system("pkill -TERM -f 'portolan-crowd --udp' > /dev/null 2>&1");
    ::pclose(m_pipe);
    // Let the kernel finish closing 100,000 sockets before the next measurement.
    std::this_thread::sleep_for(std::chrono::seconds(2));
}

LiveApp::LiveApp()
{
    char path[] = "/tmp/portolan-bench-app-XXXXXX";
    const int fd = ::mkstemp(path);
    m_log = path;
    m_pid = ::fork();
    if (m_pid == 0) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::execl(PORTOLAN_APP, "portolan", "--log-level", "debug", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fd);
}

LiveApp::~LiveApp()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
    }
    ::unlink(m_log.c_str());
}

long LiveApp::waitForSnapshot(long minEndpoints, int timeoutMs)
{
    const double deadline = nowMs() + timeoutMs;
    while (nowMs() < deadline) {
        std::ifstream log(m_log);
        std::string line;
        long last = -1;
        // "[model] [debug] snapshot: 100602 endpoints, +0 -0 ~0, 68 ms", logged by the worker per refresh.
        while (std::getline(log, line))
            if (auto at = line.find("snapshot: "); at != std::string::npos)
                last = std::atol(line.c_str() + at + 10);
        if (last >= minEndpoints)
            return last;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return -1;
}

long LiveApp::statusField(const char* name) const
{
    std::ifstream status("/proc/" + std::to_string(m_pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(name, 0) == 0)
            return std::atol(line.c_str() + std::string(name).size());
    return 0;
}

long LiveApp::residentKb() const
{
    return statusField("VmRSS:");
}

long LiveApp::peakResidentKb() const
{
    return statusField("VmHWM:");
}

double LiveApp::cpuSeconds() const
{
    std::ifstream stat("/proc/" + std::to_string(m_pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), {});
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    std::istringstream rest(text.substr(text.rfind(')') + 2));
    std::string field;
    unsigned long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14)
            utime = std::stoul(field);
        if (i == 15)
            stime = std::stoul(field);
    }
    return double(utime + stime) / double(::sysconf(_SC_CLK_TCK));
}

} // namespace portolan::bench
