#pragma once

// Internal to the exhaustion computation: turns one range's figures into warnings.

#include "exhaustion.h"

#include <vector>

namespace portolan::analysis {

// Appends the warnings for one dynamic range: at most one about free ports (empty, exhausted or nearly full) and
// one per owner above ownerShareWarning. `consumers` is every owner of the range, most ports first.
void appendRangeWarnings(const RangeUsage& usage, const std::vector<RangeConsumer>& consumers,
    const ExhaustionThresholds& thresholds, std::vector<ExhaustionWarning>& out);

} // namespace portolan::analysis
