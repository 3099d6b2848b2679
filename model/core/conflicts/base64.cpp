#include "base64.h"

#include <cstdint>

namespace portolan::conflicts {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}
} // namespace

std::string encodeBase64(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t a = static_cast<unsigned char>(bytes[i]);
        const std::uint32_t b = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        const std::uint32_t c = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0;
        const std::uint32_t word = a << 16 | b << 8 | c;
        out.push_back(kAlphabet[word >> 18 & 63]);
        out.push_back(kAlphabet[word >> 12 & 63]);
        out.push_back(i + 1 < bytes.size() ? kAlphabet[word >> 6 & 63] : '=');
        out.push_back(i + 2 < bytes.size() ? kAlphabet[word & 63] : '=');
    }
    return out;
}

std::optional<std::string> decodeBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        int v[4];
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<std::size_t>(k)];
            if (c == '=' && last && k >= 2) {
                v[k] = 0;
                ++padding;
                continue;
            }
            if (padding) // data after '='
                return std::nullopt;
            v[k] = valueOf(c);
            if (v[k] < 0)
                return std::nullopt;
        }
        const std::uint32_t word
            = std::uint32_t(v[0]) << 18 | std::uint32_t(v[1]) << 12 | std::uint32_t(v[2]) << 6 | std::uint32_t(v[3]);
        out.push_back(static_cast<char>(word >> 16 & 0xff));
        if (padding < 2)
            out.push_back(static_cast<char>(word >> 8 & 0xff));
        if (padding < 1)
            out.push_back(static_cast<char>(word & 0xff));
    }
    return out;
}

} // namespace portolan::conflicts
