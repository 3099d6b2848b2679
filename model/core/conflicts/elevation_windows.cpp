// Windows half of elevation.h: the token's elevation, and the relaunch through ShellExecuteExW's "runas" verb
// (the UAC prompt). The elevated child cannot write to our console, so it reports through its exit code and the
// result file named on its command line.

#include "elevation.h"

#include "../windows/win_text.h"

#include <windows.h>

#include <shellapi.h>

namespace portolan::conflicts {

using windows_backend::toUtf8;
using windows_backend::toWide;
using windows_backend::win32ErrorText;

bool processIsElevated()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    TOKEN_ELEVATION elevation {};
    DWORD size = 0;
    const bool ok = ::GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size);
    ::CloseHandle(token);
    return ok && elevation.TokenIsElevated;
}

std::string currentExecutable()
{
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = ::GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (n == 0)
            return {};
        if (n < path.size()) {
            path.resize(n);
            return toUtf8(path);
        }
        path.resize(path.size() * 2);
    }
}

std::string findPkexec()
{
    return {};
}

std::string findSudo()
{
    return {};
}

ElevatedRun runElevated(const ElevationDecision& decision)
{
    ElevatedRun out;
    if (decision.method != ElevationMethod::RunAs) {
        out.error = "only ShellExecuteEx runas elevates on Windows";
        return out;
    }
    const std::wstring file = toWide(decision.file);
    const std::wstring parameters = toWide(decision.parameters);
    SHELLEXECUTEINFOW info {};
    info.cbSize = sizeof info;
    // NO_CONSOLE: the child gets no console window of its own (an elevated child cannot share ours anyway; under
    // Wine it keeps the child's output in the test log).
    info.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI | SEE_MASK_NO_CONSOLE;
    info.lpVerb = L"runas";
    info.lpFile = file.c_str();
    info.lpParameters = parameters.c_str();
    info.nShow = SW_HIDE;
    if (!::ShellExecuteExW(&info)) {
        const DWORD error = ::GetLastError();
        out.error = error == ERROR_CANCELLED ? "the elevation prompt was declined" : win32ErrorText(error);
        return out;
    }
    if (!info.hProcess) {
        out.error = "ShellExecuteEx started nothing to wait for";
        return out;
    }
    out.started = true;
    ::WaitForSingleObject(info.hProcess, INFINITE);
    DWORD code = 0;
    if (::GetExitCodeProcess(info.hProcess, &code))
        out.exitCode = static_cast<int>(code);
    ::CloseHandle(info.hProcess);
    return out;
}

} // namespace portolan::conflicts
