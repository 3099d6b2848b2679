// Linux half of process_end.h: SIGTERM, then optionally SIGKILL, through a pidfd (pidfd_open, Linux 5.3+) so that the
// signal reaches the process that was looked at even if it exits and its PID is reused meanwhile; the pidfd also
// says when the process is gone (it polls readable once the process has exited, zombie or not). Without pidfds,
// kill() and /proc/PID/stat are used instead.

#include "process_end.h"

#include "../linux/process_reader.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace portolan::actions {

namespace {

using namespace std::chrono;
using linux_backend::parseStat;
using linux_backend::readSmallFile;
using linux_backend::StatFields;

constexpr unsigned kKernelThreadFlag = 0x00200000; // PF_KTHREAD (include/linux/sched.h), /proc/PID/stat field 9

int pidfdOpen(std::uint32_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0));
#else
    errno = ENOSYS;
    return -1;
#endif
}

int pidfdSignal(int pidfd, int signal)
{
#ifdef SYS_pidfd_send_signal
    return static_cast<int>(::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0));
#else
    (void)pidfd;
    (void)signal;
    errno = ENOSYS;
    return -1;
#endif
}

// The stat line of `pid`, parsed; false when there is no such process.
bool readStat(std::uint32_t pid, std::string& text, StatFields& stat)
{
    return readSmallFile("/proc/" + std::to_string(pid) + "/stat", text) && parseStat(text, stat);
}

template<typename T> T numberField(const StatFields& stat, int field)
{
    T value {};
    const auto text = stat.field(field);
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

class Target
{
public:
    explicit Target(std::uint32_t pid)
        : m_pid(pid)
        , m_pidfd(pidfdOpen(pid))
        , m_openError(m_pidfd < 0 ? errno : 0)
    { }
    ~Target()
    {
        if (m_pidfd >= 0)
            ::close(m_pidfd);
    }
    Target(const Target&) = delete;
    Target& operator=(const Target&) = delete;

    bool missing() const { return m_openError == ESRCH; }

    // 0 or errno.
    int signal(int number) const
    {
        if (m_pidfd >= 0)
            return pidfdSignal(m_pidfd, number) == 0 ? 0 : errno;
        return ::kill(static_cast<pid_t>(m_pid), number) == 0 ? 0 : errno;
    }

    bool gone() const
    {
        if (m_pidfd >= 0) {
            pollfd p { m_pidfd, POLLIN, 0 };
            return ::poll(&p, 1, 0) > 0;
        }
        std::string text;
        StatFields stat;
        return !readStat(m_pid, text, stat) || stat.field(3) == "Z" || stat.field(3) == "X";
    }

    bool waitGone(milliseconds timeout) const
    {
        const auto deadline = steady_clock::now() + timeout;
        while (!gone()) {
            const auto left = duration_cast<milliseconds>(deadline - steady_clock::now());
            if (left.count() <= 0)
                return false;
            if (m_pidfd >= 0) {
                pollfd p { m_pidfd, POLLIN, 0 };
                ::poll(&p, 1, static_cast<int>(left.count()));
            } else
                std::this_thread::sleep_for(std::min(left, milliseconds(20)));
        }
        return true;
    }

private:
    std::uint32_t m_pid;
    int m_pidfd;
    int m_openError;
};

std::string seconds(milliseconds duration)
{
    const auto tenths = duration.count() / 100;
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10)
        out += '.' + std::to_string(tenths % 10);
    return out + " s";
}

} // namespace

std::uint32_t currentProcessId()
{
    return static_cast<std::uint32_t>(::getpid());
}

ProcessInfoPtr readProcess(std::uint32_t pid)
{
    if (pid == 0)
        return nullptr;
    auto info = std::make_shared<ProcessInfo>();
    if (!linux_backend::readProcessInfo("/proc", pid, *info))
        return nullptr;
    info->user = linux_backend::accountName(info->uid);
    return info;
}

ActionResult endProcess(std::uint32_t pid, const EndOptions& options)
{
    if (auto refusal = refusalReason(pid); !refusal.empty())
        return ActionResult::failure(ActionStatus::Refused, std::move(refusal));
    // Open the handle first, then check what it names: a PID reused after the check cannot be signalled.
    const Target target(pid);
    std::string text;
    StatFields stat;
    if (target.missing() || !readStat(pid, text, stat) || target.gone())
        return ActionResult::failure(ActionStatus::NotFound, "no process with PID " + std::to_string(pid));
    const std::string name = stat.comm + " (PID " + std::to_string(pid) + ")";
    if (numberField<unsigned>(stat, 9) & kKernelThreadFlag)
        return ActionResult::failure(ActionStatus::Refused, name + " is a kernel thread: it cannot be ended");
    if (options.expectedStartTime && numberField<std::uint64_t>(stat, 22) != *options.expectedStartTime)
        return ActionResult::failure(ActionStatus::NotFound,
            "the process that was PID " + std::to_string(pid) + " has exited; the PID now names another one ("
                + stat.comm + "), which was left alone");

    if (const int error = target.signal(SIGTERM); error != 0) {
        if (error == ESRCH)
            return ActionResult::failure(ActionStatus::NotFound, name + " exited before it could be ended");
        if (error == EPERM)
            return ActionResult::failure(ActionStatus::PermissionDenied,
                "not allowed to end " + name + ", which belongs to another user: run Portolan elevated (root)");
        return ActionResult::failure(ActionStatus::Failed, "SIGTERM to " + name + ": " + std::strerror(error));
    }
    if (target.waitGone(options.timeout))
        return ActionResult::done("ended " + name);
    if (!options.forceAfterTimeout)
        return ActionResult::failure(ActionStatus::TimedOut,
            name + " is still running " + seconds(options.timeout)
                + " after SIGTERM; SIGKILL can end it if it must go");
    if (const int error = target.signal(SIGKILL); error != 0 && error != ESRCH)
        return ActionResult::failure(ActionStatus::Failed, "SIGKILL to " + name + ": " + std::strerror(error));
    if (target.waitGone(options.timeout))
        return ActionResult::done(
            "ended " + name + " with SIGKILL (it ignored SIGTERM for " + seconds(options.timeout) + ")");
    return ActionResult::failure(
        ActionStatus::TimedOut, name + " is still there after SIGKILL (blocked in the kernel, uninterruptible sleep)");
}

} // namespace portolan::actions
