// readMachinePortConfig on Linux: the real sysctls of a private network namespace, and the fallbacks when
// /proc/sys is unreadable or odd (through PortConfigOptions::procSysRoot).

#include "core/netns_child.h"

#include "core/analysis/port_bands.h"
#include "core/port_config.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

using namespace portolan;
using namespace portolan::test;
using nlohmann::json;

namespace {

json configJson(const MachinePortConfig& c)
{
    json ranges = json::array();
    for (const auto& d : c.dynamicRanges)
        ranges.push_back({ { "protocol", int(d.protocol) }, { "family", int(d.family) }, { "first", d.range.first },
            { "last", d.range.last }, { "source", d.source } });
    return { { "ranges", ranges }, { "reserved", formatPortRangeList(c.reserved) }, { "notes", c.notes } };
}

void expectUniform(const json& config, unsigned first, unsigned last, const std::string& source)
{
    ASSERT_EQ(config["ranges"].size(), 4u) << config.dump();
    std::set<std::pair<int, int>> combos;
    for (const auto& r : config["ranges"]) {
        EXPECT_EQ(r["first"], first);
        EXPECT_EQ(r["last"], last);
        EXPECT_EQ(r["source"], source);
        combos.insert({ r["protocol"].get<int>(), r["family"].get<int>() });
    }
    EXPECT_EQ(combos.size(), 4u); // TCP/UDP x IPv4/IPv6
}

class TempSysRoot
{
public:
    TempSysRoot()
        : m_root(std::filesystem::temp_directory_path() / ("portolan-sysctl-" + std::to_string(::getpid())))
    {
        std::filesystem::create_directories(m_root / "net/ipv4");
    }
    ~TempSysRoot() { std::filesystem::remove_all(m_root); }
    void write(const std::string& name, const std::string& text) const
    {
        std::ofstream(m_root / "net/ipv4" / name) << text;
    }
    std::string path() const { return m_root.string(); }

private:
    std::filesystem::path m_root;
};

} // namespace

TEST(LinuxPortConfig, ReadsTheSysctlsOfAPrivateNetworkNamespace)
{
    const std::string hostRange = readSysctl("net.ipv4.ip_local_port_range");
    const std::string hostReserved = readSysctl("net.ipv4.ip_local_reserved_ports");
    const auto run = runInPrivateNetns([](std::string& output) {
        json result;
        // A new namespace starts from the kernel defaults, not from the host's values.
        result["fresh"] = configJson(readMachinePortConfig());
        std::string error = writeSysctl("net.ipv4.ip_local_port_range", "20000 29999");
        if (error.empty())
            error = writeSysctl("net.ipv4.ip_local_reserved_ports", "25000-25009,8080,9000-9010");
        if (!error.empty()) {
            output = error;
            return 78;
        }
        result["set"] = configJson(readMachinePortConfig());
        output = result.dump();
        return 0;
    });
    if (run.unavailable)
        GTEST_SKIP() << "needs root for a private network namespace: " << run.reason;
    ASSERT_EQ(run.exitCode, 0) << run.output;
    const auto result = json::parse(run.output);

    expectUniform(result["fresh"], 32768, 60999, "net.ipv4.ip_local_port_range");
    EXPECT_EQ(result["fresh"]["reserved"], "");
    EXPECT_TRUE(result["fresh"]["notes"].empty()) << result.dump();

    expectUniform(result["set"], 20000, 29999, "net.ipv4.ip_local_port_range");
    EXPECT_EQ(result["set"]["reserved"], "8080,9000-9010,25000-25009");
    EXPECT_TRUE(result["set"]["notes"].empty()) << result.dump();

    // The host's own values are untouched.
    EXPECT_EQ(readSysctl("net.ipv4.ip_local_port_range"), hostRange);
    EXPECT_EQ(readSysctl("net.ipv4.ip_local_reserved_ports"), hostReserved);
}

TEST(LinuxPortConfig, UnreadableSysctlsFallBackToAssumedKernelDefaults)
{
    PortConfigOptions options;
    options.procSysRoot = "/nonexistent/portolan/proc/sys";
    const auto config = readMachinePortConfig(options);
    ASSERT_EQ(config.dynamicRanges.size(), 4u);
    for (const auto& d : config.dynamicRanges) {
        EXPECT_EQ(d.range, (PortRange { 32768, 60999 }));
        EXPECT_TRUE(analysis::isAssumedDefault(d)) << d.source;
    }
    EXPECT_TRUE(config.reserved.empty());
    ASSERT_EQ(config.notes.size(), 2u);
    EXPECT_NE(config.notes[0].find("ip_local_port_range"), std::string::npos) << config.notes[0];
    EXPECT_NE(config.notes[1].find("ip_local_reserved_ports"), std::string::npos) << config.notes[1];
}

TEST(LinuxPortConfig, MalformedContentsAreNotedAndNotTrusted)
{
    TempSysRoot root;
    root.write("ip_local_port_range", "60999 32768\n"); // first > last: the kernel would never print it
    root.write("ip_local_reserved_ports", "8080,abc\n");
    PortConfigOptions options;
    options.procSysRoot = root.path();
    const auto config = readMachinePortConfig(options);
    ASSERT_FALSE(config.dynamicRanges.empty());
    EXPECT_EQ(config.dynamicRanges[0].range, (PortRange { 32768, 60999 }));
    EXPECT_TRUE(analysis::isAssumedDefault(config.dynamicRanges[0]));
    EXPECT_TRUE(config.reserved.empty());
    EXPECT_EQ(config.notes.size(), 2u);
}

TEST(LinuxPortConfig, ReadsWhatTheFilesSayAndNormalizesTheReservedList)
{
    TempSysRoot root;
    root.write("ip_local_port_range", "1024\t4999\n");
    root.write("ip_local_reserved_ports", "10-10,1,2-4,3000-3005\n");
    PortConfigOptions options;
    options.procSysRoot = root.path();
    const auto config = readMachinePortConfig(options);
    ASSERT_EQ(config.dynamicRanges.size(), 4u);
    const auto* udp6 = config.dynamicRange(Protocol::Udp, Family::IPv6);
    ASSERT_NE(udp6, nullptr);
    EXPECT_EQ(udp6->range, (PortRange { 1024, 4999 }));
    EXPECT_EQ(udp6->source, "net.ipv4.ip_local_port_range");
    EXPECT_FALSE(analysis::isAssumedDefault(*udp6));
    EXPECT_EQ(formatPortRangeList(config.reserved), "1-4,10,3000-3005");
    EXPECT_TRUE(config.notes.empty());

    root.write("ip_local_reserved_ports", "\n"); // the default: empty
    EXPECT_TRUE(readMachinePortConfig(options).reserved.empty());
    EXPECT_TRUE(readMachinePortConfig(options).notes.empty());
}
