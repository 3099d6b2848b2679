#include "command_runner.h"

#include "win_text.h"

#include <windows.h>

#include <vector>

namespace portolan::windows_backend {

namespace {
struct Handle
{
    HANDLE handle = nullptr;
    ~Handle() { close(); }
    void close()
    {
        if (handle && handle != INVALID_HANDLE_VALUE)
            ::CloseHandle(handle);
        handle = nullptr;
    }
};

void drain(HANDLE pipe, std::string& out)
{
    char buffer[4096];
    DWORD available = 0;
    while (::PeekNamedPipe(pipe, nullptr, 0, nullptr, &available, nullptr) && available > 0) {
        DWORD got = 0;
        if (!::ReadFile(pipe, buffer, sizeof buffer, &got, nullptr) || got == 0)
            return;
        out.append(buffer, got);
    }
}
} // namespace

CommandResult runSystemTool(const std::string& program, const std::string& arguments, std::chrono::milliseconds timeout)
{
    CommandResult result;
    wchar_t systemDir[MAX_PATH] {};
    const UINT length = ::GetSystemDirectoryW(systemDir, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) {
        result.error = "GetSystemDirectory: " + win32ErrorText(::GetLastError());
        return result;
    }
    const std::wstring path = std::wstring(systemDir, length) + L"\\" + toWide(program);
    std::wstring commandLine = L"\"" + path + L"\" " + toWide(arguments);

    SECURITY_ATTRIBUTES inherit { sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE };
    Handle readEnd, writeEnd, nul;
    if (!::CreatePipe(&readEnd.handle, &writeEnd.handle, &inherit, 0)) {
        result.error = "CreatePipe: " + win32ErrorText(::GetLastError());
        return result;
    }
    ::SetHandleInformation(readEnd.handle, HANDLE_FLAG_INHERIT, 0);
    nul.handle = ::CreateFileW(
        L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, OPEN_EXISTING, 0, nullptr);

    STARTUPINFOW startup {};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = nul.handle;
    startup.hStdOutput = writeEnd.handle;
    startup.hStdError = nul.handle;
    PROCESS_INFORMATION process {};
    if (!::CreateProcessW(path.c_str(), commandLine.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW, nullptr, nullptr,
            &startup, &process)) {
        result.error = "CreateProcess " + program + ": " + win32ErrorText(::GetLastError());
        return result;
    }
    Handle processHandle { process.hProcess }, threadHandle { process.hThread };
    writeEnd.close(); // else the read end never sees EOF
    result.started = true;

    // Poll rather than block in ReadFile, so a hung tool cannot hang the caller past `timeout`.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        drain(readEnd.handle, result.output);
        if (::WaitForSingleObject(processHandle.handle, 20) == WAIT_OBJECT_0)
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            ::TerminateProcess(processHandle.handle, 1);
            ::WaitForSingleObject(processHandle.handle, 1000);
            result.timedOut = true;
            break;
        }
    }
    // What it wrote before exiting is still in the pipe. Drained without blocking: a grandchild holding the write
    // end would keep a blocking ReadFile from ever seeing EOF.
    drain(readEnd.handle, result.output);
    DWORD code = 0;
    ::GetExitCodeProcess(processHandle.handle, &code);
    result.exitCode = code;
    return result;
}

} // namespace portolan::windows_backend
