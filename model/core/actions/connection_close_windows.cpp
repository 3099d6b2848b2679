// Windows half of connection_close.h. IPv4: SetTcpEntry with MIB_TCP_STATE_DELETE_TCB, the documented way (the
// only state a caller may set), which needs an administrator. IPv6 has no documented equivalent; nsi.dll's
// NsiSetAllParameters with the TCP module's "kill connection" object (the same call System Informer's
// PhSetTcpEntry and x86matthew's SetTcpEntry6 make) does it on Vista and later. It is looked up at run time, so
// a system without it reports "not supported" instead of failing to load.

#include "connection_close.h"
#include "connection_close_detail.h"

#include "../conflicts/elevation.h"
#include "../windows/socket_tables.h"
#include "../windows/win_text.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <iphlpapi.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace portolan::actions {

namespace {

using windows_backend::SocketTableReader;
using windows_backend::TableClass;
using windows_backend::win32ErrorText;

// NPI_MODULEID (netioapi.h's kernel-mode twin): a length, the type MIT_GUID, and NPI_MS_TCP_MODULEID.
struct NpiModuleId
{
    USHORT length;
    ULONG type;
    GUID guid;
};
static_assert(sizeof(NpiModuleId) == 24);
constexpr ULONG kModuleIdTypeGuid = 1; // MIT_GUID
const NpiModuleId kTcpModule { sizeof(NpiModuleId), kModuleIdTypeGuid,
    { 0xeb004a03, 0x9b1a, 0x11d4, { 0x91, 0x23, 0x00, 0x50, 0x04, 0x77, 0x59, 0xbc } } };
constexpr DWORD kNsiActive = 1; // NSI_STORE: the running system, not the persistent store
constexpr DWORD kNsiSetCreateOrSet = 2; // NSI_SET_ACTION
constexpr DWORD kTcpKillObject = 16; // the TCP module's object whose "set" resets a connection
// The object's key: both sides as sockaddr_in6 (family, port in network order, flow info 0, address, scope).
struct TcpKillKey
{
    sockaddr_in6 local;
    sockaddr_in6 remote;
};
static_assert(sizeof(TcpKillKey) == 56);

using NsiSetAllParametersFn = DWORD(WINAPI*)(DWORD, DWORD, const void*, DWORD, const void*, DWORD, const void*, DWORD);

// Null where there is no usable NsiSetAllParameters. Wine 8.0 exports one, as a stub that aborts the process when
// called (nsi.spec "@ stub NsiSetAllParameters"), so under Wine it is never called.
NsiSetAllParametersFn nsiSetAllParameters()
{
    static const NsiSetAllParametersFn function = []() -> NsiSetAllParametersFn {
        if (windows_backend::wineVersion())
            return nullptr;
        HMODULE nsi = ::LoadLibraryW(L"nsi.dll");
        return nsi ? reinterpret_cast<NsiSetAllParametersFn>(
                   reinterpret_cast<void*>(::GetProcAddress(nsi, "NsiSetAllParameters")))
                   : nullptr;
    }();
    return function;
}

sockaddr_in6 v6Side(const IpAddress& address, std::uint16_t port)
{
    sockaddr_in6 side {};
    side.sin6_family = AF_INET6;
    side.sin6_port = htons(port);
    std::memcpy(&side.sin6_addr, address.bytes.data(), 16);
    side.sin6_scope_id = address.scopeId;
    return side;
}

// The Win32 answer to closing `endpoint`; ERROR_CALL_NOT_IMPLEMENTED when there is no way to ask.
DWORD closeOne(const Endpoint& endpoint)
{
    if (endpoint.family() == Family::IPv4) {
        MIB_TCPROW row {};
        row.dwState = MIB_TCP_STATE_DELETE_TCB;
        std::memcpy(&row.dwLocalAddr, endpoint.localAddress.bytes.data(), 4);
        std::memcpy(&row.dwRemoteAddr, endpoint.remoteAddress.bytes.data(), 4);
        row.dwLocalPort = htons(endpoint.localPort);
        row.dwRemotePort = htons(endpoint.remotePort);
        return ::SetTcpEntry(&row);
    }
    const auto set = nsiSetAllParameters();
    if (!set)
        return ERROR_CALL_NOT_IMPLEMENTED;
    const TcpKillKey key { v6Side(endpoint.localAddress, endpoint.localPort),
        v6Side(endpoint.remoteAddress, endpoint.remotePort) };
    return set(kNsiActive, kNsiSetCreateOrSet, &kTcpModule, kTcpKillObject, &key, sizeof key, nullptr, 0);
}

// After a close call that said yes: whether the connection is still in the table, looked at for up to ~100 ms (the
// row goes at once on Windows). Wine 8.0's SetTcpEntry is a stub that returns NO_ERROR and does nothing.
bool stillThere(const Endpoint& closed)
{
    SocketTableReader reader;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (attempt)
            ::Sleep(20);
        std::vector<Endpoint> rows;
        std::string error;
        // The basic class (IPv4 only) needs no owners, which Wine looks up slowly.
        const auto tableClass = closed.family() == Family::IPv4 ? TableClass::Basic : TableClass::OwnerPid;
        if (!reader.read(Protocol::Tcp, closed.family(), tableClass, rows, error))
            return false; // cannot tell: believe the call
        const bool found = std::any_of(rows.begin(), rows.end(), [&](const Endpoint& row) {
            return row.localAddress == closed.localAddress && row.localPort == closed.localPort
                && row.remoteAddress == closed.remoteAddress && row.remotePort == closed.remotePort
                && row.state == closed.state;
        });
        if (!found)
            return false;
    }
    return true;
}

ActionResult closeFailure(DWORD error, const Endpoint& endpoint, const std::string& what)
{
    const bool v6 = endpoint.family() == Family::IPv6;
    const std::string call = v6 ? "NsiSetAllParameters" : "SetTcpEntry";
    switch (error) {
    case ERROR_ACCESS_DENIED:
        return ActionResult::failure(
            ActionStatus::PermissionDenied, "closing " + what + " needs administrator rights: run Portolan elevated");
    case ERROR_MR_MID_NOT_FOUND:
        // 317 is what SetTcpEntry answers a caller without administrator rights; elevated, the row is gone.
        if (!conflicts::processIsElevated())
            return ActionResult::failure(ActionStatus::PermissionDenied,
                "closing " + what + " needs administrator rights: run Portolan elevated");
        return ActionResult::failure(ActionStatus::NotFound, what + " closed before it could be closed");
    case ERROR_NOT_FOUND:
        return ActionResult::failure(ActionStatus::NotFound, what + " closed before it could be closed");
    case ERROR_CALL_NOT_IMPLEMENTED:
    case ERROR_NOT_SUPPORTED:
    case ERROR_INVALID_FUNCTION:
    case ERROR_PROC_NOT_FOUND:
        return ActionResult::failure(ActionStatus::Unsupported,
            std::string(v6 ? "closing IPv6 connections is not supported on this system"
                           : "closing connections is not supported on this system")
                + " ("
                + (error != ERROR_CALL_NOT_IMPLEMENTED   ? call + ": " + win32ErrorText(error)
                        : windows_backend::wineVersion() ? "Wine's nsi.dll has NsiSetAllParameters only as a stub"
                                                         : "nsi.dll has no NsiSetAllParameters")
                + ")");
    default:
        return ActionResult::failure(ActionStatus::Failed,
            "closing " + what + " (" + std::string(stateName(endpoint.state)) + "): " + call + ": "
                + win32ErrorText(error));
    }
}

} // namespace

ActionResult closeConnection(const ConnectionTarget& target)
{
    if (auto refusal = detail::checkClosable(target))
        return *refusal;
    const std::string what = describeConnection(target);
    SocketTableReader reader;
    std::vector<Endpoint> rows;
    std::string error;
    if (!reader.read(Protocol::Tcp, target.family(), TableClass::OwnerPid, rows, error))
        return ActionResult::failure(ActionStatus::Failed, "cannot read the TCP table (" + error + ")");
    if (target.matchV4Mapped && target.family() == Family::IPv4)
        reader.read(Protocol::Tcp, Family::IPv6, TableClass::OwnerPid, rows, error);

    return detail::closeMatching(
        target, rows, [](const Endpoint& row) -> const Endpoint& { return row; },
        [&](const Endpoint& row) -> std::optional<ActionResult> {
            const DWORD result = closeOne(row);
            if (result != NO_ERROR)
                return closeFailure(result, row, what);
            if (!stillThere(row))
                return std::nullopt;
            const std::string call = row.family() == Family::IPv4 ? "SetTcpEntry" : "NsiSetAllParameters";
            if (const auto& wine = windows_backend::wineVersion())
                return ActionResult::failure(ActionStatus::Unsupported,
                    std::string("closing ") + (row.family() == Family::IPv6 ? "IPv6 " : "")
                        + "connections is not supported under Wine " + *wine + " (its " + call
                        + " answers success and does nothing: " + what + " is still there)");
            return ActionResult::failure(
                ActionStatus::Failed, call + " answered success, but " + what + " is still there");
        });
}

} // namespace portolan::actions
