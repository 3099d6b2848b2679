#include "fix_plan.h"

#include <algorithm>
#include <array>

namespace portolan::conflicts {

namespace {

struct OpInfo
{
    OpKind kind;
    std::string_view name;
};

constexpr std::array kOps {
    OpInfo { OpKind::LinuxReservedPortsRuntime, "linux.reserved-ports.runtime" },
    OpInfo { OpKind::LinuxReservedPortsPersistent, "linux.reserved-ports.persistent" },
    OpInfo { OpKind::LinuxRestartUnit, "linux.restart-unit" },
    OpInfo { OpKind::WindowsReservedPorts, "windows.reserved-ports" },
    OpInfo { OpKind::WindowsExcludedPortRange, "windows.excluded-port-range" },
    OpInfo { OpKind::WindowsDnsPoolExcluded, "windows.dns-pool-excluded" },
    OpInfo { OpKind::WindowsDnsPoolSize, "windows.dns-pool-size" },
    OpInfo { OpKind::WindowsDeleteMaxUserPort, "windows.delete-max-user-port" },
    OpInfo { OpKind::WindowsRestartService, "windows.restart-service" },
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isLowerAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z');
}
bool isAlnum(char c)
{
    return isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
}

} // namespace

std::string_view opName(OpKind kind)
{
    for (const auto& op : kOps)
        if (op.kind == kind)
            return op.name;
    return "?";
}

std::optional<OpKind> parseOpName(std::string_view name)
{
    for (const auto& op : kOps)
        if (op.name == name)
            return op.kind;
    return std::nullopt;
}

Platform opPlatform(OpKind kind)
{
    switch (kind) {
    case OpKind::LinuxReservedPortsRuntime:
    case OpKind::LinuxReservedPortsPersistent:
    case OpKind::LinuxRestartUnit:
        return Platform::Linux;
    default:
        return Platform::Windows;
    }
}

bool isRestartOp(OpKind kind)
{
    return kind == OpKind::LinuxRestartUnit || kind == OpKind::WindowsRestartService;
}

std::string_view restartRoleName(RestartRole role)
{
    return role == RestartRole::Squatter ? "squatter" : "victim";
}

std::string checkRanges(const std::vector<PortRange>& ranges)
{
    if (ranges.empty())
        return "no port ranges";
    if (ranges.size() > kMaxRangesPerOperation)
        return "more than " + std::to_string(kMaxRangesPerOperation) + " port ranges";
    for (const auto& r : ranges)
        if (r.first == 0 || r.last < r.first)
            return "port range " + formatPortRange(r) + " is outside 1-65535";
    return {};
}

std::string checkSysctlFileName(std::string_view name)
{
    // "NN-portolan" then [-a-z0-9]* then ".conf": a file of ours, directly inside sysctl.d.
    const std::string_view prefix = "-portolan";
    const std::string_view suffix = ".conf";
    const bool shape = name.size() >= 2 + prefix.size() + suffix.size() && name.size() <= 64 && isDigit(name[0])
        && isDigit(name[1]) && name.substr(2, prefix.size()) == prefix
        && name.substr(name.size() - suffix.size()) == suffix;
    if (!shape)
        return "file name \"" + std::string(name) + "\" is not NN-portolan*.conf";
    const auto middle = name.substr(2 + prefix.size(), name.size() - 2 - prefix.size() - suffix.size());
    if (!std::all_of(middle.begin(), middle.end(), [](char c) { return isLowerAlnum(c) || c == '-'; }))
        return "file name \"" + std::string(name) + "\" has characters outside a-z, 0-9 and '-'";
    return {};
}

std::string checkUnitName(std::string_view name)
{
    const std::string_view suffix = ".service";
    if (name.size() <= suffix.size() || name.size() > 200 || name.substr(name.size() - suffix.size()) != suffix)
        return "unit \"" + std::string(name) + "\" is not NAME.service";
    if (name.front() == '-' || name.front() == '.')
        return "unit \"" + std::string(name) + "\" starts with '" + name.front() + "'";
    if (!std::all_of(name.begin(), name.end(),
            [](char c) { return isAlnum(c) || c == ':' || c == '_' || c == '.' || c == '@' || c == '-'; }))
        return "unit \"" + std::string(name) + "\" has characters outside A-Z, a-z, 0-9 and :_.@-";
    return {};
}

std::string checkServiceName(std::string_view name)
{
    if (name.empty() || name.size() > 80)
        return "service name \"" + std::string(name) + "\" must have 1-80 characters";
    if (name.front() == '-')
        return "service name \"" + std::string(name) + "\" starts with '-'";
    if (!std::all_of(name.begin(), name.end(),
            [](char c) { return isAlnum(c) || c == '_' || c == '$' || c == '.' || c == '-'; }))
        return "service name \"" + std::string(name) + "\" has characters outside A-Z, a-z, 0-9 and _$.-";
    return {};
}

std::string checkOperation(const Operation& op)
{
    switch (op.kind) {
    case OpKind::LinuxReservedPortsRuntime:
    case OpKind::WindowsReservedPorts:
    case OpKind::WindowsDnsPoolExcluded:
    case OpKind::WindowsExcludedPortRange:
        return checkRanges(op.ranges);
    case OpKind::LinuxReservedPortsPersistent:
        if (auto error = checkRanges(op.ranges); !error.empty())
            return error;
        return checkSysctlFileName(op.file);
    case OpKind::LinuxRestartUnit:
    case OpKind::WindowsRestartService:
        if (op.port == 0)
            return "port 0";
        return op.kind == OpKind::LinuxRestartUnit ? checkUnitName(op.name) : checkServiceName(op.name);
    case OpKind::WindowsDnsPoolSize:
        if (op.value > kMaxSocketPoolSize)
            return "SocketPoolSize " + std::to_string(op.value) + " is above the documented maximum of "
                + std::to_string(kMaxSocketPoolSize);
        return {};
    case OpKind::WindowsDeleteMaxUserPort:
        return {};
    }
    return "unknown operation";
}

} // namespace portolan::conflicts
