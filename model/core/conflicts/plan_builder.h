#pragma once

#include "findings.h"
#include "fix_plan.h"
#include "operation_executor.h"

#include <optional>
#include <string>
#include <vector>

// `portolan fix`: turns selected findings into a plan of concrete operations for this machine, each with a preview
// of its target's value before and after, and the plan's consequences (restarts, reboot, caveats).
namespace portolan::conflicts {

struct PlanRequest
{
    std::vector<std::string> findingIds; // the findings to fix
    bool all = false; // every finding that has a fix
    std::optional<std::uint32_t> socketPoolSize; // Windows: also set DNS SocketPoolSize
    bool deleteMaxUserPort = false; // Windows: also delete Tcpip\Parameters\MaxUserPort
    bool reservedPortsOnVista = false; // Windows Vista+: ReservedPorts as well as the excluded port ranges
    bool restarts = true; // add the squatter / victim restarts
    std::string sysctlFile = std::string(kDefaultSysctlFile);
    std::string host;
    std::string createdAt;
};

struct PlanBuild
{
    std::optional<Plan> plan;
    std::string error; // no plan: why (unknown finding id, wrong platform, nothing to fix)
};

PlanBuild buildPlan(const FindingReport& report, const PlanRequest& request, OperationExecutor& executor);

} // namespace portolan::conflicts
