#include "cli_words.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <iostream>
#include <utility>

namespace portolan::cli {

std::optional<std::string> Words::take(std::string_view name)
{
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const auto& w = m_words[i];
        if (w == name) {
            if (i + 1 >= m_words.size()) {
                fail(std::string(name) + " needs a value");
                m_words.erase(m_words.begin() + long(i));
                return std::nullopt;
            }
            auto value = m_words[i + 1];
            m_words.erase(m_words.begin() + long(i), m_words.begin() + long(i) + 2);
            return value;
        }
        if (w.size() > name.size() && w.compare(0, name.size(), name) == 0 && w[name.size()] == '=') {
            auto value = w.substr(name.size() + 1);
            m_words.erase(m_words.begin() + long(i));
            return value;
        }
    }
    return std::nullopt;
}

std::vector<std::string> Words::takeAll(std::string_view name)
{
    std::vector<std::string> values;
    while (auto v = take(name))
        values.push_back(*v);
    return values;
}

std::optional<long> Words::takeNumber(std::string_view name)
{
    const auto text = take(name);
    if (!text)
        return std::nullopt;
    long value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (text->empty() || ec != std::errc {} || end != text->data() + text->size()) {
        fail(std::string(name) + " needs a whole number, not \"" + *text + "\"");
        return std::nullopt;
    }
    return value;
}

bool Words::flag(std::string_view name)
{
    for (std::size_t i = 0; i < m_words.size(); ++i)
        if (m_words[i] == name) {
            m_words.erase(m_words.begin() + long(i));
            return true;
        }
    return false;
}

std::vector<std::string> Words::positional()
{
    std::vector<std::string> out, rest;
    for (auto& w : m_words)
        (w.size() > 1 && w[0] == '-' ? rest : out).push_back(std::move(w));
    m_words = std::move(rest);
    return out;
}

std::vector<std::string> Words::rest()
{
    return std::exchange(m_words, {});
}

void Words::fail(std::string message)
{
    if (m_error.empty())
        m_error = std::move(message);
}

bool Words::finish()
{
    if (m_error.empty() && !m_words.empty())
        m_error = "unexpected argument \"" + m_words.front() + "\"";
    return m_error.empty();
}

std::optional<std::uint32_t> parseUnsigned(std::string_view text)
{
    std::uint32_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc {} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

Output::Output(const std::string& path)
    : m_toFile(!path.empty())
{
    if (!m_toFile)
        return;
    m_file.open(path, std::ios::binary | std::ios::trunc);
    if (!m_file) {
        std::cerr << "portolan: cannot write " << path << ": " << std::strerror(errno) << '\n';
        m_ok = false;
    }
}

std::ostream& Output::stream()
{
    return m_toFile ? static_cast<std::ostream&>(m_file) : std::cout;
}

} // namespace portolan::cli
