// POSIX half of durable_file.h: O_NOFOLLOW everywhere, fsync of the file and of its directory.

#include "durable_file.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace portolan::conflicts {

namespace {

std::string errnoText(const std::string& what)
{
    return what + ": " + std::strerror(errno);
}

std::string directoryOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

bool syncDirectory(const std::string& directory, std::string& error)
{
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = errnoText(directory);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        error = errnoText("fsync " + directory);
    ::close(fd);
    return ok;
}

bool writeAll(int fd, std::string_view content)
{
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Refuses a path that exists and is not a regular file (a symbolic link in particular).
bool checkTarget(const std::string& path, std::string& error)
{
    struct stat st
    {
    };
    if (::lstat(path.c_str(), &st) != 0)
        return errno == ENOENT ? true : (error = errnoText(path), false);
    if (S_ISLNK(st.st_mode)) {
        error = path + ": is a symbolic link; refusing to write through it";
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        error = path + ": is not a regular file";
        return false;
    }
    return true;
}

} // namespace

bool writeFileDurably(const std::string& path, std::string_view content, unsigned mode, std::string& error)
{
    if (!checkTarget(path, error))
        return false;
    const std::string directory = directoryOf(path);
    std::random_device random;
    std::string temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temporary = path + ".portolan-" + std::to_string(random()) + ".tmp";
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST) {
            error = errnoText(temporary);
            return false;
        }
    }
    if (fd < 0) {
        error = path + ": no free temporary name";
        return false;
    }
    // The umask must not weaken or strengthen what was asked for.
    bool ok = ::fchmod(fd, mode) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    if (!ok)
        error = errnoText("writing " + temporary);
    if (::close(fd) != 0 && ok) {
        error = errnoText("closing " + temporary);
        ok = false;
    }
    if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
        error = errnoText("renaming " + temporary + " to " + path);
        ok = false;
    }
    if (!ok) {
        ::unlink(temporary.c_str());
        return false;
    }
    return syncDirectory(directory, error);
}

bool removeFileDurably(const std::string& path, std::string& error)
{
    if (!checkTarget(path, error))
        return false;
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
        error = errnoText(path);
        return false;
    }
    return syncDirectory(directoryOf(path), error);
}

bool readRegularFile(
    const std::string& path, std::size_t maxBytes, std::optional<std::string>& content, std::string& error)
{
    content.reset();
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT)
            return true;
        error = errno == ELOOP ? path + ": is a symbolic link; refusing to read through it" : errnoText(path);
        return false;
    }
    struct stat st
    {
    };
    bool ok = ::fstat(fd, &st) == 0;
    if (!ok)
        error = errnoText(path);
    else if (!S_ISREG(st.st_mode)) {
        error = path + ": is not a regular file";
        ok = false;
    } else if (static_cast<std::size_t>(st.st_size) > maxBytes) {
        error = path + ": larger than " + std::to_string(maxBytes) + " bytes";
        ok = false;
    }
    std::string text;
    char buffer[65536];
    while (ok) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = errnoText(path);
            ok = false;
        }
        if (n <= 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
        if (text.size() > maxBytes) {
            error = path + ": larger than " + std::to_string(maxBytes) + " bytes";
            ok = false;
        }
    }
    ::close(fd);
    if (ok)
        content = std::move(text);
    return ok;
}

bool makeDirectories(const std::string& path, unsigned mode, std::string& error)
{
    if (path.empty())
        return true;
    std::string partial;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        partial = path.substr(0, slash == std::string::npos ? path.size() : slash);
        start = slash == std::string::npos ? path.size() + 1 : slash + 1;
        if (partial.empty())
            continue;
        if (::mkdir(partial.c_str(), mode) != 0 && errno != EEXIST) {
            error = errnoText("creating " + partial);
            return false;
        }
    }
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        error = path + ": is not a directory";
        return false;
    }
    return true;
}

std::string createTemporaryFile(const std::string& prefix, std::string& error)
{
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/" + prefix + "-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        error = errnoText("mkstemp " + pattern);
        return {};
    }
    ::close(fd);
    return pattern;
}

std::string joinPath(const std::string& directory, const std::string& name)
{
    if (directory.empty())
        return name;
    return directory.back() == '/' ? directory + name : directory + "/" + name;
}

std::string absolutePath(const std::string& path)
{
    if (!path.empty() && path.front() == '/')
        return path;
    char buffer[PATH_MAX];
    if (!::getcwd(buffer, sizeof buffer))
        return {};
    return joinPath(buffer, path);
}

} // namespace portolan::conflicts
