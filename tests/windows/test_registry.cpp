#include "core/windows/registry.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstring>

namespace portolan {
namespace {

using namespace windows_backend;

std::vector<std::uint8_t> bytesOf(std::wstring_view units)
{
    std::vector<std::uint8_t> bytes(units.size() * sizeof(wchar_t));
    std::memcpy(bytes.data(), units.data(), bytes.size());
    return bytes;
}

// Every test works under its own HKCU\Software\Portolan-test-<random> key and deletes it afterwards.
class Registry : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_FALSE(keyExists(m_key)) << m_key.text(); }
    void TearDown() override
    {
        const auto removed = deleteKeyTree(m_key);
        EXPECT_TRUE(removed.ok() || removed.absent()) << removed.describe();
        EXPECT_FALSE(keyExists(m_key));
    }
    RegistryKeyPath m_key { RegistryHive::CurrentUser, "Software\\Portolan-test-" + wintest::randomSuffix() };
};

TEST_F(Registry, MissingValueIsAbsentNotAnError)
{
    // No key at all.
    EXPECT_EQ(readDword(m_key, "Nothing").status, RegistryStatus::Absent);
    EXPECT_EQ(readMultiString(m_key, "Nothing").status, RegistryStatus::Absent);
    EXPECT_EQ(deleteValue(m_key, "Nothing").status, RegistryStatus::Absent);
    // The key exists, the value does not.
    ASSERT_TRUE(writeDword(m_key, "Other", 1).ok());
    const auto missing = readDword(m_key, "Nothing");
    EXPECT_TRUE(missing.absent());
    EXPECT_EQ(missing.describe(), "absent");
    EXPECT_TRUE(readMultiString(m_key, "Nothing").absent());
    EXPECT_TRUE(deleteValue(m_key, "Nothing").absent());
}

TEST_F(Registry, DwordSetReadDelete)
{
    ASSERT_TRUE(writeDword(m_key, "MaxUserPort", 65534).ok());
    auto value = readDword(m_key, "MaxUserPort");
    ASSERT_TRUE(value.ok()) << value.describe();
    EXPECT_EQ(value.value, 65534u);
    ASSERT_TRUE(writeDword(m_key, "MaxUserPort", 0xffffffffu).ok());
    EXPECT_EQ(readDword(m_key, "MaxUserPort").value, 0xffffffffu);
    EXPECT_TRUE(deleteValue(m_key, "MaxUserPort").ok());
    EXPECT_TRUE(readDword(m_key, "MaxUserPort").absent());
    EXPECT_TRUE(deleteValue(m_key, "MaxUserPort").absent());
}

TEST_F(Registry, WrongTypeIsReportedAndLeftAlone)
{
    const RawRegistryValue text { regtype::kString, bytesOf(std::wstring_view(L"5000", 5)) };
    ASSERT_TRUE(writeRaw(m_key, "MaxUserPort", text).ok());
    const auto asDword = readDword(m_key, "MaxUserPort");
    EXPECT_EQ(asDword.status, RegistryStatus::WrongType);
    EXPECT_EQ(asDword.type, regtype::kString);
    EXPECT_EQ(readMultiString(m_key, "MaxUserPort").status, RegistryStatus::WrongType);
    const auto raw = readRaw(m_key, "MaxUserPort");
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(raw.value.type, text.type);
    EXPECT_EQ(raw.value.data, text.data);
}

TEST_F(Registry, MalformedDataIsReportedNotGuessed)
{
    ASSERT_TRUE(writeRaw(m_key, "ShortDword", { regtype::kDword, { 0x88, 0x13 } }).ok());
    EXPECT_EQ(readDword(m_key, "ShortDword").status, RegistryStatus::Malformed);
    ASSERT_TRUE(writeRaw(m_key, "OddMulti", { regtype::kMultiString, { '1', 0, '2', 0, 0 } }).ok());
    EXPECT_EQ(readMultiString(m_key, "OddMulti").status, RegistryStatus::Malformed);
}

// The fixes will append ranges to Tcpip\Parameters\ReservedPorts. Whatever else is in there, including lines we
// cannot parse, must come back exactly as it was.
TEST_F(Registry, MultiStringWithMalformedEntriesSurvivesAnAppend)
{
    std::wstring stored;
    stored += L"1812-1813";
    stored.push_back(L'\0');
    stored += L"  4000 - 4005 # legacy";
    stored.push_back(L'\0');
    stored += L"60000-50000";
    stored.push_back(L'\0');
    stored.push_back(L'\0'); // an empty entry in the middle: RegEdit would drop it, we must not
    stored += L"gibberish\tline";
    stored.push_back(L'\0');
    stored.push_back(wchar_t(0xD800)); // a lone surrogate: not even valid UTF-16
    stored += L"x";
    stored.push_back(L'\0');
    stored.push_back(L'\0'); // list terminator
    ASSERT_TRUE(writeRaw(m_key, "ReservedPorts", { regtype::kMultiString, bytesOf(stored) }).ok());

    auto value = readMultiString(m_key, "ReservedPorts");
    ASSERT_TRUE(value.ok()) << value.describe();
    ASSERT_EQ(value.value.size(), 6u);
    EXPECT_EQ(value.value.utf8(0), "1812-1813");
    EXPECT_EQ(value.value.utf8(1), "  4000 - 4005 # legacy");
    EXPECT_EQ(value.value.raw(3), L"");
    EXPECT_EQ(value.value.raw(5), std::wstring(1, wchar_t(0xD800)) + L"x");

    value.value.append("50000-50059");
    ASSERT_TRUE(writeMultiString(m_key, "ReservedPorts", value.value).ok());

    const auto after = readRaw(m_key, "ReservedPorts");
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value.type, regtype::kMultiString);
    std::wstring expected = stored.substr(0, stored.size() - 1); // everything up to the list terminator
    expected += L"50000-50059";
    expected.push_back(L'\0');
    expected.push_back(L'\0');
    EXPECT_EQ(after.value.data, bytesOf(expected));

    const auto reread = readMultiString(m_key, "ReservedPorts");
    ASSERT_TRUE(reread.ok());
    ASSERT_EQ(reread.value.size(), 7u);
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_EQ(reread.value.raw(i), value.value.raw(i)) << i;
    EXPECT_EQ(reread.value.utf8(6), "50000-50059");
}

TEST_F(Registry, MultiStringUtf8RoundTrip)
{
    const auto lines = MultiString::fromUtf8({ "3389-3389", "Порт 9", "日本" });
    ASSERT_TRUE(writeMultiString(m_key, "Lines", lines).ok());
    const auto back = readMultiString(m_key, "Lines");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value, lines);
    EXPECT_EQ(back.value.utf8(), (std::vector<std::string> { "3389-3389", "Порт 9", "日本" }));
}

TEST(RegistryPaths, TextNamesTheHive)
{
    EXPECT_EQ((RegistryKeyPath { RegistryHive::LocalMachine, "SYSTEM\\X" }.text()), "HKLM\\SYSTEM\\X");
    EXPECT_EQ((RegistryKeyPath { RegistryHive::CurrentUser, "Software" }.text()), "HKCU\\Software");
    EXPECT_EQ(deleteKeyTree({ RegistryHive::CurrentUser, "" }).status, RegistryStatus::Failed); // never a hive
}

} // namespace
} // namespace portolan
