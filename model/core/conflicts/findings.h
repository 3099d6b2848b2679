#pragma once

#include "catalogue.h"

#include "../analysis/socket_pool.h"
#include "../endpoint.h"
#include "../port_config.h"
#include "../snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Conflict findings: known-service ports held by the wrong process, ports a socket pool or an outbound connection
// may take at the next restart, and ports blocked by policy inside the dynamic range. Recomputed on every
// snapshot, so the whole pass is one walk over the endpoints with flat per-port lookup tables.
namespace portolan::conflicts {

enum class FindingKind : std::uint8_t {
    Conflict, // a catalogue port held by a process that is not an expected owner
    UnknownHolder, // a catalogue port held by someone we cannot name (access denied, holder gone, no details)
    AtRisk, // a catalogue port inside the dynamic range or a socket pool's range, neither reserved nor excluded
    BlockedEphemeral, // a port blocked by policy (IPsec filter, firewall) inside the dynamic range
};
std::string_view findingKindName(FindingKind kind); // "conflict", "unknown-holder", "at-risk", "blocked-ephemeral"

enum class FindingSeverity : std::uint8_t { Info, Warning, Critical };
std::string_view findingSeverityName(FindingSeverity severity); // "info", "warning", "critical"

// Why a port is at risk: which range may hand it out.
enum class RiskSource : std::uint8_t {
    DynamicRange, // the stack's ephemeral range (outbound connections, bind to port 0)
    SocketPool, // a socket pool's range (the Windows DNS server after MS08-037, BIND, unbound)
};
std::string_view riskSourceName(RiskSource source); // "dynamic-range", "socket-pool"

// The closed set of remedies a finding can suggest; `portolan fix` turns them into plan operations.
enum class FixKind : std::uint8_t {
    ReservePorts, // keep the ports out of automatic assignment (Linux ip_local_reserved_ports; Windows
                  // ReservedPorts, persistent excluded port ranges on Vista+)
    ExcludeFromDnsPool, // Windows DNS server SocketPoolExcludedPortRanges (Server 2008 R2+)
    RestartHolder, // restart the squatter so it lets go of the port
    RestartService, // then (re)start the service that needs the port
};
std::string_view fixKindName(
    FixKind kind); // "reserve-ports", "exclude-from-dns-pool", "restart-holder", "restart-service"

struct FixSuggestion
{
    FixKind kind = FixKind::ReservePorts;
    Protocol protocol = Protocol::Udp;
    std::vector<PortRange> ports;
    std::vector<std::string> services; // RestartHolder / RestartService: service or unit names, when known
    std::uint32_t pid = 0; // RestartHolder: the holder
    std::string text; // English, one line
};

// Who holds a port. Machine-readable; `label` is the English name ("dns.exe", "[access denied]").
struct Holder
{
    std::uint32_t pid = 0;
    OwnerStatus ownerStatus = OwnerStatus::Unknown;
    bool processKnown = false; // the snapshot has the process's details
    std::string name; // image / process name; empty when unknown
    std::vector<std::string> services; // hosted services (Windows) or unit (Linux), when the snapshot has them
    std::string label;
    bool socketPool = false; // a recognised UDP socket pool (analysis::detectSocketPools)
    bool dnsServer = false; // a known DNS server process
    std::string poolLabel; // "DNS server socket pool", "UDP socket pool" or empty
    std::uint32_t poolSockets = 0; // UDP sockets the pool holds
    std::uint32_t endpoints = 0; // evidence rows of this holder on the port
};

struct Finding
{
    std::string id; // stable across snapshots: "conflict:radius-auth:udp/1812"
    FindingKind kind = FindingKind::Conflict;
    FindingSeverity severity = FindingSeverity::Warning;
    Protocol protocol = Protocol::Udp;
    PortRange ports; // the ports concerned (one port for a conflict)
    std::string entryId; // catalogue entry; empty for BlockedEphemeral
    std::string service; // catalogue service text
    std::string source; // "KB 956188, ..." (catalogue), or the admin's note for blocked ports
    std::vector<Holder> holders; // Conflict / UnknownHolder (AtRisk: the expected owner holding it now, if any)
    std::vector<RiskSource> riskSources; // AtRisk / BlockedEphemeral
    std::vector<PortRange> riskRanges; // the ranges behind riskSources, in the same order
    std::vector<std::uint32_t> evidence; // indices into snapshot.endpoints, ascending
    std::vector<EndpointKey> evidenceKeys; // the same rows by key, for the live table
    std::vector<FixSuggestion> fixes;
    std::string what; // English: what is wrong
    std::string why; // English: why it matters, with the KB reference
};

// Ports the administrator lists as blocked by policy (the SharePoint story in the seeds: IPsec filters blocking
// source ports 1080, 2283, ... that lay inside the dynamic range, so outbound connections failed at random).
struct BlockedPorts
{
    std::optional<Protocol> protocol; // nullopt: TCP and UDP
    std::vector<PortRange> ranges;
    std::string note; // where the list comes from ("IPsec policy 'Block trojans'")
};

struct FindingOptions
{
    // The platform whose expected owners apply; nullopt: from snapshot.meta.os, and when that is empty any
    // platform's owners are accepted.
    std::optional<Platform> platform;
    std::vector<BlockedPorts> blocked;
    // Socket-pool verdicts when the caller has them already (the range views compute them on every snapshot);
    // otherwise they are computed when some holder needs one.
    const std::vector<analysis::SocketPoolVerdict>* poolVerdicts = nullptr;
    analysis::SocketPoolRule poolRule;
    bool reportAtRisk = true;
};

struct FindingReport
{
    std::vector<Finding> findings; // critical first, then conflicts, unknown holders, at risk, blocked; then port
    std::optional<Platform> platform; // the platform the owners were judged for
    std::vector<PortRange> socketPoolRanges; // the pool ranges considered (UDP)
    std::vector<std::string> notes;
};

// The catalogue with its per-port lookup tables, built once and reused for every snapshot.
class FindingEngine
{
public:
    explicit FindingEngine(Catalogue catalogue);

    FindingReport compute(
        const Snapshot& snapshot, const MachinePortConfig& config, const FindingOptions& options = {}) const;
    const Catalogue& catalogue() const { return m_catalogue; }

private:
    Catalogue m_catalogue;
    // Per protocol, port -> index into m_lists (0 = no entry); m_lists[i] = catalogue entry indices.
    std::vector<std::uint16_t> m_slot[2];
    std::vector<std::vector<std::uint16_t>> m_lists;
};

// The ranges a UDP socket pool may draw from on this machine, ascending and merged:
//  - Server 2003 with MaxUserPort set: [1024, MaxUserPort] (KB 956188; the seeds' SBS servers: 60000 or 65534);
//  - the UDP dynamic ranges (Windows 2008+ and BIND's default use-v4-udp-ports);
//  - for every detected pool, the range it was measured against (1024-65535 for unbound-like pools).
std::vector<PortRange> socketPoolRanges(
    const MachinePortConfig& config, const std::vector<analysis::SocketPoolVerdict>& verdicts);

// Convenience: FindingEngine(catalogue).compute(...).
FindingReport computeFindings(const Snapshot& snapshot, const MachinePortConfig& config, const Catalogue& catalogue,
    const FindingOptions& options = {});

// "tcp:1080,2283-2284", "udp:1080" or "1080" (both protocols); nullopt with `error` set otherwise.
std::optional<BlockedPorts> parseBlockedPorts(std::string_view text, std::string& error);

} // namespace portolan::conflicts
