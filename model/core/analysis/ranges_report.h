#pragma once

#include "exhaustion.h"
#include "port_bands.h"
#include "port_histogram.h"
#include "socket_pool.h"

#include "../port_config.h"
#include "../snapshot.h"

namespace portolan::analysis {

struct RangesOptions
{
    HistogramOptions histogram;
    ExhaustionThresholds exhaustion;
    SocketPoolRule pool;
};

// Everything the range panel shows, computed from one snapshot and the machine's port configuration: what
// `portolan ranges` prints and the GUI draws.
struct RangesReport
{
    RangesOptions options;
    SnapshotMeta meta;
    std::size_t endpoints = 0;
    MachinePortConfig config;
    std::vector<PortBand> bands;
    PortHistogram histogram;
    ExhaustionReport exhaustion;
    std::vector<SocketPoolVerdict> pools;
};

RangesReport buildRangesReport(
    const Snapshot& snapshot, const MachinePortConfig& config, const RangesOptions& options = {});

} // namespace portolan::analysis
