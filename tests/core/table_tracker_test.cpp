#include "core/table_update.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace portolan;

namespace {
Endpoint udp(std::uint16_t port, std::uint32_t pid = 1)
{
    Endpoint e;
    e.protocol = Protocol::Udp;
    e.localPort = port;
    e.inode = port;
    e.pid = pid;
    e.state = SocketState::Bound;
    e.ownerStatus = OwnerStatus::Resolved;
    return e;
}

std::shared_ptr<const Snapshot> snapshotOf(std::vector<Endpoint> endpoints)
{
    auto s = std::make_shared<Snapshot>();
    s->endpoints = std::move(endpoints);
    return s;
}

// Replays updates the way the model does, to check the tracker's bookkeeping.
struct Mirror
{
    struct Row
    {
        Endpoint e;
        RowPhase phase;
    };
    std::map<std::uint32_t, Row> rows;

    void apply(const TableUpdate& u)
    {
        for (auto slot : u.retired) {
            ASSERT_TRUE(rows.contains(slot));
            ASSERT_EQ(rows[slot].phase, RowPhase::Closing);
            rows.erase(slot);
        }
        for (auto slot : u.settled) {
            ASSERT_EQ(rows.at(slot).phase, RowPhase::New);
            rows.at(slot).phase = RowPhase::Normal;
        }
        for (auto slot : u.closing)
            rows.at(slot).phase = RowPhase::Closing;
        for (const auto& [slot, row] : u.changed)
            rows.at(slot).e = row.endpoint;
        for (const auto& [slot, row] : u.added) {
            ASSERT_FALSE(rows.contains(slot)) << "slot " << slot << " reused while still shown";
            rows[slot] = { row.endpoint, u.initial ? RowPhase::Normal : RowPhase::New };
        }
    }
    std::vector<std::uint16_t> livePorts() const
    {
        std::vector<std::uint16_t> ports;
        for (const auto& [slot, row] : rows)
            if (row.phase != RowPhase::Closing)
                ports.push_back(row.e.localPort);
        std::sort(ports.begin(), ports.end());
        return ports;
    }
};
} // namespace

TEST(TableTracker, RowsAreNewThenNormalAndClosingThenGone)
{
    TableTracker tracker;
    Mirror mirror;
    auto u1 = tracker.update(snapshotOf({ udp(1), udp(2) }), 1000);
    EXPECT_EQ(u1.added.size(), 2u);
    EXPECT_EQ(u1.added[0].second.firstSeenMs, 1000);
    mirror.apply(u1);

    EXPECT_TRUE(u1.initial);
    auto u2 = tracker.update(snapshotOf({ udp(2), udp(3) }), 2000);
    EXPECT_TRUE(u2.settled.empty()) << "first-snapshot rows were never New";
    EXPECT_EQ(u2.closing.size(), 1u);
    EXPECT_EQ(u2.added.size(), 1u);
    EXPECT_TRUE(u2.retired.empty());
    mirror.apply(u2);
    EXPECT_EQ(mirror.rows.size(), 3u); // port 1 still shown, in red

    auto u3 = tracker.update(snapshotOf({ udp(2), udp(3), udp(4) }), 3000);
    EXPECT_EQ(u3.settled.size(), 1u) << "port 3 was new in the second update";
    EXPECT_EQ(u3.retired.size(), 1u);
    ASSERT_EQ(u3.added.size(), 1u);
    EXPECT_EQ(u3.added[0].first, u3.retired[0]) << "a retired slot is reused";
    mirror.apply(u3);
    EXPECT_EQ(mirror.livePorts(), (std::vector<std::uint16_t> { 2, 3, 4 }));
}

TEST(TableTracker, RandomChurnKeepsTheMirrorEqualToTheSnapshot)
{
    std::mt19937 rng(42);
    TableTracker tracker;
    Mirror mirror;
    std::vector<std::uint16_t> ports;
    for (int step = 0; step < 300; ++step) {
        // Drop ~10 %, add ~10 %, change the owner of ~5 %.
        std::vector<std::uint16_t> next;
        for (auto p : ports)
            if (rng() % 10 != 0)
                next.push_back(p);
        for (int i = 0; i < 20; ++i)
            next.push_back(static_cast<std::uint16_t>(1 + rng() % 5000));
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        ports = next;
        std::vector<Endpoint> endpoints;
        for (auto p : ports)
            endpoints.push_back(udp(p, rng() % 20 == 0 ? 2 : 1));
        std::shuffle(endpoints.begin(), endpoints.end(), rng);
        mirror.apply(tracker.update(snapshotOf(endpoints), step));
        ASSERT_EQ(mirror.livePorts(), ports) << "step " << step;
        ASSERT_EQ(tracker.liveRows(), ports.size());
    }
}
