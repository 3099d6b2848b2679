#pragma once

#include "endpoint_filter.h"
#include "owner_key.h"

#include "../port_config.h"
#include "../snapshot.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace portolan::analysis {

inline constexpr std::uint32_t kPortSpace = 65536;

// Bucket arithmetic for a bucket size that is a power of two between 1 and 65536.
bool isValidBucketSize(std::uint32_t bucketSize);
inline std::uint32_t bucketCountFor(std::uint32_t bucketSize)
{
    return kPortSpace / bucketSize;
}
inline std::uint32_t bucketOfPort(std::uint32_t bucketSize, std::uint16_t port)
{
    return port / bucketSize;
}
// The ports a span of buckets covers, both ends inclusive and clamped to the port space: what a click or a
// rubber band on the chart filters the table to.
PortRange bucketSpanPorts(std::uint32_t bucketSize, std::uint32_t firstBucket, std::uint32_t lastBucket);
// The buckets a port range touches (first, last), for drawing bands on the bucket axis.
std::pair<std::uint32_t, std::uint32_t> bucketSpanOf(std::uint32_t bucketSize, const PortRange& range);

struct HistogramOptions
{
    std::uint32_t bucketSize = 256; // a power of two; anything else is rounded up to one (and logged)
    std::size_t topProcesses = 8; // processes drawn as their own series; the rest are summed into "other"
    EndpointFilter filter;
};

// One stacked series: a process, "other processes", or one kind of row without an owner.
struct HistogramSeries
{
    OwnerKind kind = OwnerKind::Process;
    std::uint32_t pid = 0; // Process only
    std::string name; // process name; empty for the other kinds
    std::uint32_t processes = 1; // Other: how many processes it sums
    std::uint64_t total = 0; // endpoints in this series (all buckets)

    // "named (1234)", "[other: 12 processes]", "[time wait]": English, for the CLI.
    std::string label() const;
};

// Endpoints per local-port bucket, stacked by owner. counts is series-major (one contiguous row per series, the
// shape a stacked bar chart takes per bar set). Series order: top processes by endpoint count (ties by pid),
// then "other", then the unowned kinds; series with no endpoints are left out.
struct PortHistogram
{
    std::uint32_t bucketSize = 256;
    std::uint32_t bucketCount = kPortSpace / 256;
    EndpointFilter filter;
    std::vector<HistogramSeries> series;
    std::vector<std::uint32_t> counts; // series.size() * bucketCount
    std::vector<std::uint32_t> totals; // per bucket, all series
    std::uint64_t endpointsCounted = 0; // endpoints that passed the filter
    std::uint32_t maxBucketTotal = 0; // for the chart's y axis

    std::span<const std::uint32_t> row(std::size_t seriesIndex) const
    {
        return { counts.data() + seriesIndex * bucketCount, bucketCount };
    }
    std::uint32_t count(std::size_t seriesIndex, std::uint32_t bucket) const
    {
        return counts[seriesIndex * bucketCount + bucket];
    }
    PortRange bucketPorts(std::uint32_t bucket) const { return bucketSpanPorts(bucketSize, bucket, bucket); }
};

// Counts every endpoint of `snapshot` that passes the filter once, at its local port. Two linear passes: the
// first classifies each endpoint into (owner slot, bucket) in a compact scratch array and counts per owner, the
// second, once the top K are known, adds the scratch into the series rows. No map lookups per endpoint beyond
// the flat pid table.
PortHistogram buildPortHistogram(const Snapshot& snapshot, const HistogramOptions& options = {});

} // namespace portolan::analysis
