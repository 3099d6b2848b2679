#include "multi_string.h"

#include "win_text.h"

namespace portolan::windows_backend {

MultiString MultiString::fromUtf8(const std::vector<std::string>& entries)
{
    MultiString out;
    for (const auto& entry : entries)
        out.append(entry);
    return out;
}

MultiString MultiString::fromRaw(std::wstring_view data)
{
    // "a\0b\0\0": drop the list terminator and the last entry's terminator, then split on NUL.
    if (!data.empty() && data.back() == L'\0')
        data.remove_suffix(1);
    if (!data.empty() && data.back() == L'\0')
        data.remove_suffix(1);
    MultiString out;
    if (data.empty())
        return out;
    std::size_t start = 0;
    while (true) {
        const auto nul = data.find(L'\0', start);
        out.m_entries.emplace_back(data.substr(start, nul == std::wstring_view::npos ? nul : nul - start));
        if (nul == std::wstring_view::npos)
            break;
        start = nul + 1;
    }
    return out;
}

std::wstring MultiString::toRaw() const
{
    std::wstring out;
    for (const auto& entry : m_entries) {
        out += entry;
        out.push_back(L'\0');
    }
    out.push_back(L'\0');
    return out;
}

std::string MultiString::utf8(std::size_t index) const
{
    return toUtf8(m_entries.at(index));
}

std::vector<std::string> MultiString::utf8() const
{
    std::vector<std::string> out;
    out.reserve(m_entries.size());
    for (const auto& entry : m_entries)
        out.push_back(toUtf8(entry));
    return out;
}

void MultiString::append(std::string_view utf8Entry)
{
    m_entries.push_back(toWide(utf8Entry));
}

void MultiString::appendRaw(std::wstring entry)
{
    m_entries.push_back(std::move(entry));
}

void MultiString::removeAt(std::size_t index)
{
    if (index < m_entries.size())
        m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(index));
}

} // namespace portolan::windows_backend
