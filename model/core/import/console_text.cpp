#include "console_text.h"

namespace portolan::capture {

namespace {

// Wide (two-cell) ranges of East Asian Width "W"/"F", coarse but covering what process names and localised
// values contain: Hangul Jamo, CJK, Hangul syllables, compatibility ideographs, full-width forms, planes 2-3.
bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

} // namespace

std::string stripAnsiEscapes(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '\x1b') {
            out.push_back(text[i++]);
            continue;
        }
        if (i + 1 >= text.size()) {
            ++i;
        } else if (text[i + 1] == '[') { // CSI: parameters and intermediates, then a final byte 0x40-0x7E
            i += 2;
            while (i < text.size() && !(text[i] >= 0x40 && text[i] <= 0x7E))
                ++i;
            ++i;
        } else if (text[i + 1] == ']') { // OSC (hyperlinks, titles): up to BEL or ESC backslash
            i += 2;
            while (i < text.size() && text[i] != '\a' && !(text[i] == '\x1b' && i + 1 < text.size()))
                ++i;
            i += i < text.size() && text[i] == '\x1b' ? 2 : 1;
        } else {
            i += 2;
        }
    }
    return out;
}

void consoleCells(std::string_view utf8, std::vector<std::size_t>& cells)
{
    cells.assign(utf8.size() + 1, 0);
    std::size_t cell = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = lead < 0x80 ? 1
            : (lead >> 5) == 0x6         ? 2
            : (lead >> 4) == 0xE         ? 3
            : (lead >> 3) == 0x1E        ? 4
                                         : 1;
        if (i + length > utf8.size())
            length = utf8.size() - i;
        char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k)
            cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        for (std::size_t k = 0; k < length; ++k)
            cells[i + k] = cell;
        cell += isWide(cp) ? 2 : 1;
        i += length;
    }
    cells[utf8.size()] = cell;
}

bool endsWithCutMark(std::string_view cell)
{
    constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
    return (cell.size() >= kEllipsis.size() && cell.substr(cell.size() - kEllipsis.size()) == kEllipsis)
        || (cell.size() >= 3 && cell.substr(cell.size() - 3) == "...");
}

} // namespace portolan::capture
