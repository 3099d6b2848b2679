#pragma once

// Real Winsock sockets for the Windows tests, the holder and the benchmark. No GoogleTest here: the holder and
// the benchmark link this too.

#include "core/ip_address.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace portolan::wintest {

// WSAStartup/WSACleanup for the lifetime of the object.
class WinsockSession
{
public:
    WinsockSession();
    ~WinsockSession();
    WinsockSession(const WinsockSession&) = delete;
    WinsockSession& operator=(const WinsockSession&) = delete;
};

class Socket
{
public:
    Socket() = default;
    explicit Socket(SOCKET s)
        : m_socket(s)
    { }
    ~Socket() { close(); }
    Socket(Socket&& other) noexcept
        : m_socket(other.release())
    { }
    Socket& operator=(Socket&& other) noexcept
    {
        if (this != &other) {
            close();
            m_socket = other.release();
        }
        return *this;
    }

    bool valid() const { return m_socket != INVALID_SOCKET; }
    SOCKET get() const { return m_socket; }
    SOCKET release()
    {
        const SOCKET s = m_socket;
        m_socket = INVALID_SOCKET;
        return s;
    }
    void close();
    std::uint16_t localPort() const; // 0 on failure

private:
    SOCKET m_socket = INVALID_SOCKET;
};

// All on loopback (127.0.0.1 or ::1) with a port the system picks. Invalid sockets on failure; `error` says why.
Socket tcpListener(Family family, std::string& error);
Socket udpSocket(Family family, std::string& error);
struct TcpPair
{
    Socket listener;
    Socket client;
    Socket accepted;
};
TcpPair connectedPair(Family family, std::string& error);

// Wine 8.0 runs bind/listen/accept inside wineserver, so a socket the process has only bound or listened on has
// no fd in the process, and Wine's owner lookup (which reads /proc/PID/fd of Wine processes) reports PID 0. A
// client-side call makes wineserver hand the fd over (platform-apis.md §4.1 item 4): a harmless getsockopt for
// TCP; for UDP a datagram sent to itself and read back.
void attachToProcessForWine(const Socket& socket, bool udp);

// Runs `program` with `arguments` (quoted for CommandLineToArgvW) and waits up to two minutes; stdout and stderr
// come back together. `environment` is set for the child only.
struct ProgramRun
{
    DWORD exitCode = 0xffffffff;
    std::string output;
};
ProgramRun runProgram(const std::string& program, const std::vector<std::string>& arguments,
    const std::vector<std::pair<std::string, std::string>>& environment = {});

// A program started and left running; terminated (and its handle closed) on destruction.
class StartedProcess
{
public:
    StartedProcess(const std::string& program, const std::vector<std::string>& arguments);
    StartedProcess(const StartedProcess&) = delete;
    StartedProcess& operator=(const StartedProcess&) = delete;
    ~StartedProcess();

    bool started() const { return m_process != nullptr; }
    const std::string& error() const { return m_error; }
    DWORD pid() const { return m_pid; }
    // True once it has exited, waiting up to `milliseconds`.
    bool waitExit(DWORD milliseconds) const;

private:
    HANDLE m_process = nullptr;
    DWORD m_pid = 0;
    std::string m_error;
};

std::string lastSocketError();
// Random hex, for scratch registry keys.
std::string randomSuffix();

} // namespace portolan::wintest
