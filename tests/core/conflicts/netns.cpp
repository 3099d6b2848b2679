#include "netns.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <ftw.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <sstream>
#include <stdexcept>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace portolan::conflicts_test {

namespace {

using Clock = std::chrono::steady_clock;

bool readSome(int fd, std::string& buffer, Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0)
        return false;
    pollfd p { fd, POLLIN, 0 };
    if (::poll(&p, 1, static_cast<int>(left)) <= 0)
        return false;
    char chunk[65536];
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0)
        return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
    return true;
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

std::string netnsId(pid_t pid)
{
    char link[256] {};
    const std::string path = "/proc/" + std::to_string(pid) + "/ns/net";
    const ssize_t n = ::readlink(path.c_str(), link, sizeof link - 1);
    return n > 0 ? std::string(link, static_cast<std::size_t>(n)) : std::string();
}

bool loopbackUp(std::string& error)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        error = std::string("socket: ") + std::strerror(errno);
        return false;
    }
    ifreq request {};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    if (ok) {
        request.ifr_flags |= IFF_UP;
        ok = ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    }
    if (!ok)
        error = std::string("bringing lo up: ") + std::strerror(errno);
    ::close(fd);
    return ok;
}

std::string sysctlPath(const std::string& key)
{
    std::string path = "/proc/sys/";
    for (char c : key)
        path.push_back(c == '.' ? '/' : c);
    return path;
}

} // namespace

CommandRun runCommand(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnvironment,
    std::chrono::seconds timeout)
{
    CommandRun run;
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e)
        environment.emplace_back(*e);
    environment.insert(environment.end(), extraEnvironment.begin(), extraEnvironment.end());
    std::vector<char*> envp;
    for (auto& e : environment)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::execve(args[0], args.data(), envp.data());
        std::fprintf(stderr, "exec %s: %s\n", args[0], std::strerror(errno));
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    const auto deadline = Clock::now() + timeout;
    bool outOpen = true, errOpen = true;
    while ((outOpen || errOpen) && Clock::now() < deadline) {
        pollfd p[2] = { { outOpen ? out[0] : -1, POLLIN, 0 }, { errOpen ? err[0] : -1, POLLIN, 0 } };
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (::poll(p, 2, static_cast<int>(std::max<long>(left, 1))) <= 0)
            continue;
        char chunk[65536];
        for (int i = 0; i < 2; ++i) {
            if (!(p[i].revents & (POLLIN | POLLHUP)))
                continue;
            const ssize_t n = ::read(i == 0 ? out[0] : err[0], chunk, sizeof chunk);
            if (n <= 0)
                (i == 0 ? outOpen : errOpen) = false;
            else
                (i == 0 ? run.out : run.err).append(chunk, static_cast<std::size_t>(n));
        }
    }
    ::close(out[0]);
    ::close(err[0]);
    if (outOpen || errOpen)
        ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    return run;
}

Crowd::Crowd(const std::vector<std::string>& arguments)
{
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe");
    std::vector<std::string> argv { PORTOLAN_CROWD };
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    m_pid = ::fork();
    if (m_pid < 0)
        throw std::runtime_error("fork");
    if (m_pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(out[1]);
    m_out = out[0];
    std::string buffer;
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (buffer.find('\n') == std::string::npos && readSome(m_out, buffer, deadline)) { }
    const auto line = buffer.substr(0, buffer.find('\n'));
    if (line.rfind("ready", 0) != 0)
        throw std::runtime_error("portolan-crowd did not get ready: \"" + line + "\"");
    std::istringstream in(line.substr(5));
    for (pid_t pid; in >> pid;)
        m_holders.push_back(pid);
}

Crowd::~Crowd()
{
    stop();
}

void Crowd::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
    if (m_out >= 0) {
        ::close(m_out);
        m_out = -1;
    }
}

NetnsRun runInPrivateNetns(const std::function<int(std::string& output)>& body, std::chrono::seconds timeout)
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
        // 77: namespaces unavailable (the caller skips); 78: setup failed; 79: the body threw.
        if (::unshare(CLONE_NEWNET) != 0) {
            writeAll(pipeFds[1], std::string("unshare(CLONE_NEWNET): ") + std::strerror(errno));
            ::_exit(77);
        }
        const std::string ownNetns = netnsId(::getpid());
        std::string error;
        if (ownNetns.empty() || ownNetns == hostNetns) {
            writeAll(pipeFds[1], "still in the host's network namespace; refusing to go on");
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
    const auto deadline = Clock::now() + timeout;
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

TempDir::TempDir()
{
    std::string pattern = "/tmp/portolan-conflicts-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp");
    m_path = pattern;
}

TempDir::~TempDir()
{
    ::nftw(
        m_path.c_str(), [](const char* path, const struct stat*, int, struct FTW*) { return ::remove(path); }, 16,
        FTW_DEPTH | FTW_PHYS);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool fileExists(const std::string& path)
{
    struct stat st
    {
    };
    return ::lstat(path.c_str(), &st) == 0;
}

void writeFile(const std::string& path, const std::string& content, unsigned mode)
{
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << content;
    }
    ::chmod(path.c_str(), mode);
}

std::vector<std::string> listDirectory(const std::string& path)
{
    std::vector<std::string> names;
    DIR* d = ::opendir(path.c_str());
    if (!d)
        return names;
    while (const dirent* e = ::readdir(d))
        if (std::strcmp(e->d_name, ".") && std::strcmp(e->d_name, ".."))
            names.emplace_back(e->d_name);
    ::closedir(d);
    return names;
}

} // namespace portolan::conflicts_test
