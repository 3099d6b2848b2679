#pragma once

#include "../socket_state.h"

#include <cstdint>
#include <string>
#include <vector>

namespace portolan::windows_backend {

// The Vista+ persistent port reservation functions (CreatePersistentTcpPortReservation and friends), resolved
// at run time with GetProcAddress, never imported: Wine 8.0 does not export them, and a static import there
// binds to a stub that aborts the process when called ("Call from ... to unimplemented function
// iphlpapi.dll.CreatePersistentUdpPortReservation, aborting"; platform-apis.md §0).
class PersistentPortReservations
{
public:
    // Resolved once per process.
    static const PersistentPortReservations& get();

    bool available() const { return m_missing.empty(); }
    const std::vector<std::string>& missingFunctions() const { return m_missing; }

    // Win32 results as the API returns them (ERROR_ACCESS_DENIED without elevation, ERROR_SHARING_VIOLATION
    // when a port in the block is in use), or ERROR_PROC_NOT_FOUND (127) when this system lacks the function.
    // Ports are in host order here; the wrappers convert StartPort to the network order the API wants.
    std::uint32_t create(Protocol protocol, std::uint16_t startPort, std::uint16_t count, std::uint64_t& token) const;
    std::uint32_t remove(Protocol protocol, std::uint16_t startPort, std::uint16_t count) const;
    std::uint32_t lookup(Protocol protocol, std::uint16_t startPort, std::uint16_t count, std::uint64_t& token) const;

private:
    PersistentPortReservations();

    using CreateFn = unsigned long(__stdcall*)(unsigned short, unsigned short, unsigned long long*);
    using DeleteFn = unsigned long(__stdcall*)(unsigned short, unsigned short);
    CreateFn m_create[2] {}; // [Tcp, Udp]
    DeleteFn m_delete[2] {};
    CreateFn m_lookup[2] {}; // same signature as create
    std::vector<std::string> m_missing;
};

} // namespace portolan::windows_backend
