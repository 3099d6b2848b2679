#include "text_decoder.h"

#include "localized_netstat.h"

#include <algorithm>
#include <array>

namespace portolan::capture {

std::string EncodingGuess::name() const
{
    switch (kind) {
    case EncodingKind::Utf8:
        return "utf-8";
    case EncodingKind::Utf8Bom:
        return "utf-8-bom";
    case EncodingKind::Utf16LeBom:
        return "utf-16le-bom";
    case EncodingKind::Utf16Le:
        return "utf-16le";
    case EncodingKind::Utf16BeBom:
        return "utf-16be-bom";
    case EncodingKind::Utf16Be:
        return "utf-16be";
    case EncodingKind::CodePage:
        return std::string(codePageName(page));
    }
    return "?";
}

namespace {

// The length of the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one.
std::size_t utf8SequenceLength(std::uint8_t lead)
{
    return (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
}

// Whether everything after the lead byte at `pos` is a continuation byte: a sequence the end of the buffer cut
// short, whose rest may follow.
bool onlyContinuationBytesAfter(std::string_view bytes, std::size_t pos)
{
    for (std::size_t i = pos + 1; i < bytes.size(); ++i)
        if ((static_cast<std::uint8_t>(bytes[i]) & 0xC0) != 0x80)
            return false;
    return true;
}

} // namespace

bool isValidUtf8Prefix(std::string_view bytes)
{
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto b = static_cast<std::uint8_t>(bytes[pos]);
        if (b < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = utf8SequenceLength(b);
        if (length == 0)
            return false;
        if (pos + length > bytes.size())
            return onlyContinuationBytesAfter(bytes, pos); // cut by the end of the sample
        std::size_t next = pos;
        if (nextUtf8(bytes, next) == 0xFFFD && !(bytes.substr(pos, 3) == "\xEF\xBF\xBD"))
            return false;
        pos = next;
    }
    return true;
}

namespace {

bool isControl(std::uint8_t b)
{
    // Tab, line ends, form feed, ESC (colour codes in terminal captures) and Ctrl-Z (DOS end of file) occur
    // in real text captures; the rest of C0 does not.
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B && b != 0x1A) || b == 0x7F;
}

// Scores each legacy page by the netstat words it makes appear; ties go to plausibility of the bytes.
CodePage chooseCodePage(std::string_view head)
{
    constexpr std::array<CodePage, 8> kCandidates { CodePage::Cp850, CodePage::Cp437, CodePage::Cp866, CodePage::Cp1252,
        CodePage::Cp1251, CodePage::Cp932, CodePage::Cp936, CodePage::Cp949 };
    std::size_t bestScore = 0;
    CodePage best = CodePage::Cp850;
    for (auto page : kCandidates) {
        const auto score = countLocalizedKeywords(decodeCodePage(page, head));
        if (score > bestScore) {
            bestScore = score;
            best = page;
        }
    }
    if (bestScore > 0)
        return best;
    // No known word: judge by the high bytes. Russian OEM text is dense in 0x80..0xAF and 0xE0..0xEF
    // (Cyrillic letters in CP866); well-formed Shift-JIS pairs point at CP932; otherwise the western OEM page.
    std::size_t high = 0, cyrillic = 0, sjisPairs = 0, sjisBad = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(head[i]);
        if (b < 0x80)
            continue;
        ++high;
        if (b <= 0xAF || (b >= 0xE0 && b <= 0xEF))
            ++cyrillic;
    }
    for (std::size_t i = 0; i < head.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(head[i]);
        if (b < 0x80)
            continue;
        if (isLeadByte(CodePage::Cp932, b) && i + 1 < head.size()) {
            const auto t = static_cast<std::uint8_t>(head[i + 1]);
            if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC))
                ++sjisPairs;
            else
                ++sjisBad;
            ++i;
        } else if (!(b >= 0xA1 && b <= 0xDF)) {
            ++sjisBad;
        }
    }
    if (high > 0 && cyrillic * 10 >= high * 9)
        return CodePage::Cp866;
    if (sjisPairs >= 4 && sjisBad == 0)
        return CodePage::Cp932;
    return CodePage::Cp850;
}

} // namespace

namespace {

// Whether `bytes` look like BOM-less UTF-16: mostly-ASCII text has a NUL in every other byte. Returns 'l', 'b'
// or 0.
char utf16Pattern(std::string_view bytes)
{
    const auto probe = bytes.substr(0, std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t(1));
    std::size_t evenZeros = 0, oddZeros = 0;
    for (std::size_t i = 0; i < probe.size(); ++i)
        if (probe[i] == '\0')
            (i % 2 ? oddZeros : evenZeros)++;
    const auto pairs = probe.size() / 2;
    if (pairs < 2)
        return 0;
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs)
        return 'l';
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs)
        return 'b';
    return 0;
}

} // namespace

EncodingGuess detectEncoding(std::string_view head)
{
    EncodingGuess guess;
    auto starts = [&](std::string_view prefix) { return head.substr(0, prefix.size()) == prefix; };
    if (starts(std::string_view("\xFF\xFE\x00\x00", 4)) || starts(std::string_view("\x00\x00\xFE\xFF", 4))) {
        guess.fatal = "UTF-32 text is not supported; save the capture as UTF-8 or UTF-16";
        return guess;
    }
    if (starts("\xEF\xBB\xBF")) {
        guess.bomLength = 3;
        guess.kind = EncodingKind::Utf8Bom;
        // An editor that "converted" a UTF-16 capture by prepending a UTF-8 BOM: the NULs tell the truth.
        if (const auto pattern = utf16Pattern(head.substr(3))) {
            guess.kind = pattern == 'l' ? EncodingKind::Utf16Le : EncodingKind::Utf16Be;
            guess.note = "UTF-8 byte order mark on UTF-16 text; read as UTF-16";
        }
        return guess;
    }
    if (starts("\xFF\xFE")) {
        guess.kind = EncodingKind::Utf16LeBom;
        guess.bomLength = 2;
        return guess;
    }
    if (starts("\xFE\xFF")) {
        guess.kind = EncodingKind::Utf16BeBom;
        guess.bomLength = 2;
        return guess;
    }
    if (const auto pattern = utf16Pattern(head)) {
        guess.kind = pattern == 'l' ? EncodingKind::Utf16Le : EncodingKind::Utf16Be;
        return guess;
    }
    // Binary data shows in the first KBs. Only those are judged, so that a capture with garbage appended later
    // (a disk error, a concatenated dump) still loads up to it and reports the rest line by line.
    const auto start = head.substr(0, 4096);
    std::size_t controls = 0;
    for (char c : start)
        if (isControl(static_cast<std::uint8_t>(c)))
            ++controls;
    if (!start.empty() && controls * 50 > start.size()) {
        guess.fatal = "binary data, not a text capture (" + std::to_string(controls) + " control bytes in the first "
            + std::to_string(start.size()) + ")";
        return guess;
    }
    if (isValidUtf8Prefix(head))
        return guess; // UTF-8 (plain ASCII included)
    guess.kind = EncodingKind::CodePage;
    guess.page = chooseCodePage(head);
    return guess;
}

StreamDecoder::StreamDecoder(const EncodingGuess& guess)
    : m_guess(guess)
    , m_bomToSkip(guess.bomLength)
{ }

void StreamDecoder::decode(std::string_view bytes, std::string& out)
{
    if (m_bomToSkip) {
        const auto skip = std::min(m_bomToSkip, bytes.size());
        bytes.remove_prefix(skip);
        m_bomToSkip -= skip;
    }
    switch (m_guess.kind) {
    case EncodingKind::Utf8:
    case EncodingKind::Utf8Bom:
        decodeUtf8(bytes, out);
        break;
    case EncodingKind::Utf16Le:
    case EncodingKind::Utf16LeBom:
        decodeUtf16(bytes, out, false);
        break;
    case EncodingKind::Utf16Be:
    case EncodingKind::Utf16BeBom:
        decodeUtf16(bytes, out, true);
        break;
    case EncodingKind::CodePage:
        decodeCodePage(bytes, out);
        break;
    }
}

bool StreamDecoder::finish(std::string& out)
{
    const bool incomplete = !m_carry.empty() || m_highSurrogate != 0;
    if (incomplete) {
        appendUtf8(out, 0xFFFD);
        ++m_replacements;
    }
    m_carry.clear();
    m_highSurrogate = 0;
    return incomplete;
}

void StreamDecoder::decodeUtf8(std::string_view bytes, std::string& out)
{
    // Join the carried tail with the start of this chunk, then pass valid text through in runs.
    std::string joined;
    if (!m_carry.empty()) {
        joined = m_carry + std::string(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4)));
        const auto carried = m_carry.size();
        m_carry.clear();
        std::size_t pos = 0;
        const auto b0 = static_cast<std::uint8_t>(joined[0]);
        const std::size_t need = utf8SequenceLength(b0); // the carry starts with a lead byte: never 0
        if (joined.size() < need) {
            m_carry = joined; // still incomplete (tiny chunks)
            return;
        }
        const auto cp = nextUtf8(joined, pos);
        if (cp == 0xFFFD)
            ++m_replacements;
        appendUtf8(out, cp);
        // pos counts bytes of `joined`; the ones beyond the carry came from this chunk.
        bytes.remove_prefix(pos > carried ? pos - carried : 0);
    }
    std::size_t pos = 0;
    std::size_t runStart = 0;
    while (pos < bytes.size()) {
        const auto b = static_cast<std::uint8_t>(bytes[pos]);
        if (b < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t length = utf8SequenceLength(b);
        if (length && pos + length > bytes.size() && onlyContinuationBytesAfter(bytes, pos)) {
            out.append(bytes.data() + runStart, pos - runStart);
            m_carry.assign(bytes.substr(pos));
            return;
        }
        std::size_t next = pos;
        const auto cp = nextUtf8(bytes, next);
        if (cp == 0xFFFD && bytes.substr(pos, 3) != "\xEF\xBF\xBD") {
            out.append(bytes.data() + runStart, pos - runStart);
            appendUtf8(out, 0xFFFD);
            ++m_replacements;
            runStart = next;
        }
        pos = next;
    }
    out.append(bytes.data() + runStart, bytes.size() - runStart);
}

void StreamDecoder::emitUnit(std::uint16_t unit, std::string& out)
{
    if (m_highSurrogate) {
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            appendUtf8(out, 0x10000 + ((char32_t(m_highSurrogate) - 0xD800) << 10) + (unit - 0xDC00));
            m_highSurrogate = 0;
            return;
        }
        appendUtf8(out, 0xFFFD);
        ++m_replacements;
        m_highSurrogate = 0;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        m_highSurrogate = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        appendUtf8(out, 0xFFFD);
        ++m_replacements;
    } else if (unit < 0x80) {
        out.push_back(static_cast<char>(unit));
    } else {
        appendUtf8(out, unit);
    }
}

void StreamDecoder::decodeUtf16(std::string_view bytes, std::string& out, bool bigEndian)
{
    out.reserve(out.size() + bytes.size() / 2 + 16);
    std::size_t pos = 0;
    auto unitAt = [&](std::uint8_t first, std::uint8_t second) {
        return bigEndian ? static_cast<std::uint16_t>(first << 8 | second)
                         : static_cast<std::uint16_t>(second << 8 | first);
    };
    if (!m_carry.empty() && !bytes.empty()) {
        emitUnit(unitAt(static_cast<std::uint8_t>(m_carry[0]), static_cast<std::uint8_t>(bytes[0])), out);
        m_carry.clear();
        pos = 1;
    }
    for (; pos + 1 < bytes.size(); pos += 2) {
        const auto first = static_cast<std::uint8_t>(bytes[pos]);
        const auto second = static_cast<std::uint8_t>(bytes[pos + 1]);
        // Fast path for the ASCII that makes up nearly all of a socket table.
        if (!m_highSurrogate && (bigEndian ? first == 0 && second < 0x80 : second == 0 && first < 0x80)) {
            out.push_back(static_cast<char>(bigEndian ? second : first));
            continue;
        }
        emitUnit(unitAt(first, second), out);
    }
    if (pos < bytes.size())
        m_carry.assign(1, bytes[pos]);
}

void StreamDecoder::decodeCodePage(std::string_view bytes, std::string& out)
{
    const auto page = m_guess.page;
    std::size_t pos = 0;
    if (!m_carry.empty() && !bytes.empty()) {
        appendUtf8(
            out, doubleByteToUnicode(page, static_cast<std::uint8_t>(m_carry[0]), static_cast<std::uint8_t>(bytes[0])));
        m_carry.clear();
        pos = 1;
    }
    if (isDoubleByte(page) && !bytes.empty()) {
        // Leave a lead byte that ends the chunk for the next call.
        std::size_t end = bytes.size();
        std::size_t i = pos;
        while (i < end) {
            const auto b = static_cast<std::uint8_t>(bytes[i]);
            if (b >= 0x80 && isLeadByte(page, b)) {
                if (i + 1 >= end) {
                    m_carry.assign(1, bytes[i]);
                    end = i;
                    break;
                }
                i += 2;
            } else {
                ++i;
            }
        }
        out += capture::decodeCodePage(page, bytes.substr(pos, end - pos));
        return;
    }
    out += capture::decodeCodePage(page, bytes.substr(pos));
}

} // namespace portolan::capture
