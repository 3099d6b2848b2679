#pragma once

#include "catalogue.h"

#include "../port_config.h"
#include "../socket_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A fix plan: the exact changes `portolan apply` will make, each from a closed set of operations. The unprivileged
// side writes it (with a preview of every value before and after); the elevated side trusts none of it: it
// re-reads the file, validates every operation against the closed set and the allow-lists below, and recomputes
// every value from the machine's current state (merging, never replacing).
namespace portolan::conflicts {

enum class OpKind : std::uint8_t {
    // Linux
    LinuxReservedPortsRuntime, // merge ranges into /proc/sys/net/ipv4/ip_local_reserved_ports
    LinuxReservedPortsPersistent, // the same value in a file of /etc/sysctl.d
    LinuxRestartUnit, // systemctl restart UNIT
    // Windows
    WindowsReservedPorts, // merge into Tcpip\Parameters\ReservedPorts (REG_MULTI_SZ; KB 812873, KB 956188)
    WindowsExcludedPortRange, // persistent excluded port range, Vista+ (CreatePersistent*PortReservation / netsh)
    WindowsDnsPoolExcluded, // merge into DNS\Parameters\SocketPoolExcludedPortRanges (Server 2008 R2+)
    WindowsDnsPoolSize, // set DNS\Parameters\SocketPoolSize (0-10000, KB 956188)
    WindowsDeleteMaxUserPort, // delete Tcpip\Parameters\MaxUserPort (Server 2003; see the seeds' caveat)
    WindowsRestartService, // stop and start a service so that it lets go of (or takes) a port
};

// "linux.reserved-ports.runtime", "windows.reserved-ports", ...
std::string_view opName(OpKind kind);
std::optional<OpKind> parseOpName(std::string_view name);
Platform opPlatform(OpKind kind);
bool isRestartOp(OpKind kind);

enum class RestartRole : std::uint8_t {
    Squatter, // restarted first, and only while it still holds the port
    Victim, // then (re)started, only while it does not hold the port
};
std::string_view restartRoleName(RestartRole role); // "squatter", "victim"

// What the plan shows people; the elevated side validates its shape and otherwise ignores it.
struct OperationPreview
{
    std::string target; // "/proc/sys/net/ipv4/ip_local_reserved_ports", "HKLM\\...\\ReservedPorts", "named.service"
    std::string before;
    std::string after;
    std::string effect; // "immediate", "service restart", "reboot"
    std::string note;
};

struct Operation
{
    OpKind kind = OpKind::LinuxReservedPortsRuntime;
    std::vector<PortRange> ranges; // reserved/excluded operations
    Protocol protocol = Protocol::Udp; // excluded port range; restart: the contested port's protocol
    std::uint16_t port = 0; // restart: the contested port
    std::string name; // restart: unit or service name
    RestartRole role = RestartRole::Squatter;
    std::uint32_t value = 0; // SocketPoolSize
    std::string file; // persistent reservation: file name inside /etc/sysctl.d
    OperationPreview preview;
};

struct PlanConsequences
{
    bool reboot = false; // a value only read at boot changes (ReservedPorts, MaxUserPort)
    std::vector<std::string> restarts; // services/units the plan restarts
    std::vector<std::string> notes; // caveats for people
};

struct Plan
{
    Platform platform = Platform::Linux;
    std::string host;
    std::string createdAt; // ISO 8601 UTC
    std::vector<std::string> findings; // ids the plan fixes
    std::vector<Operation> operations;
    PlanConsequences consequences;
};

inline constexpr std::string_view kPlanSchema = "portolan.fix-plan";
inline constexpr int kPlanVersion = 1;
inline constexpr std::size_t kMaxPlanBytes = std::size_t(1) << 20;
inline constexpr std::size_t kMaxOperations = 64;
inline constexpr std::size_t kMaxRangesPerOperation = 64;
inline constexpr std::uint32_t kMaxSocketPoolSize = 10000; // KB 956188: 0-10000
inline constexpr std::string_view kDefaultSysctlFile = "99-portolan-reserved-ports.conf";

// The allow-lists, shared by the plan and journal readers. Each returns an error text, empty when allowed.
std::string checkRanges(const std::vector<PortRange>& ranges);
std::string checkSysctlFileName(std::string_view name); // "NN-portolan[-a-z0-9]*.conf", no directory
std::string checkUnitName(std::string_view name); // a systemd service unit: [A-Za-z0-9:_.@-]+.service
std::string checkServiceName(std::string_view name); // a Windows service: [A-Za-z0-9_$.-], 1-80 characters
// Every field of `op` against the closed set for its kind.
std::string checkOperation(const Operation& op);

std::string writePlanJson(const Plan& plan);

struct PlanParse
{
    std::optional<Plan> plan;
    std::string error; // "operations[2].ranges[0]: ..." when plan is empty
};
// Strict: unknown fields, wrong types, operations outside the closed set and values outside the allow-lists are
// errors, and one error rejects the whole plan.
PlanParse parsePlanJson(std::string_view text);

} // namespace portolan::conflicts
