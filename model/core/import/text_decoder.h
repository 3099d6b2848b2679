#pragma once

#include "code_pages.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace portolan::capture {

enum class EncodingKind : std::uint8_t {
    Utf8,
    Utf8Bom,
    Utf16LeBom, // PowerShell 5 `>` / Out-File
    Utf16Le, // TCPView saves
    Utf16BeBom,
    Utf16Be,
    CodePage, // an OEM/ANSI page, see `page`
};

struct EncodingGuess
{
    EncodingKind kind = EncodingKind::Utf8;
    CodePage page = CodePage::Cp850;
    std::size_t bomLength = 0;
    std::string fatal; // not text we can read (binary data, UTF-32): the reason
    std::string note; // a contradiction resolved (a UTF-8 BOM on UTF-16 text): for the snapshot's warnings

    std::string name() const; // "utf-8", "utf-16le-bom", "cp850", ...
};

// Looks at the first bytes of a capture (callers pass up to 64 KiB): BOMs, the NUL pattern of BOM-less UTF-16,
// UTF-8 validity, and for legacy bytes the code page under which the known netstat words appear.
EncodingGuess detectEncoding(std::string_view head);

// True when `bytes` is valid UTF-8, allowing one incomplete sequence at the very end (a chunk boundary).
bool isValidUtf8Prefix(std::string_view bytes);

// Decodes a byte stream chunk by chunk to UTF-8. Sequences split across chunks (UTF-8 tails, UTF-16 code unit
// halves and surrogate pairs, DBCS lead bytes) are carried over; malformed input becomes U+FFFD, never an error.
class StreamDecoder
{
public:
    explicit StreamDecoder(const EncodingGuess& guess);

    void decode(std::string_view bytes, std::string& out);
    // End of input: a dangling partial sequence becomes U+FFFD. Returns true when there was one (a truncated
    // file), so the caller can report it.
    bool finish(std::string& out);
    std::size_t replacements() const { return m_replacements; } // U+FFFD produced for malformed input

private:
    void decodeUtf8(std::string_view bytes, std::string& out);
    void decodeUtf16(std::string_view bytes, std::string& out, bool bigEndian);
    void decodeCodePage(std::string_view bytes, std::string& out);
    void emitUnit(std::uint16_t unit, std::string& out);

    EncodingGuess m_guess;
    std::size_t m_bomToSkip = 0;
    std::string m_carry; // incomplete sequence from the previous chunk
    std::uint16_t m_highSurrogate = 0;
    std::size_t m_replacements = 0;
};

} // namespace portolan::capture
