#include "core/windows/netsh_output.h"

#include <gtest/gtest.h>

namespace portolan {
namespace {

using namespace windows_backend;

// Layout from KB 929851 / `netsh int ipv4 show dynamicport tcp` on Windows 10, CRLF endings and all.
constexpr std::string_view kEnglish = "\r\nProtocol tcp Dynamic Port Range\r\n---------------------------------\r\n"
                                      "Start Port      : 49152\r\nNumber of Ports : 16384\r\n\r\n";
// A French system (DataDog pkg/network/event_windows_test.go): the labels change, the numbers don't.
constexpr std::string_view kFrench = "\r\nPlage de ports dynamiques du protocole tcp\r\n"
                                     "---------------------------------\r\nPort de d\xe9marrage   : 10000\r\n"
                                     "Nombre de ports     : 1000\r\n";

TEST(NetshOutput, DynamicPortEnglish)
{
    EXPECT_EQ(parseNetshDynamicPort(kEnglish), (PortRange { 49152, 65535 }));
}

TEST(NetshOutput, DynamicPortLocalized)
{
    EXPECT_EQ(parseNetshDynamicPort(kFrench), (PortRange { 10000, 10999 }));
}

TEST(NetshOutput, DynamicPortMissingOrNonsense)
{
    EXPECT_EQ(parseNetshDynamicPort(""), std::nullopt); // Wine's stub netsh
    EXPECT_EQ(parseNetshDynamicPort("Start Port : 49152\r\n"), std::nullopt);
    EXPECT_EQ(parseNetshDynamicPort("Start Port : 60000\r\nNumber of Ports : 10000\r\n"), std::nullopt);
    EXPECT_EQ(parseNetshDynamicPort("Start Port : 0\r\nNumber of Ports : 10\r\n"), std::nullopt);
    EXPECT_EQ(
        parseNetshDynamicPort("The following command was not found: int ipv4 show dynamicport tcp.\r\n"), std::nullopt);
}

TEST(NetshOutput, ExcludedRanges)
{
    constexpr std::string_view output = "\r\nProtocol tcp Port Exclusion Ranges\r\n\r\n"
                                        "Start Port    End Port\r\n----------    --------\r\n"
                                        "      5357        5357\r\n     50000       50059     *\r\n\r\n"
                                        "* - Administered port exclusions.\r\n\r\n";
    EXPECT_EQ(parseNetshExcludedRanges(output), (std::vector<PortRange> { { 5357, 5357 }, { 50000, 50059 } }));
    EXPECT_TRUE(parseNetshExcludedRanges("").empty());
    EXPECT_TRUE(parseNetshExcludedRanges("  70000  70001\r\n  9 8\r\n").empty());
}

} // namespace
} // namespace portolan
