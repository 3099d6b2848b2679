#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portolan::capture {

// The legacy code pages captures arrive in: the OEM pages `cmd` redirection writes (437, 850, 866, 932, 936,
// 949) and the ANSI pages a mis-decoding step tends to go through (1252, 1251). Our own tables instead of iconv:
// the core cross-compiles with mingw-w64 and must behave the same there.
enum class CodePage : std::uint8_t {
    Cp437,
    Cp850,
    Cp866,
    Cp1252,
    Cp1251,
    Latin1,
    Cp932, // Shift-JIS (Japanese)
    Cp936, // GBK (Simplified Chinese)
    Cp949, // Unified Hangul Code (Korean)
};

std::string_view codePageName(CodePage page); // "cp850", ...
bool isDoubleByte(CodePage page);

void appendUtf8(std::string& out, char32_t codePoint);

// Single-byte pages: the code point for a byte >= 0x80.
char32_t singleByteToUnicode(CodePage page, std::uint8_t byte);
// The byte a single-byte page uses for `codePoint`, if any (ASCII maps to itself).
std::optional<std::uint8_t> unicodeToSingleByte(CodePage page, char32_t codePoint);

// Double-byte pages: whether `lead` starts a two-byte sequence, and the code point of the pair. The tables only
// carry the characters Windows netstat prints (banner, column header, "cannot obtain ownership" message) plus,
// for CP932, all kana; other pairs decode to U+FFFD. Socket rows are pure ASCII in every locale, so they always
// decode exactly.
bool isLeadByte(CodePage page, std::uint8_t lead);
char32_t doubleByteToUnicode(CodePage page, std::uint8_t lead, std::uint8_t trail);
// CP932 single bytes 0xA1..0xDF are half-width katakana.
char32_t cp932SingleByte(std::uint8_t byte);

// Decodes a complete byte string (no sequences split across calls) to UTF-8.
std::string decodeCodePage(CodePage page, std::string_view bytes);

// Reads one UTF-8 sequence at `pos`, advancing it; U+FFFD (and one byte) on malformed input.
char32_t nextUtf8(std::string_view text, std::size_t& pos);

} // namespace portolan::capture
