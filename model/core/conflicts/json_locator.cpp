#include "json_locator.h"

#include <algorithm>
#include <string>

namespace portolan::conflicts {

std::size_t lineOfOffset(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

namespace {

// Skips a string starting at text[i] == '"'; returns the index after the closing quote and the raw contents.
std::size_t skipString(std::string_view text, std::size_t i, std::string* contents)
{
    ++i;
    while (i < text.size() && text[i] != '"') {
        if (text[i] == '\\' && i + 1 < text.size()) {
            if (contents)
                contents->push_back(text[i + 1]);
            i += 2;
            continue;
        }
        if (contents)
            contents->push_back(text[i]);
        ++i;
    }
    return std::min(i + 1, text.size());
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::vector<std::size_t> topLevelArrayElementLines(std::string_view text, std::string_view key)
{
    std::vector<std::size_t> lines;
    int depth = 0;
    bool expectKey = false; // at depth 1, the next string is a key
    std::string lastKey;
    bool inTarget = false; // inside the wanted array (depth 2)
    bool awaitingElement = false;
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (inTarget && awaitingElement && depth == 2 && c != ']') {
            lines.push_back(line);
            awaitingElement = false;
        }
        if (c == '"') {
            std::string contents;
            const bool capture = depth == 1 && expectKey;
            const std::size_t end = skipString(text, i, capture ? &contents : nullptr);
            line += static_cast<std::size_t>(
                std::count(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(end), '\n'));
            if (capture) {
                lastKey = std::move(contents);
                expectKey = false;
            }
            i = end;
            continue;
        }
        switch (c) {
        case '{':
            ++depth;
            if (depth == 1)
                expectKey = true;
            break;
        case '[':
            ++depth;
            if (depth == 2 && lastKey == key) {
                inTarget = true;
                awaitingElement = true;
            }
            break;
        case '}':
        case ']':
            if (depth == 2 && inTarget && c == ']')
                return lines;
            --depth;
            break;
        case ',':
            if (depth == 1)
                expectKey = true;
            else if (depth == 2 && inTarget)
                awaitingElement = true;
            break;
        default:
            break;
        }
        ++i;
    }
    return lines;
}

} // namespace portolan::conflicts
