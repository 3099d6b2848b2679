#include "core/snapshot_engine.h"
#include "core/snapshot_json.h"
#include "core/windows/win_text.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>

namespace portolan {
namespace {

using namespace wintest;

const Endpoint* findUdp(const Snapshot& snapshot, Family family, std::uint16_t port)
{
    for (const auto& e : snapshot.endpoints)
        if (e.protocol == Protocol::Udp && e.family() == family && e.localPort == port)
            return &e;
    return nullptr;
}

TEST(WindowsEngine, SnapshotAttributesOwnUdpSockets)
{
    std::string error;
    Socket v4 = udpSocket(Family::IPv4, error);
    ASSERT_TRUE(v4.valid()) << error;
    Socket v6 = udpSocket(Family::IPv6, error);
    ASSERT_TRUE(v6.valid()) << error;
    attachToProcessForWine(v4, true);
    attachToProcessForWine(v6, true);

    auto engine = createPlatformEngine();
    const auto snapshot = engine->take();
    EXPECT_EQ(snapshot.meta.os, "windows");
    EXPECT_EQ(snapshot.meta.format, "iphlpapi");
    EXPECT_FALSE(snapshot.meta.hostname.empty());
    EXPECT_GT(snapshot.meta.capturedAtMs, 0);
    for (const auto& warning : snapshot.meta.warnings)
        std::printf("[ warning  ] %s\n", warning.c_str());

    for (const auto* e :
        { findUdp(snapshot, Family::IPv4, v4.localPort()), findUdp(snapshot, Family::IPv6, v6.localPort()) }) {
        ASSERT_NE(e, nullptr);
        EXPECT_EQ(e->state, SocketState::Bound);
        EXPECT_EQ(e->pid, ::GetCurrentProcessId());
        EXPECT_EQ(e->ownerStatus, OwnerStatus::Resolved);
    }
    const auto* own = snapshot.process(::GetCurrentProcessId());
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->displayName(), own->name);
    EXPECT_NE(own->name.find("portolan-windows-tests"), std::string::npos);

    // No endpoint is dropped for want of an owner, and every Resolved one has its process.
    for (const auto& e : snapshot.endpoints) {
        if (e.ownerStatus == OwnerStatus::Resolved) {
            EXPECT_NE(snapshot.process(e.pid), nullptr) << e.pid;
        }
        if (e.pid == 4) {
            EXPECT_EQ(e.ownerStatus, OwnerStatus::Kernel);
        }
    }
}

TEST(WindowsEngine, JsonRoundTripKeepsTheEndpoint)
{
    std::string error;
    Socket v4 = udpSocket(Family::IPv4, error);
    ASSERT_TRUE(v4.valid()) << error;
    attachToProcessForWine(v4, true);
    const auto snapshot = createPlatformEngine()->take();
    const auto text = writeSnapshotJson(snapshot);
    const auto back = readSnapshotJson(text);
    ASSERT_FALSE(back.fatal);
    EXPECT_TRUE(back.problems.empty()) << back.problems.front();
    EXPECT_EQ(back.snapshot.meta.os, "windows");
    EXPECT_EQ(back.snapshot.endpoints.size(), snapshot.endpoints.size());
    const auto* e = findUdp(back.snapshot, Family::IPv4, v4.localPort());
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->pid, ::GetCurrentProcessId());
    ASSERT_NE(back.snapshot.process(e->pid), nullptr);
    EXPECT_EQ(back.snapshot.process(e->pid)->name, snapshot.process(e->pid)->name);
}

TEST(WindowsEngine, WithoutOwnersKeepsPidsButLooksNothingUp)
{
    std::string error;
    Socket v4 = udpSocket(Family::IPv4, error);
    ASSERT_TRUE(v4.valid()) << error;
    attachToProcessForWine(v4, true);
    EngineOptions options;
    options.resolveOwners = false;
    const auto snapshot = createPlatformEngine(options)->take();
    EXPECT_TRUE(snapshot.processes.empty());
    const auto* e = findUdp(snapshot, Family::IPv4, v4.localPort());
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->pid, ::GetCurrentProcessId());
    EXPECT_EQ(e->ownerStatus, OwnerStatus::Resolved);
}

TEST(WindowsEngine, RepeatedSnapshotsSeeClosedSocketsGo)
{
    auto engine = createPlatformEngine();
    std::string error;
    Socket v4 = udpSocket(Family::IPv4, error);
    ASSERT_TRUE(v4.valid()) << error;
    const auto port = v4.localPort();
    EXPECT_NE(findUdp(engine->take(), Family::IPv4, port), nullptr);
    v4.close();
    EXPECT_EQ(findUdp(engine->take(), Family::IPv4, port), nullptr);
}

} // namespace
} // namespace portolan
