// Restarting a Windows service so that it lets go of a port (the squatter: the DNS Server service whose socket
// pool holds it) and then (re)starting the service that needs it (KB 956188's cure short of a reboot). Each
// restart first checks who holds the port now, so applying the same plan twice restarts nothing the second time.

#include "windows_ops.h"

#include "../snapshot_engine.h"
#include "../text_util.h"
#include "../windows/win_text.h"

#include <windows.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace portolan::conflicts::windows_ops {

using namespace windows_backend;

namespace {

struct ServiceHandle
{
    SC_HANDLE handle = nullptr;
    ~ServiceHandle()
    {
        if (handle)
            ::CloseServiceHandle(handle);
    }
};

// Services hosted by the processes that hold (protocol, port) now.
std::vector<std::string> holdingServices(const Operation& op)
{
    std::vector<std::string> services;
    const Snapshot snapshot = createPlatformEngine()->take();
    for (const auto& e : snapshot.endpoints) {
        if (e.protocol != op.protocol || e.localPort != op.port || e.state == SocketState::TimeWait
            || e.ownerStatus != OwnerStatus::Resolved)
            continue;
        if (const auto* p = snapshot.process(e.pid))
            for (const auto& s : p->services)
                services.push_back(toLowerAscii(s));
    }
    return services;
}

bool waitForState(SC_HANDLE service, DWORD wanted, std::chrono::seconds timeout, DWORD& last)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    SERVICE_STATUS_PROCESS status {};
    DWORD needed = 0;
    while (::QueryServiceStatusEx(
        service, SC_STATUS_PROCESS_INFO, reinterpret_cast<LPBYTE>(&status), sizeof status, &needed)) {
        last = status.dwCurrentState;
        if (last == wanted)
            return true;
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return false;
}

std::string describePort(const Operation& op)
{
    return std::string(protocolName(op.protocol)) + " " + std::to_string(op.port);
}

} // namespace

bool serviceExists(const std::string& name)
{
    ServiceHandle manager { ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT) };
    if (!manager.handle)
        return false;
    ServiceHandle service { ::OpenServiceW(manager.handle, toWide(name).c_str(), SERVICE_QUERY_STATUS) };
    return service.handle != nullptr;
}

OperationPreview previewRestart(const Operation& op)
{
    OperationPreview p;
    p.target = "service " + op.name;
    p.effect = "service restart";
    if (op.role == RestartRole::Squatter) {
        p.before = "holds " + describePort(op);
        p.after = "restarted; the port is free for its owner";
        p.note = "restarted only while it still holds the port";
    } else {
        p.before = "does not hold " + describePort(op);
        p.after = "started; binds " + describePort(op);
        p.note = "(re)started only while it does not hold the port";
    }
    if (!serviceExists(op.name))
        p.note = "cannot apply: no service named " + op.name;
    return p;
}

OpOutcome applyRestart(const Operation& op)
{
    OpOutcome out;
    const auto holders = holdingServices(op);
    const bool holds = std::find(holders.begin(), holders.end(), toLowerAscii(op.name)) != holders.end();
    out.before = holds ? op.name + " holds " + describePort(op) : op.name + " does not hold " + describePort(op);
    if ((op.role == RestartRole::Squatter) != holds) {
        out.status = EntryStatus::Skipped;
        out.verified = true;
        out.message = out.before + ": not restarted";
        return out;
    }
    ServiceHandle manager { ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT) };
    if (!manager.handle) {
        out.message = "OpenSCManager: " + win32ErrorText(::GetLastError());
        return out;
    }
    ServiceHandle service { ::OpenServiceW(
        manager.handle, toWide(op.name).c_str(), SERVICE_STOP | SERVICE_START | SERVICE_QUERY_STATUS) };
    if (!service.handle) {
        out.message = "OpenService " + op.name + ": " + win32ErrorText(::GetLastError());
        return out;
    }
    DWORD state = 0;
    SERVICE_STATUS status {};
    if (::ControlService(service.handle, SERVICE_CONTROL_STOP, &status)) {
        if (!waitForState(service.handle, SERVICE_STOPPED, std::chrono::seconds(60), state)) {
            out.message = op.name + " did not stop within 60 s (state " + std::to_string(state) + ")";
            return out;
        }
    } else if (const DWORD error = ::GetLastError(); error != ERROR_SERVICE_NOT_ACTIVE) {
        // ERROR_DEPENDENT_SERVICES_RUNNING among others: say so rather than stop the dependents behind the
        // administrator's back.
        out.message = "stopping " + op.name + ": " + win32ErrorText(error);
        return out;
    }
    if (!::StartServiceW(service.handle, 0, nullptr)) {
        out.message = "starting " + op.name + ": " + win32ErrorText(::GetLastError());
        return out;
    }
    out.verified = waitForState(service.handle, SERVICE_RUNNING, std::chrono::seconds(60), state);
    out.after = out.verified ? "running" : "state " + std::to_string(state);
    out.status = out.verified ? EntryStatus::Applied : EntryStatus::Failed;
    if (!out.verified)
        out.message = op.name + " is not running 60 s after its start";
    return out;
}

} // namespace portolan::conflicts::windows_ops
