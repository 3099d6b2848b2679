#include "port_histogram.h"

#include "../logging.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace portolan::analysis {

bool isValidBucketSize(std::uint32_t bucketSize)
{
    return bucketSize >= 1 && bucketSize <= kPortSpace && std::has_single_bit(bucketSize);
}

PortRange bucketSpanPorts(std::uint32_t bucketSize, std::uint32_t firstBucket, std::uint32_t lastBucket)
{
    if (firstBucket > lastBucket)
        std::swap(firstBucket, lastBucket);
    const std::uint32_t count = bucketCountFor(bucketSize);
    firstBucket = std::min(firstBucket, count - 1);
    lastBucket = std::min(lastBucket, count - 1);
    return { static_cast<std::uint16_t>(firstBucket * bucketSize),
        static_cast<std::uint16_t>((lastBucket + 1) * bucketSize - 1) };
}

std::pair<std::uint32_t, std::uint32_t> bucketSpanOf(std::uint32_t bucketSize, const PortRange& range)
{
    return { bucketOfPort(bucketSize, range.first), bucketOfPort(bucketSize, range.last) };
}

std::string HistogramSeries::label() const
{
    switch (kind) {
    case OwnerKind::Process:
        return name + " (" + std::to_string(pid) + ")";
    case OwnerKind::Other:
        return "[other: " + std::to_string(processes) + (processes == 1 ? " process]" : " processes]");
    default:
        return std::string(ownerKindLabel(kind));
    }
}

PortHistogram buildPortHistogram(const Snapshot& snapshot, const HistogramOptions& options)
{
    PortHistogram h;
    h.bucketSize = options.bucketSize;
    if (!isValidBucketSize(h.bucketSize)) {
        h.bucketSize
            = std::clamp<std::uint32_t>(std::bit_ceil(std::max<std::uint32_t>(h.bucketSize, 1)), 1, kPortSpace);
        log::model()->warn(
            "histogram bucket size {} is not a power of two in 1..65536; using {}", options.bucketSize, h.bucketSize);
    }
    h.bucketCount = bucketCountFor(h.bucketSize);
    h.filter = options.filter;
    const int shift = std::countr_zero(h.bucketSize);

    // Pass 1: owner slot and bucket of every endpoint that passes, and the endpoint count per owner. Slots
    // 0..3 are the unowned kinds, process slots follow.
    const EndpointFilter::Compiled filter(options.filter);
    PidSlotTable pids(snapshot.processes.size() + 1);
    struct Item
    {
        std::uint32_t slot;
        std::uint32_t bucket;
    };
    std::vector<Item> items;
    items.reserve(snapshot.endpoints.size());
    std::vector<std::uint64_t> perSlot(kUnownedKinds, 0);
    for (const auto& e : snapshot.endpoints) {
        if (!filter.matches(e))
            continue;
        std::uint32_t slot;
        if (e.ownerStatus == OwnerStatus::Resolved) {
            slot = static_cast<std::uint32_t>(kUnownedKinds) + pids.slotOf(e.pid);
            if (slot >= perSlot.size())
                perSlot.resize(slot + 1, 0);
        } else {
            slot = static_cast<std::uint32_t>(unownedIndex(ownerKindOf(e)));
        }
        ++perSlot[slot];
        items.push_back({ slot, static_cast<std::uint32_t>(e.localPort) >> shift });
    }
    h.endpointsCounted = items.size();

    // Top K processes by endpoint count, ties by pid so that the order is stable between refreshes.
    const std::size_t processCount = pids.size();
    std::vector<std::uint32_t> order(processCount);
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t top = std::min(options.topProcesses, processCount);
    std::partial_sort(order.begin(), order.begin() + static_cast<long>(top), order.end(), [&](auto a, auto b) {
        const auto ca = perSlot[kUnownedKinds + a], cb = perSlot[kUnownedKinds + b];
        return ca != cb ? ca > cb : pids.pidOf(a) < pids.pidOf(b);
    });

    // Slot -> series index.
    std::vector<std::uint32_t> seriesOf(perSlot.size(), 0);
    for (std::size_t i = 0; i < top; ++i) {
        const std::uint32_t pid = pids.pidOf(order[i]);
        h.series.push_back(
            { OwnerKind::Process, pid, processName(snapshot, pid), 1, perSlot[kUnownedKinds + order[i]] });
        seriesOf[kUnownedKinds + order[i]] = static_cast<std::uint32_t>(i);
    }
    if (processCount > top) {
        HistogramSeries other { OwnerKind::Other, 0, {}, static_cast<std::uint32_t>(processCount - top), 0 };
        const auto index = static_cast<std::uint32_t>(h.series.size());
        for (std::size_t i = top; i < processCount; ++i) {
            other.total += perSlot[kUnownedKinds + order[i]];
            seriesOf[kUnownedKinds + order[i]] = index;
        }
        h.series.push_back(std::move(other));
    }
    for (std::size_t k = 0; k < kUnownedKinds; ++k) {
        if (perSlot[k] == 0)
            continue;
        seriesOf[k] = static_cast<std::uint32_t>(h.series.size());
        h.series.push_back({ unownedKind(k), 0, {}, 0, perSlot[k] });
    }

    // Pass 2: add the scratch into the rows.
    h.counts.assign(h.series.size() * h.bucketCount, 0);
    h.totals.assign(h.bucketCount, 0);
    for (const auto& item : items) {
        ++h.counts[std::size_t(seriesOf[item.slot]) * h.bucketCount + item.bucket];
        ++h.totals[item.bucket];
    }
    h.maxBucketTotal = h.totals.empty() ? 0 : *std::max_element(h.totals.begin(), h.totals.end());
    return h;
}

} // namespace portolan::analysis
