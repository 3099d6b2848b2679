#include "live_sockets.h"

#include <arpa/inet.h>
#include <fstream>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace portolan::test {

Fd& Fd::operator=(Fd&& other) noexcept
{
    if (this != &other) {
        reset();
        m_fd = other.release();
    }
    return *this;
}

Fd::~Fd()
{
    reset();
}

void Fd::reset()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

namespace {
sockaddr_storage loopback(bool ipv6, std::uint16_t port, socklen_t& length)
{
    sockaddr_storage storage {};
    if (ipv6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        a->sin6_port = htons(port);
        length = sizeof(sockaddr_in6);
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a->sin_port = htons(port);
        length = sizeof(sockaddr_in);
    }
    return storage;
}

Fd boundSocket(int type, bool ipv6)
{
    Fd fd(::socket(ipv6 ? AF_INET6 : AF_INET, type | SOCK_CLOEXEC, 0));
    if (fd.get() < 0)
        throw std::runtime_error("socket() failed");
    socklen_t length;
    auto address = loopback(ipv6, 0, length);
    if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&address), length) != 0)
        throw std::runtime_error("bind() failed");
    return fd;
}
} // namespace

std::uint16_t localPort(int fd)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof storage;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length);
    if (storage.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
}

Fd tcpListener(bool ipv6)
{
    Fd fd = boundSocket(SOCK_STREAM, ipv6);
    if (::listen(fd.get(), 16) != 0)
        throw std::runtime_error("listen() failed");
    return fd;
}

TcpPair tcpConnect(int listener, bool ipv6)
{
    TcpPair pair;
    pair.client = Fd(::socket(ipv6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    socklen_t length;
    auto address = loopback(ipv6, localPort(listener), length);
    if (::connect(pair.client.get(), reinterpret_cast<sockaddr*>(&address), length) != 0)
        throw std::runtime_error("connect() failed");
    pair.server = Fd(::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC));
    if (pair.server.get() < 0)
        throw std::runtime_error("accept() failed");
    return pair;
}

Fd udpBound(bool ipv6)
{
    return boundSocket(SOCK_DGRAM, ipv6);
}

bool hasIpv6Loopback()
{
    Fd fd(::socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (fd.get() < 0)
        return false;
    socklen_t length;
    auto address = loopback(true, 0, length);
    return ::bind(fd.get(), reinterpret_cast<sockaddr*>(&address), length) == 0;
}

std::string ownComm()
{
    std::ifstream in("/proc/self/comm");
    std::string comm;
    std::getline(in, comm);
    return comm;
}

} // namespace portolan::test
