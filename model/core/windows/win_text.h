#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Text helpers for the Windows backend. Plain types only (wchar_t is UTF-16 on Windows), so callers need no
// <windows.h>.
namespace portolan::windows_backend {

// UTF-16 <-> UTF-8. Unpaired surrogates become U+FFFD in toUtf8: use the raw UTF-16 where data must survive
// unchanged (registry REG_MULTI_SZ entries keep their UTF-16 for that reason).
std::string toUtf8(std::wstring_view text);
std::wstring toWide(std::string_view utf8);

// "Access is denied. (5)": FormatMessage text in English where the system has it, with the code.
std::string win32ErrorText(std::uint32_t code);

// Wine's version ("8.0") when running under Wine (ntdll exports wine_get_version), else nullopt. Tests and the
// engine use it to explain Wine's gaps (PIDs of non-Wine sockets read 0) instead of misreporting them.
const std::optional<std::string>& wineVersion();

} // namespace portolan::windows_backend
