// Port histogram: bucket arithmetic, stacking by the top K processes, filters; cross-checked against a plain
// per-endpoint recount.

#include "core/analysis/analysis_fixtures.h"
#include "core/analysis/port_histogram.h"

#include <gtest/gtest.h>

#include <map>
#include <numeric>
#include <tuple>

using namespace portolan;
using namespace portolan::analysis;
using namespace portolan::test;

namespace {

std::size_t seriesIndex(const PortHistogram& h, OwnerKind kind, std::uint32_t pid = 0)
{
    for (std::size_t i = 0; i < h.series.size(); ++i)
        if (h.series[i].kind == kind && (kind != OwnerKind::Process || h.series[i].pid == pid))
            return i;
    return h.series.size();
}

} // namespace

TEST(BucketArithmetic, ValidSizesArePowersOfTwoUpToThePortSpace)
{
    for (std::uint32_t size : { 1u, 2u, 64u, 256u, 1024u, 32768u, 65536u })
        EXPECT_TRUE(isValidBucketSize(size)) << size;
    for (std::uint32_t size : { 0u, 3u, 100u, 1000u, 65535u, 131072u })
        EXPECT_FALSE(isValidBucketSize(size)) << size;
}

TEST(BucketArithmetic, FirstAndLastPortLandInFirstAndLastBucket)
{
    for (std::uint32_t size : { 1u, 64u, 256u, 1024u, 65536u }) {
        EXPECT_EQ(bucketOfPort(size, 0), 0u) << size;
        EXPECT_EQ(bucketOfPort(size, 65535), bucketCountFor(size) - 1) << size;
        const auto last = bucketSpanPorts(size, bucketCountFor(size) - 1, bucketCountFor(size) - 1);
        EXPECT_EQ(last.last, 65535) << size;
        EXPECT_EQ(last.size(), size) << size;
        EXPECT_EQ(bucketSpanPorts(size, 0, 0), (PortRange { 0, static_cast<std::uint16_t>(size - 1) })) << size;
    }
    EXPECT_EQ(bucketSpanPorts(65536, 0, 0), (PortRange { 0, 65535 }));
    EXPECT_EQ(bucketSpanPorts(1, 1023, 1023), (PortRange { 1023, 1023 }));
}

TEST(BucketArithmetic, SpanMapsBackToPortsForClickToFilter)
{
    // Buckets 128..130 of 256 ports: 32768-33535, whichever end was clicked first.
    EXPECT_EQ(bucketSpanPorts(256, 128, 130), (PortRange { 32768, 33535 }));
    EXPECT_EQ(bucketSpanPorts(256, 130, 128), (PortRange { 32768, 33535 }));
    // Out-of-range buckets are clamped to the last one.
    EXPECT_EQ(bucketSpanPorts(1024, 60, 9999), (PortRange { 61440, 65535 }));
    // Every port maps into the span of its own bucket.
    for (std::uint32_t size : { 1u, 64u, 1024u })
        for (std::uint32_t port : { 0u, 1u, 1023u, 1024u, 32767u, 32768u, 49151u, 49152u, 60999u, 65535u }) {
            const auto span = bucketSpanPorts(size, bucketOfPort(size, static_cast<std::uint16_t>(port)),
                bucketOfPort(size, static_cast<std::uint16_t>(port)));
            EXPECT_TRUE(span.contains(static_cast<std::uint16_t>(port))) << size << " " << port;
        }
}

TEST(BucketArithmetic, RangeCrossingBucketBordersTouchesEveryBucketItOverlaps)
{
    // 32768-60999 with 1024-port buckets: 32 (starts on a border) to 59 (60999 / 1024).
    EXPECT_EQ(bucketSpanOf(1024, { 32768, 60999 }), std::make_pair(32u, 59u));
    // 49152-65535 with 64-port buckets, and a range inside one bucket.
    EXPECT_EQ(bucketSpanOf(64, { 49152, 65535 }), std::make_pair(768u, 1023u));
    EXPECT_EQ(bucketSpanOf(256, { 1000, 1023 }), std::make_pair(3u, 3u));
    EXPECT_EQ(bucketSpanOf(256, { 1023, 1024 }), std::make_pair(3u, 4u));
}

TEST(PortHistogram, CountsEdgePortsInTheRightBuckets)
{
    SnapshotBuilder b;
    b.process(7, "edge");
    for (std::uint16_t port : { 0, 255, 256, 65535 })
        b.add({ Protocol::Tcp, port, SocketState::Listen, 7 });
    HistogramOptions options;
    options.bucketSize = 256;
    const auto h = buildPortHistogram(b.snapshot(), options);
    ASSERT_EQ(h.bucketCount, 256u);
    ASSERT_EQ(h.series.size(), 1u);
    EXPECT_EQ(h.count(0, 0), 2u); // 0 and 255
    EXPECT_EQ(h.count(0, 1), 1u); // 256
    EXPECT_EQ(h.count(0, 255), 1u); // 65535
    EXPECT_EQ(h.totals[0], 2u);
    EXPECT_EQ(h.maxBucketTotal, 2u);
    EXPECT_EQ(h.endpointsCounted, 4u);

    options.bucketSize = 1;
    const auto fine = buildPortHistogram(b.snapshot(), options);
    ASSERT_EQ(fine.bucketCount, 65536u);
    EXPECT_EQ(fine.totals[0], 1u);
    EXPECT_EQ(fine.totals[65535], 1u);
    EXPECT_EQ(fine.totals[1], 0u);
}

TEST(PortHistogram, TopProcessesThenOtherThenRowsWithoutOwner)
{
    SnapshotBuilder b;
    // pid: endpoints = 11: 5, 12: 4, 13: 4 (tie with 12, higher pid), 14: 2, 15: 1
    const std::pair<std::uint32_t, int> counts[] = { { 14, 2 }, { 11, 5 }, { 15, 1 }, { 13, 4 }, { 12, 4 } };
    std::uint16_t port = 40000;
    for (auto [pid, n] : counts) {
        b.process(pid, std::string(1, 'p').append(std::to_string(pid))); // not "p" + ...: GCC 12 -Wrestrict false alarm
        for (int i = 0; i < n; ++i)
            b.add({ Protocol::Udp, port++, SocketState::Bound, pid });
    }
    b.add({ Protocol::Tcp, 50000, SocketState::TimeWait, 0, OwnerStatus::Kernel });
    b.add({ Protocol::Tcp, 50001, SocketState::TimeWait, 0, OwnerStatus::Kernel });
    b.add({ Protocol::Tcp, 50002, SocketState::Established, 0, OwnerStatus::AccessDenied });
    b.add({ Protocol::Udp, 123, SocketState::Bound, 0, OwnerStatus::Unknown });
    b.add({ Protocol::Tcp, 445, SocketState::Listen, 4, OwnerStatus::Kernel }); // Windows System

    HistogramOptions options;
    options.topProcesses = 2;
    const auto h = buildPortHistogram(b.snapshot(), options);
    ASSERT_EQ(h.series.size(), 7u);
    EXPECT_EQ(h.series[0].kind, OwnerKind::Process);
    EXPECT_EQ(h.series[0].pid, 11u);
    EXPECT_EQ(h.series[0].total, 5u);
    EXPECT_EQ(h.series[0].name, "p11");
    EXPECT_EQ(h.series[0].label(), "p11 (11)");
    EXPECT_EQ(h.series[1].pid, 12u); // tie broken by the lower pid
    EXPECT_EQ(h.series[2].kind, OwnerKind::Other);
    EXPECT_EQ(h.series[2].processes, 3u);
    EXPECT_EQ(h.series[2].total, 4u + 2u + 1u);
    EXPECT_EQ(h.series[2].label(), "[other: 3 processes]");
    EXPECT_EQ(h.series[3].kind, OwnerKind::TimeWait);
    EXPECT_EQ(h.series[3].total, 2u);
    EXPECT_EQ(h.series[3].label(), "[time wait]");
    EXPECT_EQ(h.series[4].kind, OwnerKind::System);
    EXPECT_EQ(h.series[5].kind, OwnerKind::AccessDenied);
    EXPECT_EQ(h.series[6].kind, OwnerKind::Unknown);
    // The Windows System row on 445 sits in bucket 1 (256-511).
    EXPECT_EQ(h.count(4, 1), 1u);

    std::uint64_t sum = 0;
    for (const auto& s : h.series)
        sum += s.total;
    EXPECT_EQ(sum, h.endpointsCounted);
    EXPECT_EQ(h.endpointsCounted, b.snapshot().endpoints.size());
}

TEST(PortHistogram, NoOtherSeriesWhenEveryProcessFits)
{
    SnapshotBuilder b;
    b.process(1, "a").process(2, "b");
    b.add({ Protocol::Udp, 1, SocketState::Bound, 1 }).add({ Protocol::Udp, 2, SocketState::Bound, 2 });
    HistogramOptions options;
    options.topProcesses = 2;
    const auto h = buildPortHistogram(b.snapshot(), options);
    ASSERT_EQ(h.series.size(), 2u);
    EXPECT_EQ(seriesIndex(h, OwnerKind::Other), h.series.size());
    options.topProcesses = 0;
    const auto none = buildPortHistogram(b.snapshot(), options);
    ASSERT_EQ(none.series.size(), 1u);
    EXPECT_EQ(none.series[0].kind, OwnerKind::Other);
    EXPECT_EQ(none.series[0].processes, 2u);
}

TEST(PortHistogram, FiltersByProtocolFamilyAndState)
{
    SnapshotBuilder b;
    b.process(1, "a");
    b.add({ Protocol::Tcp, 80, SocketState::Listen, 1 });
    b.add({ Protocol::Tcp, 80, SocketState::Listen, 1, OwnerStatus::Resolved, Family::IPv6 });
    b.add({ Protocol::Tcp, 50000, SocketState::Established, 1, OwnerStatus::Resolved, Family::IPv4,
        IpAddress::v4(10, 0, 0, 9), 443 });
    b.add({ Protocol::Tcp, 50001, SocketState::TimeWait, 0, OwnerStatus::Kernel });
    b.add({ Protocol::Udp, 53, SocketState::Bound, 1 });
    b.add({ Protocol::Udp, 50002, SocketState::Established, 1, OwnerStatus::Resolved, Family::IPv6,
        *IpAddress::parse("2001:db8::2"), 53 });

    auto counted = [&](EndpointFilter filter) {
        HistogramOptions options;
        options.filter = filter;
        return buildPortHistogram(b.snapshot(), options).endpointsCounted;
    };
    EXPECT_EQ(counted({}), 6u);
    EXPECT_EQ(counted({ ProtocolFilter::Tcp }), 4u);
    EXPECT_EQ(counted({ ProtocolFilter::Udp }), 2u);
    EXPECT_EQ(counted({ ProtocolFilter::Both, FamilyFilter::IPv6 }), 2u);
    EXPECT_EQ(counted({ ProtocolFilter::Both, FamilyFilter::Both, StateFilter::Listening }), 2u);
    EXPECT_EQ(counted({ ProtocolFilter::Both, FamilyFilter::Both, StateFilter::Established }), 2u); // TCP + UDP
    EXPECT_EQ(counted({ ProtocolFilter::Udp, FamilyFilter::Both, StateFilter::Established }), 1u);
    EXPECT_EQ(counted({ ProtocolFilter::Both, FamilyFilter::Both, StateFilter::TimeWait }), 1u);
    EXPECT_EQ(counted({ ProtocolFilter::Both, FamilyFilter::Both, StateFilter::Bound }), 1u);
    EXPECT_EQ(counted({ ProtocolFilter::Tcp, FamilyFilter::IPv4, StateFilter::Bound }), 0u);
}

TEST(PortHistogram, FilterNamesRoundTrip)
{
    for (auto f : { StateFilter::All, StateFilter::Listening, StateFilter::Established, StateFilter::TimeWait,
             StateFilter::Bound, StateFilter::Closing, StateFilter::Opening })
        EXPECT_EQ(parseStateFilter(stateFilterName(f)), f);
    EXPECT_EQ(parseStateFilter("LISTEN"), StateFilter::Listening);
    EXPECT_EQ(parseProtocolFilter("UDP"), ProtocolFilter::Udp);
    EXPECT_EQ(parseFamilyFilter("ipv6"), FamilyFilter::IPv6);
    EXPECT_FALSE(parseStateFilter("sleeping"));
    EXPECT_FALSE(parseProtocolFilter("sctp"));
}

TEST(PortHistogram, EmptySnapshotGivesEmptyRows)
{
    const auto h = buildPortHistogram(Snapshot {});
    EXPECT_TRUE(h.series.empty());
    EXPECT_EQ(h.endpointsCounted, 0u);
    EXPECT_EQ(h.maxBucketTotal, 0u);
    ASSERT_EQ(h.totals.size(), h.bucketCount);
    EXPECT_EQ(std::accumulate(h.totals.begin(), h.totals.end(), 0u), 0u);
}

TEST(PortHistogram, InvalidBucketSizeIsRoundedUpToAPowerOfTwo)
{
    HistogramOptions options;
    options.bucketSize = 1000;
    EXPECT_EQ(buildPortHistogram(Snapshot {}, options).bucketSize, 1024u);
    options.bucketSize = 0;
    EXPECT_EQ(buildPortHistogram(Snapshot {}, options).bucketSize, 1u);
    options.bucketSize = 1u << 20;
    EXPECT_EQ(buildPortHistogram(Snapshot {}, options).bucketSize, 65536u);
}

// The histogram against a recount that uses nothing but std::map, on synthetic servers with every kind of row.
class HistogramCrossCheck : public ::testing::TestWithParam<std::tuple<std::uint32_t, std::size_t, int>>
{
};

TEST_P(HistogramCrossCheck, MatchesAPlainRecount)
{
    const auto [bucketSize, top, filterIndex] = GetParam();
    const Snapshot s = syntheticServer(20000, 40, 7 + filterIndex);
    const EndpointFilter filters[] = { {}, { ProtocolFilter::Udp }, { ProtocolFilter::Tcp, FamilyFilter::IPv4 },
        { ProtocolFilter::Both, FamilyFilter::Both, StateFilter::TimeWait } };
    HistogramOptions options;
    options.bucketSize = bucketSize;
    options.topProcesses = top;
    options.filter = filters[filterIndex];
    const auto h = buildPortHistogram(s, options);

    // Recount: owner key -> bucket -> count.
    std::map<std::pair<int, std::uint32_t>, std::map<std::uint32_t, std::uint32_t>> expected;
    std::map<std::pair<int, std::uint32_t>, std::uint64_t> totals;
    for (const auto& e : s.endpoints) {
        if (!options.filter.matches(e))
            continue;
        const auto key
            = std::make_pair(static_cast<int>(ownerKindOf(e)), ownerKindOf(e) == OwnerKind::Process ? e.pid : 0);
        ++expected[key][e.localPort / bucketSize];
        ++totals[key];
    }
    std::uint64_t otherTotal = 0;
    std::size_t processes = 0;
    for (const auto& [key, total] : totals)
        if (key.first == static_cast<int>(OwnerKind::Process))
            ++processes;
    for (const auto& series : h.series) {
        if (series.kind == OwnerKind::Other) {
            otherTotal = series.total;
            continue;
        }
        const auto key = std::make_pair(static_cast<int>(series.kind), series.pid);
        ASSERT_TRUE(totals.count(key)) << series.label();
        EXPECT_EQ(series.total, totals[key]) << series.label();
        std::vector<std::uint32_t> expectedRow(h.bucketCount, 0);
        for (const auto& [bucket, count] : expected[key])
            expectedRow[bucket] = count;
        const auto row = h.row(seriesIndex(h, series.kind, series.pid));
        EXPECT_EQ(std::vector<std::uint32_t>(row.begin(), row.end()), expectedRow) << series.label();
    }
    // Top processes hold at least as many as any process in "other".
    std::size_t shownProcesses = 0;
    std::uint64_t smallestShown = ~0ull;
    for (const auto& series : h.series)
        if (series.kind == OwnerKind::Process) {
            ++shownProcesses;
            smallestShown = std::min(smallestShown, series.total);
        }
    EXPECT_EQ(shownProcesses, std::min(top, processes));
    std::uint64_t notShown = 0;
    std::vector<std::uint32_t> otherRow(h.bucketCount, 0);
    for (const auto& [key, total] : totals) {
        if (key.first != static_cast<int>(OwnerKind::Process)
            || seriesIndex(h, OwnerKind::Process, key.second) < h.series.size())
            continue;
        notShown += total;
        EXPECT_LE(total, smallestShown);
        for (const auto& [bucket, count] : expected[key])
            otherRow[bucket] += count;
    }
    EXPECT_EQ(otherTotal, notShown);
    if (const auto i = seriesIndex(h, OwnerKind::Other); i < h.series.size()) {
        const auto row = h.row(i);
        EXPECT_EQ(std::vector<std::uint32_t>(row.begin(), row.end()), otherRow);
    } else {
        EXPECT_EQ(notShown, 0u);
    }
    std::uint64_t all = 0;
    for (auto t : h.totals)
        all += t;
    EXPECT_EQ(all, h.endpointsCounted);
}

INSTANTIATE_TEST_SUITE_P(Sizes, HistogramCrossCheck,
    ::testing::Combine(::testing::Values(1u, 64u, 256u, 1024u),
        ::testing::Values(std::size_t(0), std::size_t(3), std::size_t(8), std::size_t(100)),
        ::testing::Values(0, 1, 2, 3)));
