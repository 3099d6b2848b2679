#pragma once

// Internal to the Linux executor: the three Linux operations, one function each per step.

#include "operation_executor.h"

#include <string>
#include <vector>

namespace portolan::conflicts::linux_ops {

inline constexpr const char* kReservedPortsPath = "/proc/sys/net/ipv4/ip_local_reserved_ports";

// ip_local_reserved_ports now (per network namespace; the kernel prints it normalized).
OperationPreview previewRuntime(const Operation& op);
std::string captureRuntime(JournalEntry& entry);
OpOutcome applyRuntime(const Operation& op);
OpOutcome restoreRuntime(const JournalEntry& entry);

// The same ranges in ROOT/etc/sysctl.d/FILE, merged with every other reservation that must survive a reboot.
std::string persistentPath(const std::string& root, const std::string& file);
OperationPreview previewPersistent(const std::string& root, const Operation& op);
std::string capturePersistent(const std::string& root, const Operation& op, JournalEntry& entry);
OpOutcome applyPersistent(const std::string& root, const Operation& op);
OpOutcome restorePersistent(const JournalEntry& entry);

// systemd units.
std::string unitOfPid(std::uint32_t pid); // from /proc/PID/cgroup; empty when not in a .service
bool unitInstalled(const std::string& root, const std::string& unit);
OperationPreview previewRestart(const Operation& op);
OpOutcome applyRestart(const Operation& op);

} // namespace portolan::conflicts::linux_ops
