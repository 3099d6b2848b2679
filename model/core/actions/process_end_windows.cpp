// Windows half of process_end.h: OpenProcess(PROCESS_TERMINATE) + TerminateProcess, then a wait on the same handle,
// which also pins the process: a PID reused meanwhile is a different object and is never touched.

#include "process_end.h"

#include "../windows/process_resolver.h"
#include "../windows/service_map.h"
#include "../windows/win_text.h"

#include <windows.h>

namespace portolan::actions {

namespace {

using windows_backend::win32ErrorText;

struct Handle
{
    HANDLE handle = nullptr;
    ~Handle()
    {
        if (handle)
            ::CloseHandle(handle);
    }
};

std::uint64_t creationTime(HANDLE process)
{
    FILETIME creation {}, exitTime {}, kernel {}, user {};
    if (!::GetProcessTimes(process, &creation, &exitTime, &kernel, &user))
        return 0;
    return (std::uint64_t(creation.dwHighDateTime) << 32) | creation.dwLowDateTime;
}

// "sleep.exe (PID 4242)", or "PID 4242" when the image cannot be read.
std::string describe(HANDLE process, std::uint32_t pid)
{
    std::wstring path(32768, L'\0');
    DWORD length = static_cast<DWORD>(path.size());
    const std::string number = "PID " + std::to_string(pid);
    if (!::QueryFullProcessImageNameW(process, 0, path.data(), &length))
        return number;
    path.resize(length);
    const auto slash = path.find_last_of(L"\\/");
    return windows_backend::toUtf8(slash == std::wstring::npos ? path : path.substr(slash + 1)) + " (" + number + ")";
}

} // namespace

std::uint32_t currentProcessId()
{
    return ::GetCurrentProcessId();
}

ProcessInfoPtr readProcess(std::uint32_t pid)
{
    windows_backend::ServiceMap services;
    std::string error;
    services.refreshIfStale(error); // without the SCM the process is still described, without its services
    windows_backend::ProcessResolver resolver;
    resolver.beginSnapshot();
    return resolver.lookup(pid, services).info;
}

ActionResult endProcess(std::uint32_t pid, const EndOptions& options)
{
    if (auto refusal = refusalReason(pid); !refusal.empty())
        return ActionResult::failure(ActionStatus::Refused, std::move(refusal));
    std::string name = "PID " + std::to_string(pid);
    Handle process { ::OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid) };
    if (!process.handle) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_INVALID_PARAMETER)
            return ActionResult::failure(ActionStatus::NotFound, "no process with " + name);
        if (error == ERROR_ACCESS_DENIED)
            return ActionResult::failure(ActionStatus::PermissionDenied,
                "not allowed to end " + name
                    + ": run Portolan as an administrator (protected system processes cannot be ended at all)");
        return ActionResult::failure(ActionStatus::Failed, "OpenProcess(" + name + "): " + win32ErrorText(error));
    }
    name = describe(process.handle, pid);
    // A process object outlives its process while handles to it are open.
    if (::WaitForSingleObject(process.handle, 0) == WAIT_OBJECT_0)
        return ActionResult::failure(ActionStatus::NotFound, name + " has already exited");
    if (options.expectedStartTime && creationTime(process.handle) != *options.expectedStartTime)
        return ActionResult::failure(ActionStatus::NotFound,
            "the process that was PID " + std::to_string(pid)
                + " has exited; the PID now names another one, which was left alone");
    if (!::TerminateProcess(process.handle, 1)) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_ACCESS_DENIED)
            return ActionResult::failure(
                ActionStatus::PermissionDenied, "not allowed to end " + name + ": run Portolan as an administrator");
        return ActionResult::failure(ActionStatus::Failed, "TerminateProcess(" + name + "): " + win32ErrorText(error));
    }
    const auto wait = static_cast<DWORD>(std::min<long long>(options.timeout.count(), INFINITE - 1));
    if (::WaitForSingleObject(process.handle, wait) != WAIT_OBJECT_0)
        return ActionResult::failure(ActionStatus::TimedOut,
            name + " was told to end but is still there after " + std::to_string(options.timeout.count()) + " ms");
    return ActionResult::done("ended " + name);
}

} // namespace portolan::actions
