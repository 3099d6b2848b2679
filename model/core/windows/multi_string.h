#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::windows_backend {

// The entries of a REG_MULTI_SZ value, kept as the UTF-16 that was stored. Whatever we cannot parse (a
// ReservedPorts line such as "5000 - 5010 # old", an entry that is not even valid UTF-16, an empty entry in the
// middle of the list) goes back byte for byte when the value is rewritten after an append or a removal.
class MultiString
{
public:
    MultiString() = default;
    static MultiString fromUtf8(const std::vector<std::string>& entries);

    // Reads REG_MULTI_SZ data without assuming it is well formed: the list terminator and the last entry's
    // terminator are optional; empty entries between others are kept (RegEdit would drop them, we don't).
    static MultiString fromRaw(std::wstring_view data);
    // Each entry followed by NUL, then the list's closing NUL. For data that fromRaw read, toRaw gives the same
    // code units back, except that missing terminators are added.
    std::wstring toRaw() const;

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    const std::wstring& raw(std::size_t index) const { return m_entries.at(index); }
    std::string utf8(std::size_t index) const; // invalid UTF-16 shows as U+FFFD here, but stays intact in raw()
    std::vector<std::string> utf8() const;

    void append(std::string_view utf8Entry);
    void appendRaw(std::wstring entry);
    void removeAt(std::size_t index);

    bool operator==(const MultiString&) const = default;

private:
    std::vector<std::wstring> m_entries;
};

} // namespace portolan::windows_backend
