// Runs the real portolan-cli binary and reads its JSON.

#include "live_sockets.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace {
std::string run(const std::string& command, int& status)
{
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return out;
    std::array<char, 65536> buffer;
    while (auto n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    status = ::pclose(pipe);
    return out;
}
} // namespace

TEST(CliSnapshot, JsonListsASocketThisTestOpened)
{
    auto udp = portolan::test::udpBound();
    const auto port = portolan::test::localPort(udp.get());
    int status = -1;
    const auto text = run(std::string(PORTOLAN_CLI) + " snapshot --format json", status);
    ASSERT_EQ(status, 0);
    const auto json = nlohmann::json::parse(text);
    EXPECT_EQ(json["schema"], "portolan.snapshot");
    EXPECT_EQ(json["version"], 1);
    bool found = false;
    for (const auto& e : json["endpoints"]) {
        if (e["protocol"] == "udp" && e["localPort"] == port) {
            found = true;
            EXPECT_EQ(e["pid"], ::getpid()) << "the CLI runs as a child; the socket is ours";
            EXPECT_EQ(e["owner"], "resolved");
            EXPECT_EQ(e["state"], "BOUND");
        }
    }
    EXPECT_TRUE(found) << "UDP port " << port << " not in the CLI's output";
    bool listed = false;
    for (const auto& p : json["processes"])
        listed |= p["pid"] == ::getpid();
    EXPECT_TRUE(listed);
}

TEST(CliSnapshot, BadArgumentsExitWithTwo)
{
    int status = -1;
    run(std::string(PORTOLAN_CLI) + " snapshot --format yaml 2>/dev/null", status);
    EXPECT_EQ(WEXITSTATUS(status), 2);
    run(std::string(PORTOLAN_CLI) + " frobnicate 2>/dev/null", status);
    EXPECT_EQ(WEXITSTATUS(status), 2);
}

TEST(CliSnapshot, CsvAndTableFormatsCarryTheSameRows)
{
    auto udp = portolan::test::udpBound();
    const auto port = std::to_string(portolan::test::localPort(udp.get()));
    int status = -1;
    const auto csv = run(std::string(PORTOLAN_CLI) + " snapshot --format csv", status);
    ASSERT_EQ(status, 0);
    EXPECT_EQ(csv.rfind("protocol,family,local_address,local_port", 0), 0u);
    EXPECT_NE(
        csv.find("udp,ipv4,127.0.0.1," + port + ",0.0.0.0,0,BOUND," + std::to_string(::getpid())), std::string::npos);
    const auto table = run(std::string(PORTOLAN_CLI) + " snapshot", status);
    ASSERT_EQ(status, 0);
    EXPECT_NE(table.find(port), std::string::npos);
}
