// Holds a UDP socket (IPv4 and IPv6) and a TCP listener open on loopback for run-wine-tests.sh's end-to-end
// check, so that portolan-cli.exe, a different process, can be asked to list them.
//
//   portolan-socket-holder.exe READY_FILE STOP_FILE [MAX_SECONDS]
//
// Writes "pid udp4 udp6 tcp4" to READY_FILE once the sockets are open (through a temporary file, so a reader
// never sees half a line), then waits until STOP_FILE exists or MAX_SECONDS (default 120) pass.

#include "test_support.h"

#include <windows.h>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace portolan;
using namespace portolan::wintest;

int wmain(int argc, wchar_t** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: portolan-socket-holder READY_FILE STOP_FILE [MAX_SECONDS]\n");
        return 2;
    }
    const std::wstring readyFile = argv[1], stopFile = argv[2];
    const int maxSeconds = argc > 3 ? _wtoi(argv[3]) : 120;

    WinsockSession winsock;
    std::string error;
    Socket udp4 = udpSocket(Family::IPv4, error);
    Socket udp6 = udp4.valid() ? udpSocket(Family::IPv6, error) : Socket();
    Socket tcp4 = udp6.valid() ? tcpListener(Family::IPv4, error) : Socket();
    if (!tcp4.valid()) {
        std::fprintf(stderr, "portolan-socket-holder: %s\n", error.c_str());
        return 1;
    }
    // So that Wine can name this process as the owner (see attachToProcessForWine).
    attachToProcessForWine(udp4, true);
    attachToProcessForWine(udp6, true);
    attachToProcessForWine(tcp4, false);

    const std::wstring temporary = readyFile + L".tmp";
    FILE* out = _wfopen(temporary.c_str(), L"wb");
    if (!out) {
        std::fprintf(stderr, "portolan-socket-holder: cannot write the ready file\n");
        return 1;
    }
    std::fprintf(out, "%lu %u %u %u\n", ::GetCurrentProcessId(), udp4.localPort(), udp6.localPort(), tcp4.localPort());
    std::fclose(out);
    if (!::MoveFileExW(temporary.c_str(), readyFile.c_str(), MOVEFILE_REPLACE_EXISTING)) {
        std::fprintf(stderr, "portolan-socket-holder: cannot rename the ready file\n");
        return 1;
    }
    for (int waited = 0; waited < maxSeconds * 10; ++waited) {
        if (::GetFileAttributesW(stopFile.c_str()) != INVALID_FILE_ATTRIBUTES)
            return 0;
        ::Sleep(100);
    }
    std::fprintf(stderr, "portolan-socket-holder: no stop file after %d s\n", maxSeconds);
    return 3;
}
