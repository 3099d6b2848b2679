#include "netns_child.h"
#include "private_netns.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <sstream>
#include <stdexcept>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace portolan::test {

namespace {

using Clock = std::chrono::steady_clock;

// Reads what is available into `buffer`; false on EOF/error or when `deadline` passes with nothing to read.
bool readSome(int fd, std::string& buffer, Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0)
        return false;
    pollfd p { fd, POLLIN, 0 };
    const int ready = ::poll(&p, 1, static_cast<int>(left));
    if (ready <= 0)
        return false;
    char chunk[65536];
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0)
        return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
    return true;
}

std::string netnsId(pid_t pid)
{
    char link[256] {};
    const std::string path = "/proc/" + std::to_string(pid) + "/ns/net";
    const ssize_t n = ::readlink(path.c_str(), link, sizeof link - 1);
    return n > 0 ? std::string(link, static_cast<std::size_t>(n)) : std::string();
}

void writeAll(int fd, const std::string& text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0)
            return;
        done += static_cast<std::size_t>(n);
    }
}

std::string sysctlPath(const std::string& key)
{
    std::string path = "/proc/sys/";
    for (char c : key)
        path.push_back(c == '.' ? '/' : c);
    return path;
}

} // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv)
{
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    m_pid = ::fork();
    if (m_pid < 0)
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (m_pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::execv(args[0], args.data());
        std::fprintf(stderr, "exec %s: %s\n", args[0], std::strerror(errno));
        ::_exit(127);
    }
    ::close(out[1]);
    m_out = out[0];
}

ChildProcess::~ChildProcess()
{
    terminate();
    if (m_out >= 0)
        ::close(m_out);
}

std::optional<std::string> ChildProcess::readLine(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (const auto newline = m_buffer.find('\n'); newline != std::string::npos) {
            auto line = m_buffer.substr(0, newline);
            m_buffer.erase(0, newline + 1);
            return line;
        }
        if (!readSome(m_out, m_buffer, deadline))
            return std::nullopt;
    }
}

int ChildProcess::finish(std::string& output, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (readSome(m_out, m_buffer, deadline)) { }
    output = std::move(m_buffer);
    m_buffer.clear();
    if (Clock::now() >= deadline) {
        terminate();
        return -1;
    }
    int status = 0;
    if (::waitpid(m_pid, &status, 0) != m_pid)
        return -1;
    m_pid = -1;
    return status;
}

void ChildProcess::terminate()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
}

Crowd startCrowd(const std::vector<std::string>& arguments, std::chrono::seconds timeout)
{
    std::vector<std::string> argv { PORTOLAN_CROWD };
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    Crowd crowd;
    crowd.process = std::make_unique<ChildProcess>(argv);
    const auto line = crowd.process->readLine(timeout);
    if (!line || line->rfind("ready", 0) != 0)
        throw std::runtime_error("portolan-crowd did not get ready (see its stderr above)");
    std::istringstream in(line->substr(5));
    for (pid_t pid; in >> pid;)
        crowd.holders.push_back(pid);
    if (crowd.holders.empty())
        throw std::runtime_error("portolan-crowd said \"" + *line + "\" without PIDs");
    return crowd;
}

NetnsRun runInPrivateNetns(const std::function<int(std::string& output)>& body, const NetnsOptions& options)
{
    NetnsRun run;
    const std::string hostNetns = netnsId(::getpid());
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        run.unavailable = true;
        run.reason = std::string("pipe: ") + std::strerror(errno);
        return run;
    }
    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child < 0) {
        run.unavailable = true;
        run.reason = std::string("fork: ") + std::strerror(errno);
        return run;
    }
    if (child == 0) {
        ::close(pipeFds[0]);
        std::string error;
        // Exit codes 70-79 are this helper's own: 77 = namespaces unavailable (skip), 78 = setup failed.
        if (!enterPrivateNetns(options.userNamespaceWithoutRoot, error)) {
            writeAll(pipeFds[1], error);
            ::_exit(77);
        }
        const std::string ownNetns = netnsId(::getpid());
        if (ownNetns.empty() || ownNetns == hostNetns) {
            writeAll(pipeFds[1], "still in the host's network namespace (" + ownNetns + "); refusing to go on");
            ::_exit(78);
        }
        if (!loopbackUp(error)) {
            writeAll(pipeFds[1], error);
            ::_exit(78);
        }
        std::string output;
        int code = 1;
        try {
            code = body(output);
        } catch (const std::exception& e) {
            output += std::string("\nexception: ") + e.what();
            code = 79;
        }
        writeAll(pipeFds[1], output);
        ::_exit(code);
    }
    ::close(pipeFds[1]);
    const auto deadline = Clock::now() + options.timeout;
    while (readSome(pipeFds[0], run.output, deadline)) { }
    ::close(pipeFds[0]);
    if (Clock::now() >= deadline) {
        ::kill(child, SIGKILL);
        run.reason = "timed out";
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (run.exitCode == 77) {
        run.unavailable = true;
        run.reason = run.output;
    }
    return run;
}

std::string writeSysctl(const std::string& key, const std::string& value)
{
    std::ofstream out(sysctlPath(key));
    if (!out)
        return "cannot open " + sysctlPath(key);
    out << value << '\n';
    out.flush();
    if (!out)
        return "writing \"" + value + "\" to " + sysctlPath(key) + " failed";
    return {};
}

std::string readSysctl(const std::string& key)
{
    std::ifstream in(sysctlPath(key));
    std::string text;
    std::getline(in, text);
    return text;
}

} // namespace portolan::test
