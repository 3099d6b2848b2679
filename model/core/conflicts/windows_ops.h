#pragma once

// Internal to the Windows executor: the registry operations (KB 812873, KB 956188), persistent excluded port
// ranges (Vista+), and service restarts. Compiled for _WIN32 only.

#include "operation_executor.h"

#include "../windows/registry.h"

#include <string>
#include <vector>

namespace portolan::conflicts::windows_ops {

// Where the values live: HKLM\SYSTEM\CurrentControlSet\Services\{Tcpip,DNS}\Parameters, or under the test base.
struct RegistryLayout
{
    windows_backend::RegistryKeyPath services { windows_backend::RegistryHive::LocalMachine,
        "SYSTEM\\CurrentControlSet\\Services" };

    windows_backend::RegistryKeyPath tcpip() const { return child("Tcpip\\Parameters"); }
    windows_backend::RegistryKeyPath dns() const { return child("DNS\\Parameters"); }
    windows_backend::RegistryKeyPath child(const std::string& sub) const
    {
        return { services.hive, services.subKey + "\\" + sub };
    }
};
RegistryLayout layoutFor(const SystemPaths& paths);

// The registry value an operation targets (key and value name), for every registry operation.
struct RegistryTarget
{
    windows_backend::RegistryKeyPath key;
    std::string value;
    std::uint32_t type = 0; // the REG_* type it must have
    std::string text() const { return key.text() + "\\" + value; }
};
RegistryTarget registryTarget(const RegistryLayout& layout, OpKind kind);

OperationPreview previewRegistry(const RegistryTarget& target, const Operation& op);
std::string captureRegistry(const RegistryTarget& target, JournalEntry& entry);
OpOutcome applyRegistry(const RegistryTarget& target, const Operation& op);
OpOutcome restoreRegistry(const RegistryTarget& target, const JournalEntry& entry);

// Persistent excluded port ranges.
OperationPreview previewExclusion(const Operation& op);
std::string captureExclusion(const Operation& op, JournalEntry& entry);
OpOutcome applyExclusion(const Operation& op, const JournalEntry& entry);
OpOutcome restoreExclusion(const JournalEntry& entry);

// Services.
bool serviceExists(const std::string& name);
OperationPreview previewRestart(const Operation& op);
OpOutcome applyRestart(const Operation& op);

} // namespace portolan::conflicts::windows_ops
