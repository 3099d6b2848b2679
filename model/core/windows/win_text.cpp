#include "win_text.h"

#include <windows.h>

namespace portolan::windows_backend {

std::string toUtf8(std::wstring_view text)
{
    if (text.empty())
        return {};
    const int size = static_cast<int>(text.size());
    const int bytes = ::WideCharToMultiByte(CP_UTF8, 0, text.data(), size, nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(bytes > 0 ? bytes : 0), '\0');
    if (bytes > 0)
        ::WideCharToMultiByte(CP_UTF8, 0, text.data(), size, out.data(), bytes, nullptr, nullptr);
    return out;
}

std::wstring toWide(std::string_view utf8)
{
    if (utf8.empty())
        return {};
    const int size = static_cast<int>(utf8.size());
    const int chars = ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, nullptr, 0);
    std::wstring out(static_cast<std::size_t>(chars > 0 ? chars : 0), L'\0');
    if (chars > 0)
        ::MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, out.data(), chars);
    return out;
}

std::string win32ErrorText(std::uint32_t code)
{
    wchar_t* buffer = nullptr;
    const DWORD flags = FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;
    DWORD length = ::FormatMessageW(flags, nullptr, code, MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
        reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    if (length == 0) // no English message table on a localized system: take the user's language
        length = ::FormatMessageW(flags, nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    std::string text;
    if (length && buffer) {
        text = toUtf8(std::wstring_view(buffer, length));
        while (
            !text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '.'))
            text.pop_back();
    }
    if (buffer)
        ::LocalFree(buffer);
    if (text.empty())
        text = "error";
    return text + " (" + std::to_string(code) + ")";
}

const std::optional<std::string>& wineVersion()
{
    static const std::optional<std::string> version = []() -> std::optional<std::string> {
        const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
        if (!ntdll)
            return std::nullopt;
        using WineGetVersion = const char*(__cdecl*)();
        const auto get
            = reinterpret_cast<WineGetVersion>(reinterpret_cast<void*>(::GetProcAddress(ntdll, "wine_get_version")));
        if (!get)
            return std::nullopt;
        const char* text = get();
        return std::string(text ? text : "unknown");
    }();
    return version;
}

} // namespace portolan::windows_backend
