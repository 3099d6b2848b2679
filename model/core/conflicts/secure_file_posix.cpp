// POSIX half of secure_file.h.

#include "secure_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace portolan::conflicts {

namespace {

std::string errnoText(const std::string& what)
{
    return what + ": " + std::strerror(errno);
}

// The user behind pkexec or sudo, when we run as root on their behalf. Both set these themselves and scrub the
// caller's environment, so a user cannot fake them; a caller that is root already could do anything anyway.
std::optional<uid_t> invokingUser()
{
    if (::geteuid() != 0)
        return std::nullopt;
    for (const char* name : { "PKEXEC_UID", "SUDO_UID" }) {
        const char* value = std::getenv(name);
        if (!value || !*value)
            continue;
        char* end = nullptr;
        const unsigned long uid = std::strtoul(value, &end, 10);
        if (end && *end == '\0' && uid < 0xffffffffUL)
            return static_cast<uid_t>(uid);
    }
    return std::nullopt;
}

bool ownerAllowed(uid_t owner)
{
    const auto invoker = invokingUser();
    return owner == 0 || owner == ::geteuid() || (invoker && owner == *invoker);
}

std::string directoryOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

bool readTrustedFile(const std::string& path, std::size_t maxBytes, std::string& content, std::string& error)
{
    struct stat link
    {
    };
    if (::lstat(path.c_str(), &link) != 0) {
        error = errnoText(path);
        return false;
    }
    if (S_ISLNK(link.st_mode)) {
        error = path + ": is a symbolic link; refusing it (pass the file itself)";
        return false;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        error = errno == ELOOP ? path + ": is a symbolic link; refusing it" : errnoText(path);
        return false;
    }
    struct stat st
    {
    };
    std::string problem;
    if (::fstat(fd, &st) != 0)
        problem = errnoText(path);
    else if (st.st_dev != link.st_dev || st.st_ino != link.st_ino)
        problem = path + ": changed while it was being opened; refusing it";
    else if (!S_ISREG(st.st_mode))
        problem = path + ": is not a regular file";
    else if (static_cast<std::size_t>(st.st_size) > maxBytes)
        problem = path + ": larger than " + std::to_string(maxBytes) + " bytes; refusing it";
    else if (st.st_mode & S_IWOTH)
        problem = path + ": is world-writable (mode " + std::to_string((st.st_mode >> 6) & 7)
            + std::to_string((st.st_mode >> 3) & 7) + std::to_string(st.st_mode & 7)
            + "); anyone could have changed it; refusing it";
    else if (!ownerAllowed(st.st_uid))
        problem = path + ": belongs to uid " + std::to_string(st.st_uid)
            + ", neither root nor the user who asked for this; refusing it";
    if (problem.empty()) {
        struct stat dir
        {
        };
        const auto directory = directoryOf(path);
        if (::stat(directory.c_str(), &dir) != 0)
            problem = errnoText(directory);
        else if ((dir.st_mode & S_IWOTH) && !(dir.st_mode & S_ISVTX))
            problem = path + ": lies in " + directory
                + ", which anyone may write without the sticky bit (the file could be swapped); refusing it";
    }
    if (!problem.empty()) {
        ::close(fd);
        error = problem;
        return false;
    }
    content.clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = errnoText(path);
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > maxBytes) {
            error = path + ": larger than " + std::to_string(maxBytes) + " bytes; refusing it";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

bool writeResultFile(const std::string& path, std::string_view content, std::string& error)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0644);
    if (fd < 0) {
        error
            = errno == ELOOP ? path + ": is a symbolic link; refusing to write the result through it" : errnoText(path);
        return false;
    }
    struct stat st
    {
    };
    std::string problem;
    if (::fstat(fd, &st) != 0)
        problem = errnoText(path);
    else if (!S_ISREG(st.st_mode) || st.st_nlink != 1)
        problem = path + ": is not a plain file with a single link; refusing to write the result there";
    else if (!ownerAllowed(st.st_uid))
        problem = path + ": belongs to uid " + std::to_string(st.st_uid) + "; refusing to overwrite it";
    if (problem.empty() && (::ftruncate(fd, 0) != 0))
        problem = errnoText(path);
    std::size_t done = 0;
    while (problem.empty() && done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            problem = errnoText(path);
        else
            done += static_cast<std::size_t>(n);
    }
    if (problem.empty() && ::fsync(fd) != 0)
        problem = errnoText(path);
    if (problem.empty()) {
        if (const auto invoker = invokingUser(); invoker && st.st_uid != *invoker)
            if (::fchown(fd, *invoker, static_cast<gid_t>(-1)) != 0)
                problem = errnoText("handing " + path + " to uid " + std::to_string(*invoker));
    }
    ::close(fd);
    if (!problem.empty()) {
        error = problem;
        return false;
    }
    return true;
}

} // namespace portolan::conflicts
