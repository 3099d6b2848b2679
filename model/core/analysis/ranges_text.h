#pragma once

#include "ranges_report.h"

#include <ostream>

namespace portolan::analysis {

// The `portolan ranges` table: ranges, non-empty histogram buckets, exhaustion figures, warnings, socket pools.
// English, for people; scripts should use the JSON.
void writeRangesTable(const RangesReport& report, std::ostream& out);

} // namespace portolan::analysis
