#include "core/windows/multi_string.h"

#include <gtest/gtest.h>

namespace portolan {
namespace {

using windows_backend::MultiString;

std::wstring units(std::initializer_list<const wchar_t*> parts, bool terminated = true)
{
    std::wstring out;
    for (const auto* part : parts) {
        out += part;
        out.push_back(L'\0');
    }
    if (terminated)
        out.push_back(L'\0');
    return out;
}

TEST(MultiString, WellFormedDataRoundTripsExactly)
{
    const auto data = units({ L"1812-1813", L"5000-5000" });
    const auto parsed = MultiString::fromRaw(data);
    ASSERT_EQ(parsed.size(), 2u);
    EXPECT_EQ(parsed.utf8(1), "5000-5000");
    EXPECT_EQ(parsed.toRaw(), data);
}

TEST(MultiString, EmptyEntriesInTheMiddleAreKept)
{
    const auto data = units({ L"a", L"", L"", L"b" });
    const auto parsed = MultiString::fromRaw(data);
    ASSERT_EQ(parsed.size(), 4u);
    EXPECT_EQ(parsed.toRaw(), data);
}

TEST(MultiString, MissingTerminatorsAreAddedNothingElseChanges)
{
    std::wstring data = L"a";
    data.push_back(L'\0');
    data += L"b"; // neither the entry nor the list is terminated
    const auto parsed = MultiString::fromRaw(data);
    ASSERT_EQ(parsed.size(), 2u);
    EXPECT_EQ(parsed.toRaw(), units({ L"a", L"b" }));
    EXPECT_EQ(MultiString::fromRaw(units({ L"a" }, false)).toRaw(), units({ L"a" }));
}

TEST(MultiString, EmptyValues)
{
    EXPECT_TRUE(MultiString::fromRaw(L"").empty());
    EXPECT_TRUE(MultiString::fromRaw(std::wstring(1, L'\0')).empty());
    EXPECT_TRUE(MultiString::fromRaw(std::wstring(2, L'\0')).empty());
    EXPECT_EQ(MultiString().toRaw(), std::wstring(1, L'\0'));
}

TEST(MultiString, AppendAndRemoveKeepTheRest)
{
    auto parsed = MultiString::fromRaw(units({ L"keep me", L"drop", L"??" }));
    parsed.removeAt(1);
    parsed.append("7000-7000");
    parsed.removeAt(99); // out of range: nothing happens
    EXPECT_EQ(parsed.toRaw(), units({ L"keep me", L"??", L"7000-7000" }));
}

} // namespace
} // namespace portolan
