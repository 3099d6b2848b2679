// Windows half of secure_file.h: no reparse points, a plain file with one link, an owner that is SYSTEM,
// Administrators or this user, and a DACL that does not let everybody write.

#include "secure_file.h"

#include "../windows/win_text.h"

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

#include <memory>
#include <vector>

namespace portolan::conflicts {

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

struct LocalMemory
{
    void* pointer = nullptr;
    ~LocalMemory()
    {
        if (pointer)
            ::LocalFree(pointer);
    }
};

bool isWellKnown(PSID sid, WELL_KNOWN_SID_TYPE type)
{
    return sid && ::IsWellKnownSid(sid, type);
}

// This process's user.
std::vector<std::uint8_t> currentUserSid()
{
    HANDLE token = nullptr;
    std::vector<std::uint8_t> out;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return out;
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<std::uint8_t> buffer(size);
    if (size && ::GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        const auto* user = reinterpret_cast<TOKEN_USER*>(buffer.data());
        const DWORD length = ::GetLengthSid(user->User.Sid);
        out.assign(static_cast<std::uint8_t*>(user->User.Sid), static_cast<std::uint8_t*>(user->User.Sid) + length);
    }
    ::CloseHandle(token);
    return out;
}

std::string sidText(PSID sid)
{
    LPWSTR text = nullptr;
    if (!sid || !::ConvertSidToStringSidW(sid, &text))
        return "?";
    std::string out = windows_backend::toUtf8(text);
    ::LocalFree(text);
    return out;
}

// Empty when the open file's owner and DACL are acceptable.
std::string checkSecurity(HANDLE file, const std::string& path)
{
    PSID owner = nullptr;
    PACL dacl = nullptr;
    LocalMemory descriptor;
    const DWORD status = ::GetSecurityInfo(file, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
        &owner, nullptr, &dacl, nullptr, reinterpret_cast<PSECURITY_DESCRIPTOR*>(&descriptor.pointer));
    if (status != ERROR_SUCCESS)
        return path + ": cannot read its security descriptor: " + win32ErrorText(status);
    auto user = currentUserSid();
    const bool ownerOk = isWellKnown(owner, WinLocalSystemSid) || isWellKnown(owner, WinBuiltinAdministratorsSid)
        || (!user.empty() && owner && ::EqualSid(owner, user.data()));
    if (!ownerOk)
        return path + ": belongs to " + sidText(owner) + ", neither an administrator nor this user; refusing it";
    if (!dacl)
        return path + ": has no access control list, so anyone may change it; refusing it";
    constexpr DWORD kWrite
        = FILE_WRITE_DATA | FILE_APPEND_DATA | WRITE_DAC | WRITE_OWNER | GENERIC_WRITE | GENERIC_ALL | DELETE;
    for (DWORD i = 0; i < dacl->AceCount; ++i) {
        void* ace = nullptr;
        if (!::GetAce(dacl, i, &ace))
            continue;
        const auto* header = static_cast<ACE_HEADER*>(ace);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE)
            continue;
        const auto* allowed = static_cast<ACCESS_ALLOWED_ACE*>(ace);
        PSID sid = const_cast<DWORD*>(&allowed->SidStart);
        const bool everybody = isWellKnown(sid, WinWorldSid) || isWellKnown(sid, WinAuthenticatedUserSid)
            || isWellKnown(sid, WinBuiltinUsersSid) || isWellKnown(sid, WinBuiltinGuestsSid)
            || isWellKnown(sid, WinAnonymousSid);
        if (everybody && (allowed->Mask & kWrite))
            return path + ": other users may write it (" + sidText(sid) + "); refusing it";
    }
    return {};
}

// Opens without following reparse points; fails on links, directories and hard-linked files.
bool openChecked(const std::string& path, DWORD access, DWORD disposition, Handle& file, std::string& error)
{
    file.handle = ::CreateFileW(toWide(path).c_str(), access, FILE_SHARE_READ, nullptr, disposition,
        FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (file.handle == INVALID_HANDLE_VALUE) {
        error = path + ": " + win32ErrorText(::GetLastError());
        return false;
    }
    BY_HANDLE_FILE_INFORMATION info {};
    if (!::GetFileInformationByHandle(file.handle, &info)) {
        error = path + ": " + win32ErrorText(::GetLastError());
        return false;
    }
    if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        error = path + ": is a symbolic link or junction; refusing it";
        return false;
    }
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) {
        error = path + ": is not a regular file";
        return false;
    }
    if (info.nNumberOfLinks > 1) {
        error = path + ": has other hard links; refusing it";
        return false;
    }
    return true;
}

} // namespace

bool readTrustedFile(const std::string& path, std::size_t maxBytes, std::string& content, std::string& error)
{
    Handle file;
    if (!openChecked(path, GENERIC_READ | READ_CONTROL, OPEN_EXISTING, file, error))
        return false;
    LARGE_INTEGER size {};
    if (!::GetFileSizeEx(file.handle, &size) || static_cast<unsigned long long>(size.QuadPart) > maxBytes) {
        error = path + ": larger than " + std::to_string(maxBytes) + " bytes; refusing it";
        return false;
    }
    if (auto problem = checkSecurity(file.handle, path); !problem.empty()) {
        error = problem;
        return false;
    }
    content.clear();
    char buffer[65536];
    DWORD got = 0;
    while (::ReadFile(file.handle, buffer, sizeof buffer, &got, nullptr) && got > 0) {
        content.append(buffer, got);
        if (content.size() > maxBytes) {
            error = path + ": larger than " + std::to_string(maxBytes) + " bytes; refusing it";
            return false;
        }
    }
    return true;
}

bool writeResultFile(const std::string& path, std::string_view content, std::string& error)
{
    Handle file;
    if (!openChecked(path, GENERIC_WRITE | READ_CONTROL, OPEN_ALWAYS, file, error))
        return false;
    if (auto problem = checkSecurity(file.handle, path); !problem.empty()) {
        error = problem;
        return false;
    }
    DWORD written = 0;
    if (!::SetEndOfFile(file.handle)
        || !::WriteFile(file.handle, content.data(), static_cast<DWORD>(content.size()), &written, nullptr)
        || written != content.size() || !::FlushFileBuffers(file.handle)) {
        error = path + ": " + win32ErrorText(::GetLastError());
        return false;
    }
    return true;
}

} // namespace portolan::conflicts
