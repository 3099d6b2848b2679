// Windows half of durable_file.h: FlushFileBuffers and MoveFileEx(MOVEFILE_WRITE_THROUGH); reparse points
// (symbolic links, junctions) are refused the way O_NOFOLLOW refuses links on POSIX.

#include "durable_file.h"

#include "../windows/win_text.h"

#include <windows.h>

#include <sddl.h>

#include <random>

namespace portolan::conflicts {

using windows_backend::toUtf8;
using windows_backend::toWide;
using windows_backend::win32ErrorText;

namespace {

struct Handle
{
    HANDLE handle = INVALID_HANDLE_VALUE;
    ~Handle()
    {
        if (handle != INVALID_HANDLE_VALUE)
            ::CloseHandle(handle);
    }
};

std::string lastError(const std::string& what)
{
    return what + ": " + win32ErrorText(::GetLastError());
}

// True when `path` exists as a plain file (or not at all); refuses reparse points and directories.
bool checkTarget(const std::string& path, std::string& error)
{
    const DWORD attributes = ::GetFileAttributesW(toWide(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND)
            return true;
        error = path + ": " + win32ErrorText(code);
        return false;
    }
    if (attributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        error = path + ": is a symbolic link or junction; refusing to write through it";
        return false;
    }
    if (attributes & FILE_ATTRIBUTE_DIRECTORY) {
        error = path + ": is a directory";
        return false;
    }
    return true;
}

} // namespace

bool writeFileDurably(const std::string& path, std::string_view content, unsigned, std::string& error)
{
    if (!checkTarget(path, error))
        return false;
    std::random_device random;
    std::wstring temporary;
    Handle file;
    for (int attempt = 0; attempt < 16 && file.handle == INVALID_HANDLE_VALUE; ++attempt) {
        temporary = toWide(path + ".portolan-" + std::to_string(random()) + ".tmp");
        file.handle = ::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
            FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
        if (file.handle == INVALID_HANDLE_VALUE && ::GetLastError() != ERROR_FILE_EXISTS) {
            error = lastError(toUtf8(temporary));
            return false;
        }
    }
    if (file.handle == INVALID_HANDLE_VALUE) {
        error = path + ": no free temporary name";
        return false;
    }
    DWORD written = 0;
    bool ok = ::WriteFile(file.handle, content.data(), static_cast<DWORD>(content.size()), &written, nullptr)
        && written == content.size() && ::FlushFileBuffers(file.handle);
    if (!ok)
        error = lastError("writing " + toUtf8(temporary));
    ::CloseHandle(file.handle);
    file.handle = INVALID_HANDLE_VALUE;
    if (ok
        && !::MoveFileExW(
            temporary.c_str(), toWide(path).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        error = lastError("renaming " + toUtf8(temporary) + " to " + path);
        ok = false;
    }
    if (!ok)
        ::DeleteFileW(temporary.c_str());
    return ok;
}

bool removeFileDurably(const std::string& path, std::string& error)
{
    if (!checkTarget(path, error))
        return false;
    if (!::DeleteFileW(toWide(path).c_str())) {
        const DWORD code = ::GetLastError();
        if (code != ERROR_FILE_NOT_FOUND && code != ERROR_PATH_NOT_FOUND) {
            error = path + ": " + win32ErrorText(code);
            return false;
        }
    }
    return true;
}

bool readRegularFile(
    const std::string& path, std::size_t maxBytes, std::optional<std::string>& content, std::string& error)
{
    content.reset();
    if (!checkTarget(path, error))
        return false;
    Handle file;
    file.handle = ::CreateFileW(toWide(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (file.handle == INVALID_HANDLE_VALUE) {
        const DWORD code = ::GetLastError();
        if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND)
            return true;
        error = path + ": " + win32ErrorText(code);
        return false;
    }
    std::string text;
    char buffer[65536];
    DWORD got = 0;
    while (::ReadFile(file.handle, buffer, sizeof buffer, &got, nullptr) && got > 0) {
        text.append(buffer, got);
        if (text.size() > maxBytes) {
            error = path + ": larger than " + std::to_string(maxBytes) + " bytes";
            return false;
        }
    }
    content = std::move(text);
    return true;
}

bool makeDirectories(const std::string& path, unsigned mode, std::string& error)
{
    // A private directory (the journal's) gets a protected DACL: SYSTEM and Administrators only, so that nobody
    // else can plant or swap files in it (ProgramData lets Users create subfolders and files).
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    SECURITY_ATTRIBUTES attributes { sizeof attributes, nullptr, FALSE };
    if ((mode & 077) == 0
        && ::ConvertStringSecurityDescriptorToSecurityDescriptorW(
            L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)", SDDL_REVISION_1, &descriptor, nullptr))
        attributes.lpSecurityDescriptor = descriptor;
    std::string partial;
    bool ok = true;
    for (std::size_t i = 0; i <= path.size() && ok; ++i) {
        if (i < path.size() && path[i] != '\\' && path[i] != '/')
            continue;
        partial = path.substr(0, i);
        if (partial.empty() || partial.back() == ':' || (partial.size() == 2 && partial[1] == ':'))
            continue;
        if (!::CreateDirectoryW(toWide(partial).c_str(), i == path.size() ? &attributes : nullptr)
            && ::GetLastError() != ERROR_ALREADY_EXISTS) {
            error = lastError("creating " + partial);
            ok = false;
        }
    }
    if (descriptor)
        ::LocalFree(descriptor);
    return ok;
}

std::string createTemporaryFile(const std::string& prefix, std::string& error)
{
    wchar_t directory[MAX_PATH + 1];
    wchar_t file[MAX_PATH + 1];
    const std::wstring shortPrefix = toWide(prefix.substr(0, 3));
    if (!::GetTempPathW(MAX_PATH, directory) || !::GetTempFileNameW(directory, shortPrefix.c_str(), 0, file)) {
        error = lastError("creating a temporary file");
        return {};
    }
    return toUtf8(file);
}

std::string joinPath(const std::string& directory, const std::string& name)
{
    if (directory.empty())
        return name;
    const char last = directory.back();
    return last == '\\' || last == '/' ? directory + name : directory + "\\" + name;
}

std::string absolutePath(const std::string& path)
{
    const std::wstring wide = toWide(path);
    const DWORD size = ::GetFullPathNameW(wide.c_str(), 0, nullptr, nullptr);
    if (!size)
        return {};
    std::wstring out(size, L'\0');
    const DWORD got = ::GetFullPathNameW(wide.c_str(), size, out.data(), nullptr);
    out.resize(got);
    return toUtf8(out);
}

} // namespace portolan::conflicts
