#pragma once

#include "ranges_report.h"

#include <string>

namespace portolan::analysis {

// The `portolan ranges --format json` document ("schema": "portolan-ranges/1"). Names are stable: scripts and
// the tests read them. Histogram buckets are listed only when non-empty; each bucket's "counts" follows the
// order of "series". Pretty-printed with a trailing newline.
std::string writeRangesJson(const RangesReport& report);

} // namespace portolan::analysis
