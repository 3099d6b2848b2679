// `portolan ranges` end to end, inside a private network namespace: set ip_local_port_range and
// ip_local_reserved_ports there, open known crowds of sockets with portolan-crowd, run the CLI and check that it
// reports exactly those ranges and counts. The expected numbers come from the crowd arguments below, not from
// the code under test. Never touches the host's sysctls (runInPrivateNetns checks the namespace first).

#include "core/netns_child.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace portolan::test;
using nlohmann::json;

namespace {

// The namespace's configuration and the crowds, and what follows from them.
constexpr unsigned kFirst = 20000, kLast = 21999; // 2000 ports
constexpr const char* kReserved = "21990-21999,8080,9000-9010"; // 10 of them inside the range
constexpr unsigned kReservedInside = 10;
constexpr unsigned kPoolUdp = 1100; // random ports of 20000-21989: none reserved
constexpr unsigned kV6Udp = 40;
constexpr unsigned kTcpPairs = 3, kTimeWait = 2;

json envelope(const std::vector<pid_t>& pids)
{
    json list = json::array();
    for (auto pid : pids)
        list.push_back(pid);
    return list;
}

json cli(const std::vector<std::string>& arguments, json& out, const char* key)
{
    std::vector<std::string> argv { PORTOLAN_CLI, "ranges" };
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    ChildProcess process(argv);
    std::string text;
    const int status = process.finish(text, std::chrono::seconds(60));
    out[key] = { { "status", status }, { "stdout", text } };
    return out[key];
}

const json* rangeOf(const json& exhaustion, const char* protocol, const char* family)
{
    for (const auto& r : exhaustion["ranges"])
        if (r["protocol"] == protocol && r["family"] == family)
            return &r;
    return nullptr;
}

} // namespace

TEST(RangesCli, ReportsTheNamespacesRangesAndCountsExactly)
{
    const auto run = runInPrivateNetns([](std::string& output) {
        std::string error
            = writeSysctl("net.ipv4.ip_local_port_range", std::to_string(kFirst) + " " + std::to_string(kLast));
        if (error.empty())
            error = writeSysctl("net.ipv4.ip_local_reserved_ports", kReserved);
        if (!error.empty()) {
            output = error;
            return 78;
        }
        const std::string poolRange = std::to_string(kFirst) + "-" + std::to_string(kLast - kReservedInside);
        auto pool = startCrowd({ "--udp", std::to_string(kPoolUdp), "--range", poolRange, "--include", "21995",
            "--include", "9005", "--name", "poolcrowd" });
        auto tcp = startCrowd({ "--udp", "0", "--tcp", std::to_string(kTcpPairs), "--time-wait",
            std::to_string(kTimeWait), "--name", "tcpcrowd" });
        auto v6 = startCrowd({ "--udp", std::to_string(kV6Udp), "--range", poolRange, "--ipv6", "--name", "v6crowd" });
        json out;
        out["pool"] = envelope(pool.holders);
        out["tcp"] = envelope(tcp.holders);
        out["v6"] = envelope(v6.holders);
        cli({ "--format", "json", "--bucket", "1024" }, out, "all");
        cli({ "--format=json", "--bucket=64", "--protocol", "udp", "--top", "1" }, out, "udp");
        cli({ "--format", "table" }, out, "table");
        cli({ "--bucket", "1000" }, out, "badBucket");
        cli({ "--input", "capture.txt" }, out, "input");
        output = out.dump();
        return 0;
    });
    if (run.unavailable)
        GTEST_SKIP() << "needs root for a private network namespace: " << run.reason;
    ASSERT_EQ(run.exitCode, 0) << run.output;
    const auto out = json::parse(run.output);
    ASSERT_EQ(out["pool"].size(), 1u);
    ASSERT_EQ(out["tcp"].size(), 1u);
    ASSERT_EQ(out["v6"].size(), 1u);
    const unsigned poolPid = out["pool"][0], tcpPid = out["tcp"][0], v6Pid = out["v6"][0];

    ASSERT_EQ(out["all"]["status"], 0) << out["all"]["stdout"];
    const auto doc = json::parse(out["all"]["stdout"].get<std::string>());
    EXPECT_EQ(doc["schema"], "portolan-ranges/1");

    // The configuration, exactly as set.
    const auto& config = doc["config"];
    ASSERT_EQ(config["dynamicRanges"].size(), 4u);
    for (const auto& d : config["dynamicRanges"]) {
        EXPECT_EQ(d["first"], kFirst);
        EXPECT_EQ(d["last"], kLast);
        EXPECT_EQ(d["size"], kLast - kFirst + 1);
        EXPECT_EQ(d["source"], "net.ipv4.ip_local_port_range");
        EXPECT_EQ(d["assumed"], false);
    }
    EXPECT_EQ(config["reservedText"], "8080,9000-9010,21990-21999");
    ASSERT_EQ(config["reserved"].size(), 3u);
    EXPECT_EQ(config["reserved"][2]["first"], 21990);
    EXPECT_EQ(config["reserved"][2]["last"], 21999);
    EXPECT_TRUE(config["notes"].empty()) << config["notes"];

    // Bands: well-known, one dynamic band for all four combinations, three reserved.
    std::map<std::string, int> bandKinds;
    for (const auto& b : doc["bands"]) {
        ++bandKinds[b["kind"]];
        if (b["kind"] == "dynamic") {
            EXPECT_EQ(b["first"], kFirst);
            EXPECT_EQ(b["appliesTo"].size(), 4u);
        }
    }
    EXPECT_EQ(bandKinds, (std::map<std::string, int> { { "well-known", 1 }, { "dynamic", 1 }, { "reserved", 3 } }));

    // Exhaustion: distinct ports per protocol and family.
    const auto& x = doc["exhaustion"];
    const json* udp4 = rangeOf(x, "udp", "ipv4");
    ASSERT_NE(udp4, nullptr);
    EXPECT_EQ((*udp4)["unassignable"], kReservedInside);
    EXPECT_EQ((*udp4)["usable"], kLast - kFirst + 1 - kReservedInside);
    EXPECT_EQ((*udp4)["inUse"], kPoolUdp);
    EXPECT_EQ((*udp4)["inUseUnassignable"], 1); // 21995, bound explicitly
    EXPECT_EQ((*udp4)["free"], kLast - kFirst + 1 - kReservedInside - kPoolUdp);
    ASSERT_EQ((*udp4)["topConsumers"].size(), 1u);
    EXPECT_EQ((*udp4)["topConsumers"][0]["pid"], poolPid);
    EXPECT_EQ((*udp4)["topConsumers"][0]["name"], "poolcrowd");
    EXPECT_EQ((*udp4)["topConsumers"][0]["ports"], kPoolUdp);
    const json* udp6 = rangeOf(x, "udp", "ipv6");
    ASSERT_NE(udp6, nullptr);
    EXPECT_EQ((*udp6)["inUse"], kV6Udp);
    EXPECT_EQ((*udp6)["topConsumers"][0]["pid"], v6Pid);
    const json* tcp4 = rangeOf(x, "tcp", "ipv4");
    ASSERT_NE(tcp4, nullptr);
    // The listener (bound to port 0), the client end of each connection, each TIME_WAIT client end: all
    // assigned by the kernel from the range, all distinct. The accepted ends share the listener's port.
    EXPECT_EQ((*tcp4)["inUse"], 1 + kTcpPairs + kTimeWait);
    EXPECT_EQ((*rangeOf(x, "tcp", "ipv6"))["inUse"], 0);

    // 1100 of 1990 usable ports is 55 % > 50 %: one warning, for the pool's holder.
    ASSERT_EQ(x["warnings"].size(), 1u) << x["warnings"].dump(2);
    EXPECT_EQ(x["warnings"][0]["kind"], "owner-dominates-range");
    EXPECT_EQ(x["warnings"][0]["severity"], "warning");
    EXPECT_EQ(x["warnings"][0]["protocol"], "udp");
    EXPECT_EQ(x["warnings"][0]["family"], "ipv4");
    EXPECT_EQ(x["warnings"][0]["pid"], poolPid);

    // TIME_WAIT: the crowd's client ends, on ports nobody listens on.
    EXPECT_EQ(x["timeWait"]["total"], kTimeWait);
    ASSERT_EQ(x["timeWait"]["byOwner"].size(), 1u);
    EXPECT_EQ(x["timeWait"]["byOwner"][0]["attribution"], "none");
    ASSERT_FALSE(x["topRemotes"].empty());
    EXPECT_EQ(x["topRemotes"][0]["address"], "127.0.0.1");
    EXPECT_EQ(x["topRemotes"][0]["connections"], kTcpPairs + kTimeWait);
    EXPECT_EQ(x["topRemotes"][0]["established"], kTcpPairs);
    EXPECT_EQ(x["topRemotes"][0]["timeWait"], kTimeWait);

    // Histogram: every endpoint once; the pool's holder is the biggest series.
    const unsigned endpoints = kPoolUdp + 2 + kV6Udp + 1 + 2 * kTcpPairs + kTimeWait;
    const auto& h = doc["histogram"];
    EXPECT_EQ(doc["snapshot"]["endpoints"], endpoints);
    EXPECT_EQ(h["bucketSize"], 1024);
    EXPECT_EQ(h["endpointsCounted"], endpoints);
    unsigned sum = 0;
    std::map<unsigned, unsigned> byBucket;
    for (const auto& b : h["buckets"]) {
        sum += b["total"].get<unsigned>();
        byBucket[b["index"]] = b["total"];
        EXPECT_EQ(b["counts"].size(), h["series"].size());
        EXPECT_EQ(b["last"].get<unsigned>() - b["first"].get<unsigned>() + 1, 1024u);
    }
    EXPECT_EQ(sum, endpoints);
    EXPECT_EQ(byBucket[9005 / 1024], 1u); // the reserved port outside the range, alone in 8192-9215
    EXPECT_EQ(h["series"][0]["pid"], poolPid);
    EXPECT_EQ(h["series"][0]["total"], kPoolUdp + 2);

    // Socket pools: the 1,100-port crowd is one, the 40-port IPv6 crowd is not, the TCP crowd holds no UDP.
    std::map<unsigned, json> pools;
    for (const auto& v : doc["socketPools"])
        pools[v["pid"]] = v;
    ASSERT_TRUE(pools.count(poolPid));
    EXPECT_EQ(pools[poolPid]["isPool"], true) << pools[poolPid].dump(2);
    EXPECT_EQ(pools[poolPid]["udpSockets"], kPoolUdp + 2);
    EXPECT_EQ(pools[poolPid]["referenceKind"], "dynamic-range");
    ASSERT_TRUE(pools.count(v6Pid));
    EXPECT_EQ(pools[v6Pid]["isPool"], false);
    EXPECT_EQ(pools[v6Pid]["udpSockets"], kV6Udp);
    EXPECT_FALSE(pools.count(tcpPid));

    // The UDP-only histogram with 64-port buckets and one named series.
    ASSERT_EQ(out["udp"]["status"], 0);
    const auto udp = json::parse(out["udp"]["stdout"].get<std::string>());
    EXPECT_EQ(udp["histogram"]["bucketSize"], 64);
    EXPECT_EQ(udp["histogram"]["filter"]["protocol"], "udp");
    EXPECT_EQ(udp["histogram"]["endpointsCounted"], kPoolUdp + 2 + kV6Udp);
    ASSERT_EQ(udp["histogram"]["series"].size(), 2u);
    EXPECT_EQ(udp["histogram"]["series"][1]["kind"], "other");
    EXPECT_EQ(udp["histogram"]["series"][1]["total"], kV6Udp);

    // The table names the range and the warning; usage errors exit 2.
    ASSERT_EQ(out["table"]["status"], 0);
    const std::string table = out["table"]["stdout"];
    EXPECT_NE(table.find("20000-21999"), std::string::npos) << table;
    EXPECT_NE(table.find("Reserved ports: 8080,9000-9010,21990-21999"), std::string::npos) << table;
    EXPECT_NE(table.find("poolcrowd"), std::string::npos) << table;
    EXPECT_NE(table.find("UDP socket pool"), std::string::npos) << table;
    EXPECT_EQ(out["badBucket"]["status"], 2 << 8);
    EXPECT_EQ(out["input"]["status"], 2 << 8);
}
