#pragma once

#include "owner_key.h"

#include "../port_config.h"
#include "../snapshot.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::analysis {

// When to warn. Shares are of the usable part of a dynamic range (its ports minus reserved and excluded ones:
// the ports the stack can actually hand out). A process above processShare*, or fewer free ports than
// freeShare*, produces a warning. The defaults follow the port-exhaustion pattern Microsoft support describes
// ("one (or two) processes are using 90-95% of the dynamic range"): warn well before that, at half.
struct ExhaustionThresholds
{
    double ownerShareWarning = 0.50; // one owner holds more than this share of the usable range
    double ownerShareCritical = 0.90;
    double freeShareWarning = 0.10; // less than this share of the usable range is free
    double freeShareCritical = 0.02;
    std::size_t topConsumers = 5; // per range
    std::size_t topRemotes = 10;
    std::size_t topTimeWaitOwners = 10;
};

struct RangeConsumer
{
    OwnerKind kind = OwnerKind::Process; // Process, or an unowned kind (a TIME_WAIT flood holds ports too)
    std::uint32_t pid = 0;
    std::string name;
    std::uint32_t ports = 0; // distinct usable ports of the range it holds
    double share = 0; // ports / usable
};

// One dynamic range (protocol x family) and how full it is. Counts are distinct local ports: two sockets on one
// port (SO_REUSEPORT, or many connections from one local port) hold one port. IPv4 and IPv6 are counted
// separately, as the brief asks, though Linux shares one port space between a dual-stack socket's families.
struct RangeUsage
{
    Protocol protocol = Protocol::Tcp;
    Family family = Family::IPv4;
    PortRange range;
    std::string source; // where the range came from (sysctl name, netsh, "default (...)")
    bool assumed = false; // a default, not read from the machine
    std::uint32_t size = 0; // ports in the range
    std::uint32_t unassignable = 0; // reserved or excluded ports inside it
    std::uint32_t usable = 0; // size - unassignable
    std::uint32_t inUse = 0; // usable ports some endpoint holds
    std::uint32_t inUseUnassignable = 0; // reserved/excluded ports inside the range held by explicit binds
    std::uint32_t free = 0; // usable - inUse
    double freeShare = 0; // free / usable (0 when nothing is usable)
    std::uint32_t owners = 0; // distinct owners holding usable ports
    std::vector<RangeConsumer> topConsumers; // by ports, then pid
};

// Who a TIME_WAIT row belongs to. TIME_WAIT has no owning process (Linux never reports one; Windows says PID
// 0), so a row is attributed by its local port to the process that listens on that port (the server side of
// the closed connection); client-side TIME_WAIT rows (local port not listened on) stay unattributed.
enum class TimeWaitAttribution : std::uint8_t {
    Owner, // the platform named the owner
    Listener, // attributed through a LISTEN socket on the same local port
    None, // unattributed
};
std::string_view timeWaitAttributionName(TimeWaitAttribution attribution); // "owner", "listener", "none"

struct TimeWaitOwner
{
    TimeWaitAttribution attribution = TimeWaitAttribution::None;
    std::uint32_t pid = 0; // not for None
    std::string name;
    std::uint32_t count = 0;
};

// Connections from a dynamic local port to one remote endpoint: where a process's outbound ports go. A
// TIME_WAIT flood toward one remote service shows as one entry with a large timeWait.
struct RemoteUsage
{
    Protocol protocol = Protocol::Tcp;
    IpAddress address;
    std::uint16_t port = 0;
    std::uint32_t connections = 0; // all states
    std::uint32_t established = 0;
    std::uint32_t timeWait = 0;
};

enum class Severity : std::uint8_t { Info, Warning, Critical };
std::string_view severityName(Severity severity); // "info", "warning", "critical"

enum class WarningKind : std::uint8_t {
    OwnerDominatesRange, // one owner above ownerShare*
    RangeNearlyFull, // free share below freeShare*
    RangeExhausted, // no usable port free
    RangeEmpty, // the range has no usable port at all (empty, or all reserved)
};
// "owner-dominates-range", "range-nearly-full", "range-exhausted", "range-empty"
std::string_view warningKindName(WarningKind kind);

// A finding. The machine-readable fields carry everything the English message says, so the GUI can build its
// own translated text.
struct ExhaustionWarning
{
    WarningKind kind = WarningKind::RangeNearlyFull;
    Severity severity = Severity::Warning;
    Protocol protocol = Protocol::Tcp;
    Family family = Family::IPv4;
    PortRange range;
    OwnerKind ownerKind = OwnerKind::Process; // OwnerDominatesRange only
    std::uint32_t pid = 0; // OwnerDominatesRange with a process only
    std::string name;
    std::uint32_t ports = 0; // owner's ports, or free ports for the range warnings
    std::uint32_t usable = 0;
    double value = 0; // the share that crossed the threshold
    double threshold = 0;
    std::string message; // English
};

struct ExhaustionReport
{
    ExhaustionThresholds thresholds;
    std::vector<RangeUsage> ranges; // one per dynamic range the config knows, TCP before UDP, IPv4 before IPv6
    std::uint32_t timeWaitTotal = 0; // TCP TIME_WAIT rows
    std::vector<TimeWaitOwner> timeWaitByOwner; // by count
    std::uint32_t remoteEndpoints = 0; // distinct remote endpoints with connections from dynamic ports
    std::vector<RemoteUsage> topRemotes; // by connections
    std::vector<ExhaustionWarning> warnings; // critical first, then by value
    std::vector<std::string> notes; // e.g. a protocol/family without a known dynamic range
};

// One pass over the endpoints plus small sorts of the results; flat per-port arrays sized to the ranges rather
// than sets per process (see bench_analysis for the comparison).
ExhaustionReport computeExhaustion(
    const Snapshot& snapshot, const MachinePortConfig& config, const ExhaustionThresholds& thresholds = {});

} // namespace portolan::analysis
