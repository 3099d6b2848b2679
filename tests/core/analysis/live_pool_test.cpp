// Socket-pool detection on a live snapshot: a portolan-crowd pool of 2,500 UDP sockets (the MS08-037 default)
// is found; the process that takes the snapshot, holding three sockets, and a crowd of 300 consecutive ports are
// not. Runs in a private network namespace where it can (so that other crowds on a shared machine cannot hold
// the ports the scenario needs), else in this one.

#include "core/netns_child.h"

#include "core/analysis/socket_pool.h"
#include "core/port_config.h"
#include "core/snapshot_engine.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <iostream>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

using namespace portolan;
using namespace portolan::analysis;
using namespace portolan::test;
using nlohmann::json;

namespace {

class UdpSocket
{
public:
    UdpSocket()
        : m_fd(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0))
    {
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_bound = m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~UdpSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool bound() const { return m_bound; }

private:
    int m_fd;
    bool m_bound = false;
};

json verdictJson(const std::vector<SocketPoolVerdict>& verdicts, pid_t pid)
{
    for (const auto& v : verdicts)
        if (v.pid == static_cast<std::uint32_t>(pid))
            return { { "pid", v.pid }, { "name", v.name }, { "isPool", v.isPool }, { "label", v.label() },
                { "udpSockets", v.udpSockets }, { "unconnected", v.unconnected },
                { "referenceKind", poolReferenceName(v.referenceKind) }, { "spanFirst", v.span.first },
                { "spanLast", v.span.last }, { "longestRun", v.longestRun }, { "reason", v.reason } };
    return nullptr;
}

// The scenario; returns what the assertions need, as JSON, so that it can run in a forked child too.
json runScenario()
{
    // 2,500 random ports of this namespace's ip_local_port_range (the crowd reads it), as dns.exe would.
    auto pool = startCrowd({ "--udp", "2500", "--name", "poolcrowd" });
    // 300 consecutive ports, like a media server's configured block, outside the usual dynamic ranges.
    auto block = startCrowd({ "--udp", "300", "--range", "10000-10299", "--name", "blockcrowd" });
    UdpSocket a, b, c;
    if (!a.bound() || !b.bound() || !c.bound())
        throw std::runtime_error("cannot bind three UDP sockets on 127.0.0.1");

    auto engine = createPlatformEngine();
    const Snapshot snapshot = engine->take();
    const auto verdicts = detectSocketPools(snapshot, readMachinePortConfig());
    return { { "poolHolders", pool.holders.size() }, { "blockHolders", block.holders.size() },
        { "pool", verdictJson(verdicts, pool.holders.front()) },
        { "block", verdictJson(verdicts, block.holders.front()) }, { "own", verdictJson(verdicts, ::getpid()) },
        { "firstIsPool", !verdicts.empty() && verdicts.front().isPool } };
}

} // namespace

TEST(LiveSocketPool, FindsACrowdPoolAndLeavesOrdinaryProcessesAlone)
{
    json r;
    const auto run = runInPrivateNetns([](std::string& output) {
        output = runScenario().dump();
        return 0;
    });
    if (run.unavailable) {
        std::cerr << "no private network namespace (" << run.reason << "); running in this one\n";
        r = runScenario();
    } else {
        ASSERT_EQ(run.exitCode, 0) << run.output;
        r = json::parse(run.output);
    }

    ASSERT_EQ(r["poolHolders"], 1u);
    const auto& pool = r["pool"];
    ASSERT_FALSE(pool.is_null()) << "the crowd's sockets were not attributed to its pid";
    EXPECT_EQ(pool["name"], "poolcrowd");
    EXPECT_EQ(pool["udpSockets"], 2500u);
    EXPECT_EQ(pool["unconnected"], 2500u);
    EXPECT_EQ(pool["isPool"], true) << pool["reason"];
    EXPECT_EQ(pool["referenceKind"], "dynamic-range");
    EXPECT_EQ(pool["label"], "UDP socket pool");

    const auto& own = r["own"];
    ASSERT_FALSE(own.is_null());
    EXPECT_EQ(own["udpSockets"], 3u);
    EXPECT_EQ(own["isPool"], false) << own["reason"];

    ASSERT_EQ(r["blockHolders"], 1u);
    const auto& block = r["block"];
    ASSERT_FALSE(block.is_null());
    EXPECT_EQ(block["udpSockets"], 300u);
    EXPECT_EQ(block["spanFirst"], 10000u);
    EXPECT_EQ(block["spanLast"], 10299u);
    EXPECT_EQ(block["longestRun"], 300u);
    EXPECT_EQ(block["isPool"], false) << block["reason"];

    EXPECT_EQ(r["firstIsPool"], true); // pools are listed first
}
