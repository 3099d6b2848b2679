#include "core/windows/registry.h"
#include "core/windows/win_text.h"
#include "core/windows/windows_port_config.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace portolan {
namespace {

using namespace windows_backend;

const RegistryKeyPath kTcpip { RegistryHive::LocalMachine, kTcpipParametersKey };
const RegistryKeyPath kDnsService { RegistryHive::LocalMachine, "SYSTEM\\CurrentControlSet\\Services\\DNS" };
const RegistryKeyPath kDns { RegistryHive::LocalMachine, kDnsParametersKey };

bool hasNote(const MachinePortConfig& config, std::string_view needle)
{
    return std::any_of(config.notes.begin(), config.notes.end(),
        [&](const std::string& note) { return note.find(needle) != std::string::npos; });
}

// Writes the real knobs into the (Wine) registry and puts everything back afterwards: values that existed are
// restored byte for byte, values and keys we created are deleted.
class PortConfig : public ::testing::Test
{
protected:
    struct Saved
    {
        RegistryKeyPath key;
        std::string name;
        std::optional<RawRegistryValue> value;
    };

    void SetUp() override
    {
        m_dnsServiceExisted = keyExists(kDnsService);
        for (const auto& [key, name] : { std::pair { kTcpip, "MaxUserPort" }, std::pair { kTcpip, "ReservedPorts" },
                 std::pair { kDns, "SocketPoolSize" }, std::pair { kDns, "SocketPoolExcludedPortRanges" } }) {
            const auto raw = readRaw(key, name);
            ASSERT_TRUE(raw.ok() || raw.absent()) << key.text() << "\\" << name << ": " << raw.describe();
            m_saved.push_back({ key, name, raw.ok() ? std::optional(raw.value) : std::nullopt });
        }
    }

    void TearDown() override
    {
        for (const auto& saved : m_saved) {
            const auto result
                = saved.value ? writeRaw(saved.key, saved.name, *saved.value) : deleteValue(saved.key, saved.name);
            EXPECT_TRUE(result.ok() || result.absent()) << saved.name << ": " << result.describe();
        }
        if (!m_dnsServiceExisted) {
            const auto removed = deleteKeyTree(kDnsService);
            EXPECT_TRUE(removed.ok() || removed.absent()) << removed.describe();
        }
        for (const auto& saved : m_saved) { // back to exactly what was there
            const auto now = readRaw(saved.key, saved.name);
            if (saved.value) {
                EXPECT_TRUE(now.ok() && now.value.type == saved.value->type && now.value.data == saved.value->data)
                    << saved.name;
            } else {
                EXPECT_TRUE(now.absent()) << saved.name << ": " << now.describe();
            }
        }
    }

    bool isPristine() const
    {
        return std::none_of(m_saved.begin(), m_saved.end(), [](const Saved& s) { return s.value.has_value(); });
    }

    std::vector<Saved> m_saved;
    bool m_dnsServiceExisted = false;
};

TEST_F(PortConfig, FreshPrefixGivesTheDefaults)
{
    if (wineVersion()) { // a fresh Wine prefix has none of the knobs (wine.inf only writes DataBasePath)
        ASSERT_TRUE(isPristine());
    }
    const auto config = readWindowsPortConfig(); // netsh included: Wine's is a stub that prints nothing
    ASSERT_EQ(config.dynamicRanges.size(), 4u);
    for (const auto family : { Family::IPv4, Family::IPv6 }) {
        for (const auto protocol : { Protocol::Tcp, Protocol::Udp }) {
            const auto* range = config.dynamicRange(protocol, family);
            ASSERT_NE(range, nullptr);
            if (range->source.starts_with("netsh")) { // real Windows: whatever the machine has, but sane
                EXPECT_FALSE(wineVersion().has_value());
                EXPECT_GE(range->range.size(), 255u) << range->source; // netsh's minimum range
            } else {
                EXPECT_EQ(range->range, kVistaDefaultDynamicRange) << range->source;
                EXPECT_NE(range->source.find("default"), std::string::npos) << range->source;
            }
        }
    }
    if (wineVersion()) {
        EXPECT_FALSE(config.maxUserPort.has_value());
        EXPECT_TRUE(config.reserved.empty());
        EXPECT_TRUE(config.excluded.empty());
        EXPECT_FALSE(config.dnsSocketPoolSize.has_value());
        EXPECT_TRUE(config.dnsSocketPoolExcluded.empty());
        EXPECT_TRUE(hasNote(config, "netsh int ipv4 show dynamicport tcp: no range"));
    }
}

TEST_F(PortConfig, ConfiguredValuesAreRead)
{
    ASSERT_TRUE(writeDword(kTcpip, "MaxUserPort", 20000).ok());
    ASSERT_TRUE(
        writeMultiString(kTcpip, "ReservedPorts", MultiString::fromUtf8({ "50000-50010", "1812-1813", "bogus" })).ok());
    ASSERT_TRUE(writeDword(kDns, "SocketPoolSize", 3000).ok());
    ASSERT_TRUE(writeMultiString(kDns, "SocketPoolExcludedPortRanges", MultiString::fromUtf8({ "51000-51099" })).ok());

    WindowsPortConfigOptions vista;
    vista.legacyTcpip = false;
    vista.runNetsh = false;
    const auto config = readWindowsPortConfig(vista);
    EXPECT_EQ(config.maxUserPort, std::optional<std::uint32_t>(20000));
    EXPECT_EQ(config.reserved, (std::vector<PortRange> { { 1812, 1813 }, { 50000, 50010 } }));
    EXPECT_TRUE(hasNote(config, "\"bogus\" is not a port range")) << "the unparseable line must be reported";
    EXPECT_EQ(config.dnsSocketPoolSize, std::optional<std::uint32_t>(3000));
    EXPECT_EQ(config.dnsSocketPoolExcluded, (std::vector<PortRange> { { 51000, 51099 } }));
    // Vista+ ignores MaxUserPort for the range (KB 929851), and says so.
    ASSERT_NE(config.dynamicRange(Protocol::Udp, Family::IPv4), nullptr);
    EXPECT_EQ(config.dynamicRange(Protocol::Udp, Family::IPv4)->range, kVistaDefaultDynamicRange);
    EXPECT_TRUE(hasNote(config, "MaxUserPort is set (20000)"));

    // The reader left the unparseable line where it was.
    const auto reserved = readMultiString(kTcpip, "ReservedPorts");
    ASSERT_TRUE(reserved.ok());
    EXPECT_EQ(reserved.value.utf8(), (std::vector<std::string> { "50000-50010", "1812-1813", "bogus" }));

    // Server 2003 rules: [1024, MaxUserPort] for every protocol and family.
    WindowsPortConfigOptions legacy;
    legacy.legacyTcpip = true;
    const auto old = readWindowsPortConfig(legacy);
    ASSERT_EQ(old.dynamicRanges.size(), 4u);
    for (const auto& range : old.dynamicRanges) {
        EXPECT_EQ(range.range, (PortRange { 1024, 20000 }));
        EXPECT_NE(range.source.find("MaxUserPort"), std::string::npos);
    }

    // Without MaxUserPort Server 2003 falls back to 1024-5000.
    ASSERT_TRUE(deleteValue(kTcpip, "MaxUserPort").ok());
    const auto oldDefault = readWindowsPortConfig(legacy);
    EXPECT_FALSE(oldDefault.maxUserPort.has_value());
    for (const auto& range : oldDefault.dynamicRanges)
        EXPECT_EQ(range.range, kLegacyDefaultDynamicRange);
}

TEST_F(PortConfig, WrongTypedKnobIsANoteNotACrash)
{
    ASSERT_TRUE(writeMultiString(kTcpip, "MaxUserPort", MultiString::fromUtf8({ "20000" })).ok());
    WindowsPortConfigOptions options;
    options.runNetsh = false;
    const auto config = readWindowsPortConfig(options);
    EXPECT_FALSE(config.maxUserPort.has_value());
    EXPECT_TRUE(hasNote(config, "MaxUserPort: wrong-type"));
}

TEST(PortConfigRules, LegacyRangeFollowsMaxUserPort)
{
    EXPECT_EQ(legacyDynamicRange(std::nullopt), (PortRange { 1024, 5000 }));
    EXPECT_EQ(legacyDynamicRange(65534), (PortRange { 1024, 65534 }));
    EXPECT_EQ(legacyDynamicRange(30000), (PortRange { 1024, 30000 }));
    EXPECT_EQ(legacyDynamicRange(100), (PortRange { 1024, 5000 })); // below the documented minimum
    EXPECT_EQ(legacyDynamicRange(70000), (PortRange { 1024, 65534 })); // above the documented maximum
}

TEST(PortConfigRules, PublicEntryPointReadsThisMachine)
{
    const auto config = readMachinePortConfig();
    EXPECT_EQ(config.dynamicRanges.size(), 4u);
    for (const auto& range : config.dynamicRanges)
        EXPECT_GT(range.range.size(), 0u);
}

} // namespace
} // namespace portolan
