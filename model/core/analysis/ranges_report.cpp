#include "ranges_report.h"

namespace portolan::analysis {

RangesReport buildRangesReport(const Snapshot& snapshot, const MachinePortConfig& config, const RangesOptions& options)
{
    RangesReport report;
    report.options = options;
    report.meta = snapshot.meta;
    report.endpoints = snapshot.endpoints.size();
    report.config = config;
    report.bands = portBands(config);
    report.histogram = buildPortHistogram(snapshot, options.histogram);
    report.exhaustion = computeExhaustion(snapshot, config, options.exhaustion);
    report.pools = detectSocketPools(snapshot, config, options.pool);
    return report;
}

} // namespace portolan::analysis
