#include "process_reader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace portolan::linux_backend {

bool readSmallFile(const std::string& path, std::string& out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    out.clear();
    char buffer[4096];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > (1u << 20))
            break;
    }
    ::close(fd);
    return true;
}

bool parseStat(std::string_view text, StatFields& out)
{
    // "pid (comm) state ppid ..." — comm may contain spaces and parentheses: take the last ')'.
    const auto open = text.find('(');
    const auto close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return false;
    out.comm.assign(text.substr(open + 1, close - open - 1));
    out.rest = close + 2 <= text.size() ? text.substr(close + 2) : std::string_view();
    return true;
}

std::string_view StatFields::field(int number) const
{
    std::string_view left = rest;
    for (int current = 3; current < number; ++current) {
        const auto space = left.find(' ');
        if (space == std::string_view::npos)
            return {};
        left.remove_prefix(space + 1);
    }
    return left.substr(0, std::min(left.find(' '), left.find('\n')));
}

bool readProcessInfo(const std::string& procRoot, std::uint32_t pid, ProcessInfo& info)
{
    info.pid = pid;
    const std::string base = procRoot + '/' + std::to_string(pid);
    std::string text;
    StatFields stat;
    if (readSmallFile(base + "/stat", text) && parseStat(text, stat)) {
        info.name = std::move(stat.comm);
        const auto start = stat.field(22);
        std::from_chars(start.data(), start.data() + start.size(), info.startTime);
    }
    if (readSmallFile(base + "/cmdline", text)) {
        while (!text.empty() && text.back() == '\0')
            text.pop_back();
        std::replace(text.begin(), text.end(), '\0', ' ');
        info.commandLine = std::move(text);
    }
    std::vector<char> link(4096);
    const ssize_t length = ::readlink((base + "/exe").c_str(), link.data(), link.size());
    if (length > 0)
        info.executablePath.assign(link.data(), static_cast<std::size_t>(length));
    else if (errno == EACCES || errno == EPERM)
        info.accessDenied = true;
    struct stat st
    {
    };
    if (::stat(base.c_str(), &st) != 0)
        return false;
    info.uid = st.st_uid;
    return true;
}

std::string accountName(std::uint32_t uid)
{
    passwd entry {};
    passwd* result = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &result) == 0 && result && result->pw_name)
        return result->pw_name;
    return std::to_string(uid);
}

} // namespace portolan::linux_backend
