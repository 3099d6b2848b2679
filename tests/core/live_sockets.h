#pragma once

// Real sockets for tests: each helper opens a socket on the loopback interface and closes it on destruction.

#include <cstdint>
#include <string>

namespace portolan::test {

class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd)
        : m_fd(fd)
    { }
    Fd(Fd&& other) noexcept
        : m_fd(other.release())
    { }
    Fd& operator=(Fd&& other) noexcept;
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd();
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset();

private:
    int m_fd = -1;
};

// Local port of a bound socket.
std::uint16_t localPort(int fd);

Fd tcpListener(bool ipv6 = false);
struct TcpPair
{
    Fd client, server;
};
TcpPair tcpConnect(int listener, bool ipv6 = false);
Fd udpBound(bool ipv6 = false);
bool hasIpv6Loopback();
// The kernel's name for this process (comm), which the engine reports as the process name.
std::string ownComm();

} // namespace portolan::test
