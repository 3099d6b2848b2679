#include "test_support.h"

#include "core/conflicts/elevation.h"
#include "core/windows/win_text.h"

#include <cstdio>
#include <random>

namespace portolan::wintest {

namespace {
sockaddr_storage loopback(Family family, socklen_t& length)
{
    sockaddr_storage address {};
    if (family == Family::IPv4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&address);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        length = sizeof(sockaddr_in);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&address);
        in6->sin6_family = AF_INET6;
        in6->sin6_addr = in6addr_loopback;
        length = sizeof(sockaddr_in6);
    }
    return address;
}

Socket boundSocket(Family family, int type, int protocol, std::string& error)
{
    Socket s(::socket(family == Family::IPv4 ? AF_INET : AF_INET6, type, protocol));
    if (!s.valid()) {
        error = "socket: " + lastSocketError();
        return {};
    }
    socklen_t length = 0;
    const auto address = loopback(family, length);
    if (::bind(s.get(), reinterpret_cast<const sockaddr*>(&address), length) != 0) {
        error = "bind: " + lastSocketError();
        return {};
    }
    return s;
}
} // namespace

WinsockSession::WinsockSession()
{
    WSADATA data;
    ::WSAStartup(MAKEWORD(2, 2), &data);
}

WinsockSession::~WinsockSession()
{
    ::WSACleanup();
}

void Socket::close()
{
    if (m_socket != INVALID_SOCKET)
        ::closesocket(m_socket);
    m_socket = INVALID_SOCKET;
}

std::uint16_t Socket::localPort() const
{
    sockaddr_storage address {};
    int length = sizeof address;
    if (::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 0;
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
    return ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port);
}

Socket tcpListener(Family family, std::string& error)
{
    Socket s = boundSocket(family, SOCK_STREAM, IPPROTO_TCP, error);
    if (s.valid() && ::listen(s.get(), 8) != 0) {
        error = "listen: " + lastSocketError();
        return {};
    }
    return s;
}

Socket udpSocket(Family family, std::string& error)
{
    return boundSocket(family, SOCK_DGRAM, IPPROTO_UDP, error);
}

TcpPair connectedPair(Family family, std::string& error)
{
    TcpPair pair;
    pair.listener = tcpListener(family, error);
    if (!pair.listener.valid())
        return {};
    pair.client = Socket(::socket(family == Family::IPv4 ? AF_INET : AF_INET6, SOCK_STREAM, IPPROTO_TCP));
    socklen_t length = 0;
    auto address = loopback(family, length);
    const u_short port = htons(pair.listener.localPort());
    if (family == Family::IPv4)
        reinterpret_cast<sockaddr_in*>(&address)->sin_port = port;
    else
        reinterpret_cast<sockaddr_in6*>(&address)->sin6_port = port;
    if (::connect(pair.client.get(), reinterpret_cast<const sockaddr*>(&address), length) != 0) {
        error = "connect: " + lastSocketError();
        return {};
    }
    pair.accepted = Socket(::accept(pair.listener.get(), nullptr, nullptr));
    if (!pair.accepted.valid()) {
        error = "accept: " + lastSocketError();
        return {};
    }
    return pair;
}

void attachToProcessForWine(const Socket& socket, bool udp)
{
    if (!udp) {
        int value = 0;
        int length = sizeof value;
        ::getsockopt(socket.get(), SOL_SOCKET, SO_KEEPALIVE, reinterpret_cast<char*>(&value), &length);
        return;
    }
    sockaddr_storage self {};
    int length = sizeof self;
    if (::getsockname(socket.get(), reinterpret_cast<sockaddr*>(&self), &length) != 0)
        return;
    const char ping = 'p';
    if (::sendto(socket.get(), &ping, 1, 0, reinterpret_cast<const sockaddr*>(&self), length) != 1)
        return;
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(socket.get(), &readable);
    timeval timeout { 1, 0 };
    if (::select(0, &readable, nullptr, nullptr, &timeout) == 1) {
        char buffer[4];
        ::recv(socket.get(), buffer, sizeof buffer, 0);
    }
}

namespace {
std::wstring commandLine(const std::string& program, const std::vector<std::string>& arguments)
{
    std::vector<std::string> all { program };
    all.insert(all.end(), arguments.begin(), arguments.end());
    return windows_backend::toWide(conflicts::windowsCommandLine(all));
}
} // namespace

ProgramRun runProgram(const std::string& program, const std::vector<std::string>& arguments,
    const std::vector<std::pair<std::string, std::string>>& environment)
{
    using windows_backend::toWide;
    ProgramRun run;
    std::wstring line = commandLine(program, arguments);
    SECURITY_ATTRIBUTES inherit { sizeof inherit, nullptr, TRUE };
    HANDLE readEnd = nullptr, writeEnd = nullptr;
    ::CreatePipe(&readEnd, &writeEnd, &inherit, 0);
    ::SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    for (const auto& [name, value] : environment)
        ::SetEnvironmentVariableW(toWide(name).c_str(), toWide(value).c_str());
    STARTUPINFOW startup {};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdOutput = writeEnd;
    startup.hStdError = writeEnd;
    startup.hStdInput = nullptr;
    PROCESS_INFORMATION process {};
    const BOOL started = ::CreateProcessW(
        nullptr, line.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process);
    for (const auto& [name, value] : environment)
        ::SetEnvironmentVariableW(toWide(name).c_str(), nullptr);
    ::CloseHandle(writeEnd);
    if (!started) {
        ::CloseHandle(readEnd);
        run.output = "CreateProcess: " + windows_backend::win32ErrorText(::GetLastError());
        return run;
    }
    char buffer[4096];
    DWORD got = 0;
    while (::ReadFile(readEnd, buffer, sizeof buffer, &got, nullptr) && got > 0)
        run.output.append(buffer, got);
    ::CloseHandle(readEnd);
    ::WaitForSingleObject(process.hProcess, 120000);
    ::GetExitCodeProcess(process.hProcess, &run.exitCode);
    ::CloseHandle(process.hProcess);
    ::CloseHandle(process.hThread);
    return run;
}

StartedProcess::StartedProcess(const std::string& program, const std::vector<std::string>& arguments)
{
    std::wstring line = commandLine(program, arguments);
    STARTUPINFOW startup {};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process {};
    if (!::CreateProcessW(
            nullptr, line.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &startup, &process)) {
        m_error = "CreateProcess: " + windows_backend::win32ErrorText(::GetLastError());
        return;
    }
    ::CloseHandle(process.hThread);
    m_process = process.hProcess;
    m_pid = process.dwProcessId;
}

StartedProcess::~StartedProcess()
{
    if (!m_process)
        return;
    if (!waitExit(0)) {
        ::TerminateProcess(m_process, 1);
        ::WaitForSingleObject(m_process, 10000);
    }
    ::CloseHandle(m_process);
}

bool StartedProcess::waitExit(DWORD milliseconds) const
{
    return m_process && ::WaitForSingleObject(m_process, milliseconds) == WAIT_OBJECT_0;
}

std::string lastSocketError()
{
    return "WSA error " + std::to_string(::WSAGetLastError());
}

std::string randomSuffix()
{
    std::random_device device;
    std::mt19937_64 generator((std::uint64_t(device()) << 32) ^ device() ^ ::GetTickCount64());
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(generator()));
    return text;
}

} // namespace portolan::wintest
