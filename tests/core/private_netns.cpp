#include "private_netns.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace portolan::test {

namespace {

bool writeFile(const char* path, const std::string& text)
{
    std::ofstream out(path);
    out << text;
    out.flush();
    return static_cast<bool>(out);
}

} // namespace

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

// As root, a plain new network namespace. Without root, a user namespace around it maps us to root inside, which
// owns the new network namespace and so may write its sysctls (net_ctl_permissions), where the kernel allows
// unprivileged user namespaces.
bool enterPrivateNetns(bool userNamespaceWithoutRoot, std::string& error)
{
    if (::unshare(CLONE_NEWNET) == 0)
        return true;
    error = std::string("unshare(CLONE_NEWNET): ") + std::strerror(errno);
    if (::geteuid() == 0 || !userNamespaceWithoutRoot)
        return false;
    const auto uid = ::geteuid();
    const auto gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) {
        error += std::string("; unshare(CLONE_NEWUSER | CLONE_NEWNET): ") + std::strerror(errno);
        return false;
    }
    if (!writeFile("/proc/self/setgroups", "deny")
        || !writeFile("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1")
        || !writeFile("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1")) {
        error += "; mapping the user namespace failed";
        return false;
    }
    return true;
}

} // namespace portolan::test
