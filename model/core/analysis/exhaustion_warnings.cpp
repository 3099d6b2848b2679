#include "exhaustion_warnings.h"

#include <cstdio>

namespace portolan::analysis {

namespace {

std::string percentText(double share)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, share < 0.1 && share > 0 ? "%.1f%%" : "%.0f%%", share * 100);
    return buffer;
}

std::string ownerText(const RangeConsumer& c)
{
    if (c.kind == OwnerKind::TimeWait)
        return "TIME_WAIT connections hold";
    if (c.kind != OwnerKind::Process)
        return "Sockets without an owner " + std::string(ownerKindLabel(c.kind)) + " hold";
    return c.name + " (pid " + std::to_string(c.pid) + ") holds";
}

} // namespace

void appendRangeWarnings(const RangeUsage& u, const std::vector<RangeConsumer>& consumers,
    const ExhaustionThresholds& thresholds, std::vector<ExhaustionWarning>& out)
{
    const std::string what = std::string(protocolName(u.protocol)) + (u.family == Family::IPv4 ? "/IPv4" : "/IPv6")
        + " dynamic range " + formatPortRange(u.range);
    ExhaustionWarning base;
    base.protocol = u.protocol;
    base.family = u.family;
    base.range = u.range;
    base.usable = u.usable;

    if (u.usable == 0) {
        auto w = base;
        w.kind = WarningKind::RangeEmpty;
        w.severity = Severity::Critical;
        w.message = "The " + what + " has no port the stack can assign"
            + (u.size ? " (all " + std::to_string(u.size) + " are reserved or excluded)" : std::string());
        out.push_back(std::move(w));
    } else if (u.free == 0) {
        auto w = base;
        w.kind = WarningKind::RangeExhausted;
        w.severity = Severity::Critical;
        w.threshold = thresholds.freeShareCritical;
        w.message = "The " + what + " is exhausted: all " + std::to_string(u.usable) + " usable ports are in use";
        out.push_back(std::move(w));
    } else if (u.freeShare < thresholds.freeShareWarning) {
        auto w = base;
        w.kind = WarningKind::RangeNearlyFull;
        const bool critical = u.freeShare < thresholds.freeShareCritical;
        w.severity = critical ? Severity::Critical : Severity::Warning;
        w.threshold = critical ? thresholds.freeShareCritical : thresholds.freeShareWarning;
        w.value = u.freeShare;
        w.ports = u.free;
        w.message = "Only " + percentText(u.freeShare) + " of the " + what + " is free (" + std::to_string(u.free)
            + " of " + std::to_string(u.usable) + " ports)";
        out.push_back(std::move(w));
    }

    for (const auto& c : consumers) {
        if (c.share <= thresholds.ownerShareWarning)
            break; // most ports first: the rest are below too
        auto w = base;
        w.kind = WarningKind::OwnerDominatesRange;
        const bool critical = c.share > thresholds.ownerShareCritical;
        w.severity = critical ? Severity::Critical : Severity::Warning;
        w.threshold = critical ? thresholds.ownerShareCritical : thresholds.ownerShareWarning;
        w.value = c.share;
        w.ownerKind = c.kind;
        w.pid = c.pid;
        w.name = c.name;
        w.ports = c.ports;
        w.message = ownerText(c) + " " + percentText(c.share) + " of the " + what + " (" + std::to_string(c.ports)
            + " of " + std::to_string(u.usable) + " ports)";
        out.push_back(std::move(w));
    }
}

} // namespace portolan::analysis
