#include "posix_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace portolan::conflicts {

ProgramRun runProgram(const std::vector<std::string>& argv, std::chrono::milliseconds timeout, bool capture)
{
    ProgramRun run;
    if (argv.empty() || argv.front().empty() || argv.front().front() != '/') {
        run.error = "not an absolute program path";
        return run;
    }
    int pipeFds[2] = { -1, -1 };
    if (capture && ::pipe2(pipeFds, O_CLOEXEC) != 0) {
        run.error = std::string("pipe: ") + std::strerror(errno);
        return run;
    }
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0) {
        run.error = std::string("fork: ") + std::strerror(errno);
        if (capture) {
            ::close(pipeFds[0]);
            ::close(pipeFds[1]);
        }
        return run;
    }
    if (child == 0) {
        if (capture) {
            ::dup2(pipeFds[1], STDOUT_FILENO);
            ::dup2(pipeFds[1], STDERR_FILENO);
        }
        ::execv(args[0], args.data());
        const char* message = "exec failed\n";
        [[maybe_unused]] auto ignored = ::write(STDERR_FILENO, message, std::strlen(message));
        ::_exit(127);
    }
    run.started = true;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    if (capture) {
        ::close(pipeFds[1]);
        char buffer[4096];
        for (;;) {
            const auto left
                = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now())
                      .count();
            if (left <= 0) {
                run.timedOut = true;
                break;
            }
            pollfd p { pipeFds[0], POLLIN, 0 };
            const int ready = ::poll(&p, 1, static_cast<int>(left));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready <= 0)
                continue;
            const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            if (run.output.size() < (1u << 20))
                run.output.append(buffer, static_cast<std::size_t>(n));
        }
        ::close(pipeFds[0]);
    }
    if (run.timedOut)
        ::kill(child, SIGKILL);
    int status = 0;
    bool killed = run.timedOut;
    for (;;) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0) {
            if (errno == EINTR)
                continue;
            run.error = std::string("waitpid: ") + std::strerror(errno);
            return run;
        }
        if (!killed && std::chrono::steady_clock::now() >= deadline) {
            ::kill(child, SIGKILL);
            killed = true;
            run.timedOut = true;
        }
        ::usleep(10000);
    }
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

std::string findProgram(const std::vector<std::string>& candidates)
{
    for (const auto& c : candidates)
        if (::access(c.c_str(), X_OK) == 0)
            return c;
    return {};
}

} // namespace portolan::conflicts
