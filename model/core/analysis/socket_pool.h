#pragma once

#include "../port_config.h"
#include "../snapshot.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace portolan::analysis {

// A UDP socket pool: one process holding many UDP ports picked at random across a wide range. That is what a
// Windows DNS server does since MS08-037 (KB 953230): at start it binds SocketPoolSize (default 2,500) random
// ports of the dynamic range, so that a spoofer must guess the source port as well as the query id; KB 956188 is
// the fallout ("a service that depends on a UDP port may not start"). BIND and unbound randomise their query
// source ports the same way. In the flat table such a pool buries everything else, so the views fold it.
//
// The rule (all three must hold; every number is a field below):
//  1. Size: the process holds at least minUdpSockets UDP sockets (default 200: an order of magnitude below the
//     DNS default, well above what an ordinary service opens).
//  2. Spread: the reference range is cut into `slices` equal slices (default 64) and the process's ports fall
//     into at least minCoverage of them (default 50 %). The reference range is the UDP dynamic range when at
//     least half the process's ports lie in it (Windows DNS; BIND, whose use-v4-udp-ports defaults to the
//     system's ephemeral range), otherwise the unprivileged space 1024-65535 (unbound starts from "the non IANA
//     allocated ports above 1024"). 200 random ports miss only about 4 % of 64 slices; a block of consecutive
//     ports lands in one or two.
//  3. Not contiguous: the ports form at least minRandomness times as many runs of consecutive numbers as the
//     same count of random picks would (default 0.5; random picks score about 1, a consecutive block about
//     1/count).
// Judgement on contiguous blocks: a media server or a VoIP gateway that binds 10000-10299 one after another holds
// a configured block, not a pool; it fails rules 2 and 3 and is left alone (the exhaustion figures still count
// its ports if the block lies in the dynamic range). A block that fills the whole dynamic range can no longer
// be told from a pool and is flagged: at that point it is exhausting the range either way.
// Connected or not is reported but not required: resolvers may connect() their query sockets (unbound's
// udp-connect option), while the Windows DNS pool stays unconnected.
struct SocketPoolRule
{
    std::uint32_t minUdpSockets = 200;
    std::uint32_t slices = 64;
    double minCoverage = 0.5;
    double minRandomness = 0.5;
};

enum class PoolReference : std::uint8_t { DynamicRange, UserPorts };
std::string_view poolReferenceName(PoolReference reference); // "dynamic-range", "user-ports"

inline constexpr PortRange kUserPorts { 1024, 65535 };

struct SocketPoolVerdict
{
    std::uint32_t pid = 0;
    std::string name;
    bool isPool = false;
    bool dnsServer = false; // the process name is a known DNS server (dns.exe, named, unbound, ...)
    std::uint32_t udpSockets = 0;
    std::uint32_t distinctPorts = 0;
    std::uint32_t unconnected = 0; // BOUND (no remote) sockets
    std::uint32_t insideDynamic = 0; // distinct ports inside the UDP dynamic range of their family
    PortRange span; // lowest to highest port
    PortRange reference; // the range the spread is measured over
    PoolReference referenceKind = PoolReference::UserPorts;
    double coverage = 0; // share of the reference range's slices holding a port
    double randomness = 0; // runs / runs expected of as many random picks
    std::uint32_t longestRun = 0; // most consecutive ports
    std::string reason; // English: why it is or is not a pool

    // "DNS server socket pool", "UDP socket pool", or empty.
    std::string label() const;
};

// One verdict per process that holds UDP sockets: pools first, then by UDP socket count, then by pid.
std::vector<SocketPoolVerdict> detectSocketPools(
    const Snapshot& snapshot, const MachinePortConfig& config, const SocketPoolRule& rule = {});

// True for the process names of DNS servers and resolvers known to keep source-port pools.
bool isKnownDnsServer(std::string_view processName);

} // namespace portolan::analysis
